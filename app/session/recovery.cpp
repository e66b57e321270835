// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/recovery.h"

#include "accounts/accountrecords.h"
#include "accounts/accountservice.h"
#include "core/clock.h"
#include "security/crypto.h"
#include "security/keyring.h"
#include "security/passwordpolicy.h"
#include "session/session.h"
#include "store/rows.h"
#include "store/store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
struct RecoveredStore
{
    UnlockedKeys keys;
    std::unique_ptr<Store> store;
};

// Unwraps the recovery slot and opens records.db with it; the store's audit events then name
// the recovery code as their actor.
Result<RecoveredStore> openWithRecoveryCode(const QString &storePath, const QString &recoveryCode)
{
    Result<UnlockedKeys> keys = KeyRing::unlockWithRecoveryCode(storePath, recoveryCode);
    if (!keys)
        return keys.error();
    Result<std::unique_ptr<Store>> opened =
        Store::open(keys->storePath, keys->storeId, keys->masterKey.copy(),
                    QString::fromLatin1(Recovery::kActor));
    if (!opened)
        return opened.error();
    return RecoveredStore{std::move(keys).value(), std::move(opened).value()};
}
} // namespace

Status Recovery::resetAdministratorPassword(const QString &storePath, const QString &recoveryCode,
                                            const QString &adminUserName,
                                            const SecureBytes &newPassword)
{
    Result<QString> userName = AccountService::normalizeUserName(adminUserName);
    if (!userName)
        return userName.error();
    Result<RecoveredStore> recovered = openWithRecoveryCode(storePath, recoveryCode);
    if (!recovered)
        return recovered.error();
    const UnlockedKeys &keys = recovered->keys;
    const QString actor = QString::fromLatin1(kActor);
    Store &store = *recovered->store;
    QSqlDatabase db = store.connection();

    Result<Account> account = Session::loadAccount(db, userName.value());
    if (!account)
        return account.error();
    if (account->role != Role::Administrator) {
        return Error(ErrorCode::Forbidden,
                     tr("\"%1\" is not an administrator; the recovery code can only set an "
                        "administrator's password.")
                         .arg(userName.value()));
    }
    if (Status s = PasswordPolicy::check(userName.value(), newPassword); !s)
        return s;
    if (Status s = AccountService::checkHistory(store, account->id, newPassword); !s)
        return s;

    crypto::SigningKeyPair signing = crypto::generateSigningKeyPair();
    Result<QString> historyHash = crypto::hashForHistory(newPassword);
    if (!historyHash)
        return historyHash.error();
    Result<KeySlot> slot = KeyRing::wrapForUser(store.storeId(), userName.value(), 0,
                                                store.masterKey(), signing.secretKey, newPassword);
    if (!slot)
        return slot.error();

    AuditTrail trail(db, store.storeId());
    AccountRecords records(db, trail, actor);
    SlotWrite slotWrite(store, userName.value(), true);
    return inTransaction(
        db, tr("Cannot set the administrator password"), slotWrite, [&]() -> Status {
            AuditEntry e;
            e.action = QString::fromLatin1(audit::kRecoveryUsed);
            e.entityType = u"user"_s;
            e.entityId = userName.value();
            e.reason = keys.headerIntact ? tr("administrator password set with the recovery code")
                                         : tr("administrator password set with the recovery "
                                              "code; keyslots.json had been changed outside "
                                              "ReleaseDesk and was sealed anew");
            if (Result<AuditEvent> r = trail.append(actor, e); !r)
                return r.error();
            Result<qint64> keyId =
                records.issueSigningKey(account->id, userName.value(), signing.publicKey);
            if (!keyId)
                return keyId.error();
            if (Status s = records.rememberPassword(account->id, historyHash.value()); !s)
                return s;
            if (Status s = records.setMustChangePassword(account->id, false); !s)
                return s;
            // A disabled administrator comes back: a store is never left without one.
            if (!account->active) {
                if (Status s = records.enable(account->id, userName.value(),
                                              tr("re-enabled with the recovery code"));
                    !s)
                    return s;
            }
            slot->keyId = keyId.value();
            return slotWrite.put(slot.value(), true);
        });
}

