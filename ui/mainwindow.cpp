// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/preferences.h"
#include "core/runtime.h"
#include "records/inbox.h"
#include "ui/accessibility.h"
#include "ui/accountspage.h"
#include "ui/auditpage.h"
#include "ui/background.h"
#include "ui/batchview.h"
#include "ui/changepassworddialog.h"
#include "ui/dialogs.h"
#include "ui/importflow.h"
#include "ui/inboxpage.h"
#include "ui/lockcover.h"
#include "ui/passwordfield.h"
#include "ui/queuepage.h"
#include "ui/reportflow.h"
#include "ui/settingsdialog.h"
#include "ui/specificationspage.h"
#include "ui/storepage.h"
#include "ui/theme.h"
#include "ui/trendspage.h"
#include "ui/unlockdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

MainWindow::MainWindow(std::unique_ptr<Session> session, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    // PNG sizes: an SVG icon would need Qt's SVG plugin at run time.
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/releasedesk-%1.png"_s.arg(size), QSize(size, size));
    setWindowIcon(icon);

    auto *central = new QWidget(this);
    central->setObjectName(u"centralArea"_s);
    central->setAccessibleName(tr("ReleaseDesk"));
    // Who is signed in, where, and when the window locks: always in the status bar.
    m_badge = new QLabel(this);
    m_badge->setObjectName(u"userBadge"_s);
    m_badge->setAccessibleName(tr("Signed-in user and role"));
    m_badge->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(u"storeLabel"_s);
    m_storeLabel->setAccessibleName(tr("Open store"));
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(u"lockCountdown"_s);
    m_countdown->setAccessibleName(tr("Time until the window locks"));
    statusBar()->setObjectName(u"statusBar"_s);
    statusBar()->setAccessibleName(tr("Status"));
    statusBar()->setSizeGripEnabled(false);
    menuBar()->setObjectName(u"menuBar"_s);
    menuBar()->setAccessibleName(tr("Menu"));
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_badge);
    statusBar()->addPermanentWidget(m_countdown);
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &MainWindow::updateCountdown);
    m_tick->start();

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setMaximumWidth(220);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(u"pages"_s);
    m_pages->setAccessibleName(tr("Page"));
    auto *splitter = new QSplitter(central);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->setAccessibleName(tr("Navigation and page"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &MainWindow::lock);
    qApp->installEventFilter(this);

    createActions();
    // Where it was left; else most of a laptop screen, at least 1200 × 800 where that fits.
    if (!restoreGeometry(Preferences::layout(objectName()))) {
        const QRect screen = QGuiApplication::primaryScreen()
                                 ? QGuiApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1280, 860);
        resize(std::min(screen.width(), std::max(1200, screen.width() * 9 / 10)),
               std::min(screen.height(), std::max(800, screen.height() * 9 / 10)));
    }
    installSession(std::move(session));
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    endSession(Session::EndReason::Closed);
}

void MainWindow::createActions()
{
    QMenu *storeMenu = menuBar()->addMenu(tr("&Store"));
    m_importAction = storeMenu->addAction(tr("&Import…"), this, [this]() {
        if (m_import)
            m_import->chooseAndImport();
    });
    m_importAction->setObjectName(u"actionImport"_s);
    m_importAction->setShortcut(QKeySequence(u"Ctrl+I"_s));
    m_importAction->setStatusTip(
        tr("Import specifications, batch records or QC results (JSON, CSV, Allotrope)"));
    QAction *verifyDocument = storeMenu->addAction(tr("&Verify a document…"), this, [this]() {
        if (m_session)
            ReportFlow::verifyDocument(this, *m_session);
    });
    verifyDocument->setObjectName(u"actionVerifyDocument"_s);
    verifyDocument->setStatusTip(
        tr("Check that a PDF issued by ReleaseDesk is unaltered and matches the record"));
    storeMenu->addSeparator();
    QAction *lockAction = storeMenu->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setObjectName(u"actionLock"_s);
    lockAction->setShortcut(QKeySequence(u"Ctrl+L"_s));
    QAction *passwordAction =
        storeMenu->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
    passwordAction->setObjectName(u"actionChangePassword"_s);
    QAction *closeAction = storeMenu->addAction(tr("&Close store"), this, &MainWindow::closeStore);
    closeAction->setObjectName(u"actionCloseStore"_s);
    closeAction->setShortcut(QKeySequence::Close);
    storeMenu->addSeparator();
    QAction *settingsAction =
        storeMenu->addAction(tr("Se&ttings…"), this, &MainWindow::openSettings);
    settingsAction->setObjectName(u"actionSettings"_s);
    settingsAction->setShortcut(QKeySequence(u"Ctrl+,"_s));
    settingsAction->setStatusTip(
        tr("Language, default store, printed documents, chart defaults and appearance"));
    QAction *quitAction = storeMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(u"actionQuit"_s);
    quitAction->setShortcut(QKeySequence::Quit);

    // What can be done on the batch open in the queue; filled with each session.
    m_batchMenu = menuBar()->addMenu(tr("&Batch"));
    m_batchMenu->setObjectName(u"batchMenu"_s);

    // Filled with the pages of each session, Ctrl+1, Ctrl+2, … in navigation order.
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(u"goMenu"_s);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About ReleaseDesk"), this, &MainWindow::about);
    aboutAction->setObjectName(u"actionAbout"_s);
}

