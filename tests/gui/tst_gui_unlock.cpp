// SPDX-License-Identifier: GPL-3.0-or-later
// The first window on real widgets (offscreen): unlocking through the dialog, its messages,
// the forced password change, the role-dependent pages, adding an account, locking.
#include "accounts/accountservice.h"
#include "store/migrations.h"
#include "support/teststore.h"
#include "support/widgets.h"
#include "ui/accountspage.h"
#include "ui/adduserdialog.h"
#include "ui/auditpage.h"
#include "ui/changepassworddialog.h"
#include "ui/lockcover.h"
#include "ui/mainwindow.h"
#include "ui/passwordfield.h"
#include "ui/storepage.h"
#include "ui/unlockdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::ui;

namespace {
using rd::test::child;

// Fills and submits the unlock dialog as a person would.
void typeInto(UnlockDialog &dialog, const QString &store, const QString &user,
              const QString &password)
{
    auto *storeBox = child<QComboBox>(&dialog, u"storePath"_s);
    storeBox->setEditText(store);
    auto *userField = child<QLineEdit>(&dialog, u"userName"_s);
    userField->clear();
    QTest::keyClicks(userField, user);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"password"_s), password);
}
} // namespace

class tst_GuiUnlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rd::test::initTestProcess(); }

    void unlockThroughTheDialog();
    void wrongPasswordStaysInTheDialog();
    void damagedStoreMessage();
    void forcedPasswordChange();
    void forcedChangeCannotBeSkipped();
    void pagesFollowTheRole();
    void administratorAddsAnAccount();
    void lockAndUnlockAgain();
    void lockWhileADialogIsOpen();
    void anotherUserAfterTheLock();
    void inactivityLockIsTheStoreSetting();
    void closeWhileADialogIsOpen();
    void takenPasswordCannotBeUndone();
    void verifyFromTheStorePage();
};

void tst_GuiUnlock::unlockThroughTheDialog()
{
    rd::test::TestStore store;
    UnlockDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *unlock = child<QPushButton>(&dialog, u"unlockButton"_s);
    QVERIFY(!unlock->isEnabled()); // nothing typed yet
    typeInto(dialog, store.path(), u"alice"_s, QString::fromLatin1(rd::test::kPassword));
    QVERIFY(unlock->isEnabled());
    QTest::keyClick(child<QLineEdit>(&dialog, u"password"_s), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    std::unique_ptr<Session> session = dialog.takeSession();
    QVERIFY(session);
    QCOMPARE(session->user().userName, u"alice"_s);
    QCOMPARE(UnlockDialog::recentStores().value(0), QDir::toNativeSeparators(store.path()));

    MainWindow window(std::move(session));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.userBadgeText(), u"Alice Admin — Administrator"_s);
    QVERIFY(window.windowTitle().contains(u"Test.rdstore"_s));
}

