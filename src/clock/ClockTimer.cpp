#include "ClockTimer.h"

#include "Clock.h"

#include <QTimer>

namespace opsdash {

ClockTimer::ClockTimer(QObject* parent)
    : QObject{parent}
    , m_clock{Clock::current()}
{
    if (!m_clock.schedulesTimers()) {
        m_timer = new QTimer{this};
        connect(m_timer, &QTimer::timeout, this, &ClockTimer::timeout);
    }
}

ClockTimer::~ClockTimer()
{
    if (m_timer == nullptr)
        m_clock.unschedule(this);
}

void ClockTimer::setInterval(int ms)
{
    m_intervalMs = ms;
    if (m_timer != nullptr)
        m_timer->setInterval(ms);
    else if (m_scheduled)
        start(); // as QTimer does: an active timer starts again with the new interval
}

void ClockTimer::setInterval(std::chrono::milliseconds interval)
{
    setInterval(static_cast<int>(interval.count()));
}

void ClockTimer::setSingleShot(bool singleShot)
{
    m_singleShot = singleShot;
    if (m_timer != nullptr)
        m_timer->setSingleShot(singleShot);
}

void ClockTimer::setTimerType(Qt::TimerType type)
{
    if (m_timer != nullptr)
        m_timer->setTimerType(type);
}

void ClockTimer::start()
{
    if (m_timer != nullptr) {
        m_timer->start();
        return;
    }
    m_scheduled = true;
    m_clock.schedule(this, m_clock.nowMs() + m_intervalMs, ++m_generation);
}

void ClockTimer::start(int ms)
{
    setInterval(ms);
    start();
}

void ClockTimer::start(std::chrono::milliseconds interval)
{
    start(static_cast<int>(interval.count()));
}

void ClockTimer::stop()
{
    if (m_timer != nullptr) {
        m_timer->stop();
        return;
    }
    m_scheduled = false;
    ++m_generation;
    m_clock.unschedule(this);
}

bool ClockTimer::isActive() const
{
    return m_timer != nullptr ? m_timer->isActive() : m_scheduled;
}

void ClockTimer::fire(quint64 generation)
{
    if (generation != m_generation)
        return; // stopped or started again since the clock took it
    if (m_singleShot)
        m_scheduled = false;
    emit timeout();
}

} // namespace opsdash
