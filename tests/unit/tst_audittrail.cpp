// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail: its canonical form, the chain, the checkpoints, and what `verify` finds
// when someone holding the raw key changes the database from outside.
#include "audit/audittrail.h"
#include "core/clock.h"
#include "demo/demodata.h"
#include "records/recordstore.h"
#include "security/crypto.h"
#include "security/keyslotfile.h"
#include "session/recovery.h"
#include "session/session.h"
#include "store/migrations.h"
#include "store/statement.h"
#include "store/store.h"
#include "support/folder.h"
#include "support/rawdb.h"
#include "support/teststore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace rd;

class tst_AuditTrail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rd::test::initTestProcess(); }

    void canonicalFormIsStable();
    void storedTimeReadBack_data();
    void storedTimeReadBack();
    void storedFormIsWhatReadsBackToItself_data() { storedTimeReadBack_data(); }
    void storedFormIsWhatReadsBackToItself();
    void nullDiffersFromEmpty();
    void freshStoreVerifies();
    void appendInsideTransaction();
    void databaseRefusesUpdateAndDelete();
    void editedRowIsNamed_data();
    void editedRowIsNamed();
    void recomputedChainCaughtByCheckpoint();
    void runsOnThreadsFindWhatOneWalkFinds();
    void truncatedTailCaughtByAnchor();
    void rolledBackCopyRefusedUntilAccepted();
    void removedTriggersCaught();
    void clockGoingBackwardsIsRecorded();
    void readNewestFirstWithFilter();
    void collectedDigestsAreTheStoredRows();

private:
    // Runs SQL on records.db with the raw key and the append-only triggers out of the way.
    static bool tamper(rd::test::TestStore &store, const QString &sql);
};

bool tst_AuditTrail::tamper(rd::test::TestStore &store, const QString &sql)
{
    rd::test::RawDb raw(StorePaths(store.path()).records(), store.masterKey());
    const int rc = raw.execAroundTriggers(sql);
    if (rc != SQLITE_OK)
        qWarning("tamper: %s", qPrintable(raw.lastError()));
    return rc == SQLITE_OK;
}

void tst_AuditTrail::storedTimeReadBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: not a time
    const QDateTime t(QDate(2026, 11, 21), QTime(14, 3, 5, 123), Qt::UTC);
    QTest::newRow("stored form") << u"2026-11-21T14:03:05.123Z"_s << t;
    QTest::newRow("leap day") << u"2024-02-29T00:00:00.000Z"_s
                              << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC);
    QTest::newRow("end of a day") << u"2026-12-31T23:59:59.999Z"_s
                                  << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999),
                                               Qt::UTC);
    // Other ISO forms still read, through Qt's reader.
    QTest::newRow("with an offset") << u"2026-11-21T15:03:05.123+01:00"_s << t;
    QTest::newRow("no milliseconds")
        << u"2026-11-21T14:03:05Z"_s << QDateTime(QDate(2026, 11, 21), QTime(14, 3, 5), Qt::UTC);
    QTest::newRow("30 February") << u"2026-02-30T14:03:05.123Z"_s << QDateTime();
    QTest::newRow("hour 24") << u"2026-11-21T24:03:05.123Z"_s << QDateTime();
    QTest::newRow("letter in the year") << u"2O26-11-21T14:03:05.123Z"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void tst_AuditTrail::storedTimeReadBack()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime read = fromStoredTime(text);
    QCOMPARE(read.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(read, expected);
    QCOMPARE(read.timeSpec(), Qt::UTC);
    // The stored form reads back to itself.
    QCOMPARE(toStoredTime(read), toStoredTime(expected));
    if (text.size() == 24 && text.endsWith(u'Z'))
        QCOMPARE(toStoredTime(read), text);
}

void tst_AuditTrail::storedFormIsWhatReadsBackToItself()
{
    // Verification asks isStoredTimeForm() what it used to ask of a read and rewrite.
    QFETCH(QString, text);
    const QDateTime read = fromStoredTime(text);
    const bool roundTrips = read.isValid() && toStoredTime(read) == text;
    QCOMPARE(isStoredTimeForm(text.toUtf8()), roundTrips);
}

