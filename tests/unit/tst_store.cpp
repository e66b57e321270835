// SPDX-License-Identifier: GPL-3.0-or-later
// records.db: creation, reopening, the cipher settings and pragmas it relies on, migrations,
// refusal of newer and foreign files, no plaintext anywhere, one connection per thread.
#include "accounts/accountservice.h"
#include "audit/audittrail.h"
#include "demo/demodata.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "qc/baselines.h"
#include "qc/ootrules.h"
#include "qc/trenddata.h"
#include "records/sites.h"
#include "reports/documentregistry.h"
#include "reports/reportbuilder.h"
#include "review/reviewservice.h"
#include "review/specificationservice.h"
#include "security/crypto.h"
#include "store/migrations.h"
#include "store/sqlcipherdriver.h"
#include "store/store.h"
#include "support/folder.h"
#include "support/rawdb.h"
#include "support/teststore.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace rd;

class tst_Store : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rd::test::initTestProcess(); }

    void createAndReopen();
    void everyReliedPragmaAnswers();
    void fileIsSqlCipher3Format();
    void wrongKeyRefused();
    void storeIdMustMatch();
    void newerSchemaRefusedUntouched();
    void migrationsRunInOrderEachInOneTransaction();
    void failingMigrationLeavesStoreAsItWas();
    void noPlaintextAnywhere();
    void connectionPerThread();
    void createRefusesExistingDatabase();
};

void tst_Store::createAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"S.rdstore"_s);
    QVERIFY(QDir().mkpath(path));
    const QString id = QString::fromLatin1(crypto::randomBytes(16).toHex());
    const SecureBytes key = SecureBytes::random(32);
    {
        Result<std::unique_ptr<Store>> s = Store::create(path, id, key.copy(), u"tester"_s);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message()));
        QCOMPARE(s.value()->schemaVersion(), Migrations::latestVersion());
        QSqlQuery q(s.value()->connection());
        QVERIFY(q.exec(u"INSERT INTO meta (key, value) VALUES ('probe', 'kept')"_s));
    }
    Result<std::unique_ptr<Store>> s = Store::open(path, id, key.copy(), u"tester"_s);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message()));
    QCOMPARE(s.value()->storeId(), id);
    QSqlQuery q(s.value()->connection());
    QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'probe'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"kept"_s);
    // The migration that made the schema is in the audit trail.
    QVERIFY(q.exec(u"SELECT action, new_value, user_name FROM audit_events WHERE action = "
                   "'schema.migrated' ORDER BY seq DESC LIMIT 1"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString::fromLatin1(audit::kSchemaMigrated));
    QCOMPARE(q.value(1).toString(), QString::number(Migrations::latestVersion()));
    QCOMPARE(q.value(2).toString(), u"tester"_s);
}

void tst_Store::everyReliedPragmaAnswers()
{
    // SQLCipher 3.4.1 silently ignores a PRAGMA it does not know; so every one the store relies
    // on must give its answer back.
    rd::test::TestStore store;
    std::unique_ptr<Session> session = store.open();
    QVERIFY(session);
    const QMap<QString, QString> answers = session->store().pragmaAnswers();
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable(u"PRAGMA %1 gave no answer"_s.arg(it.key())));
    QCOMPARE(answers.value(u"journal_mode"_s), u"wal"_s);
    QCOMPARE(answers.value(u"foreign_keys"_s), u"1"_s);
    QCOMPARE(answers.value(u"synchronous"_s), u"2"_s); // FULL
    QCOMPARE(answers.value(u"cipher_page_size"_s), QString::number(kNewStorePageSize));
    QCOMPARE(answers.value(u"page_size"_s), QString::number(kNewStorePageSize));
    QCOMPARE(answers.value(u"kdf_iter"_s), u"64000"_s);
    const int major = answers.value(u"cipher_version"_s).section(u'.', 0, 0).toInt();
    QVERIFY(major == 3 || major == 4);
    if (major >= 4) {
        QCOMPARE(answers.value(u"cipher_hmac_algorithm"_s), u"HMAC_SHA1"_s);
        QCOMPARE(answers.value(u"cipher_kdf_algorithm"_s), u"PBKDF2_HMAC_SHA1"_s);
    } else {
        QCOMPARE(answers.value(u"cipher_use_hmac"_s), u"1"_s);
    }
    // The probe does find a PRAGMA that is not there.
    rd::test::RawDb raw(StorePaths(store.path()).records(), store.masterKey());
    QVERIFY(!raw.value(u"PRAGMA no_such_pragma_anywhere"_s).isValid());
}

