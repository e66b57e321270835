// SPDX-License-Identifier: GPL-3.0-or-later
// "Nothing lost through files": an attacker who holds one account's password and may write in
// the store folder tries to make ReleaseDesk destroy the store's own files, follow a planted
// symbolic link, leave files readable by others, or read a device or a FIFO. Each test performs
// one such attack, through the real binary where the attack used the command line, and checks
// the refusal, its one-line message naming the file, exit code 1, and a store left exactly as
// it was.
#include "core/storefiles.h"
#include "core/userfiles.h"
#include "reports/documentregistry.h"
#include "reports/reportbuilder.h"
#include "session/session.h"
#include "support/cli.h"
#include "support/teststore.h"
#include "ui/dialogs.h"
#include "ui/trendspage.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

constexpr char kDemoPassword[] = "ReleaseDesk-demo-2026";

using Run = rd::test::CliRun;

// Every file and folder under `root` (symbolic links as links), with its content's hash, so
// that a test can say the store is byte for byte as it was, subfolders included.
QMap<QString, QByteArray> tree(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = path.mid(root.size() + 1);
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink()) {
            out.insert(name, "link:" + info.symLinkTarget().toUtf8());
        } else if (info.isDir()) {
            out.insert(name, "folder");
        } else {
            QFile f(path);
            out.insert(name, f.open(QIODevice::ReadOnly)
                                 ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                 : QByteArray("unreadable"));
        }
    }
    return out;
}

QString changes(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after)
{
    QStringList out;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            out << u"removed "_s + it.key();
        else if (after.value(it.key()) != it.value())
            out << u"changed "_s + it.key();
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            out << u"added "_s + it.key();
    }
    return out.join(u", "_s);
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 07777; // nothing there: no mode a test expects
    return st.st_mode & 07777;
}

QString octal(mode_t mode)
{
    return u"0%1"_s.arg(uint(mode), 3, 8, QChar(u'0'));
}

// Umask 000 for the lifetime of the object, in this process.
class OpenUmask
{
public:
    OpenUmask()
        : m_old(::umask(0))
    {}
    ~OpenUmask() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

class tst_Files : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    // 1. Self-destruction through an output path.
    void outputIntoTheStoreRefused_data();
    void outputIntoTheStoreRefused();
    void outputOverNonRegularFileRefused_data();
    void outputOverNonRegularFileRefused();
    void chartTemporaryFollowsNoLink();
    void windowSaveDialogRefusesTheStore();
    void windowTrendExportRefusesTheStore();
    void windowPdfExportRefusesTheStore();
    void outputRules_data();
    void outputRules();
    void outputLinkIsReplacedNotFollowed();
    void printToFileIsCheckedAndPrivate();

    // 2. Files and permissions.
    void writeProbeFollowsNoLink();
    void newStoreIsPrivateUnderUmask000();
    void openingAStoreTightensIt();
    void outputsArePrivateUnderUmask000();
    void windowExportsArePrivateUnderUmask000();

    // 3. Inputs.
    void nonRegularInputRefused_data();
    void nonRegularInputRefused();
    void oversizedInputRefusedUnread_data();
    void oversizedInputRefusedUnread();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000,
            bool openUmask = false);
    // `verb` with the arguments that make it write its output to `path` through `option`.
    QStringList writing(const QString &option, const QString &path) const;
    std::unique_ptr<Session> openDemo(const QString &user);

    QString m_binary;
    QTemporaryDir m_dir;
    QString m_store;
    QString m_pristine; // a copy of the store as made, for putting it back
    QMap<QString, QByteArray> m_pristineTree;
    QString m_batch;
};

