#include "PollLoop.h"

#include "clock/Clock.h"
#include "clock/ClockTimer.h"

#include <QTimer>

namespace opsdash {

PollLoop::PollLoop(QObject* parent)
    : QObject{parent}
    , m_tickTimer{new ClockTimer{this}}
    , m_retryTimer{new ClockTimer{this}}
    , m_answerTimer{new QTimer{this}}
{
    m_tickTimer->setTimerType(Qt::PreciseTimer);
    m_retryTimer->setSingleShot(true);
    m_answerTimer->setSingleShot(true);
    connect(m_tickTimer, &ClockTimer::timeout, this, &PollLoop::tick);
    connect(m_retryTimer, &ClockTimer::timeout, this, [this] {
        m_nextRetry = {};
        emit retryDue();
    });
    connect(m_answerTimer, &QTimer::timeout, this, &PollLoop::answerOverdue);
}

PollLoop::~PollLoop() = default;

void PollLoop::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (m_tickTimer->isActive())
        m_tickTimer->start(m_interval);
}

void PollLoop::setPaused(bool paused)
{
    m_paused = paused;
    if (paused) {
        m_tickTimer->stop();
    } else if (m_connected) {
        m_tickTimer->start(m_interval);
        emit tick();
    }
}

void PollLoop::connected()
{
    m_connected = true;
    m_retryTimer->stop();
    m_nextRetry = {};
    if (!m_paused)
        m_tickTimer->start(m_interval);
}

QDateTime PollLoop::retryIn(std::chrono::milliseconds delay)
{
    m_connected = false;
    m_tickTimer->stop();
    m_answerTimer->stop();
    m_nextRetry = Clock::current().nowUtc().addMSecs(delay.count());
    m_retryTimer->start(delay);
    return m_nextRetry;
}

void PollLoop::stop()
{
    m_connected = false;
    m_tickTimer->stop();
    m_retryTimer->stop();
    m_answerTimer->stop();
    m_nextRetry = {};
}

void PollLoop::expectAnswer(std::chrono::milliseconds deadline)
{
    m_answerTimer->start(deadline);
}

void PollLoop::answered()
{
    m_answerTimer->stop();
}

} // namespace opsdash