void tst_AuditTrail::canonicalFormIsStable()
{
    // Golden bytes: a change here breaks every existing store's chain, so it must be deliberate
    // (and CANONICAL.md updated).
    AuditEvent e;
    e.seq = 258;
    e.utc = QDateTime(QDate(2026, 11, 21), QTime(16, 39, 0, 123), Qt::UTC);
    e.utcOffsetSeconds = 3600;
    e.user = u"rosa"_s;
    e.entry.action = u"account.created"_s;
    e.entry.entityType = u"user"_s;
    e.entry.entityId = u"jö"_s;
    e.entry.newValue = u""_s;
    const QByteArray bytes = AuditTrail::canonicalBytes(e);
    QByteArray expected("RDAE1\0", 6);
    expected += QByteArray::fromHex("0000000000000102");
    const auto field = [&expected](const QByteArray &utf8) {
        char len[4] = {0, 0, 0, static_cast<char>(utf8.size())};
        expected += QByteArray(len, 4) + utf8;
    };
    const auto null = [&expected]() { expected += QByteArray::fromHex("ffffffff"); };
    field("2026-11-21T16:39:00.123Z");
    field("3600");
    field("rosa");
    field("account.created");
    field("user");
    field("j\xc3\xb6");
    null();    // field
    null();    // old value
    field(""); // new value: empty, not null
    null();    // reason
    QCOMPARE(bytes.toHex(), expected.toHex());
    const QByteArray prev(32, '\x11');
    QCOMPARE(AuditTrail::computeHash(prev, e), crypto::blake2b256(QByteArray(prev + expected)));
    QCOMPARE(AuditTrail::genesisHash(u"abc"_s),
             crypto::blake2b256(QByteArray("releasedesk.audit.genesis/1\0abc", 31)));
}

void tst_AuditTrail::nullDiffersFromEmpty()
{
    AuditEvent a;
    a.seq = 1;
    a.utc = QDateTime::currentDateTimeUtc();
    AuditEvent b = a;
    b.entry.reason = u""_s;
    QVERIFY(AuditTrail::canonicalBytes(a) != AuditTrail::canonicalBytes(b));
    // Two fields' text cannot slide into one another.
    AuditEvent c = a, d = a;
    c.entry.entityType = u"ab"_s;
    c.entry.entityId = u"c"_s;
    d.entry.entityType = u"a"_s;
    d.entry.entityId = u"bc"_s;
    QVERIFY(AuditTrail::canonicalBytes(c) != AuditTrail::canonicalBytes(d));
}

void tst_AuditTrail::freshStoreVerifies()
{
    rd::test::TestStore store;
    std::unique_ptr<Session> s = store.open();
    QVERIFY(s);
    Result<StoreVerification> v = s->verify();
    QVERIFY(v);
    QVERIFY2(v->audit.ok, qPrintable(v->audit.problem));
    // One event per migration, then store created, account, its person, key, session opened
    // and closed.
    QCOMPARE(v->audit.events, Migrations::latestVersion() + 6);
    QCOMPARE(v->audit.checkpoints, 1);
    QVERIFY(!v->warnings.isEmpty()); // the test-only minimum Argon2id cost is flagged
}

void tst_AuditTrail::appendInsideTransaction()
{
    rd::test::TestStore store;
    std::unique_ptr<Session> s = store.open();
    QSqlDatabase db = s->store().connection();
    const qint64 before = s->audit().count().value();
    QVERIFY(db.transaction());
    AuditEntry e;
    e.action = u"test.event"_s;
    QVERIFY(s->audit().append(u"alice"_s, e));
    QVERIFY(db.rollback());
    QCOMPARE(s->audit().count().value(), before); // rolled back with the change it recorded
    QVERIFY(s->audit().append(u"alice"_s, e));
    QCOMPARE(s->audit().count().value(), before + 1);
    QVERIFY(s->verify()->audit.ok);
}

void tst_AuditTrail::databaseRefusesUpdateAndDelete()
{
    rd::test::TestStore store;
    std::unique_ptr<Session> s = store.open();
    QSqlQuery q(s->store().connection());
    QVERIFY(!q.exec(u"UPDATE audit_events SET reason = 'x' WHERE seq = 1"_s));
    QVERIFY(q.lastError().databaseText().contains(u"append-only"_s));
    QVERIFY(!q.exec(u"DELETE FROM audit_events WHERE seq = 1"_s));
    QVERIFY(q.lastError().databaseText().contains(u"append-only"_s));
}

