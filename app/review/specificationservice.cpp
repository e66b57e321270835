// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/specificationservice.h"

#include "accounts/accountservice.h"
#include "accounts/identity.h"
#include "accounts/role.h"
#include "audit/audittrail.h"
#include "audit/recordbindings.h"
#include "core/canonical.h"
#include "core/clock.h"
#include "domain/text.h"
#include "ingest/serializer.h"
#include "records/batchlocks.h"
#include "records/recordstore.h"
#include "security/crypto.h"
#include "security/decisionlog.h"
#include "session/session.h"
#include "store/rows.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr qsizetype kMaxReasonLength = 4000;

QString limitText(const std::optional<Number> &n)
{
    return n ? n->text : SpecificationService::tr("none");
}

// The version of `product` named `version` in `all`.
const Specification *findVersion(const QList<Specification> &all, const QString &product,
                                 const QString &version)
{
    for (const Specification &s : all) {
        if (s.product.code == product && s.version == version)
            return &s;
    }
    return nullptr;
}

QStringList versionNames(const QList<Specification> &all, const QString &product)
{
    QStringList out;
    for (const Specification &s : all) {
        if (s.product.code == product)
            out << s.version;
    }
    return out;
}

} // namespace

SpecificationService::SpecificationService(Session &session)
    : m_session(session)
{}

Result<QList<Specification>> SpecificationService::versions(const QString &product) const
{
    Result<QList<Specification>> all = RecordStore(m_session.store().connection()).specifications();
    if (!all || product.isEmpty())
        return all;
    QList<Specification> out;
    for (const Specification &s : std::as_const(all.value())) {
        if (s.product.code == product)
            out << s;
    }
    return out;
}

const Specification *SpecificationService::previous(const QList<Specification> &versions,
                                                    const Specification &spec)
{
    // The approved version it replaces: the one in force when it takes effect (today for a
    // draft), other than itself. Without one, the version imported last before it.
    const QDateTime at = spec.approval ? spec.approval->at : Clock::instance().nowUtc().addDays(1);
    QList<Specification> others;
    for (const Specification &s : versions)
        if (s.product.code == spec.product.code && s.id != spec.id)
            others << s;
    if (const Specification *inForce = specificationInForce(others, spec.product.code, at)) {
        for (const Specification &s : versions)
            if (s.id == inForce->id)
                return &s;
    }
    const Specification *before = nullptr;
    for (const Specification &s : versions) {
        if (s.product.code == spec.product.code && s.id < spec.id && (!before || s.id > before->id))
            before = &s;
    }
    return before;
}

QStringList SpecificationService::differences(const Specification *before,
                                              const Specification &after)
{
    QStringList out;
    const auto yesNo = [](bool b) { return b ? tr("yes") : tr("no"); };
    if (before && before->product.name != after.product.name)
        out << tr("product name: %1 → %2").arg(before->product.name, after.product.name);
    if (before && before->product.strength != after.product.strength)
        out << tr("strength: %1 → %2").arg(before->product.strength, after.product.strength);
    for (const SpecTest &t : after.tests) {
        const SpecTest *old = nullptr;
        if (before) {
            for (const SpecTest &o : before->tests) {
                if (o.code == t.code)
                    old = &o;
            }
        }
        if (!old) {
            out << tr("%1: added (%2)").arg(t.code, t.name);
            continue;
        }
        const auto changed = [&out, &t](const QString &what, const QString &from,
                                        const QString &to) {
            if (from != to)
                out << tr("%1: %2 %3 → %4").arg(t.code, what, from, to);
        };
        changed(tr("name"), old->name, t.name);
        changed(tr("unit"), old->unit, t.unit);
        changed(tr("lower limit"), limitText(old->lower), limitText(t.lower));
        changed(tr("upper limit"), limitText(old->upper), limitText(t.upper));
        changed(tr("expected result"), old->expected, t.expected);
        changed(tr("method"), old->method, t.method);
        changed(tr("release-critical"), yesNo(old->releaseCritical), yesNo(t.releaseCritical));
        changed(tr("may be pending at release"), yesNo(old->mayBePendingAtRelease),
                yesNo(t.mayBePendingAtRelease));
    }
    if (before) {
        for (const SpecTest &o : before->tests) {
            const bool kept = std::any_of(after.tests.cbegin(), after.tests.cend(),
                                          [&o](const SpecTest &t) { return t.code == o.code; });
            if (!kept)
                out << tr("%1: removed (%2)").arg(o.code, o.name);
        }
    }
    return out;
}