void tst_GuiUnlock::wrongPasswordStaysInTheDialog()
{
    rd::test::TestStore store;
    UnlockDialog dialog;
    dialog.show();
    typeInto(dialog, store.path(), u"alice"_s, u"not-the-password"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"unlockButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.message(), u"Wrong user name or password."_s, 20000);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(child<QLineEdit>(&dialog, u"password"_s)->text().isEmpty()); // wiped
    QVERIFY(child<QLineEdit>(&dialog, u"password"_s)->hasFocus());
    // Second try with the right password works from the same dialog.
    QTest::keyClicks(child<QLineEdit>(&dialog, u"password"_s),
                     QString::fromLatin1(rd::test::kPassword));
    QTest::keyClick(child<QLineEdit>(&dialog, u"password"_s), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
}

void tst_GuiUnlock::damagedStoreMessage()
{
    rd::test::TestStore store;
    QFile f(StorePaths(store.path()).keyslots());
    QVERIFY(f.resize(100));
    UnlockDialog dialog;
    dialog.show();
    typeInto(dialog, store.path(), u"alice"_s, QString::fromLatin1(rd::test::kPassword));
    QTest::keyClick(child<QLineEdit>(&dialog, u"password"_s), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.message().contains(u"keyslots.json is damaged"_s), 20000);
    QVERIFY(child<QComboBox>(&dialog, u"storePath"_s)->hasFocus());
}

void tst_GuiUnlock::forcedPasswordChange()
{
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"rosa"_s, Role::QaReviewer, u"r-first-pass-1"_s, true));
    std::unique_ptr<Session> session = store.open(u"rosa"_s, u"r-first-pass-1"_s);
    QVERIFY(session && session->mustChangePassword());
    ChangePasswordDialog dialog(*session, ChangePasswordDialog::Reason::Required);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, u"currentPassword"_s), u"r-first-pass-1"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"newPassword"_s), u"r-second-pass-2"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"repeatPassword"_s), u"r-typo-pass-3"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"changePasswordButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.message(), u"The new password and its repetition differ."_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"repeatPassword"_s), u"r-second-pass-2"_s);
    // The core's rule, shown in the dialog: the new one must not contain the user name.
    child<QLineEdit>(&dialog, u"newPassword"_s)->setText(u"i-am-rosa-now"_s);
    child<QLineEdit>(&dialog, u"repeatPassword"_s)->setText(u"i-am-rosa-now"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"changePasswordButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.message().contains(u"must not contain the user name"_s), 20000);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"currentPassword"_s), u"r-first-pass-1"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"newPassword"_s), u"r-second-pass-2"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"repeatPassword"_s), u"r-second-pass-2"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"changePasswordButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    QVERIFY(!session->mustChangePassword());
    QVERIFY(session->requireUsable());
}

void tst_GuiUnlock::forcedChangeCannotBeSkipped()
{
    // Through the real start-up flow: unlock, then the required change; skipping the change
    // closes the session and returns to the unlock dialog, which says why.
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"sam"_s, Role::QcAnalyst, u"s-first-pass-1"_s, true));
    QStringList seen;
    int step = 0;
    QTimer driver;
    connect(&driver, &QTimer::timeout, this, [&]() {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *unlock = qobject_cast<UnlockDialog *>(modal)) {
            if (unlock->isBusy())
                return;
            if (step == 0 || step == 2) {
                seen << u"unlock:"_s + unlock->message();
                QTest::keyClicks(child<QLineEdit>(unlock, u"password"_s), u"s-first-pass-1"_s);
                QTest::keyClick(child<QLineEdit>(unlock, u"password"_s), Qt::Key_Return);
                ++step;
            }
        } else if (auto *change = qobject_cast<ChangePasswordDialog *>(modal)) {
            if (step == 1) {
                seen << u"change"_s;
                change->reject(); // "Close the session"
                step = 2;
            } else if (step == 3) {
                seen << u"change"_s;
                QTest::keyClicks(child<QLineEdit>(change, u"currentPassword"_s),
                                 u"s-first-pass-1"_s);
                QTest::keyClicks(child<QLineEdit>(change, u"newPassword"_s), u"s-second-pass-2"_s);
                QTest::keyClicks(child<QLineEdit>(change, u"repeatPassword"_s),
                                 u"s-second-pass-2"_s);
                QTest::mouseClick(child<QPushButton>(change, u"changePasswordButton"_s),
                                  Qt::LeftButton);
                step = 4;
            }
        }
    });
    driver.start(20);
    std::unique_ptr<Session> session =
        UnlockDialog::obtainSession(nullptr, UnlockDialog::Mode::Open, store.path(), u"sam"_s);
    driver.stop();
    QVERIFY(session);
    QVERIFY(!session->mustChangePassword());
    QCOMPARE(seen.size(), 4);
    QCOMPARE(seen.at(0), u"unlock:"_s);
    QCOMPARE(seen.at(2), u"unlock:The password must be changed before the store can be used."_s);
}

