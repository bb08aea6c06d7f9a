// Clock, ClockTimer and SimulatedClock (src/clock): what the 24-hour benchmarks rely on to
// run each timer of the window as often as a real day would.
#include "clock/Clock.h"
#include "clock/ClockTimer.h"
#include "clock/SimulatedClock.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace opsdash;

namespace {

constexpr qint64 Start = 1'800'000'000'000; // 2027-01-15, ms since the epoch
constexpr qint64 Day = 24 * 3600 * 1000;

} // namespace

class TestClock final : public QObject
{
    Q_OBJECT

private slots:
    void systemClockIsInForceByDefault();
    void scopedClockInstallsAndRestores();
    void repeatingTimerFiresOncePerIntervalOfSimulatedTime();
    void timersFireInTimeOrderWithTheClockAtTheirTime();
    void singleShotFiresOnceAndCanBeStartedAgainFromItsSlot();
    void stoppedOrDeletedTimerDoesNotFire();
    void timerOfAnotherThreadFiresThereBeforeAdvanceReturns();
    void timerMadeUnderTheSystemClockIgnoresTheSimulatedOne();
};

void TestClock::systemClockIsInForceByDefault()
{
    QCOMPARE(&Clock::current(), &Clock::system());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = Clock::current().nowMs();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(before <= now && now <= after);
    QCOMPARE(Clock::current().nowUtc().timeSpec(), Qt::UTC);
    QCOMPARE(Clock::current().nowLocal().timeSpec(), Qt::LocalTime);
}

void TestClock::scopedClockInstallsAndRestores()
{
    SimulatedClock simulated{Start};
    {
        ScopedClock scope{simulated};
        QCOMPARE(&Clock::current(), &simulated);
        QCOMPARE(Clock::current().nowMs(), Start);
        QCOMPARE(Clock::current().nowUtc(), QDateTime::fromMSecsSinceEpoch(Start, Qt::UTC));
        simulated.advanceBy(1500);
        QCOMPARE(Clock::current().nowMs(), Start + 1500);
    }
    QCOMPARE(&Clock::current(), &Clock::system());
}

