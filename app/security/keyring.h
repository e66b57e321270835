// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "security/keyslotfile.h"
#include "security/securebytes.h"

#include <QCoreApplication>

#include <functional>

namespace rd {

// What an unlocked key slot yields: the store's master key and, for a user, that user's
// Ed25519 signing key. Lives only in locked memory.
struct UnlockedKeys
{
    QString storePath;
    QString storeId;
    QString userName; // empty when unlocked with the recovery code
    qint64 keyId = 0;
    SecureBytes masterKey;
    SecureBytes signingKey;
    KeySlotFile header;
    bool headerIntact = true; // false: keyslots.json was changed outside ReleaseDesk // as read at
                              // unlock: carries the failed logins still to be audited
};

// The key slots of a store (DESIGN.md section 4): unlocking, wrapping, lockout counting, and
// every change to keyslots.json. Thread-safe; unlocking is slow on purpose (Argon2id), so the
// window calls it off the GUI thread.
class KeyRing
{
    Q_DECLARE_TR_FUNCTIONS(rd::KeyRing)

public:
    static constexpr int kMaxConsecutiveFailures = 5;
    static constexpr int kLockoutMinutes = 15;

    enum class MacPolicy {
        Verify, // refuse to write over a file changed outside ReleaseDesk
        Reseal, // recovery only: accept it and seal it anew
    };

    // Unwraps the user's slot. A wrong password (or unknown user: same message, same time
    // taken) is counted in keyslots.json and locks the account at the fifth in a row. Nothing
    // is written on success; the Session does that once records.db has opened.
    static Result<UnlockedKeys> unlock(const QString &storePath, const QString &userName,
                                       const SecureBytes &password);

    // Unwraps the recovery slot; the result has no user and no signing key. Unlike a user's
    // unlock it succeeds on an altered keyslots.json (headerIntact tells), so that recovery
    // can repair it.
    static Result<UnlockedKeys> unlockWithRecoveryCode(const QString &storePath,
                                                       const QString &recoveryCode);

    static Result<KeySlot> wrapForUser(const QString &storeId, const QString &userName,
                                       qint64 keyId, const SecureBytes &masterKey,
                                       const SecureBytes &signingKey, const SecureBytes &password);
    static Result<KeySlot> wrapForRecovery(const QString &storeId, const SecureBytes &masterKey,
                                           const SecureBytes &recoverySecret);

    // Read-modify-write of keyslots.json under the store's lock, written atomically. With the
    // master key the integrity code is checked before and renewed after; without it, `change`
    // may touch only the login-attempt counters.
    static Status modify(const QString &storePath, const SecureBytes *masterKey,
                         const std::function<Status(KeySlotFile &)> &change,
                         MacPolicy policy = MacPolicy::Verify);

    static QString wrongCredentialsMessage();

private:
    static Result<UnlockedKeys> unwrap(const QString &storePath, const KeySlotFile &header,
                                       const KeySlot &slot, const SecureBytes &secret,
                                       const QByteArray &associatedData);
    static Error alteredHeaderError();
    static Status checkStoreFolder(const QString &storePath);
};

} // namespace rd
