// SPDX-License-Identifier: GPL-3.0-or-later
// keyslots.json: strict parsing with messages that name the field, what the file's parts
// depend on (sealed master keys, the root, signed anchors), what binds a slot to its store and
// user, and recovery.json standing in for a destroyed keyslots.json.
#include "core/storefiles.h"
#include "security/crypto.h"
#include "security/keyring.h"
#include "security/keyslotfile.h"
#include "session/recovery.h"
#include "session/session.h"
#include "support/folder.h"
#include "support/teststore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

using JsonEdit = std::function<QByteArray(const QByteArray &)>;
Q_DECLARE_METATYPE(JsonEdit)

class tst_KeySlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rd::test::initTestProcess(); }

    void roundTrip();
    void damaged_data();
    void damaged();
    void newerFormatRefused();
    void partsCheckThemselves();
    void slotBoundToUserName();
    void slotBoundToStore();
    void recoveryCodeUnlocks();
    void writesAreAtomic();
    void recoveryRebuildsDestroyedFile();
    void standardCostUnlockTime();
};

void tst_KeySlots::roundTrip()
{
    rd::test::TestStore store;
    QVERIFY(store.isValid());
    const QString path = StorePaths(store.path()).keyslots();
    Result<KeySlotFile> file = KeySlotFile::load(path);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message()));
    QCOMPARE(file->storeId, store.storeId());
    QCOMPARE(file->userSlots.keys(), QStringList{u"alice"_s});
    QVERIFY(file->recovery.has_value());
    QCOMPARE(file->anchors.keys(), QStringList{u"alice"_s}); // init ends with a checkpoint
    QCOMPARE(file->cipher.compatibility, 3);
    QCOMPARE(file->cipher.pageSize, kNewStorePageSize);
    QCOMPARE(file->rootPublicKey.size(), qsizetype(32));
    QCOMPARE(file->epoch, 1);
    QCOMPARE(file->userSlots.value(u"alice"_s).masterKeys.size(), qsizetype(1));
    QCOMPARE(file->recovery->masterKeys.size(), qsizetype(1));

    Result<KeySlotFile> again = KeySlotFile::parse(file->serialize(), path);
    QVERIFY(again);
    QCOMPARE(again->serialize(), file->serialize());
    // recovery.json holds the same header, root and recovery slot, and nobody's slot.
    Result<KeySlotFile> copy = KeySlotFile::load(StorePaths(store.path()).recoveryCopy());
    QVERIFY(copy);
    QCOMPARE(copy->rootPublicKey, file->rootPublicKey);
    QVERIFY(copy->userSlots.isEmpty());
    QCOMPARE(copy->serializeRecoveryCopy(), file->serializeRecoveryCopy());
}