void TestClock::repeatingTimerFiresOncePerIntervalOfSimulatedTime()
{
    SimulatedClock simulated{Start};
    ScopedClock scope{simulated};
    ClockTimer timer;
    QSignalSpy fired{&timer, &ClockTimer::timeout};
    timer.start(std::chrono::minutes{5});
    QVERIFY(timer.isActive());
    simulated.advanceBy(5 * 60 * 1000 - 1);
    QCOMPARE(fired.size(), 0);
    simulated.advanceBy(1);
    QCOMPARE(fired.size(), 1);
    simulated.advanceBy(Day);
    QCOMPARE(fired.size(), 1 + 24 * 12);
    QCOMPARE(simulated.nowMs(), Start + 5 * 60 * 1000 + Day);
    QCOMPARE(simulated.nextDueMs(), Start + 5 * 60 * 1000 + Day + 5 * 60 * 1000);
    // A new interval on an active timer starts it again from now, as QTimer does.
    timer.setInterval(1000);
    QCOMPARE(simulated.nextDueMs(), simulated.nowMs() + 1000);
    simulated.advanceBy(10'000);
    QCOMPARE(fired.size(), 1 + 24 * 12 + 10);
}

void TestClock::timersFireInTimeOrderWithTheClockAtTheirTime()
{
    SimulatedClock simulated{Start};
    ScopedClock scope{simulated};
    ClockTimer second;
    ClockTimer threeSeconds;
    QList<std::pair<char, qint64>> order;
    connect(&second, &ClockTimer::timeout, this, [&] {
        order.append({'s', Clock::current().nowMs() - Start});
    });
    connect(&threeSeconds, &ClockTimer::timeout, this, [&] {
        order.append({'t', Clock::current().nowMs() - Start});
    });
    threeSeconds.start(3000);
    second.start(1000);
    simulated.advanceBy(4000);
    // At 3 s both are due: the one scheduled for it first (the 3 s timer) fires first.
    const QList<std::pair<char, qint64>> expected{
        {'s', 1000}, {'s', 2000}, {'t', 3000}, {'s', 3000}, {'s', 4000}};
    QCOMPARE(order, expected);
}

void TestClock::singleShotFiresOnceAndCanBeStartedAgainFromItsSlot()
{
    SimulatedClock simulated{Start};
    ScopedClock scope{simulated};
    ClockTimer retry;
    retry.setSingleShot(true);
    QList<qint64> at;
    connect(&retry, &ClockTimer::timeout, this, [&] {
        at.append(Clock::current().nowMs() - Start);
        if (at.size() < 3)
            retry.start(static_cast<int>(at.size()) * 2000); // a growing backoff
    });
    retry.start(1000);
    simulated.advanceBy(60'000);
    QCOMPARE(at, (QList<qint64>{1000, 3000, 7000}));
    QVERIFY(!retry.isActive());
    QCOMPARE(simulated.nextDueMs(), -1);
}

void TestClock::stoppedOrDeletedTimerDoesNotFire()
{
    SimulatedClock simulated{Start};
    ScopedClock scope{simulated};
    ClockTimer stopped;
    QSignalSpy stoppedFired{&stopped, &ClockTimer::timeout};
    stopped.start(1000);
    auto deleted = std::make_unique<ClockTimer>();
    deleted->start(1000);
    simulated.advanceBy(1000);
    QCOMPARE(stoppedFired.size(), 1);
    QCOMPARE(simulated.firings(), 2);
    stopped.stop();
    QVERIFY(!stopped.isActive());
    deleted.reset();
    simulated.advanceBy(10'000);
    QCOMPARE(stoppedFired.size(), 1);
    QCOMPARE(simulated.firings(), 2);
    QCOMPARE(simulated.nextDueMs(), -1);
}

void TestClock::timerOfAnotherThreadFiresThereBeforeAdvanceReturns()
{
    SimulatedClock simulated{Start};
    ScopedClock scope{simulated};
    QThread worker;
    QObject onWorker; // the context of the calls below: lives on the worker thread
    onWorker.moveToThread(&worker);
    worker.start();
    std::atomic<int> firedOnWorker{0};
    std::atomic<int> firedElsewhere{0};
    ClockTimer* timer = nullptr;
    // Made and started on the worker thread, as HistoryWorker makes its timers.
    QMetaObject::invokeMethod(
        &onWorker,
        [&] {
            timer = new ClockTimer;
            connect(timer, &ClockTimer::timeout, timer,
                [&] { (QThread::currentThread() == &worker ? firedOnWorker : firedElsewhere)++; });
            timer->start(1000);
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(timer != nullptr);
    simulated.advanceBy(10'000);
    QCOMPARE(firedOnWorker.load(), 10);
    QCOMPARE(firedElsewhere.load(), 0);
    QMetaObject::invokeMethod(
        &onWorker, [&] { delete timer; }, Qt::BlockingQueuedConnection);
    simulated.advanceBy(10'000);
    QCOMPARE(firedOnWorker.load(), 10);
    worker.quit();
    QVERIFY(worker.wait(10'000));
}

void TestClock::timerMadeUnderTheSystemClockIgnoresTheSimulatedOne()
{
    ClockTimer real; // made before the simulated clock is installed: a QTimer
    QSignalSpy fired{&real, &ClockTimer::timeout};
    real.setSingleShot(true);
    real.start(60'000);
    SimulatedClock simulated{Start};
    ScopedClock scope{simulated};
    simulated.advanceBy(Day);
    QCOMPARE(fired.size(), 0);
    QVERIFY(real.isActive());
    QCOMPARE(simulated.firings(), 0);
    real.start(0);
    QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 1, 10'000); // on the event loop, in real time
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
