// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rd {
class Session;
}

namespace rd::ui {

class BusyBar;
class FormMessage;
class PasswordField;

// An administrator sets a temporary password for someone who forgot theirs (or is locked out);
// that user must change it at the next login.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(Session &session, const QString &userName, QWidget *parent = nullptr);

    QString message() const;

private:
    void reset();
    void setBusy(bool busy);

    Session &m_session;
    QString m_userName;
    PasswordField *m_password = nullptr;
    PasswordField *m_repeat = nullptr;
    FormMessage *m_message = nullptr;
    BusyBar *m_busy = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_working = false;
};

} // namespace rd::ui
