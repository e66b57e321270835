// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/upgrade.h"

#include "accounts/accountrecords.h"
#include "accounts/role.h"
#include "audit/auditverifier.h"
#include "core/clock.h"
#include "security/crypto.h"
#include "security/esignature.h"
#include "security/keycertificate.h"
#include "security/keydirectory.h"
#include "security/keyring.h"
#include "security/recoverycode.h"
#include "session/recovery.h"
#include "session/rekey.h"
#include "session/storeverifier.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString actor()
{
    return QString::fromLatin1(Recovery::kActor);
}

// The root made by an earlier, interrupted run (its recovery.json), or a new one written there
// before anything else changes, so that a run interrupted later finds it.
Result<SecureBytes> rootFor(const StorePaths &paths, const KeySlotFile &old,
                            const SecureBytes &masterKey, const QString &recoveryCode)
{
    Result<KeySlotFile> copy = KeySlotFile::load(paths.recoveryCopy());
    if (copy && copy->formatVersion >= 2 && copy->storeId == old.storeId && copy->recovery) {
        // unlockWithRecoveryCode reads keyslots.json first, which is still format 1: the copy's
        // slot is opened here.
        Result<SecureBytes> code = RecoveryCode::parse(recoveryCode);
        if (!code)
            return code.error();
        const KeySlot &slot = *copy->recovery;
        Result<SecureBytes> kek = crypto::deriveKey(code.value(), slot.kdf.salt, slot.kdf.cost);
        if (!kek)
            return kek.error();
        Result<SecureBytes> plain =
            crypto::open(kek.value(), slot.nonce, slot.ciphertext,
                         KeySlotFile::recoveryAssociatedData(copy->storeId, slot.format));
        if (plain && plain->size() == 1 + crypto::kSignSecretKeyBytes) {
            SecureBytes root = plain->mid(1, crypto::kSignSecretKeyBytes);
            if (crypto::publicKeyOf(root) == copy->rootPublicKey)
                return root;
        }
    }
    crypto::SigningKeyPair root = crypto::generateSigningKeyPair();
    Result<SecureBytes> code = RecoveryCode::parse(recoveryCode);
    if (!code)
        return code.error();
    Result<KeySlot> recovery = KeyRing::wrapForRecovery(old.storeId, root.secretKey, code.value());
    if (!recovery)
        return recovery.error();
    if (Status s = KeyRing::sealMasterKey(recovery.value(), root.publicKey, 1, masterKey); !s)
        return s.error();
    KeySlotFile copyFile;
    copyFile.storeId = old.storeId;
    copyFile.created = old.created;
    copyFile.cipher = old.cipher;
    copyFile.rootPublicKey = root.publicKey;
    copyFile.epoch = 1;
    copyFile.recovery = recovery.value();
    if (Status s =
            StoreFiles::writeAtomically(paths.recoveryCopy(), copyFile.serializeRecoveryCopy());
        !s)
        return s.error();
    return std::move(root.secretKey);
}

// The store as the previous version verified it, before anything of it is certified.
Status verifyAsBefore(const Store &store, const KeySlotFile &old)
{
    QSqlDatabase db = store.connection();
    Result<QString> schema = StoreVerifier::compareSchema(db);
    if (!schema)
        return schema.error();
    const auto refuse = [](const QString &problem) {
        return Error(ErrorCode::Tampered,
                     Upgrade::tr("The store does not verify as it is, so it was not upgraded: "
                                 "%1")
                         .arg(problem));
    };
    if (!schema->isEmpty())
        return refuse(schema.value());
    Result<KeyDirectory> keys = KeyDirectory::loadUncertified(db);
    if (!keys)
        return keys.error();
    QList<CheckpointAnchor> anchors;
    if (old.legacyAnchor)
        anchors << *old.legacyAnchor;
    const AuditVerifier verifier(db, store.storeId(), keys.value(), anchors);
    Result<AuditVerification> chain =
        verifier.run(store, std::clamp(QThread::idealThreadCount(), 1, 4));
    if (!chain)
        return chain.error();
    if (!chain->ok)
        return refuse(Upgrade::tr("event %1: %2").arg(chain->failedSeq).arg(chain->problem));
    Result<SignatureVerification> signatures =
        ESignatures::verifyAll(db, store.storeId(), keys.value(), chain->signings);
    if (!signatures)
        return signatures.error();
    if (!signatures->ok)
        return refuse(signatures->problem);
    Result<QString> integrity = StoreVerifier::checkIntegrity(db);
    if (!integrity)
        return integrity.error();
    if (!integrity->isEmpty())
        return refuse(integrity.value());
    return {};
}

} // namespace

