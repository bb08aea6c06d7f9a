// The reconnect schedule after a drop (issue 25): 1, 2, 4 s, then every 5 s for the first
// 5 minutes, then 30 s, with jitter. The rule is checked at every step, and the monitor's own
// retry timestamps against a port that refuses show it is the rule in force.
#include "model/BaselineLoader.h"
#include "pg/ActivityMonitor.h"
#include "support/DefaultBaseline.h"

#include <QSignalSpy>
#include <QTest>

using namespace opsdash;
using namespace std::chrono_literals;

class TestReconnectSchedule final : public QObject
{
    Q_OBJECT

private slots:
    void delayFollowsTheOutage_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("downForMs");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("first retry after 1 s") << 0 << qint64{0} << 1.0 << qint64{1000};
        QTest::newRow("then 2 s") << 1 << qint64{1000} << -1.0 << qint64{2000};
        QTest::newRow("then 4 s") << 2 << qint64{3000} << 1.0 << qint64{4000};
        QTest::newRow("then 5 s") << 3 << qint64{7000} << 0.0 << qint64{5000};
        QTest::newRow("5 s, jitter up") << 3 << qint64{7000} << 1.0 << qint64{5500};
        QTest::newRow("5 s, jitter down") << 10 << qint64{60000} << -1.0 << qint64{4500};
        QTest::newRow("still 5 s at 4:59") << 60 << qint64{299000} << 0.0 << qint64{5000};
        QTest::newRow("30 s from 5:00") << 61 << qint64{300000} << 0.0 << qint64{30000};
        QTest::newRow("30 s, jitter up") << 70 << qint64{600000} << 1.0 << qint64{36000};
        QTest::newRow("30 s, jitter down") << 500 << qint64{7200000} << -1.0 << qint64{24000};
    }
    void delayFollowsTheOutage()
    {
        QFETCH(int, failures);
        QFETCH(qint64, downForMs);
        QFETCH(double, jitter);
        QFETCH(qint64, expectedMs);
        const auto delay = ActivityMonitor::retryDelay(
            ActivityMonitor::Options{}, failures, std::chrono::milliseconds{downForMs}, jitter);
        QCOMPARE(delay.count(), expectedMs);
    }

    void monitorRetriesOnTheSchedule()
    {
        // A port nothing listens on: every attempt is refused at once, so the gaps between
        // the monitor's retry timestamps are the delays themselves (plus a refusal's time).
        ActivityMonitor monitor{defaultBaseline()};
        QSignalSpy drops{&monitor, &ActivityMonitor::disconnected};
        ActivityMonitor::Options options;
        options.conninfo = QByteArrayLiteral("host=127.0.0.1 port=1 dbname=postgres");
        monitor.start(options);
        QTRY_COMPARE_WITH_TIMEOUT(drops.count(), 5, 20000);

        QList<QDateTime> retries;
        for (const QList<QVariant>& drop : std::as_const(drops))
            retries << drop.at(1).toDateTime();
        // Timers fire up to 5 % early (Qt::CoarseTimer); a refusal and a busy machine add late.
        const qint64 early = 250;
        const qint64 late = 700;
        const QList<qint64> expected{2000, 4000, 5000, 5000};
        for (int i = 0; i < expected.size(); ++i) {
            const qint64 gap = retries.at(i).msecsTo(retries.at(i + 1));
            const qint64 low = (expected.at(i) == 5000 ? 4500 : expected.at(i)) - early;
            const qint64 high = (expected.at(i) == 5000 ? 5500 : expected.at(i)) + late;
            QVERIFY2(gap >= low && gap <= high,
                qPrintable(QStringLiteral("retry %1 came %2 ms after the one before, expected %3")
                               .arg(i + 2)
                               .arg(gap)
                               .arg(expected.at(i))));
        }
        monitor.stop();
    }
};

QTEST_MAIN(TestReconnectSchedule)
#include "tst_reconnectschedule.moc"
