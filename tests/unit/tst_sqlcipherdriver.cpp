// SPDX-License-Identifier: GPL-3.0-or-later
// The QSQLCIPHER driver through the public Qt Sql API, as the rest of ReleaseDesk uses it.
#include "store/rows.h"
#include "store/sqlcipherdriver.h"
#include "store/statement.h"
#include "support/folder.h"
#include "support/teststore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <limits>

using namespace Qt::StringLiterals;
using namespace rd;

class tst_SqlCipherDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void precisionPolicy();
    void nullOfEveryType();
    void emptyIsNotNull();
    void tenMegabyteBlob();
    void nonAsciiPath();
    void positionalBindings();
    void namedBindings();
    void repeatedNamedPlaceholder();
    void missingBindingIsAnError();
    void tooManyBindingsIsAnError();
    void reexecutePrepared();
    void forwardOnly();
    void forwardOnlyLast();
    void scrollable();
    void sizeCountsWithoutMoving();
    void numRowsAffected();
    void lastInsertId();
    void transactionCommit();
    void transactionRollback();
    void recordOfQueryAndTable();
    void tables();
    void primaryIndex();
    void badSql();
    void constraintViolation();
    void multipleStatementsRefused();
    void busyTimeout();
    void handleIsTheConnection();
    void queryModel();
    void encryptedAtRest();
    void wrongKeyIsNotADatabase();
    void statementBindsByType();
    void encodedRowsBindAsAdded();
    void statementErrorsNameWhat();
    void stepFailureIsAnError();

private:
    QSqlDatabase connect(const QString &name, const QString &file, const QString &options = {});

    QTemporaryDir m_dir;
    QString m_file;
    SecureBytes m_key;
    QStringList m_connections;
};

void tst_SqlCipherDriver::initTestCase()
{
    rd::test::initTestProcess();
    QVERIFY(m_dir.isValid());
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLCIPHER"_s));
    m_key = SecureBytes::random(32);
}

QSqlDatabase tst_SqlCipherDriver::connect(const QString &name, const QString &file,
                                          const QString &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, name);
    m_connections << name;
    db.setDatabaseName(file);
    db.setConnectOptions(options);
    if (!db.open())
        return db;
    auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
    if (driver)
        driver->applyRawKey(m_key);
    return db;
}

void tst_SqlCipherDriver::init()
{
    m_file = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s);
    QFile::remove(m_file);
    QSqlDatabase db = connect(u"main"_s, m_file);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    QVERIFY2(q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, d REAL, s TEXT, "
                    "b BLOB, f BOOLEAN)"_s),
             qPrintable(q.lastError().text()));
}

void tst_SqlCipherDriver::cleanup()
{
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

void tst_SqlCipherDriver::roundTrip_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("int64 max") << u"i"_s << QVariant(std::numeric_limits<qint64>::max());
    QTest::newRow("int64 min") << u"i"_s << QVariant(std::numeric_limits<qint64>::min());
    QTest::newRow("zero") << u"i"_s << QVariant(qint64(0));
    QTest::newRow("double") << u"d"_s << QVariant(0.1);
    QTest::newRow("double tiny") << u"d"_s << QVariant(-1.5e-300);
    QTest::newRow("text ascii") << u"s"_s << QVariant(u"Leiden QA"_s);
    QTest::newRow("text non-ascii")
        << u"s"_s << QVariant(u"Zürich – Ørsted – 東京 – 🧪 – \"quoted\" 'x'"_s);
    QTest::newRow("text with NUL") << u"s"_s << QVariant(QString::fromUtf16(u"a\u0000b", 3));
    QTest::newRow("blob") << u"b"_s << QVariant(QByteArray("\x00\x01\xff\x7f\x00", 5));
    QTest::newRow("bool true") << u"f"_s << QVariant(true);
    QTest::newRow("bool false") << u"f"_s << QVariant(false);
}

void tst_SqlCipherDriver::roundTrip()
{
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.prepare(u"INSERT INTO t (%1) VALUES (?)"_s.arg(column)));
    q.addBindValue(value);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"SELECT %1 FROM t"_s.arg(column)));
    QVERIFY(q.next());
    const QVariant back = q.value(0);
    QCOMPARE(back.metaType(), value.metaType().id() == QMetaType::Int
                                  ? QMetaType(QMetaType::LongLong)
                                  : value.metaType());
    QCOMPARE(back, value);
    QVERIFY(!q.isNull(0));
}

