#include "SimulatedClock.h"

#include "ClockTimer.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>

#include <algorithm>
#include <memory>

namespace opsdash {

SimulatedClock::SimulatedClock(qint64 startMs)
    : m_nowMs{startMs}
{ }

SimulatedClock::~SimulatedClock() = default;

qint64 SimulatedClock::nowMs() const
{
    QMutexLocker locker{&m_mutex};
    return m_nowMs;
}

qint64 SimulatedClock::nextDueMs() const
{
    QMutexLocker locker{&m_mutex};
    return m_entries.empty() ? -1 : m_entries.begin()->first.first;
}

qint64 SimulatedClock::firings() const
{
    QMutexLocker locker{&m_mutex};
    return m_firings;
}

void SimulatedClock::schedule(ClockTimer* timer, qint64 dueMs, quint64 generation)
{
    QMutexLocker locker{&m_mutex};
    std::erase_if(m_entries, [timer](const auto& entry) { return entry.second.timer == timer; });
    m_entries.emplace(std::pair{dueMs, m_order++},
        Entry{timer, generation, timer->interval(), timer->isSingleShot()});
}

void SimulatedClock::unschedule(ClockTimer* timer)
{
    QMutexLocker locker{&m_mutex};
    std::erase_if(m_entries, [timer](const auto& entry) { return entry.second.timer == timer; });
}

void SimulatedClock::advanceTo(qint64 ms)
{
    while (fireNext(ms)) { }
    QMutexLocker locker{&m_mutex};
    m_nowMs = std::max(m_nowMs, ms);
}

bool SimulatedClock::fireNext(qint64 limit)
{
    QMutexLocker locker{&m_mutex};
    if (m_entries.empty() || m_entries.begin()->first.first > limit)
        return false;
    const auto first = m_entries.begin();
    const Entry entry = first->second;
    m_nowMs = std::max(m_nowMs, first->first.first);
    m_entries.erase(first);
    if (!entry.singleShot) {
        // A zero interval would fire forever within one advance: once per millisecond.
        const qint64 next = m_nowMs + std::max(entry.intervalMs, 1);
        m_entries.emplace(std::pair{next, m_order++}, entry);
    }
    ++m_firings;
    ClockTimer* timer = entry.timer;
    const quint64 generation = entry.generation;
    if (timer->thread() == QThread::currentThread()) {
        // Only this thread deletes it, and not before the call below.
        locker.unlock();
        timer->fire(generation);
        return true;
    }
    // Posted while the lock keeps the timer from being unscheduled (so deleted); the
    // semaphore is released when the call has run or, the timer deleted first, when the
    // posted call is dropped.
    QSemaphore done;
    std::shared_ptr<QSemaphore> release{&done, [](QSemaphore* semaphore) {
                                            semaphore->release();
                                        }};
    QMetaObject::invokeMethod(
        timer,
        [timer, generation, release] {
            Q_UNUSED(release) // held only to be released with the call
            timer->fire(generation);
        },
        Qt::QueuedConnection);
    release.reset();
    locker.unlock();
    done.acquire();
    return true;
}

} // namespace opsdash
