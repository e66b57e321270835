// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/role.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rd {
class Session;
}

namespace rd::ui {

// Administrators' page: every account, active and disabled, with add, disable and reset.
// Accounts are never deleted, so there is no delete.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPage(Session &session, QWidget *parent = nullptr);

    void refresh();
    QString selectedUserName() const;
    void selectUser(const QString &userName);
    QString message() const;

    void addAccount();
    void disableSelected();
    void resetSelected();
    void confirmHandoverSelected();
    void statePersonOfSelected();

private:
    void updateButtons();
    void showMessage(const QString &text);

    Session &m_session;
    QList<Account> m_accounts;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_handover = nullptr;
    QPushButton *m_person = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace rd::ui