void tst_SqlCipherDriver::precisionPolicy()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.exec(u"INSERT INTO t (i, d) VALUES (7, 2.75)"_s));
    q.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
    QVERIFY(q.exec(u"SELECT i, d FROM t"_s) && q.next());
    QCOMPARE(q.value(0).metaType(), QMetaType(QMetaType::Int));
    QCOMPARE(q.value(1), QVariant(2));
    q.setNumericalPrecisionPolicy(QSql::LowPrecisionInt64);
    QVERIFY(q.exec(u"SELECT i, d FROM t"_s) && q.next());
    QCOMPARE(q.value(0), QVariant(qint64(7)));
    QCOMPARE(q.value(1), QVariant(qint64(2)));
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    QVERIFY(q.exec(u"SELECT i, d FROM t"_s) && q.next());
    QCOMPARE(q.value(0), QVariant(qint64(7)));
    QCOMPARE(q.value(1), QVariant(2.75));
}

void tst_SqlCipherDriver::nullOfEveryType()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.prepare(u"INSERT INTO t (i, d, s, b, f) VALUES (?, ?, ?, ?, ?)"_s));
    q.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(QString());    // a null QString is NULL, not ''
    q.addBindValue(QByteArray()); // likewise a null QByteArray
    q.addBindValue(QVariant());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"SELECT i, d, s, b, f, typeof(s), typeof(b) FROM t"_s));
    QVERIFY(q.next());
    for (int c = 0; c < 5; ++c) {
        QVERIFY2(q.isNull(c), qPrintable(QString::number(c)));
        QVERIFY(q.value(c).isNull());
    }
    QCOMPARE(q.value(5).toString(), u"null"_s);
    QCOMPARE(q.value(6).toString(), u"null"_s);
    // The null comes back typed after its column's declaration.
    QCOMPARE(q.value(0).metaType(), QMetaType(QMetaType::LongLong));
    QCOMPARE(q.value(2).metaType(), QMetaType(QMetaType::QString));
}

void tst_SqlCipherDriver::emptyIsNotNull()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.prepare(u"INSERT INTO t (s, b) VALUES (?, ?)"_s));
    q.addBindValue(u""_s);
    q.addBindValue(QByteArray(""));
    QVERIFY(q.exec());
    QVERIFY(q.exec(u"SELECT typeof(s), typeof(b), s, b FROM t"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"text"_s);
    QCOMPARE(q.value(1).toString(), u"blob"_s);
    QVERIFY(!q.isNull(2));
    QVERIFY(!q.value(2).toString().isNull());
    QVERIFY(!q.value(3).toByteArray().isNull());
}

void tst_SqlCipherDriver::tenMegabyteBlob()
{
    QByteArray blob(10 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < blob.size(); ++i)
        blob[i] = static_cast<char>((i * 2654435761u) >> 13);
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.prepare(u"INSERT INTO t (b) VALUES (:b)"_s));
    q.bindValue(u":b"_s, blob);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"SELECT b, length(b) FROM t"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toLongLong(), qint64(blob.size()));
    const QByteArray back = q.value(0).toByteArray();
    QCOMPARE(QCryptographicHash::hash(back, QCryptographicHash::Sha256),
             QCryptographicHash::hash(blob, QCryptographicHash::Sha256));
}

void tst_SqlCipherDriver::nonAsciiPath()
{
    QTemporaryDir dir(m_dir.filePath(u"Zürich-東京-XXXXXX"_s));
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"données.db"_s);
    QSqlDatabase db = connect(u"unicode"_s, file);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE x (v TEXT)"_s));
    QVERIFY(q.exec(u"INSERT INTO x VALUES ('ok')"_s));
    QVERIFY(QFile::exists(file));
}

void tst_SqlCipherDriver::positionalBindings()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.prepare(u"INSERT INTO t (i, s) VALUES (?, ?)"_s));
    q.addBindValue(7);
    q.addBindValue(u"seven"_s);
    QVERIFY(q.exec());
    q.bindValue(0, 8);
    q.bindValue(1, u"eight"_s);
    QVERIFY(q.exec());
    QVERIFY(q.exec(u"SELECT group_concat(i || '=' || s, ',') FROM t"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"7=seven,8=eight"_s);
}

void tst_SqlCipherDriver::namedBindings()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    // Bound in another order than they appear.
    QVERIFY(q.prepare(u"INSERT INTO t (i, s, d) VALUES (:number, :name, :real)"_s));
    q.bindValue(u":real"_s, 2.5);
    q.bindValue(u":name"_s, u"named"_s);
    q.bindValue(u":number"_s, 42);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"SELECT i, s, d FROM t"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 42);
    QCOMPARE(q.value(1).toString(), u"named"_s);
    QCOMPARE(q.value(2).toDouble(), 2.5);
}

