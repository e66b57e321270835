// SPDX-License-Identifier: GPL-3.0-or-later
// Kill test: a child process (this executable run again with --kill-child) opens the store
// through the real Session, imports large batch-record and result files, signs the batches
// QC approved and re-keys the store (a new master key for records.db and every key slot), in a
// loop, printing one flushed line after each commit has returned. The parent
// kills it with SIGKILL at 200 seeded random moments and after each kill opens the store as a
// new process would (every key slot must open it, whatever moment of a re-key the kill fell
// on), runs PRAGMA integrity_check and the real `releasedesk verify`, and checks
// that every import is wholly present or wholly absent and that every signature the child
// reported is there. The next child carries on where the store says the work stopped.
#include "core/storefiles.h"
#include "demo/demodata.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "review/reviewservice.h"
#include "review/workflow.h"
#include "security/keyring.h"
#include "session/rekey.h"
#include "session/session.h"
#include "store/store.h"
#include "support/teststore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

constexpr int kKills = 200;
constexpr int kBatchesPerIteration = 2;
constexpr int kBatchSpace = 5000; // DemoData spacing; batch numbers stay unique below this
constexpr quint64 kDemoSeed = 11;
constexpr int kIterationsPerChild = 3;
constexpr char kAnalyst[] = "kim";

QString recordsFile(const QString &dir, int iteration)
{
    return u"%1/records-%2.json"_s.arg(dir).arg(iteration, 4, 10, QLatin1Char('0'));
}

QString resultsFile(const QString &dir, int iteration)
{
    return u"%1/results-%2.csv"_s.arg(dir).arg(iteration, 4, 10, QLatin1Char('0'));
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// The child: loops over iterations [first, last) until it is killed or done.
int childMain(const QStringList &args)
{
    if (args.size() != 6) {
        std::fputs("usage: --kill-child STORE FILES FIRST LAST\n", stderr);
        return 2;
    }
    const QString storePath = args.at(2);
    const QString files = args.at(3);
    const int first = args.at(4).toInt();
    const int last = args.at(5).toInt();
    const auto open = [&storePath](const char *user) {
        return Session::open(storePath, QString::fromLatin1(user),
                             rd::test::secret(rd::test::kPassword));
    };
    Result<std::unique_ptr<Session>> admin = open(rd::test::kAdmin);
    Result<std::unique_ptr<Session>> analyst = open(kAnalyst);
    if (!admin || !analyst) {
        std::fprintf(stderr, "child cannot open the store: %s\n",
                     qPrintable((!admin ? admin.error() : analyst.error()).message()));
        return 3;
    }
    say(u"ready"_s);
    std::optional<ReviewService> reviewing;
    reviewing.emplace(*analyst.value());
    for (int i = first; i < last; ++i) {
        ReviewService &review = *reviewing;
        const auto import = [&](Session &s, const QString &path, const QString &key) {
            Result<QList<ImportInput>> inputs = Importer::readFiles({path});
            if (!inputs)
                return inputs.error().message();
            say(u"begin import "_s + key);
            Result<ImportSummary> done = Importer(s).run(inputs.value(), {});
            if (!done)
                return done.error().message();
            say(u"imported %1 %2"_s.arg(key).arg(done->rowsWritten));
            return QString();
        };
        QString failed = import(*admin.value(), recordsFile(files, i), u"records-%1"_s.arg(i));
        // The laboratory imports the results, so that kim, another QC analyst, approves them;
        // its session is closed again before the re-key below.
        if (failed.isEmpty()) {
            Result<std::unique_ptr<Session>> lab = open(rd::test::kLabAnalyst);
            failed = lab ? import(*lab.value(), resultsFile(files, i), u"results-%1"_s.arg(i))
                         : lab.error().message();
        }
        for (int k = 0; failed.isEmpty() && k < kBatchesPerIteration; ++k) {
            const QString batch = DemoData(kBatchSpace, kDemoSeed)
                                      .batch(i * kBatchesPerIteration + k)
                                      .record.batchNumber;
            Result<BatchReview> r = review.review(batch, ReviewService::Detail::Summary);
            if (!r) {
                failed = r.error().message();
                break;
            }
            if (r->state != BatchState::AwaitingQcApproval)
                continue; // signed by an earlier child that was killed before it could say so
            say(u"begin sign "_s + batch);
            SignRequest request;
            request.batchNumber = batch;
            request.meaning = Meaning::QcApproved;
            request.investigation = u"OOS-KILLTEST"_s; // some batches hold an OOS result
            Result<ESignature> signature =
                review.sign(request, rd::test::secret(rd::test::kPassword));
            if (!signature)
                failed = signature.error().message();
            else
                say(u"signed %1 %2"_s.arg(batch, Workflow::id(Meaning::QcApproved)));
        }
        // Then a re-key, which needs the store to itself: the analyst's session closes first
        // and opens again with the new master key.
        if (failed.isEmpty()) {
            reviewing.reset();
            analyst.value().reset();
            say(u"begin rekey %1"_s.arg(i));
            const qsizetype warned = admin.value()->warnings().size();
            if (Status s = admin.value()->rekey(u"kill test"_s); !s)
                failed = s.error().message();
            else if (admin.value()->warnings().size() > warned)
                failed = admin.value()->warnings().constLast();
            else
                say(u"rekeyed %1"_s.arg(i));
            analyst = open(kAnalyst);
            if (!analyst && failed.isEmpty())
                failed = analyst.error().message();
            if (analyst)
                reviewing.emplace(*analyst.value());
        }
        if (!failed.isEmpty()) {
            std::fprintf(stderr, "child iteration %d failed: %s\n", i, qPrintable(failed));
            return 4;
        }
    }
    say(u"done"_s);
    return 0;
}

// What one iteration's files hold.
struct Iteration
{
    QStringList batches;
    int results = 0;
    QString recordsSha;
    QString resultsSha;
};

// How far a kill had got, judged from the child's last line and from the store.
enum class Moment {
    Startup,         // before both sessions were open
    InsideOperation, // an import or signature begun and not committed
    AfterCommit,     // committed, killed before it could say so
    Between,         // between operations
    Finished,        // the child ended before the kill
};

} // namespace

