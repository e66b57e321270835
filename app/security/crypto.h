// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "security/securebytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace rd::crypto {

inline constexpr std::size_t kMasterKeyBytes = 32;
inline constexpr std::size_t kKekBytes = 32;
inline constexpr std::size_t kSaltBytes = 16;
inline constexpr std::size_t kNonceBytes = 24; // XChaCha20-Poly1305
inline constexpr std::size_t kAeadTagBytes = 16;
inline constexpr std::size_t kSignPublicKeyBytes = 32; // Ed25519
inline constexpr std::size_t kSignSecretKeyBytes = 64;
inline constexpr std::size_t kSignatureBytes = 64;
inline constexpr std::size_t kHashBytes = 32; // BLAKE2b-256

// Argon2id cost of a password-derived key. Stored with every key slot, so a slot always
// unlocks with the cost it was made with, whatever the current default is.
struct KdfCost
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    // libsodium's MODERATE limits (3 passes, 256 MiB): about 0.6 s on the 2-core reference
    // machine, inside the 0.3-1.5 s an unlock may take.
    static KdfCost standard();
    // libsodium's minimum. Only ever chosen through setTestingMinimumCost(); never a default.
    static KdfCost testingMinimum();
    // The cost for secrets made now: standard(), or the testing minimum when a test asked.
    static KdfCost forNewSecrets();
    // Hashes of earlier passwords, kept only to refuse their reuse (checked five at a time).
    static KdfCost forPasswordHistory();

    bool isBelowStandard() const;
    bool operator==(const KdfCost &) const = default;
};

// The explicit test-only switch: while on, new key slots and password-history hashes use
// libsodium's minimum Argon2id cost. Tests turn it on in-process or, for the real binary,
// through the RELEASEDESK_TESTING_MINIMUM_KDF environment variable (which the binary
// announces loudly on stderr). Slots made this way say so, and `verify` warns about them.
void setTestingMinimumCost(bool on);
bool testingMinimumCost();

QByteArray randomBytes(qsizetype count);

// Argon2id(password, salt) -> 32-byte key-encryption key. Fails only when memory is short.
Result<SecureBytes> deriveKey(const SecureBytes &password, QByteArrayView salt,
                              const KdfCost &cost);

struct Sealed
{
    QByteArray nonce;
    QByteArray ciphertext; // includes the 16-byte tag
};

// XChaCha20-Poly1305 with a fresh random nonce; `ad` is authenticated, not encrypted.
Sealed seal(const SecureBytes &key, const SecureBytes &plaintext, QByteArrayView ad);
// Returns nothing (an empty Result error) when the tag does not verify; callers word the error.
Result<SecureBytes> open(const SecureBytes &key, QByteArrayView nonce, QByteArrayView ciphertext,
                         QByteArrayView ad);

struct SigningKeyPair
{
    QByteArray publicKey;
    SecureBytes secretKey;
};
SigningKeyPair generateSigningKeyPair();
QByteArray sign(const SecureBytes &secretKey, QByteArrayView message);
bool verifySignature(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);
// The public half of an Ed25519 secret key.
QByteArray publicKeyOf(const SecureBytes &secretKey);

// Sealed boxes (X25519 and XSalsa20-Poly1305, anonymous sender) to the holder of an Ed25519
// key, through libsodium's conversion of the Ed25519 key to its X25519 twin: the master key can
// be given to every remaining account (re-keying) without their passwords, and only the holder
// of the signing secret opens it. Sealing fails only on a malformed public key (empty result).
inline constexpr std::size_t kSealOverheadBytes = 48;
QByteArray sealTo(QByteArrayView signPublicKey, const SecureBytes &plaintext);
// Returns nothing (an empty Result error) when the box is not for this key or was altered.
Result<SecureBytes> openSealed(const SecureBytes &signSecretKey, QByteArrayView sealed);

// BLAKE2b-256, one shot or incremental; with a key it is a MAC.
QByteArray blake2b256(QByteArrayView data);
// SHA-256, on the processor's SHA extensions where it has them and otherwise libsodium's
// (QCryptographicHash's is several times slower, which shows on files of hundreds of megabytes).
// What files and documents are identified by.
QByteArray sha256(QByteArrayView data);
class Blake2b
{
public:
    Blake2b();
    explicit Blake2b(const SecureBytes &key);
    Blake2b(const Blake2b &) = delete;
    Blake2b &operator=(const Blake2b &) = delete;
    ~Blake2b();

    void add(QByteArrayView data);
    QByteArray finish();

private:
    alignas(64) unsigned char m_state[384];
};

// A 32-byte subkey of the master key for one purpose (libsodium crypto_kdf; `context` is 8
// characters). Keeps one master key from being used for two jobs.
SecureBytes deriveSubkey(const SecureBytes &masterKey, quint64 id, const char (&context)[9]);

// Password-history hashes in libsodium's self-describing string form.
Result<QString> hashForHistory(const SecureBytes &password);
bool matchesHistoryHash(const QString &hash, const SecureBytes &password);

bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace rd::crypto
