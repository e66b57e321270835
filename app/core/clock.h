// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMutex>

namespace rd {

// The core's single source of time. Everything stored is UTC; the workstation's offset is kept
// beside it so that a record shows the local time it was made in. Tests install a ManualClock.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime nowUtc() const = 0;
    // Offset of the workstation's zone from UTC at the given instant, in seconds.
    virtual int utcOffsetAt(const QDateTime &utc) const = 0;

    static const Clock &instance();
    // Replaces the clock used by the core; pass nullptr to return to the system clock. The
    // caller keeps ownership and must outlive its use.
    static void setInstance(const Clock *clock);
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    int utcOffsetAt(const QDateTime &utc) const override;
};

// A clock that only moves when told to; thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime startUtc, int offsetSeconds = 0);

    QDateTime nowUtc() const override;
    int utcOffsetAt(const QDateTime &utc) const override;

    void set(const QDateTime &utc);
    void advanceSeconds(qint64 seconds);
    void setOffset(int seconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
    int m_offset;
};

// ISO 8601 UTC with milliseconds ("2026-11-21T16:39:00.123Z"): the one text form of instants
// in the store; sorts as text in time order. A result's time may be finer: `nanos` (0-999 999)
// past the millisecond adds three digits when they name microseconds ("…00.123456Z") and six
// otherwise ("…00.123456789Z"), so that a time without them is written as it always was.
QString toStoredTime(const QDateTime &utc, int nanos = 0);
// The time toStoredTime() wrote, to the millisecond, and in `nanos` what it gave past it.
QDateTime fromStoredTime(const QString &text, int *nanos = nullptr);
// The most characters writeIsoTime() writes.
inline constexpr int kIsoTimeMaxSize = 30;
// Writes `utc` in UTC as "yyyy-MM-ddTHH:mm:ss.zzzZ", or without ".zzz" when !withMillis, into
// `out` (kIsoTimeMaxSize characters at most) and returns how many it wrote; 0, writing nothing,
// for an invalid time or a year outside [minYear, 9999]. `nanos` past the millisecond are
// written as toStoredTime() writes them (they need withMillis). The one hand-written time
// formatter, for the paths that write a time per row.
int writeIsoTime(char *out, const QDateTime &utc, bool withMillis, int minYear = 0, int nanos = 0);
// Whether `text` (UTF-8) is exactly what toStoredTime() writes for some time: what verification
// asks of every stored time, without making a QDateTime of it.
bool isStoredTimeForm(QByteArrayView text);

// How a date and time reads. On screen it follows the locale's conventions (21.11.2026
// 17:39:00 in German), always with a four-digit year and seconds; ISO 8601 in the C locale.
// On printed documents it is day, month name and year (21-Nov-2026 17:39:00) in the document's
// language, which no reader anywhere can take for another day.
enum class TimeStyle {
    Screen,
    Document
};
QString dateText(const QDate &date, TimeStyle style);
// `t` as it is (its own offset), without a zone.
QString dateTimeText(const QDateTime &t, TimeStyle style, bool seconds = true);

// "21.11.2026 17:39:00 (UTC+01:00)" style text of an instant in the workstation's zone, for
// messages and screens.
QString toLocalDisplay(const QDateTime &utc);

} // namespace rd
