// A pool's own statistics from its application's /metrics page (docs/checks.md, "the pool's
// own statistics"): the go_sql_* series read from a page, the window's waits and idle
// closes (a counter that goes down is a restart), and live.<pool>.maxOpenConns, .waits and
// .idleChurn with their not-checked, unknown and stale cases.
#include "model/PoolStatistics.h"
#include "support/DefaultBaseline.h"

#include <QTest>

using namespace opsdash;

namespace {

const QDateTime Start = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);

PoolSpec schedulingPool()
{
    PoolSpec pool = *defaultBaseline().pool(u"scheduling");
    pool.metricsUrl = QStringLiteral("http://127.0.0.1:9000/metrics");
    return pool;
}

QByteArray page(double maxOpen, double waits, double waitSeconds, double idleClosed)
{
    return QStringLiteral("# TYPE go_sql_open_connections gauge\n"
                          "go_sql_open_connections{db_name=\"scheduling\"} 12\n"
                          "go_sql_in_use_connections{db_name=\"scheduling\"} 9\n"
                          "go_sql_idle_connections{db_name=\"scheduling\"} 3\n"
                          "go_sql_max_open_connections{db_name=\"scheduling\"} %1\n"
                          "go_sql_wait_count_total{db_name=\"scheduling\"} %2\n"
                          "go_sql_wait_duration_seconds_total{db_name=\"scheduling\"} %3\n"
                          "go_sql_max_idle_closed_total{db_name=\"scheduling\"} %4\n"
                          "go_sql_max_lifetime_closed_total{db_name=\"scheduling\"} 0\n")
        .arg(maxOpen)
        .arg(waits)
        .arg(waitSeconds)
        .arg(idleClosed)
        .toUtf8();
}

PoolStatsReading reading(const QByteArray& text, const QDateTime& at)
{
    Result<MetricsText::Page, MetricsText::ParseError> parsed = MetricsText::parse(text);
    if (!parsed)
        qFatal("page does not parse: %s", qPrintable(parsed.error().toString()));
    Result<PoolStatsReading, QString> result = PoolStatsReading::fromPage(*parsed, at);
    if (!result)
        qFatal("no reading: %s", qPrintable(result.error()));
    return *result;
}

Finding findingFor(const PoolStatistics& statistics, const QString& checkId)
{
    for (const Finding& finding : statistics.findings()) {
        if (finding.checkId == checkId)
            return finding;
    }
    qFatal("no finding %s", qPrintable(checkId));
}

} // namespace

