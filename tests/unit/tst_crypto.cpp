// SPDX-License-Identifier: GPL-3.0-or-later
// The security building blocks: locked buffers, the AEAD and signature wrappers, BLAKE2b,
// the recovery code and the password rules.
#include "security/crypto.h"
#include "security/passwordpolicy.h"
#include "security/recoverycode.h"
#include "security/sha256ext.h"
#include "support/teststore.h"

#include <QRandomGenerator>
#include <QTest>

#include <sodium.h>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace rd;

class tst_Crypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rd::test::initTestProcess(); }

    void utf8IntoLockedMemory_data();
    void utf8IntoLockedMemory();
    void secureBytesMoveAndCompare();
    void blake2bKnownAnswers();
    void sha256KnownAnswers();
    void sha256ExtensionsAgreeWithLibsodium();
    void sealAndOpen();
    void openRefusesAnyChange_data();
    void openRefusesAnyChange();
    void signatures();
    void deriveKeyDependsOnEverything();
    void historyHash();
    void recoveryCodeRoundTrip();
    void recoveryCodeForgivesLookAlikes();
    void recoveryCodeCatchesTypos_data();
    void recoveryCodeCatchesTypos();
    void passwordRules_data();
    void passwordRules();
    void testingCostIsExplicit();
};

void tst_Crypto::utf8IntoLockedMemory_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << u"correct-horse-battery"_s;
    QTest::newRow("latin-1") << u"Grüße aus Zürich"_s;
    QTest::newRow("cjk") << u"出荷判定パスワード"_s;
    QTest::newRow("astral") << u"🧪🔬 emoji pass"_s;
    QTest::newRow("empty") << QString();
}

void tst_Crypto::utf8IntoLockedMemory()
{
    QFETCH(QString, text);
    const SecureBytes bytes = SecureBytes::fromUtf8(text);
    QCOMPARE(QByteArray(bytes.constChar(), static_cast<qsizetype>(bytes.size())), text.toUtf8());
}

void tst_Crypto::secureBytesMoveAndCompare()
{
    SecureBytes a = SecureBytes::random(32);
    SecureBytes copy = a.copy();
    QVERIFY(a.equals(copy));
    SecureBytes moved = std::move(a);
    QVERIFY(a.isEmpty());
    QVERIFY(moved.equals(copy));
    copy.data()[31] ^= 1;
    QVERIFY(!moved.equals(copy));
    QCOMPARE(moved.mid(8, 4).size(), std::size_t(4));
    const unsigned char raw[] = {0x00, 0x9f, 0xa0, 0xff};
    const SecureBytes hex = SecureBytes(raw, 4).toHex();
    QCOMPARE(QByteArray(hex.constChar(), static_cast<qsizetype>(hex.size())),
             QByteArray("009fa0ff"));
    QVERIFY(moved.mid(40, 4).isEmpty());
}

void tst_Crypto::blake2bKnownAnswers()
{
    // BLAKE2b-256 test values (RFC 7693 parameters, 32-byte output).
    QCOMPARE(crypto::blake2b256(QByteArray()).toHex(),
             QByteArray("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"));
    QCOMPARE(crypto::blake2b256(QByteArrayView("abc")).toHex(),
             QByteArray("bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319"));
    crypto::Blake2b incremental;
    incremental.add(QByteArrayView("a"));
    incremental.add(QByteArrayView("bc"));
    QCOMPARE(incremental.finish(), crypto::blake2b256(QByteArrayView("abc")));
}

