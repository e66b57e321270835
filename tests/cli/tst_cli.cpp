// SPDX-License-Identifier: GPL-3.0-or-later
// The real releasedesk binary on temporary stores: verbs, exit codes, messages, and the bad
// inputs that need a second process or another user.
#include "core/storefiles.h"
#include "store/migrations.h"
#include "support/cli.h"
#include "support/folder.h"
#include "support/rawdb.h"
#include "support/teststore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
using Run = rd::test::CliRun;

enum class As {
    Me,
    Nobody, // a user who does not own the store (only possible when the tests run as root)
};
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void passwordIsNeverAnArgument();
    void noTerminalNoStdin();
    void stdinEndsEarly();
    void initThenVerify();
    void demoImportExportInbox();
    void reviewAndReleaseFromTheCommandLine();
    void trendFromTheCommandLine();
    void specificationApprovalFromTheCommandLine();
    void importerAndMultiLineTextsFromTheCommandLine();
    void initRefusesNonEmptyFolder();
    void wrongPassword();
    void accountLifecycle();
    void verifyNamesTamperedEvent();
    void rawKeyOpensInStockShell();
    void recoverAdministrator();
    void restoredOlderCopyAccepted();
    void readOnlyStoreFolder();
    void secondProcessWhileAnotherWrites();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {}, As as = As::Me,
            int timeoutMs = 60000);
    QString makeStore(const QString &name);
    QByteArray rawKeyOf(const QString &store, const QString &recoveryCode);

    QString m_binary;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_recoveryCodes;
};

void tst_Cli::initTestCase()
{
    rd::test::initTestProcess();
    m_binary = qEnvironmentVariable("RELEASEDESK_BINARY");
    QVERIFY2(QFile::exists(m_binary), "RELEASEDESK_BINARY must name the built binary");
    QVERIFY(m_dir.isValid());
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755); // reachable by "nobody" too
}

Run tst_Cli::run(const QStringList &arguments, const QByteArray &input, As as, int timeoutMs)
{
    rd::test::CliOptions options;
    options.input = input;
    options.timeoutMs = timeoutMs;
    if (as == As::Nobody) {
        options.inChild = [] {
            const gid_t group = 65534;
            ::setgroups(1, &group);
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        };
        // Another user may not reach the build folder (e.g. under /root): run a copy from the
        // test's own world-readable folder.
        options.binary = m_dir.filePath(u"releasedesk-copy"_s);
        if (!QFile::exists(options.binary)) {
            QFile::copy(m_binary, options.binary);
            ::chmod(QFile::encodeName(options.binary).constData(), 0755);
        }
    }
    return rd::test::runCli(arguments, options);
}

QString tst_Cli::makeStore(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Run r = run({u"init"_s, path, u"--admin"_s, u"alice"_s, u"--full-name"_s,
                       u"Alice Admin"_s, u"--person-id"_s, u"P-alice"_s, u"--password-stdin"_s},
                      "correct-horse-battery\n");
    if (r.exitCode != 0) {
        qWarning("init failed: %s", qPrintable(r.err));
        return {};
    }
    static const QRegularExpression code(u"(?:[0-9A-Z]{4}-){8}[0-9A-Z]{4}"_s);
    m_recoveryCodes.insert(path, code.match(r.out).captured(0));
    return path;
}

QByteArray tst_Cli::rawKeyOf(const QString &store, const QString &recoveryCode)
{
    const Run r = run({u"recover"_s, store, u"--show-raw-key"_s, u"--password-stdin"_s},
                      recoveryCode.toLatin1() + '\n');
    static const QRegularExpression line(u"^PRAGMA key = \"x'([0-9a-f]{64})'\";$"_s,
                                         QRegularExpression::MultilineOption);
    return QByteArray::fromHex(line.match(r.out).captured(1).toLatin1());
}

void tst_Cli::version()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"ReleaseDesk 0."_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"SQLCipher"_s));
    QVERIFY(r.out.contains(u"libsodium"_s));
}

void tst_Cli::help()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const QString &verb : {u"init"_s, u"users"_s, u"verify"_s, u"recover"_s, u"passwd"_s})
        QVERIFY2(r.out.contains(verb), qPrintable(verb));
    const Run init = run({u"init"_s, u"--help"_s});
    QCOMPARE(init.exitCode, 0);
    QVERIFY(init.out.contains(u"--full-name"_s));
    QVERIFY(init.out.contains(u"--password-stdin"_s));
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown verb") << QStringList{u"frobnicate"_s} << u"unknown verb"_s;
    QTest::newRow("init without admin")
        << QStringList{u"init"_s, u"x"_s} << u"--admin, --full-name and --person-id are required"_s;
    QTest::newRow("init without store")
        << QStringList{u"init"_s, u"--admin"_s, u"a"_s} << u"expected STORE"_s;
    QTest::newRow("users without action") << QStringList{u"users"_s} << u"say what to do"_s;
    QTest::newRow("users unknown action")
        << QStringList{u"users"_s, u"delete"_s, u"x"_s} << u"unknown action \"delete\""_s;
    QTest::newRow("users add bad role")
        << QStringList{u"users"_s, u"add"_s,    u"s"_s,    u"bob"_s,         u"--full-name"_s,
                       u"B"_s,     u"--role"_s, u"boss"_s, u"--person-id"_s, u"E-1"_s}
        << u"unknown role \"boss\""_s;
    QTest::newRow("unknown option")
        << QStringList{u"verify"_s, u"s"_s, u"--colour"_s} << u"Unknown option 'colour'"_s;
    QTest::newRow("recover needs a mode")
        << QStringList{u"recover"_s, u"s"_s} << u"exactly one of"_s;
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(r.out.isEmpty() || arguments.first() == u"frobnicate"_s);
}