void tst_Files::initTestCase()
{
    rd::test::initTestProcess();
    m_binary = qEnvironmentVariable("RELEASEDESK_BINARY");
    QVERIFY2(QFile::exists(m_binary), "RELEASEDESK_BINARY must name the built binary");
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(u"Leiden-QA.rdstore"_s);
    const Run demo = run({u"demo"_s, m_store, u"--batches"_s, u"40"_s, u"--seed"_s, u"3"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    // A folder of the store's own, for outputs aimed at a depth below its top.
    QVERIFY(QDir(m_store).mkdir(u"inner"_s));
    const Run batches =
        run({u"export"_s, m_store, u"batches"_s, u"--user"_s, u"auditor"_s, u"--password-stdin"_s},
            QByteArray(kDemoPassword) + '\n');
    QVERIFY2(batches.exitCode == 0, qPrintable(batches.err));
    const QJsonObject o = QJsonDocument::fromJson(batches.out.toUtf8()).object();
    for (const QJsonValue &v : o.value(u"batches"_s).toArray()) {
        if (v[u"batchNumber"_s].toString().startsWith(u"CD19"_s)) {
            m_batch = v[u"batchNumber"_s].toString();
            break;
        }
    }
    QVERIFY2(!m_batch.isEmpty(), qPrintable(batches.out.left(400)));
    m_pristine = m_dir.filePath(u"pristine"_s);
    QVERIFY(QDir().mkdir(m_pristine));
    QCOMPARE(QProcess::execute(u"cp"_s, {u"-a"_s, m_store + u"/."_s, m_pristine}), 0);
    m_pristineTree = tree(m_pristine);
}

// Each test starts from the store as it was made, so that one attack that got through (before
// the store refused them) cannot make the tests after it fail for its reason.
void tst_Files::init()
{
    if (changes(m_pristineTree, tree(m_store)).isEmpty())
        return;
    QVERIFY(QDir(m_store).removeRecursively());
    QVERIFY(QDir().mkdir(m_store));
    QCOMPARE(QProcess::execute(u"cp"_s, {u"-a"_s, m_pristine + u"/."_s, m_store}), 0);
}

Run tst_Files::run(const QStringList &arguments, const QByteArray &input, int timeoutMs,
                   bool openUmask)
{
    rd::test::CliOptions options;
    options.input = input;
    options.timeoutMs = timeoutMs;
    options.inChild = [openUmask] {
        if (openUmask)
            ::umask(0);
        // A binary that reads a device without end must fail here, not take the machine's
        // memory with it.
        const rlimit memory{rlim_t(4) << 30, rlim_t(4) << 30};
        ::setrlimit(RLIMIT_AS, &memory);
    };
    Run r = rd::test::runCli(arguments, options);
    // Qt's warning of a missing XDG_RUNTIME_DIR comes with every verb that draws; it is not
    // what is checked.
    QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    lines.removeIf([](const QString &l) { return l.startsWith(u"QStandardPaths: "_s); });
    r.err = lines.join(u'\n');
    return r;
}

QStringList tst_Files::writing(const QString &option, const QString &path) const
{
    const QStringList trend = {u"--product"_s, u"RD-CD19"_s, u"--test"_s, u"VIAB"_s};
    QStringList args;
    if (option == u"export --out"_s)
        args = QStringList{u"export"_s, m_store, u"results"_s, u"--format"_s,  u"csv"_s,
                           u"--out"_s,  path,    u"--user"_s,  u"qc.analyst"_s};
    else if (option == u"trend --out"_s)
        args = QStringList{u"trend"_s, m_store} + trend +
               QStringList{u"--out"_s, path, u"--user"_s, u"qc.analyst"_s};
    else if (option == u"trend --png"_s)
        args = QStringList{u"trend"_s, m_store} + trend +
               QStringList{u"--png"_s, path, u"--user"_s, u"qc.analyst"_s};
    else if (option == u"report -o"_s || option == u"report --out"_s)
        args = QStringList{u"report"_s,   m_store, u"coa"_s,    u"--batch"_s,    m_batch,
                           option.mid(7), path,    u"--user"_s, u"qa.reviewer"_s};
    args << u"--password-stdin"_s;
    return args;
}

std::unique_ptr<Session> tst_Files::openDemo(const QString &user)
{
    Result<std::unique_ptr<Session>> s =
        Session::open(m_store, user, rd::test::secret(kDemoPassword));
    if (!s) {
        qWarning("cannot open the demo store as %s: %s", qPrintable(user),
                 qPrintable(s.error().message()));
        return nullptr;
    }
    return std::move(s).value();
}

namespace {
const QStringList kOutputOptions = {u"export --out"_s, u"trend --out"_s, u"trend --png"_s,
                                    u"report -o"_s, u"report --out"_s};
} // namespace

void tst_Files::outputIntoTheStoreRefused_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("target");
    for (const QString &option : kOutputOptions) {
        for (const QString &target : {u"keyslots.json"_s, u"records.db"_s, u"new file"_s,
                                      u"new file below"_s, u"linked folder"_s}) {
            QTest::addRow("%s into %s", qPrintable(option), qPrintable(target)) << option << target;
        }
    }
}

void tst_Files::outputIntoTheStoreRefused()
{
    QFETCH(QString, option);
    QFETCH(QString, target);
    // The store reached through a link of the attacker's, outside it.
    const QString link = m_dir.filePath(u"innocent-folder"_s);
    if (!QFileInfo(link).isSymLink())
        QVERIFY(QFile::link(m_store, link));
    QString path;
    if (target == u"keyslots.json"_s || target == u"records.db"_s)
        path = m_store + u'/' + target;
    else if (target == u"new file"_s)
        path = m_store + u"/output.bin"_s;
    else if (target == u"new file below"_s)
        path = m_store + u"/inner/output.bin"_s;
    else
        path = link + u"/keyslots.json"_s;

    const QMap<QString, QByteArray> before = tree(m_store);
    const Run r = run(writing(option, path), QByteArray(kDemoPassword) + '\n');
    QCOMPARE(changes(before, tree(m_store)), QString());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.contains(u'\n'), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Refusing to write "_s + path + u':'), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"inside the store folder "_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Leiden-QA.rdstore"_s), qPrintable(r.err));
}