void tst_Crypto::sha256KnownAnswers()
{
    // FIPS 180-2 appendix B, and a million "a"s: more than one block, and not a multiple.
    QCOMPARE(crypto::sha256(QByteArray()).toHex(),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(crypto::sha256(QByteArrayView("abc")).toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(crypto::sha256(QByteArray(1000000, 'a')).toHex(),
             QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

// The SHA extensions' SHA-256 against libsodium's: every length up to four blocks (each place
// the padding can fall, with one block of it or two), and random lengths up to a megabyte,
// at offsets that are not 16-byte aligned.
void tst_Crypto::sha256ExtensionsAgreeWithLibsodium()
{
    if (!crypto::detail::haveShaExtensions())
        QSKIP("this processor has no SHA extensions; crypto::sha256 is libsodium's here");
    QRandomGenerator random(180);
    QByteArray data(1 << 20 | 64, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    const auto check = [&data](qsizetype offset, qsizetype size) {
        const auto *from = reinterpret_cast<const unsigned char *>(data.constData()) + offset;
        unsigned char expected[crypto_hash_sha256_BYTES];
        crypto_hash_sha256(expected, from, static_cast<unsigned long long>(size));
        unsigned char actual[32];
        if (!crypto::detail::sha256WithExtensions(from, static_cast<std::size_t>(size), actual))
            return false;
        return std::memcmp(expected, actual, sizeof actual) == 0;
    };
    for (qsizetype size = 0; size <= 4 * 64 + 1; ++size)
        QVERIFY2(check(size % 7, size), qPrintable(u"%1 bytes"_s.arg(size)));
    for (int i = 0; i < 200; ++i) {
        const qsizetype size = random.bounded(1 << 20);
        const qsizetype offset = random.bounded(64);
        QVERIFY2(check(offset, size), qPrintable(u"%1 bytes at offset %2"_s.arg(size).arg(offset)));
    }
    // And crypto::sha256 is the same.
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.constData()), 100000);
    QCOMPARE(crypto::sha256(QByteArrayView(data).first(100000)),
             QByteArray(reinterpret_cast<const char *>(digest), sizeof digest));
}

void tst_Crypto::sealAndOpen()
{
    const SecureBytes key = SecureBytes::random(32);
    const SecureBytes plain = SecureBytes::random(96);
    const crypto::Sealed s = crypto::seal(key, plain, QByteArrayView("ad"));
    QCOMPARE(s.nonce.size(), qsizetype(24));
    QCOMPARE(s.ciphertext.size(), qsizetype(96 + 16));
    Result<SecureBytes> opened = crypto::open(key, s.nonce, s.ciphertext, QByteArrayView("ad"));
    QVERIFY(opened);
    QVERIFY(opened->equals(plain));
    // Fresh nonce every time.
    QVERIFY(crypto::seal(key, plain, QByteArrayView("ad")).nonce != s.nonce);
}

void tst_Crypto::openRefusesAnyChange_data()
{
    QTest::addColumn<int>("what");
    QTest::newRow("ciphertext bit") << 0;
    QTest::newRow("nonce bit") << 1;
    QTest::newRow("associated data") << 2;
    QTest::newRow("key") << 3;
    QTest::newRow("truncated") << 4;
}

void tst_Crypto::openRefusesAnyChange()
{
    QFETCH(int, what);
    SecureBytes key = SecureBytes::random(32);
    const crypto::Sealed s =
        crypto::seal(key, SecureBytes::random(32), QByteArrayView("store/alice"));
    QByteArray nonce = s.nonce;
    QByteArray ciphertext = s.ciphertext;
    QByteArray ad("store/alice");
    switch (what) {
    case 0:
        ciphertext[5] = static_cast<char>(ciphertext[5] ^ 0x01);
        break;
    case 1:
        nonce[0] = static_cast<char>(nonce[0] ^ 0x80);
        break;
    case 2:
        ad = "store/bob";
        break;
    case 3:
        key = SecureBytes::random(32);
        break;
    case 4:
        ciphertext.chop(1);
        break;
    }
    const Result<SecureBytes> opened = crypto::open(key, nonce, ciphertext, ad);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), ErrorCode::WrongCredentials);
}

void tst_Crypto::signatures()
{
    const crypto::SigningKeyPair pair = crypto::generateSigningKeyPair();
    const QByteArray message("head 41 of store 123");
    const QByteArray sig = crypto::sign(pair.secretKey, message);
    QVERIFY(crypto::verifySignature(pair.publicKey, message, sig));
    QVERIFY(!crypto::verifySignature(pair.publicKey, QByteArray("head 42 of store 123"), sig));
    QVERIFY(!crypto::verifySignature(crypto::generateSigningKeyPair().publicKey, message, sig));
    QVERIFY(!crypto::verifySignature(pair.publicKey, message, sig.left(63)));
}

void tst_Crypto::deriveKeyDependsOnEverything()
{
    const QByteArray salt(16, 'x');
    const crypto::KdfCost cost = crypto::KdfCost::testingMinimum();
    Result<SecureBytes> a = crypto::deriveKey(rd::test::secret("password one"), salt, cost);
    Result<SecureBytes> b = crypto::deriveKey(rd::test::secret("password one"), salt, cost);
    Result<SecureBytes> c = crypto::deriveKey(rd::test::secret("password two"), salt, cost);
    Result<SecureBytes> d =
        crypto::deriveKey(rd::test::secret("password one"), QByteArray(16, 'y'), cost);
    QVERIFY(a && b && c && d);
    QVERIFY(a->equals(b.value()));
    QVERIFY(!a->equals(c.value()));
    QVERIFY(!a->equals(d.value()));
    QVERIFY(!crypto::deriveKey(rd::test::secret("p"), QByteArray(15, 'x'), cost));
}

void tst_Crypto::historyHash()
{
    Result<QString> h = crypto::hashForHistory(rd::test::secret("old password 1"));
    QVERIFY(h);
    QVERIFY(h->startsWith(u"$argon2id$"_s));
    QVERIFY(crypto::matchesHistoryHash(h.value(), rd::test::secret("old password 1")));
    QVERIFY(!crypto::matchesHistoryHash(h.value(), rd::test::secret("old password 2")));
}

void tst_Crypto::recoveryCodeRoundTrip()
{
    for (int i = 0; i < 50; ++i) {
        const SecureBytes secret = RecoveryCode::generate();
        const QString text = RecoveryCode::format(secret);
        QCOMPARE(text.size(), qsizetype(36 + 8));
        QCOMPARE(text.count(u'-'), qsizetype(8));
        Result<SecureBytes> back = RecoveryCode::parse(text);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message()));
        QVERIFY(back->equals(secret));
    }
}

