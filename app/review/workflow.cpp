// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/workflow.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

struct StateInfo
{
    BatchState state;
    const char *id;
};

constexpr StateInfo kStates[] = {
    {BatchState::AwaitingQcApproval, "awaiting_qc_approval"},
    {BatchState::AwaitingReview, "awaiting_review"},
    {BatchState::InReview, "in_review"},
    {BatchState::Reviewed, "reviewed"},
    {BatchState::Released, "released"},
    {BatchState::ConditionallyReleased, "conditionally_released"},
    {BatchState::ExceptionallyReleased, "exceptionally_released"},
    {BatchState::Rejected, "rejected"},
    {BatchState::OnHold, "on_hold"},
};

struct MeaningInfo
{
    Meaning meaning;
    const char *id;
};

constexpr MeaningInfo kMeanings[] = {
    {Meaning::QcApproved, "qc-approved"},
    {Meaning::Reviewed, "reviewed"},
    {Meaning::Released, "released"},
    {Meaning::ConditionallyReleased, "conditionally-released"},
    {Meaning::ExceptionallyReleased, "exceptionally-released"},
    {Meaning::Rejected, "rejected"},
    {Meaning::OnHold, "on-hold"},
    {Meaning::HoldLifted, "hold-lifted"},
};

} // namespace

QList<BatchState> Workflow::states()
{
    QList<BatchState> out;
    for (const StateInfo &s : kStates)
        out << s.state;
    return out;
}

QString Workflow::id(BatchState state)
{
    for (const StateInfo &s : kStates) {
        if (s.state == state)
            return QString::fromLatin1(s.id);
    }
    return QString();
}

std::optional<BatchState> Workflow::stateFromId(const QString &id)
{
    for (const StateInfo &s : kStates) {
        if (id == QLatin1StringView(s.id))
            return s.state;
    }
    return std::nullopt;
}

QString Workflow::displayName(BatchState state)
{
    switch (state) {
    case BatchState::AwaitingQcApproval:
        return tr("Awaiting QC approval");
    case BatchState::AwaitingReview:
        return tr("Awaiting review");
    case BatchState::InReview:
        return tr("In review");
    case BatchState::Reviewed:
        return tr("Reviewed");
    case BatchState::Released:
        return tr("Released");
    case BatchState::ConditionallyReleased:
        return tr("Conditionally released");
    case BatchState::ExceptionallyReleased:
        return tr("Exceptional release (out of specification)");
    case BatchState::Rejected:
        return tr("Rejected");
    case BatchState::OnHold:
        return tr("On hold");
    }
    return QString();
}

QList<Meaning> Workflow::meanings()
{
    QList<Meaning> out;
    for (const MeaningInfo &m : kMeanings)
        out << m.meaning;
    return out;
}

QString Workflow::id(Meaning meaning)
{
    for (const MeaningInfo &m : kMeanings) {
        if (m.meaning == meaning)
            return QString::fromLatin1(m.id);
    }
    return QString();
}

std::optional<Meaning> Workflow::meaningFromId(const QString &id)
{
    for (const MeaningInfo &m : kMeanings) {
        if (id == QLatin1StringView(m.id))
            return m.meaning;
    }
    return std::nullopt;
}

QString Workflow::meaningIdsText()
{
    QStringList ids;
    for (const MeaningInfo &m : kMeanings)
        ids << QString::fromLatin1(m.id);
    return ids.join(u", "_s);
}

QString Workflow::displayName(Meaning meaning)
{
    switch (meaning) {
    case Meaning::QcApproved:
        return tr("QC results approved");
    case Meaning::Reviewed:
        return tr("Reviewed");
    case Meaning::Released:
        return tr("Released");
    case Meaning::ConditionallyReleased:
        return tr("Conditionally released");
    case Meaning::ExceptionallyReleased:
        return tr("Exceptional release of out-of-specification product");
    case Meaning::Rejected:
        return tr("Rejected");
    case Meaning::OnHold:
        return tr("Put on hold");
    case Meaning::HoldLifted:
        return tr("Hold lifted");
    }
    return QString();
}

