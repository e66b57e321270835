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

// The queue's batches with what the model derives from them once: prepared off the GUI
// thread for a large store (QueueModel::prepare), then handed over whole.
struct QueueContents
{
    QList<QueueEntry> entries;
    QList<QString> haystack; // lower-case text searched by the filter, per entry
    QHash<QString, qsizetype> byBatch;
    QStringList products;
    QStringList sites;
    bool urgencyOrdered = false; // entries are in ReviewQueue::moreUrgent() order
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
        Expiry,
        Critical,
        Major,
        Minor,
        Open,
        ColumnCount
    };
    static constexpr int kUrgency = -1; // the sort column of the default order

    using QAbstractTableModel::QAbstractTableModel;

    // Derives what the model keeps; touches no model, so any thread may call it.
    static QueueContents prepare(QList<QueueEntry> entries);
    void setContents(QueueContents contents, const QDateTime &now);
    void setEntries(QList<QueueEntry> entries, const QDateTime &now);
    // Exception counts for entries already held (matched by batch number).
    void updateEntries(const QList<QueueEntry> &scanned);
    // The entries whose exceptions have been computed.
    QList<QueueEntry> scannedEntries() const;
    void setFilter(const QueueFilter &filter);
    const QueueFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }

    const QueueEntry &entry(int row) const { return m_entries.at(m_visible.at(row)); }
    int rowOf(const QString &batchNumber) const;
    int totalCount() const { return static_cast<int>(m_entries.size()); }
    int scannedCount() const { return m_scanned; }
    int overdueCount() const;
    QMap<BatchState, int> stateCounts() const;
    QStringList products() const { return m_products; }
    QStringList sites() const { return m_sites; }
    QList<QueueEntry> entriesToScan(int max) const;

    static QString timeLeftText(const QueueEntry &e, const QDateTime &now);
    static bool isOverdue(const QueueEntry &e, const QDateTime &now);
    // Past its expiry while still to be decided (ExceptionEngine::awaitsDecision).
    static bool isExpired(const QueueEntry &e, const QDateTime &now);
    // "120 d 3 h left", "EXPIRED 20 d 0 h ago", or the date once decided.
    static QString expiryLeftText(const QueueEntry &e, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool matches(qsizetype i) const;
    // The visible rows from the sorted order; `narrowing`: only the rows visible now can match
    // (the search text was extended, nothing else changed), so only they are looked at.
    void rebuild(bool narrowing = false);
    void sortIndices(QList<qsizetype> &indices) const;
    void sortOrder();

    QList<QueueEntry> m_entries;
    QList<QString> m_haystack;
    QHash<QString, qsizetype> m_byBatch;
    QStringList m_products;
    QStringList m_sites;
    QList<qsizetype> m_order; // every entry, in the sort order: filtering keeps it
    QList<qsizetype> m_visible;
    int m_overdue = 0;
    bool m_narrowable = true; // the visible rows still bound what an extended search matches
    QueueFilter m_filter;
    QString m_needle;
    int m_sortColumn = kUrgency;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QDateTime m_now;
    int m_scanned = 0;
};

} // namespace rd::ui
