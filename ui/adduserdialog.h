// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace rd {
class Session;
}

namespace rd::ui {

class BusyBar;
class FormMessage;
class PasswordField;

// New account: user name, full name (printed with every signature), role and an initial
// password the user must change at the first login. The core checks everything; this dialog
// shows what it says.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(Session &session, QWidget *parent = nullptr);

    QString message() const;
    QString addedUserName() const { return m_added; }

private:
    void add();
    void setBusy(bool busy);

    Session &m_session;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_personId = nullptr;
    QCheckBox *m_samePerson = nullptr;
    QComboBox *m_role = nullptr;
    PasswordField *m_password = nullptr;
    PasswordField *m_repeat = nullptr;
    FormMessage *m_message = nullptr;
    BusyBar *m_busy = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_added;
    bool m_working = false;
};

} // namespace rd::ui
