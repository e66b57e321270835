// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace rd {

// RFC 4180 CSV: comma-separated, fields in double quotes when they hold commas, quotes or line
// breaks, a quote inside doubled. Accepts CRLF or LF line ends and a UTF-8 byte-order mark.
class Csv
{
public:
    struct Row
    {
        int line = 0; // the physical line the record starts on, from 1
        QStringList fields;
        bool operator==(const Row &) const = default;
    };

    // Splits decoded text into records. On a malformed record (a quote that never closes,
    // characters after a closing quote) returns false with the line and reason.
    static bool parse(const QString &text, QList<Row> *rows, int *errorLine, QString *error);
    // The same for a piece of a text (no byte-order mark) whose first record starts on line
    // `firstLine`.
    static bool parse(QStringView text, int firstLine, QList<Row> *rows, int *errorLine,
                      QString *error);

    // A piece of UTF-8 CSV of whole records: bytes [from, to), starting on line `line`.
    struct Piece
    {
        qsizetype from = 0;
        qsizetype to = 0;
        int line = 1;
    };
    // Cuts `bytes` (no byte-order mark) into at most `count` pieces, none much shorter than
    // `minimumBytes`, each ending at a line feed outside quotes, to be parsed at once: their
    // rows, in order, are the rows of the whole. A malformed record (say a stray quote) can make
    // later cuts fall inside a record; parsing still reports that record's problem first.
    static QList<Piece> pieces(QByteArrayView bytes, int count, qsizetype minimumBytes);
    // The text of one piece, decoded as the whole would be: a U+FEFF that starts the piece is
    // kept (it is inside a field), and bytes that are not UTF-8 read as U+FFFD, the last ones of
    // the piece too.
    static QString decode(QByteArrayView bytes, const Piece &piece);

    // One record, quoted where needed, with a CRLF at the end.
    static QString line(const QStringList &fields);
    // The same with every field guarded: what ReleaseDesk exports, since a spreadsheet may
    // open it, and no cell of it may run as a formula.
    static QString guardedLine(QStringList fields);

    // A field as written to a CSV file a spreadsheet may open: one that starts as a formula
    // does (=, +, -, @, tab, carriage return) and is not a number, or that starts with an
    // apostrophe followed by one of those or another apostrophe, gets an apostrophe in front,
    // which spreadsheets take as "text". unguarded() takes it away again on import, so an
    // export imports back as it was (resources/schemas/README.md).
    static QString guarded(const QString &field);
    static QString unguarded(const QString &field);
};

} // namespace rd