QString Workflow::declaration(Meaning meaning)
{
    switch (meaning) {
    case Meaning::QcApproved:
        return tr("I approve the QC results of this batch: they are complete as recorded, "
                  "attributable and were obtained with the stated methods and instruments.");
    case Meaning::Reviewed:
        return tr("I have reviewed the batch record and its QC results, and I have recorded a "
                  "disposition for every exception.");
    case Meaning::Released:
        return tr("I certify that this batch was manufactured and tested in accordance with GMP "
                  "and its marketing or trial authorisation, and release it for the patient.");
    case Meaning::ConditionallyReleased:
        return tr("I release this batch before every test is complete. The tests still pending "
                  "are named below; their results will be assessed when they arrive.");
    case Meaning::ExceptionallyReleased:
        return tr("I release this batch although it does not meet its specification, at the "
                  "written request of the treating physician and on the risk evaluation "
                  "recorded below.");
    case Meaning::Rejected:
        return tr("I reject this batch: it must not be administered.");
    case Meaning::OnHold:
        return tr("I put this batch on hold: no decision may be taken on it until the hold is "
                  "lifted.");
    case Meaning::HoldLifted:
        return tr("I lift the hold on this batch; its review continues.");
    }
    return QString();
}

QList<Role> Workflow::signingRoles(Meaning meaning)
{
    switch (meaning) {
    case Meaning::QcApproved:
        return {Role::QcAnalyst};
    case Meaning::Reviewed:
        return {Role::QaReviewer};
    case Meaning::Released:
    case Meaning::ConditionallyReleased:
    case Meaning::ExceptionallyReleased:
    case Meaning::Rejected:
        return {Role::ReleaseAuthority};
    case Meaning::OnHold:
    case Meaning::HoldLifted:
        return {Role::QaReviewer, Role::ReleaseAuthority};
    }
    return {};
}

bool Workflow::needsReason(Meaning meaning)
{
    return meaning == Meaning::OnHold || meaning == Meaning::HoldLifted ||
           meaning == Meaning::Rejected;
}

bool Workflow::isReleaseDecision(Meaning meaning)
{
    return meaning == Meaning::Released || meaning == Meaning::ConditionallyReleased ||
           meaning == Meaning::ExceptionallyReleased || meaning == Meaning::Rejected;
}

bool Workflow::isFinal(BatchState state)
{
    return state == BatchState::Released || state == BatchState::ExceptionallyReleased ||
           state == BatchState::Rejected;
}

Result<BatchState> Workflow::next(BatchState from, Meaning meaning,
                                  std::optional<BatchState> heldFrom)
{
    const auto refuse = [&](const QString &why) -> Result<BatchState> {
        return Error(ErrorCode::Forbidden,
                     tr("\"%1\" cannot be signed while the batch is \"%2\": %3")
                         .arg(displayName(meaning), displayName(from), why));
    };
    if (isFinal(from))
        return refuse(tr("the decision on it is final."));
    switch (meaning) {
    case Meaning::QcApproved:
        if (from == BatchState::AwaitingQcApproval)
            return BatchState::AwaitingReview;
        return refuse(tr("its QC results have already been approved."));
    case Meaning::Reviewed:
        if (from == BatchState::AwaitingReview || from == BatchState::InReview)
            return BatchState::Reviewed;
        if (from == BatchState::AwaitingQcApproval)
            return refuse(tr("its QC results must be approved first."));
        if (from == BatchState::OnHold)
            return refuse(tr("the hold must be lifted first."));
        return refuse(tr("it has already been reviewed."));
    case Meaning::Released:
        if (from == BatchState::Reviewed || from == BatchState::ConditionallyReleased)
            return BatchState::Released;
        break;
    case Meaning::ConditionallyReleased:
        if (from == BatchState::Reviewed)
            return BatchState::ConditionallyReleased;
        break;
    case Meaning::ExceptionallyReleased:
        if (from == BatchState::Reviewed)
            return BatchState::ExceptionallyReleased;
        break;
    case Meaning::Rejected:
        if (from == BatchState::Reviewed || from == BatchState::ConditionallyReleased ||
            from == BatchState::OnHold)
            return BatchState::Rejected;
        break;
    case Meaning::OnHold:
        if (from == BatchState::OnHold)
            return refuse(tr("it is already on hold."));
        return BatchState::OnHold;
    case Meaning::HoldLifted:
        if (from != BatchState::OnHold)
            return refuse(tr("it is not on hold."));
        return heldFrom.value_or(BatchState::AwaitingReview);
    }
    // A release decision before the review is complete.
    if (from == BatchState::OnHold)
        return refuse(tr("the hold must be lifted first."));
    if (from == BatchState::ConditionallyReleased)
        return refuse(tr("only the final release or a rejection can follow."));
    return refuse(tr("the batch must be reviewed first."));
}

} // namespace rd
