// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/csv.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd {

bool Csv::parse(const QString &text, QList<Row> *rows, int *errorLine, QString *error)
{
    const QChar *p = text.constData();
    const QChar *end = p + text.size();
    if (p < end && *p == QChar(0xFEFF))
        ++p;
    int line = 1;
    while (p < end) {
        Row row;
        row.line = line;
        QString field;
        bool atFieldStart = true;
        bool quoted = false;
        bool endOfRecord = false;
        while (!endOfRecord) {
            if (p == end) {
                if (quoted) {
                    *errorLine = row.line;
                    *error = QCoreApplication::translate(
                        "rd::Csv", "a quoted field is never closed (a missing \")");
                    return false;
                }
                row.fields << field;
                endOfRecord = true;
                break;
            }
            const QChar c = *p;
            if (quoted) {
                if (c == u'"') {
                    if (p + 1 < end && p[1] == u'"') {
                        field += u'"';
                        p += 2;
                    } else {
                        quoted = false;
                        ++p;
                        if (p < end && *p != u',' && *p != u'\n' && *p != u'\r') {
                            *errorLine = line;
                            *error = QCoreApplication::translate(
                                "rd::Csv", "characters follow a closing quote");
                            return false;
                        }
                    }
                } else {
                    // The run up to the next quote, counting the line breaks in it.
                    const QChar *from = p;
                    while (p < end && *p != u'"') {
                        if (*p == u'\n')
                            ++line;
                        ++p;
                    }
                    field.append(from, p - from);
                }
                continue;
            }
            if (c == u'"' && atFieldStart) {
                quoted = true;
                atFieldStart = false;
                ++p;
            } else if (c == u',') {
                row.fields << field;
                field.clear();
                atFieldStart = true;
                ++p;
            } else if (c == u'\r' || c == u'\n') {
                row.fields << field;
                if (c == u'\r' && p + 1 < end && p[1] == u'\n')
                    ++p;
                ++p;
                ++line;
                endOfRecord = true;
            } else {
                if (c == u'"') {
                    *errorLine = line;
                    *error =
                        QCoreApplication::translate("rd::Csv", "a quote inside an unquoted field");
                    return false;
                }
                // The run up to the next separator, line end or (misplaced) quote.
                const QChar *from = p;
                while (p < end && *p != u',' && *p != u'\r' && *p != u'\n' && *p != u'"')
                    ++p;
                field.append(from, p - from);
                atFieldStart = false;
            }
        }
        // A blank line (one empty field) carries no record.
        if (!(row.fields.size() == 1 && row.fields.first().isEmpty()))
            rows->append(row);
    }
    return true;
}

QString Csv::line(const QStringList &fields)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += u',';
        const QString &f = fields.at(i);
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r') ||
            f.startsWith(u' ') || f.endsWith(u' ')) {
            QString escaped = f;
            escaped.replace(u"\""_s, u"\"\""_s);
            out += u'"' + escaped + u'"';
        } else {
            out += f;
        }
    }
    return out + u"\r\n"_s;
}

} // namespace rd
