// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDialog>

class QDialogButtonBox;
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

// Changing one's own password: required at the first login and after a reset (the dialog then
// cannot be skipped without closing the session), or chosen from the menu.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Reason {
        Required,
        Chosen,
    };

    ChangePasswordDialog(Session &session, Reason reason, QWidget *parent = nullptr);

    QString message() const;

private:
    void change();
    void finish(const Status &status);
    void setBusy(bool busy);
    void updateButton();

    Session &m_session;
    PasswordField *m_current = nullptr;
    PasswordField *m_new = nullptr;
    PasswordField *m_repeat = nullptr;
    FormMessage *m_message = nullptr;
    BusyBar *m_busy = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_working = false;
};

} // namespace rd::ui
