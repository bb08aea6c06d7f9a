// From pg_stat_activity rows to a sample: attribution by the baseline's ordered rules,
// opsdash's own backend counted as the monitor pool, hidden states counted as unknown.
#include "SyntheticActivity.h"
#include "model/BaselineLoader.h"
#include "pg/ActivityQuery.h"
#include "support/DefaultBaseline.h"

#include <QTest>

using namespace opsdash;

class TestActivityQuery final : public QObject
{
    Q_OBJECT

private slots:
    void attribution_data()
    {
        QTest::addColumn<QByteArray>("applicationName");
        QTest::addColumn<QString>("pool");
        QTest::newRow("postgres.js default name is the web pool")
            << QByteArray{"postgres.js"} << "web";
        QTest::newRow("scheduling-service prefix is the scheduling pool")
            << QByteArray{"scheduling-service-worker-3"} << "scheduling";
        QTest::newRow("exact rule does not match a longer name")
            << QByteArray{"postgres.js-admin"} << "other";
        QTest::newRow("Go lib/pq sends no application_name: other") << QByteArray{""} << "other";
        QTest::newRow("another opsdash is counted as monitor")
            << QByteArray{"opsdash"} << "monitor";
        QTest::newRow("psql is other") << QByteArray{"psql"} << "other";
    }
    void attribution()
    {
        QFETCH(QByteArray, applicationName);
        QFETCH(QString, pool);
        const PoolAttributor attributor{defaultBaseline()};
        const ActivitySample sample = ActivityQuery::parseActivity(
            syntheticActivity({{.pid = 100, .applicationName = applicationName}}), attributor, 1);
        QCOMPARE(sample.sessions().size(), 1);
        QCOMPARE(sample.sessions().first().pool, pool);
        QCOMPARE(sample.pool(pool)->total(), 1);
        QCOMPARE(sample.clientSessions(), 1);
    }

    void databaseNamesComeFromTheFactsAndANewOneAsksForThemAgain()
    {
        const PoolAttributor attributor{defaultBaseline()};
        const ActivitySample known = ActivityQuery::parseActivity(
            syntheticActivity({{.pid = 100}}), attributor, 1, syntheticDatabases());
        QCOMPARE(known.sessions().first().datname, QStringLiteral("app"));
        QVERIFY(!known.unknownDatabase);

        const ActivitySample created = ActivityQuery::parseActivity(
            syntheticActivity({{.pid = 100}, {.pid = 101, .datid = 99999}}), attributor, 1,
            syntheticDatabases());
        QCOMPARE(created.sessions().at(0).datname, QStringLiteral("app"));
        QCOMPARE(created.sessions().at(1).datname, QStringLiteral("oid 99999"));
        QVERIFY(created.unknownDatabase);
    }

    void attributionByDatabaseUsesItsName()
    {
        Baseline baseline = defaultBaseline();
        AttributionRule byDatabase;
        byDatabase.pool = QStringLiteral("scheduling");
        byDatabase.field = AttributionRule::Field::Datname;
        byDatabase.match = AttributionRule::Match::Exact;
        byDatabase.value = QStringLiteral("jobs");
        baseline.attribution.prepend(byDatabase);
        const PoolAttributor attributor{baseline};
        const ActivitySample sample = ActivityQuery::parseActivity(
            syntheticActivity({{.pid = 10, .datid = 7, .applicationName = "postgres.js"},
                {.pid = 11, .applicationName = "postgres.js"}}),
            attributor, 1,
            {{7, QStringLiteral("jobs")}, {SyntheticDatabaseOid, QStringLiteral("app")}});
        QCOMPARE(sample.sessions().at(0).pool, QStringLiteral("scheduling"));
        QCOMPARE(sample.sessions().at(1).pool, QStringLiteral("web"));
        QVERIFY(!sample.unknownDatabase);
    }

    void rulesApplyInOrderOnEveryField()
    {
        Baseline baseline = defaultBaseline();
        AttributionRule byUser;
        byUser.pool = QStringLiteral("scheduling");
        byUser.field = AttributionRule::Field::Usename;
        byUser.match = AttributionRule::Match::Regex;
        byUser.value = QStringLiteral("^sched_");
        byUser.regex = QRegularExpression{byUser.value};
        baseline.attribution.prepend(byUser);
        AttributionRule byAddress;
        byAddress.pool = QStringLiteral("web");
        byAddress.field = AttributionRule::Field::ClientAddr;
        byAddress.match = AttributionRule::Match::Prefix;
        byAddress.value = QStringLiteral("10.1.");
        baseline.attribution.append(byAddress);

        const PoolAttributor attributor{baseline};
        const ActivitySample sample = ActivityQuery::parseActivity(
            syntheticActivity({
                // the first rule (usename regex) wins over application_name
                {.pid = 10, .usename = "sched_go", .applicationName = "postgres.js"},
                {.pid = 11, .applicationName = "", .clientAddr = QByteArray{"10.1.2.3/32"}},
                {.pid = 12, .applicationName = "", .clientAddr = std::nullopt},
            }),
            attributor, 1);
        QCOMPARE(sample.sessions().at(0).pool, QStringLiteral("scheduling"));
        QCOMPARE(sample.sessions().at(1).pool, QStringLiteral("web"));
        QCOMPARE(sample.sessions().at(2).pool, QStringLiteral("other"));
    }