void tst_Files::outputOverNonRegularFileRefused_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("kind");
    for (const QString &option : kOutputOptions) {
        for (const QString &kind : {u"folder"_s, u"FIFO"_s})
            QTest::addRow("%s over a %s", qPrintable(option), qPrintable(kind)) << option << kind;
    }
}

void tst_Files::outputOverNonRegularFileRefused()
{
    QFETCH(QString, option);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"special"_s);
    if (kind == u"folder"_s)
        QVERIFY(QDir().mkdir(path));
    else
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const mode_t type = kind == u"folder"_s ? S_IFDIR : S_IFIFO;
    const QMap<QString, QByteArray> before = tree(m_store);
    const Run r = run(writing(option, path), QByteArray(kDemoPassword) + '\n');
    QCOMPARE(changes(before, tree(m_store)), QString());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Refusing to write "_s + path + u':'), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));
    struct stat st = {};
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & S_IFMT, type);
}

// The chart was drawn to "NAME.part" beside the output, a name anyone could plant a link at.
void tst_Files::chartTemporaryFollowsNoLink()
{
    QTemporaryDir dir;
    const QString victim = dir.filePath(u"victim.txt"_s);
    {
        QFile f(victim);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious\n");
    }
    const QString png = dir.filePath(u"chart.png"_s);
    QVERIFY(QFile::link(victim, png + u".part"_s));
    const Run r = run(writing(u"trend --png"_s, png), QByteArray(kDemoPassword) + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(contentOf(victim), QByteArray("precious\n"));
    QCOMPARE(contentOf(png).left(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
}

void tst_Files::windowSaveDialogRefusesTheStore()
{
    for (const QString &path : QStringList{
             m_store + u"/keyslots.json"_s, m_store + u"/records.db"_s, m_store + u"/report.pdf"_s,
             m_dir.filePath(u"innocent-folder/records.db"_s), m_store + u"/inner"_s}) {
        if (!QFileInfo::exists(m_dir.filePath(u"innocent-folder"_s)))
            QVERIFY(QFile::link(m_store, m_dir.filePath(u"innocent-folder"_s)));
        ui::Dialogs::setNextSaveFile(path);
        ui::Dialogs::setNextAnswer(QMessageBox::Ok); // the warning that says why
        const QString chosen = ui::Dialogs::saveFile(nullptr, u"Export"_s, QString(), QString());
        QVERIFY2(chosen.isEmpty(), qPrintable(path));
        QVERIFY2(ui::Dialogs::lastMessage().startsWith(u"Refusing to write "_s + path + u':'),
                 qPrintable(ui::Dialogs::lastMessage()));
        QCOMPARE(ui::Dialogs::unusedAnswers(), 0);
    }
    // A path outside every store is the user's to choose.
    const QString fine = m_dir.filePath(u"report.pdf"_s);
    ui::Dialogs::setNextSaveFile(fine);
    QCOMPARE(ui::Dialogs::saveFile(nullptr, u"Export"_s, QString(), QString()), fine);
}

void tst_Files::windowTrendExportRefusesTheStore()
{
    std::unique_ptr<Session> session = openDemo(u"qc.analyst"_s);
    QVERIFY(session);
    ui::TrendsPage page(*session);
    page.refresh();
    QVERIFY2(page.select(u"RD-CD19"_s, u"VIAB"_s), qPrintable(page.message()));
    QVERIFY(page.series().points.size() > 3);
    for (const QString &name :
         {u"keyslots.json"_s, u"records.db"_s, u"chart.png"_s, u"chart.pdf"_s, u"points.csv"_s}) {
        const QString path = m_store + u'/' + name;
        const QMap<QString, QByteArray> before = tree(m_store);
        QVERIFY2(!page.exportTo(path), qPrintable(path));
        QCOMPARE(changes(before, tree(m_store)), QString());
        QVERIFY2(page.message().startsWith(u"Refusing to write "_s + path + u':'),
                 qPrintable(page.message()));
    }
}

void tst_Files::windowPdfExportRefusesTheStore()
{
    std::unique_ptr<Session> session = openDemo(u"qa.reviewer"_s);
    QVERIFY(session);
    reports::ReportRequest request;
    request.batchNumber = m_batch;
    Result<reports::Document> doc = reports::ReportBuilder(*session).build(request);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message()));
    reports::DocumentRegistry registry(*session);
    QVERIFY(registry.prepare(doc.value()));
    for (const QString &name : {u"keyslots.json"_s, u"records.db"_s}) {
        const QString path = m_store + u'/' + name;
        const QByteArray before = contentOf(path);
        Result<reports::IssuedDocument> issued =
            registry.exportPdf(doc.value(), reports::Paper::A4, path);
        QVERIFY(!issued);
        QVERIFY2(issued.error().message().startsWith(u"Refusing to write "_s + path + u':'),
                 qPrintable(issued.error().message()));
        QVERIFY(contentOf(path) == before);
    }
}

// The one rule that every writer of a user's output goes through, on the paths an attacker would
// try: links in every place, "..", a relative path, a device.
void tst_Files::outputRules_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("refusal"); // empty: allowed
    const QString store = m_dir.filePath(u"Leiden-QA.rdstore"_s);
    const QString inside = u"inside the store folder"_s;
    QTest::newRow("the store folder itself") << store << inside;
    QTest::newRow("deeper than any folder there") << store + u"/inner/a/b/c.pdf"_s << inside;
    QTest::newRow("a link to keyslots.json") << m_dir.filePath(u"slots-link.pdf"_s) << inside;
    QTest::newRow("\"..\" after a link into the store")
        << m_dir.filePath(u"inner-link/../keyslots.json"_s) << inside;
    QTest::newRow("relative, from inside the store") << u"keyslots.json"_s << inside;
    QTest::newRow("a device") << u"/dev/null"_s << u"it is a character device"_s;
    QTest::newRow("a folder") << m_dir.path() << u"it is a folder"_s;
    QTest::newRow("beside the store") << m_dir.filePath(u"Leiden-QA.pdf"_s) << QString();
    QTest::newRow("a dangling link into the store")
        << m_dir.filePath(u"dangling.pdf"_s) << QString();
}

