// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rd::ui {

class BusyBar;
class FormMessage;
class PasswordField;

// What covers a window while the session is locked: an opaque panel over everything in it, so
// nothing of the record shows and nothing under it takes input. The panel on the window in
// front also asks for the password (or offers another user); the others only say where to
// unlock. Covering, not closing: what was typed in an open dialog is still there afterwards.
class LockCover : public QWidget
{
    Q_OBJECT

public:
    LockCover(QWidget *window, const QString &who, bool withForm);

    bool hasForm() const { return m_password != nullptr; }
    PasswordField *passwordField() const { return m_password; }
    void setBusy(bool busy);
    void showMessage(const QString &text);
    QString message() const;

signals:
    void unlockRequested();
    void switchUserRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PasswordField *m_password = nullptr;
    FormMessage *m_message = nullptr;
    BusyBar *m_busy = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_switch = nullptr;
};

} // namespace rd::ui
