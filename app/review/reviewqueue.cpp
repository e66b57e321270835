// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewqueue.h"

#include "core/clock.h"
#include "review/reviewservice.h"
#include "session/session.h"
#include "store/rows.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace rd {

ReviewQueue::ReviewQueue(Session &session)
    : m_session(session)
{}

bool ReviewQueue::moreUrgent(const QueueEntry &a, const QueueEntry &b)
{
    if (a.uncovered != b.uncovered)
        return a.uncovered;
    const bool aDone = Workflow::isFinal(a.state);
    const bool bDone = Workflow::isFinal(b.state);
    if (aDone != bDone)
        return !aDone;
    if (aDone)
        return a.startedAt > b.startedAt;
    if (a.plannedShipmentAt.isValid() != b.plannedShipmentAt.isValid())
        return a.plannedShipmentAt.isValid();
    if (a.plannedShipmentAt != b.plannedShipmentAt)
        return a.plannedShipmentAt < b.plannedShipmentAt;
    return a.batchNumber < b.batchNumber;
}

namespace {

constexpr auto kEntryColumns =
    "b.batch_number, b.product_code, b.site, b.coi_din, b.started_at, "
    "b.planned_shipment_at, s.state, b.expires_at FROM batch_records b LEFT JOIN "
    "batch_states s ON s.batch_number = b.batch_number "
    "WHERE b.superseded_by_id IS NULL";

QString finalStates()
{
    QStringList ids;
    for (const BatchState s : Workflow::states()) {
        if (Workflow::isFinal(s))
            ids << u"'"_s + Workflow::id(s) + u"'"_s;
    }
    return ids.join(u", "_s);
}

// Appends the rows of an exec'd query of kEntryColumns.
Status readEntries(QSqlQuery &q, QList<QueueEntry> &out)
{
    return eachRow(q, ReviewQueue::tr("Cannot read the queue"), [&] {
        QueueEntry e;
        e.batchNumber = q.value(0).toString();
        e.productCode = q.value(1).toString();
        e.site = q.value(2).toString();
        e.coiDin = q.value(3).toString();
        e.startedAt = fromStoredTime(q.value(4).toString());
        if (!q.value(5).isNull())
            e.plannedShipmentAt = fromStoredTime(q.value(5).toString());
        if (!q.value(6).isNull())
            e.state = Workflow::stateFromId(q.value(6).toString()).value_or(e.state);
        if (!q.value(7).isNull())
            e.expiresAt = fromStoredTime(q.value(7).toString());
        out << e;
    });
}

} // namespace

Result<QList<QueueEntry>> ReviewQueue::entries() const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    QSqlQuery q(m_session.store().connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + QLatin1StringView(kEntryColumns)))
        return Store::errorFrom(tr("Cannot read the queue"), q.lastError());
    QList<QueueEntry> out;
    if (Status s = readEntries(q, out); !s)
        return s.error();
    std::sort(out.begin(), out.end(), moreUrgent);
    return out;
}

Result<ReviewQueue::Head> ReviewQueue::head(int limit) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    Head out;
    QSqlQuery q(m_session.store().connection());
    q.setForwardOnly(true);
    // Undecided batches in moreUrgent()'s order: those with a planned shipment (stored times
    // sort as text in time order), then those without, by batch number. One row more than asked
    // tells whether there are more.
    const QString undecided = u" AND (s.state IS NULL OR s.state NOT IN (%1))"_s.arg(finalStates());
    const QString parts[] = {
        u" AND b.planned_shipment_at IS NOT NULL"_s + undecided +
            u" ORDER BY b.planned_shipment_at, b.batch_number LIMIT ?"_s,
        u" AND b.planned_shipment_at IS NULL"_s + undecided + u" ORDER BY b.batch_number LIMIT ?"_s,
    };
    for (const QString &part : parts) {
        const qsizetype wanted = limit - out.entries.size();
        if (!q.prepare(u"SELECT "_s + QLatin1StringView(kEntryColumns) + part))
            return Store::errorFrom(tr("Cannot read the queue"), q.lastError());
        q.addBindValue(wanted + 1);
        if (!q.exec())
            return Store::errorFrom(tr("Cannot read the queue"), q.lastError());
        if (Status s = readEntries(q, out.entries); !s)
            return s.error();
        if (out.entries.size() > limit) {
            out.entries.resize(limit);
            return out;
        }
    }
    // Every undecided batch is here: the head is whole unless decided batches follow.
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM batch_states s JOIN batch_records b ON "
                "b.batch_number = s.batch_number AND b.superseded_by_id IS NULL WHERE s.state IN "
                "(%1))"_s.arg(finalStates())) ||
        !q.next())
        return Store::errorFrom(tr("Cannot read the queue"), q.lastError());
    out.complete = q.value(0).toInt() == 0;
    return out;
}

