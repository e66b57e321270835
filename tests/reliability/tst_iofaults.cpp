// SPDX-License-Identifier: GPL-3.0-or-later
// I/O faults under records.db: a VFS shim fails the Nth read, write or sync of an import, an
// electronic signature and a schema migration, for every N (or a stride of them). Each run ends
// either in success or with a clear one-line message, and the store a new process finds
// afterwards -- on the live folder and on a copy taken as a crash would leave it -- passes the
// integrity check, has an audit chain that verifies, and holds exactly what it held before (or
// exactly what the successful operation writes). The session that saw the fault keeps working.
#include "audit/auditverifier.h"
#include "core/clock.h"
#include "demo/demodata.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "reliability/faultyvfs.h"
#include "reliability/storedump.h"
#include "review/reviewservice.h"
#include "security/keyring.h"
#include "session/session.h"
#include "store/migrations.h"
#include "store/sqlcipherdriver.h"
#include "store/store.h"
#include "support/reviewfixtures.h"
#include "support/teststore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::FaultyVfs;

namespace {

// Runs per sweep in the normal test run; RELEASEDESK_TESTING_FULL_FAULT_SWEEP=1 tries every N.
constexpr int kRunsPerSweep = 40;

struct Fault
{
    const char *name;
    FaultyVfs::Op op;
    int code;
    bool persistent;
    const char *expectedText; // what the message must say, in the store's own words
};

const Fault kFaults[] = {
    {"read error", FaultyVfs::Op::Read, SQLITE_IOERR_READ, false, "a disk error occurred"},
    {"write error", FaultyVfs::Op::Write, SQLITE_IOERR_WRITE, false, "a disk error occurred"},
    {"disk full", FaultyVfs::Op::Write, SQLITE_FULL, true, "the disk is full"},
    {"fsync error", FaultyVfs::Op::Sync, SQLITE_IOERR_FSYNC, false, "a disk error occurred"},
};

// What is done to a store under test: opened unarmed, the operation armed, then the next thing
// done on the same session, unarmed.
class Subject
{
public:
    virtual ~Subject() = default;
    virtual Status open(const QString &folder) = 0;
    virtual Status act() = 0;
    // After act(): the same session must not be wedged. After a failure the operation is
    // tried again and must succeed; after a success a read must.
    virtual Status next(bool actSucceeded) = 0;
    virtual void close() = 0;
};

class SessionSubject final : public Subject
{
public:
    SessionSubject(QString user, std::function<Status(Session &)> body)
        : m_user(std::move(user))
        , m_body(std::move(body))
    {}

    Status open(const QString &folder) override
    {
        Result<std::unique_ptr<Session>> s =
            Session::open(folder, m_user, rd::test::secret(rd::test::kPassword));
        if (!s)
            return s.error();
        m_session = std::move(s).value();
        return {};
    }
    Status act() override { return m_body(*m_session); }
    Status next(bool actSucceeded) override
    {
        if (!actSucceeded)
            return m_body(*m_session);
        Result<qint64> events = m_session->audit().count();
        if (!events)
            return events.error();
        return {};
    }
    void close() override { m_session.reset(); }

private:
    QString m_user;
    std::function<Status(Session &)> m_body;
    std::unique_ptr<Session> m_session;
};

// Ending a session: the checkpoint it signs, then the connection's close, which copies the
// write-ahead log into records.db (the only place records.db itself is written and synced).
class SessionEndSubject final : public Subject
{
public:
    Status open(const QString &folder) override
    {
        Result<std::unique_ptr<Session>> s = Session::open(
            folder, QString::fromLatin1(rd::test::kAdmin), rd::test::secret(rd::test::kPassword));
        if (!s)
            return s.error();
        m_session = std::move(s).value();
        return {};
    }
    Status act() override
    {
        const Status ended = m_session->end();
        m_session.reset();
        return ended;
    }
    // The session is over either way; a new one must open.
    Status next(bool) override { return {}; }
    void close() override { m_session.reset(); }

private:
    std::unique_ptr<Session> m_session;
};

// Opening a store at an older schema version through the real open path, which migrates it.
class MigrationSubject final : public Subject
{
public:
    MigrationSubject(QString storeId, SecureBytes key)
        : m_storeId(std::move(storeId))
        , m_key(std::move(key))
    {}