void tst_SqlCipherDriver::repeatedNamedPlaceholder()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.exec(u"INSERT INTO t (i, s) VALUES (1, 'apple'), (2, 'banana'), (3, 'cherry')"_s));
    QVERIFY(q.prepare(u"SELECT count(*) FROM t WHERE s LIKE :p OR CAST(i AS TEXT) LIKE :p"_s));
    q.bindValue(u":p"_s, u"%an%"_s);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_SqlCipherDriver::missingBindingIsAnError()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.prepare(u"INSERT INTO t (i, s) VALUES (?, ?)"_s));
    q.addBindValue(1);
    QVERIFY(!q.exec());
    QVERIFY2(q.lastError().text().contains(u"No value bound"_s), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"SELECT count(*) FROM t"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // A named placeholder that was never bound is NULL, as with Qt's own drivers: Qt cannot
    // tell it from a deliberately bound QVariant().
    QVERIFY(q.prepare(u"INSERT INTO t (i, s) VALUES (:i, :s)"_s));
    q.bindValue(u":i"_s, 1);
    QVERIFY(q.exec());
    QVERIFY(q.exec(u"SELECT s IS NULL FROM t"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_SqlCipherDriver::tooManyBindingsIsAnError()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.prepare(u"INSERT INTO t (i) VALUES (?)"_s));
    q.addBindValue(1);
    q.addBindValue(2);
    QVERIFY(!q.exec());
    QVERIFY2(q.lastError().text().contains(u"Too many values"_s), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"SELECT count(*) FROM t"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_SqlCipherDriver::reexecutePrepared()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.prepare(u"INSERT INTO t (i) VALUES (?)"_s));
    for (int i = 0; i < 100; ++i) {
        q.bindValue(0, i);
        QVERIFY(q.exec());
    }
    QSqlQuery sum(QSqlDatabase::database(u"main"_s));
    QVERIFY(sum.exec(u"SELECT sum(i), count(*) FROM t"_s) && sum.next());
    QCOMPARE(sum.value(0).toLongLong(), 4950);
    QCOMPARE(sum.value(1).toLongLong(), 100);
}

void tst_SqlCipherDriver::forwardOnly()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.exec(u"INSERT INTO t (i) VALUES (1), (2), (3)"_s));
    q.setForwardOnly(true);
    QVERIFY(q.exec(u"SELECT i FROM t ORDER BY i"_s));
    QVERIFY(q.isSelect());
    QList<qint64> seen;
    while (q.next())
        seen << q.value(0).toLongLong();
    QCOMPARE(seen, (QList<qint64>{1, 2, 3}));
    QVERIFY(!q.isValid());
    QVERIFY(!q.previous()); // forward-only cannot go back
}

void tst_SqlCipherDriver::forwardOnlyLast()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.exec(u"INSERT INTO t (i, s) VALUES (1, 'a'), (2, 'b'), (3, 'c')"_s));
    q.setForwardOnly(true);
    QVERIFY(q.exec(u"SELECT i, s FROM t ORDER BY i"_s));
    QVERIFY(q.last());
    QCOMPARE(q.at(), 2);
    QCOMPARE(q.value(0).toLongLong(), 3);
    QCOMPARE(q.value(1).toString(), u"c"_s);
    QVERIFY(!q.next());
}

void tst_SqlCipherDriver::scrollable()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.exec(u"INSERT INTO t (i) VALUES (10), (20), (30), (40)"_s));
    QVERIFY(q.exec(u"SELECT i FROM t ORDER BY i"_s));
    QVERIFY(!q.isForwardOnly());
    QVERIFY(q.seek(2));
    QCOMPARE(q.value(0).toLongLong(), 30);
    QVERIFY(q.previous());
    QCOMPARE(q.value(0).toLongLong(), 20);
    QVERIFY(q.last());
    QCOMPARE(q.at(), 3);
    QCOMPARE(q.value(0).toLongLong(), 40);
    QVERIFY(q.first());
    QCOMPARE(q.value(0).toLongLong(), 10);
    QVERIFY(!q.seek(4));
    QVERIFY(q.seek(0));
    QCOMPARE(q.value(0).toLongLong(), 10);
}

void tst_SqlCipherDriver::sizeCountsWithoutMoving()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.exec(u"INSERT INTO t (i) VALUES (1), (2), (3), (4), (5)"_s));
    for (bool forwardOnly : {true, false}) {
        q.setForwardOnly(forwardOnly);
        QVERIFY(q.prepare(u"SELECT i FROM t WHERE i > ? ORDER BY i"_s));
        q.addBindValue(1);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 2);
        QCOMPARE(q.size(), 4);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 3);
    }
    QVERIFY(q.exec(u"SELECT i FROM t WHERE i > 100"_s));
    QCOMPARE(q.size(), 0);
    QVERIFY(q.exec(u"UPDATE t SET i = i"_s));
    QCOMPARE(q.size(), -1); // not a SELECT
}

