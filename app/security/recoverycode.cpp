// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/recoverycode.h"

#include "security/crypto.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
constexpr int kDataChars = 32;                                   // 160 bits
constexpr int kCheckChars = 4;                                   // 20 bits of BLAKE2b

int valueOf(QChar c)
{
    char16_t u = c.toUpper().unicode();
    if (u == u'O')
        u = u'0';
    if (u == u'I' || u == u'L')
        u = u'1';
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == u)
            return i;
    }
    return -1;
}

// 20 bits of the secret's hash, as four base32 digits.
void checkDigits(const SecureBytes &secret, int out[kCheckChars])
{
    const QByteArray h = crypto::blake2b256(secret.view());
    const quint32 bits =
        (quint32(quint8(h[0])) << 12) | (quint32(quint8(h[1])) << 4) | (quint32(quint8(h[2])) >> 4);
    for (int i = 0; i < kCheckChars; ++i)
        out[i] = static_cast<int>((bits >> (5 * (kCheckChars - 1 - i))) & 31);
}
} // namespace

SecureBytes RecoveryCode::generate()
{
    return SecureBytes::random(kSecretBytes);
}

QString RecoveryCode::base32Groups(QByteArrayView twentyBytes, int extraDigits, const int *extra)
{
    QString out;
    out.reserve(kDataChars + extraDigits + 9);
    int emitted = 0;
    const auto put = [&out, &emitted](int v) {
        if (emitted > 0 && emitted % 4 == 0)
            out += u'-';
        out += QLatin1Char(kAlphabet[v]);
        ++emitted;
    };
    // 160 bits = 32 groups of 5 bits, most significant first.
    for (int i = 0; i < kDataChars; ++i) {
        const int bit = i * 5;
        int v = 0;
        for (int b = 0; b < 5; ++b) {
            const int pos = bit + b;
            const int byte = static_cast<unsigned char>(twentyBytes[pos / 8]);
            v = (v << 1) | ((byte >> (7 - pos % 8)) & 1);
        }
        put(v);
    }
    for (int i = 0; i < extraDigits; ++i)
        put(extra[i]);
    return out;
}

QString RecoveryCode::format(const SecureBytes &secret)
{
    int check[kCheckChars];
    checkDigits(secret, check);
    return base32Groups(secret.view(), kCheckChars, check);
}

QString RecoveryCode::canonicalDigits(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-')
            continue;
        const int v = valueOf(c);
        out += v < 0 ? QChar(u'?') : QChar(QLatin1Char(kAlphabet[v]));
    }
    return out;
}

Result<SecureBytes> RecoveryCode::parse(const QString &text)
{
    int values[kDataChars + kCheckChars];
    int n = 0;
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-')
            continue;
        const int v = valueOf(c);
        if (v < 0) {
            return Error(ErrorCode::InvalidInput,
                         tr("The recovery code contains \"%1\", which is not one of its letters or "
                            "digits.")
                             .arg(c));
        }
        if (n == kDataChars + kCheckChars) {
            n = kDataChars + kCheckChars + 1;
            break;
        }
        values[n++] = v;
    }
    if (n != kDataChars + kCheckChars) {
        return Error(ErrorCode::InvalidInput,
                     tr("A recovery code has %1 letters and digits (nine groups of four); this one "
                        "has %2.")
                         .arg(kDataChars + kCheckChars)
                         .arg(n > kDataChars + kCheckChars ? tr("more") : QString::number(n)));
    }
    SecureBytes secret(kSecretBytes);
    for (int i = 0; i < kDataChars; ++i) {
        for (int b = 0; b < 5; ++b) {
            const int pos = i * 5 + b;
            if ((values[i] >> (4 - b)) & 1)
                secret.data()[pos / 8] |= static_cast<unsigned char>(1 << (7 - pos % 8));
        }
    }
    int check[kCheckChars];
    checkDigits(secret, check);
    for (int i = 0; i < kCheckChars; ++i) {
        if (check[i] != values[kDataChars + i]) {
            return Error(ErrorCode::InvalidInput,
                         tr("The recovery code is mistyped: its last group does not match the "
                            "others. Check each character against the printed code."));
        }
    }
    return secret;
}

} // namespace rd