    Status open(const QString &folder) override
    {
        m_folder = folder;
        return {};
    }
    Status act() override { return openStore(); }
    Status next(bool actSucceeded) override
    {
        if (actSucceeded)
            return {};
        return openStore();
    }
    void close() override { m_store.reset(); }

private:
    Status openStore()
    {
        m_store.reset();
        Result<std::unique_ptr<Store>> s =
            Store::open(m_folder, m_storeId, m_key.copy(), QString::fromLatin1(rd::test::kAdmin));
        if (!s)
            return s.error();
        if (s.value()->schemaVersion() != Migrations::latestVersion())
            return Error(ErrorCode::Failed,
                         u"opened at schema version %1"_s.arg(s.value()->schemaVersion()));
        m_store = std::move(s).value();
        return {};
    }

    QString m_storeId;
    SecureBytes m_key;
    QString m_folder;
    std::unique_ptr<Store> m_store;
};

Status fromSignature(const Result<ESignature> &r)
{
    if (!r)
        return r.error();
    return {};
}

Status fromImport(const Result<ImportSummary> &r)
{
    if (!r)
        return r.error();
    if (r->nothingChanged())
        return Error(ErrorCode::Failed, u"the import wrote nothing"_s);
    return {};
}

// The core's verifier over a store folder, through a new connection; empty when it verifies.
QString auditProblem(const QString &folder, const QString &storeId, const SecureBytes &key)
{
    Result<std::unique_ptr<Store>> store = Store::open(folder, storeId, key.copy(), u"inspector"_s);
    if (!store)
        return u"cannot open: "_s + store.error().message();
    const KeyDirectory keys = rd::test::keyDirectory(*store.value());
    const AuditVerifier verifier(store.value()->connection(), storeId, keys,
                                 rd::test::anchors(folder));
    Result<AuditVerification> v = verifier.run();
    if (!v)
        return v.error().message();
    return v->ok ? QString() : v->problem;
}

// Where a store folder's copy for one run goes.
QString freshCopy(const QString &pristine, QTemporaryDir &work, const QString &name)
{
    const QString folder = work.filePath(name + u".rdstore"_s);
    return rd::test::copyStoreFiles(pristine, folder) ? folder : QString();
}

} // namespace

class tst_IoFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void shimForwardsAndCounts();
    void importSweep_data();
    void importSweep();
    void signatureSweep_data();
    void signatureSweep();
    void sessionEndSweep_data();
    void sessionEndSweep();
    void migrationSweep_data();
    void migrationSweep();

private:
    void faultRows();
    // The sweep itself; `acceptable` are further dumps a failed run may leave (none but the
    // original for everything except a migration of several steps).
    void sweep(const QString &pristine, Subject &subject, const Fault &fault,
               const std::function<QList<QByteArray>()> &acceptable = {});
    bool buildReviewStore();
    bool buildOldStore();

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<rd::test::TestStore> m_review; // specs, batch 0 with results, batch 1
    std::unique_ptr<rd::test::TestStore> m_old;    // records.db at schema version kOldVersion
    SecureBytes m_reviewKey;
    SecureBytes m_oldKey;
    QList<QByteArray> m_oldIntermediate; // the old store migrated part of the way
    bool m_fullSweep = false;
    static constexpr int kOldVersion = 3;
};

void tst_IoFaults::initTestCase()
{
    rd::test::initTestProcess();
    QVERIFY(FaultyVfs::install());
    QCOMPARE(QString::fromLatin1(sqlite3_vfs_find(nullptr)->zName),
             QString::fromLatin1(FaultyVfs::kName));
    // One instant for the whole run, so that the same operation writes the same bytes.
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    Clock::setInstance(m_clock.get());
    m_fullSweep = qEnvironmentVariableIntValue("RELEASEDESK_TESTING_FULL_FAULT_SWEEP") == 1;
}

void tst_IoFaults::cleanupTestCase()
{
    FaultyVfs::disarm();
    Clock::setInstance(nullptr);
}

