// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trendspage.h"

#include "core/clock.h"
#include "core/preferences.h"
#include "core/userfiles.h"
#include "qc/baselines.h"
#include "qc/ootrules.h"
#include "qc/trendexport.h"
#include "session/session.h"
#include "ui/accessibility.h"
#include "ui/dialogs.h"
#include "ui/reportflow.h"
#include "ui/theme.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

TrendsPage::TrendsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"trendsPage"_s);
    setAccessibleName(tr("Trends"));

    const auto labelled = [this](const QString &text, QWidget *field) {
        auto *l = new QLabel(text, this);
        l->setBuddy(field);
        return l;
    };
    m_product = new QComboBox(this);
    m_product->setObjectName(u"trendProduct"_s);
    m_product->setAccessibleName(tr("Product"));
    m_test = new QComboBox(this);
    m_test->setObjectName(u"trendTest"_s);
    m_test->setAccessibleName(tr("Test"));
    m_siteMenu = new QMenu(this);
    m_siteMenu->setObjectName(u"trendSiteMenu"_s);
    m_sites = new QToolButton(this);
    m_sites->setObjectName(u"trendSites"_s);
    m_sites->setAccessibleName(tr("Sites"));
    m_sites->setText(tr("All sites"));
    m_sites->setPopupMode(QToolButton::InstantPopup);
    m_sites->setMenu(m_siteMenu);
    m_useDates = new QCheckBox(tr("Made &between"), this);
    m_useDates->setObjectName(u"trendUseDates"_s);
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"trendFrom"_s);
    m_from->setAccessibleName(tr("Made from"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"trendTo"_s);
    m_to->setAccessibleName(tr("Made until"));
    m_to->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_chartKind = new QComboBox(this);
    m_chartKind->setObjectName(u"trendChartKind"_s);
    m_chartKind->setAccessibleName(tr("Chart"));
    m_chartKind->addItem(tr("I and MR chart"), int(TrendChart::Mode::IndividualsMovingRange));
    m_chartKind->addItem(tr("Levey-Jennings"), int(TrendChart::Mode::LeveyJennings));
    m_chartKind->addItem(tr("Histogram and capability"), int(TrendChart::Mode::Histogram));
    // A new chart starts as Settings say (the order of the items is the preference's).
    m_chartKind->setCurrentIndex(static_cast<int>(Preferences::chartKind()));
    m_baselineMode = new QComboBox(this);
    m_baselineMode->setObjectName(u"trendBaselineMode"_s);
    m_baselineMode->setAccessibleName(tr("Baseline"));
    m_baseFrom = new QDateEdit(this);
    m_baseFrom->setObjectName(u"trendBaselineFrom"_s);
    m_baseFrom->setAccessibleName(tr("Baseline from"));
    m_baseFrom->setCalendarPopup(true);
    m_baseTo = new QDateEdit(this);
    m_baseTo->setObjectName(u"trendBaselineTo"_s);
    m_baseTo->setAccessibleName(tr("Baseline until"));
    m_baseTo->setCalendarPopup(true);
    m_freeze = new QPushButton(tr("&Freeze baseline…"), this);
    m_freeze->setObjectName(u"trendFreezeBaseline"_s);
    m_freeze->setToolTip(tr("Keep the current baseline's mean and SD under a name, as they are "
                            "now, for Levey-Jennings charts."));
    m_baseline = new QSpinBox(this);
    m_baseline->setObjectName(u"trendBaseline"_s);
    m_baseline->setAccessibleName(tr("Baseline points"));
    m_baseline->setRange(2, 1000000);
    m_baseline->setValue(Preferences::baselinePoints());
    m_baseline->setSuffix(tr(" points"));
    m_baseline->setToolTip(tr("Limits from the first K points."));
    m_ruleMenu = new QMenu(this);
    m_ruleMenu->setObjectName(u"trendRuleMenu"_s);
    m_ruleMenu->setToolTipsVisible(true);
    QAction *westgard = m_ruleMenu->addAction(tr("All Westgard rules"));
    QAction *nelson = m_ruleMenu->addAction(tr("All Nelson tests"));
    m_ruleMenu->addSeparator();
    for (const qc::Rule r : qc::Rules::all()) {
        QAction *a = m_ruleMenu->addAction(qc::Rules::name(r));
        a->setObjectName(u"rule_"_s + qc::Rules::id(r));
        a->setCheckable(true);
        a->setChecked((Preferences::ruleSet() == Preferences::RuleSet::Westgard
                           ? qc::Rules::westgard()
                           : qc::Rules::nelson())
                          .contains(r));
        a->setToolTip(qc::Rules::description(r));
        a->setData(static_cast<int>(r));
        connect(a, &QAction::toggled, this, &TrendsPage::recompute);
    }
    connect(westgard, &QAction::triggered, this, [this]() { setRules(qc::Rules::westgard()); });
    connect(nelson, &QAction::triggered, this, [this]() { setRules(qc::Rules::nelson()); });
    m_rules = new QToolButton(this);
    m_rules->setObjectName(u"trendRules"_s);
    m_rules->setAccessibleName(tr("Rules"));
    m_rules->setPopupMode(QToolButton::InstantPopup);
    m_rules->setMenu(m_ruleMenu);
    auto *reset = new QPushButton(tr("&Reset view"), this);
    reset->setObjectName(u"trendResetView"_s);
    reset->setToolTip(tr("Home in the chart; + and − zoom, arrows pan"));
    auto *exportMenu = new QMenu(this);
    exportMenu->setObjectName(u"trendExportMenu"_s);
    exportMenu->addAction(tr("Chart as PNG…"), this, [this]() { exportChosen(u"png"_s); });
    exportMenu->addAction(tr("Chart as PDF (vector)…"), this, [this]() { exportChosen(u"pdf"_s); });
    exportMenu->addAction(tr("Points, limits and flags as CSV…"), this,
                          [this]() { exportChosen(u"csv"_s); });
    exportMenu->addSeparator();
    QAction *report = exportMenu->addAction(tr("Trend &report: preview, print, PDF/A…"), this,
                                            [this]() { printReport(); });
    report->setObjectName(u"trendReport"_s);
    report->setShortcut(QKeySequence::Print);
    report->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(report);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(u"trendExport"_s);
    exportButton->setAccessibleName(tr("Export"));
    exportButton->setText(tr("E&xport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setMenu(exportMenu);
    m_oot = new QPushButton(tr("Use as &out-of-trend rules"), this);
    m_oot->setObjectName(u"trendUseAsOot"_s);
    m_oot->setToolTip(tr("Make these rules raise out-of-trend exceptions in review for this "
                         "product and test (administrators)."));
    m_oot->setVisible(session.user().role == Role::Administrator);

    m_chart = new TrendChart(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"trendSummary"_s);
    m_summary->setAccessibleName(tr("Limits and capability"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_violations = new QTableWidget(0, 3, this);
    m_violations->setObjectName(u"trendViolations"_s);
    m_violations->setAccessibleName(tr("Violations"));
    m_violations->setHorizontalHeaderLabels({tr("Rule"), tr("Points"), tr("Batches")});
    m_violations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_violations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_violations->verticalHeader()->setVisible(false);
    m_violations->horizontalHeader()->setStretchLastSection(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"trendMessage"_s);
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"QLabel { "_s + statusStyle(StatusTone::Alarm) + u" }"_s);

    auto *row1 = new QHBoxLayout;
    row1->addWidget(labelled(tr("&Product:"), m_product));
    row1->addWidget(m_product);
    row1->addWidget(labelled(tr("&Test:"), m_test));
    row1->addWidget(m_test);
    row1->addWidget(m_sites);
    row1->addWidget(m_useDates);
    row1->addWidget(m_from);
    row1->addWidget(m_to);
    row1->addStretch(1);
    // The view's actions on the first row, so that neither row is wider than a laptop screen
    // in the longest of the languages.
    row1->addWidget(reset);
    row1->addWidget(exportButton);
    row1->addWidget(m_oot);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(labelled(tr("&Chart:"), m_chartKind));
    row2->addWidget(m_chartKind);
    row2->addWidget(labelled(tr("&Baseline:"), m_baselineMode));
    row2->addWidget(m_baselineMode);
    row2->addWidget(m_baseline);
    row2->addWidget(m_baseFrom);
    row2->addWidget(m_baseTo);
    row2->addWidget(m_freeze);
    row2->addWidget(m_rules);
    row2->addStretch(1);
    auto *side = new QWidget(this);
    side->setObjectName(u"trendSide"_s);
    side->setAccessibleName(tr("Limits and violations"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_summary);
    sideLayout->addWidget(m_violations, 1);
    auto *split = new QSplitter(this);
    split->setObjectName(u"trendSplitter"_s);
    split->setAccessibleName(tr("Chart and violations"));
    split->addWidget(m_chart);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    nameFieldLabels(this);

    connect(m_product, &QComboBox::currentIndexChanged, this, [this]() {
        fillTests();
        recompute();
    });
    connect(m_test, &QComboBox::currentIndexChanged, this, &TrendsPage::recompute);
    connect(m_chartKind, &QComboBox::currentIndexChanged, this, &TrendsPage::recompute);
    connect(m_baseline, &QSpinBox::valueChanged, this, &TrendsPage::recompute);
    connect(m_baselineMode, &QComboBox::currentIndexChanged, this, &TrendsPage::recompute);
    connect(m_baseFrom, &QDateEdit::dateChanged, this, &TrendsPage::recompute);
    connect(m_baseTo, &QDateEdit::dateChanged, this, &TrendsPage::recompute);
    connect(m_freeze, &QPushButton::clicked, this, &TrendsPage::freezeBaseline);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        recompute();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &TrendsPage::recompute);
    connect(m_to, &QDateEdit::dateChanged, this, &TrendsPage::recompute);
    connect(reset, &QPushButton::clicked, m_chart, &TrendChart::resetView);
    connect(m_oot, &QPushButton::clicked, this, &TrendsPage::useAsOotRules);
    connect(m_chart, &TrendChart::pointActivated, this, [this](int i) {
        if (i >= 0 && i < m_series.points.size())
            emit openBatch(m_series.points.at(i).batchNumber);
    });
    connect(m_violations, &QTableWidget::cellActivated, this, [this](int row) {
        const QString first = m_violations->item(row, 2)->data(Qt::UserRole).toString();
        if (!first.isEmpty())
            emit openBatch(first);
    });
}

void TrendsPage::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void TrendsPage::ensureLoaded()
{
    if (!m_loaded)
        load();
}

void TrendsPage::refresh()
{
    // Hidden, it reads the store again only when next shown or used.
    if (!isVisible()) {
        m_loaded = false;
        return;
    }
    load();
}

void TrendsPage::load()
{
    m_loaded = true;
    const qc::TrendData data(m_session);
    m_updating = true;
    const QString product = m_product->currentText();
    m_product->clear();
    m_listError.clear();
    if (Result<QStringList> products = data.products(); products)
        m_product->addItems(products.value());
    else
        m_listError = products.error().message();
    if (const int i = m_product->findText(product); i >= 0)
        m_product->setCurrentIndex(i);
    m_siteMenu->clear();
    if (Result<QStringList> sites = data.sites(); sites) {
        for (const QString &site : sites.value()) {
            QAction *a = m_siteMenu->addAction(site);
            a->setCheckable(true);
            connect(a, &QAction::toggled, this, &TrendsPage::recompute);
        }
    } else if (m_listError.isEmpty()) {
        m_listError = sites.error().message();
    }
    const QDate today = Clock::instance().nowUtc().date();
    m_from->setDate(today.addYears(-2));
    m_to->setDate(today);
    fillTests();
    m_updating = false;
    recompute();
}

void TrendsPage::fillTests()
{
    const bool updating = m_updating;
    m_updating = true;
    const QString test = m_test->currentText();
    m_test->clear();
    if (Result<QStringList> tests = qc::TrendData(m_session).numericTests(m_product->currentText());
        tests)
        m_test->addItems(tests.value());
    else if (m_listError.isEmpty())
        m_listError = tests.error().message();
    if (const int i = m_test->findText(test); i >= 0)
        m_test->setCurrentIndex(i);
    fillBaselines();
    m_updating = updating;
}

void TrendsPage::fillBaselines()
{
    const bool updating = m_updating;
    m_updating = true;
    const QVariant keep = m_baselineMode->currentData();
    m_baselineMode->clear();
    m_baselineMode->addItem(tr("All points"), u"all"_s);
    m_baselineMode->addItem(tr("First points"), u"first"_s);
    m_baselineMode->addItem(tr("Made between"), u"dates"_s);
    if (Result<QList<qc::FrozenBaseline>> frozen =
            qc::Baselines(m_session).list(m_product->currentText(), m_test->currentText());
        frozen) {
        for (const qc::FrozenBaseline &b : std::as_const(frozen.value()))
            m_baselineMode->addItem(
                tr("Frozen: %1 (%2 points, %3)").arg(b.name).arg(b.stats.n).arg(b.setBy),
                QString(u"frozen:"_s + b.name));
    } else if (m_listError.isEmpty()) {
        m_listError = frozen.error().message();
    }
    const int i = m_baselineMode->findData(keep);
    m_baselineMode->setCurrentIndex(i >= 0 ? i : 0);
    m_updating = updating;
}

qc::TrendRequest TrendsPage::trendRequest() const
{
    qc::TrendRequest r;
    r.query.product = m_product->currentText();
    r.query.test = m_test->currentText();
    for (QAction *a : m_siteMenu->actions())
        if (a->isChecked())
            r.query.sites << a->text();
    if (m_useDates->isChecked()) {
        r.query.from = m_from->date();
        r.query.to = m_to->date();
    }
    r.chart = m_analysis.chart == qc::ChartKind::LeveyJennings ? u"lj"_s : u"imr"_s;
    const QString mode = m_baselineMode->currentData().toString();
    if (mode == u"first"_s)
        r.baselinePoints = m_baseline->value();
    else if (mode == u"dates"_s) {
        r.baselineFrom = m_baseFrom->date();
        r.baselineTo = m_baseTo->date();
    } else if (mode.startsWith(u"frozen:"_s))
        r.baselineName = mode.mid(7);
    QStringList rules;
    for (const qc::Rule rule : chosenRules())
        rules << qc::Rules::id(rule);
    r.rules = rules.join(u',');
    return r;
}

void TrendsPage::printReport()
{
    if (m_series.points.isEmpty()) {
        showMessage(tr("Choose a product and a test with data first."));
        return;
    }
    reports::ReportRequest request;
    request.kind = reports::DocumentKind::Trend;
    request.trend = trendRequest();
    ReportFlow::preview(this, m_session, request);
}

QList<qsizetype> TrendsPage::baselineIndices() const
{
    const QString mode = m_baselineMode->currentData().toString();
    QList<qsizetype> out;
    if (mode == u"first"_s) {
        for (qsizetype i = 0; i < std::min<qsizetype>(m_baseline->value(), m_series.points.size());
             ++i)
            out << i;
    } else if (mode == u"dates"_s) {
        for (qsizetype i = 0; i < m_series.points.size(); ++i) {
            const QDate d = m_series.points.at(i).manufacturedAt.date();
            if (d >= m_baseFrom->date() && d <= m_baseTo->date())
                out << i;
        }
    }
    return out;
}

void TrendsPage::setBaselineFirst(int points)
{
    m_baseline->setValue(points);
    m_baselineMode->setCurrentIndex(m_baselineMode->findData(u"first"_s));
}

void TrendsPage::setBaselineDates(const QDate &from, const QDate &to)
{
    m_updating = true;
    m_baseFrom->setDate(from);
    m_baseTo->setDate(to);
    m_updating = false;
    m_baselineMode->setCurrentIndex(m_baselineMode->findData(u"dates"_s));
    recompute();
}

bool TrendsPage::setBaselineFrozen(const QString &name)
{
    const int i = m_baselineMode->findData(QString(u"frozen:"_s + name));
    if (i < 0)
        return false;
    m_baselineMode->setCurrentIndex(i);
    return true;
}

bool TrendsPage::freezeAs(const QString &name)
{
    if (m_baselineMode->currentData().toString().startsWith(u"frozen:"_s)) {
        showMessage(tr("A frozen baseline is shown: choose the points of a new one first."));
        return false;
    }
    QList<qsizetype> indices = baselineIndices();
    if (indices.isEmpty() && m_baselineMode->currentData().toString() == u"all"_s) {
        for (qsizetype i = 0; i < m_series.points.size(); ++i)
            indices << i;
    }
    Result<qc::FrozenBaseline> frozen = qc::Baselines(m_session).freeze(m_series, indices, name);
    if (!frozen) {
        showMessage(frozen.error().message());
        return false;
    }
    fillBaselines();
    setBaselineFrozen(frozen->name);
    return true;
}

void TrendsPage::freezeBaseline()
{
    const std::optional<QString> name =
        Dialogs::text(this, tr("Freeze baseline"), tr("Name of the baseline:"));
    if (name)
        freezeAs(*name);
}

bool TrendsPage::select(const QString &product, const QString &test)
{
    ensureLoaded();
    const int p = m_product->findText(product);
    if (p < 0)
        return false;
    m_product->setCurrentIndex(p);
    const int t = m_test->findText(test);
    if (t < 0)
        return false;
    m_test->setCurrentIndex(t);
    recompute();
    return true;
}

void TrendsPage::setChart(TrendChart::Mode mode)
{
    ensureLoaded();
    m_chartKind->setCurrentIndex(m_chartKind->findData(int(mode)));
}

void TrendsPage::setRules(const QList<qc::Rule> &rules)
{
    ensureLoaded();
    m_updating = true;
    for (QAction *a : m_ruleMenu->actions()) {
        if (a->isCheckable())
            a->setChecked(rules.contains(static_cast<qc::Rule>(a->data().toInt())));
    }
    m_updating = false;
    recompute();
}

QList<qc::Rule> TrendsPage::chosenRules() const
{
    QList<qc::Rule> out;
    for (QAction *a : m_ruleMenu->actions()) {
        if (a->isCheckable() && a->isChecked())
            out << static_cast<qc::Rule>(a->data().toInt());
    }
    return out;
}

void TrendsPage::showMessage(const QString &text)
{
    // A list of choices that could not be read stays said while nothing else is: the shorter
    // list would otherwise pass for all there is.
    const QString shown = text.isEmpty() ? m_listError : text;
    m_message->setText(shown);
    m_message->setVisible(!shown.isEmpty());
}

QString TrendsPage::message() const
{
    return m_message->text();
}

QString TrendsPage::summaryText() const
{
    return m_summary->text();
}

void TrendsPage::recompute()
{
    if (m_updating)
        return;
    const QList<qc::Rule> rules = chosenRules();
    m_rules->setText(tr("Rules (%1)").arg(rules.size()));
    QStringList sites;
    for (QAction *a : m_siteMenu->actions()) {
        if (a->isChecked())
            sites << a->text();
    }
    m_sites->setText(sites.isEmpty() ? tr("All sites") : sites.join(u", "_s));
    m_violations->setRowCount(0);
    m_summary->clear();
    if (m_product->currentText().isEmpty() || m_test->currentText().isEmpty()) {
        m_series = {};
        m_analysis = {};
        m_chart->clearChart(tr("Choose a product and a test."));
        showMessage(QString());
        return;
    }
    qc::TrendQuery query{m_product->currentText(), m_test->currentText(), sites, {}, {}};
    if (m_useDates->isChecked()) {
        query.from = m_from->date();
        query.to = m_to->date();
    }
    Result<qc::TrendSeries> series = qc::TrendData(m_session).series(query);
    if (!series) {
        m_series = {};
        m_analysis = {};
        m_chart->clearChart(series.error().message());
        showMessage(series.error().message());
        return;
    }
    m_series = std::move(series.value());
    const auto mode = static_cast<TrendChart::Mode>(m_chartKind->currentData().toInt());
    qc::AnalysisOptions options;
    options.chart = mode == TrendChart::Mode::LeveyJennings ? qc::ChartKind::LeveyJennings
                                                            : qc::ChartKind::IndividualsMovingRange;
    const QString baselineMode = m_baselineMode->currentData().toString();
    m_baseline->setVisible(baselineMode == u"first"_s);
    m_baseFrom->setVisible(baselineMode == u"dates"_s);
    m_baseTo->setVisible(baselineMode == u"dates"_s);
    options.baselineIndices = baselineIndices();
    if (baselineMode.startsWith(u"frozen:"_s)) {
        Result<qc::FrozenBaseline> frozen =
            qc::Baselines(m_session).find(m_series.product, m_series.test, baselineMode.mid(7));
        if (frozen)
            options.frozen = frozen->stats;
    } else if (baselineMode != u"all"_s && options.baselineIndices.size() < 2) {
        options.baselineIndices.clear();
        showMessage(tr("The baseline holds fewer than two points; the limits use all of them."));
    }
    options.rules = rules;
    const QList<double> values = m_series.values();
    m_analysis = qc::TrendAnalyzer::analyze(values, m_series.lower, m_series.upper, options);
    if (!m_analysis.valid())
        showMessage(m_analysis.problem);
    else if (!baselineMode.startsWith(u"frozen:"_s) &&
             (baselineMode == u"all"_s || baselineIndices().size() >= 2))
        showMessage(QString());
    m_chart->setData(m_series, m_analysis, mode);

    const auto fig = [](const std::optional<double> &v) {
        return v ? QLocale().toString(*v, 'f', 2) : tr("n/a");
    };
    const qc::Capability &c = m_analysis.capability;
    QStringList summary;
    summary << tr("%n batch(es), %1 %2", nullptr, static_cast<int>(m_series.points.size()))
                   .arg(m_series.testName.isEmpty() ? m_series.test : m_series.testName,
                        m_series.unit.isEmpty() ? QString() : u'(' + m_series.unit + u')');
    if (m_analysis.valid())
        summary << tr("Centre %1, σ %2, limits %3 to %4 (from %5 points)")
                       .arg(QLocale().toString(m_analysis.centre, 'g', 6),
                            QLocale().toString(m_analysis.sigma, 'g', 4),
                            QLocale().toString(m_analysis.lcl, 'g', 6),
                            QLocale().toString(m_analysis.ucl, 'g', 6))
                       .arg(m_analysis.baselinePoints);
    summary << (c.valid() ? tr("Cp %1 · Cpk %2 · Pp %3 · Ppk %4")
                                .arg(fig(c.cp), fig(c.cpk), fig(c.pp), fig(c.ppk))
                          : c.problem);
    summary << tr("%n violation(s) of the chosen rules", nullptr,
                  static_cast<int>(m_analysis.violations.size()));
    m_summary->setText(summary.join(u'\n'));
    for (const qc::Violation &v : std::as_const(m_analysis.violations)) {
        const int row = m_violations->rowCount();
        m_violations->insertRow(row);
        QStringList batches;
        for (const qsizetype i : v.points)
            batches << m_series.points.at(i).batchNumber;
        auto *rule = new QTableWidgetItem(qc::Rules::name(v.rule));
        rule->setToolTip(qc::Rules::description(v.rule));
        m_violations->setItem(row, 0, rule);
        m_violations->setItem(row, 1, new QTableWidgetItem(QString::number(v.points.size())));
        auto *list = new QTableWidgetItem(batches.join(u", "_s));
        list->setToolTip(batches.join(u'\n'));
        list->setData(Qt::UserRole, batches.value(0));
        m_violations->setItem(row, 2, list);
    }
    m_violations->resizeColumnToContents(0);
}

bool TrendsPage::exportTo(const QString &path)
{
    // Refused before anything is drawn; the write checks again.
    if (const Status s = UserFiles::checkOutput(path); !s) {
        showMessage(s.error().message());
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QByteArray bytes =
        suffix == u"csv"_s ? qc::TrendExport::csv(m_series, m_analysis)
        : suffix == u"pdf"_s
            ? m_chart->toPdf(1200, 800, tr("%1 %2 trend").arg(m_series.product, m_series.test))
            : m_chart->toPng(1600, 1000);
    if (bytes.isEmpty()) {
        showMessage(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const Status s = UserFiles::writeOutput(path, bytes);
    showMessage(s ? QString() : s.error().message());
    return s.ok();
}

void TrendsPage::exportChosen(const QString &suffix)
{
    const QString name = u"%1-%2-trend.%3"_s.arg(m_series.product, m_series.test, suffix);
    const QString filter = suffix == u"csv"_s   ? tr("CSV files (*.csv)")
                           : suffix == u"pdf"_s ? tr("PDF files (*.pdf)")
                                                : tr("PNG images (*.png)");
    const QString path = Dialogs::saveFile(this, tr("Export"), QDir::home().filePath(name), filter);
    if (!path.isEmpty())
        exportTo(path);
}

void TrendsPage::useAsOotRules()
{
    const Status s =
        qc::OotRules(m_session).set(m_product->currentText(), m_test->currentText(), chosenRules());
    if (!s) {
        showMessage(s.error().message());
        return;
    }
    showMessage(QString());
    m_summary->setText(m_summary->text() + u'\n' +
                       tr("These rules now raise out-of-trend exceptions in review."));
    emit ootRulesChanged();
}

} // namespace rd::ui
