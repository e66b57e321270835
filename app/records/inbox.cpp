// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/inbox.h"

#include "audit/audittrail.h"
#include "ingest/resultrules.h"
#include "ingest/serializer.h"
#include "session/session.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
QString describe(const InboxItem &item)
{
    return Inbox::tr("unassigned result %1 (%2 of sample %3 at %4, from %5, SHA-256 %6)")
        .arg(item.id)
        .arg(item.result.testCode, item.result.sampleId, Serializer::timeText(item.result.testedAt),
             item.fileName, item.fileSha256);
}
} // namespace

Inbox::Inbox(Session &session)
    : m_session(session)
{}

Result<QList<InboxItem>> Inbox::items(const QString &state) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    return RecordStore(m_session.store().connection()).inbox(state);
}

Result<InboxItem> Inbox::openItem(RecordStore &records, qint64 itemId, const QString &reason) const
{
    if (Status s = m_session.requireRole(Role::QcAnalyst, tr("resolve unassigned results")); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Give a reason; it goes into the audit trail."));
    Result<std::optional<InboxItem>> item = records.inboxItem(itemId);
    if (!item)
        return item.error();
    if (!item.value())
        return Error(ErrorCode::NotFound, tr("There is no unassigned result %1.").arg(itemId));
    if (item.value()->state != u"open"_s) {
        return Error(ErrorCode::InvalidInput,
                     tr("The unassigned result %1 was already %2 by %3.")
                         .arg(itemId)
                         .arg(item.value()->state, item.value()->resolvedBy));
    }
    return *item.value();
}

Status Inbox::assign(qint64 itemId, const QString &sampleId, const QString &reason)
{
    QSqlDatabase db = m_session.store().connection();
    RecordStore records(db);
    Result<InboxItem> item = openItem(records, itemId, reason);
    if (!item)
        return item.error();
    Result<QHash<QString, SampleOwner>> owners = records.sampleOwners();
    if (!owners)
        return owners.error();
    const auto owner = owners->constFind(sampleId.trimmed());
    if (owner == owners->constEnd())
        return Error(ErrorCode::NotFound,
                     tr("No batch has a QC sample \"%1\".").arg(sampleId.trimmed()));

    Result<QList<Specification>> specs = records.specifications();
    if (!specs)
        return specs.error();
    const Specification *inForce = nullptr;
    for (const Specification &s : specs.value()) {
        if (s.product.code == owner->productCode && s.effectiveFrom <= owner->startedAt.date() &&
            (!inForce || s.effectiveFrom > inForce->effectiveFrom))
            inForce = &s;
    }
    QcResult result = item->result;
    result.sampleId = owner.key();
    result.batchNumber = owner->batchNumber;
    if (const std::optional<RuleViolation> v = ResultRules::check(result, *owner, inForce))
        return Error(ErrorCode::InvalidInput,
                     tr("It cannot go to sample %1: %2 %3").arg(owner.key(), v->field, v->reason));
    Result<QList<StoredResult>> clash = records.currentResultsOfSamples({owner.key()});
    if (!clash)
        return clash.error();
    for (const StoredResult &s : clash.value()) {
        if (s.result.testCode == result.testCode && s.result.testedAt == result.testedAt)
            return Error(ErrorCode::AlreadyExists,
                         tr("Sample %1 already has a %2 result measured at that time.")
                             .arg(owner.key(), result.testCode));
    }

    const QString user = m_session.user().userName;
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot assign the result"), db.lastError());
    const auto abandon = [&db](Error e) -> Status {
        db.rollback();
        return e;
    };
    // The source file stays the one the value came from.
    QSqlQuery fileOf(db);
    fileOf.prepare(u"SELECT source_file_id FROM unassigned_results WHERE id = ?"_s);
    fileOf.addBindValue(itemId);
    if (!fileOf.exec() || !fileOf.next())
        return abandon(Store::errorFrom(tr("Cannot assign the result"), fileOf.lastError()));
    const qint64 fileId = fileOf.value(0).toLongLong();
    fileOf.finish();
    Result<qint64> id =
        records.insertResult(result, owner->batchNumber, 1, fileId, std::nullopt, QString());
    if (!id)
        return abandon(id.error());
    if (Status s = records.resolveInbox(itemId, u"assigned"_s, user, reason.trimmed(), id.value());
        !s)
        return abandon(s.error());
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kResultAssigned);
    e.entityType = u"result"_s;
    e.entityId = tr("%1 of sample %2").arg(result.testCode, owner.key());
    e.oldValue = describe(item.value());
    e.newValue = tr("sample %1 of batch %2").arg(owner.key(), owner->batchNumber);
    e.reason = reason.trimmed();
    if (Result<AuditEvent> r = m_session.audit().append(user, e); !r)
        return abandon(r.error());
    if (!db.commit())
        return abandon(Store::errorFrom(tr("Cannot assign the result"), db.lastError()));
    return {};
}

Status Inbox::reject(qint64 itemId, const QString &reason)
{
    QSqlDatabase db = m_session.store().connection();
    RecordStore records(db);
    Result<InboxItem> item = openItem(records, itemId, reason);
    if (!item)
        return item.error();
    const QString user = m_session.user().userName;
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot reject the result"), db.lastError());
    if (Status s =
            records.resolveInbox(itemId, u"rejected"_s, user, reason.trimmed(), std::nullopt);
        !s) {
        db.rollback();
        return s;
    }
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kResultRejected);
    e.entityType = u"unassigned-result"_s;
    e.entityId = QString::number(itemId);
    e.oldValue = describe(item.value());
    e.reason = reason.trimmed();
    if (Result<AuditEvent> r = m_session.audit().append(user, e); !r) {
        db.rollback();
        return r.error();
    }
    if (!db.commit()) {
        const Error err = Store::errorFrom(tr("Cannot reject the result"), db.lastError());
        db.rollback();
        return err;
    }
    return {};
}

} // namespace rd