void tst_Cli::passwordIsNeverAnArgument()
{
    const Run r = run({u"init"_s, m_dir.filePath(u"p"_s), u"--admin"_s, u"a"_s, u"--full-name"_s,
                       u"A"_s, u"--password"_s, u"secret-in-argv"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"Unknown option 'password'"_s));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"p"_s)));
}

void tst_Cli::noTerminalNoStdin()
{
    const QString store = makeStore(u"noterm"_s);
    const Run r = run({u"verify"_s, store, u"--user"_s, u"alice"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"no terminal to ask on"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"--password-stdin"_s));
}

void tst_Cli::stdinEndsEarly()
{
    const QString store = makeStore(u"early"_s);
    const Run r = run({u"users"_s, u"add"_s, store, u"bob"_s, u"--full-name"_s, u"Bob"_s,
                       u"--role"_s, u"viewer"_s, u"--person-id"_s, u"E-2"_s, u"--user"_s,
                       u"alice"_s, u"--password-stdin"_s},
                      "correct-horse-battery\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"ended before line 2"_s), qPrintable(r.err));
    // No account was added.
    const Run list =
        run({u"users"_s, u"list"_s, store, u"--user"_s, u"alice"_s, u"--password-stdin"_s},
            "correct-horse-battery\n");
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!list.out.contains(u"bob"_s));
}

void tst_Cli::initThenVerify()
{
    const QString store = m_dir.filePath(u"Leiden-QA.rdstore"_s);
    const Run init = run({u"init"_s, store, u"--admin"_s, u"alice"_s, u"--full-name"_s,
                          u"Alice Admin"_s, u"--person-id"_s, u"P-alice"_s, u"--password-stdin"_s},
                         "correct-horse-battery\n");
    QCOMPARE(init.exitCode, 0);
    QVERIFY(init.out.contains(u"Created the store"_s));
    QVERIFY2(
        QRegularExpression(u"    (?:[0-9A-Z]{4}-){8}[0-9A-Z]{4}\n"_s).match(init.out).hasMatch(),
        qPrintable(init.out));
    QCOMPARE(
        QDir(store).entryList(QDir::Files | QDir::Hidden),
        (QStringList{u"keyslots.json"_s, u"open.lock"_s, u"records.db"_s, u"recovery.json"_s}));
    QVERIFY2(init.out.contains(u"Store root fingerprint"_s), qPrintable(init.out));
    const Run verify = run({u"verify"_s, store, u"--user"_s, u"alice"_s, u"--password-stdin"_s},
                           "correct-horse-battery\n");
    QCOMPARE(verify.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^ok: %1 events"_s.arg(rd::Migrations::latestVersion() + 6))
                 .match(verify.out)
                 .hasMatch(),
             qPrintable(verify.out));
}