void tst_Files::outputRules()
{
    QFETCH(QString, path);
    QFETCH(QString, refusal);
    const QList<std::pair<QString, QString>> links = {
        {u"slots-link.pdf"_s, m_store + u"/keyslots.json"_s},
        {u"inner-link"_s, m_store + u"/inner"_s},
        {u"dangling.pdf"_s, m_store + u"/new.pdf"_s}};
    for (const auto &[link, target] : links) {
        if (!QFileInfo(m_dir.filePath(link)).isSymLink())
            QVERIFY(QFile::link(target, m_dir.filePath(link)));
    }
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_store));
    const Status s = UserFiles::checkOutput(path);
    QVERIFY(QDir::setCurrent(before));
    if (refusal.isEmpty()) {
        QVERIFY2(s, s ? "" : qPrintable(s.error().message()));
        return;
    }
    QVERIFY(!s);
    QVERIFY2(s.error().message().startsWith(u"Refusing to write "_s + path + u": "_s),
             qPrintable(s.error().message()));
    QVERIFY2(s.error().message().contains(refusal), qPrintable(s.error().message()));
}

// A link at the output's name is replaced by the file, never written through: not even a link
// that leads into a store can make the write land there.
void tst_Files::outputLinkIsReplacedNotFollowed()
{
    QTemporaryDir dir;
    const QString link = dir.filePath(u"out.csv"_s);
    QVERIFY(QFile::link(m_store + u"/new.csv"_s, link));
    const QMap<QString, QByteArray> before = tree(m_store);
    QVERIFY(UserFiles::writeOutput(link, "a,b\n"));
    QCOMPARE(changes(before, tree(m_store)), QString());
    QVERIFY(!QFileInfo(link).isSymLink());
    QCOMPARE(contentOf(link), QByteArray("a,b\n"));
    QCOMPARE(octal(modeOf(link)), u"0600"_s);
}