void tst_Store::fileIsSqlCipher3Format()
{
    // SQLCipher 3 settings but for the page size (4 096 bytes, as keyslots.json records): each
    // page with a 16-byte IV and a 20-byte HMAC-SHA1 in the reserved area; the file starts with
    // the 16-byte random salt, not the SQLite header.
    rd::test::TestStore store;
    QFile f(StorePaths(store.path()).records());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QCOMPARE(data.size() % kNewStorePageSize, 0);
    QVERIFY(!data.startsWith("SQLite format 3"));
    rd::test::RawDb raw(f.fileName(), store.masterKey());
    QCOMPARE(raw.value(u"PRAGMA cipher_page_size"_s).toString(),
             QString::number(kNewStorePageSize));
    // The 3.x default page size does not decrypt it.
    rd::test::RawDb legacy(f.fileName(), store.masterKey(), 1024);
    QVERIFY(!legacy.value(u"SELECT count(*) FROM meta"_s).isValid());
    QCOMPARE(raw.value(u"SELECT value FROM meta WHERE key = 'store_id'"_s).toString(),
             store.storeId());
}

void tst_Store::wrongKeyRefused()
{
    rd::test::TestStore store;
    const rd::test::FolderSnapshot before = rd::test::snapshot(store.path());
    Result<std::unique_ptr<Store>> s =
        Store::open(store.path(), store.storeId(), SecureBytes::random(32), u"x"_s);
    QVERIFY(!s);
    QCOMPARE(s.error().code(), ErrorCode::StoreDamaged);
    QVERIFY2(s.error().message().contains(u"cannot be decrypted with this store's key"_s),
             qPrintable(s.error().message()));
    QCOMPARE(rd::test::differences(before, rd::test::snapshot(store.path())), QString());
}

void tst_Store::storeIdMustMatch()
{
    rd::test::TestStore store;
    Result<std::unique_ptr<Store>> s =
        Store::open(store.path(), QString(32, u'0'), store.masterKey(), u"x"_s);
    QVERIFY(!s);
    QVERIFY2(s.error().message().contains(u"belongs to another store"_s),
             qPrintable(s.error().message()));
}

void tst_Store::newerSchemaRefusedUntouched()
{
    rd::test::TestStore store;
    {
        rd::test::RawDb raw(StorePaths(store.path()).records(), store.masterKey());
        QCOMPARE(raw.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s),
                 SQLITE_OK);
    }
    const rd::test::FolderSnapshot before = rd::test::snapshot(store.path());
    Result<std::unique_ptr<Store>> s =
        Store::open(store.path(), store.storeId(), store.masterKey(), u"x"_s);
    QVERIFY(!s);
    QCOMPARE(s.error().code(), ErrorCode::StoreNewer);
    QVERIFY2(s.error().message().contains(u"schema version 99"_s), qPrintable(s.error().message()));
    QVERIFY(s.error().message().contains(u"not changed"_s));
    QCOMPARE(rd::test::differences(before, rd::test::snapshot(store.path())), QString());
}

