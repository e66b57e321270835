// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "review/workflow.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace rd {

struct BatchReview;
class ReviewService;
class Session;

// One batch in the QA queue.
struct QueueEntry
{
    QString batchNumber;
    QString productCode;
    QString site;
    QString coiDin;
    QDateTime startedAt;
    QDateTime plannedShipmentAt;
    QDateTime expiresAt; // the product's expiry, when the record gives one
    BatchState state = BatchState::AwaitingQcApproval;

    // Filled by ReviewQueue::scan().
    bool scanned = false;
    int critical = 0;
    int major = 0;
    int minor = 0;
    int info = 0;
    int open = 0; // without a current disposition
    bool blocked = false;
    // Decided on signatures that no longer cover the record (BatchReview::uncovered): first in
    // the queue, whatever else.
    bool uncovered = false;
};

// The batches QA works through, with their exception counts.
class ReviewQueue
{
    Q_DECLARE_TR_FUNCTIONS(rd::ReviewQueue)

public:
    // (done, total) -> false to cancel.
    using Progress = std::function<bool(qint64, qint64)>;

    explicit ReviewQueue(Session &session);

    // Every current batch with its state, by urgency: still to be decided first, the nearest
    // planned shipment first; decided batches after them, newest first. One query.
    Result<QList<QueueEntry>> entries() const;

    // The start of entries(): the most urgent batches still to decide, at most `limit`, read
    // along the planned-shipment index, so that a store of any size gives its first screenful
    // at once. `complete` says that they are the whole of entries().
    struct Head
    {
        QList<QueueEntry> entries;
        bool complete = false;
    };
    Result<Head> head(int limit) const;

    // Computes the exceptions of every entry (in the calling thread; the window runs it in the
    // background with its own connection).
    Status scan(QList<QueueEntry> &entries, const Progress &progress = {}) const;
    // The same with a service kept between calls, so that what it reads once (specifications,
    // out-of-trend series) serves every slice of a long scan.
    static Status scan(ReviewService &service, QList<QueueEntry> &entries,
                       const Progress &progress = {});
    // The same on as many threads as there are services (each a service of its own, used by
    // one thread at a time, and a connection of its own): the entries are shared out in equal
    // runs. The calling thread does the first run and reports progress.
    static Status scan(const QList<ReviewService *> &services, QList<QueueEntry> &entries,
                       const Progress &progress = {});
    // How many threads a whole-queue scan uses: the machine's cores, at most four.
    static int scanThreads();
    // How many the window's scan uses while the reviewer works: one core fewer, at least one,
    // so that typing and scrolling keep a core of their own.
    static int backgroundScanThreads();

    // An entry's state and exception counts from its batch's review.
    static void fill(QueueEntry &entry, const BatchReview &review);

    // The urgency order of entries().
    static bool moreUrgent(const QueueEntry &a, const QueueEntry &b);

private:
    Session &m_session;
};

} // namespace rd
