// SPDX-License-Identifier: GPL-3.0-or-later
// The attack "nothing lost silently": one bit flipped on a page of records.db. SQLCipher checks
// every page against its HMAC when it reads it and refuses the damaged one, and a read that meets
// it must say the store is damaged. Before, a read loop took the refusal for the end of its rows:
// `verify` said ok, and `export batches` wrote the 2 batches read before the page, with exit 0.
#include "accounts/accountservice.h"
#include "qc/ootrules.h"
#include "review/reviewqueue.h"
#include "security/keyring.h"
#include "session/demo.h"
#include "session/session.h"
#include "store/store.h"
#include "support/cli.h"
#include "support/rawdb.h"
#include "support/teststore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

using Run = rd::test::CliRun;

// What a damaging flip did to the read it was chosen for.
struct Damage
{
    int page = 0;                   // 1-based, as SQLite numbers pages; 0: none found
    QList<QVariantList> rowsBefore; // what the read still gave before the damaged page
};

constexpr int kPageSize = rd::kNewStorePageSize; // the demo store is a new one
// Inside the page's encrypted content, clear of page 1's salt and of the IV and HMAC at its end.
constexpr int kFlippedByte = 200;

// The reads the verbs make, in the words of the code that makes them: the damaged page must be
// one that they, not only some other read, come to part-way. Should one change, the page chosen
// may change; what is asserted does not.
const QString kBatchRecords =
    u"SELECT id, batch_number, version, content_hash, product_code, started_at FROM "
    "batch_records WHERE superseded_by_id IS NULL"_s;
const QString kResults =
    u"SELECT batch_number, sample_id, test_code, value_text, value_num, text_result, unit, "
    "method, instrument, analyst, tested_at, status, reason FROM qc_results WHERE "
    "superseded_by_id IS NULL ORDER BY batch_number, sample_id, test_code, tested_at"_s;
const QString kOpenInbox =
    u"SELECT u.id, u.batch_hint, u.sample_id, u.test_code, u.value_text, u.value_num, "
    "u.text_result, u.unit, u.method, u.instrument, u.analyst, u.tested_at, u.status, '' , "
    "u.state, f.file_name, f.sha256, u.resolved_by, u.resolved_at, u.resolution_reason FROM "
    "unassigned_results u JOIN import_files f ON f.id = u.source_file_id WHERE u.state = 'open' "
    "ORDER BY u.tested_at, u.sample_id, u.test_code"_s;
const QString kSpecifications =
    u"SELECT s.id, p.code, p.name, s.version, s.effective_from, t.code, t.name, t.unit, "
    "t.lower_text, t.lower_num, t.upper_text, t.upper_num, t.expected, t.method, "
    "t.release_critical, t.may_be_pending, s.strength FROM specifications s JOIN products p ON "
    "p.id = s.product_id JOIN spec_tests t ON t.spec_id = s.id ORDER BY p.code, "
    "s.effective_from, s.id, t.id"_s;
const QString kUsers = u"SELECT user_name FROM users ORDER BY user_name"_s;

} // namespace

class tst_SilentLoss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void commandLineSaysDamaged_data();
    void commandLineSaysDamaged();
    void queueSaysDamaged();
    void integrityCheckNamesTheDamagedPage();
    void integrityCheckPassesAnUndamagedStore();

private:
    Run run(const QStringList &arguments, const QString &user);
    QString freshCopy(const QString &name);
    Damage damage(const QString &store, const QString &sql);
    Damage damageBatchRecords(const QString &store);

    QString m_binary;
    QTemporaryDir m_dir;
    QString m_pristine; // the demo store and its extra accounts; only copies are damaged
    SecureBytes m_key;
    QStringList m_ootProducts; // products whose review reads the whole series of a test
};

