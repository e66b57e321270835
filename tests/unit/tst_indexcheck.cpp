// SPDX-License-Identifier: GPL-3.0-or-later
// The index check on small plain databases, each index made to disagree with its table the way
// only a direct edit of the file can: built to one definition, then declared with another.
#include "store/indexcheck.h"
#include "store/sqlcipherdriver.h"
#include "store/statement.h"
#include "support/teststore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace rd;

class tst_IndexCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void agreeingIndexesPass();
    void missingEntryNamed();
    void entryUnderAnotherKeyNamed();
    void partialIndexChecked();
    void outOfOrderNamed();
    void duplicateKeyInUniqueIndexNamed();
    void repeatedNullsInUniqueIndexPass();
    void tableWithoutRowidOutOfOrderNamed();
    void fedTableSideCompared();
    void fedPartialIndexCompared();
    void orderedFeedNamesRowsOutOfOrder();
    void expectedFeedNeverGivenNamed();
    void cancelStops();
    void otherCollationRefused();

private:
    // Runs `sql` (statements separated by ';') on a connection of its own, closed after.
    bool exec(const QString &sql);
    // Rebuilds `index` to `built`, then declares it as `declared` again.
    bool rebuildAs(const QString &index, const QString &built, const QString &declared);
    Result<QString> check(const std::function<bool()> &cancelled = {});
    // The check with t's table side fed from a scan of the test's in two parts (rows up to id
    // `split`, then the rest), its partial indexes' conditions selected when `withConditions`.
    QString fedCheck(qint64 split, bool withConditions);
    // The check with the rows of table `table` (without rowid) fed from one scan of them in
    // the order of its primary key, as verify's one walk of the trail reads the bindings.
    QString orderedFedCheck(const QString &table);
    // `body` with a check prepared on a connection of its own, closed after; its answer, or
    // why the check could not be prepared.
    QString withCheck(const std::function<QString(QSqlDatabase, IndexCheck &)> &body);

    QTemporaryDir m_dir;
    QString m_file;
    int m_connection = 0;
};

void tst_IndexCheck::initTestCase()
{
    rd::test::initTestProcess();
    registerSqlCipherDriver();
    QVERIFY(m_dir.isValid());
}

void tst_IndexCheck::init()
{
    m_file = m_dir.filePath(u"%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_file);
    QVERIFY(exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, batch TEXT NOT NULL, test TEXT, "
                 "value REAL, superseded INTEGER);"
                 "CREATE INDEX t_by_batch ON t(batch, test);"
                 "INSERT INTO t (batch, test, value) VALUES ('B1', 'VIAB', 92.0), ('B1', 'STER', "
                 "NULL), ('B2', 'VIAB', 60.0), ('B3', 'VIAB', 88), ('B3', NULL, 1e300)"_s));
}

void tst_IndexCheck::cleanup()
{
    QFile::remove(m_file);
}

bool tst_IndexCheck::exec(const QString &sql)
{
    const QString name = u"indexcheck-%1"_s.arg(++m_connection);
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::kDriverName), name);
        db.setDatabaseName(m_file);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : sql.split(u';', Qt::SkipEmptyParts)) {
            if (ok && !q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool tst_IndexCheck::rebuildAs(const QString &index, const QString &built, const QString &declared)
{
    const auto declare = [&](const QString &sql) {
        QString quoted = sql;
        quoted.replace(u"'"_s, u"''"_s);
        return exec(u"PRAGMA writable_schema = ON;UPDATE sqlite_master SET sql = '%1' WHERE name "
                    "= '%2';PRAGMA writable_schema = OFF"_s.arg(quoted, index));
    };
    return declare(built) && exec(u"REINDEX "_s + index) && declare(declared);
}

Result<QString> tst_IndexCheck::check(const std::function<bool()> &cancelled)
{
    const QString name = u"indexcheck-%1"_s.arg(++m_connection);
    std::optional<Result<QString>> out;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::kDriverName), name);
        db.setDatabaseName(m_file);
        if (!db.open())
            return Error(ErrorCode::Database, db.lastError().text());
        out = IndexCheck::run(db, cancelled);
    }
    QSqlDatabase::removeDatabase(name);
    return *out;
}

void tst_IndexCheck::agreeingIndexesPass()
{
    const Result<QString> r = check();
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message()));
    QCOMPARE(r.value(), QString());
}