QString SpecificationService::standing(const Specification &spec)
{
    if (!spec.approval)
        return tr("draft: judges nothing until a QA reviewer approves it");
    const QString effective = dateText(spec.approval->effectiveFrom, TimeStyle::Screen);
    if (spec.approval->signatureId == 0)
        return tr("effective %1 (in force before approvals were recorded)").arg(effective);
    return tr("approved by %1 on %2, effective %3")
        .arg(spec.approval->fullName, dateTimeText(spec.approval->at, TimeStyle::Screen, false),
             effective);
}

QDate SpecificationService::takesEffect(const Specification &spec, const QDateTime &approvedAt)
{
    return std::max(spec.effectiveFrom, approvedAt.toUTC().date());
}

QString SpecificationService::subject(const Specification &spec)
{
    return u"specification %1 %2"_s.arg(spec.product.code, spec.version);
}

QByteArray SpecificationService::contentHash(const QString &storeId, const Specification &spec)
{
    QByteArray m;
    m.append("RDSPEC1", 7);
    m.append('\0');
    canonical::appendField(m, storeId);
    canonical::appendField(m, spec.product.code);
    canonical::appendField(m, spec.version);
    canonical::appendField(m, spec.effectiveFrom.toString(Qt::ISODate));
    canonical::appendBytes(m,
                           QJsonDocument(Serializer::toJson(spec)).toJson(QJsonDocument::Compact));
    crypto::Blake2b h;
    h.add(m);
    return h.finish();
}

Status SpecificationService::mayApprove(const QString &product, const QString &version) const
{
    if (Status s = m_session.requireRole(Role::QaReviewer, tr("approve a specification")); !s)
        return s;
    QSqlDatabase db = m_session.store().connection();
    Result<QList<Specification>> all = RecordStore(db).specifications();
    if (!all)
        return all.error();
    const Specification *spec = findVersion(all.value(), product, version);
    if (!spec) {
        const QStringList known = versionNames(all.value(), product);
        if (known.isEmpty())
            return Error(ErrorCode::NotFound,
                         tr("There is no specification of product %1.").arg(product));
        return Error(ErrorCode::NotFound, tr("Product %1 has no specification version %2 (it "
                                             "has %3).")
                                              .arg(product, version, known.join(u", "_s)));
    }
    if (spec->approval)
        return Error(ErrorCode::AlreadyExists,
                     tr("Specification %1 version %2 is already approved: %3.")
                         .arg(product, version, standing(*spec)));
    Result<People> people = People::load(db);
    if (!people)
        return people.error();
    const Account me = m_session.user();
    for (const People::Entry &e : people->entries()) {
        if (e.userName == spec->importedBy && people->samePerson(e.userId, me.id))
            return Error(
                ErrorCode::Forbidden,
                tr("%1 imported specification %2 version %3, so another QA reviewer "
                   "approves it.")
                    .arg(e.userName == me.userName ? tr("You") : e.fullName, product, version));
    }
    Result<QString> pending = AccountService::handoverPending(db, m_session.keyId());
    if (!pending)
        return pending.error();
    if (!pending->isEmpty())
        return Error(ErrorCode::Forbidden, pending.value());
    return {};
}