Result<Upgrade::Outcome> Upgrade::run(const QString &storePath, const QString &recoveryCode)
{
    const StorePaths paths(storePath);
    Result<KeySlotFile> old = KeySlotFile::load(paths.keyslots());
    if (!old)
        return old.error();
    if (old->formatVersion >= KeySlotFile::kFormatVersion) {
        return Error(ErrorCode::InvalidInput,
                     tr("%1 is already current (key-slot format %2); there is nothing to "
                        "upgrade.")
                         .arg(paths.displayName())
                         .arg(old->formatVersion));
    }
    Result<UnlockedKeys> unlocked = KeyRing::unlockWithRecoveryCode(storePath, recoveryCode);
    if (!unlocked)
        return unlocked.error();
    const SecureBytes &masterKey = unlocked->masterKey;
    if (!old->legacyMacMatches(masterKey)) {
        return Error(ErrorCode::Tampered,
                     tr("keyslots.json of %1 was changed outside ReleaseDesk (its integrity code "
                        "does not match), so the store was not upgraded. Restore keyslots.json "
                        "from a backup first.")
                         .arg(paths.displayName()));
    }
    Result<SecureBytes> root = rootFor(paths, old.value(), masterKey, recoveryCode);
    if (!root)
        return root.error();
    const QByteArray rootPublic = crypto::publicKeyOf(root.value());
    Outcome out;
    out.rootFingerprint = StoreRoot::fingerprint(old->storeId, rootPublic);

    Result<std::unique_ptr<Store>> opened =
        Store::open(paths.root(), old->storeId, masterKey.copy(), actor(),
                    Store::Options{.pageSize = old->cipher.pageSize});
    if (!opened)
        return opened.error();
    Rekey::Recipients recipients;
    recipients.root = rootPublic;
    {
        Store &store = *opened.value();
        QSqlDatabase db = store.connection();
        AuditTrail trail(db, store.storeId());

        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT value FROM meta WHERE key = 'root_public_key'"_s))
            return Store::errorFrom(tr("Cannot read the store root"), q.lastError());
        const bool certifiedBefore = q.next();
        if (certifiedBefore &&
            QByteArray::fromHex(q.value(0).toString().toLatin1()) != rootPublic) {
            return Error(
                ErrorCode::Tampered,
                tr("records.db already names a root other than the one this upgrade made; it "
                   "was not upgraded by this ReleaseDesk. Nothing was changed."));
        }
        q.finish();
        if (!certifiedBefore) {
            if (Status s = verifyAsBefore(store, old.value()); !s)
                return s.error();
        }

        CheckpointAnchor rootAnchor;
        {
            if (!db.transaction())
                return Store::errorFrom(tr("Cannot upgrade the store"), db.lastError());
            const auto rollback = [&db](Error e) -> Result<Outcome> {
                db.rollback();
                return e;
            };
            if (!certifiedBefore) {
                q.prepare(u"INSERT INTO meta (key, value) VALUES ('root_public_key', ?)"_s);
                q.addBindValue(QString::fromLatin1(rootPublic.toHex()));
                if (!q.exec())
                    return rollback(
                        Store::errorFrom(tr("Cannot upgrade the store"), q.lastError()));
                AccountRecords records(db, trail, actor());
                QSqlQuery keys(db);
                keys.setForwardOnly(true);
                if (!keys.exec(
                        u"SELECT k.id, u.user_name, u.full_name, u.role FROM user_keys k JOIN "
                        "users u ON u.id = k.user_id WHERE k.id NOT IN "
                        "(SELECT key_id FROM key_certificates) ORDER BY k.id"_s))
                    return rollback(
                        Store::errorFrom(tr("Cannot read the signing keys"), keys.lastError()));
                QList<std::pair<qint64, QString>> toCertify;
                while (keys.next()) {
                    toCertify.append(
                        {keys.value(0).toLongLong(),
                         tr("key %1 of %2 (%3, %4)")
                             .arg(keys.value(0).toLongLong())
                             .arg(keys.value(1).toString(), keys.value(2).toString(),
                                  Roles::displayName(Roles::fromId(keys.value(3).toString())
                                                         .value_or(Role::Viewer)))});
                }
                if (keys.lastError().isValid())
                    return rollback(
                        Store::errorFrom(tr("Cannot read the signing keys"), keys.lastError()));
                keys.finish();
                for (const auto &[id, text] : std::as_const(toCertify)) {
                    if (Status s = records.certifyExistingKey(
                            id, {KeyCertificate::kRootKeyId, &root.value()});
                        !s)
                        return rollback(s.error());
                    out.certified << text;
                }
                // Every record as it is now is bound into the trail by the upgrade's event.
                Result<RecordBindings::Digests> all = RecordBindings::digestAll(db);
                if (!all)
                    return rollback(all.error());
                QList<RecordBindings::Subject> subjects;
                for (const RecordBindings::Kind kind : RecordBindings::kinds()) {
                    for (const QString &subject : all->value(RecordBindings::id(kind)).keys())
                        subjects.append({kind, subject});
                }
                AuditEntry e;
                e.action = QString::fromLatin1(audit::kStoreUpgraded);
                e.entityType = u"store"_s;
                e.entityId = store.storeId();
                e.field = u"root"_s;
                e.newValue = out.rootFingerprint;
                e.reason =
                    tr("store made before key certificates, verified as it was, then upgraded "
                       "with the recovery code; keys certified by the new root: %1")
                        .arg(out.certified.isEmpty() ? tr("none") : out.certified.join(u"; "_s));
                if (Result<AuditEvent> r = trail.append(actor(), e, subjects); !r)
                    return rollback(r.error());
            }
            Result<AuditEvent> checkpoint = trail.appendCheckpoint(
                actor(), KeyCertificate::kRootKeyId, root.value(), audit::kSecurityCheckpoint);
            if (!checkpoint)
                return rollback(checkpoint.error());
            if (!db.commit())
                return rollback(Store::errorFrom(tr("Cannot upgrade the store"), db.lastError()));
            rootAnchor = AuditTrail::anchorOf(checkpoint.value());
        }

        // keyslots.json in the current format: each account's slot keeps its password; the master
        // key is sealed to its certified key, if that key is the account's key in force.
        Result<KeyDirectory> directory = KeyDirectory::load(db, store.storeId(), rootPublic);
        if (!directory)
            return directory.error();
        QSet<QString> active;
        if (!q.exec(u"SELECT user_name FROM users WHERE active = 1"_s))
            return Store::errorFrom(tr("Cannot read the accounts"), q.lastError());
        while (q.next())
            active.insert(q.value(0).toString());
        q.finish();
        Result<KeySlotFile> copy = KeySlotFile::load(paths.recoveryCopy());
        if (!copy)
            return copy.error();
        KeySlotFile current = copy.value();
        current.attempts.clear();
        for (auto it = old->attempts.cbegin(); it != old->attempts.cend(); ++it) {
            LoginAttempts a = *it;
            a.lockedAt = QDateTime();
            current.attempts.insert(it.key(), a);
        }
        current.unknownUserFailures = old->unknownUserFailures;
        for (KeySlot slot : std::as_const(old->userSlots)) {
            const CertifiedKey *key = directory->find(slot.keyId);
            if (!key || !key->certified() || key->retiredSeq != 0 ||
                key->cert.userName != slot.userName || !active.contains(slot.userName)) {
                out.slotsDropped << slot.userName;
                continue;
            }
            slot.masterKeys.clear();
            if (Status s =
                    KeyRing::sealMasterKey(slot, key->cert.publicKey, current.epoch, masterKey);
                !s)
                return s.error();
            current.userSlots.insert(slot.userName, slot);
            recipients.users.insert(slot.userName, key->cert.publicKey);
            out.slotsKept << slot.userName;
        }
        if (old->legacyAnchor)
            current.anchors.insert(old->legacyAnchor->userName, *old->legacyAnchor);
        current.anchors.insert(rootAnchor.userName, rootAnchor);
        if (Status s = KeyRing::write(paths.root(), current); !s)
            return s.error();
    } // every query and handle of the store closed before the store itself
    opened.value().reset();

    // A new master key, so that no copy of an old slot opens the upgraded store.
    Result<Rekey::Outcome> rekeyed =
        Rekey::perform(paths.root(), masterKey, recipients, tr("upgrade to key certificates"));
    if (!rekeyed)
        return rekeyed.error();
    Result<Recovery::Opened> reopened = Recovery::open(paths.root(), recoveryCode);
    if (!reopened)
        return reopened.error();
    Result<KeySlotFile> rekeyedHeader = KeySlotFile::load(paths.keyslots());
    if (!rekeyedHeader)
        return rekeyedHeader.error();
    if (rekeyedHeader->rekeyUnaudited) {
        if (Status s = Rekey::record(reopened->store->connection(), paths.root(), old->storeId,
                                     actor(), *rekeyedHeader->rekeyUnaudited);
            !s)
            return s.error();
    }
    if (Status s = Recovery::signCheckpoint(*reopened->store, reopened->keys.signingKey); !s)
        return s.error();
    return out;
}

} // namespace rd
