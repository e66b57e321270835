// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
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
    int pageSize = 1024;
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

// One wrapped copy of the master key: a user's (with that user's signing key) or the
// recovery code's.
struct KeySlot
{
    QString userName; // empty for the recovery slot
    qint64 keyId = 0; // user_keys.id of the signing key inside; 0 for the recovery slot
    SlotKdf kdf;
    QByteArray nonce;
    QByteArray ciphertext;
    QDateTime created;
};

// Failed logins not yet written to the audit trail (the store cannot be written without the
// key, so they wait here until the next successful unlock).
struct LoginAttempts
{
    int consecutiveFailures = 0;
    QDateTime lockedUntil;
    QList<QDateTime> unreportedFailures;
    QList<QDateTime> unreportedLockouts;

    bool isEmpty() const
    {
        return consecutiveFailures == 0 && !lockedUntil.isValid() && unreportedFailures.isEmpty() &&
               unreportedLockouts.isEmpty();
    }
};

// The newest audit checkpoint, kept outside the database so that `verify` notices when the
// end of the audit trail has been cut off.
struct CheckpointAnchor
{
    qint64 seq = 0;   // the checkpoint event
    QByteArray hash;  // its hash
    QString userName; // who signed
    qint64 keyId = 0;
    qint64 signedSeq = 0;
    QByteArray signedHead;
    QByteArray signature;
    QDateTime at;
};

// keyslots.json: the store header and its key slots. Parsing is strict and every complaint
// names the field. The integrity code (`mac`, keyed from the master key) covers everything
// but the login-attempt counters, which must be writable without the key.
class KeySlotFile
{
    Q_DECLARE_TR_FUNCTIONS(rd::KeySlotFile)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr char kFormatName[] = "releasedesk.keyslots";

    QString storeId;
    QDateTime created;
    CipherSettings cipher;
    QMap<QString, KeySlot> userSlots; // by user name
    std::optional<KeySlot> recovery;
    std::optional<CheckpointAnchor> anchor;
    QMap<QString, LoginAttempts> attempts; // by user name
    QList<QDateTime> unknownUserFailures;  // the names typed are not kept: they may be passwords
    QByteArray mac;

    static Result<KeySlotFile> load(const QString &path);
    static Result<KeySlotFile> parse(const QByteArray &json, const QString &pathForMessages);
    QByteArray serialize() const;

    // The integrity code over the covered content, with the master key's subkey.
    QByteArray computeMac(const SecureBytes &masterKey) const;
    void seal(const SecureBytes &masterKey) { mac = computeMac(masterKey); }
    bool macMatches(const SecureBytes &masterKey) const;

    // The covered content alone, in canonical form.
    QByteArray coveredBytes() const;

    // Associated data binding a slot's ciphertext to this store and user.
    static QByteArray slotAssociatedData(const QString &storeId, const QString &userName);
    static QByteArray recoveryAssociatedData(const QString &storeId);

private:
    QJsonObject coveredObject() const;
};

} // namespace rd
