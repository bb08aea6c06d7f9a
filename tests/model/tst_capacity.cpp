// Capacity math and the server/live budget findings (docs/checks.md, server.capacity: usable
// slots and the sign-off's over-commit).
#include "model/BaselineLoader.h"
#include "model/Capacity.h"
#include "support/DefaultBaseline.h"

#include <QTest>

using namespace opsdash;

namespace {

ServerFacts facts(int maxConnections, int superuserReserved, int reserved)
{
    ServerFacts f;
    f.versionNum = 150018;
    f.maxConnections = maxConnections;
    f.superuserReservedConnections = superuserReserved;
    f.reservedConnections = reserved;
    f.readAt = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    return f;
}

const Finding* findingFor(const QList<Finding>& findings, const QString& checkId)
{
    for (const Finding& finding : findings) {
        if (finding.checkId == checkId)
            return &finding;
    }
    return nullptr;
}

ActivitySample sample(qint64 ms, std::initializer_list<std::pair<const char*, int>> idleCounts)
{
    ActivitySample s;
    s.serverTime = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    for (const auto& [pool, count] : idleCounts) {
        PoolUsage usage{QLatin1String{pool}, {}};
        usage.byState.at(static_cast<std::size_t>(BackendState::Idle)) = count;
        s.pools.append(usage);
    }
    return s;
}

} // namespace

class TestCapacity final : public QObject
{
    Q_OBJECT

private slots:
    void serverCapacity_data()
    {
        QTest::addColumn<int>("maxConnections");
        QTest::addColumn<int>("superuserReserved");
        QTest::addColumn<int>("reserved");
        QTest::addColumn<QString>("capacityStatus");
        QTest::addColumn<QString>("maxConnectionsStatus");
        QTest::addColumn<QString>("actualContains");

        QTest::newRow("sign-off on a default 200-slot server is over-committed by 4")
            << 200 << 3 << 0 << "fail"
            << "pass"
            << "over-committed by 4: 150 web + 50 scheduling + 1 monitor = 201 > 197 usable";
        QTest::newRow("PostgreSQL 16 reserved_connections add to the over-commit")
            << 200 << 3 << 5 << "fail"
            << "pass"
            << "over-committed by 9";
        QTest::newRow("no reserved slots at all still over-commits by the monitor")
            << 200 << 0 << 0 << "fail"
            << "pass"
            << "over-committed by 1";
        QTest::newRow("204 slots hold budgets, monitor and reserve, but drift from the baseline")
            << 204 << 3 << 0 << "pass"
            << "fail"
            << "201 ≤ 201 usable";
        QTest::newRow("100 slots cannot even hold the budgets") << 100 << 3 << 0 << "fail"
                                                                << "fail"
                                                                << "over-committed by 104";
    }
    void serverCapacity()
    {
        QFETCH(int, maxConnections);
        QFETCH(int, superuserReserved);
        QFETCH(int, reserved);
        QFETCH(QString, capacityStatus);
        QFETCH(QString, maxConnectionsStatus);
        QFETCH(QString, actualContains);

        const QList<Finding> findings = serverFindings(defaultBaseline(),
            facts(maxConnections, superuserReserved, reserved), QStringLiteral("pg_settings"));
        const Finding* capacity = findingFor(findings, QStringLiteral("server.capacity"));
        QVERIFY(capacity != nullptr);
        QCOMPARE(toString(capacity->status), capacityStatus);
        QCOMPARE(toString(capacity->plane), QStringLiteral("server"));
        QVERIFY2(capacity->actual.contains(actualContains), qPrintable(capacity->actual));
        QVERIFY2(
            capacity->actual.contains(QStringLiteral("max_connections %1").arg(maxConnections)),
            qPrintable(capacity->actual));
        QCOMPARE(capacity->evidence, QStringLiteral("pg_settings"));
        QVERIFY(capacity->firstSeen.isValid());

        const Finding* max = findingFor(findings, QStringLiteral("server.maxConnections"));
        QVERIFY(max != nullptr);
        QCOMPARE(toString(max->status), maxConnectionsStatus);
    }

