// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/storefiles.h"
#include "security/crypto.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace rd {

// The cipher settings of records.db, recorded in the header so that anyone holding the raw
// key knows how to open the file with a stock sqlcipher shell of either major version.
struct CipherSettings
{
    int compatibility = 3;
    int pageSize = kNewStorePageSize;
    int kdfIterations = 64000; // unused with a raw key, recorded for completeness
    QString hmac = QStringLiteral("HMAC_SHA1");
    QString kdf = QStringLiteral("PBKDF2_HMAC_SHA1");
    QString createdWith; // "SQLCipher 3.4.1 on SQLite 3.15.2"
};

struct SlotKdf
{
    QString algorithm = QStringLiteral("argon2id13");
    crypto::KdfCost cost;
    QByteArray salt;
};

// The master key of one generation (epoch), sealed to the signing key inside a slot.
struct SealedMasterKey
{
    int epoch = 0;
    QByteArray box;
};

// One account's way in, or the recovery code's. The password (or the recovery code) unwraps
// a signing secret key: the user's, or the store root's; the master key of records.db is sealed
// to that key, once per key generation, so that re-keying can give every remaining slot the new
// master key without anyone's password.
struct KeySlot
{
    // 2: the wrapped secret is the signing key alone. 1: made before store roots existed, the
    // wrapped secret is the master key of then and the signing key; kept until the next
    // password change, the master key then coming from masterKeys like any other slot.
    static constexpr int kCurrentFormat = 2;

    QString userName; // empty for the recovery slot
    qint64 keyId = 0; // user_keys.id of the signing key inside; 0 (the root) for recovery
    int format = kCurrentFormat;
    SlotKdf kdf;
    QByteArray nonce;
    QByteArray ciphertext;
    QDateTime created;
    QList<SealedMasterKey> masterKeys;
};

// Failed logins not yet written to the audit trail (the store cannot be written without the
// key, so they wait here until the next successful unlock). Nobody can sign them when they
// happen, so they are read as claims: what cannot be true (a time in the future or before the
// store, a name without a slot) is not taken as a failed login, and a lockout lasts 15 minutes
// from when it was recorded, whatever the file says beyond that.
struct LoginAttempts
{
    int consecutiveFailures = 0;
    QDateTime lockedAt; // the fifth failure in a row
    QList<QDateTime> unreportedFailures;
    QList<QDateTime> unreportedLockouts;

    bool isEmpty() const
    {
        return consecutiveFailures == 0 && !lockedAt.isValid() && unreportedFailures.isEmpty() &&
               unreportedLockouts.isEmpty();
    }
};

// A signed audit checkpoint kept outside the database, one per signer: the newest checkpoint
// each account (and the recovery code, signed by the root) made. Every open checks that
// records.db still holds each of them, which finds a records.db cut short or put back from an
// older copy; the signatures make them impossible to move without the signer's key.
struct CheckpointAnchor
{
    qint64 seq = 0;   // the checkpoint event
    QByteArray hash;  // its hash
    QString userName; // who signed (the recovery actor for the root)
    qint64 keyId = 0;
    qint64 signedSeq = 0;
    QByteArray signedHead;
    QByteArray signature;
    QDateTime at;
};

// A re-key that finished but is not yet in the audit trail (the next session records it).
struct RekeyRecord
{
    int epoch = 0;
    QString reason;
    QDateTime at;
    QStringList dropped;
};

// keyslots.json (and its copy for the recovery code, recovery.json): the store header, the
// root's public key, the key slots, the signed anchors and the failed-login counters. Parsing
// is strict and every complaint names the field. Format 1 (before store roots) is read only to
// upgrade it: it had an integrity code keyed from the master key instead of signatures.
class KeySlotFile
{
    Q_DECLARE_TR_FUNCTIONS(rd::KeySlotFile)

public:
    static constexpr int kFormatVersion = 2;
    static constexpr char kFormatName[] = "releasedesk.keyslots";

    int formatVersion = kFormatVersion; // as read
    QString storeId;
    QDateTime created;
    CipherSettings cipher;
    QByteArray rootPublicKey;        // empty only in format 1
    int epoch = 1;                   // the generation of the master key records.db is under
    std::optional<int> pendingEpoch; // a re-key under way: the next generation
    QString rekeyDue;                // why a re-key waits to be done, empty when none does
    std::optional<RekeyRecord> rekeyUnaudited;
    QMap<QString, KeySlot> userSlots; // by user name
    std::optional<KeySlot> recovery;
    QMap<QString, CheckpointAnchor> anchors; // by signer
    QMap<QString, LoginAttempts> attempts;   // by user name
    QList<QDateTime> unknownUserFailures;    // the names typed are not kept: they may be passwords
    // Every failed login ever counted here, never lowered: each login records it in the trail,
    // so failed-login records removed before they were reported show as a count without its
    // records (Session::recordLogin).
    qint64 failuresCounted = 0;

    // Format 1 only.
    std::optional<CheckpointAnchor> legacyAnchor;
    QByteArray legacyMac;

    static Result<KeySlotFile> load(const QString &path);
    static Result<KeySlotFile> parse(const QByteArray &json, const QString &pathForMessages);
    QByteArray serialize() const;
    // What recovery.json keeps: the header, the root and the recovery slot.
    QByteArray serializeRecoveryCopy() const;

    // The newest of the anchors.
    std::optional<CheckpointAnchor> latestAnchor() const;

    // Format 1's integrity code, checked before an upgrade.
    bool legacyMacMatches(const SecureBytes &masterKey) const;

    // Associated data binding a slot's ciphertext to this store, user and format.
    static QByteArray slotAssociatedData(const QString &storeId, const QString &userName,
                                         int format);
    static QByteArray recoveryAssociatedData(const QString &storeId, int format);

private:
    QJsonObject headerObject() const;
};

} // namespace rd