void tst_Crypto::recoveryCodeForgivesLookAlikes()
{
    const SecureBytes secret = RecoveryCode::generate();
    QString text = RecoveryCode::format(secret);
    QString typed = text.toLower();
    typed.replace(u'-', u' ');
    typed.replace(u'0', u'o');
    typed.replace(u'1', u'l');
    Result<SecureBytes> back = RecoveryCode::parse(typed);
    QVERIFY(back);
    QVERIFY(back->equals(secret));
}

void tst_Crypto::recoveryCodeCatchesTypos_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one character changed") << 0 << u"mistyped"_s;
    QTest::newRow("a group missing") << 1 << u"has 36 letters and digits"_s;
    QTest::newRow("a foreign character") << 2 << u"\"U\""_s;
}

void tst_Crypto::recoveryCodeCatchesTypos()
{
    QFETCH(int, kind);
    QFETCH(QString, expected);
    QString text = RecoveryCode::format(RecoveryCode::generate());
    if (kind == 0)
        text[0] = text[0] == u'7' ? u'8' : u'7';
    else if (kind == 1)
        text = text.mid(5);
    else
        text[0] = u'U'; // not in the Crockford alphabet
    const Result<SecureBytes> parsed = RecoveryCode::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message().contains(expected), qPrintable(parsed.error().message()));
}

