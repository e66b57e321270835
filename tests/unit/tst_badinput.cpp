// SPDX-License-Identifier: GPL-3.0-or-later
// Every bad input of the foundation: a clear one-line message, and the store exactly as it was
// (but for the failed-attempt counter where a password was wrong).
#include "security/crypto.h"
#include "security/keyring.h"
#include "security/keyslotfile.h"
#include "support/folder.h"
#include "support/rawdb.h"
#include "support/teststore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::secret;

class tst_BadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rd::test::initTestProcess(); }

    void wrongPassword();
    void unknownUser();
    void lockedAccount();
    void truncatedKeyslots();
    void editedKeyslotsSlot();
    void editedKeyslotsHeader();
    void recordsReplacedByPlainSqlite();
    void recordsTruncated();
    void recordsMissing();
    void newerSchema();
    void notAStoreFolder();
    void busyWhileAnotherWrites();

private:
    // Opens the store as alice with `password` and checks that it fails with `code`, a one-line
    // message containing `expected`, and no change to the folder but those in `allowed`.
    void expectRefusal(rd::test::TestStore &store, const QString &user, const QString &password,
                       ErrorCode code, const QString &expected,
                       const QString &allowedChange = QString());
};

void tst_BadInput::expectRefusal(rd::test::TestStore &store, const QString &user,
                                 const QString &password, ErrorCode code, const QString &expected,
                                 const QString &allowedChange)
{
    const rd::test::FolderSnapshot before = rd::test::snapshot(store.path());
    Result<std::unique_ptr<Session>> s = Session::open(store.path(), user, secret(password));
    QVERIFY(!s);
    QCOMPARE(s.error().code(), code);
    QVERIFY2(s.error().message().contains(expected), qPrintable(s.error().message()));
    QVERIFY2(!s.error().message().contains(u'\n'), "the message is one line");
    QVERIFY2(!s.error().message().contains(password), "the message holds no password");
    QCOMPARE(rd::test::differences(before, rd::test::snapshot(store.path())), allowedChange);
}

void tst_BadInput::wrongPassword()
{
    rd::test::TestStore store;
    KeySlotFile before = KeySlotFile::load(StorePaths(store.path()).keyslots()).value();
    expectRefusal(store, u"alice"_s, u"not-the-password"_s, ErrorCode::WrongCredentials,
                  u"Wrong user name or password."_s, u"changed keyslots.json"_s);
    // Only the counter moved: everything else is as it was.
    Result<KeySlotFile> after = KeySlotFile::load(StorePaths(store.path()).keyslots());
    QCOMPARE(after->attempts.value(u"alice"_s).consecutiveFailures, 1);
    QCOMPARE(after->failuresCounted, before.failuresCounted + 1);
    before.attempts = after->attempts;
    before.failuresCounted = after->failuresCounted;
    QCOMPARE(after->serialize(), before.serialize());
}

void tst_BadInput::unknownUser()
{
    rd::test::TestStore store;
    expectRefusal(store, u"zed"_s, QString::fromLatin1(rd::test::kPassword),
                  ErrorCode::WrongCredentials, u"Wrong user name or password."_s,
                  u"changed keyslots.json"_s);
}

void tst_BadInput::lockedAccount()
{
    rd::test::TestStore store;
    for (int i = 0; i < 5; ++i)
        QVERIFY(!KeyRing::unlock(store.path(), u"alice"_s, secret("wrong-wrong-wrong")));
    // Locked: even the right password is refused, and refusing it changes nothing.
    expectRefusal(store, u"alice"_s, QString::fromLatin1(rd::test::kPassword),
                  ErrorCode::AccountLocked, u"is locked after 5 failed logins"_s);
}

void tst_BadInput::truncatedKeyslots()
{
    rd::test::TestStore store;
    QFile f(StorePaths(store.path()).keyslots());
    QVERIFY(f.resize(f.size() / 2));
    expectRefusal(store, u"alice"_s, QString::fromLatin1(rd::test::kPassword),
                  ErrorCode::StoreDamaged, u"keyslots.json is damaged (line "_s);
}

void tst_BadInput::editedKeyslotsSlot()
{
    rd::test::TestStore store;
    QFile f(StorePaths(store.path()).keyslots());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray list = o.value(u"slots"_s).toArray();
    QJsonObject slot = list.at(0).toObject();
    slot.insert(u"keyId"_s, 99);
    list[0] = slot;
    o.insert(u"slots"_s, list);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
    f.close();
    expectRefusal(store, u"alice"_s, QString::fromLatin1(rd::test::kPassword),
                  ErrorCode::StoreDamaged, u"$.slots[0] fails its checksum"_s);
}

