// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/role.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

// The states of a batch in review (docs/DESIGN.md section 8):
//   awaiting QC approval → awaiting review → in review → reviewed →
//   { released | conditionally released → released | exceptionally released | rejected | on hold }
enum class BatchState {
    AwaitingQcApproval,
    AwaitingReview,
    InReview,
    Reviewed,
    Released,
    ConditionallyReleased,
    ExceptionallyReleased, // out of specification, at the treating physician's request
    Rejected,
    OnHold,
};

// What a signature means (21 CFR 11.50(a)(3)). Each one moves a batch from one state to another.
enum class Meaning {
    QcApproved,
    Reviewed,
    Released,
    ConditionallyReleased,
    ExceptionallyReleased,
    Rejected,
    OnHold,
    HoldLifted,
};

// The rules of the state machine, without the store: which meaning may be signed in which
// state, by which role, and where it leads. The review service adds the rules that need the
// record (separation of duties, exceptions, dispositions).
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(rd::Workflow)

public:
    static QList<BatchState> states();
    static QString id(BatchState state); // stored and used on the command line
    static std::optional<BatchState> stateFromId(const QString &id);
    static QString displayName(BatchState state);

    static QList<Meaning> meanings();
    static QString id(Meaning meaning); // "qc-approved", "conditionally-released", ...
    static std::optional<Meaning> meaningFromId(const QString &id);
    static QString meaningIdsText();
    // As a signature manifestation shows it: "QC results approved".
    static QString displayName(Meaning meaning);
    // What the signer declares, in full words, shown before the password is asked.
    static QString declaration(Meaning meaning);

    static QList<Role> signingRoles(Meaning meaning);
    // On hold, lifting a hold and rejection must say why.
    static bool needsReason(Meaning meaning);
    static bool isReleaseDecision(Meaning meaning);
    static bool isFinal(BatchState state);

    // Where `meaning` leads from `from`, or why it may not be signed there. Lifting a hold
    // returns to `heldFrom`; the service may send the batch further back when the record
    // changed while it was held.
    static Result<BatchState> next(BatchState from, Meaning meaning,
                                   std::optional<BatchState> heldFrom = std::nullopt);
};

} // namespace rd
