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
#include "session/session.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr int kMaxConflictsShown = 50;

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
    QString text = r.value ? r.value->text : r.text;
    if (!r.unit.isEmpty() && r.value)
        text += u' ' + r.unit;
    if (r.status != ResultStatus::Final)
        text = text.isEmpty() ? resultStatusId(r.status)
                              : u"%1 (%2)"_s.arg(text, resultStatusId(r.status));
    return text;
}

// A record to write and what it replaces.
struct PlannedBatch
{
    int file = 0;
    const BatchRecord *record = nullptr;
    QString hash;
    int version = 1;
    std::optional<qint64> supersedes;
};

struct PlannedResult
{
    int file = 0;
    const QcResult *result = nullptr;
    QString batchNumber; // empty: to the inbox
    int version = 1;
    std::optional<qint64> supersedes;
    QString previous; // what the superseded version said
    // An open unassigned result this one replaces (--supersede), and the import file it came
    // from: it is rejected with the reason.
    std::optional<std::pair<qint64, qint64>> replacesInbox;
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

    // Checking thread: hands `block` over once it is full, or with last = true at the end.
    void put(PlanBlock &block, bool last)
    {
        if (block.rows() < kBlockRows && !last)
            return;
        {
            const std::lock_guard lock(m_mutex);
            if (block.rows() > 0)
                m_blocks.push_back(std::exchange(block, {}));
            m_done = last;
        }
        m_changed.notify_one();
    }
    // Writing thread: waits for the next block; false once the checker has ended and every
    // block was taken. How often it wakes depends on how the two threads share the time, so it is
    // left out of the fuzzers' coverage: the same input then counts as the same (README: Fuzzing).
    NOT_IN_FUZZ_COVERAGE bool take(PlanBlock &block)
    {
        std::unique_lock lock(m_mutex);
        while (m_blocks.empty() && !m_done)
            m_changed.wait(lock);
        if (m_blocks.empty())
            return false;
        block = std::move(m_blocks.front());
        m_blocks.pop_front();
        return true;
    }
    void stop() { m_stop.store(true, std::memory_order_relaxed); }
    bool stopped() const { return m_stop.load(std::memory_order_relaxed); }
    void refuse() { m_refused.store(true, std::memory_order_relaxed); }
    bool refused() const { return m_refused.load(std::memory_order_relaxed); }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PlanBlock> m_blocks;
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

    // 1. Read every file on its own.
    Problems problems;
    QList<ParsedFile> files;
    files.reserve(inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        files << Formats::parse(inputs.at(i).name, inputs.at(i).bytes, problems);
        if (!report(static_cast<int>(20 * (i + 1) / inputs.size())))
            return cancelled;
    }
    if (!problems.isEmpty())
        return Error(ErrorCode::InvalidInput, problems.report(tr("Import")));

    // 2. Who may import what: the core decides, for the window and the command line alike.
    for (const ParsedFile &f : std::as_const(files)) {
        const Status allowed =
            isResults(f.kind)
                ? m_session.requireRole(Role::QcAnalyst, tr("import QC results (%1)").arg(f.name))
                : m_session.requireRole(
                      Role::Administrator,
                      tr("import specifications and batch records (%1)").arg(f.name));
        if (!allowed)
            return allowed.error();
    }

