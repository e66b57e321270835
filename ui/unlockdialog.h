// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "session/session.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace rd::ui {

class BusyBar;
class FormMessage;
class PasswordField;

// Store folder (with the recent ones), user name and password. Unwrapping the key slot takes
// about half a second on purpose, so it runs off the GUI thread with a busy bar; the store is
// then opened here. Every refusal is shown in the dialog, next to the field it concerns.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Open,   // choose a store
        Locked, // the session was locked: the store is fixed, anyone may unlock
    };

    explicit UnlockDialog(Mode mode = Mode::Open, QWidget *parent = nullptr);

    void setStorePath(const QString &path);
    void setUserName(const QString &userName);
    QString message() const;
    bool isBusy() const;

    // The opened session after the dialog was accepted.
    std::unique_ptr<Session> takeSession();

    static QStringList recentStores();
    static void rememberStore(const QString &path, const QString &userName);

    // Runs the dialog (and, when the account demands it, the forced password change) until a
    // session is open or the user gives up (nullptr).
    static std::unique_ptr<Session>
    obtainSession(QWidget *parent, Mode mode, const QString &storePath, const QString &userName);
    // The application is closing (SIGTERM and the like): obtainSession() gives up at once.
    static void setClosingDown();

private:
    void browse();
    void unlock();
    void finishUnlock(Result<UnlockedKeys> keys);
    void showError(const Error &error);
    void setBusy(bool busy);
    void updateUnlockButton();

    Mode m_mode;
    QComboBox *m_store = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_user = nullptr;
    PasswordField *m_password = nullptr;
    FormMessage *m_message = nullptr;
    BusyBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_unlockButton = nullptr;
    std::unique_ptr<Session> m_session;
    bool m_working = false;
};

} // namespace rd::ui