void tst_GuiUnlock::pagesFollowTheRole()
{
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"viv"_s, Role::Viewer));
    MainWindow admin(store.open());
    QCOMPARE(admin.pageNames(),
             (QStringList{u"queuePage"_s, u"inboxPage"_s, u"trendsPage"_s, u"specificationsPage"_s,
                          u"accountsPage"_s, u"auditPage"_s, u"storePage"_s}));
    QVERIFY(admin.findChild<QLabel *>(u"testingWarning"_s)); // the test-only cost is on show
    MainWindow viewer(store.open(u"viv"_s));
    QVERIFY(viewer.userBadgeText().endsWith(Roles::displayName(Role::Viewer)));
    // A viewer reads the accounts, but the core says no to changing them, so nothing offers it.
    QVERIFY(viewer.showPage(u"accountsPage"_s));
    auto *page = viewer.findChild<AccountsPage *>();
    QCOMPARE(child<QTableWidget>(page, u"accountsTable"_s)->rowCount(), 2);
    QVERIFY(!child<QPushButton>(page, u"addAccountButton"_s)->isEnabled());
    page->selectUser(u"alice"_s);
    QVERIFY(!child<QPushButton>(page, u"disableAccountButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(page, u"resetPasswordButton"_s)->isEnabled());
    auto *adminPage = admin.findChild<AccountsPage *>();
    QVERIFY(child<QPushButton>(adminPage, u"addAccountButton"_s)->isEnabled());
    adminPage->selectUser(u"viv"_s);
    QVERIFY(child<QPushButton>(adminPage, u"disableAccountButton"_s)->isEnabled());
}

void tst_GuiUnlock::administratorAddsAnAccount()
{
    rd::test::TestStore store;
    MainWindow window(store.open());
    window.show();
    QVERIFY(window.showPage(u"accountsPage"_s));
    auto *page = window.findChild<AccountsPage *>();
    QVERIFY(page);
    auto *table = child<QTableWidget>(page, u"accountsTable"_s);
    QCOMPARE(table->rowCount(), 1);

    bool filled = false;
    QTimer::singleShot(0, this, [&filled]() {
        auto *dialog = qobject_cast<AddUserDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::keyClicks(child<QLineEdit>(dialog, u"newUserName"_s), u"Sam.Lee"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"newFullName"_s), u"Sam Lee"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"newPersonId"_s), u"E-3001"_s);
        auto *role = child<QComboBox>(dialog, u"newRole"_s);
        role->setCurrentIndex(role->findData(Roles::id(Role::QcAnalyst)));
        QTest::keyClicks(child<QLineEdit>(dialog, u"newPassword"_s), u"harbour-kite-41"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"repeatPassword"_s), u"harbour-kite-41"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"addUserButton"_s), Qt::LeftButton);
        filled = true;
    });
    page->addAccount(); // returns when the dialog closes
    QVERIFY(filled);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(page->selectedUserName(), u"sam.lee"_s);
    QVERIFY(page->message().contains(u"Added sam.lee"_s));
    const QList<QTableWidgetItem *> found =
        table->findItems(u"Active, must change password"_s, Qt::MatchExactly);
    QCOMPARE(found.size(), qsizetype(1));
    // The audit page shows the event after a refresh.
    auto *audit = window.findChild<AuditPage *>();
    audit->refresh();
    // Newest first: the key issued, the person stated, the account created.
    const QModelIndex action = audit->model()->index(2, AuditTableModel::Action);
    QCOMPARE(audit->model()->data(action, Qt::DisplayRole).toString(), u"Account created"_s);
    QCOMPARE(audit->model()->data(action, Qt::ToolTipRole).toString(), u"account.created"_s);
}