void tst_SilentLoss::initTestCase()
{
    rd::test::initTestProcess();
    m_binary = qEnvironmentVariable("RELEASEDESK_BINARY");
    QVERIFY2(QFile::exists(m_binary), "RELEASEDESK_BINARY must name the built binary");
    QVERIFY(m_dir.isValid());

    m_pristine = m_dir.filePath(u"pristine.rdstore"_s);
    DemoStore::Options options;
    options.batches = 60;
    Result<StoreCreator::Created> made = DemoStore::create(m_pristine, options);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message()));

    const SecureBytes password = rd::test::secret(QString::fromLatin1(DemoStore::kPassword));
    {
        Result<std::unique_ptr<Session>> admin = Session::open(m_pristine, u"admin"_s, password);
        QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().message()));
        // Enough accounts, with long names, that the index `users list` reads spans pages: the
        // five of the demo fit on one, which a damaged page cannot cut part-way.
        for (int i = 0; i < 60; ++i) {
            AccountService::NewAccount account;
            account.userName = u"viewer.with.a.long.name.%1"_s.arg(i, 3, 10, QLatin1Char('0'));
            account.fullName = u"Viewer %1"_s.arg(i);
            account.personId = u"V-%1"_s.arg(i);
            account.requirePasswordChange = false;
            Result<Account> added = AccountService(*admin.value()).add(account, password);
            QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
        }
        Result<QList<qc::OotSetting>> oot = qc::OotRules(*admin.value()).all();
        QVERIFY2(oot, qPrintable(oot ? QString() : oot.error().message()));
        for (const qc::OotSetting &s : oot.value()) {
            if (!s.rules.isEmpty() && !m_ootProducts.contains(s.product))
                m_ootProducts << s.product;
        }
        QVERIFY(!m_ootProducts.isEmpty());
    }
    // Every page in records.db itself, none left in a log, so that the flip is what is read.
    QVERIFY(!QFile::exists(m_pristine + u"/records.db-wal"_s));

    Result<UnlockedKeys> keys = KeyRing::unlock(m_pristine, u"admin"_s, password);
    QVERIFY2(keys, qPrintable(keys ? QString() : keys.error().message()));
    m_key = std::move(keys->masterKey);
}

Run tst_SilentLoss::run(const QStringList &arguments, const QString &user)
{
    rd::test::CliOptions options;
    options.input = QByteArray(DemoStore::kPassword) + '\n';
    // Qt warns on standard error without one, and the message must stay the only line there.
    options.environment = {{u"XDG_RUNTIME_DIR"_s, m_dir.path()}};
    return rd::test::runCli(arguments + QStringList{u"--user"_s, user, u"--password-stdin"_s},
                            options);
}

// A copy of the whole store folder: records.db must agree with the checkpoint that
// keyslots.json records, so the two are copied together.
QString tst_SilentLoss::freshCopy(const QString &name)
{
    const QString copy = m_dir.filePath(name);
    QDir(copy).removeRecursively();
    if (!QDir().mkpath(copy))
        return {};
    QDirIterator it(m_pristine, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        it.next();
        if (!QFile::copy(it.filePath(), copy + u'/' + it.fileName()))
            return {};
    }
    return copy;
}

// Flips one bit of the first page of records.db, in file order, whose damage makes `sql` fail
// after giving at least one row: the read stops part-way, which is what a read loop must not
// take for the end of the data. A read that sorts everything before its first row meets any
// damaged page at its first step instead; then the first page that makes it fail at all is
// kept. Pages whose damage keeps `sql` from being prepared (the schema) are passed over: with
// them nothing opens at all. The same store gives the same page.
Damage tst_SilentLoss::damage(const QString &store, const QString &sql)
{
    const QString records = store + u"/records.db"_s;
    QFile file(records);
    if (!file.open(QIODevice::ReadWrite))
        return {};
    const auto flip = [&file](int page) {
        const qint64 at = qint64(page - 1) * kPageSize + kFlippedByte;
        char byte = 0;
        file.seek(at);
        file.getChar(&byte);
        file.seek(at);
        file.putChar(static_cast<char>(byte ^ 0x01));
        file.flush();
    };
    // A new connection each time, so that no page comes from an earlier one's cache.
    const auto read = [&records, this, &sql](Damage &seen) {
        rd::test::RawDb db(records, m_key);
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.toUtf8().constData(), -1, &stmt, nullptr) !=
            SQLITE_OK) {
            sqlite3_finalize(stmt);
            return SQLITE_SCHEMA;
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            QVariantList row;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                row << QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
            seen.rowsBefore << row;
        }
        sqlite3_finalize(stmt);
        return rc;
    };
    const int pages = static_cast<int>(file.size() / kPageSize);
    Damage atFirstStep;
    for (int page = 2; page <= pages; ++page) {
        flip(page);
        Damage seen;
        seen.page = page;
        const int rc = read(seen);
        if (rc != SQLITE_DONE && rc != SQLITE_SCHEMA) {
            if (!seen.rowsBefore.isEmpty())
                return seen;
            if (!atFirstStep.page)
                atFirstStep = seen;
        }
        flip(page);
    }
    if (atFirstStep.page)
        flip(atFirstStep.page);
    return atFirstStep;
}

// The attack as it was found: a page that holds batch record rows.
Damage tst_SilentLoss::damageBatchRecords(const QString &store)
{
    return damage(store, kBatchRecords);
}

