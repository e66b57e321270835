// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/fields.h"

#include "core/clock.h"
#include "domain/text.h"
#include "ingest/jsondom.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace rd {

Fields::Fields(Problems &problems, QString file)
    : m_problems(problems)
    , m_file(std::move(file))
{}

void Fields::problem(const QString &where, const QString &field, const QString &reason)
{
    m_problems.add(m_file, where, field, reason);
}

namespace {

bool isUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

bool isLower(char16_t c)
{
    return c >= u'a' && c <= u'z';
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// A first character and then between minRest and maxRest more.
template<class First, class Rest>
bool isForm(QStringView v, First first, Rest rest, qsizetype minRest, qsizetype maxRest)
{
    if (v.size() < 1 + minRest || v.size() > 1 + maxRest || !first(v.front().unicode()))
        return false;
    for (qsizetype i = 1; i < v.size(); ++i) {
        if (!rest(v.at(i).unicode()))
            return false;
    }
    return true;
}

// Reads `digits` decimal digits at `at`; -1 if any is not one.
int digitsAt(QStringView v, qsizetype at, int digits)
{
    int n = 0;
    for (int i = 0; i < digits; ++i) {
        const char16_t c = v.at(at + i).unicode();
        if (!isDigit(c))
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

// What a time may say: the offsets zones have (UTC-12:00 to UTC+14:00), and years that a
// record of this century can hold.
constexpr int kEarliestOffset = -12 * 3600;
constexpr int kLatestOffset = 14 * 3600;
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2199;

// The forms every file uses, read by hand: "2026-03-14T09:30:00Z", with milliseconds
// ("…:00.250Z") or an offset ("…:00+01:00") or both. Anything else (no seconds, another number of
// decimals, hour 24, an offset beyond 14 hours) is left to Qt's reader: nullopt.
std::optional<QDateTime> quickDateTime(QStringView v)
{
    const qsizetype n = v.size();
    if (n != 20 && n != 24 && n != 25 && n != 29)
        return std::nullopt;
    if (v.at(4) != u'-' || v.at(7) != u'-' || v.at(10) != u'T' || v.at(13) != u':' ||
        v.at(16) != u':')
        return std::nullopt;
    const int year = digitsAt(v, 0, 4);
    const int month = digitsAt(v, 5, 2);
    const int day = digitsAt(v, 8, 2);
    const int hour = digitsAt(v, 11, 2);
    const int minute = digitsAt(v, 14, 2);
    const int second = digitsAt(v, 17, 2);
    int msec = 0;
    qsizetype zone = 19;
    if (n == 24 || n == 29) {
        if (v.at(19) != u'.')
            return std::nullopt;
        msec = digitsAt(v, 20, 3);
        zone = 23;
    }
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || msec < 0)
        return std::nullopt;
    int offset = 0;
    if (zone + 1 == n) {
        if (v.at(zone) != u'Z')
            return std::nullopt;
    } else {
        const char16_t sign = v.at(zone).unicode();
        const int hours = digitsAt(v, zone + 1, 2);
        const int minutes = digitsAt(v, zone + 4, 2);
        if ((sign != u'+' && sign != u'-') || v.at(zone + 3) != u':' || hours < 0 || minutes < 0 ||
            minutes > 59)
            return std::nullopt;
        offset = (hours * 60 + minutes) * 60 * (sign == u'-' ? -1 : 1);
        if (offset < kEarliestOffset || offset > kLatestOffset)
            return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (year < kFirstYear || year > kLastYear || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}

} // namespace

bool Fields::isIdentifier(QStringView v)
{
    return isForm(
        v, [](char16_t c) { return isUpper(c) || isLower(c) || isDigit(c); },
        [](char16_t c) {
            return isUpper(c) || isLower(c) || isDigit(c) || c == u'.' || c == u'_' || c == u'/' ||
                   c == u'-';
        },
        0, 63);
}

bool Fields::isTestCode(QStringView v)
{
    return isForm(
        v, isUpper, [](char16_t c) { return isUpper(c) || isDigit(c) || c == u'_'; }, 0, 31);
}

bool Fields::isProductCode(QStringView v)
{
    return isForm(
        v, [](char16_t c) { return isUpper(c) || isDigit(c); },
        [](char16_t c) { return isUpper(c) || isDigit(c) || c == u'-'; }, 1, 31);
}

bool Fields::isNumberText(QStringView v)
{
    qsizetype i = 0;
    const qsizetype n = v.size();
    const auto digits = [&]() {
        const qsizetype from = i;
        while (i < n && isDigit(v.at(i).unicode()))
            ++i;
        return i - from;
    };
    if (i < n && v.at(i) == u'-')
        ++i;
    if (i < n && v.at(i) == u'0')
        ++i;
    else if (i >= n || v.at(i) < u'1' || v.at(i) > u'9' || digits() == 0)
        return false;
    if (i < n && v.at(i) == u'.') {
        ++i;
        if (digits() == 0)
            return false;
    }
    if (i < n && (v.at(i) == u'e' || v.at(i) == u'E')) {
        ++i;
        if (i < n && (v.at(i) == u'+' || v.at(i) == u'-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == n;
}

bool Fields::sameValue(const QString &text, double value)
{
    bool ok = false;
    const double d = QLocale::c().toDouble(text, &ok);
    return ok && d == value; // -0 == 0: Qt's reader gives 0 for -0
}

QString Fields::writtenAs(const QString &path, QLatin1StringView key) const
{
    return m_written ? m_written->textAt(path, key) : QString();
}

QString Fields::numberText(double value)
{
    if (value == 0 && std::signbit(value))
        return u"-0"_s; // kept as written: -0 is not 0 to whoever wrote it
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

namespace {

template<class Value>
QString shownValue(const Value &value)
{
    if (value.isString())
        return u'"' + value.toString().left(40) + u'"';
    if (value.isDouble())
        return Fields::numberText(value.toDouble());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull())
        return u"null"_s;
    if (value.isArray())
        return Fields::tr("a list");
    if (value.isObject())
        return Fields::tr("an object");
    return QString();
}

} // namespace

QString Fields::shown(const QJsonValue &value)
{
    return shownValue(value);
}

QString Fields::shown(const DomValue &value)
{
    return shownValue(value);
}

QString Fields::text(const QString &value, const QString &where, const QString &field, Need need,
                     int maxLength)
{
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        if (need == Required)
            problem(where, field, tr("is missing"));
        return QString();
    }
    if (v.size() > maxLength) {
        problem(where, field,
                tr("is %1 characters long; at most %2 are allowed").arg(v.size()).arg(maxLength));
        return QString();
    }
    if (const QString why = Text::unprintable(v, maxLength >= kTextLength); !why.isEmpty()) {
        problem(where, field, why);
        return QString();
    }
    return v;
}

namespace {

// Whether a number's digits before any exponent are not all zeros: "0.0e5" is zero, "1e-400"
// is not (it is below the range of a double).
bool containsNonZeroDigitBeforeExponent(QStringView v)
{
    for (const QChar c : v) {
        if (c == u'e' || c == u'E')
            return false;
        if (c >= u'1' && c <= u'9')
            return true;
    }
    return false;
}

} // namespace

std::optional<Number> Fields::number(const QString &value, const QString &where,
                                     const QString &field, Need need)
{
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        if (need == Required)
            problem(where, field, tr("is missing"));
        return std::nullopt;
    }
    // The JSON grammar for numbers, in every format: no "1,5", no "0x10", no "NaN" or "inf".
    if (v.size() > 40 || !isNumberText(v)) {
        problem(where, field, tr("is not a number (\"%1\")").arg(v.left(40)));
        return std::nullopt;
    }
    // The text is ASCII (the grammar above) and short: read as bytes by std::from_chars, which
    // rounds as QLocale does (to the nearest double); a value it cannot give as a normal number
    // (out of range, below the normal range) is left to QLocale, which decides what is refused.
    std::array<char, 40> ascii{};
    for (qsizetype i = 0; i < v.size(); ++i)
        ascii[static_cast<std::size_t>(i)] = static_cast<char>(v.at(i).unicode());
    double d = 0;
    const auto [end, ec] = std::from_chars(ascii.data(), ascii.data() + v.size(), d);
    if (ec == std::errc() && end == ascii.data() + v.size() && std::isfinite(d) &&
        (std::isnormal(d) || (d == 0 && !containsNonZeroDigitBeforeExponent(v))))
        return Number{v, d};
    bool ok = false;
    d = QLocale::c().toDouble(v, &ok);
    if (!ok || !std::isfinite(d)) {
        problem(where, field, tr("is out of range (\"%1\")").arg(v));
        return std::nullopt;
    }
    return Number{v, d};
}

QDateTime Fields::dateTime(const QString &value, const QString &where, const QString &field,
                           Need need, int *nanos)
{
    if (nanos)
        *nanos = 0;
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        if (need == Required)
            problem(where, field, tr("is missing"));
        return QDateTime();
    }
    if (const std::optional<QDateTime> quick = quickDateTime(v))
        return *quick;
    // Every other RFC 3339 form ("t" and "z" in lower case, a space between date and time, up
    // to nine decimals), and hh:mm without seconds; a time without its zone is ambiguous across
    // sites and refused rather than guessed. Each part is checked, so that the message says which
    // one is wrong.
    static const QRegularExpression form(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?"
        "(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"_s);
    const QRegularExpressionMatch m = form.match(v);
    const auto refuse = [&](const QString &why) {
        problem(where, field, why);
        return QDateTime();
    };
    if (!m.hasMatch())
        return refuse(tr("is not a date and time with its zone, like "
                         "2026-03-14T09:30:00Z or 2026-03-14T10:30:00+01:00 (\"%1\")")
                          .arg(v.left(40)));
    const auto part = [&m](int i) { return m.capturedView(i).toInt(); };
    const int year = part(1);
    if (year < kFirstYear || year > kLastYear)
        return refuse(tr("is in the year %1; a time between %2 and %3 is expected (\"%4\")")
                          .arg(year)
                          .arg(kFirstYear)
                          .arg(kLastYear)
                          .arg(v));
    const QDate date(year, part(2), part(3));
    if (!date.isValid())
        return refuse(tr("names a day no calendar has (\"%1\")").arg(v));
    if (part(4) > 23)
        return refuse(tr("gives the hour %1; hours run from 00 to 23 (the end of a day is 00:00 "
                         "of the next) (\"%2\")")
                          .arg(m.captured(4), v));
    const QStringView fraction = m.capturedView(7);
    const bool finer =
        fraction.size() > 3 && fraction.sliced(3).toString() != QString(fraction.size() - 3, u'0');
    if (finer && !nanos)
        return refuse(tr("gives the time to %1 decimals of a second; it is kept to the "
                         "millisecond, and a finer time would be cut (\"%2\")")
                          .arg(fraction.size())
                          .arg(v));
    if (finer && fraction.size() > 9 &&
        fraction.sliced(9).toString() != QString(fraction.size() - 9, u'0'))
        return refuse(tr("gives the time to %1 decimals of a second; it is kept to the "
                         "nanosecond (nine decimals), and a finer time would be cut (\"%2\")")
                          .arg(fraction.size())
                          .arg(v));
    int below = 0; // the fourth to ninth decimals, as nanoseconds
    for (qsizetype i = 3; finer && i < 9; ++i)
        below = below * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    int msec = 0; // the first three decimals, as milliseconds
    for (qsizetype i = 0; i < 3; ++i)
        msec = msec * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    const QTime time(part(4), part(5), m.capturedView(6).isEmpty() ? 0 : part(6), msec);
    if (!time.isValid())
        return refuse(tr("names a time no clock shows (\"%1\")").arg(v));
    int offset = 0;
    if (m.capturedView(8).isEmpty()) {
        offset = (part(10) * 60 + part(11)) * 60 * (m.capturedView(9) == u"-" ? -1 : 1);
        if (part(11) > 59 || offset < kEarliestOffset || offset > kLatestOffset)
            return refuse(tr("has the offset %1%2:%3, which no time zone has (they run from "
                             "-12:00 to +14:00) (\"%4\")")
                              .arg(m.captured(9), m.captured(10), m.captured(11), v));
    }
    if (nanos)
        *nanos = below;
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}

QDate Fields::date(const QString &value, const QString &where, const QString &field, Need need)
{
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        if (need == Required)
            problem(where, field, tr("is missing"));
        return QDate();
    }
    static const QRegularExpression form(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate d = form.match(v).hasMatch() ? QDate::fromString(v, Qt::ISODate) : QDate();
    if (!d.isValid()) {
        problem(where, field, tr("is not a date like 2026-03-14 (\"%1\")").arg(v.left(40)));
        return QDate();
    }
    if (d.year() < kFirstYear || d.year() > kLastYear) {
        problem(where, field,
                tr("is in the year %1; a date between %2 and %3 is expected (\"%4\")")
                    .arg(d.year())
                    .arg(kFirstYear)
                    .arg(kLastYear)
                    .arg(v));
        return QDate();
    }
    return d;
}

template<class Object>
QString Fields::text(const Object &o, const QString &path, const char *key, Need need,
                     int maxLength)
{
    const typename JsonTypes<Object>::Value v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        if (need == Required)
            problem(path, QLatin1StringView(key), Fields::tr("is missing"));
        return QString();
    }
    if (!v.isString()) {
        problem(path, QLatin1StringView(key), Fields::tr("is not text (%1)").arg(shown(v)));
        return QString();
    }
    return text(v.toString(), path, QLatin1StringView(key), need, maxLength);
}

template<class Object>
std::optional<Number> Fields::number(const Object &o, const QString &path, const char *key,
                                     Need need)
{
    const typename JsonTypes<Object>::Value v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        if (need == Required)
            problem(path, QLatin1StringView(key), Fields::tr("is missing"));
        return std::nullopt;
    }
    if (!v.isDouble()) {
        problem(path, QLatin1StringView(key), Fields::tr("is not a number (%1)").arg(shown(v)));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        problem(path, QLatin1StringView(key), Fields::tr("is out of range"));
        return std::nullopt;
    }
    // As written where Qt's reader lost the text ("1.50", "-0", 30 digits); else integers keep
    // their exact digits and other numbers their shortest exact form, which is how they were
    // written.
    if (const QString written = writtenAs(path, QLatin1StringView(key)); !written.isEmpty())
        if (sameValue(written, d))
            return Number{written, d};
    const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
    if (i != std::numeric_limits<qint64>::min() && static_cast<double>(i) == d && !std::signbit(d))
        return Number{QString::number(i), d};
    return Number{numberText(d), d};
}

template<class Object>
QDateTime Fields::dateTime(const Object &o, const QString &path, const char *key, Need need,
                           int *nanos)
{
    const typename JsonTypes<Object>::Value v = o.value(QLatin1StringView(key));
    if (!v.isUndefined() && !v.isNull() && !v.isString()) {
        problem(path, QLatin1StringView(key), Fields::tr("is not text (%1)").arg(shown(v)));
        return QDateTime();
    }
    return dateTime(v.toString(), path, QLatin1StringView(key), need, nanos);
}

template<class Object>
QDate Fields::date(const Object &o, const QString &path, const char *key, Need need)
{
    const typename JsonTypes<Object>::Value v = o.value(QLatin1StringView(key));
    if (!v.isUndefined() && !v.isNull() && !v.isString()) {
        problem(path, QLatin1StringView(key), Fields::tr("is not text (%1)").arg(shown(v)));
        return QDate();
    }
    return date(v.toString(), path, QLatin1StringView(key), need);
}

template<class Object>
bool Fields::boolean(const Object &o, const QString &path, const char *key, bool fallback)
{
    const typename JsonTypes<Object>::Value v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        problem(path, QLatin1StringView(key),
                Fields::tr("is not true or false (%1)").arg(shown(v)));
        return fallback;
    }
    return v.toBool();
}

template<class Object>
int Fields::integer(const Object &o, const QString &path, const char *key, Need need, int min,
                    int max)
{
    const std::optional<Number> n = number(o, path, key, need);
    if (!n)
        return 0;
    if (n->value != std::floor(n->value) || n->value < min || n->value > max) {
        problem(
            path, QLatin1StringView(key),
            Fields::tr("is not a whole number from %1 to %2 (%3)").arg(min).arg(max).arg(n->text));
        return 0;
    }
    return static_cast<int>(n->value);
}

template<class Object>
typename JsonTypes<Object>::Array Fields::array(const Object &o, const QString &path,
                                                const char *key, Need need, int maxItems)
{
    const typename JsonTypes<Object>::Value v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        if (need == Required)
            problem(path, QLatin1StringView(key), Fields::tr("is missing"));
        return {};
    }
    if (!v.isArray()) {
        problem(path, QLatin1StringView(key), Fields::tr("is not a list (%1)").arg(shown(v)));
        return {};
    }
    const typename JsonTypes<Object>::Array a = v.toArray();
    if (a.size() > maxItems) {
        tooManyItems(path, QLatin1StringView(key), a.size(), maxItems);
        return {};
    }
    return a;
}

