// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/fields.h"

#include "core/clock.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

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

QString Fields::numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString Fields::shown(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString().left(40) + u'"';
    if (value.isDouble())
        return numberText(value.toDouble());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull())
        return u"null"_s;
    if (value.isArray())
        return tr("a list");
    if (value.isObject())
        return tr("an object");
    return QString();
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
    for (const QChar c : v) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t') {
            problem(where, field,
                    tr("contains a control character (U+%1)")
                        .arg(c.unicode(), 4, 16, QLatin1Char('0')));
            return QString();
        }
    }
    return v;
}

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
    static const QRegularExpression grammar(
        u"^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$"_s);
    if (v.size() > 40 || !grammar.match(v).hasMatch()) {
        problem(where, field, tr("is not a number (\"%1\")").arg(v.left(40)));
        return std::nullopt;
    }
    bool ok = false;
    const double d = QLocale::c().toDouble(v, &ok);
    if (!ok || !std::isfinite(d)) {
        problem(where, field, tr("is out of range (\"%1\")").arg(v));
        return std::nullopt;
    }
    return Number{v, d};
}

QDateTime Fields::dateTime(const QString &value, const QString &where, const QString &field,
                           Need need)
{
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        if (need == Required)
            problem(where, field, tr("is missing"));
        return QDateTime();
    }
    // A time without its zone is ambiguous across sites: refuse it rather than guess.
    static const QRegularExpression form(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2})$"_s);
    QDateTime t;
    if (form.match(v).hasMatch())
        t = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!t.isValid()) {
        problem(where, field,
                tr("is not a date and time with its zone, like "
                   "2026-03-14T09:30:00Z or 2026-03-14T10:30:00+01:00 (\"%1\")")
                    .arg(v.left(40)));
        return QDateTime();
    }
    return t.toUTC();
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
    return d;
}

QString Fields::text(const QJsonObject &o, const QString &path, const char *key, Need need,
                     int maxLength)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        if (need == Required)
            problem(path, QLatin1StringView(key), tr("is missing"));
        return QString();
    }
    if (!v.isString()) {
        problem(path, QLatin1StringView(key), tr("is not text (%1)").arg(shown(v)));
        return QString();
    }
    return text(v.toString(), path, QLatin1StringView(key), need, maxLength);
}

std::optional<Number> Fields::number(const QJsonObject &o, const QString &path, const char *key,
                                     Need need)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        if (need == Required)
            problem(path, QLatin1StringView(key), tr("is missing"));
        return std::nullopt;
    }
    if (!v.isDouble()) {
        problem(path, QLatin1StringView(key), tr("is not a number (%1)").arg(shown(v)));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        problem(path, QLatin1StringView(key), tr("is out of range"));
        return std::nullopt;
    }
    // Integers keep their exact digits; other numbers their shortest exact form.
    const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
    if (i != std::numeric_limits<qint64>::min() && static_cast<double>(i) == d)
        return Number{QString::number(i), d};
    return Number{numberText(d), d};
}

QDateTime Fields::dateTime(const QJsonObject &o, const QString &path, const char *key, Need need)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (!v.isUndefined() && !v.isNull() && !v.isString()) {
        problem(path, QLatin1StringView(key), tr("is not text (%1)").arg(shown(v)));
        return QDateTime();
    }
    return dateTime(v.toString(), path, QLatin1StringView(key), need);
}

QDate Fields::date(const QJsonObject &o, const QString &path, const char *key, Need need)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (!v.isUndefined() && !v.isNull() && !v.isString()) {
        problem(path, QLatin1StringView(key), tr("is not text (%1)").arg(shown(v)));
        return QDate();
    }
    return date(v.toString(), path, QLatin1StringView(key), need);
}

bool Fields::boolean(const QJsonObject &o, const QString &path, const char *key, bool fallback)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        problem(path, QLatin1StringView(key), tr("is not true or false (%1)").arg(shown(v)));
        return fallback;
    }
    return v.toBool();
}

int Fields::integer(const QJsonObject &o, const QString &path, const char *key, Need need, int min,
                    int max)
{
    const std::optional<Number> n = number(o, path, key, need);
    if (!n)
        return 0;
    if (n->value != std::floor(n->value) || n->value < min || n->value > max) {
        problem(path, QLatin1StringView(key),
                tr("is not a whole number from %1 to %2 (%3)").arg(min).arg(max).arg(n->text));
        return 0;
    }
    return static_cast<int>(n->value);
}

QJsonArray Fields::array(const QJsonObject &o, const QString &path, const char *key, Need need,
                         int maxItems)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        if (need == Required)
            problem(path, QLatin1StringView(key), tr("is missing"));
        return QJsonArray();
    }
    if (!v.isArray()) {
        problem(path, QLatin1StringView(key), tr("is not a list (%1)").arg(shown(v)));
        return QJsonArray();
    }
    const QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        problem(path, QLatin1StringView(key),
                tr("has %1 items; at most %2 are allowed").arg(a.size()).arg(maxItems));
        return QJsonArray();
    }
    return a;
}

QJsonObject Fields::object(const QJsonObject &o, const QString &path, const char *key, Need need)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        if (need == Required)
            problem(path, QLatin1StringView(key), tr("is missing"));
        return QJsonObject();
    }
    if (!v.isObject()) {
        problem(path, QLatin1StringView(key), tr("is not an object (%1)").arg(shown(v)));
        return QJsonObject();
    }
    return v.toObject();
}

void Fields::onlyKnown(const QJsonObject &o, const QString &path, const QStringList &known)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            problem(path, it.key(), tr("is not a field of this format (misspelt?)"));
    }
}

} // namespace rd
