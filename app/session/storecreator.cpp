// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/storecreator.h"

#include "accounts/accountrecords.h"
#include "accounts/accountservice.h"
#include "accounts/identity.h"
#include "core/clock.h"
#include "security/crypto.h"
#include "security/keycertificate.h"
#include "security/keyring.h"
#include "security/passwordpolicy.h"
#include "security/recoverycode.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sqlite3.h>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace rd {

Result<StoreCreator::Created> StoreCreator::create(const QString &storePath,
                                                   const QString &adminUserName,
                                                   const QString &adminFullName,
                                                   const SecureBytes &adminPassword,
                                                   const QString &adminPersonId)
{
    Result<QString> user = AccountService::normalizeUserName(adminUserName);
    if (!user)
        return user.error();
    Result<QString> fullName = AccountService::normalizeFullName(adminFullName);
    if (!fullName)
        return fullName.error();
    // Every account belongs to a person, the first administrator's too.
    Result<QString> id = Identity::normalizePersonId(adminPersonId);
    if (!id)
        return id.error();
    const QString personId = id.value();
    if (Status s = PasswordPolicy::check({user.value(), fullName.value(), personId}, adminPassword);
        !s)
        return s.error();

    const StorePaths target(storePath);
    const QFileInfo info(target.root());
    if (info.exists() && !info.isDir())
        return Error(
            ErrorCode::AlreadyExists,
            tr("%1 is a file; a new store needs a new or empty folder.").arg(target.displayName()));
    if (info.isDir() &&
        !QDir(target.root())
             .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Error(ErrorCode::AlreadyExists,
                     tr("%1 is not empty; a new store needs a new or empty folder.")
                         .arg(target.displayName()));
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent))
        return Error(ErrorCode::Io,
                     tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(parent)));
    if (Status s = StoreFiles::checkWritable(parent); !s)
        return s.error();

    // Build beside the target, then rename: a half-made store never carries the real name.
    const QString building = parent + u"/."_s + info.fileName() + u".creating-"_s +
                             QString::fromLatin1(crypto::randomBytes(4).toHex());
    // Private to its owner whatever the umask: mkdir's mode is narrowed by the umask only, so
    // it is set again once the folder exists.
    const QByteArray buildingName = QFile::encodeName(building);
    if (::mkdir(buildingName.constData(), 0700) != 0)
        return Error(ErrorCode::Io,
                     tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(building)));
    if (::chmod(buildingName.constData(), 0700) != 0) {
        QDir().rmdir(building);
        return Error(ErrorCode::Io,
                     tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(building)));
    }
    const auto abandon = [&building](Error e) -> Result<Created> {
        QDir(building).removeRecursively();
        return e;
    };

    const QString storeId = QString::fromLatin1(crypto::randomBytes(16).toHex());
    SecureBytes masterKey = SecureBytes::random(crypto::kMasterKeyBytes);
    // The root every certificate chain ends at: its secret goes only into the recovery slot.
    crypto::SigningKeyPair root = crypto::generateSigningKeyPair();
    crypto::SigningKeyPair adminKeys = crypto::generateSigningKeyPair();
    SecureBytes recoverySecret = RecoveryCode::generate();

    Result<QString> historyHash = crypto::hashForHistory(adminPassword);
    if (!historyHash)
        return abandon(historyHash.error());
    Result<KeySlot> adminSlot =
        KeyRing::wrapForUser(storeId, user.value(), 0, adminKeys.secretKey, adminPassword);
    if (!adminSlot)
        return abandon(adminSlot.error());
    Result<KeySlot> recoverySlot =
        KeyRing::wrapForRecovery(storeId, root.secretKey, recoverySecret);
    if (!recoverySlot)
        return abandon(recoverySlot.error());

    KeySlotFile header;
    header.rootPublicKey = root.publicKey;
    header.epoch = 1;
    const QString fingerprint = StoreRoot::fingerprint(storeId, root.publicKey);
    {
        Result<std::unique_ptr<Store>> store =
            Store::create(building, storeId, masterKey.copy(), user.value(),
                          Store::Options{.pageSize = header.cipher.pageSize});
        if (!store)
            return abandon(store.error());
        QSqlDatabase db = store.value()->connection();
        AuditTrail trail(db, storeId);
        AccountRecords records(db, trail, user.value());

        header.storeId = storeId;
        header.created = Clock::instance().nowUtc();
        header.cipher.createdWith =
            tr("SQLCipher %1 on SQLite %2")
                .arg(store.value()->cipherVersion(), QString::fromLatin1(sqlite3_libversion()));

        AuditEntry created;
        created.action = QString::fromLatin1(audit::kStoreCreated);
        created.entityType = u"store"_s;
        created.entityId = storeId;
        created.newValue = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"cipherCompatibility"_s, header.cipher.compatibility},
                                      {u"pageSize"_s, header.cipher.pageSize},
                                      {u"createdWith"_s, header.cipher.createdWith},
                                      {u"rootFingerprint"_s, fingerprint}})
                .toJson(QJsonDocument::Compact));

        AuditEvent checkpoint;
        const auto fill = [&]() -> Status {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO meta (key, value) VALUES ('root_public_key', ?)"_s);
            q.addBindValue(QString::fromLatin1(root.publicKey.toHex()));
            if (!q.exec())
                return Store::errorFrom(tr("Cannot create the store"), q.lastError());
            if (Result<AuditEvent> r = trail.append(
                    user.value(), created, {{RecordBindings::Kind::Meta, u"root_public_key"_s}});
                !r)
                return r.error();
            Result<qint64> userId =
                records.insertUser(user.value(), fullName.value(), Role::Administrator, false);
            if (!userId)
                return userId.error();
            if (Status s = records.statePerson(userId.value(), user.value(), personId); !s)
                return s;
            if (Status s = records.rememberPassword(userId.value(), historyHash.value()); !s)
                return s;
            Result<qint64> keyId = records.issueSigningKey(
                userId.value(), user.value(), fullName.value(), Role::Administrator,
                adminKeys.publicKey, {KeyCertificate::kRootKeyId, &root.secretKey});
            if (!keyId)
                return keyId.error();
            adminSlot->keyId = keyId.value();
            // The creating session ends like any other: with a signed checkpoint.
            Result<AuditEvent> c = trail.appendCheckpoint(
                user.value(), keyId.value(), adminKeys.secretKey, audit::kSessionClosed);
            if (!c)
                return c.error();
            checkpoint = c.value();
            return {};
        };
        if (!db.transaction())
            return abandon(Store::errorFrom(tr("Cannot create the store"), db.lastError()));
        if (Status s = fill(); !s) {
            db.rollback();
            return abandon(s.error());
        }
        if (!db.commit()) {
            const Error e = Store::errorFrom(tr("Cannot create the store"), db.lastError());
            db.rollback();
            return abandon(e);
        }
        const CheckpointAnchor anchor = AuditTrail::anchorOf(checkpoint);
        header.anchors.insert(anchor.userName, anchor);
    } // records.db closed here, its write-ahead log folded back into the file

    if (Status s =
            KeyRing::sealMasterKey(adminSlot.value(), adminKeys.publicKey, header.epoch, masterKey);
        !s)
        return abandon(s.error());
    if (Status s =
            KeyRing::sealMasterKey(recoverySlot.value(), root.publicKey, header.epoch, masterKey);
        !s)
        return abandon(s.error());
    header.userSlots.insert(user.value(), adminSlot.value());
    header.recovery = recoverySlot.value();
    if (Status s = KeyRing::write(building, header); !s)
        return abandon(s.error());

    if (info.isDir())
        QDir().rmdir(target.root()); // the empty folder the user named
    if (!QDir().rename(building, target.root())) {
        return abandon(
            Error(ErrorCode::Io,
                  tr("Cannot move the new store into place at %1.").arg(target.displayName())));
    }
    Created result;
    result.storePath = target.root();
    result.storeId = storeId;
    result.recoverySecret = std::move(recoverySecret);
    result.rootFingerprint = fingerprint;
    return result;
}

} // namespace rd
