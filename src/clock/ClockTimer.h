#pragma once

#include <QObject>

#include <chrono>

class QTimer;

namespace opsdash {

class Clock;

// A timer on the clock in force when it is made (Clock::current()): on the system clock a
// QTimer, on a SimulatedClock one that fires when that clock is advanced past its time, on
// the thread the timer lives in. The part of QTimer's interface opsdash uses.
class ClockTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockTimer)

public:
    explicit ClockTimer(QObject* parent = nullptr);
    ~ClockTimer() override;

    void setInterval(int ms);
    void setInterval(std::chrono::milliseconds interval);
    int interval() const { return m_intervalMs; }
    void setSingleShot(bool singleShot);
    bool isSingleShot() const { return m_singleShot; }
    void setTimerType(Qt::TimerType type);

    void start();
    void start(int ms);
    void start(std::chrono::milliseconds interval);
    void stop();
    bool isActive() const;

signals:
    void timeout();

private:
    friend class SimulatedClock;
    // A scheduling clock says the timer's time has come (on the timer's thread).
    // `generation`: the start() it was scheduled by; an older one is ignored.
    void fire(quint64 generation);

    Clock& m_clock;
    QTimer* m_timer{nullptr}; // real time only
    int m_intervalMs{0};
    bool m_singleShot{false};
    bool m_scheduled{false}; // a scheduling clock holds it
    quint64 m_generation{0}; // counts start() and stop()
};

} // namespace opsdash