void tst_KeySlots::damaged_data()
{
    QTest::addColumn<JsonEdit>("edit");
    QTest::addColumn<QString>("expected");

    const auto object = [](const std::function<void(QJsonObject &)> &change) -> JsonEdit {
        return [change](const QByteArray &json) {
            QJsonObject o = QJsonDocument::fromJson(json).object();
            change(o);
            return QJsonDocument(o).toJson();
        };
    };
    const auto slot = [object](const std::function<void(QJsonObject &)> &change) -> JsonEdit {
        return object([change](QJsonObject &o) {
            QJsonArray list = o.value(u"slots"_s).toArray();
            QJsonObject s = list.at(0).toObject();
            change(s);
            list[0] = s;
            o.insert(u"slots"_s, list);
        });
    };

    QTest::newRow("truncated") << JsonEdit([](const QByteArray &j) { return j.left(200); })
                               << u"is damaged (line "_s;
    QTest::newRow("empty") << JsonEdit([](const QByteArray &) { return QByteArray(); })
                           << u"is damaged"_s;
    QTest::newRow("not an object") << JsonEdit([](const QByteArray &) { return QByteArray("[1]"); })
                                   << u"it is not a JSON object"_s;
    QTest::newRow("other format") << object([](QJsonObject &o) {
        o.insert(u"format"_s, u"something.else"_s);
    }) << u"$.format is \"something.else\""_s;
    QTest::newRow("store id missing")
        << object([](QJsonObject &o) { o.remove(u"storeId"_s); }) << u"$.storeId is missing"_s;
    QTest::newRow("store id not hex")
        << object([](QJsonObject &o) { o.insert(u"storeId"_s, u"xyz"_s); })
        << u"$.storeId is not 16 hexadecimal bytes"_s;
    QTest::newRow("salt not base64") << slot([](QJsonObject &s) {
        QJsonObject kdf = s.value(u"kdf"_s).toObject();
        kdf.insert(u"salt"_s, u"!!!not-base64!!!"_s);
        s.insert(u"kdf"_s, kdf);
    }) << u"$.slots[0].kdf.salt is not base64"_s;
    QTest::newRow("salt too short") << slot([](QJsonObject &s) {
        QJsonObject kdf = s.value(u"kdf"_s).toObject();
        kdf.insert(u"salt"_s, QString::fromLatin1(QByteArray(8, 'a').toBase64()));
        s.insert(u"kdf"_s, kdf);
    }) << u"has 8 bytes instead of 16"_s;
    QTest::newRow("cost out of range") << slot([](QJsonObject &s) {
        QJsonObject kdf = s.value(u"kdf"_s).toObject();
        kdf.insert(u"opsLimit"_s, 0);
        s.insert(u"kdf"_s, kdf);
    }) << u"$.slots[0].kdf.opsLimit is not a whole number"_s;
    QTest::newRow("slot edited") << slot([](QJsonObject &s) {
        QByteArray c = QByteArray::fromBase64(s.value(u"ciphertext"_s).toString().toLatin1());
        c[0] = static_cast<char>(c[0] ^ 1);
        s.insert(u"ciphertext"_s, QString::fromLatin1(c.toBase64()));
    }) << u"$.slots[0] fails its checksum"_s;
    QTest::newRow("slots not a list")
        << object([](QJsonObject &o) { o.insert(u"slots"_s, 5); }) << u"$.slots is not a list"_s;
}

void tst_KeySlots::damaged()
{
    QFETCH(JsonEdit, edit);
    QFETCH(QString, expected);
    rd::test::TestStore store;
    QVERIFY(store.isValid());
    const QString path = StorePaths(store.path()).keyslots();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray changed = edit(f.readAll());
    f.resize(0);
    f.write(changed);
    f.close();
    const rd::test::FolderSnapshot before = rd::test::snapshot(store.path());

    Result<KeySlotFile> loaded = KeySlotFile::load(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code(), ErrorCode::StoreDamaged);
    QVERIFY2(loaded.error().message().contains(expected), qPrintable(loaded.error().message()));
    QVERIFY(loaded.error().message().contains(u"keyslots.json"_s));
    QVERIFY(!loaded.error().message().contains(u'\n'));

    // Unlocking says the same and writes nothing.
    Result<UnlockedKeys> keys =
        KeyRing::unlock(store.path(), u"alice"_s, rd::test::secret(rd::test::kPassword));
    QVERIFY(!keys);
    QCOMPARE(keys.error().message(), loaded.error().message());
    QCOMPARE(rd::test::differences(before, rd::test::snapshot(store.path())), QString());
}

void tst_KeySlots::newerFormatRefused()
{
    rd::test::TestStore store;
    const QString path = StorePaths(store.path()).keyslots();
    QJsonObject o = QJsonDocument::fromJson(readFile(path)).object();
    o.insert(u"formatVersion"_s, 3);
    o.insert(u"somethingNew"_s, u"a field this version does not know"_s);
    QVERIFY(StoreFiles::writeAtomically(path, QJsonDocument(o).toJson()));
    Result<KeySlotFile> loaded = KeySlotFile::load(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code(), ErrorCode::StoreNewer);
    QVERIFY(loaded.error().message().contains(u"format 3"_s));
    QVERIFY(loaded.error().message().contains(u"not changed"_s));
}

