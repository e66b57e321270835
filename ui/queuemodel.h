// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewqueue.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSet>

#include <optional>

namespace rd::ui {

// What the queue shows.
struct QueueFilter
{
    enum class States {
        Undecided, // everything still waiting for a decision
        All,
        One, // just `state`
    };
    States states = States::Undecided;
    BatchState state = BatchState::AwaitingReview;
    QString product; // empty: any
    QString site;    // empty: any
    QDate from;      // manufacture start, inclusive; null: open
    QDate to;
    QString text; // in batch, product, site, COI or state, case-insensitive
};

// The QA queue as a table: every batch of the store held once in memory (a few hundred bytes
// each, so 100 000 fit easily), filtered and sorted over an index, so that a keystroke in the
// search field costs a pass over plain strings and never a query. Exception counts arrive in
// the background and fill in as they come.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Batch,
        Product,
        Site,
        State,
        Coi,
        PlannedShipment,
        TimeLeft,
        Critical,
        Major,
        Minor,
        Open,
        ColumnCount
    };
    static constexpr int kUrgency = -1; // the sort column of the default order

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<QueueEntry> entries, const QDateTime &now);
    // Exception counts for entries already held (matched by batch number).
    void updateEntries(const QList<QueueEntry> &scanned);
    void setFilter(const QueueFilter &filter);
    const QueueFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }

    const QueueEntry &entry(int row) const { return m_entries.at(m_visible.at(row)); }
    int rowOf(const QString &batchNumber) const;
    int totalCount() const { return static_cast<int>(m_entries.size()); }
    int scannedCount() const { return m_scanned; }
    int overdueCount() const;
    QMap<BatchState, int> stateCounts() const;
    QStringList products() const;
    QStringList sites() const;
    QList<QueueEntry> entriesToScan(int max) const;

    static QString timeLeftText(const QueueEntry &e, const QDateTime &now);
    static bool isOverdue(const QueueEntry &e, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool matches(qsizetype i) const;
    void rebuild();
    void sortVisible();

    QList<QueueEntry> m_entries;
    QList<QString> m_haystack; // lower-case text searched by the filter, per entry
    QHash<QString, qsizetype> m_byBatch;
    QList<qsizetype> m_visible;
    QueueFilter m_filter;
    QString m_needle;
    int m_sortColumn = kUrgency;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QDateTime m_now;
    int m_scanned = 0;
};

} // namespace rd::ui
