// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/csv.h"

#include "ingest/fields.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

using namespace Qt::StringLiterals;

namespace rd {

bool Csv::parse(const QString &text, QList<Row> *rows, int *errorLine, QString *error)
{
    QStringView view(text);
    if (view.startsWith(QChar(0xFEFF)))
        view = view.sliced(1);
    return parse(view, 1, rows, errorLine, error);
}

bool Csv::parse(QStringView text, int firstLine, QList<Row> *rows, int *errorLine, QString *error)
{
    const QChar *p = text.constData();
    const QChar *end = p + text.size();
    int line = firstLine;
    qsizetype lastFields = 0; // the fields of the record before: most records have as many
    while (p < end) {
        Row row;
        row.line = line;
        row.fields.reserve(lastFields);
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
                row.fields << std::move(field);
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
                row.fields << std::exchange(field, QString());
                atFieldStart = true;
                ++p;
            } else if (c == u'\r' || c == u'\n') {
                row.fields << std::move(field);
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
                // The run up to the next separator, line end or (misplaced) quote: the whole
                // field where it starts one, made at its size.
                const QChar *from = p;
                while (p < end && *p != u',' && *p != u'\r' && *p != u'\n' && *p != u'"')
                    ++p;
                if (atFieldStart && field.isEmpty())
                    field = QString(from, p - from);
                else
                    field.append(from, p - from);
                atFieldStart = false;
            }
        }
        // A blank line (one empty field) carries no record.
        if (!(row.fields.size() == 1 && row.fields.first().isEmpty())) {
            lastFields = row.fields.size();
            rows->append(std::move(row));
        }
    }
    return true;
}

namespace {

// Whether any of the eight bytes at `p` is `a`, `b` or `c`: the high bit of a byte of
// (x - 0x01...) & ~x is set when that byte of x is zero, in the lowest such byte at least.
bool anyOf(const char *p, char a, char b, char c)
{
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t highs = 0x8080808080808080u;
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    const auto zeroIn = [](std::uint64_t x) { return (x - ones) & ~x & highs; };
    return (zeroIn(word ^ (ones * static_cast<unsigned char>(a))) |
            zeroIn(word ^ (ones * static_cast<unsigned char>(b))) |
            zeroIn(word ^ (ones * static_cast<unsigned char>(c)))) != 0;
}

} // namespace

QList<Csv::Piece> Csv::pieces(QByteArrayView bytes, int count, qsizetype minimumBytes)
{
    const qsizetype size = bytes.size();
    const qsizetype wanted =
        std::clamp<qsizetype>(size / std::max<qsizetype>(minimumBytes, 1), 1, std::max(count, 1));
    // Lines are counted as parse() counts them: every line feed, and a carriage return outside
    // quotes that no line feed follows. Quotes, commas and line ends are ASCII, so the bytes of
    // UTF-8 can be scanned as they are.
    const char *data = bytes.data();
    QList<Piece> out;
    Piece piece;
    bool quoted = false;
    int line = 1;
    qsizetype i = 0;
    for (qsizetype k = 1; k < wanted; ++k) {
        const qsizetype target = size * k / wanted;
        bool cut = false;
        for (; i < size && !cut; ++i) {
            // Eight bytes at a time while none of them is a quote or a line end.
            while (i + 8 <= size && !anyOf(data + i, '"', '\n', '\r'))
                i += 8;
            if (i == size)
                break;
            const char c = data[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n') {
                ++line;
                cut = !quoted && i >= target;
            } else if (c == '\r' && !quoted && (i + 1 == size || data[i + 1] != '\n')) {
                ++line;
            }
        }
        if (!cut || i == size)
            break;
        piece.to = i;
        out << piece;
        piece = Piece{i, i, line};
    }
    piece.to = size;
    out << piece;
    return out;
}

QString Csv::decode(QByteArrayView bytes, const Piece &piece)
{
    // Stateless: an incomplete sequence at the end is decoded now, not kept for a next call.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom |
                                                     QStringConverter::Flag::Stateless);
    return decoder(bytes.sliced(piece.from, piece.to - piece.from));
}

namespace {

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

QString Csv::guarded(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    const bool formula = startsFormula(first) && !Fields::isNumberText(field);
    const bool looksGuarded =
        first == u'\'' && field.size() > 1 && (startsFormula(field.at(1)) || field.at(1) == u'\'');
    return formula || looksGuarded ? u'\'' + field : field;
}

QString Csv::unguarded(const QString &field)
{
    if (field.size() > 1 && field.front() == u'\'' &&
        (startsFormula(field.at(1)) || field.at(1) == u'\''))
        return field.mid(1);
    return field;
}

QString Csv::guardedLine(QStringList fields)
{
    for (QString &f : fields)
        f = guarded(f);
    return line(fields);
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