void tst_Cli::reviewAndReleaseFromTheCommandLine()
{
    const QString store = m_dir.filePath(u"Review.rdstore"_s);
    QCOMPARE(run({u"demo"_s, store, u"--batches"_s, u"8"_s, u"--seed"_s, u"5"_s}).exitCode, 0);
    const QByteArray password = "ReleaseDesk-demo-2026\n";
    const auto review = [&](const QString &user, const QStringList &args, bool signing = false) {
        QStringList all = {u"review"_s, store};
        all << args << u"--user"_s << user << u"--password-stdin"_s;
        return run(all, signing ? password + password : password);
    };
    Run r = run({u"export"_s, store, u"batches"_s, u"--format"_s, u"json"_s, u"--user"_s,
                 u"auditor"_s, u"--password-stdin"_s},
                password);
    QCOMPARE(r.exitCode, 0);
    QStringList batches;
    for (const QJsonValue &b :
         QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"batches"_s).toArray())
        batches << b.toObject().value(u"batchNumber"_s).toString();
    QCOMPARE(batches.size(), 8);

    // Refused steps say why in one line and change nothing.
    const QString first = batches.first();
    r = review(u"qa.reviewer"_s, {u"sign"_s, u"--batch"_s, first, u"--meaning"_s, u"reviewed"_s},
               true);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"QC results must be approved first"_s), qPrintable(r.err));
    r = review(u"admin"_s, {u"sign"_s, u"--batch"_s, first, u"--meaning"_s, u"qc-approved"_s},
               true);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Administrators cannot sign batch decisions"_s), qPrintable(r.err));
    r = review(u"qa.reviewer"_s, {u"sign"_s, u"--batch"_s, first, u"--meaning"_s, u"approved"_s});
    QCOMPARE(r.exitCode, 2);

    // The whole path for the first batch that has nothing that stops its release.
    QString released;
    for (const QString &batch : std::as_const(batches)) {
        r = review(u"qc.analyst"_s,
                   {u"sign"_s, u"--batch"_s, batch, u"--meaning"_s, u"qc-approved"_s}, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = review(u"qa.reviewer"_s, {u"exceptions"_s, u"--batch"_s, batch});
        QCOMPARE(r.exitCode, 0);
        const QRegularExpression numbered(u"^(\\d+)\\. \\[.*$"_s,
                                          QRegularExpression::MultilineOption);
        bool blocked = r.out.contains(u"(blocks release)"_s) ||
                       r.out.contains(u"Out of specification"_s) ||
                       r.out.contains(u"Pending test"_s) || r.out.contains(u"Missing test"_s);
        bool openCritical = false;
        for (auto it = numbered.globalMatch(r.out); it.hasNext();) {
            const QRegularExpressionMatch line = it.next();
            QStringList args = {u"disposition"_s,
                                u"--batch"_s,
                                batch,
                                u"--exception"_s,
                                line.captured(1),
                                u"--comment"_s,
                                u"Assessed; no impact on quality"_s};
            // A release-blocking exception is accounted for only with its investigation.
            if (line.captured(0).contains(u"(blocks release)"_s))
                args << u"--deviation"_s << u"external: QMS-2026-0042"_s;
            const Run d = review(u"qa.reviewer"_s, args);
            if (d.exitCode != 0 && d.err.contains(u"open critical deviation"_s)) {
                openCritical = true; // named by its own reference only: not this walk's case
                break;
            }
            QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        }
        if (openCritical)
            continue;
        r = review(u"qa.reviewer"_s,
                   {u"sign"_s, u"--batch"_s, batch, u"--meaning"_s, u"reviewed"_s}, true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = review(u"qp.release"_s, {u"sign"_s, u"--batch"_s, batch, u"--meaning"_s, u"released"_s},
                   true);
        if (blocked) {
            QCOMPARE(r.exitCode, 1);
            QVERIFY(!r.err.trimmed().contains(u'\n'));
            continue;
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Pieter de Vries — Released"_s));
        released = batch;
        break;
    }
    QVERIFY(!released.isEmpty());
    // Each disposition is listed with its outcome; an outcome not in the list is a usage error.
    r = review(u"auditor"_s, {u"exceptions"_s, u"--batch"_s, released});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"   disposition: Acceptable, no impact — Assessed"_s),
             qPrintable(r.out));
    r = review(u"qa.reviewer"_s, {u"disposition"_s, u"--batch"_s, released, u"--exception"_s,
                                  u"1"_s, u"--comment"_s, u"x"_s, u"--outcome"_s, u"maybe"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--outcome is one of: no-impact, with-reference, not-acceptable"_s),
             qPrintable(r.err));
    r = review(u"auditor"_s, {u"status"_s, u"--batch"_s, released});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"State: Released"_s));
    QCOMPARE(r.out.count(u"Signed: "_s), 3);
    QVERIFY(!r.out.contains(u"NO LONGER COVERS"_s));

    // The released batch is locked: an inbox result goes to it only under change control.
    r = run({u"export"_s, store, u"batches"_s, u"--batch"_s, released, u"--user"_s, u"auditor"_s,
             u"--password-stdin"_s},
            password);
    QCOMPARE(r.exitCode, 0);
    const QString sample = QJsonDocument::fromJson(r.out.toUtf8())[u"batches"_s][0][u"qcSamples"_s]
                               .toArray()
                               .last()[u"id"_s]
                               .toString();
    QVERIFY(!sample.isEmpty());
    r = run({u"inbox"_s, u"list"_s, store, u"--user"_s, u"qc.analyst"_s, u"--password-stdin"_s},
            password);
    QCOMPARE(r.exitCode, 0);
    const QString item = r.out.trimmed().section(u'\n', 0, 0).trimmed().section(u' ', 0, 0);
    QVERIFY2(!item.isEmpty(), qPrintable(r.out));
    const auto assign = [&](const QStringList &extra) {
        QStringList args = {u"inbox"_s,
                            u"assign"_s,
                            store,
                            item,
                            sample,
                            u"--reason"_s,
                            u"Counter run label matches the logbook"_s};
        args << extra << u"--user"_s << u"qc.analyst"_s << u"--password-stdin"_s;
        return run(args, password);
    };
    r = assign({});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"is decided"_s) && r.err.contains(u"change control"_s),
             qPrintable(r.err));
    QVERIFY(!r.err.trimmed().contains(u'\n'));
    r = assign({u"--change-control"_s, u"a repeat count"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Change control must read \"REFERENCE: reason\""_s),
             qPrintable(r.err));
    r = review(u"auditor"_s, {u"status"_s, u"--batch"_s, released});
    QVERIFY(r.out.contains(u"State: Released"_s)); // nothing changed by the refusals
    r = assign({u"--change-control"_s, u"CC-2026-014: repeat count after a counter fault"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = review(u"auditor"_s, {u"status"_s, u"--batch"_s, released});
    QVERIFY2(r.out.contains(u"State: On hold"_s), qPrintable(r.out));
    r = review(u"qp.release"_s, {u"sign"_s, u"--batch"_s, released, u"--meaning"_s, u"released"_s},
               true);
    QCOMPARE(r.exitCode, 1);

    r = run({u"verify"_s, store, u"--user"_s, u"auditor"_s, u"--password-stdin"_s}, password);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QRegularExpression(u"electronic signatures verified: ([3-9]|[1-9][0-9]+)\\b"_s)
                 .match(r.out)
                 .hasMatch(),
             qPrintable(r.out));
}

