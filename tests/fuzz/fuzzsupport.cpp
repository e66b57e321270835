// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include "core/runtime.h"
#include "ingest/formats.h"
#include "ingest/importer.h"
#include "ingest/serializer.h"
#include "records/recordstore.h"
#include "session/session.h"
#include "support/teststore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace rd::fuzz {

namespace {

struct ImportStore
{
    test::TestStore store;
    std::unique_ptr<Session> admin;
    std::unique_ptr<Session> analyst;
};

QByteArray example(const char *name)
{
    QFile file(QStringLiteral(RELEASEDESK_FUZZ_EXAMPLES) + u'/' + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        fail("cannot read a schema example", file.fileName());
    return file.readAll();
}

ImportStore &importStore()
{
    static const std::unique_ptr<ImportStore> s = [] {
        auto made = std::make_unique<ImportStore>();
        if (!made->store.isValid() || !made->store.addUser(u"quinn"_s, Role::QcAnalyst))
            fail("cannot make the import store", QString());
        made->admin = made->store.open();
        made->analyst = made->store.open(u"quinn"_s);
        if (!made->admin || !made->analyst)
            fail("cannot open the import store", QString());
        const auto imported = [](Session &session, const QList<ImportInput> &inputs) {
            Result<ImportSummary> r = Importer(session).run(inputs, {});
            if (!r)
                fail("the schema examples do not import", r.error().message());
        };
        imported(*made->admin,
                 {{u"specification.example.json"_s, example("specification.example.json")},
                  {u"batch-record.example.json"_s, example("batch-record.example.json")}});
        imported(*made->analyst,
                 {{u"qc-results.example.json"_s, example("qc-results.example.json")}});
        return made;
    }();
    return *s;
}

bool isResults(FileKind kind)
{
    return kind == FileKind::QcResultsCsv || kind == FileKind::QcResultsJson ||
           kind == FileKind::AsmCellCounting;
}

// What export would write for what was read.
QByteArray exported(const ParsedFile &f)
{
    switch (f.kind) {
    case FileKind::Specification:
        return Serializer::specificationDocument(f.specifications);
    case FileKind::BatchRecords:
        return Serializer::batchRecordDocument(f.batches);
    case FileKind::QcResultsJson:
        return Serializer::resultsJsonDocument(f.results);
    case FileKind::AsmCellCounting: {
        // Results whose file names no analyst get the importing person (Importer).
        QList<QcResult> results = f.results;
        for (QcResult &r : results) {
            if (r.analyst.isEmpty())
                r.analyst = u"importer"_s;
        }
        return Serializer::resultsJsonDocument(results);
    }
    case FileKind::QcResultsCsv:
        return Serializer::resultsCsvDocument(f.results);
    case FileKind::Unknown:
        break;
    }
    return {};
}

// A results or batch-record JSON file read as the importer reads a large one, each item a piece
// of its own: the same records, and the same problems, as the whole file's reading (but for a
// result given twice, which the importer finds across the pieces).
void checkJsonPieces(const QString &name, const QByteArray &bytes, const ParsedFile &whole,
                     const Problems &wholeProblems)
{
    const std::unique_ptr<RecordPieces> pieces = Formats::pieces(name, bytes, 1);
    const auto *json = dynamic_cast<const JsonRecords *>(pieces.get());
    if (!json)
        return;
    ParsedFile read;
    read.kind = json->kind();
    Problems problems = json->rootProblems();
    QSet<QString> numbers;
    QList<int> at;
    int rank = 0; // of what makes a piece unreadable: then only what outranks it counts
    for (qsizetype p = 0; p < json->pieceCount(); ++p) {
        RecordPieces::Piece piece = json->read(p);
        if (!piece.malformed.isEmpty()) {
            if (piece.malformedRank > rank) {
                problems = {};
                problems.add(name, piece.malformedPlace, piece.malformedField, piece.malformed);
                rank = piece.malformedRank;
            }
            if (rank >= RecordPieces::Piece::kText)
                break;
            continue;
        }
        if (rank > 0)
            continue;
        if (json->kind() == FileKind::BatchRecords) {
            json->takeBatches(piece, numbers, problems, read.batches, at);
            continue;
        }
        qsizetype cursor = 0;
        problems.takeFrom(piece.problems, cursor, piece.problems.count());
        read.results << piece.results;
    }
    const QString wholeReport = wholeProblems.report(u"Import"_s);
    if (wholeReport.contains(u"repeats the result"_s))
        return;
    if (problems.report(u"Import"_s) != wholeReport)
        fail("JsonRecords: the pieces fail otherwise than the whole",
             u"whole: %1\npieces: %2"_s.arg(wholeReport, problems.report(u"Import"_s)));
    if (problems.isEmpty() && exported(read) != exported(whole))
        fail("JsonRecords: the pieces read as other records", QString());
}

} // namespace

void initProcess(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QStandardPaths::setTestModeEnabled(true);
    qputenv("RELEASEDESK_TESTING_MINIMUM_KDF", "1");
    if (Status s = Runtime::initialize(); !s)
        fail("the runtime does not start", s.error().message());
}

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz: %s: %s\n", what, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

void prepareImportStore()
{
    (void)importStore();
}

void parseAndCheckImport(const QString &name, const QByteArray &bytes)
{
    Problems problems;
    const ParsedFile parsed = Formats::parse(name, bytes, problems);
    checkJsonPieces(name, bytes, parsed, problems);
    ImportStore &s = importStore();
    if (!problems.isEmpty()) {
        // The importer, which reads a QC results CSV piece by piece as it checks it, refuses
        // what the whole file's reading refuses.
        // (As a person who may import the file: who may import what is decided before a file
        // read piece by piece is read.)
        const QString report = problems.report(u"Import"_s);
        Session &importer =
            parsed.kind == FileKind::Specification || parsed.kind == FileKind::BatchRecords
                ? *s.admin
                : *s.analyst;
        Result<ImportSummary> r =
            Importer(importer).run({{name, bytes}}, {}, [](int percent) { return percent < 97; });
        if (r || r.error().code() != ErrorCode::InvalidInput)
            fail("the importer did not refuse a file its reader refuses",
                 report + u"\nimporter: "_s + (r ? u"imported"_s : r.error().message()));
        return;
    }
    if (parsed.kind == FileKind::Unknown)
        fail("a file of no known kind parsed without a problem", QString());

    // Export, then import what was exported: the same values, and the same export again.
    const QByteArray first = exported(parsed);
    Problems again;
    const ParsedFile reread = Formats::parse(name, first, again);
    if (!again.isEmpty())
        fail("the export of a clean file does not read back", again.report(u"Import"_s));
    if (exported(reread) != first)
        fail("the export of a clean file reads back as something else",
             QString::fromUtf8(first.left(2000)));

    Session &session = isResults(parsed.kind) ? *s.analyst : *s.admin;
    // The importer reports 97 % once every row is checked and written, before it commits:
    // cancel there, so every check against the store runs, however the checking and the writing
    // threads share the time, and nothing is ever kept.
    Result<ImportSummary> r =
        Importer(session).run({{name, bytes}}, {}, [](int percent) { return percent < 97; });
    if (r && !r->nothingChanged())
        fail("the importer wrote although it was cancelled", r->lines().join(u'\n'));
}

} // namespace rd::fuzz