void tst_AuditTrail::editedRowIsNamed_data()
{
    // store.created follows the migrations' events; account.created follows it.
    const int created = Migrations::latestVersion() + 1;
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("seq");
    QTest::addColumn<QString>("expected");
    QTest::newRow("new value")
        << u"UPDATE audit_events SET new_value = 'qa_reviewer' WHERE seq = %1"_s.arg(created)
        << created << u"content does not match its hash"_s;
    QTest::newRow("user") << u"UPDATE audit_events SET user_name = 'mallory' WHERE seq = 2"_s << 2
                          << u"content does not match its hash"_s;
    QTest::newRow("time")
        << u"UPDATE audit_events SET at_utc = '2020-01-01T00:00:00.000Z' WHERE seq = %1"_s.arg(
               created + 1)
        << created + 1 << u"content does not match its hash"_s;
    QTest::newRow("null to empty")
        << u"UPDATE audit_events SET reason = '' WHERE seq = %1 AND reason IS NULL"_s.arg(created)
        << created << u"content does not match its hash"_s;
    QTest::newRow("deleted in the middle")
        << u"DELETE FROM audit_events WHERE seq = %1"_s.arg(created) << created
        << u"Event %1 is missing"_s.arg(created);
    QTest::newRow("hash recomputed for one row")
        << u"UPDATE audit_events SET hash = zeroblob(32) WHERE seq = 2"_s << 2
        << u"content does not match its hash"_s;
    // The same bytes under another type: only a hand-made edit stores them so.
    QTest::newRow("offset as text")
        << u"UPDATE audit_events SET utc_offset = 'none' WHERE seq = 2"_s << 2
        << u"content does not match its hash"_s;
    QTest::newRow("user as a blob")
        << u"UPDATE audit_events SET user_name = CAST(user_name AS BLOB) WHERE seq = 3"_s << 3
        << u"content does not match its hash"_s;
    QTest::newRow("link broken")
        << u"UPDATE audit_events SET prev_hash = zeroblob(32) WHERE seq = %1"_s.arg(created + 1)
        << created + 1 << u"link to the previous event"_s;
}

void tst_AuditTrail::editedRowIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(int, seq);
    QFETCH(QString, expected);
    rd::test::TestStore store;
    QVERIFY(tamper(store, sql));
    std::unique_ptr<Session> s = store.open();
    QVERIFY(s);
    Result<StoreVerification> v = s->verify();
    QVERIFY(v);
    QVERIFY(!v->audit.ok);
    QCOMPARE(v->audit.failedSeq, seq);
    QVERIFY2(v->audit.problem.contains(expected), qPrintable(v->audit.problem));
}

