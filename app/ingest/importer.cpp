// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/importer.h"

#include "audit/audittrail.h"
#include "core/clock.h"
#include "core/userfiles.h"
#include "domain/text.h"
#include "ingest/resultrules.h"
#include "ingest/serializer.h"
#include "records/batchlocks.h"
#include "records/recordstore.h"
#include "security/crypto.h"
#include "session/session.h"
#include "store/statement.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// How many line feeds `bytes` holds, found with memchr (which uses the processor's vector
// instructions) rather than byte by byte.
qint64 lineFeeds(QByteArrayView bytes)
{
    qint64 count = 0;
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    while (p < end) {
        p = static_cast<const char *>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        if (!p)
            break;
        ++count;
        ++p;
    }
    return count;
}

constexpr int kMaxConflictsShown = 50;
// The pieces a QC results CSV is read in as it is checked: small enough that the pieces on their
// way hold little, large enough that reading each costs little besides its rows.
constexpr qsizetype kStreamPieceBytes = qsizetype(2) << 20;

// The specifications of one product, oldest first, to find the one in force on a date.
class SpecIndex
{
public:
    void add(const Specification &spec) { m_byProduct[spec.product.code].append(spec); }
    void sort()
    {
        for (auto &list : m_byProduct)
            std::stable_sort(list.begin(), list.end(),
                             [](const Specification &a, const Specification &b) {
                                 return a.effectiveFrom < b.effectiveFrom;
                             });
    }
    bool hasProduct(const QString &code) const { return m_byProduct.contains(code); }
    const Specification *inForce(const QString &product, const QDate &on) const
    {
        const auto it = m_byProduct.constFind(product);
        if (it == m_byProduct.constEnd())
            return nullptr;
        return specificationStatedFor(*it, product, on);
    }
    const Specification *find(const QString &product, const QString &version) const
    {
        const auto it = m_byProduct.constFind(product);
        if (it == m_byProduct.constEnd())
            return nullptr;
        for (const Specification &s : *it) {
            if (s.version == version)
                return &s;
        }
        return nullptr;
    }
    // Every unit a test code has in any specification (computed once, after the last add).
    const QSet<QString> &unitsOf(const QString &code) const
    {
        if (m_units.isEmpty()) {
            for (const QList<Specification> &list : m_byProduct)
                for (const Specification &s : list)
                    for (const SpecTest &t : s.tests)
                        m_units[t.code].insert(t.unit);
        }
        static const QSet<QString> none;
        const auto it = m_units.constFind(code);
        return it == m_units.constEnd() ? none : *it;
    }

private:
    QHash<QString, QList<Specification>> m_byProduct;
    mutable QHash<QString, QSet<QString>> m_units;
};

QString unitShown(const QString &unit)
{
    return unit.isEmpty() ? Importer::tr("no unit") : u"\""_s + unit + u'"';
}

QString resultName(const QcResult &r)
{
    return Importer::tr("%1 of sample %2 at %3")
        .arg(r.testCode, r.sampleId, Serializer::timeText(r.testedAt, r.testedAtNanos));
}

// A JSON path of an Allotrope file as a reader follows it: "cell counting document[0] › measurement
// document[0] › sample document" for "$['cell counting aggregate document']['cell counting
// document'][0]['measurement aggregate document']…". The aggregate documents only wrap lists.
QString placeShown(const QString &path)
{
    static const QRegularExpression member(u"\\['([^']*)'\\]"_s);
    QStringList parts;
    qsizetype at = path.startsWith(u'$') ? 1 : 0;
    for (QRegularExpressionMatchIterator it = member.globalMatch(path, at); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != at && !parts.isEmpty())
            parts.last() += path.mid(at, m.capturedStart() - at); // an index: "[0]"
        at = m.capturedEnd();
        if (!m.captured(1).endsWith(u"aggregate document"_s))
            parts << m.captured(1);
    }
    if (!parts.isEmpty())
        parts.last() += path.mid(at);
    return parts.isEmpty() ? path : parts.join(u" › "_s);
}

// What makes two results with the same value differ, for a message that would otherwise read
// "is 91.5 %; the stored one is 91.5 %": the first other field, old and new.
QString otherDifference(const QcResult &stored, const QcResult &r)
{
    const std::pair<const char *, std::pair<QString, QString>> fields[] = {
        {QT_TRANSLATE_NOOP("rd::Importer", "the method"), {stored.method, r.method}},
        {QT_TRANSLATE_NOOP("rd::Importer", "the instrument"), {stored.instrument, r.instrument}},
        {QT_TRANSLATE_NOOP("rd::Importer", "the analyst"), {stored.analyst, r.analyst}},
        {QT_TRANSLATE_NOOP("rd::Importer", "the reason"), {stored.reason, r.reason}},
    };
    for (const auto &[name, values] : fields) {
        if (values.first != values.second)
            return Importer::tr(" (%1 differs: \"%2\", stored \"%3\")")
                .arg(Importer::tr(name), values.second, values.first);
    }
    return QString();
}

// Where an unassigned result that is not assigned stands, for messages.
QString inboxStateName(const QString &state)
{
    return state == u"rejected"_s ? Importer::tr("rejected in the inbox")
                                  : Importer::tr("open in the inbox");
}

// What a result says, for messages and the audit trail: "91.5 %", "Negative", "pending".
QString resultValue(const QcResult &r)
{
    QString text = Formats::shownValue(r);
    if (r.status != ResultStatus::Final)
        text = text.isEmpty() ? resultStatusId(r.status)
                              : u"%1 (%2)"_s.arg(text, resultStatusId(r.status));
    return text;
}

// A file read piece by piece: what is read of it so far that is its own.
struct Reading
{
    explicit Reading(const RecordPieces &file)
    {
        // What is wrong with a JSON file's root comes before what is wrong with its items.
        qsizetype cursor = 0;
        own.takeFrom(file.rootProblems(), cursor, file.rootProblems().count());
    }
    Problems own;               // what cannot be read, or is not a record
    QSet<QString> numbers;      // batch numbers given so far
    QList<BatchRecord> batches; // of the last piece, once its problems are taken
    QList<int> at;
    // Of the piece that could not be read: what follows is then only read for what outranks it.
    int malformedRank = 0;
};

// What a piece of a file read piece by piece holds that cannot be read goes to the file's own
// problems: a malformed piece alone (true when the rest of the file cannot be read: its text is
// not CSV or JSON), or the problems of the piece's records (batch records then move to
// `reading.batches`, with a number given twice).
bool takeReadingProblems(const RecordPieces &file, RecordPieces::Piece &piece, const QString &name,
                         Reading &reading)
{
    if (!piece.malformed.isEmpty()) {
        if (piece.malformedRank > reading.malformedRank) {
            reading.own = {};
            reading.own.add(name, piece.malformedPlace, piece.malformedField, piece.malformed);
            reading.malformedRank = piece.malformedRank;
        }
        return piece.malformedRank >= RecordPieces::Piece::kText;
    }
    if (reading.malformedRank > 0)
        return false;
    if (file.kind() == FileKind::BatchRecords) {
        reading.batches.clear();
        reading.at.clear();
        static_cast<const JsonRecords &>(file).takeBatches(piece, reading.numbers, reading.own,
                                                           reading.batches, reading.at);
        return false;
    }
    qsizetype cursor = 0;
    reading.own.takeFrom(piece.problems, cursor, piece.problems.count());
    return false;
}

