// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/keyring.h"

#include "core/clock.h"
#include "core/storefiles.h"
#include "security/recoverycode.h"

#include <QFileInfo>

#include <algorithm>

namespace rd {

namespace {
// Slot plaintext, format 2: version byte, signing secret key. Format 1 (before store roots):
// version byte, master key, then for users the signing secret key.
constexpr unsigned char kSlotVersion = 2;
constexpr std::size_t kPlainBytes = 1 + crypto::kSignSecretKeyBytes;
constexpr std::size_t kLegacyUserPlainBytes =
    1 + crypto::kMasterKeyBytes + crypto::kSignSecretKeyBytes;
constexpr std::size_t kLegacyRecoveryPlainBytes = 1 + crypto::kMasterKeyBytes;

const SealedMasterKey *sealedFor(const KeySlot &slot, int epoch)
{
    for (const SealedMasterKey &k : slot.masterKeys) {
        if (k.epoch == epoch)
            return &k;
    }
    return nullptr;
}
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

QString KeyRing::wrongCredentialsMessage()
{
    return tr("Wrong user name or password.");
}

QDateTime KeyRing::lockedUntil(const LoginAttempts &a, const QDateTime &now)
{
    if (!a.lockedAt.isValid() || a.lockedAt > now.addSecs(kClockToleranceSeconds))
        return {};
    const QDateTime until = a.lockedAt.addSecs(kLockoutMinutes * 60);
    return until > now ? until : QDateTime();
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
    if (header.formatVersion < KeySlotFile::kFormatVersion) {
        return Error(ErrorCode::StoreOlder,
                     tr("%1 was made by an earlier ReleaseDesk, before key certificates. Nothing "
                        "was changed. Upgrade it once with the recovery code: releasedesk "
                        "upgrade %1")
                         .arg(paths.displayName()));
    }
    const QString user = userName.trimmed().toLower();
    const QDateTime now = Clock::instance().nowUtc();
    const auto refuse = [&header, &paths]() -> Error {
        ++header.failuresCounted;
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
    const QDateTime until = lockedUntil(header.attempts.value(user), now);
    if (until.isValid()) {
        return Error(ErrorCode::AccountLocked,
                     tr("The account \"%1\" is locked after %2 failed logins in a row; try again "
                        "after %3, or ask an administrator to reset the password.")
                         .arg(user)
                         .arg(kMaxConsecutiveFailures)
                         .arg(toLocalDisplay(until)));
    }

    const KeySlot slot = *slotIt;
    Result<UnlockedKeys> keys =
        unwrap(storePath, header, slot, password,
               KeySlotFile::slotAssociatedData(header.storeId, user, slot.format));
    if (!keys && keys.error().code() == ErrorCode::WrongCredentials) {
        LoginAttempts &a = header.attempts[user];
        a.consecutiveFailures += 1;
        a.unreportedFailures.append(now);
        if (a.consecutiveFailures >= kMaxConsecutiveFailures) {
            a.lockedAt = now;
            a.unreportedLockouts.append(now);
            a.consecutiveFailures = 0;
        }
        return refuse();
    }
    if (!keys)
        return keys.error();
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
    if (!loaded || !loaded->recovery) {
        // The copy beside it holds the recovery slot too.
        Result<KeySlotFile> copy = KeySlotFile::load(paths.recoveryCopy());
        if (!copy || !copy->recovery) {
            if (!loaded)
                return loaded.error();
            return Error(ErrorCode::StoreDamaged,
                         tr("%1 has no recovery slot, and %2 cannot be read.")
                             .arg(paths.keyslots(), paths.recoveryCopy()));
        }
        loaded = std::move(copy);
    }
    const KeySlotFile &header = loaded.value();
    Result<UnlockedKeys> keys =
        unwrap(storePath, header, *header.recovery, secret.value(),
               KeySlotFile::recoveryAssociatedData(header.storeId, header.recovery->format));
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
    const auto unknownLayout = [] {
        return Error(ErrorCode::StoreDamaged,
                     tr("The key slot opened but holds data of an unknown layout; this store was "
                        "made by another version of ReleaseDesk."));
    };
    UnlockedKeys keys;
    keys.storePath = StorePaths(storePath).root();
    keys.storeId = header.storeId;
    if (slot.format == 1) {
        const std::size_t expected = isUser ? kLegacyUserPlainBytes : kLegacyRecoveryPlainBytes;
        if (p.size() != expected || p.data()[0] != 1)
            return unknownLayout();
        // The master key of when the slot was made: the current one until the first re-key.
        keys.masterKey = p.mid(1, crypto::kMasterKeyBytes);
        if (isUser)
            keys.signingKey = p.mid(1 + crypto::kMasterKeyBytes, crypto::kSignSecretKeyBytes);
    } else {
        if (p.size() != kPlainBytes || p.data()[0] != kSlotVersion)
            return unknownLayout();
        keys.signingKey = p.mid(1, crypto::kSignSecretKeyBytes);
    }
    if (!keys.signingKey.isEmpty())
        keys.publicKey = crypto::publicKeyOf(keys.signingKey);

    // The master key sealed to the slot's signing key (format 2 files).
    if (header.formatVersion >= 2) {
        if (Status s = openMasterKeys(header, slot, keys); !s)
            return s.error();
    }
    keys.header = header;
    return keys;
}

Status KeyRing::openMasterKeys(const KeySlotFile &header, const KeySlot &slot, UnlockedKeys &keys)
{
    const bool isUser = !slot.userName.isEmpty();
    const QString whose = isUser ? slot.userName : tr("the recovery code");
    const auto openEpoch = [&](int epoch) -> Result<SecureBytes> {
        const SealedMasterKey *sealed = sealedFor(slot, epoch);
        if (!sealed)
            return Error(ErrorCode::NotFound, QString());
        Result<SecureBytes> k = crypto::openSealed(keys.signingKey, sealed->box);
        if (!k || k->size() != crypto::kMasterKeyBytes) {
            return Error(ErrorCode::StoreDamaged,
                         tr("The key slot of \"%1\" opened, but the master key sealed in it for "
                            "key generation %2 does not: it was altered or damaged.")
                             .arg(whose)
                             .arg(epoch));
        }
        return k;
    };
    keys.masterKey = SecureBytes();
    keys.pendingMasterKey = SecureBytes();
    Result<SecureBytes> current = openEpoch(header.epoch);
    if (current)
        keys.masterKey = std::move(current).value();
    else if (current.error().code() != ErrorCode::NotFound)
        return current.error();
    if (header.pendingEpoch) {
        Result<SecureBytes> next = openEpoch(*header.pendingEpoch);
        if (next)
            keys.pendingMasterKey = std::move(next).value();
        else if (next.error().code() != ErrorCode::NotFound)
            return next.error();
    }
    if (keys.masterKey.isEmpty() && keys.pendingMasterKey.isEmpty()) {
        return Error(ErrorCode::StoreDamaged,
                     tr("The key slot of \"%1\" holds no master key of generation %2: it was made "
                        "for another generation, or keyslots.json was put back from an older "
                        "copy. Ask an administrator to reset the password.")
                         .arg(whose)
                         .arg(header.epoch));
    }
    return {};
}

Result<KeySlot> KeyRing::wrapForUser(const QString &storeId, const QString &userName, qint64 keyId,
                                     const SecureBytes &signingKey, const SecureBytes &password)
{
    KeySlot slot;
    slot.userName = userName;
    slot.keyId = keyId;
    slot.format = KeySlot::kCurrentFormat;
    slot.kdf.cost = crypto::KdfCost::forNewSecrets();
    slot.kdf.salt = crypto::randomBytes(crypto::kSaltBytes);
    slot.created = Clock::instance().nowUtc();
    Result<SecureBytes> kek = crypto::deriveKey(password, slot.kdf.salt, slot.kdf.cost);
    if (!kek)
        return kek.error();
    SecureBytes plain(kPlainBytes);
    plain.data()[0] = kSlotVersion;
    std::copy_n(signingKey.data(), crypto::kSignSecretKeyBytes, plain.data() + 1);
    const crypto::Sealed sealed = crypto::seal(
        kek.value(), plain, KeySlotFile::slotAssociatedData(storeId, userName, slot.format));
    slot.nonce = sealed.nonce;
    slot.ciphertext = sealed.ciphertext;
    return slot;
}

Result<KeySlot> KeyRing::wrapForRecovery(const QString &storeId, const SecureBytes &rootSecret,
                                         const SecureBytes &recoverySecret)
{
    KeySlot slot;
    slot.format = KeySlot::kCurrentFormat;
    slot.kdf.cost = crypto::KdfCost::forNewSecrets();
    slot.kdf.salt = crypto::randomBytes(crypto::kSaltBytes);
    slot.created = Clock::instance().nowUtc();
    Result<SecureBytes> kek = crypto::deriveKey(recoverySecret, slot.kdf.salt, slot.kdf.cost);
    if (!kek)
        return kek.error();
    SecureBytes plain(kPlainBytes);
    plain.data()[0] = kSlotVersion;
    std::copy_n(rootSecret.data(), crypto::kSignSecretKeyBytes, plain.data() + 1);
    const crypto::Sealed sealed =
        crypto::seal(kek.value(), plain, KeySlotFile::recoveryAssociatedData(storeId, slot.format));
    slot.nonce = sealed.nonce;
    slot.ciphertext = sealed.ciphertext;
    return slot;
}

Status KeyRing::sealMasterKey(KeySlot &slot, const QByteArray &publicKey, int epoch,
                              const SecureBytes &masterKey)
{
    const QByteArray box = crypto::sealTo(publicKey, masterKey);
    if (box.isEmpty()) {
        return Error(ErrorCode::Failed,
                     tr("The master key cannot be sealed for \"%1\": the public key is not a "
                        "valid Ed25519 key.")
                         .arg(slot.userName.isEmpty() ? tr("the recovery code") : slot.userName));
    }
    slot.masterKeys.erase(
        std::remove_if(slot.masterKeys.begin(), slot.masterKeys.end(),
                       [epoch](const SealedMasterKey &k) { return k.epoch == epoch; }),
        slot.masterKeys.end());
    slot.masterKeys.append({epoch, box});
    std::sort(slot.masterKeys.begin(), slot.masterKeys.end(),
              [](const SealedMasterKey &a, const SealedMasterKey &b) { return a.epoch < b.epoch; });
    return {};
}

Status KeyRing::write(const QString &storePath, const KeySlotFile &file)
{
    const StorePaths paths(storePath);
    // The copy first: a crash between the two leaves the recovery code's way in whole in at
    // least one of them.
    if (file.recovery) {
        if (Status s =
                StoreFiles::writeAtomically(paths.recoveryCopy(), file.serializeRecoveryCopy());
            !s)
            return s;
    }
    return StoreFiles::writeAtomically(paths.keyslots(), file.serialize());
}

Status KeyRing::modify(const QString &storePath, const std::function<Status(KeySlotFile &)> &change)
{
    const StorePaths paths(storePath);
    Result<std::unique_ptr<StoreLock>> lock = StoreFiles::lockKeyslots(paths);
    if (!lock)
        return lock.error();
    // Read again under the lock: another process may have written since we last looked.
    // Under the lock no other write is under way: a temporary file is what a crash left.
    StoreFiles::removeInterruptedWrites(paths.keyslots());
    StoreFiles::removeInterruptedWrites(paths.recoveryCopy());
    Result<KeySlotFile> loaded = KeySlotFile::load(paths.keyslots());
    if (!loaded)
        return loaded.error();
    KeySlotFile &file = loaded.value();
    if (file.formatVersion < KeySlotFile::kFormatVersion) {
        return Error(ErrorCode::StoreOlder,
                     tr("%1 was made by an earlier ReleaseDesk; upgrade it first (releasedesk "
                        "upgrade).")
                         .arg(paths.displayName()));
    }
    const QByteArray recoveryBefore = file.serializeRecoveryCopy();
    if (Status s = change(file); !s)
        return s;
    if (file.recovery && file.serializeRecoveryCopy() != recoveryBefore) {
        if (Status s =
                StoreFiles::writeAtomically(paths.recoveryCopy(), file.serializeRecoveryCopy());
            !s)
            return s;
    }
    return StoreFiles::writeAtomically(paths.keyslots(), file.serialize());
}

} // namespace rd