// Rules 5 and 6 on the command line: the analyst who imported a batch's results is refused
// their QC approval; a reason typed on two lines prints its second line after "│ ", so that it
// cannot pass for a line of the command's own output.
void tst_Cli::importerAndMultiLineTextsFromTheCommandLine()
{
    const QString store = m_dir.filePath(u"Lines.rdstore"_s);
    QCOMPARE(run({u"demo"_s, store, u"--batches"_s, u"2"_s}).exitCode, 0);
    const QByteArray password = "ReleaseDesk-demo-2026\n";
    const auto as = [&](const QString &user, QStringList args, bool signing = false) {
        args << u"--user"_s << user << u"--password-stdin"_s;
        return run(args, signing ? password + password : password);
    };
    Run r = as(u"auditor"_s, {u"export"_s, store, u"batches"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const QString batch =
        QJsonDocument::fromJson(r.out.toUtf8())[u"batches"_s][0][u"batchNumber"_s].toString();
    QVERIFY(!batch.isEmpty());
    // The demo's laboratory analyst m.tanaka imported its results.
    r = as(u"m.tanaka"_s,
           {u"review"_s, store, u"sign"_s, u"--batch"_s, batch, u"--meaning"_s, u"qc-approved"_s,
            u"--investigation"_s, u"OOS-2026-031"_s},
           true);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Mei Tanaka imported QC results of this batch (as m.tanaka) and so "
                            "cannot approve them"_s),
             qPrintable(r.err));

    r = as(u"qa.reviewer"_s,
           {u"review"_s, store, u"sign"_s, u"--batch"_s, batch, u"--meaning"_s, u"on-hold"_s,
            u"--comment"_s, u"Label reprint requested\nSigned: Released by Pieter de Vries"_s},
           true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = as(u"auditor"_s, {u"review"_s, store, u"status"_s, u"--batch"_s, batch});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"reason: Label reprint requested\n\u2502 Signed: Released by Pieter "
                            "de Vries"_s),
             qPrintable(r.out));
    // Every line that begins "Signed: " is a signature of the store's own.
    QCOMPARE(r.out.count(u"\nSigned: "_s) + (r.out.startsWith(u"Signed: "_s) ? 1 : 0), 1);
}