void tst_IndexCheck::missingEntryNamed()
{
    QVERIFY(rebuildAs(u"t_by_batch"_s, u"CREATE INDEX t_by_batch ON t(batch, test) WHERE id <> 3"_s,
                      u"CREATE INDEX t_by_batch ON t(batch, test)"_s));
    const Result<QString> r = check();
    QVERIFY(r);
    QVERIFY2(r->contains(u"The index t_by_batch of table t does not hold the rows of its table "
                         "(4 entries for 5 rows"_s),
             qPrintable(r.value()));
}

void tst_IndexCheck::entryUnderAnotherKeyNamed()
{
    // Same number of entries, each where its key sorts: only the values give it away.
    QVERIFY(rebuildAs(
        u"t_by_batch"_s,
        u"CREATE INDEX t_by_batch ON t(CASE WHEN id = 3 THEN 'B1' ELSE batch END, test)"_s,
        u"CREATE INDEX t_by_batch ON t(batch, test)"_s));
    const Result<QString> r = check();
    QVERIFY(r);
    QVERIFY2(r->contains(u"(5 entries for 5 rows, or other values)"_s), qPrintable(r.value()));
}

void tst_IndexCheck::partialIndexChecked()
{
    QVERIFY(exec(u"UPDATE t SET superseded = 1 WHERE id = 1;"
                 "CREATE UNIQUE INDEX t_current ON t(batch, test) WHERE superseded IS NULL"_s));
    QCOMPARE(check().value(), QString());
    // A current row left out: a search for the current value of B2's viability finds none.
    // (An entry for a row that does not meet the condition is found by no read, as SQLite
    // tests the condition on the row: the check, reading as every query does, does not see it.)
    QVERIFY(
        rebuildAs(u"t_current"_s,
                  u"CREATE UNIQUE INDEX t_current ON t(batch, test) WHERE superseded IS NULL "
                  "AND id <> 3"_s,
                  u"CREATE UNIQUE INDEX t_current ON t(batch, test) WHERE superseded IS NULL"_s));
    const Result<QString> r = check();
    QVERIFY(r);
    QVERIFY2(r->contains(u"The index t_current of table t does not hold the rows of its table "
                         "(3 entries for 4 rows"_s),
             qPrintable(r.value()));
}

void tst_IndexCheck::outOfOrderNamed()
{
    QVERIFY(rebuildAs(u"t_by_batch"_s, u"CREATE INDEX t_by_batch ON t(batch DESC, test)"_s,
                      u"CREATE INDEX t_by_batch ON t(batch, test)"_s));
    const Result<QString> r = check();
    QVERIFY(r);
    QVERIFY2(r->contains(u"The index t_by_batch of table t is out of order after entry"_s),
             qPrintable(r.value()));
}

void tst_IndexCheck::duplicateKeyInUniqueIndexNamed()
{
    // A second row under a key, written while the index was not declared unique.
    QVERIFY(exec(u"CREATE INDEX t_one_value ON t(batch, test);"
                 "INSERT INTO t (batch, test, value) VALUES ('B2', 'VIAB', 95.0);"
                 "PRAGMA writable_schema = ON;"
                 "UPDATE sqlite_master SET sql = 'CREATE UNIQUE INDEX t_one_value ON t(batch, "
                 "test)' WHERE name = 't_one_value';"
                 "PRAGMA writable_schema = OFF"_s));
    const Result<QString> r = check();
    QVERIFY(r);
    QVERIFY2(r->contains(u"The index t_one_value of table t holds the same key twice"_s),
             qPrintable(r.value()));
}

void tst_IndexCheck::repeatedNullsInUniqueIndexPass()
{
    // SQLite's UNIQUE lets NULL repeat.
    QVERIFY(exec(u"CREATE UNIQUE INDEX t_one_value ON t(test, batch);"
                 "INSERT INTO t (batch, test) VALUES ('B4', NULL), ('B4', NULL)"_s));
    QCOMPARE(check().value(), QString());
}