void tst_AuditTrail::runsOnThreadsFindWhatOneWalkFinds()
{
    rd::test::TestStore store;
    for (int i = 0; i < 3; ++i) // each session adds its login and closing checkpoint
        QVERIFY(store.open());
    {
        // Enough events for a run to report progress (every 4096), so that it can be cancelled.
        std::unique_ptr<Session> s = store.open();
        QVERIFY(s);
        QSqlDatabase db = s->store().connection();
        QVERIFY(db.transaction());
        AuditTrail trail(db, store.storeId());
        for (int i = 0; i < 9000; ++i) {
            AuditEntry e;
            e.action = u"test.event"_s;
            e.entityType = u"batch"_s;
            e.entityId = u"B-%1"_s.arg(i);
            e.newValue = QString::number(i * 7);
            QVERIFY(trail.append(u"alice"_s, e));
        }
        QVERIFY(db.commit());
    }
    QVERIFY(store.open());
    const QList<CheckpointAnchor> anchors = rd::test::anchors(store.path());
    const QString records = StorePaths(store.path()).records();
    const QString pristine = store.folder() + u"/pristine.db"_s;
    QVERIFY(QFile::copy(records, pristine));
    qint64 last = 0;
    {
        rd::test::RawDb raw(records, store.masterKey());
        last = raw.value(u"SELECT max(seq) FROM audit_events"_s).toLongLong();
    }
    QVERIFY2(last > 9000, "the trail should be long enough to cut into runs");

    // Each case is compared between the walk on one thread and runs on 2, 3 and 5 threads,
    // whose edges fall on different events; the cases sit on, beside and between edges.
    QStringList cases = {QString()};
    for (const qint64 seq : {qint64(1), qint64(2), last / 3, last / 3 + 1, last / 2, last / 2 + 1,
                             last * 3 / 5, last - 1, last}) {
        cases << u"UPDATE audit_events SET reason = 'x' WHERE seq = %1"_s.arg(seq)
              << u"DELETE FROM audit_events WHERE seq = %1"_s.arg(seq)
              << u"UPDATE audit_events SET prev_hash = zeroblob(32) WHERE seq = %1"_s.arg(seq);
    }
    // Two problems: the earlier one is named, whichever run finishes first.
    cases << u"UPDATE audit_events SET reason = 'x' WHERE seq IN (%1, %2)"_s.arg(last / 4).arg(
        last - 2);
    cases << u"DELETE FROM audit_events WHERE seq BETWEEN %1 AND %2"_s.arg(last / 2 - 1)
                 .arg(last / 2 + 2);
    // A row put before the first event by hand.
    cases << u"INSERT INTO audit_events (seq, at_utc, utc_offset, user_name, action, prev_hash, "
             "hash) SELECT -1, at_utc, utc_offset, user_name, action, prev_hash, hash FROM "
             "audit_events WHERE seq = 2"_s;
    for (const QString &sql : std::as_const(cases)) {
        QVERIFY(QFile::remove(records));
        QVERIFY(QFile::copy(pristine, records));
        if (!sql.isEmpty())
            QVERIFY(tamper(store, sql));
        Result<std::unique_ptr<Store>> direct =
            Store::open(store.path(), store.storeId(), store.masterKey(), u"inspector"_s);
        QVERIFY(direct);
        const KeyDirectory keys = rd::test::keyDirectory(*direct.value());
        const AuditVerifier verifier(direct.value()->connection(), store.storeId(), keys, anchors);
        Result<AuditVerification> one = verifier.run();
        QVERIFY(one);
        QCOMPARE(one->ok, sql.isEmpty());
        for (const int threads : {2, 3, 5}) {
            qint64 reported = 0;
            Result<AuditVerification> many = verifier.run(
                *direct.value(), threads,
                [&reported](qint64 done, qint64) {
                    reported = done;
                    return true;
                },
                1);
            QVERIFY(many);
            const QString where = sql + u" on %1 threads"_s.arg(threads);
            QVERIFY2(many->ok == one->ok, qPrintable(where));
            QVERIFY2(many->failedSeq == one->failedSeq,
                     qPrintable(where + u": "_s + many->problem + u" / "_s + one->problem));
            QVERIFY2(many->problem == one->problem, qPrintable(where + u": "_s + many->problem));
            if (one->ok) {
                QCOMPARE(many->events, one->events);
                QCOMPARE(many->checkpoints, one->checkpoints);
                QCOMPARE(reported, one->events);
            }
        }
        direct.value().reset();
    }

    // Cancelling any run stops them all and says so.
    QVERIFY(QFile::remove(records));
    QVERIFY(QFile::copy(pristine, records));
    Result<std::unique_ptr<Store>> direct =
        Store::open(store.path(), store.storeId(), store.masterKey(), u"inspector"_s);
    QVERIFY(direct);
    const KeyDirectory keys = rd::test::keyDirectory(*direct.value());
    const AuditVerifier verifier(direct.value()->connection(), store.storeId(), keys, anchors);
    Result<AuditVerification> cancelled = verifier.run(
        *direct.value(), 2, [](qint64, qint64) { return false; }, 1);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code(), ErrorCode::Cancelled);
}