void Fields::tooManyItems(const QString &path, const QString &key, qsizetype items, int maxItems)
{
    problem(path, key, Fields::tr("has %1 items; at most %2 are allowed").arg(items).arg(maxItems));
}

template<class Object>
Object Fields::object(const Object &o, const QString &path, const char *key, Need need)
{
    const typename JsonTypes<Object>::Value v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        if (need == Required)
            problem(path, QLatin1StringView(key), Fields::tr("is missing"));
        return {};
    }
    if (!v.isObject()) {
        problem(path, QLatin1StringView(key), Fields::tr("is not an object (%1)").arg(shown(v)));
        return {};
    }
    return v.toObject();
}

namespace {

// Whether every member of `o` is named in `known`.
bool allKnown(const QJsonObject &o, const QStringList &known)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return false;
    }
    return true;
}

bool allKnown(const DomObject &o, const QStringList &known)
{
    return o.onlyKeysIn(known);
}

} // namespace

template<class Object>
void Fields::onlyKnown(const Object &o, const QString &path, const QStringList &known)
{
    if (allKnown(o, known))
        return;
    QStringList unknown;
    for (const QString &key : o.keys()) {
        if (!known.contains(key))
            unknown << key;
    }
    std::sort(unknown.begin(), unknown.end());
    for (const QString &key : std::as_const(unknown))
        problem(path, key, Fields::tr("is not a field of this format (misspelt?)"));
}

// Every reader of JSON members, for Qt's tree and for simdjson's.
#define RD_FIELDS_FOR(Object)                                                                      \
    template QString Fields::text(const Object &, const QString &, const char *, Need, int);       \
    template std::optional<Number> Fields::number(const Object &, const QString &, const char *,   \
                                                  Need);                                           \
    template QDateTime Fields::dateTime(const Object &, const QString &, const char *, Need,       \
                                        int *);                                                    \
    template QDate Fields::date(const Object &, const QString &, const char *, Need);              \
    template bool Fields::boolean(const Object &, const QString &, const char *, bool);            \
    template int Fields::integer(const Object &, const QString &, const char *, Need, int, int);   \
    template JsonTypes<Object>::Array Fields::array(const Object &, const QString &, const char *, \
                                                    Need, int);                                    \
    template Object Fields::object(const Object &, const QString &, const char *, Need);           \
    template void Fields::onlyKnown(const Object &, const QString &, const QStringList &);
RD_FIELDS_FOR(QJsonObject)
RD_FIELDS_FOR(DomObject)
#undef RD_FIELDS_FOR

} // namespace rd
