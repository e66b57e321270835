// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accountspage.h"

#include "accounts/accountservice.h"
#include "core/clock.h"
#include "session/session.h"
#include "ui/adduserdialog.h"
#include "ui/dialogs.h"
#include "ui/resetpassworddialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

AccountsPage::AccountsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"accountsPage"_s);
    setAccessibleName(tr("Accounts"));
    auto *title = new QLabel(tr("<h2>Accounts</h2>"), this);
    title->setObjectName(u"accountsTitle"_s);
    auto *note = new QLabel(tr("Accounts are disabled, never deleted, and user names are never "
                               "reused, so that every record keeps naming the person who made "
                               "it."),
                            this);
    note->setObjectName(u"accountsNote"_s);
    note->setWordWrap(true);

    m_table = new QTableWidget(0, 7, this);
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setObjectName(u"accountsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("Person"), tr("Role"),
                                        tr("Status"), tr("Last login"), tr("Created")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_add = new QPushButton(tr("&Add account…"), this);
    m_add->setObjectName(u"addAccountButton"_s);
    m_disable = new QPushButton(tr("&Disable…"), this);
    m_disable->setObjectName(u"disableAccountButton"_s);
    m_reset = new QPushButton(tr("&Reset password…"), this);
    m_reset->setObjectName(u"resetPasswordButton"_s);
    m_handover = new QPushButton(tr("Confirm &hand-over…"), this);
    m_handover->setObjectName(u"confirmHandoverButton"_s);
    m_handover->setToolTip(tr("After another administrator reset this account's password: "
                              "confirm that its person received it, so that its key may sign."));
    m_person = new QPushButton(tr("State &person…"), this);
    m_person->setObjectName(u"statePersonButton"_s);
    m_person->setToolTip(tr("For an account made before person identifiers: state the person it "
                            "belongs to (an employee number), once."));
    auto *buttons = new QHBoxLayout();
    buttons->addWidget(m_add);
    buttons->addWidget(m_disable);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_handover);
    buttons->addWidget(m_person);
    buttons->addStretch();

    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Message"));
    m_message->setObjectName(u"accountsMessage"_s);
    m_message->setWordWrap(true);
    if (const Status may = AccountService(m_session).canManage(); !may)
        note->setText(note->text() + u' ' + tr("Only an administrator can change them."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_disable, &QPushButton::clicked, this, &AccountsPage::disableSelected);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPage::resetSelected);
    connect(m_handover, &QPushButton::clicked, this, &AccountsPage::confirmHandoverSelected);
    connect(m_person, &QPushButton::clicked, this, &AccountsPage::statePersonOfSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsPage::updateButtons);
    refresh();
}

void AccountsPage::refresh()
{
    const QString selected = selectedUserName();
    const Result<QList<Account>> accounts = AccountService(m_session).list();
    m_table->setRowCount(0);
    if (!accounts) {
        m_accounts.clear();
        showMessage(accounts.error().message());
        updateButtons();
        return;
    }
    m_accounts = accounts.value();
    m_table->setRowCount(static_cast<int>(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const Account &a = m_accounts.at(row);
        QString status;
        if (!a.active)
            status = tr("Disabled %1 by %2: %3")
                         .arg(toLocalDisplay(a.disabledAt), a.disabledBy, a.disabledReason);
        else if (a.mustChangePassword)
            status = tr("Active, must change password");
        else
            status = tr("Active");
        if (a.active && a.handoverPending)
            status += tr("; hand-over to confirm before it signs");
        const QStringList cells = {
            a.userName,
            a.fullName,
            a.personId.isEmpty() ? tr("not stated") : a.personId,
            Roles::displayName(a.role),
            status,
            a.lastLogin.isValid() ? toLocalDisplay(a.lastLogin) : tr("never"),
            tr("%1 by %2").arg(toLocalDisplay(a.created), a.createdBy),
        };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (!a.active) {
                QFont f = item->font();
                f.setItalic(true);
                item->setFont(f);
            }
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectUser(selected);
    updateButtons();
}

QString AccountsPage::selectedUserName() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    const int row = items.first()->row();
    return row < m_accounts.size() ? m_accounts.at(row).userName : QString();
}

void AccountsPage::selectUser(const QString &userName)
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).userName == userName) {
            m_table->selectRow(row);
            return;
        }
    }
}