void tst_AuditTrail::recomputedChainCaughtByCheckpoint()
{
    // Someone with the master key edits event 3 and recomputes every hash after it, so the
    // chain alone looks intact; the checkpoint signed at the end of init no longer matches.
    rd::test::TestStore store;
    {
        std::unique_ptr<Session> s = store.open();
        QVERIFY(s);
    }
    rd::test::RawDb raw(StorePaths(store.path()).records(), store.masterKey());
    QCOMPARE(raw.exec(u"DROP TRIGGER audit_events_no_update"_s), SQLITE_OK);
    QCOMPARE(raw.exec(u"UPDATE audit_events SET reason = 'forged' WHERE seq = 3"_s), SQLITE_OK);
    QByteArray prev = AuditTrail::genesisHash(store.storeId());
    const qint64 last = raw.value(u"SELECT max(seq) FROM audit_events"_s).toLongLong();
    for (qint64 seq = 1; seq <= last; ++seq) {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(raw.handle(),
                           "SELECT at_utc, utc_offset, user_name, action, entity_type, "
                           "entity_id, field, old_value, new_value, reason, bound FROM "
                           "audit_events WHERE seq = ?",
                           -1, &stmt, nullptr);
        sqlite3_bind_int64(stmt, 1, seq);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        const auto text = [stmt](int c) {
            return sqlite3_column_type(stmt, c) == SQLITE_NULL
                       ? QString()
                       : QString::fromUtf8(
                             reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
        };
        AuditEvent e;
        e.seq = seq;
        e.utc = fromStoredTime(text(0));
        e.utcOffsetSeconds = text(1).toInt();
        e.user = text(2);
        e.entry = {text(3), text(4), text(5), text(6), text(7), text(8), text(9)};
        e.bound = QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, 10)),
                             sqlite3_column_bytes(stmt, 10));
        sqlite3_finalize(stmt);
        const QByteArray hash = AuditTrail::computeHash(prev, e);
        sqlite3_stmt *upd = nullptr;
        sqlite3_prepare_v2(raw.handle(),
                           "UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?", -1,
                           &upd, nullptr);
        sqlite3_bind_blob(upd, 1, prev.constData(), 32, SQLITE_TRANSIENT);
        sqlite3_bind_blob(upd, 2, hash.constData(), 32, SQLITE_TRANSIENT);
        sqlite3_bind_int64(upd, 3, seq);
        QCOMPARE(sqlite3_step(upd), SQLITE_DONE);
        sqlite3_finalize(upd);
        prev = hash;
    }
    QCOMPARE(raw.exec(u"CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
                      "BEGIN SELECT RAISE(ABORT, 'x'); END"_s),
             SQLITE_OK);

    // The checkpoint recorded outside no longer matches: sessions refuse to open...
    Result<std::unique_ptr<Session>> s =
        Session::open(store.path(), u"alice"_s, rd::test::secret(rd::test::kPassword));
    QVERIFY(!s);
    QCOMPARE(s.error().code(), ErrorCode::Tampered);
    QVERIFY2(s.error().message().contains(u"replaced or rewritten"_s),
             qPrintable(s.error().message()));

    // ...and the verifier finds the first checkpoint whose signature no longer covers the chain.
    Result<std::unique_ptr<Store>> direct =
        Store::open(store.path(), store.storeId(), store.masterKey(), u"inspector"_s);
    QVERIFY(direct);
    const KeyDirectory keys = rd::test::keyDirectory(*direct.value());
    const AuditVerifier verifier(direct.value()->connection(), store.storeId(), keys,
                                 rd::test::anchors(store.path()));
    Result<AuditVerification> v = verifier.run();
    QVERIFY(!v->ok);
    // The first thing signed over the rewritten part: here the certificate of alice's key,
    // which names the audit head it was issued at, before the checkpoint itself.
    QVERIFY2(v->problem.contains(u"rewritten"_s), qPrintable(v->problem));
    QVERIFY(v->failedSeq > 3);
}

void tst_AuditTrail::truncatedTailCaughtByAnchor()
{
    rd::test::TestStore store;
    {
        std::unique_ptr<Session> s = store.open(); // ends with a checkpoint recorded outside
        QVERIFY(s);
    }
    const std::optional<CheckpointAnchor> anchor = rd::test::latestAnchor(store.path());
    QVERIFY(tamper(store, u"DELETE FROM audit_events WHERE seq >= %1"_s.arg(anchor->seq - 1)));

    // Sessions no longer open on it...
    const rd::test::FolderSnapshot before = rd::test::snapshot(store.path());
    Result<std::unique_ptr<Session>> s =
        Session::open(store.path(), u"alice"_s, rd::test::secret(rd::test::kPassword));
    QVERIFY(!s);
    QCOMPARE(s.error().code(), ErrorCode::Tampered);
    QVERIFY2(s.error().message().contains(u"ends before event %1"_s.arg(anchor->seq)),
             qPrintable(s.error().message()));
    QCOMPARE(rd::test::differences(before, rd::test::snapshot(store.path())), QString());

    // ...and the verifier, run on the database directly, names it too.
    Result<std::unique_ptr<Store>> raw =
        Store::open(store.path(), store.storeId(), store.masterKey(), u"inspector"_s);
    QVERIFY(raw);
    const KeyDirectory keys = rd::test::keyDirectory(*raw.value());
    const AuditVerifier verifier(raw.value()->connection(), store.storeId(), keys, {*anchor});
    Result<AuditVerification> v = verifier.run();
    QVERIFY(v);
    QVERIFY(!v->ok);
    QVERIFY2(v->problem.contains(u"removed from the end"_s), qPrintable(v->problem));
}