Result<Specification> SpecificationService::approve(const QString &product, const QString &version,
                                                    const SecureBytes &password)
{
    if (Status s = mayApprove(product, version); !s)
        return s.error();
    if (Status s = m_session.confirmPassword(password); !s)
        return s.error();

    QSqlDatabase db = m_session.store().connection();
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot start the approval"), db.lastError());
    const auto rollback = [&db](Error e) -> Result<Specification> {
        db.rollback();
        return e;
    };
    // Again under the write lock: another reviewer may have approved it meanwhile.
    if (Status s = mayApprove(product, version); !s)
        return rollback(s.error());
    RecordStore records(db);
    Result<QList<Specification>> all = records.specifications();
    if (!all)
        return rollback(all.error());
    Specification spec = *findVersion(all.value(), product, version);

    AuditTrail trail = m_session.audit();
    Result<AuditHead> head = trail.head();
    if (!head)
        return rollback(head.error());
    const QString storeId = m_session.store().storeId();
    const Account me = m_session.user();
    const Clock &clock = Clock::instance();
    ESignature sig;
    sig.batchNumber = subject(spec);
    sig.meaning = QString::fromLatin1(kSpecificationApprovedMeaning);
    sig.stateFrom = u"draft"_s;
    sig.stateTo = u"approved"_s;
    sig.userId = me.id;
    sig.userName = me.userName;
    sig.fullName = me.fullName;
    sig.role = Roles::id(me.role);
    sig.signedAt = clock.nowUtc();
    // An approval dated before what the trail already holds would reach back: refused, but for
    // the test-only switch that lets test stores approve their made-up past
    // (DemoStore::approveSpecificationsAhead).
    if (head->seq > 0 && head->utc.isValid() && sig.signedAt < head->utc &&
        !crypto::testingMinimumCost())
        return rollback(Error(ErrorCode::Forbidden,
                              tr("The workstation clock (%1) is behind the last event of the "
                                 "audit trail (%2): a specification cannot be approved at a time "
                                 "before what is already recorded. Set the clock right first.")
                                  .arg(toStoredTime(sig.signedAt), toStoredTime(head->utc))));
    sig.utcOffsetSeconds = clock.utcOffsetAt(sig.signedAt);
    sig.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    // Never before the approval: a back-dated version judges only what is made after it.
    const QDate effective = takesEffect(spec, sig.signedAt);
    sig.comment = u"effective %1"_s.arg(effective.toString(Qt::ISODate));
    sig.contentHash = contentHash(storeId, spec);
    sig.stableHash = sig.contentHash;
    sig.auditSeq = head->seq;
    sig.auditHash = head->hash;
    sig.keyId = m_session.keyId();
    ESignatures::sign(sig, storeId, m_session.signingKey());
    Result<qint64> id = ESignatures::insert(db, sig);
    if (!id)
        return rollback(id.error());
    sig.id = id.value();
    if (Status s = records.insertSpecificationApproval(spec.id, sig.id, sig.signedAt, effective);
        !s)
        return rollback(s.error());

    AuditEntry e;
    e.action = QString::fromLatin1(audit::kSpecificationApproved);
    e.entityType = u"specification"_s;
    e.entityId = sig.batchNumber;
    e.field = u"effective_from"_s;
    e.oldValue = spec.effectiveFrom.toString(Qt::ISODate);
    e.newValue = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"signatureId"_s, sig.id},
                                  {u"effectiveFrom"_s, effective.toString(Qt::ISODate)},
                                  {u"signature"_s, QString::fromLatin1(sig.signature.toBase64())}})
            .toJson(QJsonDocument::Compact));
    if (Result<AuditEvent> a =
            trail.append(me.userName, e,
                         {{RecordBindings::Kind::Signature, QString::number(sig.id)},
                          {RecordBindings::Kind::SpecificationApproval, spec.product.code}});
        !a)
        return rollback(a.error());
    if (!db.commit())
        return rollback(Store::errorFrom(tr("Cannot commit the approval"), db.lastError()));
    if (Status s = DecisionLog::append(m_session.store().paths(), sig); !s)
        m_session.warn(s.error().message());
    spec.approval = SpecApproval{sig.signedAt, effective, me.userName, me.fullName, sig.id};
    return spec;
}

Result<QString> SpecificationService::verifyApprovals(QSqlDatabase db, const QString &storeId)
{
    Result<QList<Specification>> all = RecordStore(db).specifications();
    if (!all)
        return all.error();
    Result<People> people = People::load(db);
    if (!people)
        return people.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'specifications_taken_over'"_s))
        return Store::errorFrom(tr("Cannot read the store settings"), q.lastError());
    // A read that fails is a failure, never "none taken over".
    const Result<bool> stated = nextRow(q, tr("Cannot read the store settings"));
    if (!stated)
        return stated.error();
    const qint64 takenOver = stated.value() ? q.value(0).toString().toLongLong() : 0;
    q.finish();
    for (const Specification &spec : std::as_const(all.value())) {
        if (!spec.approval)
            continue;
        const QString which =
            tr("the approval of specification %1 version %2").arg(spec.product.code, spec.version);
        const SpecApproval &a = *spec.approval;
        if (a.signatureId == 0) {
            if (spec.id > takenOver)
                return tr("%1 has no signature, and the version came after approvals were "
                          "recorded.")
                    .arg(which);
            continue;
        }
        q.prepare(u"SELECT batch_number, meaning, content_hash, role, user_id, signed_at FROM "
                  "signatures WHERE id = ?"_s);
        q.addBindValue(a.signatureId);
        if (!q.exec())
            return Store::errorFrom(tr("Cannot read the signatures"), q.lastError());
        const Result<bool> found = nextRow(q, tr("Cannot read the signatures"));
        if (!found)
            return found.error();
        if (!found.value())
            return tr("%1 names signature %2, which is missing.").arg(which).arg(a.signatureId);
        const bool matches =
            q.value(0).toString() == subject(spec) &&
            q.value(1).toString() == QLatin1StringView(kSpecificationApprovedMeaning) &&
            q.value(2).toByteArray() == contentHash(storeId, spec) &&
            q.value(3).toString() == Roles::id(Role::QaReviewer) &&
            fromStoredTime(q.value(5).toString()) == a.at &&
            a.effectiveFrom == takesEffect(spec, a.at);
        const qint64 signer = q.value(4).toLongLong();
        q.finish();
        if (!matches)
            return tr("%1 is not what signature %2 approved.").arg(which).arg(a.signatureId);
        for (const People::Entry &e : people->entries()) {
            if (e.userName == spec.importedBy && people->samePerson(e.userId, signer))
                return tr("%1 was signed by the person who imported it.").arg(which);
        }
    }
    return QString();
}

