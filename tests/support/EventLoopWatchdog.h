#pragma once

// Measures how long the event loop of the calling thread went without turning: a 10 ms
// timer notes the gaps between its ticks. Time the thread spent waiting for a CPU
// (run_delay in /proc/thread-self/schedstat) is taken out, so a busy machine does not
// read as a stalled loop while a blocking call in the loop still does.
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

class EventLoopWatchdog final : public QObject
{
public:
    EventLoopWatchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &EventLoopWatchdog::tick);
        m_clock.start();
        m_lastWaitNs = runDelayNs();
        m_timer.start();
    }

    qint64 longestStallMs() const { return m_longestMs; }
    // How often the timer fired: a watchdog that never ran would report no stall.
    int ticks() const { return m_ticks; }
    // Around a blocking call the test itself makes (pg_ctl, a libpq query of its own).
    void pause() { m_timer.stop(); }
    void resume()
    {
        m_clock.restart();
        m_lastWaitNs = runDelayNs();
        m_timer.start();
    }

private:
    static qint64 runDelayNs()
    {
        QFile file{QStringLiteral("/proc/thread-self/schedstat")};
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> fields = file.readAll().simplified().split(' ');
        return fields.size() >= 2 ? fields.at(1).toLongLong() : 0;
    }

    void tick()
    {
        const qint64 wallMs = m_clock.restart();
        const qint64 waitNs = runDelayNs();
        const qint64 waitedMs = (waitNs - m_lastWaitNs) / 1'000'000;
        m_lastWaitNs = waitNs;
        ++m_ticks;
        // The timer's own 10 ms is not a stall.
        m_longestMs = std::max(m_longestMs, wallMs - waitedMs - 10);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastWaitNs{0};
    qint64 m_longestMs{0};
    int m_ticks{0};
};