Status ReviewQueue::scan(QList<QueueEntry> &entries, const Progress &progress) const
{
    std::vector<std::unique_ptr<ReviewService>> owned;
    QList<ReviewService *> services;
    for (int i = 0; i < scanThreads(); ++i) {
        owned.push_back(std::make_unique<ReviewService>(m_session));
        services << owned.back().get();
    }
    return scan(services, entries, progress);
}

int ReviewQueue::scanThreads()
{
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

int ReviewQueue::backgroundScanThreads()
{
    return std::clamp(QThread::idealThreadCount() - 1, 1, 4);
}

Status ReviewQueue::scan(const QList<ReviewService *> &services, QList<QueueEntry> &entries,
                         const Progress &progress)
{
    const qsizetype workers = std::min<qsizetype>(services.size(), entries.size());
    if (workers <= 1)
        return services.isEmpty() ? Status() : scan(*services.first(), entries, progress);
    const qsizetype total = entries.size();
    const qsizetype run = (total + workers - 1) / workers;
    std::atomic<bool> stop = false;
    std::vector<std::optional<Error>> failures(static_cast<std::size_t>(workers));
    // Each worker scans a copy of its run and writes it back: QList is not shared between
    // threads while they write.
    const auto work = [&](qsizetype w, const Progress &report) {
        const qsizetype from = w * run;
        QList<QueueEntry> mine = entries.mid(from, std::min(run, total - from));
        const Progress checked = [&](qint64 done, qint64) {
            if (stop)
                return false;
            // Every worker goes at about the same pace: the first one's share stands for all.
            return !report || report(done * workers, total);
        };
        if (Status s = scan(*services.at(w), mine, checked); !s) {
            stop = true;
            failures[static_cast<std::size_t>(w)] = s.error();
            return;
        }
        std::copy(mine.cbegin(), mine.cend(), entries.begin() + from);
    };
    std::vector<std::thread> threads;
    for (qsizetype w = 1; w < workers; ++w) {
        threads.emplace_back([&, w] {
            // A connection of this thread's own, released when it ends.
            const ThreadConnection connection(services.at(w)->session().store());
            work(w, {});
        });
    }
    work(0, progress);
    for (std::thread &t : threads)
        t.join();
    for (const std::optional<Error> &f : failures) {
        if (f && f->code() != ErrorCode::Cancelled)
            return *f;
    }
    for (const std::optional<Error> &f : failures) {
        if (f)
            return *f;
    }
    if (progress)
        progress(total, total);
    return {};
}

void ReviewQueue::fill(QueueEntry &e, const BatchReview &review)
{
    e.critical = review.count(Severity::Critical);
    e.major = review.count(Severity::Major);
    e.minor = review.count(Severity::Minor);
    e.info = review.count(Severity::Info);
    e.open = review.open();
    e.blocked = std::any_of(review.exceptions.cbegin(), review.exceptions.cend(),
                            [](const ExceptionView &x) { return x.exception.blocksRelease; });
    e.state = review.state;
    e.uncovered = !review.uncovered.isEmpty();
    e.scanned = true;
}

Status ReviewQueue::scan(ReviewService &service, QList<QueueEntry> &entries,
                         const Progress &progress)
{
    const qint64 total = entries.size();
    const ReviewService::StatementScope statements(service);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (progress && i % 100 == 0 && !progress(i, total))
            return Error(ErrorCode::Cancelled, tr("Cancelled."));
        QueueEntry &e = entries[i];
        Result<BatchReview> r = service.review(e.batchNumber, ReviewService::Detail::Counts);
        if (!r)
            return r.error();
        fill(e, r.value());
    }
    if (progress)
        progress(total, total);
    return {};
}

} // namespace rd