Result<SpecificationService::Rejudged> SpecificationService::rejudge(const QString &batchNumber,
                                                                     const QString &version,
                                                                     const QString &reason,
                                                                     const QString &changeControl)
{
    if (Status s = m_session.requireRole(Role::QaReviewer,
                                         tr("judge a batch against another specification"));
        !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("Say why batch %1 is judged against another version.").arg(batchNumber));
    if (reason.size() > kMaxReasonLength)
        return Error(ErrorCode::InvalidInput,
                     tr("The reason is longer than %1 characters.").arg(kMaxReasonLength));
    if (Status s = Text::typed(reason, true, tr("The reason %1.")); !s)
        return s.error();
    if (!changeControl.trimmed().isEmpty())
        if (Status s = BatchLocks::checkChangeControl(changeControl); !s)
            return s.error();

    QSqlDatabase db = m_session.store().connection();
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot start the re-judgement"), db.lastError());
    const auto rollback = [&db](Error e) -> Result<Rejudged> {
        db.rollback();
        return e;
    };
    RecordStore records(db);
    Result<QHash<QString, StoredBatch>> batches = records.currentBatches();
    if (!batches)
        return rollback(batches.error());
    const auto batch = batches->constFind(batchNumber);
    if (batch == batches->cend())
        return rollback(Error(ErrorCode::NotFound, tr("There is no batch %1.").arg(batchNumber)));
    Result<QList<Specification>> all = records.specifications();
    if (!all)
        return rollback(all.error());
    const Specification *to = findVersion(all.value(), batch->productCode, version);
    if (!to)
        return rollback(
            Error(ErrorCode::NotFound,
                  tr("Product %1 has no specification version %2 (it has %3).")
                      .arg(batch->productCode, version,
                           versionNames(all.value(), batch->productCode).join(u", "_s))));
    if (!to->approval)
        return rollback(Error(ErrorCode::Forbidden,
                              tr("Specification %1 version %2 is a draft: a batch is judged only "
                                 "against an approved version.")
                                  .arg(batch->productCode, version)));
    Result<QHash<QString, qint64>> judged = records.judgedAgainst();
    if (!judged)
        return rollback(judged.error());
    const Specification *from = nullptr;
    if (const auto j = judged->constFind(batchNumber); j != judged->cend()) {
        for (const Specification &s : std::as_const(all.value()))
            if (s.id == j.value())
                from = &s;
    } else {
        from = specificationInForce(all.value(), batch->productCode, batch->startedAt);
    }
    if (from && from->id == to->id)
        return rollback(Error(ErrorCode::InvalidInput,
                              tr("Batch %1 is already judged against specification %2 version "
                                 "%3.")
                                  .arg(batchNumber, batch->productCode, version)));

    Result<BatchLocks> locks = BatchLocks::read(db);
    if (!locks)
        return rollback(locks.error());
    const QString user = m_session.user().userName;
    if (Status s = records.insertJudgedAgainst(batchNumber, to->id, user, reason.trimmed()); !s)
        return rollback(s.error());
    AuditTrail trail = m_session.audit();
    const QString fromVersion = from ? from->version : QString();
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kBatchRejudged);
    e.entityType = u"batch"_s;
    e.entityId = batchNumber;
    e.field = u"specification"_s;
    e.oldValue = fromVersion;
    e.newValue = to->version;
    e.reason = reason.trimmed();
    if (Result<AuditEvent> a =
            trail.append(user, e, {{RecordBindings::Kind::BatchSpecification, batchNumber}});
        !a)
        return rollback(a.error());
    const QString what = fromVersion.isEmpty()
                             ? tr("judged against specification version %1").arg(to->version)
                             : tr("judged against specification version %1 instead of %2")
                                   .arg(to->version, fromVersion);
    if (Status s = locks->afterChange(
            db, trail, user, {{batchNumber, {BatchChange{{}, false, what}}}}, changeControl);
        !s)
        return rollback(s.error());
    QSqlQuery q(db);
    q.prepare(u"SELECT state FROM batch_states WHERE batch_number = ?"_s);
    q.addBindValue(batchNumber);
    if (!q.exec())
        return rollback(Store::errorFrom(tr("Cannot read the state of batch %1").arg(batchNumber),
                                         q.lastError()));
    const QString state =
        q.next() ? q.value(0).toString() : QString::fromLatin1(BatchLocks::kAwaitingQcApproval);
    q.finish();
    if (!db.commit())
        return rollback(Store::errorFrom(tr("Cannot commit the re-judgement"), db.lastError()));
    return Rejudged{fromVersion, to->version, state};
}

} // namespace rd