void tst_GuiUnlock::lockAndUnlockAgain()
{
    rd::test::TestStore store;
    MainWindow window(store.open());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Session *before = window.session();
    QAction *lock = window.findChild<QAction *>(u"actionLock"_s);
    QVERIFY(lock);
    QCOMPARE(lock->shortcut(), QKeySequence(u"Ctrl+L"_s));
    lock->trigger();
    QVERIFY(window.isLocked());
    QCOMPARE(window.lockCountdownText(), u"Locked"_s);
    LockCover *cover = window.lockForm();
    QVERIFY(cover);
    QCOMPARE(cover->parentWidget(), &window);
    QCOMPARE(cover->geometry(), window.rect()); // the whole window, menu bar included
    // While locked, the window's shortcuts do nothing.
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QVERIFY(!QApplication::activeModalWidget());
    // A wrong password is refused on the cover.
    QTest::keyClicks(cover->passwordField(), u"not-the-password"_s);
    QTest::keyClick(cover->passwordField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!cover->message().isEmpty(), 10000);
    QVERIFY(window.isLocked());
    QTest::keyClicks(cover->passwordField(), QString::fromLatin1(rd::test::kPassword));
    QTest::keyClick(cover->passwordField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), 10000);
    // The same session goes on; the lock signed a checkpoint and the unlock was recorded.
    QCOMPARE(window.session(), before);
    QCOMPARE(window.pageNames().size(), qsizetype(7));
    QCOMPARE(window.findChild<QMenu *>(u"goMenu"_s)->actions().size(), qsizetype(7));
    AuditQuery q;
    q.contains = u"session.locked"_s;
    QCOMPARE(window.session()->audit().read(q)->size(), qsizetype(1));
    q.contains = u"session.resumed"_s;
    QCOMPARE(window.session()->audit().read(q)->size(), qsizetype(1));
    q.contains = u"login.failed"_s;
    QCOMPARE(window.session()->audit().read(q)->size(), qsizetype(0)); // counted, not a login
    QVERIFY(window.session()->verify()->audit.ok);
}

void tst_GuiUnlock::lockWhileADialogIsOpen()
{
    // The inactivity lock fires while an administrator has "Add account" open with a name half
    // typed: the dialog is covered, not closed, and after the unlock the text is still there.
    rd::test::TestStore store;
    MainWindow window(store.open());
    window.show();
    QVERIFY(window.showPage(u"accountsPage"_s));
    auto *page = window.findChild<AccountsPage *>();
    QString afterUnlock;
    bool coveredDialog = false;
    QTimer::singleShot(0, this, [&]() {
        auto *dialog = qobject_cast<AddUserDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *name = child<QLineEdit>(dialog, u"newUserName"_s);
        QTest::keyClicks(name, u"half.typed"_s);
        window.lock();
        LockCover *cover = window.lockForm();
        coveredDialog = cover && cover->parentWidget() == dialog;
        if (!coveredDialog) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(cover->passwordField(), QString::fromLatin1(rd::test::kPassword));
        QTest::keyClick(cover->passwordField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), 10000);
        afterUnlock = name->text();
        dialog->reject();
    });
    page->addAccount();
    QVERIFY(coveredDialog);
    QCOMPARE(afterUnlock, u"half.typed"_s);
    AuditQuery q;
    q.contains = u"session.locked"_s;
    QCOMPARE(window.session()->audit().read(q)->size(), qsizetype(1));
}

void tst_GuiUnlock::anotherUserAfterTheLock()
{
    // Someone else at the shared workstation: the first session is closed and they sign in.
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"una"_s, Role::Viewer));
    MainWindow window(store.open());
    window.show();
    window.lock();
    QVERIFY(window.lockForm());
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&answer]() {
        auto *dialog = qobject_cast<UnlockDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->isBusy())
            return;
        answer.stop();
        auto *user = child<QLineEdit>(dialog, u"userName"_s);
        user->clear();
        QTest::keyClicks(user, u"una"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"password"_s),
                         QString::fromLatin1(rd::test::kPassword));
        QTest::keyClick(child<QLineEdit>(dialog, u"password"_s), Qt::Key_Return);
    });
    answer.start(20);
    QTest::mouseClick(child<QPushButton>(window.lockForm(), u"lockSwitchUser"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->user().userName == u"una"_s,
                             20000);
    QVERIFY(!window.isLocked());
    QVERIFY(window.userBadgeText().contains(u"Viewer"_s));
}

