// SPDX-License-Identifier: GPL-3.0-or-later
// The window's connection and a command-line import on the same store at once: the real
// MainWindow (offscreen) holds its session's connection while the real binary imports. Idle,
// the import goes through and the window sees it after a refresh; writing in a loop, both
// finish (or one waits and then fails with one clear line) and every write that reported
// success is there; holding a write transaction longer than the busy timeout, the import
// waits that long, fails with one line saying the store is busy, and leaves the store as it
// was.
#include "demo/demodata.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "review/reviewservice.h"
#include "session/session.h"
#include "support/reviewfixtures.h"
#include "support/teststore.h"
#include "support/verify.h"
#include "ui/mainwindow.h"
#include "ui/queuemodel.h"
#include "ui/queuepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::ui;

namespace {

constexpr char kAnalyst[] = "kim";
constexpr char kReviewer[] = "rosa";
constexpr int kBusyTimeoutMs = Store::Options().busyTimeoutMs;

qint64 count(Session &s, const QString &sql)
{
    QSqlQuery q(s.store().connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

// What an import or a review could change.
QList<qint64> counts(Session &s)
{
    return {count(s, u"SELECT count(*) FROM batch_records"_s),
            count(s, u"SELECT count(*) FROM import_files"_s),
            count(s, u"SELECT count(*) FROM dispositions"_s),
            count(s, u"SELECT count(*) FROM signatures"_s),
            count(s, u"SELECT count(*) FROM audit_events"_s)};
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RELEASEDESK_TESTING_MINIMUM_KDF"_s, u"1"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    return env;
}

// `releasedesk import STORE FILE --user alice --password-stdin`, started.
std::unique_ptr<QProcess> startImport(const QString &store, const QString &file)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(cliEnvironment());
    p->start(qEnvironmentVariable("RELEASEDESK_BINARY"),
             {u"import"_s, store, file, u"--user"_s, QString::fromLatin1(rd::test::kAdmin),
              u"--password-stdin"_s});
    p->write(QByteArray(rd::test::kPassword) + '\n');
    p->closeWriteChannel();
    return p;
}

// Its standard error without the line the test-only Argon2id cost always prints.
QStringList errorLines(QProcess &p)
{
    QStringList lines =
        QString::fromUtf8(p.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
    lines.removeIf(
        [](const QString &l) { return l.startsWith(u"WARNING: RELEASEDESK_TESTING"_s); });
    return lines;
}

DemoData::Batch batchWithExceptions(int index)
{
    DemoData::Batch b = rd::test::cleanBatch(index);
    b.record.materials[0].expiry = b.record.startedAt.date().addDays(-1);
    return b;
}

// A store with two QC-approved batches (each with an exception for the reviewer) and files of
// further batch records for the command line to import.
struct Shared
{
    Shared()
    {
        ok = store.isValid() && store.addLaboratory() &&
             store.addUser(QString::fromLatin1(kAnalyst), Role::QcAnalyst) &&
             store.addUser(QString::fromLatin1(kReviewer), Role::QaReviewer);
        QList<BatchRecord> records;
        QList<QcResult> results;
        for (int i = 0; i < 2; ++i) {
            const DemoData::Batch b = batchWithExceptions(i);
            approved << b.record.batchNumber;
            records << b.record;
            results << b.results;
        }
        std::unique_ptr<Session> admin = store.open();
        ok = ok && admin &&
             Importer(*admin)
                 .run({{u"specs.json"_s,
                        Serializer::specificationDocument(DemoData::specifications())},
                       {u"batches.json"_s, Serializer::batchRecordDocument(records)}},
                      {})
                 .ok();
        admin.reset();
        ok = ok && store.approveSpecifications();
        // The laboratory imports the results; kim approves them.
        std::unique_ptr<Session> lab = store.open(QString::fromLatin1(rd::test::kLabAnalyst));
        ok = ok && lab &&
             Importer(*lab).run({{u"results.csv"_s, Serializer::resultsCsvDocument(results)}}, {});
        lab.reset();
        std::unique_ptr<Session> kim = store.open(QString::fromLatin1(kAnalyst));
        ok = ok && kim;
        for (const QString &b : std::as_const(approved)) {
            ok = ok && ReviewService(*kim)
                           .sign({b, Meaning::QcApproved, {}, {}, {}, {}},
                                 rd::test::secret(rd::test::kPassword))
                           .ok();
        }
    }

    // Demo batch records [first, first + n) as one file for the command line.
    QString recordsFile(const QString &name, int first, int n)
    {
        const DemoData demo(1000, 5);
        QList<BatchRecord> records;
        for (int i = first; i < first + n; ++i)
            records << demo.batch(i).record;
        const QString path = store.folder() + u'/' + name;
        QFile f(path);
        const QByteArray bytes = Serializer::batchRecordDocument(records);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    rd::test::TestStore store;
    QStringList approved;
    bool ok = false;
};

} // namespace

class tst_Concurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void importWhileTheWindowIsIdle();
    void importWhileTheWindowWrites();
    void importWhileTheWindowHoldsAWriteTransaction();
};

void tst_Concurrency::initTestCase()
{
    rd::test::initTestProcess();
    QVERIFY2(QFile::exists(qEnvironmentVariable("RELEASEDESK_BINARY")),
             "RELEASEDESK_BINARY must name the built binary");
}

void tst_Concurrency::importWhileTheWindowIsIdle()
{
    Shared site;
    QVERIFY(site.ok);
    const QString file = site.recordsFile(u"idle.json"_s, 100, 20);
    MainWindow window(site.store.open(QString::fromLatin1(kReviewer)));
    window.show();
    auto *queue = window.findChild<QueuePage *>();
    QVERIFY(queue);
    const int before = queue->model()->totalCount();
    QCOMPARE(before, 2);

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QProcess> cli = startImport(site.store.path(), file);
    QVERIFY(cli->waitForFinished(60000));
    const QStringList err = errorLines(*cli);
    QVERIFY2(cli->exitCode() == 0, qPrintable(err.join(u'\n')));
    qInfo("import of 20 batch records beside the idle window: %lld ms", timer.elapsed());

    // Nothing changes on screen by itself; a refresh shows the new batches.
    queue->refresh();
    QCOMPARE(queue->model()->totalCount(), before + 20);
    QCOMPARE(count(*window.session(), u"SELECT count(*) FROM batch_records"_s), qint64(22));
    // And the window goes on writing.
    ReviewService review(*window.session());
    Result<BatchReview> r = review.review(site.approved.at(0));
    VERIFY_OK(r);
    VERIFY_OK(review.dispose(site.approved.at(0), r->exceptions.at(0).exception.key,
                             u"Assessed after the import"_s, {}));
}

void tst_Concurrency::importWhileTheWindowWrites()
{
    Shared site;
    QVERIFY(site.ok);
    constexpr int kImported = 150;
    const QString file = site.recordsFile(u"large.json"_s, 200, kImported);
    MainWindow window(site.store.open(QString::fromLatin1(kReviewer)));
    window.show();
    Session &session = *window.session();
    ReviewService review(session);
    const qint64 recordsBefore = count(session, u"SELECT count(*) FROM batch_records"_s);
    const QString looped = site.approved.at(0);
    const QString signedBatch = site.approved.at(1);
    Result<BatchReview> loopedReview = review.review(looped);
    VERIFY_OK(loopedReview);
    const QString exceptionKey = loopedReview->exceptions.at(0).exception.key;

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QProcess> cli = startImport(site.store.path(), file);
    QStringList succeeded, failures;
    bool signedOk = false;
    qint64 slowest = 0;
    int during = 0;
    for (int i = 0; cli->state() != QProcess::NotRunning || i < 20; ++i) {
        const bool importRunning = cli->state() != QProcess::NotRunning;
        QElapsedTimer one;
        one.start();
        if (i == 10) {
            // Halfway, the other batch is dispositioned and signed as reviewed.
            Result<BatchReview> r = review.review(signedBatch);
            VERIFY_OK(r);
            std::optional<Error> refused;
            for (const ExceptionView &e : std::as_const(r->exceptions)) {
                Result<Disposition> d =
                    review.dispose(signedBatch, e.exception.key, u"Signed batch"_s, {});
                if (!d) {
                    refused = d.error();
                    break;
                }
            }
            Result<ESignature> signature =
                refused ? Result<ESignature>(*refused)
                        : review.sign({signedBatch, Meaning::Reviewed, {}, {}, {}, {}},
                                      rd::test::secret(rd::test::kPassword));
            if (signature)
                signedOk = true;
            else
                failures << signature.error().message();
        } else {
            const QString comment = u"pass %1"_s.arg(i);
            Result<Disposition> d = review.dispose(looped, exceptionKey, comment, {});
            if (d)
                succeeded << comment;
            else
                failures << d.error().message();
        }
        slowest = std::max(slowest, one.elapsed());
        if (importRunning)
            ++during;
        QCoreApplication::processEvents();
        QVERIFY2(timer.elapsed() < 120000, "the loop must end");
    }
    const qint64 elapsed = timer.elapsed();
    const QStringList err = errorLines(*cli);
    qInfo("window: %lld writes succeeded (%d while the import ran), %lld failed, slowest %lld ms; "
          "import of %d records exited %d after about %lld ms",
          succeeded.size() + (signedOk ? 1 : 0), during, failures.size(), slowest, kImported,
          cli->exitCode(), elapsed);
    QVERIFY2(during > 0, "the window wrote while the import ran");

    // Either finished, or waited and failed with one line that says the store was busy.
    for (const QString &f : std::as_const(failures)) {
        QVERIFY2(f.contains(u"busy"_s) && !f.contains(u'\n'), qPrintable(f));
        QVERIFY(slowest >= kBusyTimeoutMs * 9 / 10);
    }
    QVERIFY2(cli->exitCode() == 0 ||
                 (cli->exitCode() == 1 && err.size() == 1 && err.first().contains(u"busy"_s)),
             qPrintable(err.join(u'\n')));

    // Nothing lost: every write that said it was done is there, once.
    for (const QString &comment : std::as_const(succeeded)) {
        QSqlQuery q(session.store().connection());
        q.prepare(u"SELECT count(*) FROM dispositions WHERE batch_number = ? AND comment = ?"_s);
        q.addBindValue(looped);
        q.addBindValue(comment);
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toInt() == 1, qPrintable(comment));
    }
    if (signedOk) {
        Result<BatchReview> r = review.review(signedBatch);
        VERIFY_OK(r);
        QCOMPARE(r->state, BatchState::Reviewed);
    }
    QCOMPARE(count(session, u"SELECT count(*) FROM batch_records"_s),
             recordsBefore + (cli->exitCode() == 0 ? kImported : 0));
    Result<StoreVerification> v = session.verify({}, false);
    VERIFY_OK(v);
    QVERIFY2(v->audit.ok, qPrintable(v->audit.problem));
}

void tst_Concurrency::importWhileTheWindowHoldsAWriteTransaction()
{
    Shared site;
    QVERIFY(site.ok);
    const QString file = site.recordsFile(u"held.json"_s, 400, 5);
    MainWindow window(site.store.open(QString::fromLatin1(kReviewer)));
    window.show();
    Session &session = *window.session();
    const QList<qint64> before = counts(session);
    QSqlDatabase db = session.store().connection();
    QVERIFY(db.transaction()); // BEGIN IMMEDIATE: the window now holds the write lock

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QProcess> cli = startImport(site.store.path(), file);
    QVERIFY(cli->waitForFinished(60000));
    const qint64 waited = timer.elapsed();
    const QStringList err = errorLines(*cli);
    qInfo("import beside a held write transaction: exit %d after %lld ms: %s", cli->exitCode(),
          waited, qPrintable(err.join(u" | "_s)));
    QCOMPARE(cli->exitCode(), 1);
    QVERIFY2(waited >= kBusyTimeoutMs * 9 / 10, "it waits for the busy timeout first");
    QCOMPARE(err.size(), qsizetype(1));
    QVERIFY2(err.first().contains(u"the store is busy"_s), qPrintable(err.first()));
    QVERIFY(db.rollback());
    QCOMPARE(counts(session), before);

    // Once the window lets go, the same command succeeds.
    std::unique_ptr<QProcess> again = startImport(site.store.path(), file);
    QVERIFY(again->waitForFinished(60000));
    QVERIFY2(again->exitCode() == 0, qPrintable(errorLines(*again).join(u'\n')));
    QCOMPARE(count(session, u"SELECT count(*) FROM batch_records"_s), before.at(0) + 5);
}

QTEST_MAIN(tst_Concurrency)
#include "tst_concurrency.moc"
