// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/session.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace rd::ui {

class AccountsPage;
class AuditPage;
class StorePage;

// The window QA works in: who is signed in and where, the pages their role may see, and the
// session's lock (by hand with Ctrl+L, or after inactivity). Locking ends the session with a
// signed checkpoint; unlocking may be done by the same or another user.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Session> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session.get(); }
    QString userBadgeText() const;
    QStringList pageNames() const;
    bool showPage(const QString &objectName);

    void setInactivityMinutes(int minutes);
    void lock();
    void closeStore();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void installSession(std::unique_ptr<Session> session);
    void endSession(Session::EndReason reason);
    void endAndReopen(Session::EndReason reason);
    void changePassword();
    void about();
    void createActions();

    std::unique_ptr<Session> m_session;
    QLabel *m_badge = nullptr;
    QLabel *m_storeLabel = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTimer *m_idle = nullptr;
    QLabel *m_testWarning = nullptr;
    bool m_reopening = false;
};

} // namespace rd::ui