void MainWindow::installSession(std::unique_ptr<Session> session)
{
    m_session = std::move(session);
    // Pages and background work hold the store's connections: a re-key (which closes and
    // replaces records.db) waits for the end of the session.
    if (m_session)
        m_session->setRekeyWhenClosing(true);
    buildPages();
    const Account me = m_session->user();
    statusBar()->showMessage(tr("Signed in as %1 (%2).").arg(me.fullName, me.userName));
    // The store's setting, chosen by an administrator.
    const Result<int> minutes = m_session->inactivityMinutes();
    setInactivityMinutes(minutes ? minutes.value() : Session::kDefaultInactivityMinutes);
    m_idle->start();
    updateCountdown();
    if (m_retranslateNeeded)
        scheduleRetranslate();
}

void MainWindow::buildPages()
{
    const Account me = m_session->user();
    setWindowTitle(tr("ReleaseDesk — %1").arg(QDir(m_session->storePath()).dirName()));
    m_storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(m_session->storePath())));
    m_badge->setText(tr("%1 — %2").arg(me.fullName, Roles::displayName(me.role)));
    m_badge->setToolTip(tr("Signed in as %1").arg(me.userName));

    m_goMenu->clear();
    const auto addPage = [this](QWidget *page, const QString &title) {
        m_pages->addWidget(page);
        auto *item = new QListWidgetItem(title, m_navigation);
        item->setData(Qt::UserRole, page->objectName());
        const int index = m_pages->count() - 1;
        QAction *go = m_goMenu->addAction(title, this, [this, index]() {
            m_navigation->setCurrentRow(index);
            m_pages->currentWidget()->setFocus();
        });
        go->setObjectName(u"actionGo_"_s + page->objectName());
        if (index < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    };
    auto *queue = new QueuePage(*m_session, m_pages);
    connect(queue, &QueuePage::changed, this, [this]() {
        if (auto *audit = m_pages->findChild<AuditPage *>())
            audit->refresh();
    });
    addPage(queue, tr("Queue"));
    m_batchMenu->clear();
    for (QAction *a : queue->batchView()->keyboardActions())
        m_batchMenu->addAction(a);
    m_batchMenu->insertMenu(m_batchMenu->actions().constLast(), queue->batchView()->signMenu())
        ->setText(tr("Sign &as"));
    m_batchMenu->addMenu(queue->batchView()->printMenu());
    auto *inbox = new InboxPage(*m_session, m_pages);
    connect(inbox, &InboxPage::changed, this, [this]() {
        updateInboxCount();
        if (auto *queuePage = m_pages->findChild<QueuePage *>())
            queuePage->refresh();
        if (auto *audit = m_pages->findChild<AuditPage *>())
            audit->refresh();
    });
    addPage(inbox, tr("Unassigned results"));
    auto *trends = new TrendsPage(*m_session, m_pages);
    connect(trends, &TrendsPage::openBatch, this, [this](const QString &batch) {
        auto *queuePage = m_pages->findChild<QueuePage *>();
        if (!queuePage || !showPage(queuePage->objectName()))
            return;
        if (!queuePage->openBatch(batch))
            statusBar()->showMessage(tr("Batch %1 cannot be opened.").arg(batch), 10000);
    });
    connect(trends, &TrendsPage::ootRulesChanged, this, [this]() {
        if (auto *queuePage = m_pages->findChild<QueuePage *>())
            queuePage->refresh();
    });
    addPage(trends, tr("Trends"));
    auto *specifications = new SpecificationsPage(*m_session, m_pages);
    connect(specifications, &SpecificationsPage::approved, this, [this]() {
        if (auto *queuePage = m_pages->findChild<QueuePage *>())
            queuePage->refresh();
        if (auto *audit = m_pages->findChild<AuditPage *>())
            audit->refresh();
    });
    addPage(specifications, tr("Specifications"));
    addPage(new AccountsPage(*m_session, m_pages), tr("Accounts"));
    addPage(new AuditPage(*m_session, m_pages), tr("Audit trail"));
    auto *storePage = new StorePage(*m_session, m_pages);
    connect(storePage, &StorePage::inactivityMinutesChanged, this, [this](int minutes) {
        setInactivityMinutes(minutes);
        m_idle->start();
        updateCountdown();
    });
    addPage(storePage, tr("Store"));
    m_navigation->setCurrentRow(0);
    nameFieldLabels(m_pages);
    m_pages->currentWidget()->setFocus();
    updateInboxCount();
    m_import = new ImportFlow(*m_session, this);
    connect(m_import, &ImportFlow::finished, this, &MainWindow::importFinished);
    const Status mayImport = Importer::mayImport(*m_session);
    m_importAction->setEnabled(mayImport.ok());
    m_importAction->setToolTip(mayImport.ok() ? QString() : mayImport.error().message());
    restoreSplitters();
    if (const QString warning = Runtime::testingWarning(); !warning.isEmpty() && !m_testWarning) {
        m_testWarning = new QLabel(this);
        m_testWarning->setObjectName(u"testingWarning"_s);
        statusBar()->addPermanentWidget(m_testWarning);
    }
    if (m_testWarning) {
        m_testWarning->setText(u"⚠ "_s + Runtime::testingWarning());
        m_testWarning->setStyleSheet(u"QLabel { font-weight: bold; "_s +
                                     statusStyle(StatusTone::Alarm) + u" }"_s);
    }
}

