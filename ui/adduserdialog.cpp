// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/adduserdialog.h"

#include "accounts/accountservice.h"
#include "security/passwordpolicy.h"
#include "session/session.h"
#include "ui/background.h"
#include "ui/formwidgets.h"
#include "ui/passwordfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

AddUserDialog::AddUserDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"addUserDialog"_s);
    setWindowTitle(tr("Add an account"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    setModal(true);

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(u"newUserName"_s);
    m_userName->setPlaceholderText(tr("e.g. j.devries"));
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(u"newFullName"_s);
    m_fullName->setPlaceholderText(tr("as printed with signatures"));
    m_personId = new QLineEdit(this);
    m_personId->setObjectName(u"newPersonId"_s);
    m_personId->setPlaceholderText(tr("employee number, unique to the person"));
    m_samePerson = new QCheckBox(tr("This person already has an account: &link it to them"), this);
    m_samePerson->setObjectName(u"newSamePerson"_s);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"newRole"_s);
    for (Role r : Roles::all())
        m_role->addItem(Roles::displayName(r), Roles::id(r));
    m_role->setCurrentIndex(m_role->findData(Roles::id(Role::Viewer)));
    m_password = new PasswordField(this);
    m_password->setObjectName(u"newPassword"_s);
    m_repeat = new PasswordField(this);
    m_repeat->setObjectName(u"repeatPassword"_s);

    auto *form = new QFormLayout();
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Person identifier:"), m_personId);
    form->addRow(QString(), m_samePerson);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Initial password:"), m_password);
    form->addRow(tr("R&epeat it:"), m_repeat);
    auto *rules = new QLabel(PasswordPolicy::rulesText() + u' ' +
                                 tr("The user must change it at the first login."),
                             this);
    rules->setWordWrap(true);

    m_message = new FormMessage(u"addUserMessage"_s, this);
    m_busy = new BusyBar(this);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Add account"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"addUserButton"_s);
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    // The dialog grows when a message appears instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addWidget(rules);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    m_userName->setFocus();
}

QString AddUserDialog::message() const
{
    return m_message->message();
}

void AddUserDialog::setBusy(bool busy)
{
    m_working = busy;
    m_busy->setVisible(busy);
    m_ok->setEnabled(!busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_userName, m_fullName, m_personId,
                                                       m_samePerson, m_role, m_password, m_repeat})
        w->setEnabled(!busy);
}

void AddUserDialog::add()
{
    if (m_working)
        return;
    if (m_password->text() != m_repeat->text()) {
        m_message->showMessage(tr("The initial password and its repetition differ."));
        m_repeat->wipeText();
        m_repeat->setFocus();
        return;
    }
    AccountService::NewAccount account;
    account.userName = m_userName->text();
    account.fullName = m_fullName->text();
    account.personId = m_personId->text();
    account.samePerson = m_samePerson->isChecked();
    account.role = Roles::fromId(m_role->currentData().toString()).value_or(Role::Viewer);
    auto password = std::make_shared<SecureBytes>(m_password->takePassword());
    m_repeat->wipeText();
    m_message->clearMessage();
    setBusy(true);
    Session *session = &m_session;
    Background::run<Result<Account>>(
        this,
        [session, account, password]() {
            const ThreadConnection connection(session->store());
            return AccountService(*session).add(account, *password);
        },
        [this](Result<Account> added) {
            setBusy(false);
            if (added) {
                m_added = added->userName;
                accept();
                return;
            }
            m_message->showMessage(added.error().message());
            adjustSize(); // room for the message, fields at their height
            if (added.error().code() == ErrorCode::PasswordRejected)
                m_password->setFocus();
            else if (added.error().code() == ErrorCode::PersonMatches)
                m_samePerson->setFocus();
            else
                m_userName->setFocus();
        });
}

} // namespace rd::ui