// The print dialog's "print to file" hands the print engine a name; the preview checks it and
// makes the file private through UserFiles::prepareOutput before the engine opens it.
void tst_Files::printToFileIsCheckedAndPrivate()
{
    const OpenUmask umask000;
    QTemporaryDir dir;
    const QMap<QString, QByteArray> before = tree(m_store);
    const Status refused = UserFiles::prepareOutput(m_store + u"/keyslots.json"_s);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(u"inside the store folder"_s));
    QVERIFY(!UserFiles::prepareOutput(m_store + u"/printed.pdf"_s));
    QCOMPARE(changes(before, tree(m_store)), QString());

    const QString fresh = dir.filePath(u"printed.pdf"_s);
    QVERIFY(UserFiles::prepareOutput(fresh));
    QCOMPARE(octal(modeOf(fresh)), u"0600"_s);
    const QString old = dir.filePath(u"old.pdf"_s);
    {
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-old");
    }
    QCOMPARE(::chmod(QFile::encodeName(old).constData(), 0666), 0);
    QVERIFY(UserFiles::prepareOutput(old));
    QCOMPARE(octal(modeOf(old)), u"0600"_s);
    const QString fifo = dir.filePath(u"fifo.pdf"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Status notFile = UserFiles::prepareOutput(fifo); // must not wait for a reader
    QVERIFY(!notFile);
    QVERIFY(notFile.error().message().contains(u"FIFO"_s));
}

void tst_Files::writeProbeFollowsNoLink()
{
    rd::test::TestStore store;
    QVERIFY(store.isValid());
    const QString victim = store.folder() + u"/victim.txt"_s;
    {
        QFile f(victim);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious\n");
    }
    // The name the probe had: the process id is no secret.
    const QString planted = store.path() + u"/.write-probe-"_s + QString::number(::getpid());
    QVERIFY(QFile::link(victim, planted));
    QVERIFY(StoreFiles::checkWritable(store.path()));
    QCOMPARE(contentOf(victim), QByteArray("precious\n"));
    // Unlocking probes the folder too.
    QVERIFY(store.open());
    QCOMPARE(contentOf(victim), QByteArray("precious\n"));
}

