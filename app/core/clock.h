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
// in the store; sorts as text in time order.
QString toStoredTime(const QDateTime &utc);
QDateTime fromStoredTime(const QString &text);

// "2026-11-21 17:39:00 CET (UTC+01:00)" style text of an instant in the workstation's zone,
// for messages and screens.
QString toLocalDisplay(const QDateTime &utc);

} // namespace rd