void tst_IoFaults::shimForwardsAndCounts()
{
    // Disarmed it is invisible; armed it counts per file and fails exactly the Nth call.
    rd::test::TestStore store;
    QVERIFY(store.isValid());
    FaultyVfs::countOnly();
    {
        std::unique_ptr<Session> s = store.open();
        QVERIFY(s);
    }
    FaultyVfs::disarm();
    const FaultyVfs::Counts counted = FaultyVfs::counts();
    QVERIFY(counted.reads > 0);
    QVERIFY(counted.writes > 0);
    QVERIFY(counted.syncs > 0);
    QVERIFY(counted.byFile.value(u"write records.db-wal"_s) > 0);
    QVERIFY(counted.byFile.value(u"sync records.db-wal"_s) > 0);
    QCOMPARE(FaultyVfs::fired(), QString());

    FaultyVfs::arm(FaultyVfs::Op::Read, 1, SQLITE_IOERR_READ);
    Result<std::unique_ptr<Session>> s = Session::open(
        store.path(), QString::fromLatin1(rd::test::kAdmin), rd::test::secret(rd::test::kPassword));
    FaultyVfs::disarm();
    QVERIFY(!s);
    QVERIFY2(FaultyVfs::fired().startsWith(u"read records.db #1"_s),
             qPrintable(FaultyVfs::fired()));
    QCOMPARE(s.error().code(), ErrorCode::Io);
    QVERIFY2(s.error().message().contains(u"a disk error occurred"_s),
             qPrintable(s.error().message()));
    QVERIFY(store.open());
}

void tst_IoFaults::faultRows()
{
    QTest::addColumn<int>("fault");
    for (int i = 0; i < int(std::size(kFaults)); ++i)
        QTest::newRow(kFaults[i].name) << i;
}

void tst_IoFaults::sweep(const QString &pristine, Subject &subject, const Fault &fault,
                         const std::function<QList<QByteArray>()> &acceptable)
{
    QElapsedTimer timer;
    timer.start();
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const SecureBytes &key = m_review && pristine == m_review->path() ? m_reviewKey : m_oldKey;
    const QString storeId = KeySlotFile::load(StorePaths(pristine).keyslots())->storeId;

    // Unarmed: how many calls of this kind the operation makes, and what it writes.
    const QString counting = freshCopy(pristine, work, u"counting"_s);
    QVERIFY(!counting.isEmpty());
    {
        const Status opened = subject.open(counting);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    }
    FaultyVfs::countOnly();
    const Status unarmed = subject.act();
    FaultyVfs::disarm();
    QVERIFY2(unarmed, unarmed ? "" : qPrintable(unarmed.error().message()));
    const FaultyVfs::Counts counts = FaultyVfs::counts();
    const rd::test::StoreDump success = rd::test::dumpStore(StorePaths(counting).records(), key);
    subject.close();
    QVERIFY2(success.ok(), qPrintable(success.error));

    const int total = counts.of(fault.op);
    QVERIFY2(total > 0, "the operation makes no call of this kind");
    const int stride = m_fullSweep ? 1 : std::max(1, (total + kRunsPerSweep - 1) / kRunsPerSweep);
    QList<QByteArray> alsoAcceptable = acceptable ? acceptable() : QList<QByteArray>();

    int runs = 0, failures = 0, absorbed = 0;
    for (int n = 1; n <= total; n += stride) {
        ++runs;
        const QString tag = u"%1 #%2 of %3"_s.arg(FaultyVfs::opName(fault.op)).arg(n).arg(total);
        const QString folder = freshCopy(pristine, work, u"run-%1"_s.arg(n));
        QVERIFY2(!folder.isEmpty(), qPrintable(tag));
        const Status opened = subject.open(folder);
        QVERIFY2(opened,
                 qPrintable(tag + u": "_s + (opened ? QString() : opened.error().message())));
        const rd::test::StoreDump before = rd::test::dumpStore(StorePaths(folder).records(), key);
        QVERIFY2(before.ok(), qPrintable(before.error));

        FaultyVfs::arm(fault.op, n, fault.code, fault.persistent);
        const Status result = subject.act();
        FaultyVfs::disarm();
        const QString where = tag + u" (fault at "_s + FaultyVfs::fired() + u")"_s;

        // What a process that dies now leaves on disk: the files as they are.
        const QString image = work.filePath(u"image-%1.rdstore"_s.arg(n));
        QVERIFY(rd::test::copyStoreFiles(folder, image));

        if (result) {
            ++absorbed;
        } else {
            ++failures;
            const Error &e = result.error();
            QVERIFY2(!FaultyVfs::fired().isEmpty(),
                     qPrintable(where + u": failed without a fault: "_s + e.message()));
            QVERIFY2(!e.message().isEmpty() && !e.message().contains(u'\n'),
                     qPrintable(where + u": not one line: "_s + e.message()));
            QVERIFY2(e.code() == ErrorCode::Io &&
                         e.message().contains(QLatin1StringView(fault.expectedText)),
                     qPrintable(where + u": unclear message (code %1): "_s.arg(int(e.code())) +
                                e.message()));
        }
        const QByteArray &expected = result ? success.text : before.text;
        const auto matches = [&](const QByteArray &text) {
            return text == expected || (!result && alsoAcceptable.contains(text));
        };

        // A new connection on the live folder, while the session still holds its own.
        const rd::test::StoreDump live = rd::test::dumpStore(StorePaths(folder).records(), key);
        QVERIFY2(live.ok(), qPrintable(where + u": "_s + live.error));
        QVERIFY2(live.integrity == u"ok"_s, qPrintable(where + u": "_s + live.integrity));
        QVERIFY2(matches(live.text), qPrintable(where + u": live store changed: "_s +
                                                rd::test::firstDifference(expected, live.text)));

        // The session that saw the fault is not wedged.
        const Status again = subject.next(result.ok());
        QVERIFY2(again, qPrintable(where + u": next operation on the same session failed: "_s +
                                   (again ? QString() : again.error().message())));
        subject.close();

        const rd::test::StoreDump crashed = rd::test::dumpStore(StorePaths(image).records(), key);
        QVERIFY2(crashed.ok(), qPrintable(where + u": "_s + crashed.error));
        QVERIFY2(crashed.integrity == u"ok"_s, qPrintable(where + u": "_s + crashed.integrity));
        QVERIFY2(matches(crashed.text),
                 qPrintable(where + u": store after a crash changed: "_s +
                            rd::test::firstDifference(expected, crashed.text)));
        const QString imageProblem = auditProblem(image, storeId, key);
        QVERIFY2(imageProblem.isEmpty(), qPrintable(where + u": crash image: "_s + imageProblem));
        const QString liveProblem = auditProblem(folder, storeId, key);
        QVERIFY2(liveProblem.isEmpty(), qPrintable(where + u": after: "_s + liveProblem));

        QDir(folder).removeRecursively();
        QDir(image).removeRecursively();
    }
    QStringList perFile;
    for (auto it = counts.byFile.cbegin(); it != counts.byFile.cend(); ++it) {
        if (it.key().startsWith(FaultyVfs::opName(fault.op) + u' '))
            perFile << u"%1: %2"_s.arg(it.key()).arg(it.value());
    }
    qInfo("%s: %d calls (%s); swept N = 1..%d step %d: %d runs, %d failed cleanly, %d absorbed; "
          "%.1f s",
          QTest::currentDataTag(), total, qPrintable(perFile.join(u", "_s)), total, stride, runs,
          failures, absorbed, static_cast<double>(timer.elapsed()) / 1000.0);
}