void tst_Files::newStoreIsPrivateUnderUmask000()
{
    const OpenUmask umask000;
    rd::test::TestStore store;
    QVERIFY(store.isValid());
    const StorePaths paths(store.path());
    QCOMPARE(octal(modeOf(paths.root())), u"0700"_s);
    QCOMPARE(octal(modeOf(paths.keyslots())), u"0600"_s);
    QCOMPARE(octal(modeOf(paths.records())), u"0600"_s);
    // The write-ahead log and shared memory exist while a session is open; SQLite gives them
    // the database's mode.
    std::unique_ptr<Session> session = store.open();
    QVERIFY(session);
    QVERIFY(QFileInfo::exists(paths.records() + u"-wal"_s));
    QCOMPARE(octal(modeOf(paths.records() + u"-wal"_s)), u"0600"_s);
    QCOMPARE(octal(modeOf(paths.records() + u"-shm"_s)), u"0600"_s);
    session.reset();
    // Key slots rewritten (a password change) stay private.
    QVERIFY(store.addUser(u"bob"_s, Role::Viewer));
    QCOMPARE(octal(modeOf(paths.keyslots())), u"0600"_s);
    // Through the command line as well.
    const QString cli = m_dir.filePath(u"Umask.rdstore"_s);
    const Run r = run({u"init"_s, cli, u"--admin"_s, u"alice"_s, u"--full-name"_s, u"Alice Admin"_s,
                       u"--person-id"_s, u"P-alice"_s, u"--password-stdin"_s},
                      "correct-horse-battery\n", 60000, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(octal(modeOf(cli)), u"0700"_s);
    for (const QString &name : QDir(cli).entryList(QDir::Files | QDir::Hidden))
        QCOMPARE(octal(modeOf(cli + u'/' + name)), u"0600"_s);
}

void tst_Files::openingAStoreTightensIt()
{
    rd::test::TestStore store;
    QVERIFY(store.isValid());
    const StorePaths paths(store.path());
    QCOMPARE(::chmod(QFile::encodeName(paths.root()).constData(), 0777), 0);
    QCOMPARE(::chmod(QFile::encodeName(paths.keyslots()).constData(), 0666), 0);
    QCOMPARE(::chmod(QFile::encodeName(paths.records()).constData(), 0644), 0);
    std::unique_ptr<Session> session = store.open();
    QVERIFY(session);
    QCOMPARE(octal(modeOf(paths.root())), u"0700"_s);
    QCOMPARE(octal(modeOf(paths.keyslots())), u"0600"_s);
    QCOMPARE(octal(modeOf(paths.records())), u"0600"_s);
    QCOMPARE(octal(modeOf(paths.records() + u"-wal"_s)), u"0600"_s);
}

void tst_Files::outputsArePrivateUnderUmask000()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"coa.pdf"_s);
    const QString png = dir.filePath(u"chart.png"_s);
    const QString csv = dir.filePath(u"results.csv"_s);
    const QString trend = dir.filePath(u"trend.csv"_s);
    const QByteArray password = QByteArray(kDemoPassword) + '\n';
    for (const auto &[option, path] : {std::pair{u"report -o"_s, pdf},
                                       {u"trend --png"_s, png},
                                       {u"export --out"_s, csv},
                                       {u"trend --out"_s, trend}}) {
        const Run r = run(writing(option, path), password, 60000, true);
        QVERIFY2(r.exitCode == 0, qPrintable(option + u": "_s + r.err));
        QCOMPARE(octal(modeOf(path)), u"0600"_s);
    }
    QVERIFY(contentOf(pdf).startsWith("%PDF-"));
    QVERIFY(contentOf(png).startsWith("\x89PNG"));
}