// The row limit of a file read piece by piece, once every piece was read: alone, as the whole
// file's reading reports it.
bool overRowLimit(const RecordPieces &file, qsizetype rows, const QString &name, Problems &own)
{
    const QString tooMany = rows > Formats::kMaxRows ? file.tooMany(rows) : QString();
    if (tooMany.isEmpty())
        return false;
    own = {};
    own.add(name, QString(), QString(), tooMany);
    return true;
}

// A record to write and what it replaces.
struct PlannedBatch
{
    int file = 0;
    BatchRecord record; // its own, as a result's
    QString hash;       // its content hash, computed by the checking thread
    int version = 1;
    std::optional<qint64> supersedes;
    BoundRows rows; // its rows, encoded beside the checking (RecordStore::encodeBatch)
};

struct PlannedResult
{
    int file = 0;
    QcResult result;     // its own: the piece of the file it came from is freed once checked
    QString batchNumber; // empty: to the inbox
    int version = 1;
    std::optional<qint64> supersedes;
    QString previous; // what the superseded version said
    // An open unassigned result this one replaces (--supersede), and the import file it came
    // from: it is rejected with the reason.
    std::optional<std::pair<qint64, qint64>> replacesInbox;
    BoundRows row; // a result's row, encoded beside the checking (RecordStore::encodeResult)
};

#if defined(__clang__)
#define NOT_IN_FUZZ_COVERAGE __attribute__((no_sanitize("coverage")))
#else
#define NOT_IN_FUZZ_COVERAGE
#endif

// Plans handed from the thread that checks rows to the thread that writes them, in blocks.
struct PlanBlock
{
    QList<PlannedBatch> batches;
    QList<PlannedResult> results;
    // About how many rows writing it takes: a batch record is about thirty.
    qsizetype rows() const { return batches.size() * 30 + results.size(); }
};

// The checking thread puts blocks; the writing thread takes them in order. Either side can end
// the other's work early: the writer stops the checker when a write fails or the import is
// cancelled, the checker tells the writer that the import will be refused (a problem or
// conflict), after which nothing more is worth writing.
class Handoff
{
public:
    static constexpr qsizetype kBlockRows = 512;
    // How many blocks may wait: the checker waits rather than hold a whole file's plans when it
    // runs ahead of the writer.
    static constexpr std::size_t kMaxWaiting = 64;

    // Checking thread: hands `block` over once it is full, or with last = true at the end.
    NOT_IN_FUZZ_COVERAGE void put(PlanBlock &block, bool last)
    {
        if (block.rows() < kBlockRows && !last)
            return;
        // The blocks written since: freed here, on leaving, by the thread that made them.
        // glibc's allocator then frees each into its own arena, without taking a lock that
        // this thread holds as it allocates; and the writer, which mostly sets the pace,
        // spends no time on it.
        std::vector<PlanBlock> spent;
        {
            std::unique_lock lock(m_mutex);
            while (m_blocks.size() >= kMaxWaiting && !stopped())
                m_space.wait(lock);
            if (block.rows() > 0)
                m_blocks.push_back(std::exchange(block, {}));
            m_done = last;
            spent.swap(m_spent);
        }
        m_changed.notify_one();
    }
    // Writing thread: waits for the next block, answering the checker's questions meanwhile;
    // false once the checker has ended and every block was taken. How often it wakes depends on
    // how the two threads share the time, so it is left out of the fuzzers' coverage: the same
    // input then counts as the same (README: Fuzzing).
    NOT_IN_FUZZ_COVERAGE bool take(PlanBlock &block)
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (m_question) {
                const std::function<void()> *question = std::exchange(m_question, nullptr);
                lock.unlock();
                (*question)();
                lock.lock();
                m_answered = true;
                m_answer.notify_one();
                continue;
            }
            if (!m_blocks.empty())
                break;
            if (m_done)
                return false;
            m_changed.wait(lock);
        }
        // Once the checker has ended, nothing would free them before the end: freed here.
        if (block.rows() > 0 && !m_done)
            m_spent.push_back(std::exchange(block, {}));
        block = std::move(m_blocks.front());
        m_blocks.pop_front();
        lock.unlock();
        m_space.notify_one();
        return true;
    }
    // Checking thread: has the writing thread run `question` (a read of the store, on the
    // writer's connection: connections stay in their thread) and waits until it has.
    NOT_IN_FUZZ_COVERAGE void ask(const std::function<void()> &question)
    {
        std::unique_lock lock(m_mutex);
        m_question = &question;
        m_answered = false;
        m_changed.notify_one();
        while (!m_answered)
            m_answer.wait(lock);
    }
    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop.store(true, std::memory_order_relaxed);
        }
        m_space.notify_one();
    }
    bool stopped() const { return m_stop.load(std::memory_order_relaxed); }
    void refuse() { m_refused.store(true, std::memory_order_relaxed); }
    bool refused() const { return m_refused.load(std::memory_order_relaxed); }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::condition_variable m_space;
    std::condition_variable m_answer;
    const std::function<void()> *m_question = nullptr;
    bool m_answered = false;
    std::deque<PlanBlock> m_blocks;
    std::vector<PlanBlock> m_spent; // written, to be freed by the checking thread
    bool m_done = false;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_refused{false};
};

bool isResults(FileKind kind)
{
    return kind == FileKind::QcResultsCsv || kind == FileKind::QcResultsJson ||
           kind == FileKind::AsmCellCounting;
}

} // namespace

int FileOutcome::notImportedCount() const
{
    int n = 0;
    for (const NotImported &i : notImported)
        n += i.count;
    return n;
}

bool ImportSummary::nothingChanged() const
{
    return std::all_of(files.cbegin(), files.cend(), [](const FileOutcome &f) {
        return f.added == 0 && f.superseded == 0 && f.toInbox == 0;
    });
}

// What a file holds and is not imported: one line per name and reason.
static QStringList notImportedOf(const FileOutcome &f)
{
    QStringList out;
    for (const NotImported &n : f.notImported)
        out << u"  "_s + Importer::tr("not imported: %1 (%n value(s), the first at %2): %3",
                                      nullptr, n.count)
                             .arg(n.what, placeShown(n.place), n.reason);
    return out;
}

QStringList ImportSummary::notImportedLines() const
{
    QStringList out;
    for (const FileOutcome &f : files) {
        if (f.notImported.isEmpty())
            continue;
        out << f.name + u':';
        out << notImportedOf(f);
    }
    return out;
}