void tst_SqlCipherDriver::numRowsAffected()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.exec(u"INSERT INTO t (i) VALUES (1), (2), (3), (4)"_s));
    QCOMPARE(q.numRowsAffected(), 4);
    QVERIFY(q.exec(u"UPDATE t SET s = 'x' WHERE i >= 3"_s));
    QCOMPARE(q.numRowsAffected(), 2);
    QVERIFY(q.exec(u"DELETE FROM t WHERE i = 1"_s));
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(q.exec(u"DELETE FROM t WHERE i = 99"_s));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(q.exec(u"UPDATE t SET s = 'y'"_s));
    QVERIFY(q.exec(u"CREATE TABLE other (x)"_s));
    QCOMPARE(q.numRowsAffected(), 0); // not the previous statement's count
}

void tst_SqlCipherDriver::lastInsertId()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.exec(u"INSERT INTO t (i) VALUES (5)"_s));
    const QVariant first = q.lastInsertId();
    QVERIFY(first.isValid());
    QVERIFY(q.exec(u"INSERT INTO t (id, i) VALUES (77, 6)"_s));
    QCOMPARE(q.lastInsertId().toLongLong(), 77);
    QVERIFY(q.exec(u"UPDATE t SET i = 1"_s));
    QVERIFY(!q.lastInsertId().isValid()); // an UPDATE inserts nothing
    // Two tables whose new rows get the same rowid: the second insert still has its id.
    QVERIFY(q.exec(u"CREATE TABLE a (x)"_s));
    QVERIFY(q.exec(u"CREATE TABLE b (x)"_s));
    QVERIFY(q.exec(u"INSERT INTO a VALUES (1)"_s));
    QCOMPARE(q.lastInsertId().toLongLong(), 1);
    QVERIFY(q.exec(u"INSERT INTO b VALUES (1)"_s));
    QCOMPARE(q.lastInsertId(), QVariant(qint64(1)));
    QVERIFY(q.exec(u"INSERT OR IGNORE INTO t (id, i) VALUES (77, 0)"_s)); // ignored: no row
    QVERIFY(!q.lastInsertId().isValid());
}

void tst_SqlCipherDriver::transactionCommit()
{
    QSqlDatabase db = QSqlDatabase::database(u"main"_s);
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"INSERT INTO t (i) VALUES (1)"_s));
    QVERIFY(db.commit());
    QSqlDatabase other = connect(u"other"_s, m_file);
    QSqlQuery check(other);
    QVERIFY(check.exec(u"SELECT count(*) FROM t"_s) && check.next());
    QCOMPARE(check.value(0).toInt(), 1);
}

void tst_SqlCipherDriver::transactionRollback()
{
    QSqlDatabase db = QSqlDatabase::database(u"main"_s);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"INSERT INTO t (i) VALUES (1)"_s));
    QVERIFY(db.transaction());
    QVERIFY(q.exec(u"INSERT INTO t (i) VALUES (2)"_s));
    QVERIFY(q.exec(u"UPDATE t SET i = 100"_s));
    // A reading statement still open must not keep the rollback from happening.
    QSqlQuery reader(db);
    reader.setForwardOnly(true);
    QVERIFY(reader.exec(u"SELECT i FROM t ORDER BY i"_s) && reader.next());
    QVERIFY2(db.rollback(), qPrintable(db.lastError().text()));
    QVERIFY(!reader.next()); // ended by the rollback, not started over
    // and not taken for the end of its rows
    QCOMPARE(SqlCipherDriver::sqliteCode(reader.lastError()), SQLITE_ABORT);
    QVERIFY(q.exec(u"SELECT group_concat(i) FROM t"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"1"_s);
}

void tst_SqlCipherDriver::recordOfQueryAndTable()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.exec(u"SELECT id, i, d, s, b, f, 1 + 1 AS two FROM t"_s));
    const QSqlRecord r = q.record();
    QCOMPARE(r.count(), 7);
    QCOMPARE(r.fieldName(3), u"s"_s);
    QCOMPARE(r.field(1).metaType(), QMetaType(QMetaType::LongLong));
    QCOMPARE(r.field(2).metaType(), QMetaType(QMetaType::Double));
    QCOMPARE(r.field(3).metaType(), QMetaType(QMetaType::QString));
    QCOMPARE(r.field(4).metaType(), QMetaType(QMetaType::QByteArray));
    QCOMPARE(r.field(5).metaType(), QMetaType(QMetaType::Bool));
    QCOMPARE(r.fieldName(6), u"two"_s);

    const QSqlRecord table = QSqlDatabase::database(u"main"_s).record(u"t"_s);
    QCOMPARE(table.count(), 6);
    QVERIFY(table.field(u"id"_s).isAutoValue());
    QCOMPARE(table.field(u"s"_s).metaType(), QMetaType(QMetaType::QString));
}

