// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewqueue.h"

#include "core/clock.h"
#include "review/reviewservice.h"
#include "session/session.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd {

ReviewQueue::ReviewQueue(Session &session)
    : m_session(session)
{}

bool ReviewQueue::moreUrgent(const QueueEntry &a, const QueueEntry &b)
{
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

Result<QList<QueueEntry>> ReviewQueue::entries() const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    QSqlQuery q(m_session.store().connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT b.batch_number, b.product_code, b.site, b.coi_din, b.started_at, "
                "b.planned_shipment_at, s.state FROM batch_records b LEFT JOIN batch_states s "
                "ON s.batch_number = b.batch_number WHERE b.superseded_by_id IS NULL"_s))
        return Store::errorFrom(tr("Cannot read the queue"), q.lastError());
    QList<QueueEntry> out;
    while (q.next()) {
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
        out << e;
    }
    std::sort(out.begin(), out.end(), moreUrgent);
    return out;
}

Status ReviewQueue::scan(QList<QueueEntry> &entries, const Progress &progress) const
{
    ReviewService service(m_session);
    return scan(service, entries, progress);
}

Status ReviewQueue::scan(ReviewService &service, QList<QueueEntry> &entries,
                         const Progress &progress)
{
    const qint64 total = entries.size();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (progress && i % 100 == 0 && !progress(i, total))
            return Error(ErrorCode::Cancelled, tr("Cancelled."));
        QueueEntry &e = entries[i];
        Result<BatchReview> r = service.review(e.batchNumber, ReviewService::Detail::Counts);
        if (!r)
            return r.error();
        e.critical = r->count(Severity::Critical);
        e.major = r->count(Severity::Major);
        e.minor = r->count(Severity::Minor);
        e.info = r->count(Severity::Info);
        e.open = r->open();
        e.blocked = std::any_of(r->exceptions.cbegin(), r->exceptions.cend(),
                                [](const ExceptionView &x) { return x.exception.blocksRelease; });
        e.state = r->state;
        e.scanned = true;
    }
    if (progress)
        progress(total, total);
    return {};
}

} // namespace rd