void tst_SilentLoss::commandLineSaysDamaged_data()
{
    QTest::addColumn<QStringList>("arguments"); // STORE and OUT stand for the paths
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("damaged"); // the read the damaged page is chosen for
    QTest::addColumn<bool>("writes");     // whether the verb writes OUT when it succeeds

    QTest::newRow("export batches")
        << QStringList{u"export"_s, u"STORE"_s, u"batches"_s, u"--out"_s, u"OUT"_s} << u"admin"_s
        << kBatchRecords << true;
    QTest::newRow("export results")
        << QStringList{u"export"_s, u"STORE"_s, u"results"_s, u"--format"_s,
                       u"csv"_s,    u"--out"_s, u"OUT"_s}
        << u"admin"_s << kResults << true;
    // The unassigned results and the specifications are sorted before the first row (no index
    // gives their order), so a damaged page they need fails their first step, which was always
    // reported: these rows guard that it still is.
    QTest::newRow("export unassigned")
        << QStringList{u"export"_s, u"STORE"_s, u"unassigned"_s, u"--out"_s, u"OUT"_s} << u"admin"_s
        << kOpenInbox << true;
    QTest::newRow("export specifications")
        << QStringList{u"export"_s, u"STORE"_s, u"specifications"_s, u"--out"_s, u"OUT"_s}
        << u"admin"_s << kSpecifications << true;
    // BATCH: a batch read before the damaged page, of a product with out-of-trend rules, so
    // that its review reads its product's whole series, damaged page and all.
    QTest::newRow("review status")
        << QStringList{u"review"_s, u"STORE"_s, u"status"_s, u"--batch"_s, u"BATCH"_s}
        << u"qa.reviewer"_s << kBatchRecords << false;
    QTest::newRow("report review")
        << QStringList{u"report"_s, u"STORE"_s, u"review"_s, u"--batch"_s,
                       u"BATCH"_s,  u"-o"_s,    u"OUT"_s}
        << u"qa.reviewer"_s << kBatchRecords << true;
    QTest::newRow("trend") << QStringList{u"trend"_s,   u"STORE"_s,  u"--product"_s,
                                          u"PRODUCT"_s, u"--test"_s, u"POTENCY"_s}
                           << u"qa.reviewer"_s << kBatchRecords << false;
    // Sorted before the first row, as the export of the unassigned results.
    QTest::newRow("inbox list") << QStringList{u"inbox"_s, u"list"_s, u"STORE"_s} << u"qc.analyst"_s
                                << kOpenInbox << false;
    QTest::newRow("users list") << QStringList{u"users"_s, u"list"_s, u"STORE"_s} << u"admin"_s
                                << kUsers << false;
}

void tst_SilentLoss::commandLineSaysDamaged()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, user);
    QFETCH(QString, damaged);
    QFETCH(bool, writes);

    const QString store = freshCopy(u"cli.rdstore"_s);
    QVERIFY(!store.isEmpty());
    const Damage d = damage(store, damaged);
    QVERIFY2(d.page > 0, "no page of records.db makes this read fail");
    QString batch, product;
    for (const QVariantList &row : d.rowsBefore) {
        if (damaged == kBatchRecords && m_ootProducts.contains(row.value(4).toString())) {
            batch = row.value(1).toString();
            product = row.value(4).toString();
            break;
        }
    }
    const QString out = m_dir.filePath(u"out.file"_s);
    const auto on = [&](const QString &path) {
        QStringList args = arguments;
        for (QString &a : args) {
            if (a == u"STORE"_s)
                a = path;
            else if (a == u"OUT"_s)
                a = out;
            else if (a == u"BATCH"_s)
                a = batch;
            else if (a == u"PRODUCT"_s)
                a = product;
        }
        return args;
    };
    if (arguments.contains(u"BATCH"_s) || arguments.contains(u"PRODUCT"_s))
        QVERIFY2(!batch.isEmpty(), "no batch before the damaged page has out-of-trend rules");

    // Undamaged, the verb works: its failure below is the damaged page's doing.
    const QString intact = freshCopy(u"intact.rdstore"_s);
    QVERIFY(!intact.isEmpty());
    QFile::remove(out);
    const Run fine = run(on(intact), user);
    QVERIFY2(fine.exitCode == 0, qPrintable(fine.err));
    QCOMPARE(QFile::exists(out), writes);
    QFile::remove(out);

    const Run r = run(on(store), user);
    const QString shown = u"page %1 damaged; exit %2; stderr: %3; stdout: %4"_s.arg(d.page)
                              .arg(r.exitCode)
                              .arg(r.err, r.out.left(300));
    QVERIFY2(r.exitCode == 1, qPrintable(shown));
    QVERIFY2(!r.err.contains(u'\n'), qPrintable(shown)); // one line
    QVERIFY2(r.err.contains(u"records.db is damaged"_s), qPrintable(shown));
    QVERIFY2(r.err.contains(u"restore the store from a backup"_s), qPrintable(shown));
    QVERIFY2(r.out.isEmpty(), qPrintable(shown)); // nothing shown of what was read
    if (writes)
        QVERIFY2(!QFile::exists(out), qPrintable(shown)); // not even a part
}

