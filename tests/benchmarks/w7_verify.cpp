// SPDX-License-Identifier: GPL-3.0-or-later
// W7 verify: a store of 10 000 batches with their 306 000 results and an audit trail of
// 1 000 000 events with 30 000 electronic signatures among them, as `releasedesk verify` checks
// it: every hash, checkpoint and key certificate, every record against what the trail recorded
// of it, every Ed25519 signature and the event that recorded it, the schema, and SQLite's page
// and structure checks. The store is made once through the product's own code, and kept.
#include "audit/audittrail.h"
#include "bench.h"
#include "core/clock.h"
#include "review/reviewservice.h"
#include "review/workflow.h"
#include "security/crypto.h"
#include "security/esignature.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd::bench {

namespace {

qint64 eventsFor(const Options &o)
{
    return o.quick ? 100000 : 1000000;
}

qint64 signaturesFor(const Options &o)
{
    return o.quick ? 3000 : 30000;
}

// A store of some years: the demo export (10 000 batches, about 306 000 results) imported, then
// dispositions and signatures as a busy site records them, one signature in every 33 events, up
// to a million events. Everything is written as ReleaseDesk writes it: each disposition a row
// bound into its event, each signature over the batch's real content, bound with its state.
bool makeAuditStore(const Options &o, const QString &path)
{
    if (!createEmptyStore(path, false))
        return false;
    const DemoExport files = demoExport(batchesForImport(o));
    if (!importExport(path, files, false))
        return false;
    std::unique_ptr<Session> session = open(path, u"qa.reviewer"_s);
    if (!session)
        return false;
    {
        QSqlDatabase db = session->store().connection();
        AuditTrail trail = session->audit();
        const Account me = session->user();
        const QString storeId = session->store().storeId();
        QStringList batches;
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(u"SELECT batch_number FROM batch_records WHERE superseded_by_id IS NULL "
                        "ORDER BY batch_number"_s))
                return false;
            while (q.next())
                batches << q.value(0).toString();
        }
        if (batches.isEmpty())
            return false;
        ReviewService review(*session);
        QHash<QString, QByteArray> contentOf; // a batch's content does not change here
        Result<AuditHead> start = trail.head();
        if (!start)
            return false;
        const qint64 total = eventsFor(o);
        const qint64 every = total / signaturesFor(o);
        const qint64 perBatch = std::max<qint64>(1, total / batches.size());
        qint64 written = start->seq;
        qint64 signatures = 0;
        QSqlQuery disposition(db);
        disposition.prepare(u"INSERT INTO dispositions (batch_number, exception_key, evidence, "
                            "severity, exception_text, comment, deviation_ref, user_name, "
                            "full_name, at) VALUES (?, ?, ?, 'minor', ?, ?, '', ?, ?, ?)"_s);
        while (written < total) {
            if (!db.transaction())
                return false;
            for (int i = 0; i < 5000 && written < total; ++i, ++written) {
                const QString batch =
                    batches.at(static_cast<qsizetype>((written / perBatch) % batches.size()));
                if (written % every == every - 1 && signatures < signaturesFor(o)) {
                    if (!contentOf.contains(batch)) {
                        Result<BatchReview> r =
                            review.review(batch, ReviewService::Detail::Summary);
                        if (!r)
                            return false;
                        contentOf.insert(batch, r->contentHash);
                    }
                    Result<AuditHead> head = trail.head();
                    if (!head)
                        return false;
                    ESignature sig;
                    sig.batchNumber = batch;
                    sig.meaning = Workflow::id(Meaning::Reviewed);
                    sig.stateFrom = Workflow::id(BatchState::InReview);
                    sig.stateTo = Workflow::id(BatchState::Reviewed);
                    sig.userId = me.id;
                    sig.userName = me.userName;
                    sig.fullName = me.fullName;
                    sig.role = Roles::id(me.role);
                    sig.signedAt = Clock::instance().nowUtc();
                    sig.utcOffsetSeconds = Clock::instance().utcOffsetAt(sig.signedAt);
                    sig.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
                    sig.recordVersion = 1;
                    sig.contentHash = contentOf.value(batch);
                    sig.stableHash = sig.contentHash;
                    sig.auditSeq = head->seq;
                    sig.auditHash = head->hash;
                    sig.keyId = session->keyId();
                    ESignatures::sign(sig, storeId, session->signingKey());
                    Result<qint64> id = ESignatures::insert(db, sig);
                    if (!id)
                        return false;
                    QSqlQuery state(db);
                    state.prepare(
                        u"INSERT OR REPLACE INTO batch_states (batch_number, state, "
                        "held_from, changed_at, signature_id) VALUES (?, ?, NULL, ?, ?)"_s);
                    state.addBindValue(batch);
                    state.addBindValue(sig.stateTo);
                    state.addBindValue(toStoredTime(sig.signedAt));
                    state.addBindValue(id.value());
                    if (!state.exec())
                        return false;
                    AuditEntry e;
                    e.action = QString::fromLatin1(audit::kBatchSigned);
                    e.entityType = u"batch"_s;
                    e.entityId = batch;
                    e.field = sig.meaning;
                    e.oldValue = sig.stateFrom;
                    e.newValue = QString::fromUtf8(
                        QJsonDocument(QJsonObject{{u"signatureId"_s, id.value()},
                                                  {u"state"_s, sig.stateTo},
                                                  {u"signature"_s,
                                                   QString::fromLatin1(sig.signature.toBase64())}})
                            .toJson(QJsonDocument::Compact));
                    if (!trail.append(
                            me.userName, e,
                            {{RecordBindings::Kind::Signature, QString::number(id.value())},
                             {RecordBindings::Kind::BatchState, batch}}))
                        return false;
                    ++signatures;
                    continue;
                }
                const QString key = u"viability-%1"_s.arg(written % 7);
                const QString comment =
                    u"Reviewed against the deviation record; no impact on the product."_s;
                for (const QVariant &v :
                     {QVariant(batch), QVariant(key), QVariant(key), QVariant(key),
                      QVariant(comment), QVariant(me.userName), QVariant(me.fullName),
                      QVariant(toStoredTime(Clock::instance().nowUtc()))})
                    disposition.addBindValue(v);
                if (!disposition.exec())
                    return false;
                AuditEntry e;
                e.action = QString::fromLatin1(audit::kExceptionDispositioned);
                e.entityType = u"batch"_s;
                e.entityId = batch;
                e.field = key;
                e.newValue = comment;
                if (!trail.append(me.userName, e, {{RecordBindings::Kind::Dispositions, batch}}))
                    return false;
            }
            if (!db.commit())
                return false;
            if (written % 100000 < 5000)
                say(u"audit events: %1 of %2"_s.arg(thousands(written), thousands(total)));
        }
    }
    return session->end().ok();
}

} // namespace