QStringList ImportSummary::lines(NotImportedAs notImported) const
{
    QStringList out;
    for (const FileOutcome &f : files) {
        QStringList parts;
        if (f.added)
            parts << Importer::tr("%1 added").arg(f.added);
        if (f.superseded)
            parts << Importer::tr("%1 superseded by new versions").arg(f.superseded);
        if (f.toInbox)
            parts << Importer::tr("%1 to the unassigned inbox").arg(f.toInbox);
        if (f.unchanged)
            parts << Importer::tr("%1 already stored").arg(f.unchanged);
        out << Importer::tr("%1: %2").arg(f.name, parts.isEmpty() ? Importer::tr("nothing in it")
                                                                  : parts.join(u", "_s));
        for (const QString &note : f.notes)
            out << u"  "_s + note;
        if (notImported == NotImportedAs::Counted && f.notImportedCount() > 0)
            out << u"  "_s +
                       Importer::tr("%n value(s) of the file not imported, each with its reason "
                                    "(details).",
                                    nullptr, f.notImportedCount());
        else
            out << notImportedOf(f);
    }
    if (nothingChanged())
        out << Importer::tr("Nothing changed: the store already holds all of this.");
    return out;
}

Importer::Importer(Session &session)
    : m_session(session)
{}

Result<QList<ImportInput>> Importer::readFiles(const QStringList &paths)
{
    QList<ImportInput> inputs;
    for (const QString &path : paths) {
        // The first file that cannot be read stops the import with its one line; a device or a
        // FIFO is refused before a byte of it is read, and without waiting on it.
        Result<QByteArray> bytes = UserFiles::readInput(path, Formats::kMaxFileBytes);
        if (!bytes)
            return bytes.error();
        inputs << ImportInput{QFileInfo(path).fileName(), std::move(bytes).value()};
    }
    return inputs;
}

Status Importer::checkFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        if (Status s = UserFiles::checkInput(path, Formats::kMaxFileBytes); !s)
            return s;
    return {};
}

Status Importer::mayImport(const Session &session)
{
    if (Status s = session.requireUsable(); !s)
        return s;
    const Role role = session.user().role;
    if (role == Role::QcAnalyst || role == Role::Administrator)
        return {};
    return Error(ErrorCode::Forbidden,
                 tr("Only a QC analyst (results) or an administrator (specifications and batch "
                    "records) can import; %1 is %2.")
                     .arg(session.user().userName, Roles::displayName(role)));
}