void tst_Cli::specificationApprovalFromTheCommandLine()
{
    const QString store = m_dir.filePath(u"Specs.rdstore"_s);
    QCOMPARE(run({u"demo"_s, store, u"--batches"_s, u"4"_s}).exitCode, 0);
    const QByteArray password = "ReleaseDesk-demo-2026\n";
    const auto as = [&](const QString &user, QStringList args, bool signing = false) {
        args << u"--user"_s << user << u"--password-stdin"_s;
        return run(args, signing ? password + password : password);
    };
    // The demo's versions were approved by its QA reviewer ahead of their dates.
    Run r = as(u"auditor"_s, {u"specs"_s, u"list"_s, store});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"approved by Rosa Martens"_s), qPrintable(r.out));

    // Tried as an attacker would: a version of RD-CD19 stated effective from 2024-01-01 with a
    // lower viability limit, imported by the administrator.
    r = as(u"auditor"_s, {u"export"_s, store, u"specifications"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QJsonArray lenient;
    for (const QJsonValue &v : doc.value(u"specifications"_s).toArray()) {
        QJsonObject s = v.toObject();
        if (s.value(u"product"_s).toObject().value(u"code"_s) != u"RD-CD19"_s ||
            s.value(u"version"_s) != u"2"_s)
            continue;
        s.insert(u"version"_s, u"3"_s);
        s.insert(u"effectiveFrom"_s, u"2024-01-01"_s);
        QJsonArray tests;
        for (const QJsonValue &t : s.value(u"tests"_s).toArray()) {
            QJsonObject test = t.toObject();
            if (test.value(u"code"_s) == u"VIAB"_s)
                test.insert(u"lower"_s, 50);
            tests << test;
        }
        s.insert(u"tests"_s, tests);
        lenient << s;
    }
    QCOMPARE(lenient.size(), 1);
    doc.insert(u"specifications"_s, lenient);
    const QString file = m_dir.filePath(u"lenient-spec.json"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson());
    }
    r = as(u"admin"_s, {u"import"_s, store, file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = as(u"auditor"_s, {u"specs"_s, u"list"_s, store, u"--product"_s, u"RD-CD19"_s});
    QVERIFY2(r.out.contains(u"draft: judges nothing"_s), qPrintable(r.out));
    r = as(u"admin"_s,
           {u"specs"_s, u"approve"_s, store, u"--product"_s, u"RD-CD19"_s, u"--version"_s, u"3"_s},
           true);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"approve a specification"_s), qPrintable(r.err));
    r = as(u"auditor"_s,
           {u"specs"_s, u"show"_s, store, u"--product"_s, u"RD-CD19"_s, u"--version"_s, u"3"_s});
    QVERIFY2(r.out.contains(u"VIAB: lower limit 75 → 50"_s), qPrintable(r.out));

    // A QA reviewer approves it: it takes effect today, not in 2024.
    r = as(u"qa.reviewer"_s,
           {u"specs"_s, u"approve"_s, store, u"--product"_s, u"RD-CD19"_s, u"--version"_s, u"3"_s},
           true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // (Dates as the terminal's language writes them: the year is enough here.)
    const QString effective = r.out.section(u"effective "_s, 1);
    QVERIFY2(r.out.contains(u"approved by Rosa Martens"_s) &&
                 effective.contains(QString::number(QDate::currentDate().year())) &&
                 !effective.contains(u"2024"_s),
             qPrintable(r.out));
    r = as(u"qa.reviewer"_s, {u"review"_s, store, u"rejudge"_s, u"--batch"_s, u"X"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--version and --reason are required"_s), qPrintable(r.err));
    r = as(u"auditor"_s, {u"verify"_s, store});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void tst_Cli::trendFromTheCommandLine()
{
    const QString store = m_dir.filePath(u"Trend.rdstore"_s);
    QCOMPARE(run({u"demo"_s, store, u"--batches"_s, u"60"_s, u"--seed"_s, u"2"_s}).exitCode, 0);
    const QByteArray password = "ReleaseDesk-demo-2026\n";
    const auto trend = [&](QStringList args) {
        args.prepend(store);
        args.prepend(u"trend"_s);
        args << u"--user"_s << u"qc.analyst"_s << u"--password-stdin"_s;
        return run(args, password);
    };
    Run r = trend({u"--product"_s, u"RD-CD19"_s, u"--test"_s, u"VIAB"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(u"index,batch,site,manufactured_at,tested_at,value,"
                                     "moving_range,centre,lcl,ucl,sigma"_s));
    QVERIFY(lines.size() > 10);
    QVERIFY(lines.at(1).startsWith(u"1,CD19-"_s));

    r = trend({u"--product"_s, u"RD-CD19"_s, u"--test"_s, u"VIAB"_s, u"--format"_s, u"json"_s,
               u"--rules"_s, u"westgard"_s, u"--chart"_s, u"lj"_s, u"--baseline"_s, u"10"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"chart"_s).toString(), u"lj"_s);
    QCOMPARE(o.value(u"baselinePoints"_s).toInt(), 10);
    QCOMPARE(o.value(u"points"_s).toArray().size(), lines.size() - 1);
    QVERIFY(o.value(u"ucl"_s).toDouble() > o.value(u"centre"_s).toDouble());
    QCOMPARE(o.value(u"rules"_s).toArray().size(), 6);
    QCOMPARE(o.value(u"unit"_s).toString(), u"%"_s);

    // Drawn headless, no display needed.
    const QString png = m_dir.filePath(u"viab.png"_s);
    r = trend({u"--product"_s, u"RD-CD19"_s, u"--test"_s, u"VIAB"_s, u"--png"_s, png});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile image(png);
    QVERIFY(image.open(QIODevice::ReadOnly));
    QCOMPARE(image.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    QVERIFY(image.size() > 10000);

    r = trend({u"--product"_s, u"RD-CD19"_s, u"--test"_s, u"VIAB"_s, u"--rules"_s, u"nelson-9"_s});
    QCOMPARE(r.exitCode, 2);
    r = trend({u"--product"_s, u"RD-NONE"_s, u"--test"_s, u"VIAB"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no batches of RD-NONE"_s), qPrintable(r.err));
    r = trend({u"--product"_s, u"RD-CD19"_s, u"--test"_s, u"STERIL"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"has a numeric test STERIL"_s), qPrintable(r.err));
}

void tst_Cli::demoImportExportInbox()
{
    const QString store = m_dir.filePath(u"Demo.rdstore"_s);
    const Run demo = run({u"demo"_s, store, u"--batches"_s, u"6"_s, u"--seed"_s, u"4"_s});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.out.contains(u"ReleaseDesk-demo-2026"_s), qPrintable(demo.out));
    const QByteArray password = "ReleaseDesk-demo-2026\n";
    const auto as = [](const QString &user, QStringList args) {
        args << u"--user"_s << user << u"--password-stdin"_s;
        return args;
    };

    // Export, and the export imported again changes nothing.
    const QString csv = m_dir.filePath(u"demo-results.csv"_s);
    Run r = run(as(u"qc.analyst"_s,
                   {u"export"_s, store, u"results"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv}),
                password);
    QCOMPARE(r.exitCode, 0);
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray content = exported.readAll();
    QVERIFY(content.startsWith("batch,sample,test,value,"));
    QVERIFY(content.count('\n') > 6 * 20);
    r = run(as(u"qc.analyst"_s, {u"import"_s, store, csv}), password);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Nothing changed"_s), qPrintable(r.out));
    // One batch to standard output, as JSON.
    r = run(as(u"auditor"_s, {u"export"_s, store, u"batches"_s}), password);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[u"format"_s].toString(),
             u"releasedesk.batch-record/1"_s);

    // An Allotrope file goes to the unassigned inbox.
    const QString asmFile = qEnvironmentVariable("RELEASEDESK_SHARED_FIXTURES") +
                            u"/asm/cell-counting/chemometec_nucleoview_example01.json"_s;
    r = run(as(u"qc.analyst"_s, {u"import"_s, store, asmFile}), password);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"chemometec_nucleoview_example01.json: 5 to the unassigned inbox"_s),
             qPrintable(r.out));

    // Refusals: the wrong role, a bad file, supersede without a reason.
    r = run(as(u"auditor"_s, {u"import"_s, store, asmFile}), password);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"auditor"_s) && r.err.contains(u"QC analyst"_s), qPrintable(r.err));
    const QString bad = m_dir.filePath(u"bad.csv"_s);
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(content.left(content.indexOf('\n') + 1) +
                  "B,S,VIAB,NaN,,%,m,i,a,2026-01-01T00:00:00Z,final,\n");
    badFile.close();
    r = run(as(u"qc.analyst"_s, {u"import"_s, store, bad}), password);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"bad.csv, line 2, field \"value\": is not a number (\"NaN\")"_s),
             qPrintable(r.err));
    r = run(as(u"qc.analyst"_s, {u"import"_s, store, csv, u"--supersede"_s}), password);
    QCOMPARE(r.exitCode, 2);

    // The inbox: list, assign two readings together, reject one.
    r = run(as(u"qc.analyst"_s, {u"inbox"_s, u"list"_s, store}), password);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9 + 5); // the demo's own counter run, and the file's readings
    // The demo's own run was measured after the last batch's samples were drawn; the file's
    // readings years before (a result cannot precede its sample: refused).
    QStringList demoRun;
    QString older;
    for (const QString &line : lines) {
        const QString id = line.trimmed().section(u' ', 0, 0);
        if (line.contains(u"VC-"_s))
            demoRun << id;
        else
            older = id;
    }
    QCOMPARE(demoRun.size(), 9);
    const QString first = demoRun.at(0);
    const QString second = demoRun.at(1);
    const QString third = demoRun.at(2);
    r = run(as(u"auditor"_s, {u"export"_s, store, u"batches"_s}), password);
    const QJsonArray batches = QJsonDocument::fromJson(r.out.toUtf8())[u"batches"_s].toArray();
    const QString sample = batches.last()[u"qcSamples"_s].toArray().first()[u"id"_s].toString();
    QVERIFY(!sample.isEmpty());
    r = run(as(u"qc.analyst"_s, {u"inbox"_s, u"assign"_s, store, older, sample, u"--reason"_s,
                                 u"Looks like ours"_s}),
            password);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"before sample "_s + sample + u" was drawn"_s), qPrintable(r.err));
    r = run(as(u"qc.analyst"_s, {u"inbox"_s, u"assign"_s, store, first + u',' + second, sample,
                                 u"--reason"_s, u"Run label matches the logbook"_s}),
            password);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Assigned"_s), qPrintable(r.out));
    r = run(as(u"qc.analyst"_s, {u"inbox"_s, u"reject"_s, store, third}), password);
    QCOMPARE(r.exitCode, 2); // no reason
    r = run(as(u"qc.analyst"_s,
               {u"inbox"_s, u"reject"_s, store, third, u"--reason"_s, u"Bead check"_s}),
            password);
    QCOMPARE(r.exitCode, 0);
    r = run(as(u"admin"_s,
               {u"inbox"_s, u"reject"_s, store, demoRun.at(3), u"--reason"_s, u"not mine"_s}),
            password);
    QCOMPARE(r.exitCode, 1);
    r = run(as(u"qc.analyst"_s, {u"inbox"_s, u"list"_s, store}), password);
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 9 + 5 - 3);
    // Every step is in the audit trail, and it verifies.
    r = run(as(u"auditor"_s, {u"verify"_s, store}), password);
    QCOMPARE(r.exitCode, 0);
}

