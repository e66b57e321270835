// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qc/trendanalysis.h"
#include "qc/trenddata.h"
#include "qc/trendrequest.h"
#include "ui/trendchart.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace rd {
class Session;
}

namespace rd::ui {

// Where QC analysts watch their attributes (docs/DESIGN.md section 10): pick a product, a test,
// sites, dates, the chart and the rules; see the chart with its limits, the violations beside
// it and the capability; click a point to open that batch; export PNG, PDF or CSV. An
// administrator makes the chosen rules the out-of-trend rules of review.
class TrendsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TrendsPage(Session &session, QWidget *parent = nullptr);

    void refresh();
    bool select(const QString &product, const QString &test);
    void setChart(TrendChart::Mode mode);
    void setRules(const QList<qc::Rule> &rules);
    TrendChart *chart() const { return m_chart; }
    QTableWidget *violationsTable() const { return m_violations; }
    const qc::TrendSeries &series() const { return m_series; }
    const qc::TrendAnalysis &analysis() const { return m_analysis; }
    QString message() const;
    QString summaryText() const;
    bool exportTo(const QString &path); // .png, .pdf or .csv by extension
    // Baselines: all points, the first K, those made between two dates, or a frozen one.
    void setBaselineFirst(int points);
    void setBaselineDates(const QDate &from, const QDate &to);
    bool setBaselineFrozen(const QString &name);
    bool freezeAs(const QString &name);

    // The chart as it is set up now, in the words of the trend report and the command line.
    qc::TrendRequest trendRequest() const;
    // Previews the trend report of the chart as shown (Ctrl+P).
    void printReport();

signals:
    void openBatch(const QString &batchNumber);
    void ootRulesChanged();

protected:
    // The page reads the store when it is first shown, not when the window is built: the
    // series of a product is the whole store's history, and the queue must not wait for it.
    void showEvent(QShowEvent *event) override;

private:
    void ensureLoaded();
    void load();
    void fillTests();
    void recompute();
    void showMessage(const QString &text);
    void exportChosen(const QString &suffix);
    void useAsOotRules();
    QList<qc::Rule> chosenRules() const;
    void fillBaselines();
    void freezeBaseline();
    // The points the limits come from, as chosen; empty means all (or the first K).
    QList<qsizetype> baselineIndices() const;

    Session &m_session;
    QComboBox *m_product = nullptr;
    QComboBox *m_test = nullptr;
    QToolButton *m_sites = nullptr;
    QMenu *m_siteMenu = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_chartKind = nullptr;
    QSpinBox *m_baseline = nullptr;
    QComboBox *m_baselineMode = nullptr;
    QDateEdit *m_baseFrom = nullptr;
    QDateEdit *m_baseTo = nullptr;
    QPushButton *m_freeze = nullptr;
    QToolButton *m_rules = nullptr;
    QMenu *m_ruleMenu = nullptr;
    QPushButton *m_oot = nullptr;
    TrendChart *m_chart = nullptr;
    QString m_listError; // why a list of choices (products, sites, tests, baselines) is missing
    QLabel *m_summary = nullptr;
    QTableWidget *m_violations = nullptr;
    QLabel *m_message = nullptr;
    qc::TrendSeries m_series;
    qc::TrendAnalysis m_analysis;
    bool m_updating = false;
    bool m_loaded = false; // refresh() has run since the page was made
};

} // namespace rd::ui
