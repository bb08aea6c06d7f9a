// From pg_stat_activity rows to a sample: attribution by the baseline's ordered rules,
// opsdash's own backend counted as the monitor pool, hidden states counted as unknown.
#include "SyntheticActivity.h"
#include "model/BaselineLoader.h"
#include "pg/ActivityQuery.h"
#include "support/DefaultBaseline.h"

#include <QTest>

#include <memory>

using namespace opsdash;

namespace {

// A baseline rule: `pool` for sessions whose `field` matches `value`.
AttributionRule rule(
    QString pool, AttributionRule::Field field, AttributionRule::Match match, QString value)
{
    AttributionRule made;
    made.pool = std::move(pool);
    made.field = field;
    made.match = match;
    made.value = std::move(value);
    if (match == AttributionRule::Match::Regex)
        made.regex = QRegularExpression{made.value};
    return made;
}

} // namespace

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
        baseline.attribution.prepend(
            rule(QStringLiteral("scheduling"), AttributionRule::Field::Datname,
                AttributionRule::Match::Exact, QStringLiteral("jobs")));
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
        baseline.attribution.prepend(
            rule(QStringLiteral("scheduling"), AttributionRule::Field::Usename,
                AttributionRule::Match::Regex, QStringLiteral("^sched_")));
        baseline.attribution.append(rule(QStringLiteral("web"), AttributionRule::Field::ClientAddr,
            AttributionRule::Match::Prefix, QStringLiteral("10.1.")));

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

    void unsentQueryTextIsCarriedOverFromTheSameBackend_data()
    {
        QTest::addColumn<qint64>("backendStartNow");
        QTest::addColumn<int>("pidNow");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("uncarried");
        QTest::newRow("same pid and backend start: the previous text")
            << qint64{1'700'000'000'000} << 100 << QStringLiteral("SELECT 'before'") << false;
        QTest::newRow("pid reused by a new backend: no text, full poll next")
            << qint64{1'700'000'050'000} << 100 << QString{} << true;
        QTest::newRow("backend not in the previous sample: no text, full poll next")
            << qint64{1'700'000'000'000} << 101 << QString{} << true;
    }
    void unsentQueryTextIsCarriedOverFromTheSameBackend()
    {
        QFETCH(qint64, backendStartNow);
        QFETCH(int, pidNow);
        QFETCH(QString, expected);
        QFETCH(bool, uncarried);
        const PoolAttributor attributor{defaultBaseline()};
        const ActivitySample before = ActivityQuery::parseActivity(
            syntheticActivity({{.pid = 100,
                                   .query = QByteArray{"SELECT 'before'"},
                                   .backendStartMs = 1'700'000'000'000},
                {.pid = 200, .query = QByteArray{"SELECT 'other'"}}}),
            attributor, 1);
        ActivityQuery::CarryOver missing;
        const ActivitySample now = ActivityQuery::parseActivity(
            syntheticActivity(
                {{.pid = pidNow, .query = std::nullopt, .backendStartMs = backendStartNow},
                    {.pid = 200, .query = QByteArray{"SELECT 'sent again'"}}}),
            attributor, 1, {}, &before, &missing);
        QCOMPARE(now.sessions().at(0).query, expected);
        QCOMPARE(now.sessions().at(1).query, QStringLiteral("SELECT 'sent again'"));
        QCOMPARE(missing.textsMissing, uncarried);
        QVERIFY(!missing.sessionsMissing);
    }

    void carriedTextSurvivesTheSampleItCameFrom()
    {
        // Three polls, the text sent only by the first: the third still has it after the
        // first two samples are gone (a carried text must not point into a freed result).
        const PoolAttributor attributor{defaultBaseline()};
        const SyntheticRow sent{.pid = 7,
            .query = QByteArray{"UPDATE jobs SET done = true"},
            .backendStartMs = 1'700'000'000'000};
        SyntheticRow unsent = sent;
        unsent.query = std::nullopt;
        auto first = std::make_unique<ActivitySample>(
            ActivityQuery::parseActivity(syntheticActivity({sent}), attributor, 1));
        auto second = std::make_unique<ActivitySample>(ActivityQuery::parseActivity(
            syntheticActivity({unsent}), attributor, 1, {}, first.get()));
        first.reset();
        const ActivitySample third = ActivityQuery::parseActivity(
            syntheticActivity({unsent}), attributor, 1, {}, second.get());
        second.reset();
        QCOMPARE(third.sessions().first().query, QStringLiteral("UPDATE jobs SET done = true"));
    }

    void unchangedSessionsSentByPidAreCarriedOverWhole()
    {
        const PoolAttributor attributor{defaultBaseline()};
        const ActivitySample before = ActivityQuery::parseActivity(
            syntheticActivity({{.pid = 100,
                                   .applicationName = "postgres.js",
                                   .query = QByteArray{"SELECT 'web'"}},
                {.pid = 200,
                    .applicationName = "scheduling-service",
                    .state = QByteArray{"idle in transaction"},
                    .query = QByteArray{"SELECT 'scheduling'"}},
                {.pid = 300, .query = QByteArray{"SELECT 'gone'"}}}),
            attributor, 1, syntheticDatabases());
        ActivityQuery::CarryOver carry;
        const ActivitySample now = ActivityQuery::parseActivity(
            syntheticActivity(
                {{.pid = 400, .applicationName = "postgres.js"}}, 1'800'000'001'000, {100, 200}),
            attributor, 1, syntheticDatabases(), &before, &carry);
        QVERIFY(!carry.sessionsMissing);
        QVERIFY(!carry.textsMissing);
        QCOMPARE(now.serverTime, QDateTime::fromMSecsSinceEpoch(1'800'000'001'000, Qt::UTC));
        QCOMPARE(now.sessionCount(), 3);
        QCOMPARE(now.pool(u"web")->count(BackendState::Idle), 2);
        QCOMPARE(now.pool(u"scheduling")->count(BackendState::IdleInTransaction), 1);
        QCOMPARE(now.clientSessions(), 3);
        QHash<int, BackendSession> byPid;
        for (const BackendSession& session : now.sessions())
            byPid.insert(session.pid, session);
        QCOMPARE(byPid.value(100).query, QStringLiteral("SELECT 'web'"));
        QCOMPARE(byPid.value(100).pool, QStringLiteral("web"));
        QCOMPARE(byPid.value(100).applicationName, QStringLiteral("postgres.js"));
        QCOMPARE(byPid.value(100).datname, QStringLiteral("app"));
        QVERIFY(byPid.value(200).state == BackendState::IdleInTransaction);
        QCOMPARE(byPid.value(200).query, QStringLiteral("SELECT 'scheduling'"));
        QVERIFY2(!byPid.contains(300), "a session that ended must not be carried over");
    }

    void aSessionSentByPidThatThePreviousSampleLacksIsReported()
    {
        const PoolAttributor attributor{defaultBaseline()};
        const ActivitySample before = ActivityQuery::parseActivity(
            syntheticActivity({{.pid = 100, .applicationName = "postgres.js"}}), attributor, 1);
        ActivityQuery::CarryOver carry;
        const ActivitySample now
            = ActivityQuery::parseActivity(syntheticActivity({}, 1'800'000'001'000, {100, 101}),
                attributor, 1, {}, &before, &carry);
        QVERIFY(carry.sessionsMissing);
        QCOMPARE(now.sessionCount(), 1);

        ActivityQuery::CarryOver withoutPrevious;
        ActivityQuery::parseActivity(syntheticActivity({}, 1'800'000'001'000, {100}), attributor, 1,
            {}, nullptr, &withoutPrevious);
        QVERIFY(withoutPrevious.sessionsMissing);
    }

    void carriedSessionSurvivesTheSamplesItCameFrom()
    {
        // Sent whole once, then by pid for two polls: the third sample still has every
        // field after the first two are gone, and holds no earlier sample's source.
        const PoolAttributor attributor{defaultBaseline()};
        auto first = std::make_unique<ActivitySample>(
            ActivityQuery::parseActivity(syntheticActivity({{.pid = 7,
                                             .applicationName = "postgres.js",
                                             .query = QByteArray{"UPDATE jobs SET done = true"}}}),
                attributor, 1, syntheticDatabases()));
        const std::weak_ptr<const SessionSource> firstSource = first->source;
        auto second = std::make_unique<ActivitySample>(
            ActivityQuery::parseActivity(syntheticActivity({}, 1'800'000'001'000, {7}), attributor,
                1, syntheticDatabases(), first.get()));
        first.reset();
        QVERIFY2(firstSource.expired(), "a carried session keeps the result it came from");
        const std::weak_ptr<const SessionSource> secondSource = second->source;
        const ActivitySample third
            = ActivityQuery::parseActivity(syntheticActivity({}, 1'800'000'002'000, {7}),
                attributor, 1, syntheticDatabases(), second.get());
        second.reset();
        QVERIFY2(secondSource.expired(), "samples chain through their carried sessions");
        QCOMPARE(third.sessionCount(), 1);
        const BackendSession session = third.session(0);
        QCOMPARE(session.query, QStringLiteral("UPDATE jobs SET done = true"));
        QCOMPARE(session.applicationName, QStringLiteral("postgres.js"));
        QCOMPARE(session.pool, QStringLiteral("web"));
        QCOMPARE(session.datname, QStringLiteral("app"));
    }

    void fixedFieldsNotSentAreCarriedOverFromTheSameBackend()
    {
        // A role rule and an address rule: the carried fields still attribute the session.
        Baseline baseline = defaultBaseline();
        baseline.attribution.prepend(
            rule(QStringLiteral("scheduling"), AttributionRule::Field::Usename,
                AttributionRule::Match::Exact, QStringLiteral("sched_go")));
        baseline.attribution.append(rule(QStringLiteral("web"), AttributionRule::Field::ClientAddr,
            AttributionRule::Match::Prefix, QStringLiteral("10.1.")));
        const PoolAttributor attributor{baseline};
        const SyntheticRow sched{.pid = 10,
            .usename = "sched_go",
            .applicationName = "",
            .backendStartMs = 1'700'000'000'000};
        const SyntheticRow web{.pid = 11,
            .usename = "web_user",
            .applicationName = "",
            .clientAddr = QByteArray{"10.1.2.3/32"},
            .backendStartMs = 1'700'000'000'500};
        SyntheticRow schedUnsent = sched;
        schedUnsent.fixedSent = false;
        schedUnsent.query = std::nullopt;
        SyntheticRow webUnsent = web;
        webUnsent.fixedSent = false;
        webUnsent.state = QByteArray{"active"};
        webUnsent.query = QByteArray{"SELECT 'new'"};

        // Sent whole once, then twice without the fixed fields: the third sample has them
        // after the first two samples are gone, and holds no earlier sample's source.
        auto first = std::make_unique<ActivitySample>(ActivityQuery::parseActivity(
            syntheticActivity({sched, web}), attributor, 1, syntheticDatabases()));
        const std::weak_ptr<const SessionSource> firstSource = first->source;
        ActivityQuery::CarryOver carry;
        auto second = std::make_unique<ActivitySample>(
            ActivityQuery::parseActivity(syntheticActivity({schedUnsent, webUnsent}), attributor, 1,
                syntheticDatabases(), first.get(), &carry));
        QVERIFY(!carry.sessionsMissing);
        QVERIFY(!carry.textsMissing);
        first.reset();
        QVERIFY2(firstSource.expired(), "carried fields keep the result they came from");
        const ActivitySample third
            = ActivityQuery::parseActivity(syntheticActivity({schedUnsent, webUnsent}), attributor,
                1, syntheticDatabases(), second.get(), &carry);
        second.reset();
        QVERIFY(!carry.sessionsMissing);
        QCOMPARE(third.sessionCount(), 2);
        const BackendSession carriedSched = third.session(0);
        QCOMPARE(carriedSched.usename, QStringLiteral("sched_go"));
        QCOMPARE(carriedSched.datname, QStringLiteral("app"));
        QCOMPARE(carriedSched.clientAddr, QStringLiteral("127.0.0.1/32"));
        QCOMPARE(
            carriedSched.backendStart, QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC));
        QCOMPARE(carriedSched.pool, QStringLiteral("scheduling"));
        QCOMPARE(carriedSched.query, QStringLiteral("SELECT 1"));
        QCOMPARE(third.rows.at(0).backendStartMs, qint64{1'700'000'000'000});
        const BackendSession carriedWeb = third.session(1);
        QCOMPARE(carriedWeb.usename, QStringLiteral("web_user"));
        QCOMPARE(carriedWeb.clientAddr, QStringLiteral("10.1.2.3/32"));
        QCOMPARE(
            carriedWeb.backendStart, QDateTime::fromMSecsSinceEpoch(1'700'000'000'500, Qt::UTC));
        QCOMPARE(carriedWeb.pool, QStringLiteral("web"));
        QVERIFY(carriedWeb.state == BackendState::Active);
        QCOMPARE(carriedWeb.query, QStringLiteral("SELECT 'new'"));
        QCOMPARE(third.pool(u"web")->count(BackendState::Active), 1);
        QCOMPARE(third.pool(u"scheduling")->count(BackendState::Idle), 1);
    }

    void aReusedPidSentWholeGetsItsOwnFixedFields()
    {
        // The server sends the fixed fields of a backend that started after the cutoff, so
        // a new backend under an old pid never takes the old one's role or address.
        const PoolAttributor attributor{defaultBaseline()};
        const ActivitySample before
            = ActivityQuery::parseActivity(syntheticActivity({{.pid = 100,
                                               .usename = "old_role",
                                               .clientAddr = QByteArray{"10.0.0.1/32"},
                                               .backendStartMs = 1'700'000'000'000}}),
                attributor, 1, syntheticDatabases());
        ActivityQuery::CarryOver carry;
        const ActivitySample now
            = ActivityQuery::parseActivity(syntheticActivity({{.pid = 100,
                                               .usename = "new_role",
                                               .datid = 7,
                                               .clientAddr = std::nullopt,
                                               .backendStartMs = 1'700'000'090'000}}),
                attributor, 1, {{7, QStringLiteral("jobs")}}, &before, &carry);
        QVERIFY(!carry.sessionsMissing);
        const BackendSession session = now.session(0);
        QCOMPARE(session.usename, QStringLiteral("new_role"));
        QCOMPARE(session.datname, QStringLiteral("jobs"));
        QCOMPARE(session.clientAddr, QString{});
        QCOMPARE(session.backendStart, QDateTime::fromMSecsSinceEpoch(1'700'000'090'000, Qt::UTC));
        QCOMPARE(now.rows.at(0).backendStartMs, qint64{1'700'000'090'000});
    }

    void fixedFieldsThePreviousSampleLacksAreReported_data()
    {
        QTest::addColumn<bool>("withPrevious");
        QTest::addColumn<int>("previousPid");
        QTest::addColumn<bool>("previousHidden");
        QTest::newRow("no previous sample") << false << 100 << false;
        QTest::newRow("pid not in the previous sample") << true << 101 << false;
        QTest::newRow("hidden from the role in the previous sample") << true << 100 << true;
    }
    void fixedFieldsThePreviousSampleLacksAreReported()
    {
        QFETCH(bool, withPrevious);
        QFETCH(int, previousPid);
        QFETCH(bool, previousHidden);
        const PoolAttributor attributor{defaultBaseline()};
        PgResult previousResult = syntheticActivity({{.pid = previousPid,
            .usename = "old_role",
            .clientAddr = QByteArray{"10.0.0.1/32"},
            .state = previousHidden ? std::nullopt : std::optional{QByteArray{"idle"}},
            .backendStartMs = 1'700'000'000'000}});
        ActivitySample before = ActivityQuery::parseActivity(previousResult, attributor, 1);
        if (previousHidden)
            before.rows[0].backendStartMs = 0; // as the server sends a hidden session
        ActivityQuery::CarryOver carry;
        const ActivitySample now
            = ActivityQuery::parseActivity(syntheticActivity({{.pid = 100, .fixedSent = false}}),
                attributor, 1, {}, withPrevious ? &before : nullptr, &carry);
        QVERIFY(carry.sessionsMissing);
        QCOMPARE(now.session(0).usename, QString{});
    }

    void idleSessionsAreSentByPidWhenMostStayIdle_data()
    {
        QTest::addColumn<int>("idleBefore"); // idle since before the next cutoff
        QTest::addColumn<int>("idleAfter"); // idle, but entered it after the next cutoff
        QTest::addColumn<int>("active");
        QTest::addColumn<bool>("byPid");
        QTest::newRow("three quarters idle before the cutoff") << 3 << 0 << 1 << true;
        QTest::newRow("every session idle before the cutoff") << 4 << 0 << 0 << true;
        QTest::newRow("half idle before the cutoff") << 2 << 0 << 2 << false;
        QTest::newRow("idle, but changed after the cutoff") << 2 << 2 << 0 << false;
        QTest::newRow("no sessions") << 0 << 0 << 0 << false;
    }
    void idleSessionsAreSentByPidWhenMostStayIdle()
    {
        QFETCH(int, idleBefore);
        QFETCH(int, idleAfter);
        QFETCH(int, active);
        QFETCH(bool, byPid);
        const PoolAttributor attributor{defaultBaseline()};
        // syntheticActivity's sessions entered their state a minute before the server clock.
        QList<SyntheticRow> rows;
        for (int i = 0; i < idleBefore + idleAfter + active; ++i)
            rows.append({.pid = 100 + i,
                .state = QByteArray{i < idleBefore + idleAfter ? "idle" : "active"}});
        ActivitySample sample
            = ActivityQuery::parseActivity(syntheticActivity(rows), attributor, 1);
        const qint64 now = sample.serverTime.toMSecsSinceEpoch();
        for (int i = idleBefore; i < idleBefore + idleAfter; ++i)
            sample.rows[i].stateChangeMs = now - 500; // after the next cutoff (now - 1 s)
        QCOMPARE(ActivityQuery::sendIdleByPid(sample), byPid);
        sample.serverTime = {};
        QVERIFY(!ActivityQuery::sendIdleByPid(sample));
    }

    void cutoffIsASecondBeforeThePreviousServerClock()
    {
        const PoolAttributor attributor{defaultBaseline()};
        const ActivitySample sample = ActivityQuery::parseActivity(
            syntheticActivity({{.pid = 9}}, 1'800'000'000'123), attributor, 1);
        QCOMPARE(ActivityQuery::carryCutoff(sample), QByteArray{"1799999999123"});
        QVERIFY(ActivityQuery::carryCutoff(ActivitySample{}).isNull());
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
