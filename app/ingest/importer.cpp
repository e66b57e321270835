// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/importer.h"

#include "audit/audittrail.h"
#include "core/clock.h"
#include "core/parallel.h"
#include "ingest/resultrules.h"
#include "ingest/serializer.h"
#include "records/recordstore.h"
#include "session/session.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

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
        return specificationInForce(*it, product, on);
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
        .arg(r.testCode, r.sampleId, Serializer::timeText(r.testedAt));
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
};

bool isResults(FileKind kind)
{
    return kind == FileKind::QcResultsCsv || kind == FileKind::QcResultsJson ||
           kind == FileKind::AsmCellCounting;
}

} // namespace

bool ImportSummary::nothingChanged() const
{
    return std::all_of(files.cbegin(), files.cend(), [](const FileOutcome &f) {
        return f.added == 0 && f.superseded == 0 && f.toInbox == 0;
    });
}

QStringList ImportSummary::lines() const
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
    Problems problems;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            problems.add(path, QString(), QString(), tr("the file does not exist"));
            continue;
        }
        if (info.size() > Formats::kMaxFileBytes) {
            problems.add(path, QString(), QString(),
                         tr("the file is %1 MiB; at most %2 MiB are read")
                             .arg(info.size() >> 20)
                             .arg(Formats::kMaxFileBytes >> 20));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.add(path, QString(), QString(),
                         tr("cannot be read (%1)").arg(file.errorString()));
            continue;
        }
        inputs << ImportInput{info.fileName(), file.readAll()};
    }
    if (!problems.isEmpty())
        return Error(ErrorCode::InvalidInput, problems.report(tr("Import")));
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
    for (const ParsedFile &f : std::as_const(files))
        outcomes << FileOutcome{f.name, f.sha256, f.kind};
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

    Result<QHash<QString, StoredBatch>> current = records.currentBatches();
    if (!current)
        return current.error();
    Result<QHash<QString, SampleOwner>> owners = records.sampleOwners();
    if (!owners)
        return owners.error();

    // Each record's content hash (a canonical JSON form and its SHA-256: a third of the work of
    // importing batch records) on every core at once.
    std::vector<std::vector<QString>> contentHashes(static_cast<std::size_t>(files.size()));
    for (qsizetype fi = 0; fi < files.size(); ++fi) {
        const QList<BatchRecord> &batches = files.at(fi).batches;
        std::vector<QString> &hashes = contentHashes[static_cast<std::size_t>(fi)];
        hashes.resize(static_cast<std::size_t>(batches.size()));
        inParts(batches.size(), computeThreads(), 64,
                [&batches, &hashes](qsizetype from, qsizetype to) {
                    for (qsizetype i = from; i < to; ++i)
                        hashes[static_cast<std::size_t>(i)] =
                            Serializer::contentHash(batches.at(i));
                });
    }

    QList<PlannedBatch> plannedBatches;
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
            PlannedBatch plan{
                static_cast<int>(fi), &r,
                contentHashes[static_cast<std::size_t>(fi)][static_cast<std::size_t>(bi)], 1,
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
                owners->insert(s.id, SampleOwner{r.batchNumber, r.productCode, r.startedAt});
            plannedBatches << plan;
        }
    }

    // Results: known test, right unit and kind of value, a batch if the sample is known.
    QSet<QString> sampleIds;
    for (const ParsedFile &f : std::as_const(files))
        for (const QcResult &r : f.results)
            sampleIds.insert(r.sampleId);
    Result<QList<StoredResult>> existing = records.currentResultsOfSamples(sampleIds);
    if (!existing)
        return existing.error();
    QHash<ResultKey, const StoredResult *> storedResults;
    storedResults.reserve(existing->size());
    for (const StoredResult &s : existing.value())
        storedResults.insert(ResultKey(s.result), &s);
    Result<QHash<QString, qint64>> inboxKeys = records.inboxKeys(sampleIds);
    if (!inboxKeys)
        return inboxKeys.error();
    const QHash<QString, QString> &asmUnits = ResultRules::cellCounterUnits();

    QList<PlannedResult> plannedResults;
    // Where each result was first seen in this import: its file and its index there.
    QHash<ResultKey, std::pair<qsizetype, qsizetype>> seenInImport;
    seenInImport.reserve(sampleIds.size() * 4);
    const auto placeOf = [&files](qsizetype fi, qsizetype ri) -> QString {
        return files.at(fi).name + u", "_s + files.at(fi).resultPlaces.value(ri);
    };
    for (qsizetype fi = 0; fi < files.size(); ++fi) {
        const ParsedFile &f = files.at(fi);
        for (qsizetype ri = 0; ri < f.results.size(); ++ri) {
            const QcResult &r = f.results.at(ri);
            const QString where = f.resultPlaces.value(ri);
            const ResultKey key(r);
            if (const auto seen = seenInImport.constFind(key); seen != seenInImport.constEnd()) {
                if (f.kind != FileKind::AsmCellCounting)
                    problems.add(f.name, where, QString(),
                                 tr("repeats the result of %1 (same sample, test and time)")
                                     .arg(placeOf(seen->first, seen->second)));
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
                if (!inboxKeys->isEmpty() &&
                    inboxKeys->contains(RecordStore::key(r.sampleId, r.testCode, r.testedAt))) {
                    ++outcomes[fi].unchanged;
                    continue;
                }
                plannedResults << PlannedResult{static_cast<int>(fi), &r,       QString(), 1,
                                                std::nullopt,         QString()};
                continue;
            }
            if (f.kind != FileKind::AsmCellCounting && !r.batchNumber.isEmpty() &&
                r.batchNumber != owner->batchNumber) {
                problems.add(f.name, where, u"batch"_s,
                             tr("is %1, but sample %2 belongs to batch %3")
                                 .arg(r.batchNumber, r.sampleId, owner->batchNumber));
                continue;
            }
            const Specification *spec = specs.inForce(owner->productCode, owner->startedAt.date());
            if (const std::optional<RuleViolation> v = ResultRules::check(r, *owner, spec)) {
                problems.add(f.name, where, v->field, v->reason);
                continue;
            }
            PlannedResult plan{static_cast<int>(fi), &r,       owner->batchNumber, 1,
                               std::nullopt,         QString()};
            if (const auto stored = storedResults.constFind(key);
                stored != storedResults.constEnd()) {
                if (Serializer::sameResult((*stored)->result, r)) {
                    ++outcomes[fi].unchanged;
                    continue;
                }
                if (!options.supersede) {
                    conflict(tr("%1: the result %2 is %3; the stored one (version %4) is %5")
                                 .arg(placeOf(fi, ri), resultName(r), resultValue(r))
                                 .arg((*stored)->version)
                                 .arg(resultValue((*stored)->result)));
                    continue;
                }
                plan.version = (*stored)->version + 1;
                plan.supersedes = (*stored)->id;
                plan.previous = resultValue((*stored)->result);
            }
            plannedResults << plan;
        }
    }
    if (!problems.isEmpty())
        return Error(ErrorCode::InvalidInput, problems.report(tr("Import")));
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
        return Error(ErrorCode::AlreadyExists, text);
    }
    for (const PlannedBatch &p : std::as_const(plannedBatches))
        ++(p.supersedes ? outcomes[p.file].superseded : outcomes[p.file].added);
    for (const PlannedResult &p : std::as_const(plannedResults)) {
        if (p.batchNumber.isEmpty())
            ++outcomes[p.file].toInbox;
        else
            ++(p.supersedes ? outcomes[p.file].superseded : outcomes[p.file].added);
    }

    ImportSummary summary;
    summary.files = outcomes;
    if (summary.nothingChanged()) {
        summary.elapsedMs = timer.elapsed();
        return summary; // identical content: a no-op, and nothing recorded
    }
    if (!report(30))
        return cancelled;

    // 4. Write, all or nothing.
    const QString user = m_session.user().userName;
    AuditTrail trail(db, m_session.store().storeId());
    if (!db.transaction())
        return Store::errorFrom(tr("Cannot start the import"), db.lastError());
    const auto abandon = [&db](Error e) -> Error {
        db.rollback();
        return e;
    };
    QHash<int, qint64> fileIds;
    for (qsizetype fi = 0; fi < outcomes.size(); ++fi) {
        const FileOutcome &o = outcomes.at(fi);
        if (o.added == 0 && o.superseded == 0 && o.toInbox == 0)
            continue;
        Result<qint64> id =
            records.insertImportFile(o.name, o.sha256, fileKindId(o.kind), files.at(fi).size, user);
        if (!id)
            return abandon(id.error());
        fileIds.insert(static_cast<int>(fi), id.value());
    }
    for (const auto &[fi, spec] : std::as_const(newSpecs)) {
        if (Status s = records.insertSpecification(*spec, fileIds.value(fi)); !s)
            return abandon(s.error());
    }
    // A batch record is about thirty rows; progress is reported every 2000 rows.
    const qint64 total = std::max<qint64>(plannedBatches.size() * 30 + plannedResults.size(), 1);
    qint64 done = 0;
    qint64 nextReport = 2000;
    const auto tick = [&](qint64 weight) {
        done += weight;
        if (done < nextReport)
            return true;
        nextReport = done + 2000;
        return report(30 + static_cast<int>(65 * done / total));
    };
    const QString reason = options.reason.trimmed();
    for (const PlannedBatch &p : std::as_const(plannedBatches)) {
        Result<qint64> id = records.insertBatch(*p.record, p.version, p.hash, fileIds.value(p.file),
                                                p.supersedes, p.supersedes ? reason : QString());
        if (!id)
            return abandon(id.error());
        if (p.supersedes) {
            AuditEntry e;
            e.action = QString::fromLatin1(audit::kRecordSuperseded);
            e.entityType = u"batch"_s;
            e.entityId = p.record->batchNumber;
            e.oldValue = tr("version %1").arg(p.version - 1);
            e.newValue = tr("version %1 from %2 (SHA-256 %3)")
                             .arg(p.version)
                             .arg(files.at(p.file).name, files.at(p.file).sha256);
            e.reason = reason;
            if (Result<AuditEvent> r = trail.append(user, e); !r)
                return abandon(r.error());
        }
        if (!tick(30))
            return abandon(cancelled);
    }
    for (const PlannedResult &p : std::as_const(plannedResults)) {
        if (p.batchNumber.isEmpty()) {
            if (Status s = records.insertInbox(*p.result, fileIds.value(p.file)); !s)
                return abandon(s.error());
        } else {
            Result<qint64> id =
                records.insertResult(*p.result, p.batchNumber, p.version, fileIds.value(p.file),
                                     p.supersedes, p.supersedes ? reason : QString());
            if (!id)
                return abandon(id.error());
            if (p.supersedes) {
                AuditEntry e;
                e.action = QString::fromLatin1(audit::kRecordSuperseded);
                e.entityType = u"result"_s;
                e.entityId = resultName(*p.result);
                e.oldValue = tr("version %1: %2").arg(p.version - 1).arg(p.previous);
                e.newValue = tr("version %1: %2, from %3 (SHA-256 %4)")
                                 .arg(p.version)
                                 .arg(resultValue(*p.result), files.at(p.file).name,
                                      files.at(p.file).sha256);
                e.reason = reason;
                if (Result<AuditEvent> r = trail.append(user, e); !r)
                    return abandon(r.error());
            }
        }
        if (!tick(1))
            return abandon(cancelled);
    }
    for (qsizetype fi = 0; fi < outcomes.size(); ++fi) {
        if (!fileIds.contains(static_cast<int>(fi)))
            continue;
        const FileOutcome &o = outcomes.at(fi);
        AuditEntry e;
        e.action = QString::fromLatin1(audit::kFileImported);
        e.entityType = u"file"_s;
        e.entityId = o.name;
        e.field = fileKindId(o.kind);
        e.newValue = QString::fromUtf8(QJsonDocument(QJsonObject{{u"sha256"_s, o.sha256},
                                                                 {u"added"_s, o.added},
                                                                 {u"superseded"_s, o.superseded},
                                                                 {u"unassigned"_s, o.toInbox},
                                                                 {u"unchanged"_s, o.unchanged}})
                                           .toJson(QJsonDocument::Compact));
        if (o.superseded)
            e.reason = reason;
        if (Result<AuditEvent> r = trail.append(user, e); !r)
            return abandon(r.error());
    }
    if (!report(97))
        return abandon(cancelled);
    if (!db.commit())
        return abandon(Store::errorFrom(tr("Cannot finish the import"), db.lastError()));
    report(100);
    summary.rowsWritten = plannedBatches.size() + plannedResults.size();
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace rd
