// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/keyring.h"

#include "core/clock.h"
#include "core/storefiles.h"
#include "security/recoverycode.h"

#include <QFileInfo>

namespace rd {

namespace {
// Slot plaintext: version byte, master key, signing secret key (user slots only).
constexpr unsigned char kSlotVersion = 1;
constexpr std::size_t kUserPlainBytes = 1 + crypto::kMasterKeyBytes + crypto::kSignSecretKeyBytes;
constexpr std::size_t kRecoveryPlainBytes = 1 + crypto::kMasterKeyBytes;

} // namespace

Status KeyRing::checkStoreFolder(const QString &storePath)
{
    const StorePaths paths(storePath);
    const QFileInfo info(paths.root());
    if (!info.exists()) {
        return Error(
            ErrorCode::StoreMissing,
            tr("There is no store at %1: the folder does not exist.").arg(paths.displayName()));
    }
    if (!info.isDir()) {
        return Error(ErrorCode::StoreMissing,
                     tr("%1 is a file, not a store folder.").arg(paths.displayName()));
    }
    return StoreFiles::checkWritable(paths.root());
}

Error KeyRing::alteredHeaderError()
{
    return Error(ErrorCode::Tampered,
                 tr("keyslots.json was changed outside ReleaseDesk: its integrity code does not "
                    "match. Restore it from a backup, or have an administrator repair it with the "
                    "recovery code (releasedesk recover)."));
}

QString KeyRing::wrongCredentialsMessage()
{
    return tr("Wrong user name or password.");
}

Result<UnlockedKeys> KeyRing::unlock(const QString &storePath, const QString &userName,
                                     const SecureBytes &password)
{
    const StorePaths paths(storePath);
    if (Status s = checkStoreFolder(storePath); !s)
        return s.error();
    // One attempt at a time per store, from the lockout check to the counting, under the
    // key-slot lock: guesses started in parallel cannot slip past the limit.
    Result<std::unique_ptr<StoreLock>> lock = StoreFiles::lockKeyslots(paths);
    if (!lock)
        return lock.error();
    Result<KeySlotFile> loaded = KeySlotFile::load(paths.keyslots());
    if (!loaded)
        return loaded.error();
    KeySlotFile &header = loaded.value();
    const QString user = userName.trimmed().toLower();
    const QDateTime now = Clock::instance().nowUtc();
    const auto refuse = [&header, &paths]() -> Error {
        if (Status s = StoreFiles::writeAtomically(paths.keyslots(), header.serialize()); !s)
            return s.error();
        return Error(ErrorCode::WrongCredentials, wrongCredentialsMessage());
    };

    const auto slotIt = header.userSlots.constFind(user);
    if (slotIt == header.userSlots.constEnd()) {
        // Take as long as a real attempt, so that timing does not tell which names exist.
        const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
        (void)crypto::deriveKey(password, salt, crypto::KdfCost::standard());
        header.unknownUserFailures.append(now);
        return refuse();
    }
    const LoginAttempts attempts = header.attempts.value(user);
    if (attempts.lockedUntil.isValid() && attempts.lockedUntil > now) {
        return Error(ErrorCode::AccountLocked,
                     tr("The account \"%1\" is locked after %2 failed logins in a row; try again "
                        "after %3, or ask an administrator to reset the password.")
                         .arg(user)
                         .arg(kMaxConsecutiveFailures)
                         .arg(toLocalDisplay(attempts.lockedUntil)));
    }

    const KeySlot slot = *slotIt;
    Result<UnlockedKeys> keys = unwrap(storePath, header, slot, password,
                                       KeySlotFile::slotAssociatedData(header.storeId, user));
    if (!keys && keys.error().code() == ErrorCode::WrongCredentials) {
        LoginAttempts &a = header.attempts[user];
        a.consecutiveFailures += 1;
        a.unreportedFailures.append(now);
        if (a.consecutiveFailures >= kMaxConsecutiveFailures) {
            a.lockedUntil = now.addSecs(kLockoutMinutes * 60);
            a.unreportedLockouts.append(now);
            a.consecutiveFailures = 0;
        }
        return refuse();
    }
    if (!keys)
        return keys.error();
    if (!keys->headerIntact)
        return alteredHeaderError();
    keys->userName = user;
    keys->keyId = slot.keyId;
    return keys;
}

Result<UnlockedKeys> KeyRing::unlockWithRecoveryCode(const QString &storePath,
                                                     const QString &recoveryCode)
{
    const StorePaths paths(storePath);
    if (Status s = checkStoreFolder(storePath); !s)
        return s.error();
    Result<SecureBytes> secret = RecoveryCode::parse(recoveryCode);
    if (!secret)
        return secret.error();
    Result<KeySlotFile> loaded = KeySlotFile::load(paths.keyslots());
    if (!loaded)
        return loaded.error();
    const KeySlotFile &header = loaded.value();
    if (!header.recovery) {
        return Error(ErrorCode::StoreDamaged, tr("%1 has no recovery slot.").arg(paths.keyslots()));
    }
    Result<UnlockedKeys> keys = unwrap(storePath, header, *header.recovery, secret.value(),
                                       KeySlotFile::recoveryAssociatedData(header.storeId));
    if (!keys && keys.error().code() == ErrorCode::WrongCredentials) {
        return Error(ErrorCode::WrongCredentials,
                     tr("The recovery code does not open this store."));
    }
    return keys;
}

Result<UnlockedKeys> KeyRing::unwrap(const QString &storePath, const KeySlotFile &header,
                                     const KeySlot &slot, const SecureBytes &secret,
                                     const QByteArray &associatedData)
{
    Result<SecureBytes> kek = crypto::deriveKey(secret, slot.kdf.salt, slot.kdf.cost);
    if (!kek)
        return kek.error();
    Result<SecureBytes> plain =
        crypto::open(kek.value(), slot.nonce, slot.ciphertext, associatedData);
    if (!plain)
        return Error(ErrorCode::WrongCredentials, wrongCredentialsMessage());

    const bool isUser = !slot.userName.isEmpty();
    const SecureBytes &p = plain.value();
    if (p.size() != (isUser ? kUserPlainBytes : kRecoveryPlainBytes) ||
        p.data()[0] != kSlotVersion) {
        return Error(ErrorCode::StoreDamaged,
                     tr("The key slot opened but holds data of an unknown layout; this store was "
                        "made by another version of ReleaseDesk."));
    }
    UnlockedKeys keys;
    keys.storePath = StorePaths(storePath).root();
    keys.storeId = header.storeId;
    keys.masterKey = p.mid(1, crypto::kMasterKeyBytes);
    if (isUser)
        keys.signingKey = p.mid(1 + crypto::kMasterKeyBytes, crypto::kSignSecretKeyBytes);

    keys.headerIntact = header.macMatches(keys.masterKey);
    keys.header = header;
    return keys;
}

Result<KeySlot> KeyRing::wrapForUser(const QString &storeId, const QString &userName, qint64 keyId,
                                     const SecureBytes &masterKey, const SecureBytes &signingKey,
                                     const SecureBytes &password)
{
    KeySlot slot;
    slot.userName = userName;
    slot.keyId = keyId;
    slot.kdf.cost = crypto::KdfCost::forNewSecrets();
    slot.kdf.salt = crypto::randomBytes(crypto::kSaltBytes);
    slot.created = Clock::instance().nowUtc();
    Result<SecureBytes> kek = crypto::deriveKey(password, slot.kdf.salt, slot.kdf.cost);
    if (!kek)
        return kek.error();
    SecureBytes plain(kUserPlainBytes);
    plain.data()[0] = kSlotVersion;
    std::copy_n(masterKey.data(), crypto::kMasterKeyBytes, plain.data() + 1);
    std::copy_n(signingKey.data(), crypto::kSignSecretKeyBytes,
                plain.data() + 1 + crypto::kMasterKeyBytes);
    const crypto::Sealed sealed =
        crypto::seal(kek.value(), plain, KeySlotFile::slotAssociatedData(storeId, userName));
    slot.nonce = sealed.nonce;
    slot.ciphertext = sealed.ciphertext;
    return slot;
}

Result<KeySlot> KeyRing::wrapForRecovery(const QString &storeId, const SecureBytes &masterKey,
                                         const SecureBytes &recoverySecret)
{
    KeySlot slot;
    slot.kdf.cost = crypto::KdfCost::forNewSecrets();
    slot.kdf.salt = crypto::randomBytes(crypto::kSaltBytes);
    slot.created = Clock::instance().nowUtc();
    Result<SecureBytes> kek = crypto::deriveKey(recoverySecret, slot.kdf.salt, slot.kdf.cost);
    if (!kek)
        return kek.error();
    SecureBytes plain(kRecoveryPlainBytes);
    plain.data()[0] = kSlotVersion;
    std::copy_n(masterKey.data(), crypto::kMasterKeyBytes, plain.data() + 1);
    const crypto::Sealed sealed =
        crypto::seal(kek.value(), plain, KeySlotFile::recoveryAssociatedData(storeId));
    slot.nonce = sealed.nonce;
    slot.ciphertext = sealed.ciphertext;
    return slot;
}

Status KeyRing::modify(const QString &storePath, const SecureBytes *masterKey,
                       const std::function<Status(KeySlotFile &)> &change, MacPolicy policy)
{
    const StorePaths paths(storePath);
    Result<std::unique_ptr<StoreLock>> lock = StoreFiles::lockKeyslots(paths);
    if (!lock)
        return lock.error();
    // Read again under the lock: another process may have written since we last looked.
    // Under the lock no other write is under way: a temporary file is what a crash left.
    StoreFiles::removeInterruptedWrites(paths.keyslots());
    Result<KeySlotFile> loaded = KeySlotFile::load(paths.keyslots());
    if (!loaded)
        return loaded.error();
    KeySlotFile &file = loaded.value();
    if (masterKey && policy == MacPolicy::Verify && !file.macMatches(*masterKey))
        return alteredHeaderError();
    const QByteArray coveredBefore = file.coveredBytes();
    if (Status s = change(file); !s)
        return s;
    if (masterKey) {
        file.seal(*masterKey);
    } else if (file.coveredBytes() != coveredBefore) {
        return Error(ErrorCode::Failed,
                     tr("Internal error: key-slot content changed without the master key; nothing "
                        "was written."));
    }
    return StoreFiles::writeAtomically(paths.keyslots(), file.serialize());
}

} // namespace rd