void tst_AuditTrail::rolledBackCopyRefusedUntilAccepted()
{
    // records.db is put back from an older copy; ordinary sessions must not paper over it.
    rd::test::TestStore store;
    const QString records = StorePaths(store.path()).records();
    QVERIFY(store.open()); // a session, closed: checkpoint M + 6
    QVERIFY(QFile::copy(records, store.folder() + u"/older.db"_s));
    for (int i = 0; i < 3; ++i)
        QVERIFY(store.open()); // three more sessions move the recorded checkpoint on
    QVERIFY(QFile::remove(records));
    QVERIFY(QFile::copy(store.folder() + u"/older.db"_s, records));

    Result<std::unique_ptr<Session>> refused =
        Session::open(store.path(), u"alice"_s, rd::test::secret(rd::test::kPassword));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Tampered);
    QVERIFY(refused.error().message().contains(u"rolled back"_s));
    QVERIFY(refused.error().message().contains(u"--accept-rollback"_s));

    QCOMPARE(Recovery::acceptRollback(store.path(), store.recoveryCode(), QString()).error().code(),
             ErrorCode::InvalidInput); // a reason is required
    QVERIFY(Recovery::acceptRollback(store.path(), store.recoveryCode(),
                                     u"disk replaced; restored from last night's backup"_s));
    std::unique_ptr<Session> s = store.open();
    QVERIFY(s);
    Result<StoreVerification> v = s->verify();
    QVERIFY2(v->audit.ok, qPrintable(v->audit.problem));
    AuditQuery q;
    q.contains = u"audit.rollback-accepted"_s;
    const QList<AuditEvent> accepted = s->audit().read(q).value();
    QCOMPARE(accepted.size(), qsizetype(1));
    const int m = Migrations::latestVersion();
    QVERIFY(accepted.first().entry.oldValue.startsWith(u"checkpoint event %1"_s.arg(m + 13)));
    QCOMPARE(accepted.first().entry.newValue, u"no signature known to be lost"_s);
    // Nothing to accept any more.
    s.reset();
    QCOMPARE(
        Recovery::acceptRollback(store.path(), store.recoveryCode(), u"again"_s).error().code(),
        ErrorCode::InvalidInput);
}

void tst_AuditTrail::removedTriggersCaught()
{
    rd::test::TestStore store;
    {
        rd::test::RawDb raw(StorePaths(store.path()).records(), store.masterKey());
        QCOMPARE(raw.exec(u"DROP TRIGGER audit_events_no_delete"_s), SQLITE_OK);
    }
    std::unique_ptr<Session> s = store.open();
    Result<StoreVerification> v = s->verify();
    QVERIFY(!v->audit.ok);
    QCOMPARE(v->audit.failedSeq, 0);
    QVERIFY2(v->audit.problem.contains(u"trigger audit_events_no_delete is missing"_s),
             qPrintable(v->audit.problem));
}

void tst_AuditTrail::clockGoingBackwardsIsRecorded()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC));
    Clock::setInstance(&clock);
    rd::test::TestStore store;
    std::unique_ptr<Session> s = store.open();
    clock.advanceSeconds(-3600);
    AuditEntry e;
    e.action = u"test.event"_s;
    Result<AuditEvent> written = s->audit().append(u"alice"_s, e);
    QVERIFY(written);
    AuditQuery q;
    q.limit = 2;
    const QList<AuditEvent> newest = s->audit().read(q).value();
    QCOMPARE(newest.at(0).entry.action, u"test.event"_s);
    QCOMPARE(newest.at(1).entry.action, QString::fromLatin1(audit::kClockWentBackwards));
    QCOMPARE(newest.at(1).entry.oldValue, u"2026-11-21T12:00:00.000Z"_s);
    QCOMPARE(newest.at(1).entry.newValue, u"2026-11-21T11:00:00.000Z"_s);
    QVERIFY(s->verify()->audit.ok);
    Clock::setInstance(nullptr);
}

void tst_AuditTrail::readNewestFirstWithFilter()
{
    rd::test::TestStore store;
    std::unique_ptr<Session> s = store.open();
    AuditEntry e;
    e.action = u"test.event"_s;
    for (int i = 0; i < 30; ++i) {
        e.reason = u"reason %1 with 100%_ literal"_s.arg(i);
        QVERIFY(s->audit().append(u"alice"_s, e));
    }
    AuditQuery q;
    q.limit = 10;
    QList<AuditEvent> page = s->audit().read(q).value();
    QCOMPARE(page.size(), qsizetype(10));
    QVERIFY(page.first().seq > page.last().seq);
    q.beforeSeq = page.last().seq;
    const QList<AuditEvent> next = s->audit().read(q).value();
    QCOMPARE(next.first().seq, page.last().seq - 1);
    // % and _ in the filter are literal, not wildcards.
    AuditQuery f;
    f.contains = u"reason 2 with 100%_"_s;
    QCOMPARE(s->audit().read(f)->size(), qsizetype(1));
    f.contains = u"100%x"_s;
    QCOMPARE(s->audit().read(f)->size(), qsizetype(0));
}

