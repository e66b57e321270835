// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/unlockdialog.h"

#include "core/preferences.h"
#include "core/runtime.h"
#include "core/storefiles.h"
#include "core/version.h"
#include "security/keyring.h"
#include "ui/background.h"
#include "ui/changepassworddialog.h"
#include "ui/dialogs.h"
#include "ui/formwidgets.h"
#include "ui/passwordfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
bool g_closingDown = false;
} // namespace

UnlockDialog::UnlockDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(u"unlockDialog"_s);
    setWindowTitle(mode == Mode::Locked ? tr("ReleaseDesk — locked")
                                        : tr("ReleaseDesk — unlock a store"));
    setModal(true);

    auto *intro = new QLabel(mode == Mode::Locked
                                 ? tr("The session was locked. Enter your password to go on, or "
                                      "sign in as someone else.")
                                 : tr("Choose a store and sign in."),
                             this);
    intro->setWordWrap(true);

    m_store = new QComboBox(this);
    m_store->setObjectName(u"storePath"_s);
    m_store->setEditable(true);
    m_store->setInsertPolicy(QComboBox::NoInsert);
    // The default store first (Settings), then the recently opened ones.
    QStringList offered = recentStores();
    if (const QString preferred = Preferences::defaultStore(); !preferred.isEmpty()) {
        offered.removeAll(preferred);
        offered.prepend(preferred);
    }
    m_store->addItems(offered);
    m_store->setMinimumContentsLength(40);
    m_store->setEnabled(mode == Mode::Open);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(u"browseStore"_s);
    m_browse->setEnabled(mode == Mode::Open);
    auto *storeRow = new QHBoxLayout();
    storeRow->addWidget(m_store, 1);
    storeRow->addWidget(m_browse);

    m_user = new QLineEdit(this);
    m_user->setObjectName(u"userName"_s);
    m_password = new PasswordField(this);
    m_password->setObjectName(u"password"_s);

    auto *form = new QFormLayout();
    auto *storeLabel = new QLabel(tr("&Store:"), this);
    storeLabel->setBuddy(m_store);
    form->addRow(storeLabel, storeRow);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_message = new FormMessage(u"unlockMessage"_s, this);

    m_busy = new BusyBar(this);

    m_buttons = new QDialogButtonBox(this);
    m_unlockButton = m_buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(u"unlockButton"_s);
    m_unlockButton->setDefault(true);
    QPushButton *quit = m_buttons->addButton(
        mode == Mode::Locked ? tr("&Quit ReleaseDesk") : tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(u"quitButton"_s);

    auto *layout = new QVBoxLayout(this);
    if (const QString warning = Runtime::testingWarning(); !warning.isEmpty()) {
        auto *testing = new FormMessage(u"testingWarning"_s, this);
        testing->showMessage(warning);
        layout->addWidget(testing);
    }
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &UnlockDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::unlock);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_store, &QComboBox::editTextChanged, this, &UnlockDialog::updateUnlockButton);
    connect(m_user, &QLineEdit::textChanged, this, &UnlockDialog::updateUnlockButton);
    connect(m_password, &QLineEdit::textChanged, this, &UnlockDialog::updateUnlockButton);

    m_user->setText(Preferences::lastUser());
    updateUnlockButton();
    if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void UnlockDialog::setStorePath(const QString &path)
{
    m_store->setEditText(QDir::toNativeSeparators(path));
}

void UnlockDialog::setUserName(const QString &userName)
{
    m_user->setText(userName);
    if (!userName.isEmpty())
        m_password->setFocus();
}

QString UnlockDialog::message() const
{
    return m_message->message();
}

bool UnlockDialog::isBusy() const
{
    return m_working;
}

std::unique_ptr<Session> UnlockDialog::takeSession()
{
    return std::move(m_session);
}

QStringList UnlockDialog::recentStores()
{
    return Preferences::recentStores();
}

void UnlockDialog::rememberStore(const QString &path, const QString &userName)
{
    Preferences::rememberStore(path, userName);
}

void UnlockDialog::browse()
{
    const QString chosen = Dialogs::existingDirectory(
        this, tr("Choose a store folder"), QDir::fromNativeSeparators(m_store->currentText()));
    if (!chosen.isEmpty())
        setStorePath(chosen);
}

void UnlockDialog::updateUnlockButton()
{
    m_unlockButton->setEnabled(!m_working && !m_store->currentText().trimmed().isEmpty() &&
                               !m_user->text().trimmed().isEmpty() &&
                               !m_password->text().isEmpty());
}

void UnlockDialog::setBusy(bool busy)
{
    m_working = busy;
    m_busy->setVisible(busy);
    m_store->setEnabled(!busy && m_mode == Mode::Open);
    m_browse->setEnabled(!busy && m_mode == Mode::Open);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateUnlockButton();
}

void UnlockDialog::unlock()
{
    if (m_working || !m_unlockButton->isEnabled())
        return;
    m_message->clearMessage();
    const QString storePath = QDir::fromNativeSeparators(m_store->currentText().trimmed());
    const QString userName = m_user->text().trimmed();
    auto password = std::make_shared<SecureBytes>(m_password->takePassword());
    setBusy(true);
    Background::run<Result<UnlockedKeys>>(
        this,
        [storePath, userName, password]() {
            return KeyRing::unlock(storePath, userName, *password);
        },
        [this](Result<UnlockedKeys> keys) { finishUnlock(std::move(keys)); });
}

void UnlockDialog::finishUnlock(Result<UnlockedKeys> keys)
{
    if (!keys) {
        setBusy(false);
        showError(keys.error());
        return;
    }
    const QString storePath = keys->storePath;
    const QString userName = keys->userName;
    // Opening records.db is quick; it stays on this thread, which owns the connection.
    Result<std::unique_ptr<Session>> session = Session::open(std::move(keys).value());
    setBusy(false);
    if (!session) {
        showError(session.error());
        return;
    }
    m_session = std::move(session).value();
    rememberStore(storePath, userName);
    accept();
}

void UnlockDialog::showError(const Error &error)
{
    m_message->showMessage(error.message());
    switch (error.code()) {
    case ErrorCode::WrongCredentials:
    case ErrorCode::AccountLocked:
    case ErrorCode::AccountDisabled:
        m_password->setFocus();
        break;
    default:
        if (m_mode == Mode::Open)
            m_store->setFocus();
        else
            m_password->setFocus();
        break;
    }
}

void UnlockDialog::setClosingDown()
{
    g_closingDown = true;
}

std::unique_ptr<Session> UnlockDialog::obtainSession(QWidget *parent, Mode mode,
                                                     const QString &storePath,
                                                     const QString &userName)
{
    QString lastMessage;
    for (;;) {
        if (g_closingDown)
            return nullptr;
        UnlockDialog dialog(mode, parent);
        if (!storePath.isEmpty())
            dialog.setStorePath(storePath);
        if (!userName.isEmpty())
            dialog.setUserName(userName);
        if (!lastMessage.isEmpty())
            dialog.showError(Error(ErrorCode::PasswordChangeRequired, lastMessage));
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        std::unique_ptr<Session> session = dialog.takeSession();
        if (!session->mustChangePassword())
            return session;
        ChangePasswordDialog change(*session, ChangePasswordDialog::Reason::Required, parent);
        if (change.exec() == QDialog::Accepted && !g_closingDown)
            return session;
        (void)session->end();
        lastMessage = tr("The password must be changed before the store can be used.");
    }
}

} // namespace rd::ui