void tst_GuiUnlock::inactivityLockIsTheStoreSetting()
{
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"una"_s, Role::Viewer));
    {
        std::unique_ptr<Session> viewer = store.open(u"una"_s);
        QCOMPARE(viewer->inactivityMinutes().value(), 10);
        QCOMPARE(viewer->setInactivityMinutes(5).error().code(), ErrorCode::Forbidden);
    }
    std::unique_ptr<Session> admin = store.open();
    QCOMPARE(admin->setInactivityMinutes(0).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(admin->setInactivityMinutes(61).error().code(), ErrorCode::InvalidInput);
    QVERIFY(admin->setInactivityMinutes(3));
    AuditQuery q;
    q.contains = u"setting.changed"_s;
    const QList<AuditEvent> changed = admin->audit().read(q).value();
    QCOMPARE(changed.size(), qsizetype(1));
    QCOMPARE(changed.first().entry.oldValue, u"10"_s);
    QCOMPARE(changed.first().entry.newValue, u"3"_s);
    admin.reset();
    MainWindow window(store.open(u"una"_s));
    QCOMPARE(window.lockCountdownText(), u"Locks in 3:00"_s);
}

void tst_GuiUnlock::closeWhileADialogIsOpen()
{
    // A logout (SIGTERM) arrives while "Reset password" is open: the window closes safely and
    // the session still ends with its signed checkpoint.
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"una"_s, Role::Viewer));
    auto *window = new MainWindow(store.open());
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->show();
    QVERIFY(window->showPage(u"accountsPage"_s));
    auto *page = window->findChild<AccountsPage *>();
    page->selectUser(u"una"_s);
    bool dialogWasOpen = false;
    QTimer::singleShot(0, this, [window, &dialogWasOpen]() {
        dialogWasOpen = qobject_cast<QDialog *>(QApplication::activeModalWidget()) != nullptr;
        window->closeWhenSafe();
    });
    page->resetSelected(); // returns when the dialog has been closed
    QVERIFY(dialogWasOpen);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible() && !window->session(), 20000);
    delete window;
    std::unique_ptr<Session> after = store.open();
    AuditQuery q;
    q.contains = u"session.closed"_s;
    // init, addUser's session, the window's session: three closings, each a checkpoint
    QCOMPARE(after->audit().read(q)->size(), qsizetype(3));
    QVERIFY(after->verify()->audit.ok);
}

void tst_GuiUnlock::takenPasswordCannotBeUndone()
{
    PasswordField field;
    field.show();
    QTest::keyClicks(&field, u"S3cret-Pass-1"_s);
    const SecureBytes taken = field.takePassword();
    QCOMPARE(QByteArray(taken.constChar(), static_cast<qsizetype>(taken.size())),
             QByteArray("S3cret-Pass-1"));
    field.findChild<QAction *>(u"revealPassword"_s)->trigger(); // text shown
    QCOMPARE(field.echoMode(), QLineEdit::Normal);
    field.undo();
    QCOMPARE(field.text(), QString());
    QTest::keySequence(&field, QKeySequence::Undo);
    QCOMPARE(field.text(), QString());
    QTest::keyClicks(&field, u"another-one"_s);
    field.wipeText();
    field.undo();
    QCOMPARE(field.text(), QString());
}

void tst_GuiUnlock::verifyFromTheStorePage()
{
    rd::test::TestStore store;
    MainWindow window(store.open());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<StorePage *>();
    QVERIFY(page);
    QVERIFY(child<QLabel>(page, u"storeFacts"_s)->text().contains(store.storeId()));
    QTest::mouseClick(child<QPushButton>(page, u"verifyButton"_s), Qt::LeftButton);
    QVERIFY(page->isVerifying());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isVerifying(), 20000);
    QVERIFY2(page->verificationText().startsWith(
                 u"✔ Verified: %1 events"_s.arg(Migrations::latestVersion() + 6)),
             qPrintable(page->verificationText()));
    QVERIFY(page->verificationText().contains(u"test-only minimum Argon2id cost"_s));
}

QTEST_MAIN(tst_GuiUnlock)
#include "tst_gui_unlock.moc"
