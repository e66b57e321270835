// SPDX-License-Identifier: GPL-3.0-or-later
// releasedesk-bench: the seven workloads of the benchmark suite (README, "Benchmarks"). The
// driver runs each workload in a process of its own, so that its peak memory is its own, and
// prints the table at the end.
//
//   releasedesk-bench [--data DIR] [--quick] [W1 W2 ...]
#include "bench.h"

#include "accounts/accountservice.h"
#include "core/runtime.h"
#include "demo/demodata.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "session/demo.h"
#include "session/storecreator.h"
#include "support/memory.h"
#include "support/rawdb.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rd::bench {

namespace {

constexpr char kTag[] = "@figure\t";

QString field(QString text)
{
    return text.replace(u'\t', u' ');
}

} // namespace

void report(const Figure &f)
{
    const QString met = !f.met ? u"-"_s : (*f.met ? u"met"_s : u"MISSED"_s);
    const QString line = QStringList{f.workload,
                                     field(f.name),
                                     field(f.size),
                                     QString::number(f.ms, 'f', 1),
                                     field(f.rate),
                                     QString::number(f.peakMb.value_or(peakMemoryMb()), 'f', 0),
                                     field(f.ratio),
                                     field(f.goal),
                                     met}
                             .join(u'\t');
    std::printf("%s%s\n", kTag, line.toUtf8().constData());
    std::fflush(stdout);
}

double peakMemoryMb()
{
    return static_cast<double>(std::max<qint64>(0, test::processMemory("VmHWM:"))) / 1048576.0;
}

double residentMemoryMb()
{
    return static_cast<double>(std::max<qint64>(0, test::processMemory("VmRSS:"))) / 1048576.0;
}

QString thousands(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u' ');
    return digits;
}

