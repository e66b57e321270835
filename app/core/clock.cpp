// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
const SystemClock kSystemClock;
std::atomic<const Clock *> g_clock{nullptr};
} // namespace

const Clock &Clock::instance()
{
    const Clock *clock = g_clock.load(std::memory_order_acquire);
    return clock ? *clock : kSystemClock;
}

void Clock::setInstance(const Clock *clock)
{
    g_clock.store(clock, std::memory_order_release);
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

int SystemClock::utcOffsetAt(const QDateTime &utc) const
{
    return utc.toLocalTime().offsetFromUtc();
}

ManualClock::ManualClock(QDateTime startUtc, int offsetSeconds)
    : m_now(startUtc.toUTC())
    , m_offset(offsetSeconds)
{}

QDateTime ManualClock::nowUtc() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

int ManualClock::utcOffsetAt(const QDateTime &) const
{
    QMutexLocker lock(&m_mutex);
    return m_offset;
}

void ManualClock::set(const QDateTime &utc)
{
    QMutexLocker lock(&m_mutex);
    m_now = utc.toUTC();
}

void ManualClock::advanceSeconds(qint64 seconds)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addSecs(seconds);
}

void ManualClock::setOffset(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_offset = seconds;
}

int writeIsoTime(char *out, const QDateTime &utc, bool withMillis, int minYear, int nanos)
{
    Q_ASSERT(nanos >= 0 && nanos < 1'000'000 && (withMillis || nanos == 0));
    const QDateTime t = utc.toUTC();
    const QDate d = t.date();
    const QTime h = t.time();
    // The date's parts at once: each of year(), month() and day() works them all out again.
    int year = 0, month = 0, day = 0;
    d.getDate(&year, &month, &day);
    if (!d.isValid() || year < std::max(minYear, 0) || year > 9999)
        return 0;
    const auto put = [out](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[at + i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    out[4] = '-';
    put(5, month, 2);
    out[7] = '-';
    put(8, day, 2);
    out[10] = 'T';
    put(11, h.hour(), 2);
    out[13] = ':';
    put(14, h.minute(), 2);
    out[16] = ':';
    put(17, h.second(), 2);
    int size = 19;
    if (withMillis) {
        out[19] = '.';
        put(20, h.msec(), 3);
        size = 23;
        if (nanos % 1000 == 0 && nanos != 0) {
            put(23, nanos / 1000, 3);
            size = 26;
        } else if (nanos != 0) {
            put(23, nanos, 6);
            size = 29;
        }
    }
    out[size++] = 'Z';
    return size;
}

QString toStoredTime(const QDateTime &utc, int nanos)
{
    // Formatted by hand: this runs for every time written, and QDateTime::toString goes through
    // the locale machinery.
    char buf[kIsoTimeMaxSize];
    if (const int size = writeIsoTime(buf, utc, true, 0, nanos))
        return QString::fromLatin1(buf, size);
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// The form toStoredTime() writes, "2026-11-21T14:03:05.123Z" with three or six more decimals
// where the time has them ("…05.123456Z", "…05.123456789Z"), read by hand from `size`
// characters given by `at`; false for anything else, for a date or time that does not exist, and
// for decimals toStoredTime() would not have written (trailing zeros of the finer part).
template<class At>
bool readStoredForm(const At &at, qsizetype size, QDate *date, QTime *time, int *nanos)
{
    if (size != 24 && size != 27 && size != 30)
        return false;
    if (at(4) != u'-' || at(7) != u'-' || at(10) != u'T' || at(13) != u':' || at(16) != u':' ||
        at(19) != u'.' || at(size - 1) != u'Z')
        return false;
    int n[8] = {};
    const int from[8] = {0, 5, 8, 11, 14, 17, 20, 23};
    const int digits[8] = {4, 2, 2, 2, 2, 2, 3, static_cast<int>(size) - 24};
    for (int f = 0; f < 8; ++f) {
        for (int i = 0; i < digits[f]; ++i) {
            const char16_t d = at(from[f] + i);
            if (d < u'0' || d > u'9')
                return false;
            n[f] = n[f] * 10 + (d - u'0');
        }
    }
    if (size == 27 && n[7] == 0)
        return false;
    if (size == 30 && n[7] % 1000 == 0)
        return false;
    *nanos = size == 27 ? n[7] * 1000 : n[7];
    *date = QDate(n[0], n[1], n[2]);
    *time = QTime(n[3], n[4], n[5], n[6]);
    return date->isValid() && time->isValid();
}

} // namespace

bool isStoredTimeForm(QByteArrayView text)
{
    QDate date;
    QTime time;
    int nanos = 0;
    return readStoredForm([&text](qsizetype i) { return char16_t(uchar(text[i])); }, text.size(),
                          &date, &time, &nanos);
}

QDateTime fromStoredTime(const QString &text, int *nanos)
{
    // Read by hand: this runs for every stored time read, and QDateTime::fromString is several
    // times slower. Anything else takes Qt's ISO reader.
    QDate date;
    QTime time;
    int finer = 0;
    if (nanos)
        *nanos = 0;
    if (readStoredForm([&text](qsizetype i) { return text.at(i).unicode(); }, text.size(), &date,
                       &time, &finer)) {
        if (nanos)
            *nanos = finer;
        return QDateTime(date, time, Qt::UTC);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC();
}

QString toLocalDisplay(const QDateTime &utc)
{
    const Clock &clock = Clock::instance();
    const int offset = clock.utcOffsetAt(utc);
    const QDateTime local = utc.toUTC().toOffsetFromUtc(offset);
    const int minutes = std::abs(offset) / 60;
    const QString zone = u"UTC%1%2:%3"_s.arg(offset < 0 ? u"-"_s : u"+"_s)
                             .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                             .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return dateTimeText(local, TimeStyle::Screen) + u" ("_s + zone + u')';
}

namespace {

// The locale's short date with the year in full: "21/11/26" is ambiguous for a record.
QString screenDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

QString screenTimeFormat(const QLocale &locale, bool seconds)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (seconds && !format.contains(u's')) {
        const qsizetype minutes = format.indexOf(u"mm"_s);
        if (minutes >= 0)
            format.insert(minutes + 2, u":ss"_s);
    }
    return format;
}

} // namespace

QString dateText(const QDate &date, TimeStyle style)
{
    if (!date.isValid())
        return QString();
    if (style == TimeStyle::Screen) {
        const QLocale locale;
        if (locale.language() == QLocale::C)
            return date.toString(Qt::ISODate);
        return locale.toString(date, screenDateFormat(locale));
    }
    // Month abbreviations and the order of the parts come from the catalogue of the language
    // the document is printed in.
    static const char *const months[] = {
        QT_TRANSLATE_NOOP("rd::DocumentDate", "Jan"), QT_TRANSLATE_NOOP("rd::DocumentDate", "Feb"),
        QT_TRANSLATE_NOOP("rd::DocumentDate", "Mar"), QT_TRANSLATE_NOOP("rd::DocumentDate", "Apr"),
        QT_TRANSLATE_NOOP("rd::DocumentDate", "May"), QT_TRANSLATE_NOOP("rd::DocumentDate", "Jun"),
        QT_TRANSLATE_NOOP("rd::DocumentDate", "Jul"), QT_TRANSLATE_NOOP("rd::DocumentDate", "Aug"),
        QT_TRANSLATE_NOOP("rd::DocumentDate", "Sep"), QT_TRANSLATE_NOOP("rd::DocumentDate", "Oct"),
        QT_TRANSLATE_NOOP("rd::DocumentDate", "Nov"), QT_TRANSLATE_NOOP("rd::DocumentDate", "Dec")};
    const QString month = QCoreApplication::translate("rd::DocumentDate", months[date.month() - 1]);
    // One arg() call for all three: a translation such as "%3年%2%1日" must not see the day
    // run into its neighbour ("%2" + "03" read as "%203").
    return QCoreApplication::translate("rd::DocumentDate", "%1-%2-%3",
                                       "printed date: %1 day, %2 abbreviated month, %3 year")
        .arg(u"%1"_s.arg(date.day(), 2, 10, QLatin1Char('0')), month, QString::number(date.year()));
}

QString dateTimeText(const QDateTime &t, TimeStyle style, bool seconds)
{
    if (!t.isValid())
        return QString();
    const QString time = style == TimeStyle::Document || QLocale().language() == QLocale::C
                             ? t.time().toString(seconds ? u"HH:mm:ss"_s : u"HH:mm"_s)
                             : QLocale().toString(t.time(), screenTimeFormat(QLocale(), seconds));
    return dateText(t.date(), style) + u' ' + time;
}

} // namespace rd
