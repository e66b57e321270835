// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

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
    };

    // Splits decoded text into records. On a malformed record (a quote that never closes,
    // characters after a closing quote) returns false with the line and reason.
    static bool parse(const QString &text, QList<Row> *rows, int *errorLine, QString *error);

    // One record, quoted where needed, with a CRLF at the end.
    static QString line(const QStringList &fields);
};

} // namespace rd