void tst_KeySlots::partsCheckThemselves()
{
    // No code keyed from the master key covers keyslots.json any more: each part is checked by
    // what it is. A master key sealed to a slot opens only with that slot's signing key.
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"bob"_s, Role::Viewer));
    const QString path = StorePaths(store.path()).keyslots();
    Result<KeySlotFile> file = KeySlotFile::load(path);
    QVERIFY(file);
    KeySlotFile swapped = file.value();
    swapped.userSlots[u"alice"_s].masterKeys = file->userSlots.value(u"bob"_s).masterKeys;
    QVERIFY(StoreFiles::writeAtomically(path, swapped.serialize()));
    Result<UnlockedKeys> keys =
        KeyRing::unlock(store.path(), u"alice"_s, rd::test::secret(rd::test::kPassword));
    QVERIFY(!keys);
    QCOMPARE(keys.error().code(), ErrorCode::StoreDamaged);
    QVERIFY2(keys.error().message().contains(u"sealed in it"_s),
             qPrintable(keys.error().message()));

    // A root other than the one records.db recorded: no session opens, nothing is written.
    KeySlotFile otherRoot = file.value();
    otherRoot.rootPublicKey = crypto::generateSigningKeyPair().publicKey;
    QVERIFY(StoreFiles::writeAtomically(path, otherRoot.serialize()));
    const rd::test::FolderSnapshot before = rd::test::snapshot(store.path());
    Result<std::unique_ptr<Session>> s =
        Session::open(store.path(), u"alice"_s, rd::test::secret(rd::test::kPassword));
    QVERIFY(!s);
    QCOMPARE(s.error().code(), ErrorCode::Tampered);
    QVERIFY2(s.error().message().contains(u"records.db recorded root"_s),
             qPrintable(s.error().message()));
    // (Only the failed-login-free unlock touched nothing: the folder is as it was.)
    QCOMPARE(rd::test::differences(before, rd::test::snapshot(store.path())), QString());

    // The counters may be changed without anyone's key: they are claims (tst_security).
    QVERIFY(StoreFiles::writeAtomically(path, file->serialize()));
    KeySlotFile counters = file.value();
    counters.attempts[u"alice"_s].consecutiveFailures = 3;
    QVERIFY(StoreFiles::writeAtomically(path, counters.serialize()));
    QVERIFY(store.open());
}

void tst_KeySlots::slotBoundToUserName()
{
    rd::test::TestStore store;
    const SecureBytes key = store.masterKey();
    // Alice's slot, filed under "bob" (its checksum recomputed, as a careful forger would).
    const QString path = StorePaths(store.path()).keyslots();
    Result<KeySlotFile> file = KeySlotFile::load(path);
    QVERIFY(file);
    KeySlot copy = file->userSlots.value(u"alice"_s);
    copy.userName = u"bob"_s;
    file->userSlots.insert(u"bob"_s, copy);
    QVERIFY(StoreFiles::writeAtomically(path, file->serialize()));

    Result<UnlockedKeys> asBob =
        KeyRing::unlock(store.path(), u"bob"_s, rd::test::secret(rd::test::kPassword));
    QVERIFY(!asBob);
    QCOMPARE(asBob.error().code(), ErrorCode::WrongCredentials);
    QVERIFY(KeyRing::unlock(store.path(), u"alice"_s, rd::test::secret(rd::test::kPassword)));
}

void tst_KeySlots::slotBoundToStore()
{
    rd::test::TestStore first;
    rd::test::TestStore second;
    // The first store's slot for alice, put into the second store's file.
    Result<KeySlotFile> a = KeySlotFile::load(StorePaths(first.path()).keyslots());
    Result<KeySlotFile> b = KeySlotFile::load(StorePaths(second.path()).keyslots());
    QVERIFY(a && b);
    b->userSlots.insert(u"alice"_s, a->userSlots.value(u"alice"_s));
    QVERIFY(StoreFiles::writeAtomically(StorePaths(second.path()).keyslots(), b->serialize()));
    Result<UnlockedKeys> keys =
        KeyRing::unlock(second.path(), u"alice"_s, rd::test::secret(rd::test::kPassword));
    QVERIFY(!keys);
    QCOMPARE(keys.error().code(), ErrorCode::WrongCredentials);
}