void tst_Store::migrationsRunInOrderEachInOneTransaction()
{
    rd::test::TestStore store;
    Result<std::unique_ptr<Store>> s =
        Store::open(store.path(), store.storeId(), store.masterKey(), u"x"_s);
    QVERIFY(s);
    QSqlDatabase db = s.value()->connection();
    const int base = Migrations::latestVersion();
    const std::string v2 = "CREATE TABLE extra (id INTEGER PRIMARY KEY, note TEXT);";
    const std::string v3 = "ALTER TABLE extra ADD COLUMN added TEXT; INSERT INTO extra (note, "
                           "added) VALUES ('a', 'b');";
    const Migrations::Step steps[] = {
        {base + 1, "extra table", v2.c_str()},
        {base + 2, "extra column", v3.c_str()},
    };
    QVERIFY(Migrations::apply(db, base, store.storeId(), u"migrator"_s, steps));
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), base + 2);
    QVERIFY(q.exec(u"SELECT group_concat(version) FROM schema_migrations"_s) && q.next());
    QStringList versions;
    for (int v = 1; v <= base + 2; ++v)
        versions << QString::number(v);
    QCOMPARE(q.value(0).toString(), versions.join(u','));
    QVERIFY(q.exec(u"SELECT count(*) FROM audit_events WHERE action = 'schema.migrated' AND "
                   "user_name = 'migrator'"_s) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void tst_Store::failingMigrationLeavesStoreAsItWas()
{
    rd::test::TestStore store;
    Result<std::unique_ptr<Store>> s =
        Store::open(store.path(), store.storeId(), store.masterKey(), u"x"_s);
    QVERIFY(s);
    QSqlDatabase db = s.value()->connection();
    const int base = Migrations::latestVersion();
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT count(*) FROM audit_events"_s) && q.next());
    const int eventsBefore = q.value(0).toInt();
    const Migrations::Step steps[] = {
        {base + 1, "good step", "CREATE TABLE good (x);"},
        // Half of this step works; the whole step must still be undone.
        {base + 2, "bad step", "CREATE TABLE half (x); INSERT INTO no_such_table VALUES (1);"},
    };
    const Status result = Migrations::apply(db, base, store.storeId(), u"migrator"_s, steps);
    QVERIFY(!result);
    QVERIFY2(result.error().message().contains(u"no_such_table"_s),
             qPrintable(result.error().message()));
    QVERIFY(result.error().message().contains(u"%1"_s.arg(base + 2)));
    QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), base + 1); // the good step stays, whole
    QVERIFY(db.tables().contains(u"good"_s));
    QVERIFY(!db.tables().contains(u"half"_s));
    QVERIFY(q.exec(u"SELECT count(*) FROM audit_events"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), eventsBefore + 1);
}