void tst_Files::windowExportsArePrivateUnderUmask000()
{
    std::unique_ptr<Session> session = openDemo(u"qc.analyst"_s);
    QVERIFY(session);
    ui::TrendsPage page(*session);
    page.refresh();
    QVERIFY2(page.select(u"RD-CD19"_s, u"VIAB"_s), qPrintable(page.message()));
    const OpenUmask umask000;
    QTemporaryDir dir;
    for (const QString &name : {u"chart.png"_s, u"chart.pdf"_s, u"points.csv"_s}) {
        const QString path = dir.filePath(name);
        QVERIFY2(page.exportTo(path), qPrintable(page.message()));
        QCOMPARE(octal(modeOf(path)), u"0600"_s);
    }
    QVERIFY(contentOf(dir.filePath(u"chart.pdf"_s)).startsWith("%PDF-"));
    QVERIFY(contentOf(dir.filePath(u"chart.png"_s)).startsWith("\x89PNG"));
}

void tst_Files::nonRegularInputRefused_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("kind");
    for (const QString &verb : {u"import"_s, u"verify-document"_s}) {
        for (const QString &kind : {u"character device"_s, u"FIFO"_s, u"folder"_s})
            QTest::addRow("%s of a %s", qPrintable(verb), qPrintable(kind)) << verb << kind;
    }
}

void tst_Files::nonRegularInputRefused()
{
    QFETCH(QString, verb);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString path = u"/dev/zero"_s;
    if (kind == u"FIFO"_s) {
        path = dir.filePath(u"results.csv"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"folder"_s) {
        path = dir.filePath(u"results.csv"_s);
        QVERIFY(QDir().mkdir(path));
    }
    const QStringList args =
        verb == u"import"_s
            ? QStringList{u"import"_s, m_store, path, u"--user"_s, u"qc.analyst"_s}
            : QStringList{u"verify-document"_s, path,           u"--store"_s, m_store,
                          u"--user"_s,          u"qc.analyst"_s};
    const QMap<QString, QByteArray> before = tree(m_store);
    QElapsedTimer timer;
    timer.start();
    // Nobody ever writes to the FIFO: a reader that opens it waits for ever.
    const Run r =
        run(args + QStringList{u"--password-stdin"_s}, QByteArray(kDemoPassword) + '\n', 15000);
    QVERIFY2(!r.timedOut, "the command waited on its input");
    QVERIFY(timer.elapsed() < 15000);
    QCOMPARE(changes(before, tree(m_store)), QString());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.contains(u'\n'), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Refusing to read "_s + path + u':'), qPrintable(r.err));
    QVERIFY2(r.err.contains(kind), qPrintable(r.err));
}

void tst_Files::oversizedInputRefusedUnread_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("limit");
    QTest::newRow("import") << u"import"_s << (qint64(256) << 20) + 1 << u"at most 256 MiB"_s;
    QTest::newRow("verify-document")
        << u"verify-document"_s << (qint64(512) << 20) + 1 << u"at most 512 MiB"_s;
}

// Sparse files: were they read, the test would take seconds and the memory they fill.
void tst_Files::oversizedInputRefusedUnread()
{
    QFETCH(QString, verb);
    QFETCH(qint64, size);
    QFETCH(QString, limit);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.pdf"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(size));
    }
    const QStringList args =
        verb == u"import"_s
            ? QStringList{u"import"_s, m_store, path, u"--user"_s, u"qc.analyst"_s}
            : QStringList{u"verify-document"_s, path,           u"--store"_s, m_store,
                          u"--user"_s,          u"qc.analyst"_s};
    const QMap<QString, QByteArray> before = tree(m_store);
    const Run r =
        run(args + QStringList{u"--password-stdin"_s}, QByteArray(kDemoPassword) + '\n', 15000);
    QCOMPARE(changes(before, tree(m_store)), QString());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY2(r.err.contains(limit), qPrintable(r.err));
}

QTEST_MAIN(tst_Files)
#include "tst_files.moc"