void tst_SqlCipherDriver::tables()
{
    QSqlDatabase db = QSqlDatabase::database(u"main"_s);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE VIEW v AS SELECT i FROM t"_s));
    QCOMPARE(db.tables(QSql::Tables), QStringList{u"t"_s});
    QCOMPARE(db.tables(QSql::Views), QStringList{u"v"_s});
    QVERIFY(db.tables(QSql::SystemTables).contains(u"sqlite_master"_s));
}

void tst_SqlCipherDriver::primaryIndex()
{
    QSqlDatabase db = QSqlDatabase::database(u"main"_s);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE pair (b TEXT, a INTEGER, v TEXT, PRIMARY KEY (a, b))"_s));
    const QSqlIndex index = db.primaryIndex(u"pair"_s);
    QCOMPARE(index.count(), 2);
    QCOMPARE(index.fieldName(0), u"a"_s); // in key order, not column order
    QCOMPARE(index.fieldName(1), u"b"_s);
    QCOMPARE(db.primaryIndex(u"t"_s).fieldName(0), u"id"_s);
}

void tst_SqlCipherDriver::badSql()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(!q.exec(u"SELEC nonsense FROM"_s));
    const QSqlError e = q.lastError();
    QCOMPARE(e.type(), QSqlError::StatementError);
    QCOMPARE(e.nativeErrorCode(), QString::number(SQLITE_ERROR));
    QVERIFY2(e.databaseText().contains(u"syntax error"_s), qPrintable(e.databaseText()));
    QVERIFY(!q.exec(u"SELECT * FROM no_such_table"_s));
    QVERIFY(q.lastError().databaseText().contains(u"no_such_table"_s));
}

void tst_SqlCipherDriver::constraintViolation()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.exec(u"CREATE TABLE u (name TEXT UNIQUE NOT NULL)"_s));
    QVERIFY(q.exec(u"INSERT INTO u VALUES ('a')"_s));
    QVERIFY(!q.exec(u"INSERT INTO u VALUES ('a')"_s));
    QCOMPARE(q.lastError().nativeErrorCode(), QString::number(SQLITE_CONSTRAINT));
    QCOMPARE(SqlCipherDriver::sqliteCode(q.lastError()), SQLITE_CONSTRAINT);
    QVERIFY(q.lastError().databaseText().contains(u"UNIQUE"_s));
    QVERIFY(!q.exec(u"INSERT INTO u VALUES (NULL)"_s));
    QCOMPARE(q.lastError().nativeErrorCode(), QString::number(SQLITE_CONSTRAINT));
}

void tst_SqlCipherDriver::multipleStatementsRefused()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(!q.exec(u"INSERT INTO t (i) VALUES (1); INSERT INTO t (i) VALUES (2)"_s));
    QVERIFY(q.exec(u"INSERT INTO t (i) VALUES (3); -- a trailing comment is fine"_s));
    QVERIFY(q.exec(u"SELECT group_concat(i) FROM t"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"3"_s);
}

void tst_SqlCipherDriver::busyTimeout()
{
    QSqlDatabase writer = QSqlDatabase::database(u"main"_s);
    QSqlQuery wal(writer);
    QVERIFY(wal.exec(u"PRAGMA journal_mode = WAL"_s) && wal.next());
    QCOMPARE(wal.value(0).toString(), u"wal"_s);
    wal.finish(); // a statement left open keeps its lock
    QVERIFY(writer.transaction());
    QSqlQuery q(writer);
    QVERIFY(q.exec(u"INSERT INTO t (i) VALUES (1)"_s));

    QSqlDatabase waiter = connect(u"waiter"_s, m_file, u"QSQLCIPHER_BUSY_TIMEOUT=400"_s);
    QSqlQuery w(waiter);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!w.exec(u"INSERT INTO t (i) VALUES (2)"_s));
    QVERIFY2(timer.elapsed() >= 350, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(w.lastError().nativeErrorCode(), QString::number(SQLITE_BUSY));
    // Readers are not blocked in WAL mode, and see only committed rows.
    QVERIFY2(w.exec(u"SELECT count(*) FROM t"_s) && w.next(), qPrintable(w.lastError().text()));
    QCOMPARE(w.value(0).toInt(), 0);
    QVERIFY(writer.commit());
    QVERIFY(w.exec(u"INSERT INTO t (i) VALUES (2)"_s));
}

void tst_SqlCipherDriver::handleIsTheConnection()
{
    QSqlDatabase db = QSqlDatabase::database(u"main"_s);
    const QVariant h = db.driver()->handle();
    QCOMPARE(QByteArray(h.typeName()), QByteArray("sqlite3*"));
    sqlite3 *raw = h.value<sqlite3 *>();
    QVERIFY(raw);
    QCOMPARE(sqlite3_exec(raw, "INSERT INTO t (i) VALUES (9)", nullptr, nullptr, nullptr),
             SQLITE_OK);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT i FROM t"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 9);
    QVERIFY(q.result()->handle().value<sqlite3_stmt *>());
}

