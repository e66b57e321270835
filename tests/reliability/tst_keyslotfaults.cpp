// SPDX-License-Identifier: GPL-3.0-or-later
// keyslots.json under faults: a password change whose process is killed at each step of the
// atomic write (the test binary runs itself as the child), and a write that fails at each step
// (disk full, I/O errors). keyslots.json is always exactly the old or exactly the new file,
// it parses and its integrity code holds, the matching password opens the store, a temporary
// file a crash left behind is ignored by the next open and removed by the next key-slot write,
// and a failure says what went wrong and leaves the old file. And records.db after a kill: a
// writer killed inside a transaction leaves a hot journal that must not make the store look
// as if its key did not open it, and a re-key puts its new file in place already in
// write-ahead mode, so that no kill on the first open after it can leave such a journal.
#include "accounts/accountservice.h"
#include "core/storefiles.h"
#include "security/keyring.h"
#include "session/rekey.h"
#include "session/session.h"
#include "support/rawdb.h"
#include "support/teststore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace rd;
using Step = StoreFiles::WriteStep;

namespace {

constexpr char kChildFlag[] = "--child-change-password";
constexpr char kHotJournalFlag[] = "--child-hot-journal";
constexpr char kNewPassword[] = "staple-lantern-orchard-7";

QByteArray contentOf(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList temporaries(const QString &storeFolder)
{
    return QDir(storeFolder)
        .entryList({u".keyslots.json.tmp-*"_s}, QDir::Files | QDir::Hidden | QDir::System);
}

bool isKeyslots(const QString &path)
{
    return path.endsWith(u"/keyslots.json"_s);
}

// The child's hook: die at one step, as a power cut or a kill would stop the process.
int g_killAt = -1;
int killHook(Step step, const QString &path)
{
    if (isKeyslots(path) && static_cast<int>(step) == g_killAt)
        ::kill(::getpid(), SIGKILL);
    return 0;
}

// The in-process hook: fail one step with an errno value.
Step g_failStep = Step::Done;
int g_failErrno = 0;
int failHook(Step step, const QString &path)
{
    return isKeyslots(path) && step == g_failStep ? g_failErrno : 0;
}

// Child: alice changes her password through the product, killed at the step given.
int runChild(const QString &folder, int step)
{
    rd::test::initTestProcess();
    Result<std::unique_ptr<Session>> s = Session::open(
        folder, QString::fromLatin1(rd::test::kAdmin), rd::test::secret(rd::test::kPassword));
    if (!s) {
        std::fprintf(stderr, "child: %s\n", qPrintable(s.error().message()));
        return 2;
    }
    g_killAt = step;
    StoreFiles::setWriteHookForTesting(killHook);
    const Status changed = AccountService(*s.value())
                               .changeOwnPassword(rd::test::secret(rd::test::kPassword),
                                                  rd::test::secret(kNewPassword));
    std::fprintf(stderr, "child: not killed: %s\n",
                 changed ? "changed" : qPrintable(changed.error().message()));
    std::fflush(stderr);
    ::_exit(3); // no session end: nothing more is written
}

// Child: writes to records.db in rollback-journal mode, as SQLite does when it switches
// journal modes, and is killed inside the transaction once pages have spilled to the file.
int runHotJournalChild(const QString &folder)
{
    rd::test::initTestProcess();
    Result<UnlockedKeys> keys = KeyRing::unlock(folder, QString::fromLatin1(rd::test::kAdmin),
                                                rd::test::secret(rd::test::kPassword));
    if (!keys) {
        std::fprintf(stderr, "child: %s\n", qPrintable(keys.error().message()));
        return 2;
    }
    rd::test::RawDb db(StorePaths(folder).records(), keys->masterKey);
    if (!db.isOpen() || db.exec(u"PRAGMA journal_mode = DELETE"_s) != 0 ||
        db.exec(u"PRAGMA cache_size = 8; BEGIN; CREATE TABLE spill(x);"_s) != 0) {
        std::fprintf(stderr, "child: %s\n", qPrintable(db.lastError()));
        return 2;
    }
    for (int i = 0; i < 400; ++i)
        db.exec(u"INSERT INTO spill VALUES (randomblob(1000))"_s);
    ::kill(::getpid(), SIGKILL);
    return 3;
}

Rekey::Step g_inspectAt = Rekey::Step::Done;
QString g_inspectStore;
QString g_journalModeInPlace;
void inspectHook(Rekey::Step step)
{
    if (step != g_inspectAt)
        return;
    Result<UnlockedKeys> keys =
        KeyRing::unlock(g_inspectStore, QString::fromLatin1(rd::test::kAdmin),
                        rd::test::secret(rd::test::kPassword));
    if (!keys)
        return;
    // The new file is in place; the slots hold its key as the pending one.
    rd::test::RawDb db(StorePaths(g_inspectStore).records(), keys->pendingMasterKey);
    g_journalModeInPlace = db.value(u"PRAGMA journal_mode"_s).toString();
}

} // namespace

class tst_KeySlotFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rd::test::initTestProcess(); }
    void cleanup() { StoreFiles::setWriteHookForTesting(nullptr); }

    void killedAtEachStep_data();
    void killedAtEachStep();
    void failedAtEachStep_data();
    void failedAtEachStep();
    void hotJournalOfAKilledWriterIsRolledBack();
    void rekeyedFileIsInPlaceInWriteAheadMode();
};

