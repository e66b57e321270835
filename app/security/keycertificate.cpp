// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/keycertificate.h"

#include "core/canonical.h"
#include "core/clock.h"
#include "security/crypto.h"
#include "security/recoverycode.h"

using namespace Qt::StringLiterals;

namespace rd {

QByteArray KeyCertificate::message(const QString &storeId) const
{
    using namespace canonical;
    QByteArray m;
    m.reserve(256);
    m.append("RDKC1", 5);
    m.append('\0');
    appendField(m, storeId);
    appendU64(m, static_cast<quint64>(keyId));
    appendU64(m, static_cast<quint64>(userId));
    appendField(m, userName.isNull() ? u""_s : userName);
    appendField(m, fullName.isNull() ? u""_s : fullName);
    appendField(m, role.isNull() ? u""_s : role);
    appendBytes(m, publicKey);
    appendField(m, toStoredTime(issuedAt));
    appendU64(m, static_cast<quint64>(issuerKeyId));
    appendU64(m, static_cast<quint64>(headSeq));
    appendBytes(m, headHash);
    return m;
}

void KeyCertificate::sign(const QString &storeId, const SecureBytes &issuerSecretKey)
{
    signature = crypto::sign(issuerSecretKey, message(storeId));
}

bool KeyCertificate::verify(const QString &storeId, const QByteArray &issuerPublicKey) const
{
    return crypto::verifySignature(issuerPublicKey, message(storeId), signature);
}

QString StoreRoot::fingerprint(const QString &storeId, const QByteArray &rootPublicKey)
{
    const QByteArray input =
        QByteArrayLiteral("releasedesk.root/1") + '\0' + storeId.toUtf8() + '\0' + rootPublicKey;
    return RecoveryCode::base32Groups(QByteArrayView(crypto::blake2b256(input)).first(20));
}

bool StoreRoot::matches(const QString &typed, const QString &fingerprint)
{
    const QString a = RecoveryCode::canonicalDigits(typed);
    return !a.isEmpty() && !a.contains(u'?') && a == RecoveryCode::canonicalDigits(fingerprint);
}

QString StoreRoot::recoveryActor()
{
    return u"(recovery code)"_s;
}

} // namespace rd