void tst_Cli::initRefusesNonEmptyFolder()
{
    const QString folder = m_dir.filePath(u"busyfolder"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile f(folder + u"/notes.txt"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const Run r = run({u"init"_s, folder, u"--admin"_s, u"alice"_s, u"--full-name"_s, u"A"_s,
                       u"--person-id"_s, u"P-1"_s, u"--password-stdin"_s},
                      "correct-horse-battery\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"is not empty"_s), qPrintable(r.err));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"notes.txt"_s});
    // A weak password is refused before anything is made.
    const Run weak =
        run({u"init"_s, m_dir.filePath(u"weak"_s), u"--admin"_s, u"alice"_s, u"--full-name"_s,
             u"A"_s, u"--person-id"_s, u"P-1"_s, u"--password-stdin"_s},
            "short\n");
    QCOMPARE(weak.exitCode, 1);
    QVERIFY(weak.err.contains(u"at least 12"_s));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"weak"_s)));
}

void tst_Cli::wrongPassword()
{
    const QString store = makeStore(u"wrong"_s);
    const Run r = run({u"verify"_s, store, u"--user"_s, u"alice"_s, u"--password-stdin"_s},
                      "a-wrong-password\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, u"releasedesk verify: Wrong user name or password."_s);
    QVERIFY(r.out.isEmpty());
}

void tst_Cli::accountLifecycle()
{
    const QString store = makeStore(u"people"_s);
    const QStringList asAlice = {u"--user"_s, u"alice"_s, u"--password-stdin"_s};
    Run r = run(QStringList{u"users"_s, u"add"_s, store, u"bob"_s, u"--full-name"_s, u"Bob Baker"_s,
                            u"--role"_s, u"qa_reviewer"_s, u"--person-id"_s, u"E-2040"_s} +
                    asAlice,
                "correct-horse-battery\nb-initial-pass\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Added bob (Bob Baker, person E-2040, QA reviewer)"_s),
             qPrintable(r.out + r.err));

    r = run(QStringList{u"users"_s, u"list"_s, store} + asAlice, "correct-horse-battery\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(
        QRegularExpression(u"bob +Bob Baker +E-2040 +QA reviewer +must change password"_s)));

    // Bob must change the password before anything else.
    r = run({u"verify"_s, store, u"--user"_s, u"bob"_s, u"--password-stdin"_s}, "b-initial-pass\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"must change the password first: run \"releasedesk passwd"_s),
             qPrintable(r.err));
    // Passwords that only the length rule once checked: each refused with the rule it breaks.
    const QList<std::pair<QByteArray, QString>> weak = {
        {"            ", u"palindrome"_s},  {"aaaaaaaaaaaa", u"palindrome"_s},
        {"123456789012", u"sequence"_s},    {"Baker-Street-7x", u"part of the full name"_s},
        {"hello-bob-2026", u"user name"_s},
    };
    for (const auto &[password, rule] : weak) {
        r = run({u"passwd"_s, store, u"--user"_s, u"bob"_s, u"--password-stdin"_s},
                "b-initial-pass\n" + password + '\n');
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(rule), qPrintable(r.err));
    }
    r = run({u"passwd"_s, store, u"--user"_s, u"bob"_s, u"--password-stdin"_s},
            "b-initial-pass\nb-initial-pass\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"one of the last 5 passwords"_s), qPrintable(r.err));
    r = run({u"passwd"_s, store, u"--user"_s, u"bob"_s, u"--password-stdin"_s},
            "b-initial-pass\nb-own-password\n");
    QCOMPARE(r.exitCode, 0);
    r = run({u"verify"_s, store, u"--user"_s, u"bob"_s, u"--password-stdin"_s}, "b-own-password\n");
    QCOMPARE(r.exitCode, 0);

    // Bob may not manage accounts.
    r = run({u"users"_s, u"disable"_s, store, u"alice"_s, u"--reason"_s, u"coup"_s, u"--user"_s,
             u"bob"_s, u"--password-stdin"_s},
            "b-own-password\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"Only a user with the role Administrator"_s));

    // Reset, then disable.
    r = run(QStringList{u"users"_s, u"reset-password"_s, store, u"bob"_s} + asAlice,
            "correct-horse-battery\nb-temporary-22\n");
    QCOMPARE(r.exitCode, 0);
    r = run(
        QStringList{u"users"_s, u"disable"_s, store, u"bob"_s, u"--reason"_s, u"left the site"_s} +
            asAlice,
        "correct-horse-battery\n");
    QCOMPARE(r.exitCode, 0);
    r = run({u"verify"_s, store, u"--user"_s, u"bob"_s, u"--password-stdin"_s}, "b-temporary-22\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, u"releasedesk verify: Wrong user name or password."_s);
    r = run(QStringList{u"users"_s, u"list"_s, store} + asAlice, "correct-horse-battery\n");
    QVERIFY(r.out.contains(QRegularExpression(u"bob +Bob Baker +E-2040 +QA reviewer +disabled"_s)));
    r = run(QStringList{u"verify"_s, store} + asAlice, "correct-horse-battery\n");
    QCOMPARE(r.exitCode, 0);
}

void tst_Cli::verifyNamesTamperedEvent()
{
    const QString store = makeStore(u"tampered"_s);
    const QByteArray key = rawKeyOf(store, m_recoveryCodes.value(store));
    QCOMPARE(key.size(), 32);
    {
        rd::test::RawDb raw(
            rd::StorePaths(store).records(),
            rd::SecureBytes(reinterpret_cast<const unsigned char *>(key.constData()), 32));
        QCOMPARE(raw.execAroundTriggers(
                     u"UPDATE audit_events SET new_value = 'release_authority' WHERE seq = "_s +
                     QString::number(rd::Migrations::latestVersion() + 2)),
                 SQLITE_OK);
    }
    const Run r = run({u"verify"_s, store, u"--user"_s, u"alice"_s, u"--password-stdin"_s},
                      "correct-horse-battery\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains(
            u"releasedesk verify: failed at event %1: event %1 (account.created by alice"_s.arg(
                rd::Migrations::latestVersion() + 2)),
        qPrintable(r.err));
    QVERIFY(r.err.contains(u"altered after it was written"_s));
}

void tst_Cli::rawKeyOpensInStockShell()
{
    const QString store = makeStore(u"shell"_s);
    const Run shown = run({u"recover"_s, store, u"--show-raw-key"_s, u"--password-stdin"_s},
                          m_recoveryCodes.value(store).toLatin1() + '\n');
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.err.contains(u"recorded in the audit trail"_s));
    const QString keyLines = shown.out.trimmed();
    QVERIFY2(keyLines.startsWith(u"PRAGMA key = \"x'"_s), qPrintable(keyLines));
    QVERIFY2(keyLines.endsWith(u"PRAGMA cipher_page_size = %1;"_s.arg(rd::kNewStorePageSize)),
             qPrintable(keyLines));

    const QString shell = QStandardPaths::findExecutable(u"sqlcipher"_s);
    QVERIFY2(!shell.isEmpty(),
             "the stock sqlcipher shell is installed by installer/install-deps.sh");
    QProcess p;
    p.start(shell, {rd::StorePaths(store).records()});
    QVERIFY(p.waitForStarted());
    // The lines exactly as printed, whichever major version the shell is.
    p.write(keyLines.toLatin1() +
            "\nSELECT value FROM meta WHERE key = 'store_id';\n"
            "SELECT count(*) FROM audit_events WHERE action = 'raw-key.disclosed';\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString storeId = QJsonDocument::fromJson([&store] {
                                QFile f(rd::StorePaths(store).keyslots());
                                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                            }())
                                .object()
                                .value(u"storeId"_s)
                                .toString();
    QVERIFY2(out.contains(storeId), qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
    QVERIFY2(out.contains(u"\n1\n"_s) || out.endsWith(u"1\n"_s), qPrintable(out));

    const Run wrongCode = run({u"recover"_s, store, u"--show-raw-key"_s, u"--password-stdin"_s},
                              m_recoveryCodes.value(makeStore(u"other"_s)).toLatin1() + '\n');
    QCOMPARE(wrongCode.exitCode, 1);
    QVERIFY(wrongCode.err.contains(u"does not open this store"_s));
    QVERIFY(!wrongCode.out.contains(u"PRAGMA"_s));
}