Result<ImportSummary> Importer::run(const QList<ImportInput> &inputs, const ImportOptions &options,
                                    const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = m_session.requireUsable(); !s)
        return s.error();
    if (options.supersede && options.reason.trimmed().isEmpty())
        return Error(ErrorCode::Usage, tr("Superseding needs a reason (--reason)."));
    if (Status s = Text::typed(options.reason, true, tr("The reason %1.")); !s)
        return s.error();
    if (!options.changeControl.trimmed().isEmpty())
        if (Status s = BatchLocks::checkChangeControl(options.changeControl); !s)
            return s.error();
    const auto report = [&progress](int percent) { return !progress || progress(percent); };
    const Error cancelled(ErrorCode::Cancelled, tr("Import cancelled; nothing was written."));

    // 1. Read every file on its own. A QC results CSV or JSON file and a batch-record file are
    // only opened here (their size, encoding and header or root checked): their records are
    // read piece by piece as they are checked, so that a large file's records never all exist
    // at once. Its SHA-256, which the audit trail records, is computed on another core meanwhile.
    Problems problems;
    QList<ParsedFile> files;
    files.reserve(inputs.size());
    std::vector<std::unique_ptr<RecordPieces>> streams(static_cast<std::size_t>(inputs.size()));
    std::vector<QByteArray> digests(static_cast<std::size_t>(inputs.size()));
    std::vector<std::jthread> hashing(static_cast<std::size_t>(inputs.size()));
    qint64 streamedRows = 0; // about how many (their lines), for the progress
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const ImportInput &in = inputs.at(i);
        const auto u = static_cast<std::size_t>(i);
        streams[u] = Formats::pieces(in.name, in.bytes, kStreamPieceBytes);
        if (streams[u]) {
            hashing[u] =
                std::jthread([&digest = digests[u], &in] { digest = crypto::sha256(in.bytes); });
            ParsedFile f;
            f.name = in.name;
            f.size = in.bytes.size();
            f.kind = streams[u]->kind();
            files << f;
            if (const auto *json = dynamic_cast<const JsonRecords *>(streams[u].get()))
                streamedRows += json->itemCount() * (f.kind == FileKind::BatchRecords ? 30 : 1);
            else
                streamedRows += lineFeeds(in.bytes);
        } else {
            files << Formats::parse(in.name, in.bytes, problems);
        }
        if (!report(static_cast<int>(20 * (i + 1) / inputs.size())))
            return cancelled;
    }
    // The files read piece by piece: whether each reads well is known only once it is read.
    const auto readProblemsOfStreams = [&]() {
        for (qsizetype fi = 0; fi < files.size(); ++fi) {
            if (const RecordPieces *stream = streams[static_cast<std::size_t>(fi)].get()) {
                Reading reading(*stream);
                qsizetype rows = 0;
                for (qsizetype p = 0; p < stream->pieceCount(); ++p) {
                    RecordPieces::Piece piece = stream->read(p);
                    rows += piece.rows;
                    if (takeReadingProblems(*stream, piece, files.at(fi).name, reading))
                        break;
                }
                if (reading.malformedRank == 0)
                    overRowLimit(*stream, rows, files.at(fi).name, reading.own);
                qsizetype cursor = 0;
                problems.takeFrom(reading.own, cursor, reading.own.count());
            }
        }
    };

    // 2. Who may import what: the core decides, for the window and the command line alike,
    // before what is wrong with a file is reported (where what the file is could be told).
    for (const ParsedFile &f : std::as_const(files)) {
        if (f.kind == FileKind::Unknown)
            continue; // not read: its problems say why
        const Status allowed =
            isResults(f.kind)
                ? m_session.requireRole(Role::QcAnalyst, tr("import QC results (%1)").arg(f.name))
                : m_session.requireRole(
                      Role::Administrator,
                      tr("import specifications and batch records (%1)").arg(f.name));
        if (!allowed)
            return allowed.error();
    }
    if (!problems.isEmpty()) {
        readProblemsOfStreams();
        return Error(ErrorCode::InvalidInput, problems.report(tr("Import")));
    }

    // 3. Check against the store and each other.
    QSqlDatabase db = m_session.store().connection();
    RecordStore records(db);
    // The digests that bind the written records into the audit chain, hashed as each row is
    // written rather than read back at the end.
    RecordBindings::Collector collected(db);
    records.observeInserts(&collected);
    Result<QList<Specification>> storedSpecs = records.specifications();
    if (!storedSpecs)
        return storedSpecs.error();
    SpecIndex specs;
    for (const Specification &s : storedSpecs.value())
        specs.add(s);

    QList<FileOutcome> outcomes;
    // Results of an Allotrope file that names no person as analyst: the importing person is
    // recorded as responsible for them, and the summary says so. Which ones, per file, for the
    // comparison with what is stored (another importer of the same measurement changes nothing).
    const QString user = m_session.user().userName;
    for (qsizetype fi = 0; fi < files.size(); ++fi) {
        ParsedFile &f = files[fi];
        FileOutcome o;
        o.name = f.name;
        o.kind = f.kind;
        o.notImported = f.notImported;
        for (auto it = f.analystNotNamed.cbegin(); it != f.analystNotNamed.cend(); ++it) {
            o.notes << (it.key().isEmpty()
                            ? tr("%n result(s) name no analyst: %1, who imported them, is recorded "
                                 "as responsible.",
                                 nullptr, it.value())
                                  .arg(user)
                            : tr("%n result(s) give \"%2\" as analyst, which is the instrument "
                                 "or no person: %1, who imported them, is recorded as responsible.",
                                 nullptr, it.value())
                                  .arg(user, it.key()));
        }
        outcomes << o;
    }
    // The same measurement, told apart from a changed one: an analyst recorded because the file
    // names none (`importerAnswers`) is not content of the file.
    const auto sameResult = [](bool importerAnswers, const QcResult &stored, const QcResult &r) {
        if (!importerAnswers)
            return Serializer::sameResult(stored, r);
        QcResult asStored = r;
        asStored.analyst = stored.analyst;
        return Serializer::sameResult(stored, asStored);
    };
    QStringList conflicts;
    int conflictCount = 0;
    const auto conflict = [&conflicts, &conflictCount](const QString &text) {
        if (++conflictCount <= kMaxConflictsShown)
            conflicts << text;
    };

    QList<std::pair<int, const Specification *>> newSpecs;
    for (qsizetype fi = 0; fi < files.size(); ++fi) {
        for (const Specification &spec : std::as_const(files[fi].specifications)) {
            if (const Specification *stored = specs.find(spec.product.code, spec.version)) {
                const bool same = stored->tests == spec.tests &&
                                  stored->effectiveFrom == spec.effectiveFrom &&
                                  stored->product.name == spec.product.name &&
                                  stored->product.strength == spec.product.strength;
                if (same) {
                    ++outcomes[fi].unchanged;
                } else {
                    problems.add(files[fi].name, u"$"_s, u"version"_s,
                                 tr("version %1 of the specification of %2 is already stored with "
                                    "other content; a changed specification needs a new version")
                                     .arg(spec.version, spec.product.code));
                }
                continue;
            }
            newSpecs << std::pair{static_cast<int>(fi), &spec};
            specs.add(spec);
            ++outcomes[fi].added;
        }
    }
    specs.sort();

    // What the rows are checked against: read now, before anything of this import is written.
    Result<QHash<QString, StoredBatch>> current = records.currentBatches();
    if (!current)
        return current.error();
    Result<QHash<QString, SampleOwner>> owners = records.sampleOwners();
    if (!owners)
        return owners.error();
    Result<BatchLocks> locks = BatchLocks::read(db);
    if (!locks)
        return locks.error();
    const bool underChangeControl = !options.changeControl.trimmed().isEmpty();
    // What this import changes in batches people have signed for, and what it may not change.
    QMap<QString, QList<BatchChange>> changes;
    QStringList lockedOut;
    const auto change = [&](const QString &batch, const QString &testCode, bool newResult,
                            const QString &sampleId, const auto &what) {
        if (!locks->signedFor(batch))
            return; // nothing signed yet: nothing to lock or send back
        const QString why = locks->lockedBecause(batch, testCode, newResult, sampleId);
        if (!why.isEmpty() && !underChangeControl) {
            if (lockedOut.size() < kMaxConflictsShown)
                lockedOut << what() + u": "_s + why;
            return;
        }
        changes[batch] << BatchChange{testCode, newResult, what(), sampleId};
    };
    const QHash<QString, QString> &asmUnits = ResultRules::cellCounterUnits();

    // 4. Check the rows on a second thread while this one writes those that passed into one
    // transaction: checking and writing overlap instead of adding up. The first problem or
    // conflict stops the writing; the checker still reads to the end so that every problem is
    // reported, and then the transaction is rolled back: one bad row still means nothing is
    // written. The checker alone touches `problems`, `conflicts`, `owners` and `outcomes` until
    // it has been joined.
    Handoff handoff;
    // What a file read piece by piece holds that cannot be read (as CSV, or as results), found
    // only as it is read; and a failure to read the store for a piece.
    std::vector<Problems> readOf(files.size());
    std::optional<Error> checkFailed;
    // Where each result is in its file: only the checker needs them.
    QList<QList<QString>> places;
    for (ParsedFile &f : files)
        places << std::exchange(f.resultPlaces, {});
    // Checks every row, handing over the blocks to write; returns early once the writer has
    // stopped it.
    const auto check = [&](PlanBlock &block) {
        const auto planned = [&]() {
            if (!problems.isEmpty() || conflictCount > 0 || !lockedOut.isEmpty())
                handoff.refuse();
            handoff.put(block, false);
            return !handoff.stopped();
        };
        // A batch record of file `fi` at `where`; false when the checking must end.
        const auto checkBatch = [&](qsizetype fi, BatchRecord &&r, const QString &where) -> bool {
            const ParsedFile &f = files.at(fi);
            if (!specs.hasProduct(r.productCode)) {
                problems.add(f.name, where, u"product"_s,
                             tr("there is no specification of product %1; import one first")
                                 .arg(r.productCode));
                return true;
            }
            if (!specs.inForce(r.productCode, r.startedAt.date())) {
                problems.add(f.name, where, u"startedAt"_s,
                             tr("no specification of %1 was in force on %2")
                                 .arg(r.productCode, r.startedAt.date().toString(Qt::ISODate)));
                return true;
            }
            // The content hash is computed here, beside the writing, which has more to do for a
            // batch record than this thread; a stored batch's record is told apart by it.
            PlannedBatch plan{static_cast<int>(fi),
                              BatchRecord(),
                              Serializer::contentHash(r),
                              1,
                              std::nullopt,
                              {}};
            const auto stored = current->constFind(r.batchNumber);
            if (stored != current->constEnd()) {
                if (stored->contentHash == plan.hash) {
                    ++outcomes[fi].unchanged;
                    return true;
                }
                if (!options.supersede) {
                    conflict(tr("%1, %2: batch %3 differs from the stored record (version %4)")
                                 .arg(f.name, where, r.batchNumber)
                                 .arg(stored->version));
                    return true;
                }
                plan.version = stored->version + 1;
                plan.supersedes = stored->id;
                change(r.batchNumber, QString(), false, QString(), [&] {
                    return tr("%1, %2: batch record %3, version %4")
                        .arg(f.name, where, r.batchNumber)
                        .arg(plan.version);
                });
            }
            for (const QcSample &s : r.qcSamples) {
                const auto owner = owners->constFind(s.id);
                if (owner != owners->constEnd() && owner->batchNumber != r.batchNumber) {
                    problems.add(
                        f.name, where, u"qcSamples"_s,
                        tr("sample %1 already belongs to batch %2").arg(s.id, owner->batchNumber));
                }
            }
            for (const QcSample &s : r.qcSamples)
                owners->insert(s.id,
                               SampleOwner{r.batchNumber, r.productCode, r.startedAt, s.drawnAt});
            plan.rows = RecordStore::encodeBatch(r);
            plan.record = std::move(r);
            block.batches << std::move(plan);
            return planned();
        };
        for (qsizetype fi = 0; fi < files.size(); ++fi) {
            const RecordPieces *stream = streams[static_cast<std::size_t>(fi)].get();
            if (!stream) {
                const QList<BatchRecord> &batches = files.at(fi).batches;
                for (qsizetype bi = 0; bi < batches.size(); ++bi) {
                    if (!checkBatch(fi, BatchRecord(batches.at(bi)), u"$.batches[%1]"_s.arg(bi)))
                        return;
                }
                continue;
            }
            if (stream->kind() != FileKind::BatchRecords)
                continue;
            // Read here, piece after piece, as a results file below: what is not a record is
            // the file's own problem, reported before any other.
            Reading reading(*stream);
            bool more = true;
            for (qsizetype p = 0; more && p < stream->pieceCount() && !handoff.stopped(); ++p) {
                RecordPieces::Piece piece = stream->read(p);
                if (takeReadingProblems(*stream, piece, files.at(fi).name, reading))
                    break;
                if (!reading.own.isEmpty()) {
                    handoff.refuse();
                    continue;
                }
                for (qsizetype k = 0; more && k < reading.batches.size(); ++k)
                    more = checkBatch(fi, std::move(reading.batches[k]),
                                      stream->place(reading.at.at(k)));
            }
            if (!reading.own.isEmpty())
                handoff.refuse();
            readOf[static_cast<std::size_t>(fi)] = std::move(reading.own);
            if (!more)
                return;
        }
        // Results, a piece at a time: known test, right unit and kind of value, a batch if the
        // sample is known. What is stored of a piece's samples is read by the writing thread,
        // on its connection, between two blocks: it may see results this import wrote, but those
        // are results seen before in this import, which the checker refuses before it looks.

        // Where each result was first seen in this import, by a fingerprint of its key (two
        // 64-bit hashes): a few bytes per result, however large the files.
        struct Seen
        {
            qint32 file = 0;
            qint32 piece = 0;
            qint32 index = 0;
        };
        QHash<std::pair<quint64, quint64>, Seen> seenInImport;
        const auto fingerprint = [](const QcResult &r) {
            const ResultKey k(r);
            const auto half = [&k](size_t seed) {
                return quint64(
                    qHashMulti(seed, qHash(k.sample, seed), qHash(k.test, seed), k.at, k.nanos));
            };
            return std::pair{half(0x9e3779b97f4a7c15), half(0xc2b2ae3d27d4eb4f)};
        };
        // The earlier reading of a result seen twice, read again from its file where the piece
        // it was in has been freed (only for the problems the report keeps).
        std::pair<qint32, qint32> cachedAt{-1, -1};
        RecordPieces::Piece cached;
        const auto earlier = [&](const Seen &s) -> std::pair<QString, QcResult> {
            const RecordPieces *stream = streams[static_cast<std::size_t>(s.file)].get();
            if (!stream)
                return {places.at(s.file).value(s.index), files.at(s.file).results.at(s.index)};
            if (cachedAt != std::pair{s.file, s.piece}) {
                cached = stream->read(s.piece);
                cachedAt = {s.file, s.piece};
            }
            return {stream->place(cached.at.at(s.index)), cached.results.at(s.index)};
        };
        // Which results of a piece of file `fi` were seen before in this import: the same result
        // twice cannot both be true. A repeat within a file read piece by piece is a problem of
        // its reading (`sameFile`), worded as the whole file's reading words it; one across
        // files names both.
        const auto findRepeats = [&](qsizetype fi, qint32 pieceNo, const QList<QcResult> &results,
                                     const auto &placeOfRow, Problems &sameFile) {
            std::vector<bool> repeat(static_cast<std::size_t>(results.size()));
            const QString &name = files.at(fi).name;
            for (qsizetype ri = 0; ri < results.size(); ++ri) {
                const QcResult &r = results.at(ri);
                if (r.sampleId.isEmpty() || r.testCode.isEmpty() || !r.testedAt.isValid())
                    continue;
                const auto print = fingerprint(r);
                const auto seen = seenInImport.constFind(print);
                if (seen == seenInImport.constEnd()) {
                    seenInImport.insert(
                        print, Seen{static_cast<qint32>(fi), pieceNo, static_cast<qint32>(ri)});
                    continue;
                }
                Problems &into = seen->file == fi ? sameFile : problems;
                if (into.count() >= Problems::kMaxKept) { // counted, not shown: no need to read
                    repeat[static_cast<std::size_t>(ri)] = true;
                    into.add(name, placeOfRow(ri), QString(), QString());
                    continue;
                }
                const auto [firstPlace, first] = earlier(*seen);
                if (!(ResultKey(first) == ResultKey(r)))
                    continue; // two keys of one fingerprint: the first stays the one remembered
                repeat[static_cast<std::size_t>(ri)] = true;
                if (seen->file == fi)
                    into.add(
                        name, placeOfRow(ri), QString(),
                        rd::Formats::tr("repeats the result of %1 (same sample, test and "
                                        "time): %2 and %3")
                            .arg(firstPlace, Formats::shownValue(first), Formats::shownValue(r)));
                else
                    into.add(name, placeOfRow(ri), QString(),
                             tr("repeats the result of %1 (same sample, test and time): %2 "
                                "and %3")
                                 .arg(files.at(seen->file).name + u", "_s + firstPlace,
                                      resultValue(first), resultValue(r)));
            }
            return repeat;
        };
        // Checks the results of one piece of file `fi` but its repeats; false when the checking
        // must end.
        const auto checkPiece = [&](qsizetype fi, const QList<QcResult> &results,
                                    const std::vector<bool> &repeat,
                                    const auto &placeOfRow) -> bool {
            const ParsedFile &f = files.at(fi);
            const auto placeOf = [&](qsizetype ri) -> QString {
                return f.name + u", "_s + placeOfRow(ri);
            };
            // What is stored of this piece's samples: results of known samples, unassigned
            // results of the others.
            QSet<QString> known, unknown;
            const QString *last = nullptr; // a sample's results mostly come one after another
            for (const QcResult &r : std::as_const(results)) {
                if (!last || *last != r.sampleId)
                    (owners->contains(r.sampleId) ? known : unknown).insert(r.sampleId);
                last = &r.sampleId;
            }
            Result<QList<StoredResult>> existing = QList<StoredResult>();
            Result<QHash<QString, InboxItem>> inboxHeld = QHash<QString, InboxItem>();
            handoff.ask([&] {
                if (!known.isEmpty())
                    existing = records.currentResultsOfSamples(known);
                if (!unknown.isEmpty())
                    inboxHeld = records.inboxByKey(unknown);
            });
            if (!existing || !inboxHeld) {
                checkFailed = !existing ? existing.error() : inboxHeld.error();
                return false;
            }
            QHash<ResultKey, const StoredResult *> storedResults;
            storedResults.reserve(existing->size());
            for (const StoredResult &x : existing.value())
                storedResults.insert(ResultKey(x.result), &x);

            for (qsizetype ri = 0; ri < results.size(); ++ri) {
                if (repeat[static_cast<std::size_t>(ri)])
                    continue;
                // A copy: the file's own results stay as read, for the messages about repeats.
                QcResult r = results.at(ri);
                const QString where = placeOfRow(ri);
                // An Allotrope result that names no person as analyst: the importing person is
                // recorded as responsible.
                const bool importerAnswers =
                    f.kind == FileKind::AsmCellCounting && r.analyst.isEmpty();
                if (importerAnswers)
                    r.analyst = user;

                const QSet<QString> specUnits = specs.unitsOf(r.testCode);
                const bool asmTest = asmUnits.contains(r.testCode);
                if (specUnits.isEmpty() && !asmTest) {
                    problems.add(f.name, where, u"test"_s,
                                 tr("\"%1\" is not a test of any specification").arg(r.testCode));
                    continue;
                }
                const auto owner = owners->constFind(r.sampleId);
                if (owner == owners->constEnd()) {
                    // Unknown sample: to the inbox, where an analyst assigns it to a batch sample.
                    QSet<QString> units = specUnits;
                    if (asmTest)
                        units.insert(asmUnits.value(r.testCode));
                    if (!units.contains(r.unit))
                        problems.add(
                            f.name, where, u"unit"_s,
                            tr("is %1, but %2 is measured in %3")
                                .arg(unitShown(r.unit), r.testCode,
                                     QStringList(units.cbegin(), units.cend()).join(u" or "_s)));
                    PlannedResult plan{static_cast<int>(fi), QcResult(), QString(),    1,
                                       std::nullopt,         QString(),  std::nullopt, {}};
                    const auto held =
                        inboxHeld->isEmpty()
                            ? inboxHeld->constEnd()
                            : inboxHeld->constFind(RecordStore::key(r.sampleId, r.testCode,
                                                                    r.testedAt, r.testedAtNanos));
                    if (held != inboxHeld->constEnd()) {
                        if (sameResult(importerAnswers, held->result, r)) {
                            ++outcomes[fi].unchanged;
                            continue;
                        }
                        // Superseding would not reach the sample it now belongs to.
                        if (held->state == u"assigned"_s) {
                            problems.add(f.name, where, QString(),
                                         tr("the unassigned result %1 (%2) has been assigned to a "
                                            "sample since; import the new reading under that "
                                            "sample, superseding its result there")
                                             .arg(resultName(r), resultValue(held->result)));
                            continue;
                        }
                        if (!options.supersede) {
                            conflict(tr("%1: the result %2 is %3; the unassigned one stored (%4) "
                                        "is %5")
                                         .arg(placeOf(ri), resultName(r), resultValue(r),
                                              inboxStateName(held->state),
                                              resultValue(held->result)) +
                                     otherDifference(held->result, r));
                            continue;
                        }
                        plan.previous = resultValue(held->result);
                        if (held->state == u"open"_s)
                            plan.replacesInbox = std::pair{held->id, held->fileId};
                    }
                    plan.result = std::move(r);
                    block.results << std::move(plan);
                    if (!planned())
                        return false;
                    continue;
                }
                if (f.kind != FileKind::AsmCellCounting && !r.batchNumber.isEmpty() &&
                    r.batchNumber != owner->batchNumber) {
                    problems.add(f.name, where, u"batch"_s,
                                 tr("is %1, but sample %2 belongs to batch %3")
                                     .arg(r.batchNumber, r.sampleId, owner->batchNumber));
                    continue;
                }
                const Specification *spec =
                    specs.inForce(owner->productCode, owner->startedAt.date());
                if (const std::optional<RuleViolation> v = ResultRules::check(r, *owner, spec)) {
                    problems.add(f.name, where, v->field, v->reason);
                    continue;
                }
                PlannedResult plan{static_cast<int>(fi), QcResult(), owner->batchNumber, 1,
                                   std::nullopt,         QString(),  std::nullopt,       {}};
                if (const auto x = storedResults.constFind(ResultKey(r));
                    x != storedResults.constEnd()) {
                    if (sameResult(importerAnswers, (*x)->result, r)) {
                        ++outcomes[fi].unchanged;
                        continue;
                    }
                    if (!options.supersede) {
                        conflict(tr("%1: the result %2 is %3; the stored one (version %4) is %5")
                                     .arg(placeOf(ri), resultName(r), resultValue(r))
                                     .arg((*x)->version)
                                     .arg(resultValue((*x)->result)) +
                                 otherDifference((*x)->result, r));
                        continue;
                    }
                    plan.version = (*x)->version + 1;
                    plan.supersedes = (*x)->id;
                    plan.previous = resultValue((*x)->result);
                }
                change(owner->batchNumber, r.testCode, !plan.supersedes, r.sampleId, [&] {
                    return tr("%1: the result %2 (%3)")
                        .arg(placeOf(ri), resultName(r), resultValue(r));
                });
                plan.row = RecordStore::encodeResult(r, plan.batchNumber);
                plan.result = std::move(r);
                block.results << std::move(plan);
                if (!planned())
                    return false;
            }
            return true;
        };
        for (qsizetype fi = 0; fi < files.size(); ++fi) {
            const RecordPieces *stream = streams[static_cast<std::size_t>(fi)].get();
            if (stream && stream->kind() == FileKind::BatchRecords)
                continue; // checked above
            if (!stream) {
                // Read whole before: its own repeats were refused then.
                const QList<QcResult> &results = files.at(fi).results;
                const auto placeOfRow = [&places, fi](qsizetype ri) {
                    return places.at(fi).value(ri);
                };
                const std::vector<bool> repeat = findRepeats(fi, 0, results, placeOfRow, problems);
                if (!checkPiece(fi, results, repeat, placeOfRow))
                    return;
                continue;
            }
            // Read here, piece after piece: what it holds that cannot be read, or is not a
            // result, is the file's own problem (readOf), reported before any other, and then
            // its repeats (as the whole file's reading has them). Once it has one, the rest of
            // the file is only read, for its problems.
            Reading reading(*stream);
            Problems &own = reading.own;
            Problems repeats;
            qsizetype rows = 0;
            for (qsizetype p = 0; p < stream->pieceCount() && !handoff.stopped(); ++p) {
                RecordPieces::Piece piece = stream->read(p);
                rows += piece.rows;
                if (takeReadingProblems(*stream, piece, files.at(fi).name, reading))
                    break;
                if (reading.malformedRank > 0)
                    continue;
                const QList<int> lines = std::move(piece.at);
                const auto placeOfRow = [stream, &lines](qsizetype ri) {
                    return stream->place(lines.at(ri));
                };
                const std::vector<bool> repeat =
                    findRepeats(fi, static_cast<qint32>(p), piece.results, placeOfRow, repeats);
                if (!own.isEmpty() || !repeats.isEmpty()) {
                    handoff.refuse();
                    continue;
                }
                if (!checkPiece(fi, piece.results, repeat, placeOfRow)) {
                    readOf[static_cast<std::size_t>(fi)] = std::move(own);
                    return;
                }
            }
            if (reading.malformedRank == 0 &&
                !overRowLimit(*stream, rows, files.at(fi).name, own)) {
                qsizetype cursor = 0;
                own.takeFrom(repeats, cursor, repeats.count());
            }
            if (!own.isEmpty())
                handoff.refuse();
            readOf[static_cast<std::size_t>(fi)] = std::move(own);
        }
    };
    // The checker's thread: however the checking ends, the writer is told that nothing more
    // comes, or it would wait for ever.
    const auto checkRows = [&]() {
        PlanBlock block;
        check(block);
        if (!problems.isEmpty() || conflictCount > 0 || !lockedOut.isEmpty() || checkFailed)
            handoff.refuse();
        handoff.put(block, true);
        places.clear(); // freed here, beside the writing
    };

    const QString reason = options.reason.trimmed();
    AuditTrail trail(db, m_session.store().storeId());
    // What was written of each file: added, superseded, to the inbox.
    QList<FileOutcome> written(files.size());
    // The records each file's event binds into the audit chain (RecordBindings).
    QList<QList<RecordBindings::Subject>> bound(files.size());
    QList<QSet<QString>> boundBatches(files.size()), boundResults(files.size());
    // The batch each file's last result was written for: a batch's results mostly come one after
    // another, and its number need not be hashed into the set for each.
    QList<QString> lastBoundResult(files.size());
    QHash<int, qint64> fileIds;
    bool begun = false;
    // Progress from 20 % to 95 % over the rows written, a batch record counting as thirty, out of
    // every row of the files: the most there can be, as rows already stored are not written.
    qint64 total = 0;
    for (const ParsedFile &f : std::as_const(files))
        total += f.batches.size() * 30 + f.results.size();
    total = std::max<qint64>(total + streamedRows, 1);
    qint64 done = 0;
    constexpr qint64 kReportEvery = 500; // rows
    qint64 nextReport = kReportEvery;
    const auto tick = [&](qint64 weight) {
        done += weight;
        if (done < nextReport)
            return true;
        nextReport = done + kReportEvery;
        return report(20 + static_cast<int>(75 * std::min(done, total) / total));
    };
    // Each file's SHA-256, once its hashing has ended (only this thread asks).
    std::vector<QString> sha256(files.size());
    const auto shaOf = [&](qsizetype fi) -> const QString & {
        const auto u = static_cast<std::size_t>(fi);
        if (sha256[u].isEmpty()) {
            if (hashing[u].joinable())
                hashing[u].join();
            sha256[u] = streams[u] ? QString::fromLatin1(digests[u].toHex()) : files.at(fi).sha256;
        }
        return sha256[u];
    };
    // The import_files row of a file, made when its first row is written.
    const auto fileId = [&](int fi) -> Result<qint64> {
        if (const auto it = fileIds.constFind(fi); it != fileIds.constEnd())
            return it.value();
        const ParsedFile &f = files.at(fi);
        Result<qint64> id =
            records.insertImportFile(f.name, shaOf(fi), fileKindId(f.kind), f.size, user);
        if (id)
            fileIds.insert(fi, id.value());
        return id;
    };
    const auto begin = [&]() -> Status {
        if (begun)
            return {};
        if (!db.transaction())
            return Store::errorFrom(tr("Cannot start the import"), db.lastError());
        begun = true;
        for (const auto &[fi, spec] : std::as_const(newSpecs)) {
            Result<qint64> id = fileId(fi);
            if (!id)
                return id.error();
            if (Status s = records.insertSpecification(*spec, id.value()); !s)
                return s;
            bound[fi].append({RecordBindings::Kind::Specification, spec->product.code});
        }
        return {};
    };
    // A new version of a record: the audit trail says what it replaced, from where, and why.
    const auto superseded = [&](const QString &type, const QString &id, const QString &oldValue,
                                const QString &newValue) -> Status {
        AuditEntry e;
        e.action = QString::fromLatin1(audit::kRecordSuperseded);
        e.entityType = type;
        e.entityId = id;
        e.oldValue = oldValue;
        e.newValue = newValue;
        e.reason = reason;
        if (Result<AuditEvent> r = trail.append(user, e); !r)
            return r.error();
        return {};
    };
    const auto writeBatch = [&](const PlannedBatch &p) -> Status {
        Result<qint64> file = fileId(p.file);
        if (!file)
            return file.error();
        Result<qint64> id = records.insertBatch(p.record, p.rows, p.version, p.hash, file.value(),
                                                p.supersedes, p.supersedes ? reason : QString());
        if (!id)
            return id.error();
        boundBatches[p.file].insert(p.record.batchNumber);
        ++(p.supersedes ? written[p.file].superseded : written[p.file].added);
        if (!p.supersedes)
            return {};
        return superseded(u"batch"_s, p.record.batchNumber, tr("version %1").arg(p.version - 1),
                          tr("version %1 from %2 (SHA-256 %3)")
                              .arg(p.version)
                              .arg(files.at(p.file).name, shaOf(p.file)));
    };
    const auto writeResult = [&](const PlannedResult &p) -> Status {
        Result<qint64> file = fileId(p.file);
        if (!file)
            return file.error();
        if (p.batchNumber.isEmpty()) {
            // The inbox rows of this file, and of a file whose open row this one rejects, are
            // bound into the audit chain as they are now.
            const auto bindInbox = [&](qint64 id) {
                const RecordBindings::Subject subject{RecordBindings::Kind::Inbox,
                                                      QString::number(id)};
                if (!bound[p.file].contains(subject))
                    bound[p.file].append(subject);
            };
            bindInbox(file.value());
            ++(p.previous.isEmpty() ? written[p.file].toInbox : written[p.file].superseded);
            if (p.replacesInbox) {
                if (Status s = records.resolveInbox(p.replacesInbox->first, u"rejected"_s, user,
                                                    tr("superseded on import: %1").arg(reason),
                                                    std::nullopt);
                    !s)
                    return s;
                bindInbox(p.replacesInbox->second);
            }
            if (Status s = records.insertInbox(p.result, file.value()); !s)
                return s;
            if (p.previous.isEmpty())
                return {};
            return superseded(
                u"unassigned-result"_s, resultName(p.result), p.previous,
                tr("%1, from %2 (SHA-256 %3)")
                    .arg(resultValue(p.result), files.at(p.file).name, shaOf(p.file)));
        }
        Result<qint64> id = records.insertResult(p.result, p.row, p.version, file.value(),
                                                 p.supersedes, p.supersedes ? reason : QString());
        if (!id)
            return id.error();
        if (QString &last = lastBoundResult[p.file]; last != p.batchNumber) {
            boundResults[p.file].insert(p.batchNumber);
            last = p.batchNumber;
        }
        ++(p.supersedes ? written[p.file].superseded : written[p.file].added);
        if (!p.supersedes)
            return {};
        return superseded(u"result"_s, resultName(p.result),
                          tr("version %1: %2").arg(p.version - 1).arg(p.previous),
                          tr("version %1: %2, from %3 (SHA-256 %4)")
                              .arg(p.version)
                              .arg(resultValue(p.result), files.at(p.file).name, shaOf(p.file)));
    };
    // Writes every block the checker hands over, until it ends or the import is refused; on a
    // failure or a cancel, stops the checker and keeps taking blocks until it has ended.
    const auto writeRows = [&]() -> Status {
        Status outcome;
        if (!newSpecs.isEmpty())
            outcome = begin();
        if (!outcome)
            handoff.stop();
        PlanBlock block;
        while (handoff.take(block)) {
            if (!outcome || handoff.refused())
                continue;
            outcome = begin();
            for (qsizetype i = 0; outcome && i < block.batches.size(); ++i) {
                outcome = writeBatch(block.batches.at(i));
                if (outcome && !tick(30))
                    outcome = cancelled;
            }
            for (qsizetype i = 0; outcome && i < block.results.size(); ++i) {
                outcome = writeResult(block.results.at(i));
                if (outcome && !tick(1))
                    outcome = cancelled;
            }
            if (!outcome)
                handoff.stop();
        }
        return outcome;
    };
    Status wrote;
    const qint64 readMs = timer.elapsed();
    {
        std::thread checker(checkRows);
        wrote = writeRows();
        checker.join();
    }
    const auto abandon = [&db, &begun](Error e) -> Error {
        if (begun)
            db.rollback();
        return e;
    };
    if (!wrote)
        return abandon(wrote.error());
    // A file that could not be read is reported alone, as every file's reading is.
    Problems unreadable;
    for (const Problems &p : readOf) {
        qsizetype cursor = 0;
        unreadable.takeFrom(p, cursor, p.count());
    }
    if (!unreadable.isEmpty())
        return abandon(Error(ErrorCode::InvalidInput, unreadable.report(tr("Import"))));
    if (checkFailed)
        return abandon(*checkFailed);
    if (!problems.isEmpty())
        return abandon(Error(ErrorCode::InvalidInput, problems.report(tr("Import"))));
    if (!lockedOut.isEmpty()) {
        QString text = tr("Import: nothing was written. A decided batch changes only under "
                          "change control, which puts it on hold for a new review and decision "
                          "(on the command line: --change-control \"REFERENCE: reason\").");
        for (const QString &l : std::as_const(lockedOut))
            text += u"\n  "_s + l;
        return abandon(Error(ErrorCode::ChangeControlNeeded, text));
    }
    if (conflictCount > 0) {
        QString text = tr("Import: %1 records differ from the stored ones; nothing was written. To "
                          "store the new content as new versions (the old ones stay readable), "
                          "import again superseding them, with a reason (on the command line: "
                          "--supersede --reason).")
                           .arg(conflictCount);
        for (const QString &c : std::as_const(conflicts))
            text += u"\n  "_s + c;
        if (conflictCount > conflicts.size())
            text += u"\n  "_s + tr("... and %1 more.").arg(conflictCount - conflicts.size());
        return abandon(Error(ErrorCode::AlreadyExists, text));
    }
    qint64 rows = 0;
    for (qsizetype fi = 0; fi < outcomes.size(); ++fi) {
        outcomes[fi].sha256 = shaOf(fi);
        outcomes[fi].added += written.at(fi).added;
        outcomes[fi].superseded += written.at(fi).superseded;
        outcomes[fi].toInbox += written.at(fi).toInbox;
        rows += written.at(fi).added + written.at(fi).superseded + written.at(fi).toInbox;
    }

    // Checked and written, each file's SHA-256 known.
    const qint64 writtenMs = timer.elapsed();
    ImportSummary summary;
    summary.files = outcomes;
    if (!begun) {
        summary.elapsedMs = timer.elapsed();
        summary.phases = {readMs, summary.elapsedMs - readMs, 0, 0};
        return summary; // identical content: a no-op, and nothing recorded
    }
    // Every row is written: the parsed files are freed on another core while this one commits.
    const std::jthread release([doomed = std::exchange(files, {})]() mutable { doomed.clear(); });
    for (qsizetype fi = 0; fi < outcomes.size(); ++fi) {
        if (!fileIds.contains(static_cast<int>(fi)))
            continue;
        const FileOutcome &o = outcomes.at(fi);
        AuditEntry e;
        e.action = QString::fromLatin1(audit::kFileImported);
        e.entityType = u"file"_s;
        e.entityId = o.name;
        e.field = fileKindId(o.kind);
        e.newValue =
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"sha256"_s, o.sha256},
                                                        {u"added"_s, o.added},
                                                        {u"superseded"_s, o.superseded},
                                                        {u"unassigned"_s, o.toInbox},
                                                        {u"unchanged"_s, o.unchanged},
                                                        {u"notImported"_s, o.notImportedCount()}})
                                  .toJson(QJsonDocument::Compact));
        if (o.superseded)
            e.reason = reason;
        QList<RecordBindings::Subject> subjects = bound.at(fi);
        subjects.append({RecordBindings::Kind::ImportFile,
                         QString::number(fileIds.value(static_cast<int>(fi)))});
        for (const QString &b : std::as_const(boundBatches.at(fi))) {
            subjects.append({RecordBindings::Kind::Batch, b});
            subjects.append({RecordBindings::Kind::RecordIdentifiers, b});
        }
        for (const QString &b : std::as_const(boundResults.at(fi)))
            subjects.append({RecordBindings::Kind::Results, b});
        if (Result<AuditEvent> r = trail.append(user, e, subjects, &collected); !r)
            return abandon(r.error());
    }
    // The locks were judged before the write transaction: another workstation may have signed
    // for a batch this import touched meanwhile.
    QSet<QString> touched;
    for (qsizetype fi = 0; fi < boundBatches.size(); ++fi)
        touched += boundBatches.at(fi) + boundResults.at(fi);
    if (Status s = locks->unchangedSince(db, touched); !s)
        return abandon(s.error());
    // Approved batches return to QC approval; decided ones go on hold under the change control.
    if (Status s = locks->afterChange(db, trail, user, changes, options.changeControl); !s)
        return abandon(s.error());
    if (!report(97))
        return abandon(cancelled);
    const qint64 boundMs = timer.elapsed();
    if (!db.commit())
        return abandon(Store::errorFrom(tr("Cannot finish the import"), db.lastError()));
    report(100);
    summary.rowsWritten = rows;
    summary.elapsedMs = timer.elapsed();
    summary.phases = {readMs, writtenMs - readMs, boundMs - writtenMs, summary.elapsedMs - boundMs};
    return summary;
}

} // namespace rd
