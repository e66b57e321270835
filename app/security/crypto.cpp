// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/crypto.h"

#include "security/sha256ext.h"

#include <QCoreApplication>

#include <sodium.h>

#include <atomic>

static_assert(sizeof(crypto_generichash_state) <= 384, "Blake2b state buffer too small");

namespace rd::crypto {

namespace {
std::atomic<bool> g_testingMinimum{false};

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}
unsigned long long ull(qsizetype n)
{
    return static_cast<unsigned long long>(n);
}
} // namespace

KdfCost KdfCost::standard()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfCost KdfCost::testingMinimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

KdfCost KdfCost::forNewSecrets()
{
    return testingMinimumCost() ? testingMinimum() : standard();
}

KdfCost KdfCost::forPasswordHistory()
{
    return testingMinimumCost()
               ? testingMinimum()
               : KdfCost{crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

bool KdfCost::isBelowStandard() const
{
    const KdfCost s = standard();
    return opsLimit < s.opsLimit || memLimit < s.memLimit;
}

void setTestingMinimumCost(bool on)
{
    g_testingMinimum.store(on);
}

bool testingMinimumCost()
{
    return g_testingMinimum.load();
}

QByteArray randomBytes(qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<std::size_t>(count));
    return out;
}

Result<SecureBytes> deriveKey(const SecureBytes &password, QByteArrayView salt, const KdfCost &cost)
{
    if (salt.size() != static_cast<qsizetype>(crypto_pwhash_SALTBYTES))
        return Error(ErrorCode::Failed, QCoreApplication::translate(
                                            "rd::crypto", "Key slot salt has the wrong length."));
    SecureBytes kek(kKekBytes);
    const int rc = crypto_pwhash(
        kek.data(), kek.size(), password.constChar(), password.size(), bytes(salt), cost.opsLimit,
        static_cast<std::size_t>(cost.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        return Error(
            ErrorCode::Failed,
            QCoreApplication::translate(
                "rd::crypto", "Not enough memory to derive the key (Argon2id needs %1 MiB).")
                .arg(cost.memLimit >> 20));
    }
    return kek;
}

Sealed seal(const SecureBytes &key, const SecureBytes &plaintext, QByteArrayView ad)
{
    Sealed s;
    s.nonce = randomBytes(kNonceBytes);
    s.ciphertext.resize(static_cast<qsizetype>(plaintext.size() + kAeadTagBytes));
    unsigned long long clen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(s.ciphertext.data()), &clen, plaintext.data(),
        plaintext.size(), bytes(ad), ull(ad.size()), nullptr, bytes(s.nonce), key.data());
    s.ciphertext.resize(static_cast<qsizetype>(clen));
    return s;
}

Result<SecureBytes> open(const SecureBytes &key, QByteArrayView nonce, QByteArrayView ciphertext,
                         QByteArrayView ad)
{
    const Error failed(ErrorCode::WrongCredentials, QString());
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES ||
        nonce.size() != static_cast<qsizetype>(kNonceBytes) ||
        ciphertext.size() < static_cast<qsizetype>(kAeadTagBytes))
        return failed;
    SecureBytes plain(static_cast<std::size_t>(ciphertext.size()) - kAeadTagBytes);
    unsigned long long plen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &plen, nullptr, bytes(ciphertext),
                                                   ull(ciphertext.size()), bytes(ad),
                                                   ull(ad.size()), bytes(nonce), key.data()) != 0)
        return failed;
    return plain;
}

SigningKeyPair generateSigningKeyPair()
{
    SigningKeyPair pair;
    pair.publicKey.resize(kSignPublicKeyBytes);
    pair.secretKey = SecureBytes(kSignSecretKeyBytes);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        pair.secretKey.data());
    return pair;
}

QByteArray sign(const SecureBytes &secretKey, QByteArrayView message)
{
    QByteArray sig(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr, bytes(message),
                         ull(message.size()), secretKey.data());
    return sig;
}

bool verifySignature(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != static_cast<qsizetype>(kSignPublicKeyBytes) ||
        signature.size() != static_cast<qsizetype>(kSignatureBytes))
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), ull(message.size()),
                                       bytes(publicKey)) == 0;
}

