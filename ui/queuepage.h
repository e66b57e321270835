// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/queuemodel.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QTableView;

namespace rd {
class ReviewService;
class Session;
} // namespace rd

namespace rd::ui {

class BatchView;

// Where QA works all day: every batch, the most urgent first (a patient is waiting), with its
// exception counts, filters by state, product, site, dates and free text, and the batch record
// view one Enter away. Exception counts are computed in the background, a slice at a time, so
// the list is usable at once.
class QueuePage : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePage(Session &session, QWidget *parent = nullptr);
    ~QueuePage() override;

    void refresh();
    QueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    BatchView *batchView() const { return m_batchView; }
    bool openBatch(const QString &batchNumber);
    bool isShowingBatch() const;
    void showQueue();
    QString countsText() const;
    bool scanFinished() const;
    // The first screenful is shown while the rest of a large queue is read in the background.
    bool isLoading() const { return m_loading; }
    void setSearchText(const QString &text);
    QString searchText() const;

signals:
    void changed();

private:
    void applyFilter();
    // Shows `contents` (selecting `current` again if it is there) and goes on scanning.
    // `scanned`: exception counts already computed for these batches.
    void showContents(QueueContents contents, const QString &current, bool resizeColumns,
                      const QList<QueueEntry> &scanned = {});
    QString currentBatch() const;
    void loadRest(const QString &current);
    void scanNext();
    void openCurrent();
    void step(int direction);
    void updateCounts();
    void updateBatchActions();

    Session &m_session;
    QueueModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    BatchView *m_batchView = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_site = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_counts = nullptr;
    QProgressBar *m_scanProgress = nullptr;
    int m_generation = 0;
    // One service per scanning thread for all slices of a scan: specifications and
    // out-of-trend series are read once per thread. Slices run one at a time, and within a
    // slice each service has one thread, so none is used by two threads at once.
    std::shared_ptr<std::vector<std::unique_ptr<ReviewService>>> m_scanServices;
    bool m_scanning = false;
    bool m_loading = false;
    QString m_restError;      // reading the rest failed: only the first screenful is shown
    QString m_selectedByPage; // what the page itself selected last (not the reviewer)
    // Pool tasks of this page still reading the store; the page waits for them when it goes.
    std::shared_ptr<std::atomic<int>> m_inFlight = std::make_shared<std::atomic<int>>(0);
};

} // namespace rd::ui