Status Recovery::acceptRollback(const QString &storePath, const QString &recoveryCode,
                                const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("Give the reason for accepting the older records (e.g. the backup it was "
                        "restored from)."));
    Result<RecoveredStore> recovered = openWithRecoveryCode(storePath, recoveryCode);
    if (!recovered)
        return recovered.error();
    const UnlockedKeys &keys = recovered->keys;
    Store &store = *recovered->store;
    QSqlDatabase db = store.connection();
    AuditTrail trail(db, store.storeId());
    const std::optional<CheckpointAnchor> lost = keys.header.anchor;
    if (!lost || trail.checkAnchor(*lost)) {
        return Error(ErrorCode::InvalidInput,
                     tr("records.db still holds the last signed checkpoint; there is nothing to "
                        "accept."));
    }

    // The newest checkpoint the database does hold becomes the anchor (it was verified when
    // it was written, and verify checks its signature again).
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + AuditTrail::eventColumns() +
              u" FROM audit_events WHERE action IN (?, ?) ORDER BY seq DESC LIMIT 1"_s);
    q.addBindValue(QString::fromLatin1(audit::kSessionLocked));
    q.addBindValue(QString::fromLatin1(audit::kSessionClosed));
    if (!q.exec())
        return Store::errorFrom(tr("Cannot read the audit trail"), q.lastError());
    std::optional<CheckpointAnchor> kept;
    const Result<bool> found = nextRow(q, tr("Cannot read the audit trail"));
    if (!found)
        return found.error();
    if (found.value())
        kept = AuditTrail::anchorOf(AuditTrail::eventFromRow(q));
    q.finish();

    if (!db.transaction())
        return Store::errorFrom(tr("Cannot record the acceptance"), db.lastError());
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kRollbackAccepted);
    e.entityType = u"store"_s;
    e.entityId = store.storeId();
    e.oldValue = tr("checkpoint event %1 signed by %2 at %3")
                     .arg(lost->seq)
                     .arg(lost->userName, toStoredTime(lost->at));
    e.newValue = kept ? tr("checkpoint event %1").arg(kept->seq) : tr("no checkpoint");
    e.reason = reason.trimmed();
    Result<AuditEvent> r = trail.append(QString::fromLatin1(kActor), e);
    if (!r || !db.commit()) {
        const Error err =
            r ? Store::errorFrom(tr("Cannot record the acceptance"), db.lastError()) : r.error();
        db.rollback();
        return err;
    }
    return KeyRing::modify(store.paths().root(), &store.masterKey(),
                           [&kept](KeySlotFile &f) -> Status {
                               f.anchor = kept;
                               return {};
                           });
}

Result<SecureBytes> Recovery::discloseRawKey(const QString &storePath, const QString &recoveryCode)
{
    Result<RecoveredStore> recovered = openWithRecoveryCode(storePath, recoveryCode);
    if (!recovered)
        return recovered.error();
    const QString storeId = recovered->keys.storeId;
    QSqlDatabase db = recovered->store->connection();
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot record the disclosure"), db.lastError());
    AuditEntry e;
    e.action = QString::fromLatin1(audit::kRawKeyDisclosed);
    e.entityType = u"store"_s;
    e.entityId = storeId;
    e.reason = tr("raw database key shown for use with the sqlcipher shell");
    Result<AuditEvent> r = AuditTrail(db, storeId).append(QString::fromLatin1(kActor), e);
    // The key is shown only once its disclosure is on record.
    if (!r || !db.commit()) {
        const Error err =
            r ? Store::errorFrom(tr("Cannot record the disclosure"), db.lastError()) : r.error();
        db.rollback();
        return err;
    }
    return recovered->keys.masterKey.toHex();
}

} // namespace rd
