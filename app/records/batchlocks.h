// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace rd {

class AuditTrail;

// One change a write makes to a batch.
struct BatchChange
{
    QString testCode;       // empty for the record itself
    bool newResult = false; // a result under a key the batch has not had
    QString what;           // for the audit trail: "VIAB of sample S1, 55 %, assigned"
    QString sampleId = {};  // the sample of a result
};

// What a change to a batch's record or results meets once people have signed for the batch
// (docs/DESIGN.md section 8, "Decided batches are locked"):
//
// - A batch with a decision (released, conditionally, exceptionally released, rejected) is
//   locked: a changed record, a new, superseding or invalidating result is refused, except the
//   first result, measured after it, of a test still awaited at a conditional release. A hold
//   signed after a decision keeps the lock. Made under change control
//   (a reference and reason), the change is written and the batch goes on hold with the
//   change named; the person who lifts the hold sends it back for QC approval or review, and
//   review and decision are signed again.
// - A batch approved or in review but not yet decided returns to "awaiting QC approval" by the
//   change itself: the signatures made so far no longer cover what is there.
//
// Every importer and the inbox ask the same object, inside the transaction that writes. The
// state change is recorded by an audit event that batch_states.hold_seq names, the way a hold
// after a rollback is (ESignatures::verifyAll accepts exactly these).
class BatchLocks
{
    Q_DECLARE_TR_FUNCTIONS(rd::BatchLocks)

public:
    // The states of review/workflow.h as stored (Workflow::id); pinned by tst_review.
    static constexpr char kAwaitingQcApproval[] = "awaiting_qc_approval";
    static constexpr char kOnHold[] = "on_hold";

    static Result<BatchLocks> read(QSqlDatabase db);
    // Read again inside the caller's write transaction, after its writes: refuses when the
    // state of one of `batches` (those the write touched), or the tests a conditional release
    // of it left awaited, changed since read(), as when another workstation signed while the
    // change was being checked, so that nothing is written that was judged against states
    // that are gone.
    Status unchangedSince(QSqlDatabase db, const QSet<QString> &batches) const;

    // Whether the stored state `state` is a decision that locks the batch.
    static bool isDecided(const QString &state);

    // Whether the batch has a state beyond "awaiting QC approval": someone signed for it.
    bool signedFor(const QString &batchNumber) const { return m_batches.contains(batchNumber); }

    // Why this change to `batchNumber` needs change control; empty when it may be made as it
    // is. `testCode` is empty for a change of the record itself; `newResult` is a result under
    // a key the batch has not had (not a new version of a stored one), on `sampleId`.
    QString lockedBecause(const QString &batchNumber, const QString &testCode = QString(),
                          bool newResult = false, const QString &sampleId = QString()) const;

    // Whether `changeControl` reads "REFERENCE: reason", both parts present, the reference
    // one word (as change-control systems number their records); the error says what is wrong.
    static Status checkChangeControl(const QString &changeControl);

    // Records what the changes written in the caller's open transaction do to each batch:
    // decided batches go on hold under `changeControl`, approved ones return to QC approval.
    // `changes` maps each changed batch to what changed in it. The names of the batches whose
    // state changed are appended to `moved`.
    Status afterChange(QSqlDatabase db, AuditTrail &trail, const QString &user,
                       const QMap<QString, QList<BatchChange>> &changes,
                       const QString &changeControl, QStringList *moved = nullptr) const;

private:
    struct Standing
    {
        QString state;
        QSet<QString> awaited; // tests still pending at the latest conditional release
        QString heldFrom = {}; // the state a batch on hold was held from
        // Awaited tests whose result has arrived since the conditional release: a further
        // result of one is a change. Not part of the comparison, since a write may be that
        // arrival itself.
        QSet<QString> arrived = {};
        // The final-product sample of a conditionally released batch: only there does an
        // awaited result arrive.
        QString finalSample = {};
        bool operator==(const Standing &o) const
        {
            return state == o.state && awaited == o.awaited && heldFrom == o.heldFrom;
        }
        // The decision the batch stands on: its state, or, on hold, the decided state it was
        // held from (a hold signed after a decision keeps the lock); empty when undecided.
        QString decision() const;
    };
    QHash<QString, Standing> m_batches; // batches with a recorded state
};

} // namespace rd