void tst_IndexCheck::tableWithoutRowidOutOfOrderNamed()
{
    QVERIFY(
        exec(u"CREATE TABLE w (k TEXT NOT NULL, n INTEGER NOT NULL, v TEXT, PRIMARY KEY (k, n))"
             " WITHOUT ROWID;"
             "CREATE INDEX w_by_v ON w(v);"
             "INSERT INTO w VALUES ('a', 1, 'x'), ('a', 2, 'y'), ('b', 1, 'x'), ('c', 9, NULL)"_s));
    QCOMPARE(check().value(), QString());
    // The rows themselves in another order than the key declared: a search by key misses.
    QVERIFY(exec(u"CREATE TABLE w2 (k TEXT NOT NULL, n INTEGER NOT NULL, v TEXT, "
                 "PRIMARY KEY (k DESC, n)) WITHOUT ROWID;"
                 "INSERT INTO w2 SELECT * FROM w;"
                 "DROP TABLE w;"
                 "PRAGMA writable_schema = ON;"
                 "UPDATE sqlite_master SET sql = 'CREATE TABLE w2 (k TEXT NOT NULL, n INTEGER NOT "
                 "NULL, v TEXT, PRIMARY KEY (k, n)) WITHOUT ROWID' WHERE name = 'w2';"
                 "PRAGMA writable_schema = OFF"_s));
    const Result<QString> r = check();
    QVERIFY(r);
    QVERIFY2(r->contains(u"The rows of table w2 are out of order"_s), qPrintable(r.value()));
}

QString tst_IndexCheck::fedCheck(qint64 split, bool withConditions)
{
    // The table side of t from a scan of the caller's (in two parts, as the chain walk's runs),
    // the rowid under its column name.
    return withCheck([&](QSqlDatabase db, IndexCheck &check) -> QString {
        if (!check.expectFeed(u"t"_s))
            return u"not feedable"_s;
        const Result<QString> checked = check.check(db);
        if (!checked || !checked->isEmpty())
            return checked ? checked.value() : checked.error().message();
        const QList<QByteArray> conditions = check.feedColumns(u"t"_s);
        const QByteArray columns =
            "SELECT value, test, id, batch" +
            (withConditions && !conditions.isEmpty() ? ", " + conditions.join(", ") : QByteArray());
        for (const char *where : {" FROM t WHERE id <= ?", " FROM t WHERE id > ?"}) {
            Statement s(db, QByteArray(columns + where).constData());
            std::unique_ptr<IndexCheck::Feed> feed = check.feed(u"t"_s, s.get());
            if (!feed)
                return u"no feed"_s;
            sqlite3_bind_int64(s.get(), 1, split);
            while (sqlite3_step(s.get()) == SQLITE_ROW)
                feed->add(s.get());
            sqlite3_reset(s.get());
            check.add(*feed);
        }
        return check.compareFed();
    });
}

void tst_IndexCheck::fedTableSideCompared()
{
    QCOMPARE(fedCheck(2, true), QString());
    QCOMPARE(fedCheck(0, true), QString());
    QVERIFY(rebuildAs(u"t_by_batch"_s, u"CREATE INDEX t_by_batch ON t(batch, test) WHERE id <> 4"_s,
                      u"CREATE INDEX t_by_batch ON t(batch, test)"_s));
    QVERIFY2(
        fedCheck(2, true).contains(u"The index t_by_batch of table t does not hold the rows"_s),
        qPrintable(fedCheck(2, true)));
}

void tst_IndexCheck::fedPartialIndexCompared()
{
    // A partial index's condition comes with the fed rows; without it there is no feed.
    QVERIFY(exec(u"CREATE INDEX t_current ON t(batch) WHERE superseded IS NULL;"
                 "UPDATE t SET superseded = 1 WHERE id = 2"_s));
    QCOMPARE(fedCheck(2, false), u"no feed"_s);
    QCOMPARE(fedCheck(2, true), QString());
    // A current row left out of it (an entry for a row the condition excludes is found by no
    // read: see IndexCheck).
    QVERIFY(rebuildAs(u"t_current"_s,
                      u"CREATE INDEX t_current ON t(batch) WHERE superseded IS NULL AND id <> 3"_s,
                      u"CREATE INDEX t_current ON t(batch) WHERE superseded IS NULL"_s));
    QVERIFY2(fedCheck(2, true).contains(u"The index t_current of table t does not hold the rows"_s),
             qPrintable(fedCheck(2, true)));
}