void tst_Store::noPlaintextAnywhere()
{
    // A unique marker in every text column of every table, checked while the store is open
    // (with its write-ahead log) and after it is closed.
    const QString marker =
        u"PLAINTEXT-MARKER-%1"_s.arg(QString::fromLatin1(crypto::randomBytes(6).toHex()));
    rd::test::TestStore store;
    const QString folder = store.path();
    // Records in every table: specifications, batch records with all their parts, results and
    // unassigned results, brought in by the importer.
    QVERIFY(store.addLaboratory());
    QVERIFY(store.addUser(u"quinn"_s, Role::QcAnalyst));
    QVERIFY(store.addUser(u"viv"_s, Role::Viewer));
    const DemoData demo(40, 7);
    QList<BatchRecord> batches;
    QList<QcResult> results;
    for (int i = 0; i < demo.batchCount(); ++i) {
        DemoData::Batch b = demo.batch(i);
        batches << b.record;
        results << b.results;
    }
    {
        std::unique_ptr<Session> admin = store.open();
        // A reset, so that its hand-over is recorded too.
        QVERIFY(
            AccountService(*admin).resetPassword(u"viv"_s, rd::test::secret("temporary-pass-31")));
        QVERIFY(Importer(*admin).run(
            {{u"specs.json"_s, Serializer::specificationDocument(DemoData::specifications())},
             {u"batches.json"_s, Serializer::batchRecordDocument(batches)}},
            {}));
        std::unique_ptr<Session> analyst = store.open(QString::fromLatin1(rd::test::kLabAnalyst));
        QVERIFY(Importer(*analyst).run(
            {{u"results.csv"_s, Serializer::resultsCsvDocument(results)},
             {u"run.csv"_s, Serializer::resultsCsvDocument(demo.unassignedResults())}},
            {}));
    }
    QVERIFY(store.approveSpecifications());
    {
        // A QC approval, a disposition and the state they leave: signatures, dispositions and
        // batch states.
        QVERIFY(store.addUser(u"rosa"_s, Role::QaReviewer));
        std::unique_ptr<Session> analyst = store.open(u"quinn"_s);
        std::unique_ptr<Session> reviewer = store.open(u"rosa"_s);
        bool dispositioned = false;
        for (const BatchRecord &b : std::as_const(batches)) {
            Result<BatchReview> r = ReviewService(*reviewer).review(b.batchNumber);
            QVERIFY(r);
            if (r->exceptions.isEmpty())
                continue;
            QVERIFY(
                ReviewService(*analyst).sign({b.batchNumber, Meaning::QcApproved, {}, {}, {}, {}},
                                             rd::test::secret(rd::test::kPassword)));
            // The marker as the comment and as a reference held in another system.
            QVERIFY(ReviewService(*reviewer).dispose(b.batchNumber, u"1"_s, marker,
                                                     u"external: "_s + marker));
            dispositioned = true;
            break;
        }
        QVERIFY(dispositioned);
        // A batch made under version 2 judged against version 1, with the marker as the reason.
        const auto underVersion2 =
            std::find_if(batches.cbegin(), batches.cend(), [](const BatchRecord &b) {
                return b.productCode == u"RD-CD19"_s && b.startedAt.date() > QDate(2025, 6, 1);
            });
        QVERIFY(underVersion2 != batches.cend());
        Result<SpecificationService::Rejudged> rejudged =
            SpecificationService(*reviewer).rejudge(underVersion2->batchNumber, u"1"_s, marker);
        QVERIFY2(rejudged, qPrintable(rejudged ? QString() : rejudged.error().message()));
        std::unique_ptr<Session> admin = store.open();
        QVERIFY(qc::OotRules(*admin).set(u"RD-CD19"_s, u"POTENCY"_s, qc::Rules::nelson()));
        Result<qc::TrendSeries> series =
            qc::TrendData(*admin).series({u"RD-CD19"_s, u"VIAB"_s, {}, {}, {}});
        QVERIFY(series && series->points.size() >= 2);
        QVERIFY(qc::Baselines(*admin).freeze(series.value(), {0, 1}, marker));
        // A registered site and an issued document.
        QVERIFY(SiteRegister(*admin).set({batches.first().site, marker, marker}));
        reports::ReportRequest request;
        request.kind = reports::DocumentKind::ReviewReport;
        request.batchNumber = batches.first().batchNumber;
        Result<reports::Document> doc = reports::ReportBuilder(*admin).build(request);
        QVERIFY(doc);
        reports::DocumentRegistry registry(*admin);
        QVERIFY(registry.prepare(doc.value()));
        QVERIFY(registry.recordPrinted(doc.value(), marker, 1));
    }
    std::unique_ptr<Session> session = store.open();
    QVERIFY(session);
    QSqlDatabase db = session->store().connection();

    int textColumns = 0;
    QSqlQuery tables(db);
    QVERIFY(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    // Write through the core where the schema constrains values; elsewhere directly.
    QSqlQuery q(db);
    // Out of the way, to mark existing rows too.
    for (const QString &trigger :
         {u"audit_events_no_update"_s, u"user_keys_immutable"_s, u"users_never_renamed"_s,
          u"signatures_no_update"_s, u"dispositions_no_update"_s, u"trend_baselines_frozen"_s,
          u"documents_no_update"_s, u"key_certificates_no_update"_s, u"record_bindings_no_update"_s,
          u"account_persons_no_update"_s, u"key_handovers_confirmed_once"_s,
          u"specification_approvals_no_update"_s, u"batch_specifications_no_update"_s,
          u"disposition_outcomes_no_update"_s, u"record_identifiers_no_update"_s})
        QVERIFY(q.exec(u"DROP TRIGGER "_s + trigger));
    for (const QString &table : std::as_const(names)) {
        // Only rows can be marked: every table must have one, or its columns go unchecked.
        QSqlQuery rows(db);
        QVERIFY(rows.exec(u"SELECT count(*) FROM "_s + table) && rows.next());
        QVERIFY2(rows.value(0).toInt() > 0, qPrintable(u"table %1 is empty"_s.arg(table)));
        QSqlQuery info(db);
        QVERIFY(info.exec(u"PRAGMA table_info(%1)"_s.arg(table)));
        while (info.next()) {
            const QString column = info.value(1).toString();
            const QString type = info.value(2).toString().toUpper();
            if (!type.contains(u"TEXT"_s))
                continue;
            ++textColumns;
            QSqlQuery update(db);
            // Enumerations (CHECK ... IN) hold no free text.
            static const QStringList enumerations = {u"users.role"_s,
                                                     u"deviations.class"_s,
                                                     u"em_samples.grade"_s,
                                                     u"qc_results.status"_s,
                                                     u"unassigned_results.state"_s,
                                                     u"batch_states.state"_s,
                                                     u"documents.medium"_s,
                                                     u"disposition_outcomes.outcome"_s,
                                                     u"record_identifiers.part"_s};
            if (enumerations.contains(table + u'.' + column))
                continue;
            QVERIFY2(update.exec(u"UPDATE %1 SET %2 = '%3-%1-%2-' || abs(random())"_s.arg(
                         table, column, marker)),
                     qPrintable(update.lastError().text()));
        }
    }
    QVERIFY(textColumns >= 20);

    QCOMPARE(rd::test::fileContaining(folder, marker), QString());
    QVERIFY(QFile::exists(StorePaths(folder).records() + u"-wal"_s)); // the log was checked too
    session.reset();
    QCOMPARE(rd::test::fileContaining(folder, marker), QString());
    // The same marker is found where it is in clear: the search works.
    QFile clear(folder + u"/clear.txt"_s);
    QVERIFY(clear.open(QIODevice::WriteOnly));
    clear.write(marker.toUtf8());
    clear.close();
    QCOMPARE(rd::test::fileContaining(folder, marker), u"clear.txt"_s);
}

void tst_Store::connectionPerThread()
{
    rd::test::TestStore store;
    std::unique_ptr<Session> session = store.open();
    QVERIFY(session);
    const QString mainName = session->store().connection().connectionName();
    QString workerName;
    qint64 workerCount = -1;
    QThread *worker = QThread::create([&]() {
        const ThreadConnection connection(session->store());
        QSqlDatabase db = connection.database();
        workerName = db.connectionName();
        QSqlQuery q(db);
        if (q.exec(u"SELECT count(*) FROM users"_s) && q.next())
            workerCount = q.value(0).toLongLong();
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    QCOMPARE(workerCount, 1);
    QVERIFY(!QSqlDatabase::contains(workerName)); // released with the worker
    QCOMPARE(session->store().connection().connectionName(), mainName);
}

void tst_Store::createRefusesExistingDatabase()
{
    rd::test::TestStore store;
    const rd::test::FolderSnapshot before = rd::test::snapshot(store.path());
    Result<std::unique_ptr<Store>> s =
        Store::create(store.path(), store.storeId(), SecureBytes::random(32), u"x"_s);
    QVERIFY(!s);
    QCOMPARE(s.error().code(), ErrorCode::AlreadyExists);
    QCOMPARE(rd::test::differences(before, rd::test::snapshot(store.path())), QString());
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