class tst_KillTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAtRandomMoments();

private:
    void writeFiles(int upTo);
    // Checks everything the issue asks for after a kill; fails the test with what is wrong.
    bool checkStore(const QSet<QString> &reportedImports, const QSet<QString> &reportedSignatures,
                    int attempted, int *firstIncomplete, QSet<QString> *presentImports,
                    QSet<QString> *presentSignatures);
    bool runVerify(QString *problem);
    QProcess *startChild(int first);

    std::unique_ptr<rd::test::TestStore> m_store;
    QTemporaryDir m_files;
    QString m_binary;
    QList<Iteration> m_iterations;
    QString m_failure;
};

void tst_KillTest::initTestCase()
{
    rd::test::initTestProcess();
    m_binary = qEnvironmentVariable("RELEASEDESK_BINARY");
    QVERIFY2(QFile::exists(m_binary), "RELEASEDESK_BINARY must name the built binary");
    QVERIFY(m_files.isValid());
    m_store = std::make_unique<rd::test::TestStore>();
    QVERIFY(m_store->isValid());
    QVERIFY(m_store->addUser(QString::fromLatin1(kAnalyst), Role::QcAnalyst));
    QVERIFY(m_store->addLaboratory());
    std::unique_ptr<Session> admin = m_store->open();
    QVERIFY(admin);
    QVERIFY(
        Importer(*admin)
            .run({{u"specs.json"_s, Serializer::specificationDocument(DemoData::specifications())}},
                 {})
            .ok());
    admin.reset();
    QVERIFY(m_store->approveSpecifications());
}