bool tst_IoFaults::buildReviewStore()
{
    if (m_review)
        return true;
    auto store = std::make_unique<rd::test::TestStore>();
    if (!store->isValid() || !store->addLaboratory() ||
        !store->addUser(u"quinn"_s, Role::QcAnalyst))
        return false;
    const DemoData::Batch b0 = rd::test::cleanBatch(0);
    const DemoData::Batch b1 = rd::test::cleanBatch(1);
    {
        std::unique_ptr<Session> admin = store->open();
        if (!admin ||
            !Importer(*admin).run(
                {{u"specs.json"_s, Serializer::specificationDocument(DemoData::specifications())},
                 {u"batches.json"_s, Serializer::batchRecordDocument({b0.record, b1.record})}},
                {}))
            return false;
    }
    if (!store->approveSpecifications())
        return false;
    {
        // The laboratory imports the results; quinn approves them.
        std::unique_ptr<Session> lab = store->open(QString::fromLatin1(rd::test::kLabAnalyst));
        if (!lab || !Importer(*lab).run(
                        {{u"results.csv"_s, Serializer::resultsCsvDocument(b0.results)}}, {}))
            return false;
    }
    m_reviewKey = store->masterKey();
    m_review = std::move(store);
    return true;
}

void tst_IoFaults::importSweep_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("results");
    for (int i = 0; i < int(std::size(kFaults)); ++i) {
        QTest::addRow("batch record, %s", kFaults[i].name) << i << false;
        QTest::addRow("QC results, %s", kFaults[i].name) << i << true;
    }
}

