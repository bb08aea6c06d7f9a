#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>

class QTimer;

namespace opsdash {

class ClockTimer;

// The timing every monitor of a connection shares (ActivityMonitor, PgBouncerMonitor): a tick
// each interval while connected and not paused, one retry after a failure, and a deadline for
// the answer that is out. The monitor decides what a tick sends and how long a retry waits;
// this holds the timers, so pausing, a new interval and a failure behave alike in both.
// Ticks and retries run on the clock in force (Clock); the answer deadline on real time, as
// the network's delays are real whatever the clock says.
class PollLoop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollLoop)

public:
    explicit PollLoop(QObject* parent = nullptr);
    ~PollLoop() override;

    std::chrono::milliseconds interval() const { return m_interval; }
    // Ticks follow the new interval at once when they run.
    void setInterval(std::chrono::milliseconds interval);
    // Paused: no ticks; resumed while connected: a tick at once, then every interval.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Connected: ticks every interval (unless paused); the first tick is the caller's.
    void connected();
    // The connection failed or broke: no ticks, no deadline, retryDue() after `delay`.
    // Returns when (UTC, on the clock in force).
    QDateTime retryIn(std::chrono::milliseconds delay);
    // Nothing runs (stopped, or connecting anew).
    void stop();
    QDateTime nextRetry() const { return m_nextRetry; }

    // A statement went out: answerOverdue() unless answered() within `deadline`.
    void expectAnswer(std::chrono::milliseconds deadline);
    void answered();

signals:
    void tick();
    void retryDue();
    void answerOverdue();

private:
    ClockTimer* m_tickTimer{nullptr};
    ClockTimer* m_retryTimer{nullptr};
    QTimer* m_answerTimer{nullptr};
    std::chrono::milliseconds m_interval{std::chrono::seconds{2}};
    QDateTime m_nextRetry;
    bool m_paused{false};
    bool m_connected{false};
};

} // namespace opsdash
