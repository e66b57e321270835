// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"
#include "ingest/problems.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QMap>
#include <QStringView>

#include <optional>

namespace rd {

enum class FileKind {
    Specification,   // releasedesk.specification/1 (JSON)
    BatchRecords,    // releasedesk.batch-record/1 (JSON)
    QcResultsJson,   // releasedesk.qc-results/1 (JSON)
    QcResultsCsv,    // header row, then one result per line
    AsmCellCounting, // Allotrope Simple Model, cell-counting manifest
    Unknown,
};

QString fileKindId(FileKind kind);

// A value of a file that is not imported, and why: one entry per name and reason, with the
// place of the first and how many there are.
struct NotImported
{
    QString what;   // the quantity's name in the file, e.g. "viability (cell counter)"
    QString reason; // e.g. "not reported by the instrument"
    QString place;  // a JSON path
    int count = 1;
};

// What one input file holds once read and checked on its own (before it is compared with the
// store). The content hash names the file in the audit trail.
struct ParsedFile
{
    QString name;
    QString sha256; // hex of the bytes as read
    qint64 size = 0;
    FileKind kind = FileKind::Unknown;
    QList<Specification> specifications;
    QList<BatchRecord> batches;
    QList<QcResult> results;
    // For results: where each came from ("line 12", "$.results[3]") for messages.
    QList<QString> resultPlaces;
    // What the file holds and is not imported (Allotrope files: settings, values the instrument
    // did not report, quantities outside the model this version reads).
    QList<NotImported> notImported;
    // Allotrope results whose file names no person as analyst (none, or the instrument): the
    // analyst text given -> how many results. Their analyst is left empty here; the importer
    // records the importing person as responsible.
    QMap<QString, int> analystNotNamed;
};

// What makes a result one result: its sample, test and time. A view of a result, which must
// outlive the key: for the many lookups of an import without building a string for each.
struct ResultKey
{
    QStringView sample;
    QStringView test;
    qint64 at = 0;
    int nanos = 0;
    explicit ResultKey(const QcResult &r)
        : sample(r.sampleId)
        , test(r.testCode)
        , at(r.testedAt.toMSecsSinceEpoch())
        , nanos(r.testedAtNanos)
    {}
    bool operator==(const ResultKey &o) const
    {
        return at == o.at && nanos == o.nanos && sample == o.sample && test == o.test;
    }
};

inline size_t qHash(const ResultKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.sample, k.test, k.at, k.nanos);
}

// The native and Allotrope formats (docs/DESIGN.md section 9; JSON Schemas in resources/schemas).
// Parsing is strict and reports every problem it finds, each with file, place and field.
class Formats
{
    Q_DECLARE_TR_FUNCTIONS(rd::Formats)

public:
    static constexpr qint64 kMaxFileBytes = qint64(256) * 1024 * 1024;
    static constexpr int kMaxRows = 2'000'000;
    static constexpr int kMaxBatchesPerFile = 100'000;

    static constexpr char kSpecificationFormat[] = "releasedesk.specification/1";
    static constexpr char kBatchRecordFormat[] = "releasedesk.batch-record/1";
    static constexpr char kQcResultsFormat[] = "releasedesk.qc-results/1";
    // The CSV columns, in the order export writes them.
    static QStringList resultColumns();

    // Reads and checks the bytes of one file; problems go to `problems`.
    static ParsedFile parse(const QString &name, const QByteArray &bytes, Problems &problems);

    // "10^6 cells/mL" for "10^6 cells/ml" and "µm" for "μm" (two micro signs exist).
    static QString normalizeUnit(const QString &unit);

    // The ASM processed-data fields that become results: the test code, its name and unit.
    struct AsmField
    {
        const char *asmName;
        const char *testCode;
        const char *testName;
        const char *unit;
    };
    static QList<AsmField> asmFields();
    static std::optional<AsmField> asmField(QStringView asmName);

private:
    // parse() without the file's SHA-256, which parse() computes beside it.
    static ParsedFile read(const QString &name, const QByteArray &bytes, Problems &problems);
};

// ISO 7064 mod 37-2 check character of an ISBT 128 donation identification number (13
// characters, spaces ignored): '0'-'9', 'A'-'Z' or '*'. A null QChar when `din` is not 13
// letters and digits.
QChar isbtCheckCharacter(const QString &din);

} // namespace rd
