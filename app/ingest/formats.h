// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/records.h"
#include "ingest/csv.h"
#include "ingest/jsonlist.h"
#include "ingest/problems.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QMap>
#include <QSet>
#include <QStringView>

#include <array>
#include <memory>
#include <optional>
#include <vector>

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
    // A result's value as messages about a file show it: the number as written and its unit, or
    // the text.
    static QString shownValue(const QcResult &r);
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

    // For a QC results CSV file whose size, encoding and header are right, or a QC results or
    // batch-record JSON file whose root is right: a reader of its records piece by piece (pieces
    // of about `pieceBytes`), as an import reads a large file. Anything else: nullptr, and
    // parse() reads it, reporting what is wrong.
    static std::unique_ptr<class RecordPieces> pieces(const QString &name, const QByteArray &bytes,
                                                      qsizetype pieceBytes);

    // A batch number given a second time in one file.
    static QString appearsTwice(const QString &batchNumber);

private:
    // parse() without the file's SHA-256, which parse() computes beside it.
    static ParsedFile read(const QString &name, const QByteArray &bytes, Problems &problems);
    // A result given twice in the file.
    static void refuseRepeats(class Fields &f, const ParsedFile &file);
};

// A file of records read piece by piece, each piece of whole records: what an import holds of a
// large file at once is the pieces on their way, never every record of the file.
// Formats::parse() reads a whole file through the same pieces, on every core at once.
class RecordPieces
{
public:
    virtual ~RecordPieces() = default;

    struct Piece
    {
        QList<QcResult> results;
        QList<BatchRecord> batches;
        QList<int> at; // each record's line (CSV) or index in the file's list (JSON)
        Problems problems;
        qsizetype rows = 0; // records, but a CSV's header
        // What makes the piece unreadable (a stray quote, text that is not JSON, a field given
        // twice): reported alone, the first of the highest rank in the file, so that what is
        // reported does not depend on where the file was cut. Text that is not CSV or JSON
        // (kText) comes first, and nothing after it is read; then text the walk for fields
        // given twice refuses as a whole (kRefusedWhole); then a field given twice (kAtPlace).
        QString malformedPlace, malformedField, malformed;
        int malformedRank = 0;
        static constexpr int kAtPlace = 1, kRefusedWhole = 2, kText = 3;
        // Batch records: per item, how many of `problems` are its own; -1 - that when the item
        // is no record.
        std::vector<int> problemsOf;
    };
    virtual FileKind kind() const = 0;
    virtual qsizetype pieceCount() const = 0;
    virtual qsizetype pieceBytes(qsizetype i) const = 0;
    // Piece `i`'s records and problems; from any thread.
    virtual Piece read(qsizetype i) const = 0;
    // "line 12", "$.results[3]": a record's place in messages (`at` of a piece).
    virtual QString place(int at) const = 0;
    // What to say of a file that holds `rows` records, when that is more than it may.
    virtual QString tooMany(qsizetype rows) const = 0;
    // What is wrong outside the records (a JSON file's root members), reported before what is
    // wrong with them; none by default.
    virtual const Problems &rootProblems() const;
};

// A QC results CSV file read piece by piece.
class ResultsCsv : public RecordPieces
{
public:
    // The size of the pieces parse() cuts a file into; an import reads smaller ones.
    static constexpr qsizetype kWholePieceBytes = qsizetype(8) << 20;

    // `bytes` (UTF-8, checked before) must outlive the reader. Pieces of about `pieceBytes`,
    // at least `minimumPieces` of them (one per core, to read them all at once).
    ResultsCsv(const QString &file, QByteArrayView bytes, qsizetype pieceBytes,
               int minimumPieces = 1);
    ~ResultsCsv() override;
    ResultsCsv(const ResultsCsv &) = delete;
    ResultsCsv &operator=(const ResultsCsv &) = delete;

    enum class Opened {
        Ready,
        HeaderRefused, // its problems in `problems`; the rows can still be checked for form
        Unreadable,    // empty, or its first records are not CSV: `problems` says why
    };
    // Reads the header (the first row there is).
    Opened open(Problems &problems);

    FileKind kind() const override { return FileKind::QcResultsCsv; }
    qsizetype pieceCount() const override { return m_pieces.size(); }
    qsizetype pieceBytes(qsizetype i) const override;
    // Piece `i`'s results and problems, after open() said Ready. A record that is not CSV (a
    // stray quote) makes it malformed: the pieces after it may be cut wrong.
    Piece read(qsizetype i) const override;
    // Only whether piece `i`'s records are CSV, and how many there are.
    Piece check(qsizetype i) const;

    // "line 12": a result's place in messages.
    QString place(int line) const override;
    QString tooMany(qsizetype rows) const override { return tooManyRows(rows); }
    static QString tooManyRows(qsizetype rows);

private:
    struct Split;
    Split split(qsizetype i) const;

    QString m_file;
    QByteArrayView m_bytes;
    QList<Csv::Piece> m_pieces;
    qsizetype m_headerPiece = -1;
    qsizetype m_columnCount = 0;
    static constexpr std::size_t kColumns = 12; // resultColumns().size(), checked in open()
    std::array<int, kColumns> m_columns{};      // per column of resultColumns(): its index or -1
    QString m_lineForm, m_batchWhat, m_testWhat;
};

// A QC results or batch-record JSON file read piece by piece: the items of its list
// ("results", "batches") cut by JsonListPieces, its root read whole with the list emptied.
class JsonRecords : public RecordPieces
{
public:
    // `bytes` (UTF-8, checked before) must outlive the reader.
    JsonRecords(const QString &file, QByteArrayView bytes, JsonListPieces list);

    enum class Opened {
        Ready,
        RootRefused, // its problems in `problems`; the items can still be read for their form
        ReadWhole,   // not a results or batch-record file, or its root is not JSON: read whole
    };
    // Reads the root: its format, its members, how many items its list has.
    Opened open(Problems &problems);
    // What open() found wrong with the root's members, to be reported before the items'.
    const Problems &rootProblems() const override { return m_rootProblems; }

    FileKind kind() const override { return m_kind; }
    qsizetype pieceCount() const override { return m_list.pieceCount(); }
    qsizetype pieceBytes(qsizetype i) const override { return m_list.pieceBytes(i); }
    qsizetype itemCount() const { return m_list.itemCount(); }
    Piece read(qsizetype i) const override;
    QString place(int item) const override;
    QString tooMany(qsizetype) const override { return QString(); } // open() checks the count

    // A piece of batch records into `records` and its problems into `into`, in the file's
    // order, with a batch number the file gave before (`numbers`).
    void takeBatches(Piece &piece, QSet<QString> &numbers, Problems &into,
                     QList<BatchRecord> &records, QList<int> &at) const;

    // Batch records are read from simdjson's tree of each piece where it reads as Qt's would
    // (JsonListPieces::read); false reads every piece with Qt's, as tests that compare the two
    // do.
    void setSimdjsonTrees(bool on) { m_trees = on; }

private:
    QString m_file;
    QByteArrayView m_bytes;
    JsonListPieces m_list;
    bool m_trees = true;
    FileKind m_kind = FileKind::Unknown;
    Problems m_rootProblems;
};

// ISO 7064 mod 37-2 check character of an ISBT 128 donation identification number (13
// characters, spaces ignored): '0'-'9', 'A'-'Z' or '*'. A null QChar when `din` is not 13
// letters and digits.
QChar isbtCheckCharacter(const QString &din);

} // namespace rd