void tst_KeySlotFaults::killedAtEachStep_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("expectNew");
    QTest::addColumn<bool>("expectTemporary");
    QTest::newRow("before creating the temporary file")
        << int(Step::CreateTemporary) << false << false;
    QTest::newRow("before writing it") << int(Step::Write) << false << true;
    QTest::newRow("before flushing it") << int(Step::SyncFile) << false << true;
    QTest::newRow("before the rename") << int(Step::Rename) << false << true;
    QTest::newRow("before flushing the folder") << int(Step::SyncFolder) << true << false;
    QTest::newRow("after the write, before the commit") << int(Step::Done) << true << false;
}

void tst_KeySlotFaults::killedAtEachStep()
{
    QFETCH(int, step);
    QFETCH(bool, expectNew);
    QFETCH(bool, expectTemporary);
    rd::test::TestStore store;
    QVERIFY(store.isValid());
    const SecureBytes key = store.masterKey();
    const QString keyslots = StorePaths(store.path()).keyslots();
    const QByteArray before = contentOf(keyslots);

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(kChildFlag), store.path(), QString::number(step)});
    QVERIFY(child.waitForStarted(10000));
    if (!child.waitForFinished(60000)) {
        child.kill();
        child.waitForFinished(5000);
        QFAIL("the child did not finish");
    }
    QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed at the step, not earlier or later

    // Exactly the old file, or a whole new one that parses and carries a valid integrity code.
    const QByteArray after = contentOf(keyslots);
    Result<KeySlotFile> parsed = KeySlotFile::parse(after, keyslots);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message()));
    // Its slots still open with their passwords and give the master key.
    QVERIFY(!parsed->userSlots.isEmpty());
    (void)key;
    if (expectNew)
        QVERIFY(after != before);
    else
        QCOMPARE(after, before);
    QCOMPARE(!temporaries(store.path()).isEmpty(), expectTemporary);

    // The matching password opens the store; the leftover temporary file is ignored...
    const char *matching = expectNew ? kNewPassword : rd::test::kPassword;
    const char *other = expectNew ? rd::test::kPassword : kNewPassword;
    {
        Result<std::unique_ptr<Session>> s = Session::open(
            store.path(), QString::fromLatin1(rd::test::kAdmin), rd::test::secret(matching));
        QVERIFY2(s, s ? "" : qPrintable(s.error().message()));
        Result<StoreVerification> v = s.value()->verify({}, false);
        QVERIFY2(v, v ? "" : qPrintable(v.error().message()));
        QVERIFY2(v->audit.ok, qPrintable(v->audit.problem));
    }
    // ...and removed by the next key-slot write (the checkpoint at the end of that session).
    QCOMPARE(temporaries(store.path()), QStringList());
    QVERIFY(KeySlotFile::load(keyslots));
    Result<UnlockedKeys> refused = KeyRing::unlock(
        store.path(), QString::fromLatin1(rd::test::kAdmin), rd::test::secret(other));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::WrongCredentials);
}

void tst_KeySlotFaults::failedAtEachStep_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("error");
    QTest::newRow("cannot create: permission") << int(Step::CreateTemporary) << EACCES;
    QTest::newRow("disk full mid-write") << int(Step::Write) << ENOSPC;
    QTest::newRow("flush fails") << int(Step::SyncFile) << EIO;
    QTest::newRow("rename fails") << int(Step::Rename) << EIO;
    QTest::newRow("folder flush fails after the rename") << int(Step::SyncFolder) << EIO;
}