void tst_Cli::recoverAdministrator()
{
    const QString store = makeStore(u"recover"_s);
    QString mistyped = m_recoveryCodes.value(store);
    mistyped[0] = mistyped[0] == u'7' ? u'8' : u'7';
    Run r = run({u"recover"_s, store, u"--admin"_s, u"alice"_s, u"--password-stdin"_s},
                mistyped.toLatin1() + "\nHarbour-Lantern-58\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"mistyped"_s));

    r = run({u"recover"_s, store, u"--admin"_s, u"alice"_s, u"--password-stdin"_s},
            m_recoveryCodes.value(store).toLatin1() + "\nHarbour-Lantern-58\n");
    QCOMPARE(r.exitCode, 0);
    r = run({u"verify"_s, store, u"--user"_s, u"alice"_s, u"--password-stdin"_s},
            "correct-horse-battery\n");
    QCOMPARE(r.exitCode, 1);
    r = run({u"verify"_s, store, u"--user"_s, u"alice"_s, u"--password-stdin"_s},
            "Harbour-Lantern-58\n");
    QCOMPARE(r.exitCode, 0);
}

void tst_Cli::restoredOlderCopyAccepted()
{
    const QString store = makeStore(u"restored"_s);
    const QStringList asAlice = {u"--user"_s, u"alice"_s, u"--password-stdin"_s};
    QCOMPARE(run(QStringList{u"verify"_s, store} + asAlice, "correct-horse-battery\n").exitCode, 0);
    const QString records = rd::StorePaths(store).records();
    QVERIFY(QFile::copy(records, m_dir.filePath(u"backup.db"_s)));
    QCOMPARE(run(QStringList{u"verify"_s, store} + asAlice, "correct-horse-battery\n").exitCode, 0);
    QVERIFY(QFile::remove(records));
    QVERIFY(QFile::copy(m_dir.filePath(u"backup.db"_s), records)); // last night's backup

    Run r = run(QStringList{u"verify"_s, store} + asAlice, "correct-horse-battery\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"rolled back to an older copy"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"releasedesk recover --accept-rollback"_s));

    r = run({u"recover"_s, store, u"--accept-rollback"_s, u"--password-stdin"_s},
            m_recoveryCodes.value(store).toLatin1() + '\n');
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"needs --reason"_s));
    r = run({u"recover"_s, store, u"--accept-rollback"_s, u"--reason"_s,
             u"disk failed; restored the nightly backup"_s, u"--password-stdin"_s},
            m_recoveryCodes.value(store).toLatin1() + '\n');
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"Accepted the older records"_s));
    r = run(QStringList{u"verify"_s, store} + asAlice, "correct-horse-battery\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"ok: "_s));
}