void tst_Crypto::passwordRules_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("complaint"); // empty: accepted
    QTest::newRow("11 characters") << u"alice"_s << u"kestrel-fog"_s << u"11 characters"_s;
    QTest::newRow("12 characters") << u"alice"_s << u"kestrel-fog7"_s << QString();
    QTest::newRow("12 non-ASCII characters counted as characters")
        << u"alice"_s << u"出荷判定を待つ無菌試験の結果"_s << QString();
    QTest::newRow("11 non-ASCII characters (33 bytes)")
        << u"alice"_s << u"出荷判定出荷判定出荷判"_s << u"11 characters"_s;
    QTest::newRow("contains user name") << u"alice"_s << u"my-alice-password"_s << u"user name"_s;
    QTest::newRow("contains user name, other case")
        << u"alice"_s << u"xxALICExx-long"_s << u"user name"_s;
    QTest::newRow("dotted user name")
        << u"j.devries"_s << u"hello-J.DeVries-2026"_s << u"user name"_s;
    QTest::newRow("similar but not the name") << u"alice"_s << u"al1ce-is-not-it"_s << QString();
    // What was accepted by the length rule alone.
    QTest::newRow("twelve spaces") << u"alice"_s << u"            "_s << u"palindrome"_s;
    QTest::newRow("one letter") << u"alice"_s << u"aaaaaaaaaaaa"_s << u"palindrome"_s;
    QTest::newRow("a run of one character")
        << u"alice"_s << u"sterile-bag-zzzz7"_s << u"repeats one character"_s;
    QTest::newRow("digits in a row") << u"alice"_s << u"123456789012"_s << u"sequence"_s;
    QTest::newRow("letters in a row") << u"alice"_s << u"abcdefghijkl"_s << u"sequence"_s;
    QTest::newRow("dictionary word") << u"alice"_s << u"international"_s << u"dictionary word"_s;
    QTest::newRow("few different characters")
        << u"alice"_s << u"abababababab"_s << u"different characters"_s;
    QTest::newRow("own full name") << u"alice"_s << u"Team Varga 2026!"_s << u"full name"_s;
    QTest::newRow("part of the full name, reversed")
        << u"alice"_s << u"xx-agrav-2026-yy"_s << u"full name"_s;
    QTest::newRow("person identifier")
        << u"alice"_s << u"emp-E10442-pass"_s << u"person identifier"_s;
}

void tst_Crypto::passwordRules()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, complaint);
    const PasswordOwner owner{user, u"Alice M. Varga"_s, u"E10442"_s};
    const Status s = PasswordPolicy::check(owner, SecureBytes::fromUtf8(password));
    if (complaint.isEmpty()) {
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message()));
    } else {
        QVERIFY(!s);
        QCOMPARE(s.error().code(), ErrorCode::PasswordRejected);
        QVERIFY2(s.error().message().contains(complaint), qPrintable(s.error().message()));
        QVERIFY(!s.error().message().contains(password)); // never echoed
    }
}

void tst_Crypto::testingCostIsExplicit()
{
    QVERIFY(crypto::testingMinimumCost()); // this process asked for it
    QVERIFY(crypto::KdfCost::forNewSecrets() == crypto::KdfCost::testingMinimum());
    crypto::setTestingMinimumCost(false);
    QVERIFY(crypto::KdfCost::forNewSecrets() == crypto::KdfCost::standard());
    QVERIFY(!crypto::KdfCost::standard().isBelowStandard());
    QVERIFY(crypto::KdfCost::testingMinimum().isBelowStandard());
    // The shipped default is libsodium's MODERATE: 3 passes over 256 MiB.
    QCOMPARE(crypto::KdfCost::standard().opsLimit, quint64(3));
    QCOMPARE(crypto::KdfCost::standard().memLimit, quint64(256) << 20);
    crypto::setTestingMinimumCost(true);
}

QTEST_GUILESS_MAIN(tst_Crypto)
#include "tst_crypto.moc"