void tst_KillTest::writeFiles(int upTo)
{
    const DemoData demo(kBatchSpace, kDemoSeed);
    while (m_iterations.size() < upTo) {
        const int i = static_cast<int>(m_iterations.size());
        Iteration it;
        QList<BatchRecord> records;
        QList<QcResult> results;
        for (int k = 0; k < kBatchesPerIteration; ++k) {
            DemoData::Batch b = demo.batch(i * kBatchesPerIteration + k);
            it.batches << b.record.batchNumber;
            records << b.record;
            results << b.results;
        }
        it.results = static_cast<int>(results.size());
        const auto write = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(path));
            return QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        };
        it.recordsSha =
            write(recordsFile(m_files.path(), i), Serializer::batchRecordDocument(records));
        it.resultsSha =
            write(resultsFile(m_files.path(), i), Serializer::resultsCsvDocument(results));
        m_iterations << it;
    }
}

QProcess *tst_KillTest::startChild(int first)
{
    writeFiles(first + kIterationsPerChild);
    auto *p = new QProcess(this);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QCoreApplication::applicationFilePath(),
             {u"--kill-child"_s, m_store->path(), m_files.path(), QString::number(first),
              QString::number(first + kIterationsPerChild)});
    if (!p->waitForStarted()) {
        qWarning("cannot start the child: %s", qPrintable(p->errorString()));
        delete p;
        return nullptr;
    }
    return p;
}

