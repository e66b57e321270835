// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"

#include <QTimeZone>

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

QString toStoredTime(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QDateTime fromStoredTime(const QString &text)
{
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
    return local.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" ("_s + zone + u')';
}

} // namespace rd
