// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/changepassworddialog.h"

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

ChangePasswordDialog::ChangePasswordDialog(Session &session, Reason reason, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"changePasswordDialog"_s);
    setWindowTitle(tr("Change password"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    setModal(true);
    const Account me = session.user();

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(reason == Reason::Required
                       ? tr("%1, you must choose a new password before going on: this is your "
                            "first login, or an administrator has reset your password.")
                             .arg(me.fullName)
                       : tr("Change the password of %1.").arg(me.userName));
    auto *rules = new QLabel(PasswordPolicy::rulesText(), this);
    rules->setWordWrap(true);
    rules->setObjectName(u"passwordRules"_s);

    m_current = new PasswordField(this);
    m_current->setObjectName(u"currentPassword"_s);
    m_new = new PasswordField(this);
    m_new->setObjectName(u"newPassword"_s);
    m_repeat = new PasswordField(this);
    m_repeat->setObjectName(u"repeatPassword"_s);
    auto *form = new QFormLayout();
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat the new password:"), m_repeat);

    m_message = new FormMessage(u"changePasswordMessage"_s, this);
    m_busy = new BusyBar(this);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Change password"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"changePasswordButton"_s);
    m_ok->setDefault(true);
    buttons->addButton(reason == Reason::Required ? tr("Close the &session") : tr("Cancel"),
                       QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(rules);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::change);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    for (PasswordField *f : {m_current, m_new, m_repeat})
        connect(f, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateButton);
    updateButton();
    m_current->setFocus();
}

QString ChangePasswordDialog::message() const
{
    return m_message->message();
}

void ChangePasswordDialog::updateButton()
{
    m_ok->setEnabled(!m_working && !m_current->text().isEmpty() && !m_new->text().isEmpty() &&
                     !m_repeat->text().isEmpty());
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_working = busy;
    m_busy->setVisible(busy);
    for (PasswordField *f : {m_current, m_new, m_repeat})
        f->setEnabled(!busy);
    updateButton();
}

void ChangePasswordDialog::change()
{
    if (m_working || !m_ok->isEnabled())
        return;
    if (m_new->text() != m_repeat->text()) {
        m_message->showMessage(tr("The new password and its repetition differ."));
        m_repeat->wipeText();
        m_repeat->setFocus();
        return;
    }
    auto current = std::make_shared<SecureBytes>(m_current->takePassword());
    auto fresh = std::make_shared<SecureBytes>(m_new->takePassword());
    m_repeat->wipeText();
    m_message->clearMessage();
    setBusy(true);
    Session *session = &m_session;
    Background::run<Status>(
        this,
        [session, current, fresh]() {
            const ThreadConnection connection(session->store());
            return AccountService(*session).changeOwnPassword(*current, *fresh);
        },
        [this](Status status) { finish(status); });
}

void ChangePasswordDialog::finish(const Status &status)
{
    setBusy(false);
    if (status) {
        accept();
        return;
    }
    m_message->showMessage(status.error().message());
    if (status.error().code() == ErrorCode::WrongCredentials)
        m_current->setFocus();
    else
        m_new->setFocus();
}

} // namespace rd::ui
