// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/batchlocks.h"

#include "audit/audittrail.h"
#include "core/clock.h"
#include "domain/records.h"
#include "domain/text.h"
#include "store/rows.h"
#include "store/store.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr char kConditionallyReleased[] = "conditionally_released";

// Approved or in review, not yet decided: a change sends these back to QC approval.
bool isApproved(const QString &state)
{
    return state == u"awaiting_review"_s || state == u"in_review"_s || state == u"reviewed"_s;
}

} // namespace

bool BatchLocks::isDecided(const QString &state)
{
    return state == u"released"_s || state == QLatin1StringView(kConditionallyReleased) ||
           state == u"exceptionally_released"_s || state == u"rejected"_s;
}

QString BatchLocks::Standing::decision() const
{
    if (isDecided(state))
        return state;
    if (state == QLatin1StringView(kOnHold) && isDecided(heldFrom))
        return heldFrom;
    return QString();
}

Result<BatchLocks> BatchLocks::read(QSqlDatabase db)
{
    BatchLocks out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString what = tr("Cannot read the states of the batches");
    if (!q.exec(
            u"SELECT batch_number, state, held_from FROM batch_states WHERE state <> '%1'"_s.arg(
                QLatin1StringView(kAwaitingQcApproval))))
        return Store::errorFrom(what, q.lastError());
    if (Status s = eachRow(q, what,
                           [&] {
                               out.m_batches.insert(
                                   q.value(0).toString(),
                                   Standing{q.value(1).toString(), {}, q.value(2).toString()});
                           });
        !s)
        return s.error();
    // The tests each conditional release left pending (the latest one of a batch counts).
    QSet<QString> conditional; // batches with a conditional release
    q.prepare(u"SELECT batch_number, conditions FROM signatures WHERE meaning = "
              "'conditionally-released' ORDER BY id"_s);
    if (!q.exec())
        return Store::errorFrom(what, q.lastError());
    if (Status s = eachRow(q, what,
                           [&] {
                               const auto it = out.m_batches.find(q.value(0).toString());
                               if (it == out.m_batches.end())
                                   return;
                               const QStringList tests =
                                   q.value(1).toString().split(u'\n', Qt::SkipEmptyParts);
                               it->awaited = QSet<QString>(tests.cbegin(), tests.cend());
                               conditional.insert(it.key());
                           });
        !s)
        return s.error();
    if (conditional.isEmpty())
        return out;
    // An awaited test's result arrives once. At the conditional release the test had no final
    // result on the final-product sample (else it would not have been pending), so a final
    // result there is its arrival, however late it was measured or assigned.
    const QString held =
        u"(s.state = 'conditionally_released' OR (s.state = 'on_hold' AND s.held_from = "
        "'conditionally_released'))"_s;
    QHash<QString, QcSample> finalSample;
    q.prepare(u"SELECT b.batch_number, q.sample_id, q.drawn_at, q.step FROM batch_records b JOIN "
              "qc_samples q ON q.record_id = b.id JOIN batch_states s ON s.batch_number = "
              "b.batch_number WHERE b.superseded_by_id IS NULL AND "_s +
              held);
    if (!q.exec())
        return Store::errorFrom(what, q.lastError());
    if (Status s = eachRow(q, what,
                           [&] {
                               QcSample sample;
                               sample.id = q.value(1).toString();
                               if (!q.value(2).isNull())
                                   sample.drawnAt = fromStoredTime(q.value(2).toString());
                               sample.step = q.value(3).toInt();
                               const QString batch = q.value(0).toString();
                               const auto last = finalSample.constFind(batch);
                               if (last == finalSample.cend() || drawnAfter(sample, *last))
                                   finalSample.insert(batch, sample);
                           });
        !s)
        return s.error();
    for (auto f = finalSample.cbegin(); f != finalSample.cend(); ++f) {
        if (const auto b = out.m_batches.find(f.key()); b != out.m_batches.end())
            b->finalSample = f->id;
    }
    q.prepare(u"SELECT r.batch_number, r.test_code, r.sample_id FROM qc_results r JOIN "
              "batch_states s ON s.batch_number = r.batch_number WHERE r.superseded_by_id IS "
              "NULL AND r.status = 'final' AND "_s +
              held);
    if (!q.exec())
        return Store::errorFrom(what, q.lastError());
    if (Status s = eachRow(q, what,
                           [&] {
                               const QString batch = q.value(0).toString();
                               const auto it = out.m_batches.find(batch);
                               const QString test = q.value(1).toString();
                               if (it != out.m_batches.end() && it->awaited.contains(test) &&
                                   q.value(2).toString() == finalSample.value(batch).id)
                                   it->arrived.insert(test);
                           });
        !s)
        return s.error();
    return out;
}

QString BatchLocks::lockedBecause(const QString &batchNumber, const QString &testCode,
                                  bool newResult, const QString &sampleId) const
{
    const auto it = m_batches.constFind(batchNumber);
    const QString decision = it == m_batches.cend() ? QString() : it->decision();
    if (decision.isEmpty())
        return QString();
    // The awaited result of a conditional release is what the release waits for.
    if (decision == QLatin1StringView(kConditionallyReleased) && newResult && !testCode.isEmpty() &&
        it->awaited.contains(testCode) && sampleId == it->finalSample) {
        if (!it->arrived.contains(testCode))
            return QString();
        return tr("the result of %1 that the conditional release of batch %2 awaited has "
                  "arrived; a further one changes what was decided and needs change control")
            .arg(testCode, batchNumber);
    }
    if (decision != it->state)
        return tr("batch %1 is on hold after its decision (\"%2\"); its record and results "
                  "change only under change control, for a new review and decision")
            .arg(batchNumber, decision);
    return tr("batch %1 is decided (\"%2\"); its record and results change only under change "
              "control, which puts it on hold for a new review and decision")
        .arg(batchNumber, it->state);
}

