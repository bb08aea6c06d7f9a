#include "Clock.h"

#include <atomic>

namespace opsdash {

namespace {

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

std::atomic<Clock*> installed{nullptr};

} // namespace

QDateTime Clock::nowUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); // as currentDateTimeUtc()
}

QDateTime Clock::nowLocal() const
{
    return nowUtc().toLocalTime();
}

Clock& Clock::system()
{
    static SystemClock clock;
    return clock;
}

Clock& Clock::current()
{
    Clock* clock = installed.load(std::memory_order_acquire);
    return clock != nullptr ? *clock : system();
}

Clock* Clock::install(Clock* clock)
{
    return installed.exchange(clock, std::memory_order_acq_rel);
}

void Clock::schedule(ClockTimer* /*timer*/, qint64 /*dueMs*/, quint64 /*generation*/) { }

void Clock::unschedule(ClockTimer* /*timer*/) { }

} // namespace opsdash