void tst_SqlCipherDriver::queryModel()
{
    QSqlDatabase db = QSqlDatabase::database(u"main"_s);
    QSqlQuery fill(db);
    QVERIFY(db.transaction());
    QVERIFY(fill.prepare(u"INSERT INTO t (i, s) VALUES (?, ?)"_s));
    for (int i = 0; i < 1000; ++i) {
        fill.bindValue(0, i);
        fill.bindValue(1, u"row %1"_s.arg(i));
        QVERIFY(fill.exec());
    }
    QVERIFY(db.commit());

    QSqlQueryModel model;
    model.setQuery(u"SELECT i, s FROM t ORDER BY i"_s, db);
    QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"s"_s);
    QCOMPARE(model.rowCount(), 1000); // the driver knows the size up front
    QCOMPARE(model.data(model.index(999, 1)).toString(), u"row 999"_s);
    QCOMPARE(model.data(model.index(10, 0)).toLongLong(), 10);
}

void tst_SqlCipherDriver::encryptedAtRest()
{
    const QString marker = u"MARKER-7f3a91c2-plaintext"_s;
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.prepare(u"INSERT INTO t (s) VALUES (?)"_s));
    q.addBindValue(marker);
    QVERIFY(q.exec());
    cleanup(); // close, so everything is on disk
    QVERIFY(QFile::exists(m_file));
    QCOMPARE(rd::test::fileContaining(m_dir.path(), marker), QString());

    // The check itself can find a marker: the same row in an unkeyed database.
    QSqlDatabase plain = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"plain"_s);
    m_connections << u"plain"_s;
    plain.setDatabaseName(m_dir.filePath(u"plain.db"_s));
    QVERIFY(plain.open());
    QSqlQuery p(plain);
    QVERIFY(p.exec(u"CREATE TABLE t (s TEXT)"_s));
    QVERIFY(p.exec(u"INSERT INTO t VALUES ('%1')"_s.arg(marker)));
    QCOMPARE(rd::test::fileContaining(m_dir.path(), marker), u"plain.db"_s);
}

void tst_SqlCipherDriver::wrongKeyIsNotADatabase()
{
    QSqlQuery q(QSqlDatabase::database(u"main"_s));
    QVERIFY(q.exec(u"INSERT INTO t (i) VALUES (1)"_s));
    QSqlDatabase wrong = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"wrong"_s);
    m_connections << u"wrong"_s;
    wrong.setDatabaseName(m_file);
    QVERIFY(wrong.open());
    auto *driver = qobject_cast<SqlCipherDriver *>(wrong.driver());
    QVERIFY(driver->applyRawKey(SecureBytes::random(32)));
    QSqlQuery w(wrong);
    QVERIFY(!w.exec(u"SELECT count(*) FROM t"_s));
    QCOMPARE(SqlCipherDriver::sqliteCode(w.lastError()), SQLITE_NOTADB);
}

// The typed statement of bulk writes stores each value as QSqlQuery's binding does, and is
// ready for the next row after each run, also after a failed one.
void tst_SqlCipherDriver::statementBindsByType()
{
    QSqlDatabase db = QSqlDatabase::database(u"main"_s);
    Statement insert(db, "INSERT INTO t (i, d, s, f) VALUES (?, ?, ?, ?)");
    QVERIFY(insert.isValid());
    const QString text = u"Zürich 東京 \u00e9 \U0001F600"_s;
    QVERIFY(insert.add(std::numeric_limits<qint64>::min())
                .add(0.1)
                .add(text)
                .add(true)
                .exec(u"row 1"_s));
    const qint64 first = insert.lastInsertId();
    QVERIFY(insert.add(7).add(-2.5e300).add(u""_s).add(false).exec(u"row 2"_s));
    QCOMPARE(insert.lastInsertId(), first + 1);
    QVERIFY(insert.addNull().addNull().add(QString()).addNull().exec(u"row 3"_s));

    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT typeof(i), i, typeof(d), d, typeof(s), s, typeof(f), f FROM t "
                   "ORDER BY id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"integer"_s);
    QCOMPARE(q.value(1).toLongLong(), std::numeric_limits<qint64>::min());
    QCOMPARE(q.value(2).toString(), u"real"_s);
    QCOMPARE(q.value(3).toDouble(), 0.1);
    QCOMPARE(q.value(4).toString(), u"text"_s);
    QCOMPARE(q.value(5).toString(), text);
    QCOMPARE(q.value(7).toInt(), 1);
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toLongLong(), 7);
    QCOMPARE(q.value(3).toDouble(), -2.5e300);
    QCOMPARE(q.value(4).toString(), u"text"_s); // empty, not NULL
    QCOMPARE(q.value(5).toString(), QString(u""_s));
    QCOMPARE(q.value(7).toInt(), 0);
    QVERIFY(q.next());
    for (int c : {0, 2, 4, 6})
        QCOMPARE(q.value(c).toString(), u"null"_s);
    QVERIFY(!q.next());

    // Stored as UTF-8, exactly as a QSqlQuery binding stores it.
    QSqlQuery same(db);
    QVERIFY(
        same.prepare(u"SELECT count(*) FROM t WHERE s = ? AND hex(s) = hex(CAST(? AS TEXT))"_s));
    same.addBindValue(text);
    same.addBindValue(text);
    QVERIFY(same.exec() && same.next());
    QCOMPARE(same.value(0).toInt(), 1);
}