void tst_IoFaults::importSweep()
{
    QFETCH(int, fault);
    QFETCH(bool, results);
    QVERIFY(buildReviewStore());
    std::unique_ptr<Subject> subject;
    if (results) {
        // The analyst imports the results of batch 1, whose record is in the store.
        const QByteArray csv = Serializer::resultsCsvDocument(rd::test::cleanBatch(1).results);
        subject = std::make_unique<SessionSubject>(u"quinn"_s, [csv](Session &s) {
            return fromImport(Importer(s).run({{u"results.csv"_s, csv}}, {}));
        });
    } else {
        const QByteArray json = Serializer::batchRecordDocument({rd::test::cleanBatch(2).record});
        subject = std::make_unique<SessionSubject>(
            QString::fromLatin1(rd::test::kAdmin), [json](Session &s) {
                return fromImport(Importer(s).run({{u"batch.json"_s, json}}, {}));
            });
    }
    sweep(m_review->path(), *subject, kFaults[fault]);
}

void tst_IoFaults::signatureSweep_data()
{
    faultRows();
}

void tst_IoFaults::signatureSweep()
{
    QFETCH(int, fault);
    QVERIFY(buildReviewStore());
    const QString batch = rd::test::cleanBatch(0).record.batchNumber;
    SessionSubject subject(u"quinn"_s, [batch](Session &s) {
        return fromSignature(
            ReviewService(s).sign(SignRequest{batch, Meaning::QcApproved, {}, {}, {}, {}},
                                  rd::test::secret(rd::test::kPassword)));
    });
    sweep(m_review->path(), subject, kFaults[fault]);
}

void tst_IoFaults::sessionEndSweep_data()
{
    faultRows();
}

void tst_IoFaults::sessionEndSweep()
{
    QFETCH(int, fault);
    QVERIFY(buildReviewStore());
    SessionEndSubject subject;
    sweep(m_review->path(), subject, kFaults[fault]);
}

// records.db made by the real migrations up to kOldVersion only, in place of the current one.
bool tst_IoFaults::buildOldStore()
{
    if (m_old)
        return true;
    auto store = std::make_unique<rd::test::TestStore>();
    if (!store->isValid())
        return false;
    const SecureBytes key = store->masterKey();
    const QString records = StorePaths(store->path()).records();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(records + suffix);

    const auto migrateTo = [&key, &store](const QString &file, int from, int to) {
        registerSqlCipherDriver();
        const QString name = u"old-store-%1-%2"_s.arg(from).arg(to);
        bool ok = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::kDriverName), name);
            db.setDatabaseName(file);
            auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
            ok = db.open() && driver->applyRawKey(key);
            if (ok) {
                QSqlQuery q(db);
                if (SqlCipherDriver::libraryVersion().startsWith(u'4'))
                    ok = q.exec(u"PRAGMA cipher_compatibility = 3"_s);
                ok = ok && q.exec(u"PRAGMA cipher_page_size = %1"_s.arg(kNewStorePageSize));
                ok = ok && q.exec(u"PRAGMA journal_mode = WAL"_s);
            }
            ok = ok && Migrations::apply(db, from, store->storeId(),
                                         QString::fromLatin1(rd::test::kAdmin),
                                         Migrations::all().first(std::size_t(to)));
            if (!ok)
                qWarning("old store: %s", qPrintable(db.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    };
    if (!migrateTo(records, 0, kOldVersion))
        return false;
    // The checkpoint keyslots.json recorded belongs to the records.db just replaced.
    if (!KeyRing::modify(store->path(), [](KeySlotFile &f) -> Status {
            f.anchors.clear();
            return {};
        }))
        return false;

    // The same store migrated step by step: where a failed migration may stop.
    for (int version = kOldVersion + 1; version < Migrations::latestVersion(); ++version) {
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(u"copy.rdstore"_s);
        if (!rd::test::copyStoreFiles(store->path(), copy) ||
            !migrateTo(StorePaths(copy).records(), kOldVersion, version))
            return false;
        const rd::test::StoreDump step = rd::test::dumpStore(StorePaths(copy).records(), key);
        if (!step.ok())
            return false;
        m_oldIntermediate << step.text;
    }
    m_oldKey = key.copy();
    m_old = std::move(store);
    return true;
}

void tst_IoFaults::migrationSweep_data()
{
    faultRows();
}

void tst_IoFaults::migrationSweep()
{
    QFETCH(int, fault);
    QVERIFY(buildOldStore());
    QVERIFY(Migrations::latestVersion() > kOldVersion);
    MigrationSubject subject(m_old->storeId(), m_oldKey.copy());
    // Each step is one transaction: a failure may leave the store at the old version or one
    // whole step further, never between.
    sweep(m_old->path(), subject, kFaults[fault], [this] { return m_oldIntermediate; });
}

QTEST_GUILESS_MAIN(tst_IoFaults)
#include "tst_iofaults.moc"