void tst_Cli::readOnlyStoreFolder()
{
    const QString store = makeStore(u"readonly"_s);
    // Readable by everyone, writable by no one but its owner; the test runs the binary as a
    // user who is not the owner (as root: "nobody"; otherwise the folder is made read-only).
    const bool root = ::geteuid() == 0;
    for (const QString &file : {u"records.db"_s, u"keyslots.json"_s})
        ::chmod(QFile::encodeName(store + u'/' + file).constData(), 0644);
    ::chmod(QFile::encodeName(store).constData(), root ? 0755 : 0555);
    const rd::test::FolderSnapshot before = rd::test::snapshot(store);
    const Run r = run({u"verify"_s, store, u"--user"_s, u"alice"_s, u"--password-stdin"_s},
                      "correct-horse-battery\n", root ? As::Nobody : As::Me);
    ::chmod(QFile::encodeName(store).constData(), 0755);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"is read-only"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"needs write access"_s));
    QCOMPARE(rd::test::differences(before, rd::test::snapshot(store)), QString());
}

void tst_Cli::secondProcessWhileAnotherWrites()
{
    const QString store = makeStore(u"busy"_s);
    const QByteArray key = rawKeyOf(store, m_recoveryCodes.value(store));
    rd::test::RawDb writer(
        rd::StorePaths(store).records(),
        rd::SecureBytes(reinterpret_cast<const unsigned char *>(key.constData()), 32));
    // The write lock alone, as a ReleaseDesk writer of another process holds it.
    QCOMPARE(writer.exec(u"BEGIN IMMEDIATE"_s), SQLITE_OK);
    const qint64 events = writer.value(u"SELECT count(*) FROM audit_events"_s).toLongLong();
    QElapsedTimer timer;
    timer.start();
    const Run r = run({u"verify"_s, store, u"--user"_s, u"alice"_s, u"--password-stdin"_s},
                      "correct-horse-battery\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(timer.elapsed() >= 4500, "it waits for the writer first");
    QVERIFY2(r.err.contains(u"another ReleaseDesk process is writing"_s), qPrintable(r.err));
    QCOMPARE(writer.exec(u"COMMIT"_s), SQLITE_OK);
    QCOMPARE(writer.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(writer.value(u"SELECT count(*) FROM audit_events"_s).toLongLong(), events);
    const Run after = run({u"verify"_s, store, u"--user"_s, u"alice"_s, u"--password-stdin"_s},
                          "correct-horse-battery\n");
    QCOMPARE(after.exitCode, 0);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