QString tst_IndexCheck::orderedFedCheck(const QString &table)
{
    return withCheck([&](QSqlDatabase db, IndexCheck &check) -> QString {
        if (!check.expectOrderedFeed(table))
            return check.expectFeed(table) ? u"a table with rowid"_s : u"not feedable"_s;
        if (check.expectFeed(table))
            return u"fed by scans of any order too"_s;
        const Result<QString> checked = check.check(db);
        if (!checked || !checked->isEmpty())
            return checked ? checked.value() : checked.error().message();
        const QByteArray sql = "SELECT k, n, v FROM " + check.orderedFrom(table) + " ORDER BY k, n";
        Statement s(db, sql.constData());
        std::unique_ptr<IndexCheck::Feed> feed = check.feed(table, s.get());
        if (!feed)
            return u"no feed"_s;
        while (sqlite3_step(s.get()) == SQLITE_ROW)
            feed->add(s.get());
        check.add(*feed);
        return check.compareFed();
    });
}

QString tst_IndexCheck::withCheck(const std::function<QString(QSqlDatabase, IndexCheck &)> &body)
{
    const QString name = u"indexcheck-%1"_s.arg(++m_connection);
    QString out;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::kDriverName), name);
        db.setDatabaseName(m_file);
        if (!db.open())
            return u"cannot open"_s;
        Result<std::unique_ptr<IndexCheck>> check = IndexCheck::prepare(db);
        if (!check)
            return check.error().message();
        out = body(db, *check.value());
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

void tst_IndexCheck::orderedFeedNamesRowsOutOfOrder()
{
    QVERIFY(
        exec(u"CREATE TABLE w (k TEXT NOT NULL, n INTEGER NOT NULL, v TEXT, PRIMARY KEY (k, n))"
             " WITHOUT ROWID;"
             "INSERT INTO w VALUES ('a', 1, 'x'), ('a', 2, 'y'), ('b', 1, 'x'), ('c', 9, NULL)"_s));
    QCOMPARE(orderedFedCheck(u"w"_s), QString());
    // A table with a rowid is fed by scans of any order, not so.
    QCOMPARE(orderedFedCheck(u"t"_s), u"a table with rowid"_s);
    // The rows stored in another order than the key declares: the scan reads them as stored
    // (the check's own read of w2 is left to the feed), and the feed names where.
    QVERIFY(exec(u"CREATE TABLE w2 (k TEXT NOT NULL, n INTEGER NOT NULL, v TEXT, "
                 "PRIMARY KEY (k DESC, n)) WITHOUT ROWID;"
                 "INSERT INTO w2 SELECT * FROM w;"
                 "PRAGMA writable_schema = ON;"
                 "UPDATE sqlite_master SET sql = 'CREATE TABLE w2 (k TEXT NOT NULL, n INTEGER NOT "
                 "NULL, v TEXT, PRIMARY KEY (k, n)) WITHOUT ROWID' WHERE name = 'w2';"
                 "PRAGMA writable_schema = OFF"_s));
    const QString found = orderedFedCheck(u"w2"_s);
    QVERIFY2(found.contains(u"The rows of table w2 are out of order after row 1"_s),
             qPrintable(found));
}

void tst_IndexCheck::expectedFeedNeverGivenNamed()
{
    // A table whose rows a caller promised but never gave is not passed unchecked.
    const QString found = withCheck([](QSqlDatabase db, IndexCheck &check) -> QString {
        if (!check.expectFeed(u"t"_s))
            return u"not feedable"_s;
        const Result<QString> checked = check.check(db);
        if (!checked || !checked->isEmpty())
            return checked ? checked.value() : checked.error().message();
        return check.compareFed();
    });
    QVERIFY2(found.contains(u"The indexes of table t were not checked"_s), qPrintable(found));
}

void tst_IndexCheck::cancelStops()
{
    QVERIFY(exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                 "INSERT INTO t (batch, test) SELECT 'X' || i, 'VIAB' FROM n"_s));
    int asked = 0;
    const Result<QString> r = check([&asked] { return ++asked > 1; });
    QVERIFY(!r);
    QCOMPARE(r.error().code(), ErrorCode::Cancelled);
    QCOMPARE(asked, 2);
}

void tst_IndexCheck::otherCollationRefused()
{
    QVERIFY(exec(u"CREATE INDEX t_nocase ON t(batch COLLATE NOCASE)"_s));
    const Result<QString> r = check();
    QVERIFY(!r);
    QCOMPARE(r.error().code(), ErrorCode::Unsupported);
    QVERIFY2(r.error().message().contains(u"t_nocase"_s), qPrintable(r.error().message()));
}

QTEST_GUILESS_MAIN(tst_IndexCheck)
#include "tst_indexcheck.moc"