// Rows encoded ahead (as an import does on its checking thread) are stored exactly as the same
// values added one by one, and what a run bound can be read back from where they are kept.
void tst_SqlCipherDriver::encodedRowsBindAsAdded()
{
    QSqlDatabase db = QSqlDatabase::database(u"main"_s);
    const QString text = u"Zürich 東京 \u00e9 \U0001F600"_s;
    const auto values = [&](auto &row, int r) {
        if (r == 0)
            row.add(std::numeric_limits<qint64>::min()).add(0.1).add(text).add(true);
        else if (r == 1)
            row.add(7).add(-2.5e300).add(u""_s).add(false);
        else
            row.addNull().add(-0.0).add(QString()).add(u"ascii"_s);
    };
    Statement insert(db, "INSERT INTO t (i, d, s, f) VALUES (?, ?, ?, ?)");
    QVERIFY(insert.isValid());
    const qint64 first = [&] {
        values(insert, 0);
        return insert.exec(u"row"_s) ? insert.lastInsertId() : -1;
    }();
    QVERIFY(first > 0);
    for (int r = 1; r < 3; ++r) {
        values(insert, r);
        QVERIFY(insert.exec(u"row"_s));
    }
    BoundRows rows;
    for (int r = 0; r < 3; ++r) {
        values(rows, r);
        rows.endRow(10 + r);
    }
    QCOMPARE(rows.rows(), 3);
    for (int r = 0; r < 3; ++r) {
        QCOMPARE(rows.tag(r), 10 + r);
        QVERIFY(insert.add(rows, r).exec(u"encoded"_s));
        const Statement::Bound s = insert.boundValue(3);
        QCOMPARE(s.type, r == 2 ? SQLITE_NULL : SQLITE_TEXT);
        QCOMPARE(s.text.toByteArray(), r == 0 ? text.toUtf8() : QByteArray());
        QCOMPARE(insert.boundValue(2).type, SQLITE_FLOAT);
    }
    QCOMPARE(insert.boundValue(4).text.toByteArray(), QByteArray("ascii"));
    // A row that is not there fails the run; nothing is written.
    QVERIFY(!insert.add(rows, 3).exec(u"past the end"_s));
    QVERIFY(!insert.add(BoundRows(), 0).exec(u"none"_s));
    QVERIFY(!insert.add(rows, -1).exec(u"before"_s));

    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT count(*) FROM t a JOIN t b ON b.id = a.id + 3 WHERE a.id >= %1 AND "
                   "a.id < %2 AND a.i IS b.i AND typeof(a.i) = typeof(b.i) AND a.d IS b.d AND "
                   "typeof(a.d) = typeof(b.d) AND hex(a.s) IS hex(b.s) AND typeof(a.s) = "
                   "typeof(b.s) AND a.f IS b.f AND typeof(a.f) = typeof(b.f)"_s.arg(first)
                       .arg(first + 3)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QVERIFY(q.exec(u"SELECT typeof(s) FROM t WHERE id = %1"_s.arg(first + 4)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"text"_s); // empty, not NULL
}

void tst_SqlCipherDriver::statementErrorsNameWhat()
{
    QSqlDatabase db = QSqlDatabase::database(u"main"_s);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE u (name TEXT UNIQUE NOT NULL)"_s));
    Statement insert(db, "INSERT INTO u VALUES (?)");
    QVERIFY(insert.add(u"a"_s).exec(u"first"_s));
    const Status twice = insert.add(u"a"_s).exec(u"Cannot record a"_s);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code(), ErrorCode::Database);
    QVERIFY2(twice.error().message().startsWith(u"Cannot record a: "_s),
             qPrintable(twice.error().message()));
    QVERIFY2(twice.error().message().contains(u"UNIQUE"_s), qPrintable(twice.error().message()));
    // The failed run left nothing bound: the next row goes in.
    QVERIFY(insert.add(u"b"_s).exec(u"after"_s));
    QVERIFY(!insert.add(QString()).exec(u"null"_s));

    // One value too many is refused before anything runs; so is a statement that did not
    // prepare, with SQLite's reason.
    const Status extra = insert.add(u"c"_s).add(u"d"_s).exec(u"Too many"_s);
    QVERIFY(!extra);
    QVERIFY(extra.error().message().startsWith(u"Too many: "_s));
    Statement bad(db, "INSERT INTO nowhere VALUES (?)");
    QVERIFY(!bad.isValid());
    const Status missing = bad.add(1).exec(u"Nowhere"_s);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message().contains(u"nowhere"_s),
             qPrintable(missing.error().message()));
    QVERIFY(q.exec(u"SELECT group_concat(name) FROM u"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"a,b"_s);
}

