// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/resetpassworddialog.h"

#include "accounts/accountservice.h"
#include "security/passwordpolicy.h"
#include "session/session.h"
#include "ui/background.h"
#include "ui/formwidgets.h"
#include "ui/passwordfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

ResetPasswordDialog::ResetPasswordDialog(Session &session, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_userName(userName)
{
    setObjectName(u"resetPasswordDialog"_s);
    setWindowTitle(tr("Reset the password of %1").arg(userName));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    setModal(true);
    auto *intro = new QLabel(tr("Set a temporary password for %1 and give it to them in person. "
                                "They must change it at the next login. A lockout is lifted, and "
                                "the account gets a new signing key.")
                                 .arg(userName),
                             this);
    intro->setWordWrap(true);
    m_password = new PasswordField(this);
    m_password->setObjectName(u"temporaryPassword"_s);
    m_repeat = new PasswordField(this);
    m_repeat->setObjectName(u"repeatPassword"_s);
    auto *form = new QFormLayout();
    form->addRow(tr("&Temporary password:"), m_password);
    form->addRow(tr("R&epeat it:"), m_repeat);
    auto *rules = new QLabel(PasswordPolicy::rulesText(), this);
    rules->setWordWrap(true);
    m_message = new FormMessage(u"resetPasswordMessage"_s, this);
    m_busy = new BusyBar(this);
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Reset password"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"resetPasswordButton"_s);
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(rules);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::reset);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    m_password->setFocus();
}

QString ResetPasswordDialog::message() const
{
    return m_message->message();
}

void ResetPasswordDialog::setBusy(bool busy)
{
    m_working = busy;
    m_busy->setVisible(busy);
    m_ok->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
}

void ResetPasswordDialog::reset()
{
    if (m_working)
        return;
    if (m_password->text() != m_repeat->text()) {
        m_message->showMessage(tr("The temporary password and its repetition differ."));
        m_repeat->wipeText();
        m_repeat->setFocus();
        return;
    }
    auto password = std::make_shared<SecureBytes>(m_password->takePassword());
    m_repeat->wipeText();
    m_message->clearMessage();
    setBusy(true);
    Session *session = &m_session;
    const QString userName = m_userName;
    Background::run<Status>(
        this,
        [session, userName, password]() {
            const ThreadConnection connection(session->store());
            return AccountService(*session).resetPassword(userName, *password);
        },
        [this](Status status) {
            setBusy(false);
            if (status) {
                accept();
                return;
            }
            m_message->showMessage(status.error().message());
            m_password->setFocus();
        });
}

} // namespace rd::ui