int runVerify(const Options &o)
{
    const QString path = storePath(o, u"audit"_s);
    if (!storeReady(o, u"audit"_s)) {
        say(u"making the audit store once (kept in %1)"_s.arg(path));
        QElapsedTimer t;
        t.start();
        if (!makeAuditStore(o, path)) {
            say(u"the audit store could not be made"_s);
            return 1;
        }
        say(u"made in %1 s"_s.arg(t.elapsed() / 1000.0, 0, 'f', 1));
        markReady(o, u"audit"_s);
    }
    std::unique_ptr<Session> session = open(path, u"qa.reviewer"_s);
    if (!session)
        return 1;
    // Median of three: this shared machine's speed wanders by a third from one minute to the
    // next.
    QList<double> runs;
    Result<StoreVerification> v = Error(ErrorCode::Failed, u"not run"_s);
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        v = session->verify({}, false);
        runs << static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (!v || !v->audit.ok) {
            say(v ? v->audit.problem : v.error().message());
            return 1;
        }
    }
    std::sort(runs.begin(), runs.end());
    const double ms = runs.at(1);
    Figure f;
    f.workload = u"W7"_s;
    f.name = u"verify chain, records and signatures"_s;
    f.size = u"%1 events, %2 signatures, %3 records"_s.arg(
        thousands(v->audit.events), thousands(v->signatures), thousands(v->records));
    f.ms = ms;
    f.rate = u"%1 events/s; median of 3 (%2-%3 s)"_s
                 .arg(thousands(qRound64(v->audit.events * 1000.0 / ms)))
                 .arg(runs.first() / 1000, 0, 'f', 2)
                 .arg(runs.last() / 1000, 0, 'f', 2);
    f.goal = u"< 5 s"_s;
    f.met = ms < 5000;
    report(f);
    return 0;
}

} // namespace rd::bench
