// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/securebytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rd {

// A signing key's certificate (app/audit/THREAT-MODEL.md, "Keys"): whose key it is, in which
// role and under which printed name, which key vouched for it, and the audit-chain head when it
// was issued, signed by the issuer. The issuer is the store root (key id 0: at init, recovery
// and upgrade) or an administrator's key; a key certified by anyone else never verifies, so
// holding the master key is not enough to make a key that does.
struct KeyCertificate
{
    static constexpr qint64 kRootKeyId = 0;

    qint64 keyId = 0;
    qint64 userId = 0;
    QString userName;
    QString fullName;
    QString role;
    QByteArray publicKey;
    QDateTime issuedAt; // UTC
    qint64 issuerKeyId = kRootKeyId;
    qint64 headSeq = 0; // the audit-chain head when the certificate was made
    QByteArray headHash;
    QByteArray signature; // by the issuer, over message()

    // The signed bytes (CANONICAL.md beside the audit trail).
    QByteArray message(const QString &storeId) const;
    void sign(const QString &storeId, const SecureBytes &issuerSecretKey);
    bool verify(const QString &storeId, const QByteArray &issuerPublicKey) const;
};

// The store root: the key every certificate chain ends at, made at init (or at the upgrade of a
// store made before roots existed). Its fingerprint is printed with the recovery code, on every
// document, by verify and on the Store page, so that a root swapped by someone holding the
// master key shows as a different fingerprint.
class StoreRoot
{
    Q_DECLARE_TR_FUNCTIONS(rd::StoreRoot)

public:
    // 32 Crockford base32 characters in groups of four: 160 bits of
    // BLAKE2b-256("releasedesk.root/1" 0x00 store id 0x00 public key).
    static QString fingerprint(const QString &storeId, const QByteArray &rootPublicKey);
    // Whether `typed` (any case, spaces and hyphens, O for 0, I and L for 1) is `fingerprint`.
    static bool matches(const QString &typed, const QString &fingerprint);
    // The actor that audit events made with the recovery code name, whose checkpoints the root
    // signs.
    static QString recoveryActor();
};

} // namespace rd