void tst_BadInput::editedKeyslotsHeader()
{
    rd::test::TestStore store;
    QFile f(StorePaths(store.path()).keyslots());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    f.close();
    // Another root in the header: everything checked against it would be someone else's.
    const QByteArray root =
        KeySlotFile::load(StorePaths(store.path()).keyslots())->rootPublicKey.toBase64();
    QVERIFY(json.contains(root));
    json.replace(root, crypto::generateSigningKeyPair().publicKey.toBase64());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json);
    f.close();
    expectRefusal(store, u"alice"_s, QString::fromLatin1(rd::test::kPassword), ErrorCode::Tampered,
                  u"one of the two files was replaced"_s);
}

void tst_BadInput::recordsReplacedByPlainSqlite()
{
    rd::test::TestStore store;
    const QString records = StorePaths(store.path()).records();
    QVERIFY(QFile::remove(records));
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(records).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE meta (key, value)", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    expectRefusal(store, u"alice"_s, QString::fromLatin1(rd::test::kPassword),
                  ErrorCode::StoreDamaged, u"is an unencrypted SQLite database"_s);
}

void tst_BadInput::recordsTruncated()
{
    rd::test::TestStore store;
    QFile f(StorePaths(store.path()).records());
    QVERIFY(f.resize((f.size() / 2048) * 1024));
    expectRefusal(store, u"alice"_s, QString::fromLatin1(rd::test::kPassword),
                  ErrorCode::StoreDamaged, u"records.db in"_s);
    // Cut mid-page: reported as truncated by size alone.
    QVERIFY(f.resize(f.size() - 100));
    expectRefusal(store, u"alice"_s, QString::fromLatin1(rd::test::kPassword),
                  ErrorCode::StoreDamaged, u"not a whole number of 1024-byte pages"_s);
}

void tst_BadInput::recordsMissing()
{
    rd::test::TestStore store;
    QVERIFY(QFile::remove(StorePaths(store.path()).records()));
    expectRefusal(store, u"alice"_s, QString::fromLatin1(rd::test::kPassword),
                  ErrorCode::StoreDamaged, u"records.db is missing"_s);
}

void tst_BadInput::newerSchema()
{
    rd::test::TestStore store;
    {
        rd::test::RawDb raw(StorePaths(store.path()).records(), store.masterKey());
        QCOMPARE(raw.exec(u"UPDATE meta SET value = '12' WHERE key = 'schema_version'"_s),
                 SQLITE_OK);
    }
    expectRefusal(store, u"alice"_s, QString::fromLatin1(rd::test::kPassword),
                  ErrorCode::StoreNewer,
                  u"was written by a newer ReleaseDesk (schema version 12"_s);
}

void tst_BadInput::notAStoreFolder()
{
    QTemporaryDir dir;
    const Result<std::unique_ptr<Session>> s =
        Session::open(dir.path(), u"alice"_s, secret(rd::test::kPassword));
    QVERIFY(!s);
    QCOMPARE(s.error().code(), ErrorCode::StoreMissing);
    QVERIFY(s.error().message().contains(u"keyslots.json is missing"_s));
    QCOMPARE(rd::test::snapshot(dir.path()).size(), qsizetype(0));
    const Result<std::unique_ptr<Session>> none =
        Session::open(dir.filePath(u"nope"_s), u"alice"_s, secret(rd::test::kPassword));
    QCOMPARE(none.error().code(), ErrorCode::StoreMissing);
    QVERIFY(none.error().message().contains(u"does not exist"_s));
}

void tst_BadInput::busyWhileAnotherWrites()
{
    rd::test::TestStore store;
    rd::test::RawDb writer(StorePaths(store.path()).records(), store.masterKey());
    // The write lock alone: a ReleaseDesk writer of another process holds it the same way.
    QCOMPARE(writer.exec(u"BEGIN IMMEDIATE"_s), SQLITE_OK);
    const qint64 eventsBefore = writer.value(u"SELECT count(*) FROM audit_events"_s).toLongLong();

    Session::Options options;
    options.store.busyTimeoutMs = 600;
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Session>> s =
        Session::open(store.path(), u"alice"_s, secret(rd::test::kPassword), options);
    QVERIFY(!s);
    QVERIFY2(timer.elapsed() >= 550, "it waited for the other writer first");
    QCOMPARE(s.error().code(), ErrorCode::StoreBusy);
    QVERIFY2(s.error().message().contains(u"another ReleaseDesk process is writing"_s),
             qPrintable(s.error().message()));

    // The writer finishes; nothing of the refused login was kept and nothing is corrupted.
    QCOMPARE(writer.exec(u"COMMIT"_s), SQLITE_OK);
    QCOMPARE(writer.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(writer.value(u"SELECT count(*) FROM audit_events"_s).toLongLong(), eventsBefore);
    std::unique_ptr<Session> later = store.open();
    QVERIFY(later);
    QVERIFY(later->verify()->audit.ok);
}

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
