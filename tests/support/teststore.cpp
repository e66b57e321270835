// SPDX-License-Identifier: GPL-3.0-or-later
#include "teststore.h"

#include "accounts/accountservice.h"
#include "core/runtime.h"
#include "demo/demodata.h"
#include "security/crypto.h"
#include "security/keyring.h"
#include "security/recoverycode.h"
#include "session/demo.h"
#include "session/storecreator.h"

#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd::test {

void initTestProcess()
{
    QStandardPaths::setTestModeEnabled(true);
    (void)Runtime::initialize();
    crypto::setTestingMinimumCost(true);
}

SecureBytes secret(const char *text)
{
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}

SecureBytes secret(const QString &text)
{
    return SecureBytes::fromUtf8(text);
}

TestStore::TestStore()
{
    if (!m_dir.isValid())
        return;
    Result<StoreCreator::Created> created =
        StoreCreator::create(m_dir.path() + u"/Test.rdstore"_s, QString::fromLatin1(kAdmin),
                             QString::fromLatin1(kAdminFullName), secret(kPassword),
                             u"P-"_s + QString::fromLatin1(kAdmin));
    if (!created) {
        qWarning("TestStore: %s", qPrintable(created.error().message()));
        return;
    }
    m_path = created->storePath;
    m_storeId = created->storeId;
    m_recoveryCode = RecoveryCode::format(created->recoverySecret);
}

std::unique_ptr<Session> TestStore::open(const QString &user, const QString &password)
{
    Result<std::unique_ptr<Session>> s = Session::open(m_path, user, secret(password));
    if (!s) {
        qWarning("TestStore::open(%s): %s", qPrintable(user), qPrintable(s.error().message()));
        return nullptr;
    }
    return std::move(s).value();
}

bool TestStore::addUser(const QString &userName, Role role, const QString &password,
                        bool requirePasswordChange)
{
    std::unique_ptr<Session> admin = open();
    if (!admin)
        return false;
    AccountService::NewAccount account;
    account.userName = userName;
    account.fullName = userName + u" Fullname"_s;
    account.personId = u"P-"_s + userName;
    account.role = role;
    account.requirePasswordChange = requirePasswordChange;
    Result<Account> added = AccountService(*admin).add(account, secret(password));
    if (!added)
        qWarning("TestStore::addUser: %s", qPrintable(added.error().message()));
    return added.ok();
}

bool TestStore::approveSpecifications(const QString &reviewer)
{
    {
        std::unique_ptr<Session> admin = open();
        if (!admin)
            return false;
        Result<QList<Account>> accounts = AccountService(*admin).list();
        if (!accounts)
            return false;
        const bool known = std::any_of(accounts->cbegin(), accounts->cend(),
                                       [&](const Account &a) { return a.userName == reviewer; });
        if (!known && !addUser(reviewer, Role::QaReviewer))
            return false;
    }
    const Status s = DemoStore::approveSpecificationsAhead(m_path, reviewer, secret(kPassword));
    if (!s)
        qWarning("TestStore::approveSpecifications: %s", qPrintable(s.error().message()));
    return s.ok();
}

bool TestStore::addLaboratory()
{
    if (!addUser(QString::fromLatin1(kLabAnalyst), Role::QcAnalyst))
        return false;
    std::unique_ptr<Session> admin = open();
    if (!admin)
        return false;
    AccountService accounts(*admin);
    for (const DemoData::Analyst &a : DemoData::laboratory()) {
        AccountService::NewAccount account;
        account.userName = QString::fromLatin1(a.userName);
        account.fullName = QString::fromLatin1(a.fullName);
        account.personId = QString::fromLatin1(a.personId);
        account.role = Role::QcAnalyst;
        account.requirePasswordChange = false;
        if (Result<Account> added = accounts.add(account, secret(kPassword)); !added) {
            qWarning("TestStore::addLaboratory: %s", qPrintable(added.error().message()));
            return false;
        }
    }
    return true;
}

SecureBytes TestStore::masterKey() const
{
    Result<UnlockedKeys> keys =
        KeyRing::unlock(m_path, QString::fromLatin1(kAdmin), secret(kPassword));
    return keys ? std::move(keys->masterKey) : SecureBytes();
}

KeyDirectory keyDirectory(const Store &store)
{
    Result<KeySlotFile> header = KeySlotFile::load(store.paths().keyslots());
    Result<KeyDirectory> dir = KeyDirectory::load(store.connection(), store.storeId(),
                                                  header ? header->rootPublicKey : QByteArray());
    if (!dir)
        qWarning("keyDirectory: %s", qPrintable(dir.error().message()));
    return dir ? std::move(dir).value() : KeyDirectory();
}

QList<CheckpointAnchor> anchors(const QString &storePath)
{
    Result<KeySlotFile> header = KeySlotFile::load(StorePaths(storePath).keyslots());
    return header ? header->anchors.values() : QList<CheckpointAnchor>();
}

std::optional<CheckpointAnchor> latestAnchor(const QString &storePath)
{
    Result<KeySlotFile> header = KeySlotFile::load(StorePaths(storePath).keyslots());
    return header ? header->latestAnchor() : std::nullopt;
}

} // namespace rd::test