QByteArray publicKeyOf(const SecureBytes &secretKey)
{
    QByteArray pk(kSignPublicKeyBytes, Qt::Uninitialized);
    if (secretKey.size() != kSignSecretKeyBytes)
        return {};
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(pk.data()), secretKey.data());
    return pk;
}

QByteArray sealTo(QByteArrayView signPublicKey, const SecureBytes &plaintext)
{
    if (signPublicKey.size() != static_cast<qsizetype>(kSignPublicKeyBytes))
        return {};
    unsigned char boxPublic[crypto_box_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(boxPublic, bytes(signPublicKey)) != 0)
        return {};
    QByteArray out(static_cast<qsizetype>(plaintext.size() + crypto_box_SEALBYTES),
                   Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()), plaintext.data(),
                        plaintext.size(), boxPublic) != 0)
        return {};
    return out;
}

Result<SecureBytes> openSealed(const SecureBytes &signSecretKey, QByteArrayView sealed)
{
    const Error failed(ErrorCode::WrongCredentials, QString());
    if (signSecretKey.size() != kSignSecretKeyBytes ||
        sealed.size() < static_cast<qsizetype>(crypto_box_SEALBYTES))
        return failed;
    const QByteArray signPublic = publicKeyOf(signSecretKey);
    unsigned char boxPublic[crypto_box_PUBLICKEYBYTES];
    SecureBytes boxSecret(crypto_box_SECRETKEYBYTES);
    if (crypto_sign_ed25519_pk_to_curve25519(boxPublic, bytes(signPublic)) != 0 ||
        crypto_sign_ed25519_sk_to_curve25519(boxSecret.data(), signSecretKey.data()) != 0)
        return failed;
    SecureBytes plain(static_cast<std::size_t>(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(plain.data(), bytes(sealed), ull(sealed.size()), boxPublic,
                             boxSecret.data()) != 0)
        return failed;
    return plain;
}

QByteArray blake2b256(QByteArrayView data)
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), kHashBytes, bytes(data),
                       ull(data.size()), nullptr, 0);
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    auto *digest = reinterpret_cast<unsigned char *>(out.data());
    if (!detail::sha256WithExtensions(bytes(data), static_cast<std::size_t>(data.size()), digest))
        crypto_hash_sha256(digest, bytes(data), ull(data.size()));
    return out;
}

Blake2b::Blake2b()
{
    crypto_generichash_init(reinterpret_cast<crypto_generichash_state *>(m_state), nullptr, 0,
                            kHashBytes);
}

Blake2b::Blake2b(const SecureBytes &key)
{
    crypto_generichash_init(reinterpret_cast<crypto_generichash_state *>(m_state), key.data(),
                            key.size(), kHashBytes);
}

Blake2b::~Blake2b()
{
    sodium_memzero(m_state, sizeof m_state);
}

void Blake2b::add(QByteArrayView data)
{
    crypto_generichash_update(reinterpret_cast<crypto_generichash_state *>(m_state), bytes(data),
                              ull(data.size()));
}

QByteArray Blake2b::finish()
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    crypto_generichash_final(reinterpret_cast<crypto_generichash_state *>(m_state),
                             reinterpret_cast<unsigned char *>(out.data()), kHashBytes);
    return out;
}

SecureBytes deriveSubkey(const SecureBytes &masterKey, quint64 id, const char (&context)[9])
{
    SecureBytes sub(32);
    crypto_kdf_derive_from_key(sub.data(), sub.size(), id, context, masterKey.data());
    return sub;
}

Result<QString> hashForHistory(const SecureBytes &password)
{
    const KdfCost cost = KdfCost::forPasswordHistory();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.constChar(), password.size(), cost.opsLimit,
                              static_cast<std::size_t>(cost.memLimit),
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Error(
            ErrorCode::Failed,
            QCoreApplication::translate("rd::crypto", "Not enough memory to hash the password."));
    }
    return QString::fromLatin1(out);
}

bool matchesHistoryHash(const QString &hash, const SecureBytes &password)
{
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_verify(h.constData(), password.constChar(), password.size()) == 0;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return sodium_memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size())) == 0;
}

} // namespace rd::crypto