void tst_SilentLoss::queueSaysDamaged()
{
    const SecureBytes password = rd::test::secret(QString::fromLatin1(DemoStore::kPassword));
    QList<QueueEntry> whole;
    {
        const QString intact = freshCopy(u"intact.rdstore"_s);
        QVERIFY(!intact.isEmpty());
        Result<std::unique_ptr<Session>> s = Session::open(intact, u"qa.reviewer"_s, password);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message()));
        Result<QList<QueueEntry>> entries = ReviewQueue(*s.value()).entries();
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().message()));
        QCOMPARE(entries->size(), 60);
        whole = entries.value();
    }
    const QString store = freshCopy(u"queue.rdstore"_s);
    QVERIFY(!store.isEmpty());
    const Damage d = damageBatchRecords(store);
    QVERIFY(d.page > 0);
    QVERIFY(!d.rowsBefore.isEmpty());

    Result<std::unique_ptr<Session>> s = Session::open(store, u"qa.reviewer"_s, password);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message()));
    const ReviewQueue queue(*s.value());

    // The list, and the head the window paints first.
    Result<QList<QueueEntry>> entries = queue.entries();
    QVERIFY2(!entries, qPrintable(u"%1 of 60 batches listed"_s.arg(entries ? entries->size() : 0)));
    QCOMPARE(entries.error().code(), ErrorCode::StoreDamaged);
    QVERIFY2(!entries.error().message().contains(u'\n'), qPrintable(entries.error().message()));
    Result<ReviewQueue::Head> head = queue.head(200);
    QVERIFY2(!head, qPrintable(u"%1 batches at the head"_s.arg(head ? head->entries.size() : 0)));
    QCOMPARE(head.error().code(), ErrorCode::StoreDamaged);

    // The scan of exceptions, over the list as it was before the damage.
    const Status scanned = queue.scan(whole);
    QVERIFY(!scanned);
    QCOMPARE(scanned.error().code(), ErrorCode::StoreDamaged);
}

void tst_SilentLoss::integrityCheckNamesTheDamagedPage()
{
    const QString store = freshCopy(u"integrity.rdstore"_s);
    QVERIFY(!store.isEmpty());
    const Damage d = damageBatchRecords(store);
    QVERIFY(d.page > 0);
    Result<std::unique_ptr<Session>> s = Session::open(
        store, u"admin"_s, rd::test::secret(QString::fromLatin1(DemoStore::kPassword)));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message()));
    const Status checked = Store::checkIntegrity(s.value()->store().connection());
    QVERIFY(!checked);
    QCOMPARE(checked.error().code(), ErrorCode::StoreDamaged);
    const QString message = checked.error().message();
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QVERIFY2(message.contains(u"page %1 "_s.arg(d.page)), qPrintable(message));
    QVERIFY2(message.contains(u"restore the store from a backup"_s), qPrintable(message));
}

void tst_SilentLoss::integrityCheckPassesAnUndamagedStore()
{
    const QString store = freshCopy(u"integrity.rdstore"_s);
    QVERIFY(!store.isEmpty());
    Result<std::unique_ptr<Session>> s = Session::open(
        store, u"admin"_s, rd::test::secret(QString::fromLatin1(DemoStore::kPassword)));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message()));
    bool everyPageHmac = false;
    const Status checked = Store::checkIntegrity(s.value()->store().connection(), &everyPageHmac);
    QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message()));
    // SQLCipher 3.4.1 ignores cipher_integrity_check, as it does every pragma it does not know:
    // that is told apart from a check that found nothing.
    const QVersionNumber cipher = QVersionNumber::fromString(s.value()->store().cipherVersion());
    QCOMPARE(everyPageHmac, cipher >= QVersionNumber(4, 2));
}

QTEST_GUILESS_MAIN(tst_SilentLoss)
#include "tst_silentloss.moc"
