// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/inbox.h"

#include "audit/audittrail.h"
#include "domain/text.h"
#include "ingest/resultrules.h"
#include "ingest/serializer.h"
#include "records/batchlocks.h"
#include "session/session.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
QString describe(const InboxItem &item)
{
    return Inbox::tr("unassigned result %1 (%2 of sample %3 at %4, from %5, SHA-256 %6)")
        .arg(item.id)
        .arg(item.result.testCode, item.result.sampleId,
             Serializer::timeText(item.result.testedAt, item.result.testedAtNanos), item.fileName,
             item.fileSha256);
}
} // namespace

Inbox::Inbox(Session &session)
    : m_session(session)
{}

Status Inbox::mayResolve() const
{
    return m_session.requireRole(Role::QcAnalyst, tr("resolve unassigned results"));
}

Result<qint64> Inbox::openCount() const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    return RecordStore(m_session.store().connection()).countOpenInbox();
}

Result<QList<InboxItem>> Inbox::items(const QString &state) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    return RecordStore(m_session.store().connection()).inbox(state);
}

Result<QList<InboxItem>> Inbox::openItems(RecordStore &records, const QList<qint64> &itemIds,
                                          const QString &reason) const
{
    if (Status s = mayResolve(); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Give a reason; it goes into the audit trail."));
    if (Status s = Text::typed(reason, true, tr("The reason %1.")); !s)
        return s.error();
    if (itemIds.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Choose at least one unassigned result."));
    QList<InboxItem> found;
    QSet<qint64> seen;
    for (const qint64 itemId : itemIds) {
        if (seen.contains(itemId))
            continue;
        seen.insert(itemId);
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
        found << *item.value();
    }
    return found;
}

Result<QList<SampleChoice>> Inbox::candidates(const QList<qint64> &itemIds,
                                              const QString &productCode) const
{
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    RecordStore records(m_session.store().connection());
    QDateTime earliest;
    for (const qint64 id : itemIds) {
        Result<std::optional<InboxItem>> item = records.inboxItem(id);
        if (!item)
            return item.error();
        if (item.value() && (!earliest.isValid() || item.value()->result.testedAt < earliest))
            earliest = item.value()->result.testedAt;
    }
    if (!earliest.isValid())
        return QList<SampleChoice>();
    return records.samplesDrawnBetween(earliest.addDays(-3), earliest, productCode.trimmed());
}

Status Inbox::assign(qint64 itemId, const QString &sampleId, const QString &reason)
{
    return assign(QList<qint64>{itemId}, sampleId, reason);
}

Status Inbox::reject(qint64 itemId, const QString &reason)
{
    return reject(QList<qint64>{itemId}, reason);
}

Status Inbox::assign(const QList<qint64> &itemIds, const QString &sampleId, const QString &reason,
                     const QString &changeControl)
{
    if (!changeControl.trimmed().isEmpty())
        if (Status s = BatchLocks::checkChangeControl(changeControl); !s)
            return s;
    QSqlDatabase db = m_session.store().connection();
    RecordStore records(db);
    Result<QList<InboxItem>> items = openItems(records, itemIds, reason);
    if (!items)
        return items.error();
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
    // The version the batch is judged against: its re-judgement's, or the one in force.
    Result<QHash<QString, qint64>> judged = records.judgedAgainst();
    if (!judged)
        return judged.error();
    const Specification *inForce =
        specificationInForce(specs.value(), owner->productCode, owner->startedAt);
    if (const auto j = judged->constFind(owner->batchNumber); j != judged->cend()) {
        for (const Specification &s : std::as_const(specs.value()))
            if (s.id == j.value())
                inForce = &s;
    }
    Result<QList<StoredResult>> stored = records.currentResultsOfSamples({owner.key()});
    if (!stored)
        return stored.error();
    QSet<QString> taken;
    for (const StoredResult &s : stored.value())
        taken.insert(RecordStore::key(owner.key(), s.result.testCode, s.result.testedAt,
                                      s.result.testedAtNanos));

    Result<BatchLocks> locks = BatchLocks::read(db);
    if (!locks)
        return locks.error();

    // Check every item before writing any.
    QList<QcResult> results;
    QList<BatchChange> changes;
    for (const InboxItem &item : items.value()) {
        QcResult result = item.result;
        result.sampleId = owner.key();
        result.batchNumber = owner->batchNumber;
        if (const std::optional<RuleViolation> v = ResultRules::check(result, *owner, inForce))
            return Error(ErrorCode::InvalidInput, tr("Result %1 cannot go to sample %2, field "
                                                     "\"%3\": %4.")
                                                      .arg(item.id)
                                                      .arg(owner.key(), v->field, v->reason));
        const QString key =
            RecordStore::key(owner.key(), result.testCode, result.testedAt, result.testedAtNanos);
        if (taken.contains(key))
            return Error(ErrorCode::AlreadyExists,
                         tr("Result %1 cannot go to sample %2: it already has a %3 result "
                            "measured at that time.")
                             .arg(item.id)
                             .arg(owner.key(), result.testCode));
        taken.insert(key);
        if (const QString why =
                locks->lockedBecause(owner->batchNumber, result.testCode, true, owner.key());
            !why.isEmpty() && changeControl.trimmed().isEmpty())
            return Error(
                ErrorCode::ChangeControlNeeded,
                tr("Result %1 cannot go to sample %2: %3.").arg(item.id).arg(owner.key(), why));
        changes << BatchChange{result.testCode, true,
                               tr("%1 assigned to sample %2").arg(describe(item), owner.key()),
                               owner.key()};
        results << result;
    }

    const QString user = m_session.user().userName;
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot assign the results"), db.lastError());
    const auto abandon = [&db](Error e) -> Status {
        db.rollback();
        return e;
    };
    if (Status s = locks->unchangedSince(db, {owner->batchNumber}); !s)
        return abandon(s.error());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const InboxItem &item = items->at(i);
        const QcResult &result = results.at(i);
        // The source file stays the one the value came from.
        Result<qint64> fileId = records.inboxSourceFile(item.id);
        if (!fileId)
            return abandon(fileId.error());
        Result<qint64> id = records.insertResult(result, owner->batchNumber, 1, fileId.value(),
                                                 std::nullopt, QString());
        if (!id)
            return abandon(id.error());
        if (Status s =
                records.resolveInbox(item.id, u"assigned"_s, user, reason.trimmed(), id.value());
            !s)
            return abandon(s.error());
        AuditEntry e;
        e.action = QString::fromLatin1(audit::kResultAssigned);
        e.entityType = u"result"_s;
        e.entityId = tr("%1 of sample %2").arg(result.testCode, owner.key());
        e.oldValue = describe(item);
        e.newValue = tr("sample %1 of batch %2").arg(owner.key(), owner->batchNumber);
        e.reason = reason.trimmed();
        if (Result<AuditEvent> r = m_session.audit().append(
                user, e,
                {{RecordBindings::Kind::Results, owner->batchNumber},
                 {RecordBindings::Kind::Inbox, QString::number(fileId.value())}});
            !r)
            return abandon(r.error());
    }
    AuditTrail trail = m_session.audit();
    if (Status s =
            locks->afterChange(db, trail, user, {{owner->batchNumber, changes}}, changeControl);
        !s)
        return abandon(s.error());
    if (!db.commit())
        return abandon(Store::errorFrom(tr("Cannot assign the results"), db.lastError()));
    return {};
}

Status Inbox::reject(const QList<qint64> &itemIds, const QString &reason)
{
    QSqlDatabase db = m_session.store().connection();
    RecordStore records(db);
    Result<QList<InboxItem>> items = openItems(records, itemIds, reason);
    if (!items)
        return items.error();
    const QString user = m_session.user().userName;
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot reject the results"), db.lastError());
    const auto abandon = [&db](Error e) -> Status {
        db.rollback();
        return e;
    };
    for (const InboxItem &item : items.value()) {
        if (Status s =
                records.resolveInbox(item.id, u"rejected"_s, user, reason.trimmed(), std::nullopt);
            !s)
            return abandon(s.error());
        AuditEntry e;
        e.action = QString::fromLatin1(audit::kResultRejected);
        e.entityType = u"unassigned-result"_s;
        e.entityId = QString::number(item.id);
        e.oldValue = describe(item);
        e.reason = reason.trimmed();
        Result<qint64> fileId = records.inboxSourceFile(item.id);
        if (!fileId)
            return abandon(fileId.error());
        if (Result<AuditEvent> r = m_session.audit().append(
                user, e, {{RecordBindings::Kind::Inbox, QString::number(fileId.value())}});
            !r)
            return abandon(r.error());
    }
    if (!db.commit())
        return abandon(Store::errorFrom(tr("Cannot reject the results"), db.lastError()));
    return {};
}

} // namespace rd