void tst_KeySlotFaults::failedAtEachStep()
{
    QFETCH(int, step);
    QFETCH(int, error);
    rd::test::TestStore store;
    QVERIFY(store.isValid());
    const QString keyslots = StorePaths(store.path()).keyslots();
    std::unique_ptr<Session> session = store.open();
    QVERIFY(session);
    const QByteArray before = contentOf(keyslots);
    const qint64 eventsBefore = session->audit().count().value();

    g_failStep = static_cast<Step>(step);
    g_failErrno = error;
    StoreFiles::setWriteHookForTesting(failHook);
    const Status changed = AccountService(*session).changeOwnPassword(
        rd::test::secret(rd::test::kPassword), rd::test::secret(kNewPassword));
    StoreFiles::setWriteHookForTesting(nullptr);

    QVERIFY(!changed);
    const QString message = changed.error().message();
    QCOMPARE(changed.error().code(), ErrorCode::Io);
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QVERIFY2(message.contains(u"keyslots.json"_s) || message.contains(store.path()),
             qPrintable(message));
    QVERIFY2(message.contains(QString::fromLocal8Bit(std::strerror(error))), qPrintable(message));
    // The old file, whole, and nothing else; nothing recorded in the store either.
    QCOMPARE(contentOf(keyslots), before);
    QCOMPARE(temporaries(store.path()), QStringList());
    QCOMPARE(session->audit().count().value(), eventsBefore);
    QVERIFY(KeyRing::unlock(store.path(), QString::fromLatin1(rd::test::kAdmin),
                            rd::test::secret(rd::test::kPassword)));

    // The session is not stuck: the same change now works.
    const Status retried = AccountService(*session).changeOwnPassword(
        rd::test::secret(rd::test::kPassword), rd::test::secret(kNewPassword));
    QVERIFY2(retried, retried ? "" : qPrintable(retried.error().message()));
    session.reset();
    QVERIFY(store.open(QString::fromLatin1(rd::test::kAdmin), QString::fromLatin1(kNewPassword)));
}

void tst_KeySlotFaults::hotJournalOfAKilledWriterIsRolledBack()
{
    rd::test::TestStore store;
    QVERIFY(store.isValid());
    const StorePaths paths(store.path());
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(kHotJournalFlag), store.path()});
    QVERIFY(child.waitForStarted(10000));
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY2(QFile::exists(paths.records() + u"-journal"_s), "the kill must leave a hot journal");

    // The key opens the file (the journal rolled back on the way), as settling an interrupted
    // re-key needs to know; the store opens, verifies, and the killed transaction is gone.
    QVERIFY(Rekey::opens(paths.records(), store.masterKey(), kNewStorePageSize));
    QVERIFY(!QFile::exists(paths.records() + u"-journal"_s));
    std::unique_ptr<Session> session = store.open();
    QVERIFY(session);
    Result<StoreVerification> v = session->verify({}, false);
    QVERIFY2(v, v ? "" : qPrintable(v.error().message()));
    QVERIFY2(v->audit.ok, qPrintable(v->audit.problem));
    session.reset();
    rd::test::RawDb db(paths.records(), store.masterKey());
    QCOMPARE(db.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'spill'"_s).toInt(), 0);
    QCOMPARE(db.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void tst_KeySlotFaults::rekeyedFileIsInPlaceInWriteAheadMode()
{
    rd::test::TestStore store;
    QVERIFY(store.isValid());
    std::unique_ptr<Session> session = store.open();
    QVERIFY(session);
    g_inspectAt = Rekey::Step::DropOldKey;
    g_inspectStore = store.path();
    g_journalModeInPlace.clear();
    Rekey::setStepHookForTesting(inspectHook);
    const Status rekeyed = session->rekey(u"test"_s);
    Rekey::setStepHookForTesting(nullptr);
    QVERIFY2(rekeyed, rekeyed ? "" : qPrintable(rekeyed.error().message()));
    // Before anything opened the renamed file, it was already in write-ahead mode.
    QCOMPARE(g_journalModeInPlace, u"wal"_s);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], kHotJournalFlag) == 0)
        return runHotJournalChild(QString::fromLocal8Bit(argv[2]));
    if (argc == 4 && std::strcmp(argv[1], kChildFlag) == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), std::atoi(argv[3]));
    tst_KeySlotFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyslotfaults.moc"
