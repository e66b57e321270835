// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/specapprovaldialog.h"

#include "accounts/role.h"
#include "core/clock.h"
#include "review/specificationservice.h"
#include "session/session.h"
#include "ui/accessibility.h"
#include "ui/background.h"
#include "ui/formwidgets.h"
#include "ui/passwordfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace rd::ui {

SpecApprovalDialog::SpecApprovalDialog(Session &session, const Specification &spec, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_spec(spec)
{
    setObjectName(u"specApprovalDialog"_s);
    setAccessibleName(tr("Approve a specification"));
    setWindowTitle(tr("Approve specification %1 version %2").arg(spec.product.code, spec.version));
    setMinimumWidth(560);

    auto *title = new QLabel(tr("Specification approved"), this);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title->setFont(big);
    auto *declaration = new QLabel(
        tr("By signing I approve this version as the specification that batches of %1 made "
           "from the day it takes effect are judged against. I have compared it with the "
           "version it replaces.")
            .arg(spec.product.code),
        this);
    declaration->setObjectName(u"specDeclaration"_s);
    declaration->setWordWrap(true);

    const Account me = session.user();
    const QDateTime now = Clock::instance().nowUtc();
    const QDate effective = SpecificationService::takesEffect(spec, now);
    auto *what = new QLabel(this);
    what->setObjectName(u"specWhat"_s);
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString when = tr("It takes effect on %1.").arg(dateText(effective, TimeStyle::Screen));
    if (spec.effectiveFrom < effective)
        when = tr("It states %1, which has passed: it takes effect on %2, the day of approval, "
                  "and judges no batch made before.")
                   .arg(dateText(spec.effectiveFrom, TimeStyle::Screen),
                        dateText(effective, TimeStyle::Screen));
    what->setText(
        tr("%1 version %2 (%3), %4 tests, imported by %5.\n%6\nContent hash: %7\nSigned "
           "by %8 (%9) as %10.")
            .arg(spec.product.code, spec.version, spec.product.name)
            .arg(spec.tests.size())
            .arg(spec.importedBy, when,
                 QString::fromLatin1(
                     SpecificationService::contentHash(session.store().storeId(), spec).toHex()),
                 me.fullName, me.userName, Roles::displayName(me.role)));

    // What the reviewer compares: the changes from the version it replaces.
    auto *changes = new QLabel(this);
    changes->setObjectName(u"specChangesToApprove"_s);
    changes->setWordWrap(true);
    changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (Result<QList<Specification>> all =
            SpecificationService(session).versions(spec.product.code);
        all) {
        const Specification *before = SpecificationService::previous(all.value(), spec);
        const QStringList lines = SpecificationService::differences(before, spec);
        changes->setText(before ? tr("Changes from version %1:\n%2")
                                      .arg(before->version, lines.isEmpty()
                                                                ? tr("nothing but the version and "
                                                                     "dates")
                                                                : lines.join(u'\n'))
                                : tr("The first version of %1.").arg(spec.product.code));
    } else {
        changes->setText(all.error().message());
    }

    auto *form = new QFormLayout;
    m_password = new PasswordField(this);
    m_password->setObjectName(u"specPassword"_s);
    m_password->setAccessibleName(tr("Your password"));
    form->addRow(tr("Your pass&word:"), m_password);

    m_message = new FormMessage(u"specApprovalMessage"_s, this);
    m_busyBar = new BusyBar(this);
    m_busyBar->setObjectName(u"specApprovalBusy"_s);
    m_busyBar->setAccessibleName(tr("Signing"));
    m_buttons = new QDialogButtonBox(this);
    m_buttons->setAccessibleName(tr("Approve or cancel"));
    QPushButton *approve = m_buttons->addButton(tr("&Approve"), QDialogButtonBox::AcceptRole);
    approve->setObjectName(u"specApproveConfirm"_s);
    approve->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SpecApprovalDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SpecApprovalDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(declaration);
    layout->addWidget(what);
    layout->addWidget(changes);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_buttons);
    nameFieldLabels(this);
    m_message->setAccessibleName(tr("Message"));

    if (const Status may =
            SpecificationService(session).mayApprove(spec.product.code, spec.version);
        !may) {
        m_message->showMessage(may.error().message());
        approve->setEnabled(false);
    }
    m_password->setFocus();
}

QString SpecApprovalDialog::message() const
{
    return m_message->message();
}

void SpecApprovalDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_buttons->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

void SpecApprovalDialog::accept()
{
    if (m_busy)
        return;
    if (Status may =
            SpecificationService(m_session).mayApprove(m_spec.product.code, m_spec.version);
        !may) {
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
    const QString product = m_spec.product.code;
    const QString version = m_spec.version;
    Background::run<Result<Specification>>(
        this,
        [session, product, version, password]() -> Result<Specification> {
            const ThreadConnection connection(session->store());
            return SpecificationService(*session).approve(product, version, *password);
        },
        [this](Result<Specification> approved) {
            setBusy(false);
            if (!approved) {
                m_message->showMessage(approved.error().message());
                m_password->setFocus();
                return;
            }
            m_approved = approved.value();
            QDialog::accept();
        });
}

void SpecApprovalDialog::reject()
{
    if (m_busy)
        return;
    m_password->wipeText();
    QDialog::reject();
}

} // namespace rd::ui