void MainWindow::removePages()
{
    saveLayout();
    // Pages and the import hold the session by reference: they go before it does.
    delete m_import;
    m_import = nullptr;
    m_navigation->clear();
    while (QWidget *page = m_pages->widget(0)) {
        m_pages->removeWidget(page);
        delete page;
    }
}

void MainWindow::saveLayout()
{
    Preferences::setLayout(objectName(), saveGeometry());
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            Preferences::setLayout(splitter->objectName(), splitter->saveState());
    }
}

void MainWindow::restoreSplitters()
{
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(Preferences::layout(splitter->objectName()));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        scheduleRetranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::scheduleRetranslate()
{
    // Installing a language sends several events; the window is rebuilt once, and never from
    // inside the slot of an action that the rebuild deletes.
    if (m_retranslatePending)
        return;
    m_retranslatePending = true;
    QTimer::singleShot(0, this, [this]() {
        m_retranslatePending = false;
        retranslate();
    });
}

void MainWindow::retranslate()
{
    // While locked or between sessions it waits: the next session rebuilds everything.
    if (!m_session || m_reopening || m_locked) {
        m_retranslateNeeded = true;
        return;
    }
    m_retranslateNeeded = false;
    if (deferWhileInUse([this]() { retranslate(); }))
        return;
    const int page = m_navigation->currentRow();
    QString batch;
    QString search;
    if (auto *queue = m_pages->findChild<QueuePage *>()) {
        if (queue->isShowingBatch())
            batch = queue->batchView()->batchNumber();
        search = queue->searchText();
    }
    const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    for (QMenu *menu : menus)
        menu->deleteLater();
    removePages();
    createActions();
    buildPages();
    m_navigation->setCurrentRow(std::max(0, page));
    if (auto *queue = m_pages->findChild<QueuePage *>()) {
        if (!search.isEmpty())
            queue->setSearchText(search);
        if (!batch.isEmpty())
            queue->openBatch(batch);
    }
    statusBar()->setAccessibleName(tr("Status"));
    menuBar()->setAccessibleName(tr("Menu"));
    updateCountdown();
}

void MainWindow::openSettings()
{
    const Preferences::Theme themeBefore = Preferences::theme();
    SettingsDialog dialog(m_session.get(), this);
    connect(&dialog, &SettingsDialog::inactivityMinutesChanged, this, [this](int minutes) {
        setInactivityMinutes(minutes);
        m_idle->start();
        updateCountdown();
        if (auto *store = m_pages->findChild<StorePage *>())
            store->refresh();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Settings saved."), 10000);
    // Colours set on widgets follow the new palette once the pages are built again.
    if (Preferences::theme() != themeBefore)
        scheduleRetranslate();
}

void MainWindow::endSession(Session::EndReason reason)
{
    m_idle->stop();
    removeCovers();
    m_locked = false;
    removePages();
    if (!m_session)
        return;
    const Status ended = m_session->end(reason);
    m_session.reset();
    if (!ended) {
        Dialogs::warning(this, tr("Checkpoint not recorded"),
                         tr("The session ended, but its audit checkpoint could not be signed: %1")
                             .arg(ended.error().message()));
    }
}

void MainWindow::importFinished(bool changed)
{
    if (!changed)
        return;
    if (auto *queuePage = m_pages->findChild<QueuePage *>())
        queuePage->refresh();
    if (auto *inbox = m_pages->findChild<InboxPage *>())
        inbox->refresh();
    if (auto *audit = m_pages->findChild<AuditPage *>())
        audit->refresh();
    if (auto *store = m_pages->findChild<StorePage *>())
        store->refresh();
    if (auto *trends = m_pages->findChild<TrendsPage *>())
        trends->refresh();
    updateInboxCount();
    statusBar()->showMessage(tr("Import finished."), 10000);
}

QString MainWindow::lockCountdownText() const
{
    return m_countdown->text();
}

void MainWindow::updateCountdown()
{
    if (m_locked) {
        m_countdown->setText(tr("Locked"));
        return;
    }
    if (!m_session || !m_idle->isActive()) {
        m_countdown->clear();
        return;
    }
    const int seconds = std::min(m_idle->interval() / 1000, (m_idle->remainingTime() + 999) / 1000);
    m_countdown->setText(
        tr("Locks in %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    m_countdown->setToolTip(tr("The window locks after %n minute(s) without input (Ctrl+L locks "
                               "it now).",
                               nullptr, m_idle->interval() / 60000));
}

void MainWindow::updateInboxCount()
{
    const int row = static_cast<int>(pageNames().indexOf(u"inboxPage"_s));
    if (row < 0 || !m_session)
        return;
    const Result<qint64> open = Inbox(*m_session).openCount();
    m_navigation->item(row)->setText(open && open.value() > 0
                                         ? tr("Unassigned results (%1)").arg(open.value())
                                         : tr("Unassigned results"));
}

QString MainWindow::userBadgeText() const
{
    return m_badge->text();
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (int i = 0; i < m_navigation->count(); ++i)
        names << m_navigation->item(i)->data(Qt::UserRole).toString();
    return names;
}

bool MainWindow::showPage(const QString &objectName)
{
    const int index = static_cast<int>(pageNames().indexOf(objectName));
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

void MainWindow::setInactivityMinutes(int minutes)
{
    m_idle->setInterval(Session::inactivityLockMinutes(minutes) * 60 * 1000);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_locked && !watched->isWindowType()) {
            // Nothing under the covers takes input, shortcuts included. (Events pass through
            // the QWindow first; they are judged at the widget they are delivered to.)
            for (QObject *o = watched; o; o = o->parent()) {
                if (qobject_cast<LockCover *>(o))
                    return QMainWindow::eventFilter(watched, event);
            }
            return event->type() != QEvent::MouseMove;
        }
        if (m_session)
            m_idle->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lock()
{
    if (!m_session || m_locked || m_reopening)
        return;
    m_locked = true;
    m_idle->stop();
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    const Status checkpoint = m_session->lock();
    const Account me = m_session->user();
    const QString who = tr("%1 (%2) — %3")
                            .arg(me.fullName, Roles::displayName(me.role),
                                 QDir::toNativeSeparators(m_session->storePath()));
    // The window in front takes the password: a modal dialog blocks input to the others.
    QWidget *front = QApplication::activeModalWidget();
    if (!front || !front->isVisible())
        front = this;
    QList<QWidget *> windows = {this};
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != this && w->isVisible() &&
            (w->windowType() == Qt::Dialog || w->windowType() == Qt::Window))
            windows << w;
    }
    for (QWidget *w : std::as_const(windows)) {
        auto *cover = new LockCover(w, who, w == front);
        m_covers << cover;
        if (cover->hasForm()) {
            connect(cover, &LockCover::unlockRequested, this, [this, cover]() { unlock(cover); });
            connect(cover, &LockCover::switchUserRequested, this, &MainWindow::switchUser);
            if (!checkpoint)
                cover->showMessage(tr("The lock's audit checkpoint could not be signed: %1")
                                       .arg(checkpoint.error().message()));
        }
    }
    updateCountdown();
}

bool MainWindow::isLocked() const
{
    return m_locked;
}

LockCover *MainWindow::lockForm() const
{
    for (const QPointer<LockCover> &c : m_covers) {
        if (c && c->hasForm())
            return c;
    }
    return nullptr;
}

void MainWindow::removeCovers()
{
    for (const QPointer<LockCover> &c : std::as_const(m_covers)) {
        if (c) {
            c->parentWidget()->removeEventFilter(c);
            c->deleteLater();
            c->hide();
        }
    }
    m_covers.clear();
}

void MainWindow::unlock(LockCover *cover)
{
    if (!m_session || !m_locked)
        return;
    if (cover->passwordField()->text().isEmpty()) {
        cover->showMessage(tr("Type your password to unlock."));
        return;
    }
    auto password = std::make_shared<SecureBytes>(cover->passwordField()->takePassword());
    cover->setBusy(true);
    Session *session = m_session.get();
    QPointer<LockCover> guard(cover);
    Background::run<Status>(
        this,
        [session, password]() -> Status {
            const ThreadConnection connection(session->store());
            return session->resume(*password);
        },
        [this, guard](Status resumed) {
            if (guard)
                guard->setBusy(false);
            if (!resumed) {
                if (guard) {
                    guard->showMessage(resumed.error().message());
                    guard->passwordField()->setFocus();
                }
                return;
            }
            QWidget *focus = guard ? guard->parentWidget() : nullptr;
            removeCovers();
            m_locked = false;
            m_idle->start();
            updateCountdown();
            if (focus)
                focus->activateWindow();
            statusBar()->showMessage(tr("Unlocked."), 5000);
        });
}

void MainWindow::switchUser()
{
    removeCovers();
    m_locked = false;
    // Anyone may sign in now; the store stays the same.
    endAndReopen(Session::EndReason::Closed, true);
}

void MainWindow::closeStore()
{
    removeCovers();
    m_locked = false;
    endAndReopen(Session::EndReason::Closed);
}

// Ends the session and asks for a new one: after a lock, for the same store (anyone may sign
// in); after closing, for any store. Giving up closes the window.
void MainWindow::endAndReopen(Session::EndReason reason, bool sameStore)
{
    if (!m_session || m_reopening)
        return;
    if (deferWhileInUse([this, reason, sameStore]() { endAndReopen(reason, sameStore); }))
        return;
    m_reopening = true;
    const QString store = m_session->storePath();
    const bool locked = reason == Session::EndReason::Locked || sameStore;
    const QString user =
        reason == Session::EndReason::Locked ? m_session->user().userName : QString();
    endSession(reason);
    hide();
    std::unique_ptr<Session> session = UnlockDialog::obtainSession(
        nullptr, locked ? UnlockDialog::Mode::Locked : UnlockDialog::Mode::Open, store, user);
    m_reopening = false;
    if (!session) {
        close();
        return;
    }
    installSession(std::move(session));
    show();
}

bool MainWindow::deferWhileInUse(const std::function<void()> &retry)
{
    // Never pull the store away from work still running in the background.
    if (Background::running() > 0) {
        QTimer::singleShot(300, this, retry);
        return true;
    }
    // A dialog opened from a page holds the session too. Close it, and go on only once its
    // exec() has returned to the code that opened it: Qt delivers a deferred delete only
    // after the nested event loops it was posted in have ended.
    if (QWidget *modal = QApplication::activeModalWidget(); modal && modal != this) {
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
        auto *afterDialog = new QObject();
        connect(afterDialog, &QObject::destroyed, this, retry);
        afterDialog->deleteLater();
        return true;
    }
    return false;
}

void MainWindow::closeWhenSafe()
{
    if (m_reopening) {
        // The unlock dialog of a lock is up and there is no session: giving it up closes us.
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
        return;
    }
    if (deferWhileInUse([this]() { closeWhenSafe(); }))
        return;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (Background::running() > 0) {
        Dialogs::information(this, tr("Still working"),
                             tr("ReleaseDesk is finishing a task; close the window again in a "
                                "moment."));
        event->ignore();
        return;
    }
    endSession(Session::EndReason::Closed);
    event->accept();
}

void MainWindow::changePassword()
{
    if (!m_session)
        return;
    ChangePasswordDialog dialog(*m_session, ChangePasswordDialog::Reason::Chosen, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 10000);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About ReleaseDesk"),
        tr("<h3>ReleaseDesk</h3><p>%1</p><p>Batch-record and QC review for cell-therapy "
           "manufacturing.</p><p>Free software under the GNU General Public License, version 3 "
           "or later. It uses QCustomPlot (GPL-3.0), Qt (LGPL-3.0), SQLCipher (BSD) and "
           "libsodium (ISC).</p>")
            .arg(Runtime::versionText().toHtmlEscaped()));
}

} // namespace rd::ui