Status BatchLocks::unchangedSince(QSqlDatabase db, const QSet<QString> &batches) const
{
    if (batches.isEmpty())
        return {};
    Result<BatchLocks> now = read(db);
    if (!now)
        return now.error();
    QStringList changed;
    for (const QString &b : batches) {
        const auto then = m_batches.constFind(b);
        const auto later = now->m_batches.constFind(b);
        const bool same = then == m_batches.cend()
                              ? later == now->m_batches.cend()
                              : later != now->m_batches.cend() && *then == *later;
        if (!same)
            changed << b;
    }
    if (changed.isEmpty())
        return {};
    std::sort(changed.begin(), changed.end());
    const QString which = changed.constFirst();
    return Error(ErrorCode::StoreBusy,
                 tr("Batch %1 changed state (someone signed for it) while this change was checked; "
                    "nothing was written. Try again.")
                     .arg(which));
}

Status BatchLocks::checkChangeControl(const QString &changeControl)
{
    if (Status s = Text::typed(changeControl.trimmed(), false, tr("The change control %1.")); !s)
        return s;
    const QString text = changeControl.trimmed();
    const qsizetype colon = text.indexOf(u':');
    const QString reference = colon < 0 ? QString() : text.left(colon).trimmed();
    const QString reason = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    if (reference.isEmpty() || reason.isEmpty() ||
        std::any_of(reference.cbegin(), reference.cend(), [](QChar c) { return c.isSpace(); }))
        return Error(ErrorCode::InvalidInput,
                     tr("Change control must read \"REFERENCE: reason\", for example "
                        "\"CC-2026-014: viability repeated after a counter fault\"; got \"%1\".")
                         .arg(text));
    return {};
}

Status BatchLocks::afterChange(QSqlDatabase db, AuditTrail &trail, const QString &user,
                               const QMap<QString, QList<BatchChange>> &changes,
                               const QString &changeControl, QStringList *moved) const
{
    for (auto c = changes.cbegin(); c != changes.cend(); ++c) {
        const QString &batch = c.key();
        const auto it = m_batches.constFind(batch);
        if (it == m_batches.cend())
            continue; // awaiting QC approval: nothing signed yet
        const QString decision = it->decision();
        const bool decided = !decision.isEmpty();
        if (!decided && !isApproved(it->state))
            continue; // on hold before a decision: the person who lifts it decides where it goes
        const QList<BatchChange> &changed = c.value();
        // Each awaited result arrives once, in this write too.
        QSet<QString> arriving;
        QString twice;
        for (const BatchChange &x : changed) {
            if (x.newResult && !x.testCode.isEmpty() &&
                lockedBecause(batch, x.testCode, true, x.sampleId).isEmpty()) {
                if (arriving.contains(x.testCode))
                    twice = x.testCode;
                arriving.insert(x.testCode);
            }
        }
        if (decided && twice.isEmpty() &&
            std::all_of(changed.cbegin(), changed.cend(), [&](const BatchChange &x) {
                return lockedBecause(batch, x.testCode, x.newResult, x.sampleId).isEmpty();
            }))
            continue; // only the results a conditional release awaits arrived
        if (decided && changeControl.trimmed().isEmpty())
            return Error(ErrorCode::ChangeControlNeeded,
                         tr("Nothing was written: %1.")
                             .arg(twice.isEmpty()
                                      ? lockedBecause(batch)
                                      : tr("more than one result of %1, which the conditional "
                                           "release of batch %2 awaits, came at once; one is "
                                           "its result, and the others need change control")
                                            .arg(twice, batch)));
        if (decided)
            if (Status s = checkChangeControl(changeControl); !s)
                return s;
        const QString to =
            decided ? QString::fromLatin1(kOnHold) : QString::fromLatin1(kAwaitingQcApproval);
        Result<qint64> seq = trail.nextSeq(user);
        if (!seq)
            return seq.error();
        QSqlQuery q(db);
        q.prepare(u"INSERT OR REPLACE INTO batch_states (batch_number, state, held_from, "
                  "changed_at, signature_id, hold_seq) VALUES (?, ?, ?, ?, "
                  "(SELECT signature_id FROM batch_states WHERE batch_number = ?), ?)"_s);
        q.addBindValue(batch);
        q.addBindValue(to);
        q.addBindValue(decided ? QVariant(decision) : QVariant(QString()));
        q.addBindValue(toStoredTime(Clock::instance().nowUtc()));
        q.addBindValue(batch);
        q.addBindValue(seq.value());
        if (!q.exec())
            return Store::errorFrom(tr("Cannot record the state of batch %1").arg(batch),
                                    q.lastError());
        AuditEntry e;
        e.action = QString::fromLatin1(decided ? audit::kHeldForChange : audit::kReturnedByChange);
        e.entityType = u"batch"_s;
        e.entityId = batch;
        e.field = u"state"_s;
        e.oldValue = it->state;
        e.newValue = to;
        QStringList parts;
        for (const BatchChange &x : changed)
            parts << x.what;
        e.reason = decided ? tr("change control %1; changed: %2")
                                 .arg(changeControl.trimmed(), parts.join(u"; "_s))
                           : tr("changed after QC approval: %1").arg(parts.join(u"; "_s));
        Result<AuditEvent> r = trail.append(user, e, {{RecordBindings::Kind::BatchState, batch}});
        if (!r)
            return r.error();
        if (r->seq != seq.value())
            return Error(ErrorCode::Failed, tr("The state of batch %1 was not recorded where "
                                               "expected; nothing was changed.")
                                                .arg(batch));
        if (moved)
            *moved << batch;
    }
    return {};
}

} // namespace rd
