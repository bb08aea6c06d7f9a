#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace opsdash {

class ClockTimer;

// Where the engine and the window read the time and run their timers: the poll, the
// samples' receipt times, history flushes and maintenance, the chart's sliding window, the
// alerts and the window's once-a-second refreshes. The system clock unless a program (a
// benchmark, a test) installs another, such as a SimulatedClock that runs a day in minutes.
// Durations measured for their own sake (a round trip, a stall) stay on QElapsedTimer.
class Clock
{
public:
    Clock() = default;
    virtual ~Clock() = default;
    Q_DISABLE_COPY_MOVE(Clock)

    // Milliseconds since the epoch, UTC.
    virtual qint64 nowMs() const = 0;
    QDateTime nowUtc() const;
    QDateTime nowLocal() const;

    // The clock in force; the system clock unless install() said otherwise.
    static Clock& current();
    static Clock& system();
    // Makes `clock` (nullptr: the system clock) the one in force and returns the one it
    // replaces. Timers keep the clock they were made under: install before building the
    // objects that should run on it, and uninstall after they are gone.
    static Clock* install(Clock* clock);

protected:
    friend class ClockTimer;
    // Real time runs timers on QTimer; a clock that keeps its own time schedules them.
    virtual bool schedulesTimers() const { return false; }
    virtual void schedule(ClockTimer* timer, qint64 dueMs, quint64 generation);
    virtual void unschedule(ClockTimer* timer);
};

// Installs a clock for a scope (a benchmark, a test) and puts the previous one back.
class ScopedClock final
{
public:
    explicit ScopedClock(Clock& clock)
        : m_previous{Clock::install(&clock)}
    { }
    ~ScopedClock() { Clock::install(m_previous); }
    Q_DISABLE_COPY_MOVE(ScopedClock)

private:
    Clock* m_previous;
};

} // namespace opsdash