// A page that fails its HMAC check part-way through a read: SQLite's step fails, and every way
// of reading says so instead of ending the rows there.
void tst_SqlCipherDriver::stepFailureIsAnError()
{
    constexpr int kRows = 2000;
    {
        QSqlDatabase db = QSqlDatabase::database(u"main"_s);
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"INSERT INTO t (i, s) VALUES (?, ?)"_s));
        for (int i = 0; i < kRows; ++i) {
            q.addBindValue(i);
            q.addBindValue(u"row %1 "_s.arg(i).leftJustified(100, u'.'));
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());
    }
    cleanup(); // everything in the file, and no page left in a cache
    // Almost every page holds rows of t, in rowid order: one in the middle of the file is read
    // part-way through the table.
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 at = file.size() / 1024 / 2 * 1024 + 200;
    char byte = 0;
    QVERIFY(file.seek(at) && file.getChar(&byte));
    QVERIFY(file.seek(at) && file.putChar(static_cast<char>(byte ^ 0x01)));
    file.close();

    const QString select = u"SELECT i FROM t ORDER BY id"_s;
    QSqlDatabase db = connect(u"damaged"_s, m_file);
    QVERIFY(db.isOpen());
    for (const bool forwardOnly : {true, false}) {
        QSqlQuery q(db);
        q.setForwardOnly(forwardOnly);
        QVERIFY2(q.exec(select), qPrintable(q.lastError().text()));
        int rows = 0;
        while (q.next())
            ++rows;
        QVERIFY2(rows > 0 && rows < kRows, qPrintable(QString::number(rows)));
        QVERIFY(q.lastError().isValid());
        QCOMPARE(q.lastError().type(), QSqlError::StatementError);
        QCOMPARE(SqlCipherDriver::sqliteCode(q.lastError()), SQLITE_CORRUPT);
        QVERIFY(!q.next()); // still ended, still failed
        QCOMPARE(SqlCipherDriver::sqliteCode(q.lastError()), SQLITE_CORRUPT);

        // The last row read is not the last row.
        QVERIFY(q.exec(select));
        QVERIFY(!q.last());
        QCOMPARE(SqlCipherDriver::sqliteCode(q.lastError()), SQLITE_CORRUPT);

        // The helpers the core reads with: the damage in the store's words.
        QVERIFY(q.exec(select));
        int seen = 0;
        const Status each = eachRow(q, u"Cannot read t"_s, [&seen] { ++seen; });
        QVERIFY(!each);
        QCOMPARE(seen, rows);
        QCOMPARE(each.error().code(), ErrorCode::StoreDamaged);
        QVERIFY2(each.error().message().startsWith(u"Cannot read t: records.db is damaged"_s),
                 qPrintable(each.error().message()));
        QVERIFY(q.exec(select));
        for (int i = 0; i < rows; ++i)
            QVERIFY(nextRow(q, u"Cannot read t"_s).value());
        const Result<bool> past = nextRow(q, u"Cannot read t"_s);
        QVERIFY(!past);
        QCOMPARE(past.error().code(), ErrorCode::StoreDamaged);

        // A new statement starts without the old error.
        QVERIFY(q.exec(u"SELECT 1"_s));
        QVERIFY(!q.lastError().isValid());
        QVERIFY(eachRow(q, u"Cannot read"_s, [] {}));
    }

    // The typed statement of the verifier's reads.
    Statement statement(db, "SELECT i FROM t ORDER BY id");
    QVERIFY(statement.isValid());
    int rows = 0;
    const Status read = statement.eachRow([] { return u"Cannot read t"_s; }, [&rows] { ++rows; });
    QVERIFY(!read);
    QVERIFY(rows > 0 && rows < kRows);
    QCOMPARE(read.error().code(), ErrorCode::StoreDamaged);
}

QTEST_GUILESS_MAIN(tst_SqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
