#pragma once

#include "Clock.h"

#include <QMutex>

#include <map>
#include <utility>

namespace opsdash {

// A clock that moves only when told: advanceTo()/advanceBy() fire every ClockTimer made
// under it whose time comes on the way, in time order, each with the clock set to its
// time, so a simulated day runs each timer as often as a real one would. A timer of
// another thread fires there, and advanceTo() waits for it. What the timers post (queued
// signals, repaints) runs when the caller lets its event loop run.
class SimulatedClock final : public Clock
{
public:
    explicit SimulatedClock(qint64 startMs);
    ~SimulatedClock() override;

    qint64 nowMs() const override;
    void advanceTo(qint64 ms);
    void advanceBy(qint64 ms) { advanceTo(nowMs() + ms); }
    // When the next timer is due (ms since the epoch), or -1 when none is scheduled.
    qint64 nextDueMs() const;
    // How many times timers have fired so far.
    qint64 firings() const;

protected:
    bool schedulesTimers() const override { return true; }
    void schedule(ClockTimer* timer, qint64 dueMs, quint64 generation) override;
    void unschedule(ClockTimer* timer) override;

private:
    struct Entry
    {
        ClockTimer* timer;
        quint64 generation;
        int intervalMs;
        bool singleShot;
    };
    // Fires the earliest entry due by `limit`; false when none is.
    bool fireNext(qint64 limit);

    mutable QMutex m_mutex; // guards everything below
    qint64 m_nowMs;
    qint64 m_firings{0};
    // (due, order of scheduling) → entry: ties fire in the order they were scheduled.
    std::map<std::pair<qint64, quint64>, Entry> m_entries;
    quint64 m_order{0};
};

} // namespace opsdash
