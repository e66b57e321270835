// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signdialog.h"

#include "session/session.h"
#include "ui/accessibility.h"
#include "ui/background.h"
#include "ui/formwidgets.h"
#include "ui/passwordfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

SignDialog::SignDialog(Session &session, const BatchReview &review, Meaning meaning,
                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_batch(review.batchNumber)
    , m_meaning(meaning)
{
    setObjectName(u"signDialog"_s);
    setAccessibleName(tr("Electronic signature"));
    setWindowTitle(tr("Sign: %1").arg(Workflow::displayName(meaning)));
    setMinimumWidth(560);

    const Account me = session.user();
    auto *meaningLabel = new QLabel(this);
    meaningLabel->setObjectName(u"signMeaning"_s);
    QFont big = meaningLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    meaningLabel->setFont(big);
    meaningLabel->setText(Workflow::displayName(meaning));
    auto *declaration = new QLabel(Workflow::declaration(meaning), this);
    declaration->setObjectName(u"signDeclaration"_s);
    declaration->setWordWrap(true);

    auto *what = new QLabel(this);
    what->setObjectName(u"signWhat"_s);
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList pending;
    for (const TestStanding &s : review.standings) {
        if (s.status == TestStanding::Status::Pending || s.status == TestStanding::Status::Missing)
            pending << s.test.code;
    }
    what->setText(tr("Batch %1 (%2), record version %3, now \"%4\".\nContent hash: %5\nSigned by "
                     "%6 (%7) as %8.%9")
                      .arg(review.batchNumber, review.productCode)
                      .arg(review.recordVersion)
                      .arg(Workflow::displayName(review.state),
                           QString::fromLatin1(review.contentHash.toHex()), me.fullName,
                           me.userName, Roles::displayName(me.role),
                           meaning == Meaning::ConditionallyReleased && !pending.isEmpty()
                               ? tr("\nStill pending: %1.").arg(pending.join(u", "_s))
                               : QString()));

    auto *form = new QFormLayout;
    if (meaning == Meaning::ExceptionallyReleased) {
        auto *warning = new QLabel(
            tr("⚠ This batch does NOT meet its specification. An exceptional release is made only "
               "at the treating physician's written request, on a recorded risk evaluation, and is "
               "stated on every screen and document of this batch."),
            this);
        warning->setObjectName(u"exceptionalWarning"_s);
        warning->setWordWrap(true);
        warning->setStyleSheet(u"QLabel { background: #b00020; color: white; font-weight: bold; "
                               "padding: 6px; }"_s);
        form->addRow(warning);
        m_physician = new QLineEdit(this);
        m_physician->setObjectName(u"physicianRequest"_s);
        m_physician->setAccessibleName(tr("Physician's request reference"));
        m_physician->setPlaceholderText(tr("e.g. letter of Dr. N. Visser, 2026-11-20"));
        form->addRow(tr("&Physician's request:"), m_physician);
        m_risk = new QPlainTextEdit(this);
        m_risk->setObjectName(u"riskEvaluation"_s);
        m_risk->setAccessibleName(tr("Risk evaluation"));
        m_risk->setTabChangesFocus(true);
        m_risk->setMaximumHeight(90);
        form->addRow(tr("&Risk evaluation:"), m_risk);
    }
    const QStringList outOfSpecification = ReviewService::outOfSpecificationTests(review);
    if (meaning == Meaning::QcApproved && !outOfSpecification.isEmpty()) {
        auto *oos = new QLabel(tr("Out of specification: %1. Name the OOS investigation that "
                                  "assessed it; it is signed with the approval.")
                                   .arg(outOfSpecification.join(u", "_s)),
                               this);
        oos->setObjectName(u"oosNote"_s);
        oos->setWordWrap(true);
        form->addRow(oos);
        m_investigation = new QLineEdit(this);
        m_investigation->setObjectName(u"oosInvestigation"_s);
        m_investigation->setAccessibleName(tr("OOS investigation reference"));
        m_investigation->setPlaceholderText(tr("e.g. OOS-2026-031"));
        form->addRow(tr("OOS &investigation:"), m_investigation);
    }
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(u"signComment"_s);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(70);
    form->addRow(Workflow::needsReason(meaning) ? tr("R&eason (required):") : tr("C&omment:"),
                 m_comment);
    m_password = new PasswordField(this);
    m_password->setObjectName(u"signPassword"_s);
    m_password->setAccessibleName(tr("Your password"));
    form->addRow(tr("Your pass&word:"), m_password);

    m_message = new FormMessage(u"signMessage"_s, this);
    m_busyBar = new BusyBar(this);
    m_busyBar->setObjectName(u"signBusy"_s);
    m_busyBar->setAccessibleName(tr("Signing"));
    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(u"signButtons"_s);
    m_buttons->setAccessibleName(tr("Sign or cancel"));
    QPushButton *signButton = m_buttons->addButton(tr("&Sign"), QDialogButtonBox::AcceptRole);
    signButton->setObjectName(u"signConfirm"_s);
    signButton->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"signCancel"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(meaningLabel);
    layout->addWidget(declaration);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_buttons);

    nameFieldLabels(this);
    m_message->setAccessibleName(tr("Message"));

    // Say at once when the core would refuse, before anyone types a password.
    if (const Status may = ReviewService::signableStatus(
            ReviewService(session).signable(review.batchNumber), meaning);
        !may) {
        m_message->showMessage(may.error().message());
        signButton->setEnabled(false);
    }
    (m_physician                      ? static_cast<QWidget *>(m_physician)
     : m_investigation                ? static_cast<QWidget *>(m_investigation)
     : Workflow::needsReason(meaning) ? static_cast<QWidget *>(m_comment)
                                      : static_cast<QWidget *>(m_password))
        ->setFocus();
}

SignRequest SignDialog::request() const
{
    SignRequest r;
    r.batchNumber = m_batch;
    r.meaning = m_meaning;
    r.comment = m_comment->toPlainText().trimmed();
    if (m_physician)
        r.physicianRequest = m_physician->text().trimmed();
    if (m_risk)
        r.riskEvaluation = m_risk->toPlainText().trimmed();
    if (m_investigation)
        r.investigation = m_investigation->text().trimmed();
    return r;
}

QString SignDialog::message() const
{
    return m_message->message();
}

void SignDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_buttons->setEnabled(!busy);
    m_comment->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

void SignDialog::accept()
{
    if (m_busy)
        return;
    const SignRequest r = request();
    if (Status may = ReviewService(m_session).maySign(r); !may) {
        m_message->showMessage(may.error().message());
        return;
    }
    if (m_password->text().isEmpty()) {
        m_message->showMessage(tr("Type your password to sign."));
        m_password->setFocus();
        return;
    }
    auto password = std::make_shared<SecureBytes>(m_password->takePassword());
    m_message->clearMessage();
    setBusy(true);
    Session *session = &m_session;
    Background::run<Result<ESignature>>(
        this,
        [session, r, password]() -> Result<ESignature> {
            const ThreadConnection connection(session->store());
            return ReviewService(*session).sign(r, *password);
        },
        [this](Result<ESignature> signature) {
            setBusy(false);
            if (!signature) {
                m_message->showMessage(signature.error().message());
                m_password->setFocus();
                return;
            }
            m_signature = signature.value();
            QDialog::accept();
        });
}

void SignDialog::reject()
{
    if (m_busy)
        return; // the signature is being written: let it finish
    m_password->wipeText();
    QDialog::reject();
}

} // namespace rd::ui
