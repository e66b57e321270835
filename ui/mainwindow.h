// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/session.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace rd::ui {

class AccountsPage;
class AuditPage;
class ImportFlow;
class LockCover;
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
    QString lockCountdownText() const;
    QStringList pageNames() const;
    bool showPage(const QString &objectName);
    ImportFlow *importFlow() const { return m_import; }

    void setInactivityMinutes(int minutes);
    // Covers every window and signs a checkpoint; the same user's password uncovers them with
    // everything as it was, or another user signs in after this session is closed.
    void lock();
    bool isLocked() const;
    LockCover *lockForm() const; // the cover that asks for the password, while locked
    void closeStore();
    // Closes the window as a logout or shutdown asks: a page's dialog is closed first, and the
    // session ends (with its checkpoint) only once that dialog has returned.
    void closeWhenSafe();

    // Settings (Ctrl+,): preferences, and the store's inactivity lock for administrators.
    void openSettings();
    // Builds menus and pages again in the language now installed, keeping the page, the open
    // batch and the search; the session goes on.
    void retranslate();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void installSession(std::unique_ptr<Session> session);
    void buildPages();
    void removePages();
    void saveLayout();
    void restoreSplitters();
    void scheduleRetranslate();
    void endSession(Session::EndReason reason);
    void endAndReopen(Session::EndReason reason, bool sameStore = false);
    void unlock(LockCover *cover);
    void switchUser();
    void removeCovers();
    // True when background work or a page's dialog still uses the session: `retry` then runs
    // once that is over.
    bool deferWhileInUse(const std::function<void()> &retry);
    void changePassword();
    void about();
    void createActions();
    void importFinished(bool changed);
    void updateInboxCount();
    void updateCountdown();

    std::unique_ptr<Session> m_session;
    QLabel *m_badge = nullptr;
    QLabel *m_storeLabel = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTimer *m_idle = nullptr;
    QTimer *m_tick = nullptr;
    QLabel *m_countdown = nullptr;
    QAction *m_importAction = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_batchMenu = nullptr;
    ImportFlow *m_import = nullptr;
    QLabel *m_testWarning = nullptr;
    bool m_reopening = false;
    bool m_retranslatePending = false;
    bool m_retranslateNeeded = false;
    bool m_locked = false;
    QList<QPointer<LockCover>> m_covers;
};

} // namespace rd::ui