// An import's record bindings are hashed from the rows as they are inserted: each digest the
// collector gives must be the one read back from the stored rows, for values SQLite stores as
// given (texts beyond ASCII, whole numbers in REAL columns, NULLs, defaults, rowids); a subject
// that held rows before, or a value SQLite may store otherwise (-0.0 in a REAL column), must be
// left to be read back.
void tst_AuditTrail::collectedDigestsAreTheStoredRows()
{
    rd::test::TestStore store;
    std::unique_ptr<Session> s = store.open();
    QVERIFY(s);
    QSqlDatabase db = s->store().connection();
    const DemoData demo(4, 7);
    QList<DemoData::Batch> batches;
    for (int i = 0; i < demo.batchCount(); ++i)
        batches << demo.batch(i);
    QVERIFY(batches.size() == 4 && !batches.at(1).results.isEmpty());
    batches[1].record.custody[0].temperatureC = Number{u"4"_s, 4.0};
    batches[1].record.coi.treatmentCentre = u"Universitätsklinikum Würzburg 病院"_s;
    batches[1].results[0].value = Number{u"5"_s, 5.0};
    batches[1].results[0].unit = u"µg/mL"_s;
    batches[1].results[1].value.reset();
    const auto digests = [&](RecordBindings::Collector &c, const QString &batch,
                             bool collected) -> bool {
        for (const RecordBindings::Kind kind :
             {RecordBindings::Kind::Batch, RecordBindings::Kind::RecordIdentifiers,
              RecordBindings::Kind::Results}) {
            const RecordBindings::Subject subject{kind, batch};
            Result<std::optional<QByteArray>> got = c.digest(subject);
            Result<QByteArray> read = RecordBindings::digest(db, subject);
            if (!got || !read || got->has_value() != collected)
                return false;
            if (collected && *got.value() != read.value())
                return false;
        }
        return true;
    };

    // Batch 0 and its results are stored before.
    qint64 firstVersion = 0;
    qint64 storedFile = 0;
    {
        RecordStore records(db);
        QVERIFY(db.transaction());
        const qint64 file =
            records.insertImportFile(u"a.json"_s, u"00"_s, u"batch-records"_s, 1, u"alice"_s)
                .value();
        firstVersion =
            records.insertBatch(batches.at(0).record, 1, u"h0"_s, file, std::nullopt, {}).value();
        QVERIFY(records.insertResult(batches.at(0).results.at(0), batches.at(0).record.batchNumber,
                                     1, file, std::nullopt, {}));
        QVERIFY(db.commit());
        storedFile = file;
    }

    RecordStore records(db);
    RecordBindings::Collector collector(db);
    records.observeInserts(&collector);
    QVERIFY(db.transaction());
    const qint64 file =
        records.insertImportFile(u"b.json"_s, u"01"_s, u"batch-records"_s, 1, u"alice"_s).value();
    QVERIFY(records.insertBatch(batches.at(0).record, 2, u"h1"_s, file, firstVersion, u"why"_s));
    for (int b = 1; b < 3; ++b)
        QVERIFY(records.insertBatch(batches.at(b).record, 1, u"h"_s, file, std::nullopt, {}));
    for (int b = 0; b < 3; ++b) {
        for (const QcResult &r : std::as_const(batches.at(b).results)) {
            if (b == 0 && r == batches.at(0).results.at(0))
                continue;
            QVERIFY(records.insertResult(r, batches.at(b).record.batchNumber, 1, file, std::nullopt,
                                         {}));
        }
    }
    QVERIFY(digests(collector, batches.at(1).record.batchNumber, true));
    QVERIFY(digests(collector, batches.at(2).record.batchNumber, true));
    QVERIFY(digests(collector, batches.at(0).record.batchNumber, false));
    QVERIFY(db.rollback());

    // The collector asks at a subject's first row whether the table held others; that answer
    // stands to the commit only while nothing but the observed INSERTs adds rows: no trigger
    // of the schema inserts.
    QSqlQuery triggers(db);
    QVERIFY(triggers.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"_s));
    int triggerCount = 0;
    while (triggers.next()) {
        ++triggerCount;
        // Its body, its messages left out: only RAISE, no statement that writes.
        QString sql = triggers.value(1).toString().toUpper().simplified();
        sql.remove(QRegularExpression(u"'[^']*'"_s));
        const QString body = sql.mid(sql.indexOf(u" BEGIN "_s));
        QVERIFY2(!body.contains(QRegularExpression(u"\\b(INSERT|REPLACE|UPDATE|DELETE)\\b"_s)),
                 qPrintable(triggers.value(0).toString()));
    }
    QVERIFY(triggerCount > 0);

    // -0.0 in a REAL column: SQLite versions store it differently, so the kind is read back.
    RecordStore again(db);
    RecordBindings::Collector negativeZero(db);
    again.observeInserts(&negativeZero);
    QVERIFY(db.transaction());
    batches[3].record.custody[0].temperatureC = Number{u"-0"_s, -0.0};
    const qint64 file3 =
        again.insertImportFile(u"c.json"_s, u"02"_s, u"batch-records"_s, 1, u"alice"_s).value();
    QVERIFY(again.insertBatch(batches.at(3).record, 1, u"h"_s, file3, std::nullopt, {}));
    const RecordBindings::Subject batch3{RecordBindings::Kind::Batch,
                                         batches.at(3).record.batchNumber};
    QVERIFY(negativeZero.digest(batch3) && !negativeZero.digest(batch3)->has_value());
    QVERIFY(db.rollback());

    // An INSERT whose columns cannot be told apart from the table's (a quoted name) leaves its
    // kind to be read back; a parameter the run left unbound is NULL, not the run before's.
    RecordBindings::Collector quoted(db);
    QVERIFY(db.transaction());
    Statement insert(db, "INSERT INTO qc_results (batch_number, sample_id, test_code, "
                         "text_result, unit, method, instrument, \"analyst\", tested_at, status, "
                         "reason, source_file_id, version, value_text) VALUES (?, ?, ?, ?, ?, ?, "
                         "?, ?, ?, ?, ?, ?, ?, ?)");
    const auto run = [&](bool withValue) {
        insert.add(u"B-1"_s).add(u"S-1"_s).add(u"VIAB"_s).add(QString(u""_s)).add(u"%"_s);
        insert.add(u"m"_s).add(u"i"_s).add(u"a"_s);
        insert.add(withValue ? u"2024-01-01T00:00:00Z"_s : u"2024-01-02T00:00:00Z"_s);
        insert.add(u"final"_s).add(QString(u""_s)).add(storedFile).add(1);
        if (withValue)
            insert.add(u"7"_s);
        return bool(insert.exec(u"insert"_s));
    };
    QVERIFY(run(true));
    QCOMPARE(insert.boundValue(14).type, SQLITE_TEXT);
    quoted.inserted(insert);
    QVERIFY(run(false));
    QCOMPARE(insert.boundValue(14).type, SQLITE_NULL);
    quoted.inserted(insert);
    const RecordBindings::Subject results{RecordBindings::Kind::Results, u"B-1"_s};
    QVERIFY(quoted.digest(results) && !quoted.digest(results)->has_value());
    QVERIFY(db.rollback());

    // A batch's first result is written alone, then another in a form the collector does not
    // take (the table's name quoted): its results are read back, not the first row's hash.
    RecordStore third(db);
    RecordBindings::Collector spoiled(db);
    third.observeInserts(&spoiled);
    QVERIFY(db.transaction());
    QVERIFY(third.insertBatch(batches.at(2).record, 1, u"h"_s, storedFile, std::nullopt, {}));
    QVERIFY(third.insertResult(batches.at(2).results.at(0), batches.at(2).record.batchNumber, 1,
                               storedFile, std::nullopt, {}));
    Statement other(db, "INSERT INTO \"qc_results\" (batch_number, sample_id, test_code, "
                        "text_result, unit, method, instrument, analyst, tested_at, status, "
                        "reason, source_file_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        "?, ?)");
    other.add(batches.at(2).record.batchNumber).add(u"S-2"_s).add(u"VIAB"_s).add(u"ok"_s);
    other.add(u"%"_s).add(u"m"_s).add(u"i"_s).add(u"a"_s).add(u"2024-01-01T00:00:00.000Z"_s);
    other.add(u"final"_s).add(QString(u""_s)).add(storedFile).add(1);
    QVERIFY(other.exec(u"insert"_s));
    spoiled.inserted(other);
    const RecordBindings::Subject thirdResults{RecordBindings::Kind::Results,
                                               batches.at(2).record.batchNumber};
    QVERIFY(spoiled.digest(thirdResults) && !spoiled.digest(thirdResults)->has_value());
    QVERIFY(db.rollback());
}

QTEST_GUILESS_MAIN(tst_AuditTrail)
#include "tst_audittrail.moc"