void tst_KeySlots::recoveryCodeUnlocks()
{
    rd::test::TestStore store;
    Result<UnlockedKeys> keys = KeyRing::unlockWithRecoveryCode(store.path(), store.recoveryCode());
    QVERIFY2(keys, qPrintable(keys ? QString() : keys.error().message()));
    QVERIFY(keys->masterKey.equals(store.masterKey()));
    // The recovery slot holds the store root's secret, nobody's signing key.
    QCOMPARE(crypto::publicKeyOf(keys->signingKey),
             KeySlotFile::load(StorePaths(store.path()).keyslots())->rootPublicKey);

    rd::test::TestStore other;
    Result<UnlockedKeys> wrong =
        KeyRing::unlockWithRecoveryCode(store.path(), other.recoveryCode());
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().message(), u"The recovery code does not open this store."_s);
}

void tst_KeySlots::writesAreAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keyslots.json"_s);
    QVERIFY(StoreFiles::writeAtomically(path, "first"));
    QVERIFY(StoreFiles::writeAtomically(path, "second, longer"));
    QCOMPARE(readFile(path), QByteArray("second, longer"));
    // Only the target is left: no temporary file lingers.
    QCOMPARE(rd::test::snapshot(dir.path()).keys(), QStringList{u"keyslots.json"_s});
    // Into a folder that does not exist: a clear error, nothing created.
    const Status s = StoreFiles::writeAtomically(dir.filePath(u"missing/keyslots.json"_s), "x");
    QVERIFY(!s);
    QCOMPARE(s.error().code(), ErrorCode::Io);
    QVERIFY(s.error().message().contains(u"missing"_s));
}

void tst_KeySlots::recoveryRebuildsDestroyedFile()
{
    // One overwrite of keyslots.json does not take the recovery code's way in with it.
    rd::test::TestStore store;
    QVERIFY(store.addUser(u"bob"_s, Role::Viewer));
    const QString path = StorePaths(store.path()).keyslots();
    QVERIFY(StoreFiles::writeAtomically(path, "%PDF-1.4 not a key-slot file"));
    QCOMPARE(KeyRing::unlock(store.path(), u"alice"_s, rd::test::secret(rd::test::kPassword))
                 .error()
                 .code(),
             ErrorCode::StoreDamaged);

    QVERIFY(Recovery::resetAdministratorPassword(store.path(), store.recoveryCode(), u"alice"_s,
                                                 rd::test::secret("after-recovery-1")));
    std::unique_ptr<Session> alice = store.open(u"alice"_s, u"after-recovery-1"_s);
    QVERIFY(alice);
    Result<StoreVerification> v = alice->verify();
    QVERIFY(v);
    QVERIFY2(v->audit.ok, qPrintable(v->audit.problem));
    AuditQuery q;
    q.contains = u"made again from recovery.json"_s;
    QCOMPARE(alice->audit().read(q)->size(), qsizetype(1));
    // Bob's slot was in the lost file: his password must be reset.
    QVERIFY(!KeyRing::unlock(store.path(), u"bob"_s, rd::test::secret(rd::test::kPassword)));
}

void tst_KeySlots::standardCostUnlockTime()
{
    // The shipped Argon2id cost must make an unlock take 0.3 to 1.5 s on the reference machine.
    crypto::setTestingMinimumCost(false);
    rd::test::TestStore store;
    crypto::setTestingMinimumCost(true);
    QVERIFY(store.isValid());
    const KeySlot slot =
        KeySlotFile::load(StorePaths(store.path()).keyslots())->userSlots.value(u"alice"_s);
    QVERIFY(slot.kdf.cost == crypto::KdfCost::standard());
    QList<qint64> times;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        Result<UnlockedKeys> keys =
            KeyRing::unlock(store.path(), u"alice"_s, rd::test::secret(rd::test::kPassword));
        times << timer.elapsed();
        QVERIFY(keys);
    }
    std::sort(times.begin(), times.end());
    qInfo("unlock with the standard Argon2id cost: %lld / %lld / %lld ms (min / median / max)",
          times.at(0), times.at(1), times.at(2));
    QVERIFY2(times.at(1) >= 300 && times.at(1) <= 1500, qPrintable(QString::number(times.at(1))));
}

QTEST_GUILESS_MAIN(tst_KeySlots)
#include "tst_keyslots.moc"
