// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "security/keyslotfile.h"
#include "security/securebytes.h"

#include <QCoreApplication>

#include <functional>

namespace rd {

// What an unlocked key slot yields: the master key of records.db and the slot's signing key
// (a user's, or for the recovery code the store root's). Lives only in locked memory.
struct UnlockedKeys
{
    QString storePath;
    QString storeId;
    QString userName;             // empty when unlocked with the recovery code
    qint64 keyId = 0;             // 0: the root
    SecureBytes masterKey;        // of header.epoch; empty for a format 1 user slot after re-keys
    SecureBytes pendingMasterKey; // of header.pendingEpoch, while a re-key is under way
    SecureBytes signingKey;
    QByteArray publicKey; // of signingKey
    KeySlotFile header;   // as read at unlock: carries the failed logins still to be audited
};

// The key slots of a store (docs/DESIGN.md section 4, app/audit/THREAT-MODEL.md): unlocking,
// wrapping, sealing the master key to each slot, lockout counting, and every change to
// keyslots.json and recovery.json. Thread-safe; unlocking is slow on purpose (Argon2id), so the
// window calls it off the GUI thread.
class KeyRing
{
    Q_DECLARE_TR_FUNCTIONS(rd::KeyRing)

public:
    static constexpr int kMaxConsecutiveFailures = 5;
    static constexpr int kLockoutMinutes = 15;
    // How far ahead of this workstation's clock a recorded failed login may be (another
    // workstation's clock) and still be believed.
    static constexpr int kClockToleranceSeconds = 300;

    // Unwraps the user's slot. A wrong password (or unknown user: same message, same time
    // taken) is counted in keyslots.json and locks the account at the fifth in a row. Nothing
    // is written on success; the Session does that once records.db has opened. A store made by
    // an earlier version is refused with StoreOlder until it is upgraded.
    static Result<UnlockedKeys> unlock(const QString &storePath, const QString &userName,
                                       const SecureBytes &password);

    // Unwraps the recovery slot of keyslots.json, or of recovery.json when keyslots.json is
    // missing or damaged (header then says which was read). Also reads a store of format 1, for
    // its upgrade.
    static Result<UnlockedKeys> unlockWithRecoveryCode(const QString &storePath,
                                                       const QString &recoveryCode);

    // A user's slot wrapping `signingKey` under `password`; no master key sealed yet.
    static Result<KeySlot> wrapForUser(const QString &storeId, const QString &userName,
                                       qint64 keyId, const SecureBytes &signingKey,
                                       const SecureBytes &password);
    // The recovery slot wrapping the root's secret key under the recovery code's secret.
    static Result<KeySlot> wrapForRecovery(const QString &storeId, const SecureBytes &rootSecret,
                                           const SecureBytes &recoverySecret);
    // Seals `masterKey` of `epoch` to `publicKey` (the slot's signing key) in `slot`, replacing
    // what the slot held for that epoch.
    static Status sealMasterKey(KeySlot &slot, const QByteArray &publicKey, int epoch,
                                const SecureBytes &masterKey);

    // Read-modify-write of keyslots.json under the store's lock, written atomically; when the
    // recovery slot or the root changed, recovery.json too.
    static Status modify(const QString &storePath,
                         const std::function<Status(KeySlotFile &)> &change);
    // Writes `file` as keyslots.json (and recovery.json), for a store being made or repaired.
    static Status write(const QString &storePath, const KeySlotFile &file);

    // Opens the master keys `header` seals in `slot` (its epoch's, and the pending one's while a
    // re-key is under way) with keys.signingKey, into `keys`.
    static Status openMasterKeys(const KeySlotFile &header, const KeySlot &slot,
                                 UnlockedKeys &keys);

    static QString wrongCredentialsMessage();
    // Until when `a` keeps the account locked, judged against `now`: a lockout lasts
    // kLockoutMinutes from the failure that caused it, and one recorded in the future (beyond
    // the clock tolerance) is not believed. Invalid when not locked.
    static QDateTime lockedUntil(const LoginAttempts &a, const QDateTime &now);

private:
    static Result<UnlockedKeys> unwrap(const QString &storePath, const KeySlotFile &header,
                                       const KeySlot &slot, const SecureBytes &secret,
                                       const QByteArray &associatedData);
    static Status checkStoreFolder(const QString &storePath);
};

} // namespace rd