QString AccountsPage::message() const
{
    return m_message->text();
}

void AccountsPage::showMessage(const QString &text)
{
    m_message->setText(text);
}

void AccountsPage::updateButtons()
{
    const QString selected = selectedUserName();
    bool active = false;
    bool pending = false;
    bool stated = true;
    for (const Account &a : std::as_const(m_accounts)) {
        if (a.userName == selected) {
            active = a.active;
            pending = a.handoverPending;
            stated = !a.personId.isEmpty();
        }
    }
    const bool mine = selected == m_session.user().userName;
    const bool mayManage = AccountService(m_session).canManage().ok();
    m_add->setEnabled(mayManage);
    m_disable->setEnabled(mayManage && active && !mine);
    m_reset->setEnabled(mayManage && active && !mine);
    m_handover->setEnabled(mayManage && active && pending && !mine);
    m_person->setEnabled(mayManage && !selected.isEmpty() && !stated);
}

void AccountsPage::statePersonOfSelected()
{
    const QString user = selectedUserName();
    if (user.isEmpty())
        return;
    const std::optional<QString> id =
        Dialogs::text(this, tr("State the person of %1").arg(user),
                      tr("The employee number or other identifier unique to the person of %1. "
                         "It is stated once and recorded in the audit trail.")
                          .arg(user));
    if (!id)
        return;
    AccountService accounts(m_session);
    Status done = accounts.statePerson(user, *id, false);
    if (!done && done.error().code() == ErrorCode::PersonMatches &&
        Dialogs::question(this, tr("State the person of %1").arg(user),
                          tr("%1\n\nIs %2 that person? Yes links the two accounts: they are one "
                             "person to every separation-of-duties rule.")
                              .arg(done.error().message(), user),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
        done = accounts.statePerson(user, *id, true);
    if (!done) {
        showMessage(done.error().message());
        return;
    }
    refresh();
    selectUser(user);
    QString stated = id->trimmed();
    for (const Account &a : std::as_const(m_accounts)) {
        if (a.userName == user)
            stated = a.personId; // as recorded (normalised, or the linked person's)
    }
    showMessage(tr("%1 belongs to the person %2.").arg(user, stated));
}

void AccountsPage::confirmHandoverSelected()
{
    const QString user = selectedUserName();
    if (user.isEmpty())
        return;
    if (Dialogs::question(this, tr("Confirm hand-over to %1").arg(user),
                          tr("Has the person of %1 received the account in person, and changed "
                             "its temporary password themselves? Confirm only then: from now "
                             "on its key signs for them.")
                              .arg(user),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Status done = AccountService(m_session).confirmHandover(user);
    if (!done) {
        showMessage(done.error().message());
        return;
    }
    refresh();
    showMessage(tr("Confirmed the hand-over to %1; its key may sign.").arg(user));
}

void AccountsPage::addAccount()
{
    AddUserDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectUser(dialog.addedUserName());
    showMessage(tr("Added %1; the initial password must be changed at the first login.")
                    .arg(dialog.addedUserName()));
}

void AccountsPage::disableSelected()
{
    const QString user = selectedUserName();
    if (user.isEmpty())
        return;
    const std::optional<QString> reason =
        Dialogs::text(this, tr("Disable %1").arg(user),
                      tr("Why is %1 being disabled? (recorded in the audit trail)").arg(user));
    if (!reason)
        return;
    if (Dialogs::question(this, tr("Disable %1").arg(user),
                          tr("Disable %1? The account stays in the records but can no longer "
                             "sign in. This cannot be undone; a new account would need a new "
                             "user name.")
                              .arg(user),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Status done = AccountService(m_session).disable(user, *reason);
    if (!done) {
        showMessage(done.error().message());
        return;
    }
    refresh();
    const QStringList warnings = m_session.warnings();
    showMessage(warnings.isEmpty() ? tr("Disabled %1.").arg(user)
                                   : tr("Disabled %1. %2").arg(user, warnings.constLast()));
}

void AccountsPage::resetSelected()
{
    const QString user = selectedUserName();
    if (user.isEmpty())
        return;
    ResetPasswordDialog dialog(m_session, user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    showMessage(tr("Reset the password of %1; it must be changed at the next login, and its key "
                   "signs once another administrator confirms the hand-over.")
                    .arg(user));
}

} // namespace rd::ui