bool tst_KillTest::runVerify(QString *problem)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RELEASEDESK_TESTING_MINIMUM_KDF"_s, u"1"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    p.setProcessEnvironment(env);
    p.start(m_binary, {u"verify"_s, m_store->path(), u"--user"_s,
                       QString::fromLatin1(rd::test::kAdmin), u"--password-stdin"_s});
    p.write(QByteArray(rd::test::kPassword) + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        *problem = u"releasedesk verify did not finish within 60 s"_s;
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *problem = u"releasedesk verify exited with %1: %2 %3"_s.arg(p.exitCode())
                       .arg(QString::fromUtf8(p.readAllStandardOutput()),
                            QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool tst_KillTest::checkStore(const QSet<QString> &reportedImports,
                              const QSet<QString> &reportedSignatures, int attempted,
                              int *firstIncomplete, QSet<QString> *presentImports,
                              QSet<QString> *presentSignatures)
{
    const auto fail = [this](const QString &what) {
        m_failure = what;
        return false;
    };
    // The master key as a new process gets it: from the current key slots, every one of which
    // opens the store whatever moment of a re-key the kill fell on (an interrupted one is
    // settled on the way, as every open settles it).
    SecureBytes masterKey;
    for (const char *user : {rd::test::kAdmin, kAnalyst}) {
        Result<UnlockedKeys> keys = KeyRing::unlock(m_store->path(), QString::fromLatin1(user),
                                                    rd::test::secret(rd::test::kPassword));
        if (!keys)
            return fail(u"the key slot of %1 does not open after the kill: %2"_s.arg(
                QString::fromLatin1(user), keys.error().message()));
        SecureBytes key = keys->masterKey.copy();
        if (keys->header.pendingEpoch) {
            Result<Rekey::Settled> settled = Rekey::settle(m_store->path(), keys.value());
            if (!settled)
                return fail(u"an interrupted re-key does not settle: "_s +
                            settled.error().message());
            key = std::move(settled->masterKey);
        }
        const int pageSize = keys->header.cipher.pageSize;
        if (!Rekey::opens(StorePaths(m_store->path()).records(), key, pageSize)) {
            // What the folder holds, to tell which step left it so.
            QStringList files;
            const QDir folder(m_store->path());
            for (const QFileInfo &f : folder.entryInfoList(QDir::Files | QDir::Hidden))
                files << u"%1 %2"_s.arg(f.fileName()).arg(f.size());
            Result<KeySlotFile> now = KeySlotFile::load(StorePaths(m_store->path()).keyslots());
            return fail(u"the master key of %1's slot does not open records.db (unlocked at "
                        "generation %2, pending %3; keyslots.json now at %4, pending %5; the "
                        "pending key opens it: %6; files: %7)"_s.arg(QString::fromLatin1(user))
                            .arg(keys->header.epoch)
                            .arg(keys->header.pendingEpoch.value_or(0))
                            .arg(now ? now->epoch : -1)
                            .arg(now ? now->pendingEpoch.value_or(0) : -1)
                            .arg(Rekey::opens(StorePaths(m_store->path()).records(),
                                              keys->pendingMasterKey, pageSize))
                            .arg(files.join(u", "_s)));
        }
        masterKey = std::move(key);
    }
    Result<std::unique_ptr<Store>> opened =
        Store::open(m_store->path(), m_store->storeId(), std::move(masterKey), u"kill-test"_s);
    if (!opened)
        return fail(u"the store does not open after the kill: "_s + opened.error().message());
    std::unique_ptr<Store> store = std::move(opened).value();
    {
        QSqlDatabase db = store->connection();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
            return fail(u"integrity_check failed to run"_s);
        if (q.value(0).toString() != u"ok"_s)
            return fail(u"integrity_check: "_s + q.value(0).toString());

        const auto countsBy = [&db](const QString &sql) {
            QHash<QString, int> out;
            QSqlQuery c(db);
            c.setForwardOnly(true);
            if (!c.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(c.lastError().text()));
            while (c.next())
                out.insert(c.value(0).toString(), c.value(1).toInt());
            return out;
        };
        const QHash<QString, int> records =
            countsBy(u"SELECT batch_number, count(*) FROM batch_records GROUP BY batch_number"_s);
        const QHash<QString, int> results =
            countsBy(u"SELECT batch_number, count(*) FROM qc_results GROUP BY batch_number"_s);
        const QHash<QString, int> signatures = countsBy(
            u"SELECT batch_number || ' ' || meaning, count(*) FROM signatures GROUP BY 1"_s);
        const QHash<QString, int> states =
            countsBy(u"SELECT batch_number, state = 'awaiting_review' FROM batch_states"_s);
        // SQLite 3.15 has no JSON1: the file's hash is read from the event here.
        QHash<QString, int> importEvents;
        {
            QSqlQuery e(db);
            e.setForwardOnly(true);
            if (!e.exec(u"SELECT new_value FROM audit_events WHERE action = 'import.file'"_s))
                return fail(u"cannot read the audit trail: "_s + e.lastError().text());
            while (e.next()) {
                const QJsonObject o = QJsonDocument::fromJson(e.value(0).toByteArray()).object();
                ++importEvents[o.value(u"sha256"_s).toString()];
            }
        }
        const QHash<QString, int> importFiles =
            countsBy(u"SELECT sha256, count(*) FROM import_files GROUP BY sha256"_s);
        const int inbox = countsBy(u"SELECT 'n', count(*) FROM unassigned_results"_s).value(u"n"_s);
        if (inbox != 0)
            return fail(u"%1 results went to the unassigned inbox"_s.arg(inbox));

        *firstIncomplete = -1;
        presentImports->clear();
        presentSignatures->clear();
        const QString meaning = Workflow::id(Meaning::QcApproved);
        for (int i = 0; i < attempted; ++i) {
            const Iteration &it = m_iterations.at(i);
            int recordRows = 0, resultRows = 0, signed_ = 0;
            for (const QString &b : it.batches) {
                recordRows += records.value(b);
                resultRows += results.value(b);
                const int n = signatures.value(b + u' ' + meaning);
                if (n > 1)
                    return fail(u"batch %1 was signed %2 times"_s.arg(b).arg(n));
                if (n != (states.value(b) == 1 ? 1 : 0))
                    return fail(u"batch %1: %2 signature(s) but state %3"_s.arg(b).arg(n).arg(
                        states.contains(b) ? u"changed"_s : u"awaiting QC approval"_s));
                if (n == 1)
                    presentSignatures->insert(b);
                signed_ += n;
            }
            const auto whole = [&](const QString &key, int rows, int expected, const QString &sha) {
                if (rows != 0 && rows != expected)
                    return fail(
                        u"%1 is partly present: %2 of %3 rows"_s.arg(key).arg(rows).arg(expected));
                const bool present = rows == expected;
                if (present != (importEvents.value(sha) == 1))
                    return fail(u"%1: %2 rows but %3 import.file events"_s.arg(key).arg(rows).arg(
                        importEvents.value(sha)));
                if (present != (importFiles.value(sha) == 1))
                    return fail(u"%1: %2 rows but %3 import_files rows"_s.arg(key).arg(rows).arg(
                        importFiles.value(sha)));
                if (present)
                    presentImports->insert(key);
                else if (reportedImports.contains(key))
                    return fail(u"%1 was reported imported but is not in the store"_s.arg(key));
                return true;
            };
            if (!whole(u"records-%1"_s.arg(i), recordRows, kBatchesPerIteration, it.recordsSha) ||
                !whole(u"results-%1"_s.arg(i), resultRows, it.results, it.resultsSha))
                return false;
            if (resultRows > 0 && recordRows == 0)
                return fail(u"results-%1 is present without its batch records"_s.arg(i));
            if (*firstIncomplete < 0 && signed_ < kBatchesPerIteration)
                *firstIncomplete = i;
        }
        for (const QString &s : reportedSignatures) {
            if (!presentSignatures->contains(s))
                return fail(u"the child reported %1 signed, but the signature is missing"_s.arg(s));
        }
        if (*firstIncomplete < 0)
            *firstIncomplete = attempted;
    }
    store.reset();
    return true;
}

void tst_KillTest::killedAtRandomMoments()
{
    quint32 seed = QRandomGenerator::global()->generate();
    if (const QByteArray fixed = qgetenv("RELEASEDESK_KILLTEST_SEED"); !fixed.isEmpty())
        seed = fixed.toUInt();
    qInfo("kill test seed: %u (set RELEASEDESK_KILLTEST_SEED to repeat)", seed);
    QRandomGenerator random(seed);
    QElapsedTimer total;
    total.start();

    // A first run, not killed, to learn how long a child takes to start and to do its work.
    QElapsedTimer t;
    t.start();
    std::unique_ptr<QProcess> calibration(startChild(0));
    QVERIFY(calibration);
    qint64 readyMs = -1;
    while (calibration->state() != QProcess::NotRunning) {
        calibration->waitForReadyRead(20);
        while (calibration->canReadLine()) {
            const QByteArray line = calibration->readLine().trimmed();
            if (line == "ready")
                readyMs = t.elapsed();
        }
    }
    const qint64 runMs = t.elapsed();
    QCOMPARE(calibration->exitCode(), 0);
    QVERIFY(readyMs > 0);
    const qint64 workMs = runMs - readyMs;
    qInfo("unkilled child: ready after %lld ms, %d iterations of %d batches in %lld ms; each "
          "iteration imports %lld KiB of batch records and a file of %d results",
          readyMs, kIterationsPerChild, kBatchesPerIteration, workMs,
          QFileInfo(recordsFile(m_files.path(), 0)).size() / 1024, m_iterations.at(0).results);

    int attempted = kIterationsPerChild;
    int first = 0;
    QSet<QString> reportedImports, reportedSignatures, presentImports, presentSignatures;
    QVERIFY2(checkStore(reportedImports, reportedSignatures, attempted, &first, &presentImports,
                        &presentSignatures),
             qPrintable(m_failure));
    QCOMPARE(first, attempted);

    QMap<Moment, int> moments;
    int rekeyKills = 0;
    qint64 checkMs = 0, verifyMs = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        // One kill in five during start-up and login, the rest while it works: the first
        // iteration (imports in their transactions, commits, signatures) gets most of them.
        const qint64 delay =
            random.bounded(5) == 0
                ? random.bounded(readyMs + 1)
                : readyMs + random.bounded(workMs / kIterationsPerChild * 3 / 2 + 1);
        QElapsedTimer since;
        std::unique_ptr<QProcess> child(startChild(first));
        QVERIFY(child);
        since.start();
        while (since.elapsed() < delay && child->state() != QProcess::NotRunning)
            QThread::usleep(500);
        const bool finished = child->state() == QProcess::NotRunning;
        child->kill();
        child->waitForFinished(10000);
        QStringList lines;
        while (child->canReadLine())
            lines << QString::fromUtf8(child->readLine().trimmed());
        lines << QString::fromUtf8(child->readAll().trimmed());
        lines.removeAll(QString());
        attempted = std::max(attempted, first + kIterationsPerChild);
        for (const QString &line : std::as_const(lines)) {
            const QStringList parts = line.split(u' ');
            if (parts.first() == u"imported"_s)
                reportedImports.insert(parts.value(1));
            else if (parts.first() == u"signed"_s)
                reportedSignatures.insert(parts.value(1));
        }
        const QSet<QString> importsBefore = presentImports;
        const QSet<QString> signaturesBefore = presentSignatures;

        QElapsedTimer checking;
        checking.start();
        QVERIFY2(
            checkStore(reportedImports, reportedSignatures, attempted, &first, &presentImports,
                       &presentSignatures),
            qPrintable(u"kill %1 after %2 ms (last line \"%3\"): %4"_s.arg(kill).arg(delay).arg(
                lines.value(lines.size() - 1), m_failure)));
        checkMs += checking.elapsed();
        checking.restart();
        QString problem;
        QVERIFY2(runVerify(&problem),
                 qPrintable(u"kill %1 after %2 ms: %3"_s.arg(kill).arg(delay).arg(problem)));
        verifyMs += checking.elapsed();

        // Where did it land?
        bool unreported = false;
        for (const QString &k : presentImports - importsBefore)
            unreported = unreported || !reportedImports.contains(k);
        for (const QString &s : presentSignatures - signaturesBefore)
            unreported = unreported || !reportedSignatures.contains(s);
        Moment m = Moment::Between;
        if (finished || lines.contains(u"done"_s))
            m = Moment::Finished;
        else if (!lines.contains(u"ready"_s))
            m = Moment::Startup;
        else if (unreported)
            m = Moment::AfterCommit;
        else if (lines.constLast().startsWith(u"begin "_s))
            m = Moment::InsideOperation;
        ++moments[m];
        if (m == Moment::InsideOperation && lines.constLast().startsWith(u"begin rekey"_s))
            ++rekeyKills;
        if ((kill + 1) % 50 == 0)
            qInfo("%d kills after %lld ms; records.db %lld KiB", kill + 1, total.elapsed(),
                  QFileInfo(StorePaths(m_store->path()).records()).size() / 1024);
    }
    qInfo("%d kills in %lld ms (store checks %lld ms, releasedesk verify %lld ms); %lld imports "
          "and %lld signatures present at the end",
          kKills, total.elapsed(), checkMs, verifyMs, presentImports.size(),
          presentSignatures.size());
    qInfo("kills during start-up/login: %d, inside an import or signature (rolled back): %d, "
          "after a commit but before the child could report it: %d, between operations: %d, "
          "after the child had finished: %d",
          moments.value(Moment::Startup), moments.value(Moment::InsideOperation),
          moments.value(Moment::AfterCommit), moments.value(Moment::Between),
          moments.value(Moment::Finished));
    qInfo("kills inside a re-key: %d; records.db under key generation %d at the end", rekeyKills,
          KeySlotFile::load(StorePaths(m_store->path()).keyslots())->epoch);
    // The kills must have reached the work, not only the start-up.
    QVERIFY(moments.value(Moment::InsideOperation) > kKills / 10);
    QVERIFY2(rekeyKills > kKills / 20, "the kills must reach the re-keys too");
    QVERIFY(presentSignatures.size() > kBatchesPerIteration * kIterationsPerChild);
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--kill-child") == 0) {
        QCoreApplication app(argc, argv);
        rd::test::initTestProcess();
        return childMain(app.arguments());
    }
    QCoreApplication app(argc, argv);
    tst_KillTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killtest.moc"