void say(const QString &line)
{
    std::fprintf(stderr, "  %s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

QString storePath(const Options &o, const QString &name)
{
    return QDir(o.dataDir).filePath(name + (o.quick ? u"-quick"_s : QString()) + u".rdstore"_s);
}

// The marker names the store layout it was made with: a store of an earlier layout (key-slot
// format, what the workload holds) is made again rather than measured as it is.
constexpr char kReadyMarker[] = "made by releasedesk-bench, layout 2\n";

bool storeReady(const Options &o, const QString &name)
{
    QFile f(storePath(o, name) + u".ready"_s);
    return f.open(QIODevice::ReadOnly) && f.readAll() == QByteArray(kReadyMarker);
}

void markReady(const Options &o, const QString &name)
{
    QFile f(storePath(o, name) + u".ready"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write(kReadyMarker);
}

int batchesForDemo(const Options &o)
{
    return o.quick ? 5000 : 100000;
}

int batchesForImport(const Options &o)
{
    return o.quick ? 1000 : 10000;
}

std::unique_ptr<Session> open(const QString &store, const QString &user, bool unencrypted)
{
    Session::Options options;
    options.store.unencryptedForMeasurement = unencrypted;
    Result<std::unique_ptr<Session>> s =
        Session::open(store, user, SecureBytes::fromUtf8(QString::fromLatin1(kPassword)), options);
    if (!s) {
        say(u"cannot open %1 as %2: %3"_s.arg(store, user, s.error().message()));
        return nullptr;
    }
    return std::move(s).value();
}

DemoExport demoExport(int batches)
{
    const DemoData data(batches, 1);
    QList<BatchRecord> records;
    QList<QcResult> results;
    records.reserve(batches);
    for (int i = 0; i < batches; ++i) {
        DemoData::Batch b = data.batch(i);
        records << std::move(b.record);
        results << b.results;
    }
    DemoExport out;
    out.specifications = Serializer::specificationDocument(DemoData::specifications());
    out.batches = Serializer::batchRecordDocument(records);
    out.results = Serializer::resultsCsvDocument(results);
    out.batchCount = records.size();
    out.resultCount = results.size();
    return out;
}

bool createEmptyStore(const QString &path, bool unencrypted)
{
    QDir(path).removeRecursively();
    const SecureBytes password = SecureBytes::fromUtf8(QString::fromLatin1(kPassword));
    Result<StoreCreator::Created> created =
        StoreCreator::create(path, u"admin"_s, u"Alex Morgan"_s, password, u"E-1001"_s);
    if (!created) {
        say(created.error().message());
        return false;
    }
    SecureBytes key;
    {
        std::unique_ptr<Session> admin = open(path, u"admin"_s);
        if (!admin)
            return false;
        AccountService accounts(*admin);
        for (const auto &[user, name, role] :
             {std::tuple{u"qc.analyst"_s, u"Quinn Chen"_s, Role::QcAnalyst},
              std::tuple{u"qa.reviewer"_s, u"Rosa Martens"_s, Role::QaReviewer}}) {
            AccountService::NewAccount a;
            a.userName = user;
            a.fullName = name;
            a.personId = u"P-"_s + user;
            a.role = role;
            a.requirePasswordChange = false;
            if (Result<Account> r = accounts.add(a, password); !r) {
                say(r.error().message());
                return false;
            }
        }
        // The laboratory whose analysts the demo's results name, as in the demo store.
        for (const DemoData::Analyst &l : DemoData::laboratory()) {
            AccountService::NewAccount a;
            a.userName = QString::fromLatin1(l.userName);
            a.fullName = QString::fromLatin1(l.fullName);
            a.personId = QString::fromLatin1(l.personId);
            a.role = Role::QcAnalyst;
            a.requirePasswordChange = false;
            if (Result<Account> r = accounts.add(a, password); !r) {
                say(r.error().message());
                return false;
            }
        }
        key = admin->store().masterKey().copy();
    }
    if (!unencrypted)
        return true;
    // The same file, decrypted: sqlcipher_export into a plain database, which then takes its
    // place.
    const QString records = QDir(path).filePath(u"records.db"_s);
    const QString plain = records + u".plain"_s;
    {
        // The driver opens without SQLITE_OPEN_CREATE, so ATTACH needs the (empty) file there.
        QFile empty(plain);
        if (!empty.open(QIODevice::WriteOnly))
            return false;
        empty.close();
        test::RawDb db(records, key);
        if (db.exec(u"ATTACH DATABASE '%1' AS plain KEY ''; SELECT sqlcipher_export('plain'); "
                    "DETACH DATABASE plain;"_s.arg(plain)) != 0) {
            say(u"cannot make a plain copy: "_s + db.lastError());
            return false;
        }
    }
    QFile::remove(records + u"-wal"_s);
    QFile::remove(records + u"-shm"_s);
    return QFile::remove(records) && QFile::rename(plain, records);
}

std::optional<ImportTimes> importExport(const QString &path, const DemoExport &files,
                                        bool unencrypted)
{
    ImportTimes times;
    const auto run = [&](const QString &user, const QList<ImportInput> &inputs, double *grewMb,
                         ImportSummary::Phases *phases) -> double {
        std::unique_ptr<Session> session = open(path, user, unencrypted);
        if (!session)
            return -1;
        const bool measured = test::resetPeakMemory();
        const double before = residentMemoryMb();
        QElapsedTimer t;
        t.start();
        Result<ImportSummary> s = Importer(*session).run(inputs, {});
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        *grewMb = measured ? std::max(0.0, peakMemoryMb() - before) : 0;
        if (!s) {
            say(s.error().message());
            return -1;
        }
        *phases = s->phases;
        return ms;
    };
    times.records =
        run(u"admin"_s,
            {{u"specifications.json"_s, files.specifications}, {u"batches.json"_s, files.batches}},
            &times.recordsGrewMb, &times.recordsPhases);
    if (times.records < 0)
        return std::nullopt;
    times.results = run(u"qc.analyst"_s, {{u"results.csv"_s, files.results}}, &times.resultsGrewMb,
                        &times.resultsPhases);
    if (times.results < 0)
        return std::nullopt;
    // The specifications approved, as the workloads that judge batches need (not timed; the
    // plain copy only measures the import).
    if (!unencrypted) {
        if (Status s = DemoStore::approveSpecificationsAhead(
                path, u"qa.reviewer"_s, SecureBytes::fromUtf8(QString::fromLatin1(kPassword)));
            !s) {
            say(s.error().message());
            return std::nullopt;
        }
    }
    return times;
}

} // namespace rd::bench

namespace {

using namespace rd::bench;

struct Workload
{
    const char *id;
    const char *title;
    int (*run)(const Options &);
};

const Workload kWorkloads[] = {
    {"W1", "import", runImport},         {"W2", "open", runOpen},
    {"W3", "queue filter", runFilter},   {"W4", "trend", runTrend},
    {"W5", "exceptions", runExceptions}, {"W6", "documents", runDocuments},
    {"W7", "verify", runVerify},
};

int usage()
{
    std::fprintf(stderr, "usage: releasedesk-bench [--data DIR] [--quick] [W1 ... W7]\n");
    return 2;
}

// The driver: each workload in a child process, then one table.
int drive(const QStringList &chosen, const QStringList &passOn)
{
    QList<QStringList> rows;
    bool failed = false;
    for (const Workload &w : kWorkloads) {
        const QString id = QString::fromLatin1(w.id);
        if (!chosen.isEmpty() && !chosen.contains(id))
            continue;
        std::fprintf(stderr, "%s %s\n", w.id, w.title);
        // What the workload before wrote reaches the disk first: its write-back would otherwise
        // land in this one's time (W2 right after W1 measured 320 ms instead of 70).
        ::sync();
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    QStringList{u"--workload"_s, id} + passOn);
        child.waitForFinished(-1);
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith(kTag))
                rows << QString::fromUtf8(line.mid(qsizetype(sizeof kTag) - 1)).split(u'\t');
            else if (!line.isEmpty())
                std::fprintf(stderr, "  %s\n", line.constData());
        }
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            std::fprintf(stderr, "%s failed (exit %d)\n", w.id, child.exitCode());
            failed = true;
        }
    }
    // Columns: workload, name, size, ms, rate, peak MB, ratio, goal, met.
    std::printf("\n%-3s %-30s %-34s %11s  %-26s %8s  %-40s %-22s %s\n", "", "workload", "size",
                "time", "rate", "peak", "ratio", "goal", "");
    for (const QStringList &r : std::as_const(rows)) {
        if (r.size() < 9)
            continue;
        const double ms = r.at(3).toDouble();
        const QString time = ms >= 10000 ? u"%1 s"_s.arg(ms / 1000, 0, 'f', 2)
                                         : u"%1 ms"_s.arg(ms, 0, 'f', ms < 100 ? 1 : 0);
        std::printf("%-3s %-30s %-34s %11s  %-26s %5s MB  %-40s %-22s %s\n", qPrintable(r.at(0)),
                    qPrintable(r.at(1)), qPrintable(r.at(2)), qPrintable(time), qPrintable(r.at(4)),
                    qPrintable(r.at(5)), qPrintable(r.at(6)), qPrintable(r.at(7)),
                    qPrintable(r.at(8)));
    }
    return failed ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    // W2 and W4 paint widgets; without a display they paint offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (rd::Status s = rd::Runtime::initialize(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message()));
        return 1;
    }
    Options o;
    o.dataDir = QDir(QCoreApplication::applicationDirPath()).filePath(u"../bench-data"_s);
    QString workload;
    QStringList chosen;
    QStringList passOn;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--data"_s && i + 1 < args.size()) {
            o.dataDir = args.at(++i);
        } else if (a == u"--quick"_s) {
            o.quick = true;
        } else if (a == u"--workload"_s && i + 1 < args.size()) {
            workload = args.at(++i);
        } else if (a.size() == 2 && a.startsWith(u'W')) {
            chosen << a;
        } else {
            return usage();
        }
    }
    o.dataDir = QDir(o.dataDir).absolutePath();
    QDir().mkpath(o.dataDir);
    passOn << u"--data"_s << o.dataDir;
    if (o.quick)
        passOn << u"--quick"_s;
    if (workload.isEmpty())
        return drive(chosen, passOn);
    for (const Workload &w : kWorkloads) {
        if (workload == QString::fromLatin1(w.id))
            return w.run(o);
    }
    return usage();
}