    // 3. Check against the store and each other.
    QSqlDatabase db = m_session.store().connection();
    RecordStore records(db);
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
    QList<QSet<qsizetype>> importerAnswers(files.size());
    for (qsizetype fi = 0; fi < files.size(); ++fi) {
        ParsedFile &f = files[fi];
        FileOutcome o;
        o.name = f.name;
        o.sha256 = f.sha256;
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
        for (qsizetype ri = 0; ri < f.results.size(); ++ri) {
            if (f.kind == FileKind::AsmCellCounting && f.results.at(ri).analyst.isEmpty()) {
                f.results[ri].analyst = user;
                importerAnswers[fi].insert(ri);
            }
        }
        outcomes << o;
    }
    // The same measurement, told apart from a changed one: an analyst recorded because the file
    // names none is not content of the file.
    const auto sameResult = [&importerAnswers](qsizetype fi, qsizetype ri, const QcResult &stored,
                                               const QcResult &r) {
        if (!importerAnswers.at(fi).contains(ri))
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
    QSet<QString> sampleIds;
    for (const ParsedFile &f : std::as_const(files)) {
        const QString *last = nullptr; // a sample's results mostly come one after another
        for (const QcResult &r : f.results) {
            if (!last || *last != r.sampleId)
                sampleIds.insert(r.sampleId);
            last = &r.sampleId;
        }
    }
    Result<QList<StoredResult>> existing = records.currentResultsOfSamples(sampleIds);
    if (!existing)
        return existing.error();
    QHash<ResultKey, const StoredResult *> storedResults;
    storedResults.reserve(existing->size());
    for (const StoredResult &s : existing.value())
        storedResults.insert(ResultKey(s.result), &s);
    Result<QHash<QString, InboxItem>> inboxHeld = records.inboxByKey(sampleIds);
    if (!inboxHeld)
        return inboxHeld.error();
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
        for (qsizetype fi = 0; fi < files.size(); ++fi) {
            const ParsedFile &f = files.at(fi);
            for (qsizetype bi = 0; bi < f.batches.size(); ++bi) {
                const BatchRecord &r = f.batches.at(bi);
                const QString where = u"$.batches[%1]"_s.arg(bi);
                if (!specs.hasProduct(r.productCode)) {
                    problems.add(f.name, where, u"product"_s,
                                 tr("there is no specification of product %1; import one first")
                                     .arg(r.productCode));
                    continue;
                }
                if (!specs.inForce(r.productCode, r.startedAt.date())) {
                    problems.add(f.name, where, u"startedAt"_s,
                                 tr("no specification of %1 was in force on %2")
                                     .arg(r.productCode, r.startedAt.date().toString(Qt::ISODate)));
                    continue;
                }
                PlannedBatch plan{static_cast<int>(fi), &r, Serializer::contentHash(r), 1,
                                  std::nullopt};
                const auto stored = current->constFind(r.batchNumber);
                if (stored != current->constEnd()) {
                    if (stored->contentHash == plan.hash) {
                        ++outcomes[fi].unchanged;
                        continue;
                    }
                    if (!options.supersede) {
                        conflict(tr("%1, %2: batch %3 differs from the stored record (version %4)")
                                     .arg(f.name, where, r.batchNumber)
                                     .arg(stored->version));
                        continue;
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
                        problems.add(f.name, where, u"qcSamples"_s,
                                     tr("sample %1 already belongs to batch %2")
                                         .arg(s.id, owner->batchNumber));
                    }
                }
                for (const QcSample &s : r.qcSamples)
                    owners->insert(
                        s.id, SampleOwner{r.batchNumber, r.productCode, r.startedAt, s.drawnAt});
                block.batches << plan;
                if (!planned())
                    return;
            }
        }
        // Results: known test, right unit and kind of value, a batch if the sample is known.
        // Where each result was first seen in this import: its file and its index there.
        QHash<ResultKey, std::pair<qsizetype, qsizetype>> seenInImport;
        seenInImport.reserve(sampleIds.size() * 4);
        const auto placeOf = [&files, &places](qsizetype fi, qsizetype ri) -> QString {
            return files.at(fi).name + u", "_s + places.at(fi).value(ri);
        };
        for (qsizetype fi = 0; fi < files.size(); ++fi) {
            const ParsedFile &f = files.at(fi);
            for (qsizetype ri = 0; ri < f.results.size(); ++ri) {
                const QcResult &r = f.results.at(ri);
                const QString where = places.at(fi).value(ri);
                const ResultKey key(r);
                if (const auto seen = seenInImport.constFind(key);
                    seen != seenInImport.constEnd()) {
                    problems.add(
                        f.name, where, QString(),
                        tr("repeats the result of %1 (same sample, test and time): %2 "
                           "and %3")
                            .arg(placeOf(seen->first, seen->second),
                                 resultValue(files.at(seen->first).results.at(seen->second)),
                                 resultValue(r)));
                    continue;
                }
                seenInImport.insert(key, {fi, ri});

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
                    PlannedResult plan{static_cast<int>(fi), &r,        QString(),   1,
                                       std::nullopt,         QString(), std::nullopt};
                    const auto held =
                        inboxHeld->isEmpty()
                            ? inboxHeld->constEnd()
                            : inboxHeld->constFind(RecordStore::key(r.sampleId, r.testCode,
                                                                    r.testedAt, r.testedAtNanos));
                    if (held != inboxHeld->constEnd()) {
                        if (sameResult(fi, ri, held->result, r)) {
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
                                         .arg(placeOf(fi, ri), resultName(r), resultValue(r),
                                              inboxStateName(held->state),
                                              resultValue(held->result)) +
                                     otherDifference(held->result, r));
                            continue;
                        }
                        plan.previous = resultValue(held->result);
                        if (held->state == u"open"_s)
                            plan.replacesInbox = std::pair{held->id, held->fileId};
                    }
                    block.results << plan;
                    if (!planned())
                        return;
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
                PlannedResult plan{static_cast<int>(fi), &r,        owner->batchNumber, 1,
                                   std::nullopt,         QString(), std::nullopt};
                if (const auto stored = storedResults.constFind(key);
                    stored != storedResults.constEnd()) {
                    if (sameResult(fi, ri, (*stored)->result, r)) {
                        ++outcomes[fi].unchanged;
                        continue;
                    }
                    if (!options.supersede) {
                        conflict(tr("%1: the result %2 is %3; the stored one (version %4) is %5")
                                     .arg(placeOf(fi, ri), resultName(r), resultValue(r))
                                     .arg((*stored)->version)
                                     .arg(resultValue((*stored)->result)) +
                                 otherDifference((*stored)->result, r));
                        continue;
                    }
                    plan.version = (*stored)->version + 1;
                    plan.supersedes = (*stored)->id;
                    plan.previous = resultValue((*stored)->result);
                }
                change(owner->batchNumber, r.testCode, !plan.supersedes, r.sampleId, [&] {
                    return tr("%1: the result %2 (%3)")
                        .arg(placeOf(fi, ri), resultName(r), resultValue(r));
                });
                block.results << plan;
                if (!planned())
                    return;
            }
        }
    };
    // The checker's thread: however the checking ends, the writer is told that nothing more
    // comes, or it would wait for ever.
    const auto checkRows = [&]() {
        PlanBlock block;
        check(block);
        if (!problems.isEmpty() || conflictCount > 0 || !lockedOut.isEmpty())
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
    QHash<int, qint64> fileIds;
    bool begun = false;
    // Progress from 20 % to 95 % over the rows written, a batch record counting as thirty, out of
    // every row of the files: the most there can be, as rows already stored are not written.
    qint64 total = 0;
    for (const ParsedFile &f : std::as_const(files))
        total += f.batches.size() * 30 + f.results.size();
    total = std::max<qint64>(total, 1);
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
    // The import_files row of a file, made when its first row is written.
    const auto fileId = [&](int fi) -> Result<qint64> {
        if (const auto it = fileIds.constFind(fi); it != fileIds.constEnd())
            return it.value();
        const ParsedFile &f = files.at(fi);
        Result<qint64> id =
            records.insertImportFile(f.name, f.sha256, fileKindId(f.kind), f.size, user);
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
        Result<qint64> id = records.insertBatch(*p.record, p.version, p.hash, file.value(),
                                                p.supersedes, p.supersedes ? reason : QString());
        if (!id)
            return id.error();
        boundBatches[p.file].insert(p.record->batchNumber);
        ++(p.supersedes ? written[p.file].superseded : written[p.file].added);
        if (!p.supersedes)
            return {};
        return superseded(u"batch"_s, p.record->batchNumber, tr("version %1").arg(p.version - 1),
                          tr("version %1 from %2 (SHA-256 %3)")
                              .arg(p.version)
                              .arg(files.at(p.file).name, files.at(p.file).sha256));
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
            if (Status s = records.insertInbox(*p.result, file.value()); !s)
                return s;
            if (p.previous.isEmpty())
                return {};
            return superseded(
                u"unassigned-result"_s, resultName(*p.result), p.previous,
                tr("%1, from %2 (SHA-256 %3)")
                    .arg(resultValue(*p.result), files.at(p.file).name, files.at(p.file).sha256));
        }
        Result<qint64> id = records.insertResult(*p.result, p.batchNumber, p.version, file.value(),
                                                 p.supersedes, p.supersedes ? reason : QString());
        if (!id)
            return id.error();
        boundResults[p.file].insert(p.batchNumber);
        ++(p.supersedes ? written[p.file].superseded : written[p.file].added);
        if (!p.supersedes)
            return {};
        return superseded(
            u"result"_s, resultName(*p.result),
            tr("version %1: %2").arg(p.version - 1).arg(p.previous),
            tr("version %1: %2, from %3 (SHA-256 %4)")
                .arg(p.version)
                .arg(resultValue(*p.result), files.at(p.file).name, files.at(p.file).sha256));
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
        outcomes[fi].added += written.at(fi).added;
        outcomes[fi].superseded += written.at(fi).superseded;
        outcomes[fi].toInbox += written.at(fi).toInbox;
        rows += written.at(fi).added + written.at(fi).superseded + written.at(fi).toInbox;
    }

    ImportSummary summary;
    summary.files = outcomes;
    if (!begun) {
        summary.elapsedMs = timer.elapsed();
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
        if (Result<AuditEvent> r = trail.append(user, e, subjects); !r)
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
    if (!db.commit())
        return abandon(Store::errorFrom(tr("Cannot finish the import"), db.lastError()));
    report(100);
    summary.rowsWritten = rows;
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace rd