    void usableSlotsSubtractBothReserves()
    {
        const Capacity capacity = Capacity::of(defaultBaseline(), facts(200, 3, 2));
        QCOMPARE(capacity.usable(), 195);
        QCOMPARE(capacity.committed(), 201);
        QVERIFY(capacity.overCommitted());
        QCOMPARE(capacity.usableExplained(),
            QStringLiteral("max_connections 200 − 3 superuser_reserved_connections − 2 "
                           "reserved_connections = 195"));
    }

    void windowTracksCurrentPeakAndAverage()
    {
        UsageWindow window;
        window.add(sample(1000, {{"web", 10}, {"scheduling", 4}}));
        window.add(sample(2000, {{"web", 30}, {"scheduling", 2}}));
        window.add(sample(3000, {{"web", 20}, {"scheduling", 0}}));
        QCOMPARE(window.samples(), 3);
        const UsageWindow::PoolStats* web = window.pool(u"web");
        QVERIFY(web != nullptr);
        QCOMPARE(web->current, 20);
        QCOMPARE(web->peak, 30);
        QCOMPARE(web->average, 20.0);
        QCOMPARE(web->peakAt, QDateTime::fromMSecsSinceEpoch(2000, Qt::UTC));
        QCOMPARE(window.peakClientSessions(), 32); // 30 web + 2 scheduling at t=2s
        QCOMPARE(window.currentClientSessions(), 20);
    }

    void budgetFindings_data()
    {
        QTest::addColumn<int>("webPeak");
        QTest::addColumn<int>("schedulingPeak");
        QTest::addColumn<QString>("webStatus");
        QTest::addColumn<QString>("schedulingStatus");
        QTest::addColumn<QString>("totalStatus");
        QTest::newRow("within budgets") << 150 << 50 << "pass"
                                        << "pass"
                                        << "fail";
        QTest::newRow("web one over its budget") << 151 << 10 << "fail"
                                                 << "pass"
                                                 << "pass";
        QTest::newRow("scheduling never seen is not checked, not passed") << 40 << 0 << "pass"
                                                                          << "not-checked"
                                                                          << "pass";
    }
    void budgetFindings()
    {
        QFETCH(int, webPeak);
        QFETCH(int, schedulingPeak);
        QFETCH(QString, webStatus);
        QFETCH(QString, schedulingStatus);
        QFETCH(QString, totalStatus);

        UsageWindow window;
        window.add(
            sample(1000, {{"web", webPeak}, {"scheduling", schedulingPeak}, {"monitor", 1}}));
        const QList<Finding> findings = opsdash::budgetFindings(
            defaultBaseline(), facts(200, 3, 0), window, QStringLiteral("window"));
        QCOMPARE(
            toString(findingFor(findings, QStringLiteral("live.web.budget"))->status), webStatus);
        const Finding* scheduling = findingFor(findings, QStringLiteral("live.scheduling.budget"));
        QCOMPARE(toString(scheduling->status), schedulingStatus);
        if (scheduling->status == CheckStatus::NotChecked)
            QVERIFY2(scheduling->reason.contains(QStringLiteral("application_name")),
                qPrintable(scheduling->reason));
        QCOMPARE(toString(findingFor(findings, QStringLiteral("live.total.capacity"))->status),
            totalStatus);
    }

    void noSamplesMeansNothingPassed()
    {
        const QList<Finding> findings = opsdash::budgetFindings(
            defaultBaseline(), facts(200, 3, 0), UsageWindow{}, QString{});
        QCOMPARE(findings.size(), 3);
        for (const Finding& finding : findings)
            QCOMPARE(toString(finding.status), QStringLiteral("not-checked"));
        QCOMPARE(exitStatusFor(findings), 0);
    }
};

QTEST_GUILESS_MAIN(TestCapacity)
#include "tst_capacity.moc"