    void ownBackendCountsAsMonitorButIsNotListed()
    {
        const PoolAttributor attributor{defaultBaseline()};
        const ActivitySample sample = ActivityQuery::parseActivity(
            syntheticActivity(
                {{.pid = 42, .applicationName = "opsdash", .state = QByteArray{"active"}},
                    {.pid = 43, .applicationName = "postgres.js"}}),
            attributor, 42);
        QCOMPARE(sample.sessions().size(), 1);
        QCOMPARE(sample.sessions().first().pid, 43);
        QCOMPARE(sample.pool(u"monitor")->count(BackendState::Active), 1);
        QCOMPARE(sample.clientSessions(), 2);
        QCOMPARE(sample.monitorPid, 42);
    }

    void states_data()
    {
        QTest::addColumn<std::optional<QByteArray>>("state");
        QTest::addColumn<int>("expected");
        QTest::newRow("active") << std::optional<QByteArray>{"active"} << int(BackendState::Active);
        QTest::newRow("idle") << std::optional<QByteArray>{"idle"} << int(BackendState::Idle);
        QTest::newRow("idle in transaction") << std::optional<QByteArray>{"idle in transaction"}
                                             << int(BackendState::IdleInTransaction);
        QTest::newRow("idle in transaction (aborted)") << std::optional<QByteArray>{
            "idle in transaction (aborted)"} << int(BackendState::IdleInTransactionAborted);
        QTest::newRow("hidden state counts as unknown, never idle")
            << std::optional<QByteArray>{} << int(BackendState::Unknown);
        QTest::newRow("fastpath is other")
            << std::optional<QByteArray>{"fastpath function call"} << int(BackendState::Other);
    }
    void states()
    {
        QFETCH(std::optional<QByteArray>, state);
        QFETCH(int, expected);
        const PoolAttributor attributor{defaultBaseline()};
        const ActivitySample sample = ActivityQuery::parseActivity(
            syntheticActivity({{.pid = 7, .applicationName = "postgres.js", .state = state}}),
            attributor, 1);
        QCOMPARE(int(sample.sessions().first().state), expected);
        const PoolUsage* web = sample.pool(u"web");
        QCOMPARE(web->count(BackendState(expected)), 1);
        QCOMPARE(web->total(), 1);
    }

    void insufficientPrivilegeQueryIsKeptAsSuch()
    {
        const PoolAttributor attributor{defaultBaseline()};
        const ActivitySample sample = ActivityQuery::parseActivity(
            syntheticActivity(
                {{.pid = 9, .state = std::nullopt, .query = "<insufficient privilege>"}}),
            attributor, 1);
        QCOMPARE(sample.sessions().first().query, QStringLiteral("<insufficient privilege>"));
        QCOMPARE(toString(sample.sessions().first().state), QStringLiteral("unknown"));
    }

    void timesComeFromTheServerClock()
    {
        const PoolAttributor attributor{defaultBaseline()};
        const ActivitySample sample = ActivityQuery::parseActivity(
            syntheticActivity({{.pid = 9}}, 1'800'000'000'123), attributor, 1);
        QCOMPARE(sample.serverTime, QDateTime::fromMSecsSinceEpoch(1'800'000'000'123, Qt::UTC));
        QCOMPARE(sample.sessions().first().backendStart,
            QDateTime::fromMSecsSinceEpoch(1'800'000'000'123 - 60'000, Qt::UTC));
        QVERIFY(!sample.sessions().first().xactStart.isValid());
    }

    void everyPoolIsListedEvenWhenEmpty()
    {
        const PoolAttributor attributor{defaultBaseline()};
        const ActivitySample sample
            = ActivityQuery::parseActivity(syntheticActivity({}), attributor, 1);
        QStringList pools;
        for (const PoolUsage& usage : sample.pools)
            pools << usage.pool;
        QCOMPARE(pools,
            (QStringList{QStringLiteral("web"), QStringLiteral("scheduling"),
                QStringLiteral("monitor"), QStringLiteral("other")}));
    }
};

QTEST_GUILESS_MAIN(TestActivityQuery)
#include "tst_activityquery.moc"
