// SPDX-License-Identifier: GPL-3.0-or-later
// QC results as CSV: the RFC 4180 reader on its own, then the whole file parsed, exported and
// read back, and checked by the importer.
// Seeds: tests/fuzz/run.sh; one input is one file given to `releasedesk import`.
#include "fuzzsupport.h"
#include "ingest/csv.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rd::fuzz::initProcess(argc, argv);
    rd::fuzz::prepareImportStore();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = rd::fuzz::bytesOf(data, size);
    // The whole, read as the importer reads a file: one byte-order mark dropped, and any U+FEFF
    // after it kept as part of a field (QString::fromUtf8 would drop one more).
    QByteArrayView body(bytes);
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.sliced(3);
    QList<rd::Csv::Row> rows;
    int errorLine = 0;
    QString error;
    const bool whole =
        rd::Csv::parse(rd::Csv::decode(body, {0, body.size(), 1}), 1, &rows, &errorLine, &error);
    if (whole) {
        // Written out again, every record reads back as the same fields (after a byte-order
        // mark, so that a first field starting with U+FEFF keeps it).
        QString written(1, QChar(0xFEFF));
        for (const rd::Csv::Row &row : std::as_const(rows))
            written += rd::Csv::line(row.fields);
        QList<rd::Csv::Row> again;
        int againLine = 0;
        QString againError;
        if (!rd::Csv::parse(written, &again, &againLine, &againError))
            rd::fuzz::fail("Csv::line wrote a record Csv::parse refuses", againError);
        if (again.size() != rows.size())
            rd::fuzz::fail("Csv::line output reads back as another number of records",
                           written.left(2000));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (again.at(i).fields != rows.at(i).fields)
                rd::fuzz::fail("Csv::line output reads back as other fields", written.left(2000));
        }
    }

    // Cut into pieces parsed on their own (as the importer reads a large file), it reads as the
    // same records on the same lines, or fails on the same line for the same reason.
    QList<rd::Csv::Row> joined;
    int pieceLine = 0;
    QString pieceError;
    for (const rd::Csv::Piece &piece : rd::Csv::pieces(body, 3, 1)) {
        if (!rd::Csv::parse(rd::Csv::decode(body, piece), piece.line, &joined, &pieceLine,
                            &pieceError))
            break;
    }
    if (whole != pieceError.isEmpty() ||
        (!whole && (pieceLine != errorLine || pieceError != error)))
        rd::fuzz::fail(
            "Csv::pieces: the pieces fail otherwise than the whole",
            u"whole: line %1 %2; pieces: line %3 %4"_s.arg(errorLine).arg(error).arg(pieceLine).arg(
                pieceError));
    if (whole && joined != rows)
        rd::fuzz::fail("Csv::pieces: the pieces read as other records", QString());
    rd::fuzz::parseAndCheckImport(u"qc-results.csv"_s, bytes);
    return 0;
}