class TestPoolStatistics final : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDbStatsSeries()
    {
        const PoolStatsReading r = reading(page(50, 7, 1.5, 4), Start);
        QCOMPARE(r.open, 12.0);
        QCOMPARE(r.inUse, 9.0);
        QCOMPARE(r.idle, 3.0);
        QCOMPARE(r.maxOpen, 50.0);
        QCOMPARE(r.waitCount, 7.0);
        QCOMPARE(r.waitSeconds, 1.5);
        QCOMPARE(r.maxIdleClosed, 4.0);
    }

    void aPageWithoutTheSeriesIsNamed()
    {
        Result<MetricsText::Page, MetricsText::ParseError> parsed
            = MetricsText::parse("go_goroutines 12\n");
        QVERIFY(parsed.ok());
        const Result<PoolStatsReading, QString> r = PoolStatsReading::fromPage(*parsed, Start);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"go_sql_open_connections"), qPrintable(r.error()));
    }

    void checks_data()
    {
        QTest::addColumn<QList<QByteArray>>("pages"); // one a second
        QTest::addColumn<QString>("checkId");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("actual");

        const QString maxOpen = QStringLiteral("live.scheduling.maxOpenConns");
        const QString waits = QStringLiteral("live.scheduling.waits");
        const QString churn = QStringLiteral("live.scheduling.idleChurn");
        QTest::newRow("max open 50 as the baseline says")
            << QList{page(50, 0, 0, 0)} << maxOpen << QStringLiteral("pass")
            << QStringLiteral("50");
        QTest::newRow("max open 60 after a restart with another limit") << QList{page(50, 0, 0, 0),
            page(60, 0, 0, 0)} << maxOpen << QStringLiteral("fail") << QStringLiteral("60");
        QTest::newRow("max open 0 is unlimited, not 50")
            << QList{page(0, 0, 0, 0)} << maxOpen << QStringLiteral("fail")
            << QStringLiteral("0 (unlimited)");
        QTest::newRow("max open beyond any integer is a number, not an overflow") << QList{
            page(1e300, 0, 0, 0)} << maxOpen << QStringLiteral("fail") << QStringLiteral("1e+300");
        QTest::newRow("no wait in the window")
            << QList{page(50, 3, 1, 0), page(50, 3, 1, 0)} << waits << QStringLiteral("pass")
            << QStringLiteral("no wait");
        QTest::newRow("waits before the window do not count")
            << QList{page(50, 40, 4, 0)} << waits << QStringLiteral("pass")
            << QStringLiteral("no wait");
        QTest::newRow("20 waits in the window, 0.5 s each")
            << QList{page(50, 3, 1, 0), page(50, 23, 11, 0)} << waits << QStringLiteral("fail")
            << QStringLiteral("20 waits (20.0 a minute), average wait 500.0 ms");
        QTest::newRow("a restart counts the new process's waits")
            << QList{page(50, 30, 3, 0), page(50, 4, 2, 0)} << waits << QStringLiteral("fail")
            << QStringLiteral("4 waits (4.0 a minute), average wait 500.0 ms");
        QTest::newRow("few idle closes")
            << QList{page(50, 0, 0, 100), page(50, 0, 0, 110)} << churn << QStringLiteral("pass")
            << QStringLiteral("10.0 a minute (10 in the window)");
        QTest::newRow("idle churn at the threshold")
            << QList{page(50, 0, 0, 100), page(50, 0, 0, 130)} << churn << QStringLiteral("fail")
            << QStringLiteral("30.0 a minute (30 in the window)");
    }

    void checks()
    {
        QFETCH(QList<QByteArray>, pages);
        QFETCH(QString, checkId);
        QFETCH(QString, status);
        QFETCH(QString, actual);
        PoolStatistics statistics{schedulingPool(), Thresholds::Live{}};
        for (qsizetype i = 0; i < pages.size(); ++i)
            statistics.add(reading(pages.at(i), Start.addSecs(i)));
        const Finding finding = findingFor(statistics, checkId);
        QCOMPARE(toString(finding.plane), QStringLiteral("live"));
        QCOMPARE(toString(finding.status), status);
        QCOMPARE(finding.actual, actual);
        QVERIFY2(finding.evidence.contains(u"http://127.0.0.1:9000/metrics"),
            qPrintable(finding.evidence));
    }

    void aWaitRateUnderTheThresholdPasses()
    {
        Thresholds::Live thresholds;
        thresholds.poolWaitsPerMinute = 10;
        PoolStatistics statistics{schedulingPool(), thresholds};
        statistics.add(reading(page(50, 0, 0, 0), Start));
        statistics.add(reading(page(50, 9, 1, 0), Start.addSecs(120)));
        // 9 waits over two minutes: 4.5 a minute, under 10.
        const Finding finding = findingFor(statistics, QStringLiteral("live.scheduling.waits"));
        QCOMPARE(toString(finding.status), QStringLiteral("pass"));
        QCOMPARE(finding.actual, QStringLiteral("9 waits (4.5 a minute), average wait 111.1 ms"));
    }

    void readingsOlderThanTheWindowLeaveIt()
    {
        PoolStatistics statistics{schedulingPool(), Thresholds::Live{}};
        statistics.add(reading(page(50, 0, 0, 0), Start));
        statistics.add(reading(page(50, 5, 1, 0), Start.addSecs(10)));
        statistics.add(reading(page(50, 5, 1, 0), Start.addSecs(10 + 5 * 60)));
        statistics.add(reading(page(50, 5, 1, 0), Start.addSecs(20 + 5 * 60)));
        QCOMPARE(statistics.waitsInWindow(), 0.0);
        QCOMPARE(toString(findingFor(statistics, QStringLiteral("live.scheduling.waits")).status),
            QStringLiteral("pass"));
    }

    void thePollWindowGivesTheRateAndTheAverageWait()
    {
        PoolStatistics statistics{schedulingPool(), Thresholds::Live{}};
        QVERIFY(!statistics.pollWindow());
        statistics.add(reading(page(50, 10, 2, 0), Start));
        statistics.add(reading(page(50, 14, 3, 0), Start.addSecs(2)));
        const std::optional<PoolStatistics::PollWindow> window = statistics.pollWindow();
        QVERIFY(window);
        QCOMPARE(window->waitsPerSecond(), 2.0);
        QCOMPARE(window->averageWaitSeconds().value_or(-1), 0.25);
    }

    void noReadingYetIsNotChecked()
    {
        PoolStatistics statistics{schedulingPool(), Thresholds::Live{}};
        for (const Finding& finding : statistics.findings()) {
            QCOMPARE(toString(finding.status), QStringLiteral("not-checked"));
            QVERIFY2(finding.reason.contains(u"no reading"), qPrintable(finding.reason));
        }
    }

    void aPageNeverReadIsUnknownWithItsError()
    {
        PoolStatistics statistics{schedulingPool(), Thresholds::Live{}};
        statistics.fail(QStringLiteral("timeout: no response for 5 s; gave up"), Start);
        for (const Finding& finding : statistics.findings()) {
            QCOMPARE(toString(finding.status), QStringLiteral("unknown"));
            QVERIFY2(finding.reason.contains(u"timeout: no response"), qPrintable(finding.reason));
        }
    }

    void aFailedFetchKeepsTheLastValuesStale()
    {
        PoolStatistics statistics{schedulingPool(), Thresholds::Live{}};
        statistics.add(reading(page(60, 0, 0, 0), Start));
        statistics.fail(QStringLiteral("malformed: line 3: bad-value: x"), Start.addSecs(2));
        QVERIFY(statistics.stale());
        QCOMPARE(statistics.latest()->maxOpen, 60.0);
        const Finding finding
            = findingFor(statistics, QStringLiteral("live.scheduling.maxOpenConns"));
        QCOMPARE(toString(finding.status), QStringLiteral("fail"));
        QVERIFY2(finding.reason.startsWith(u"stale"), qPrintable(finding.reason));
        QVERIFY2(finding.reason.contains(u"malformed: line 3"), qPrintable(finding.reason));
        // Read again: no longer stale.
        statistics.add(reading(page(50, 0, 0, 0), Start.addSecs(4)));
        QVERIFY(!statistics.stale());
        QVERIFY(findingFor(statistics, QStringLiteral("live.scheduling.maxOpenConns"))
                    .reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPoolStatistics)
#include "tst_poolstatistics.moc"
