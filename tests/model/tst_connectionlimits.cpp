// server.roleLimit.<pool> and server.databaseLimit from the server's facts (docs/checks.md,
// server plane): the role and database a pool connects as, named by the baseline or seen
// on its backends, against rolconnlimit and datconnlimit.
#include "model/ConnectionLimits.h"
#include "support/DefaultBaseline.h"
#include "support/ScriptedActivity.h"

#include <QTest>

using namespace opsdash;

namespace {

ServerFacts facts(
    const QHash<QString, std::optional<int>>& roles, const QHash<QString, int>& databases)
{
    ServerFacts f;
    f.versionNum = 150018;
    f.maxConnections = 200;
    f.superuserReservedConnections = 3;
    f.readAt = scripted::Start;
    f.roleConnectionLimits = roles;
    f.databaseConnectionLimits = databases;
    return f;
}

Finding findingFor(const QList<Finding>& findings, const QString& checkId)
{
    for (const Finding& finding : findings) {
        if (finding.checkId == checkId)
            return finding;
    }
    return {};
}

// The default baseline with the web pool's role and database named.
Baseline namedWebPool(const QString& role, const QString& database = {})
{
    Baseline baseline = defaultBaseline();
    baseline.pools[0].role = role;
    baseline.pools[0].database = database;
    return baseline;
}

constexpr int Superuser = -100;
constexpr int NoRole = -200;

} // namespace

class TestConnectionLimits final : public QObject
{
    Q_OBJECT

private slots:
    void roleLimitAgainstTheBudget_data()
    {
        // limit: rolconnlimit; Superuser and NoRole stand for a superuser and a role the
        // server does not have. barMark: the pool bar's mark, -1 for none.
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<qint64>("barMark");

        QTest::newRow("limit 40 below budget 150 fails")
            << 40 << "fail"
            << "role app: CONNECTION LIMIT 40 < budget 150" << qint64{40};
        QTest::newRow("limit equal to the budget passes")
            << 150 << "pass"
            << "role app: CONNECTION LIMIT 150" << qint64{150};
        QTest::newRow("-1 is no limit") << -1 << "pass"
                                        << "role app: no limit" << qint64{-1};
        QTest::newRow("a superuser has no limit")
            << Superuser << "pass"
            << "role app: superuser, no limit applies" << qint64{-1};
        QTest::newRow("a role the server does not have is missing")
            << NoRole << "missing"
            << "role app is not a login role on the server" << qint64{-1};
    }

    void roleLimitAgainstTheBudget()
    {
        QFETCH(int, limit);
        QFETCH(QString, status);
        QFETCH(QString, actual);
        QFETCH(qint64, barMark);

        const ConnectionLimits limits{namedWebPool(QStringLiteral("app"))};
        QHash<QString, std::optional<int>> roles;
        if (limit != NoRole)
            roles.insert(QStringLiteral("app"),
                limit == Superuser ? std::nullopt : std::optional<int>{limit});
        const ServerFacts server = facts(roles, {});
        const QList<Finding> findings = limits.findings(server, QStringLiteral("pg_roles"));
        const Finding web = findingFor(findings, QStringLiteral("server.roleLimit.web"));
        QCOMPARE(toString(web.status), status);
        QCOMPARE(toString(web.plane), QStringLiteral("server"));
        QCOMPARE(web.actual, actual);
        QCOMPARE(web.evidence, QStringLiteral("pg_roles"));
        QCOMPARE(limits.limitOf(QStringLiteral("web"), server).value_or(-1), barMark);
    }

    void poolWithoutRoleOrSessionIsNotChecked()
    {
        const ConnectionLimits limits{defaultBaseline()};
        const QList<Finding> findings
            = limits.findings(facts({{QStringLiteral("app"), 40}}, {}), {});
        QCOMPARE(findings.size(), 3); // web, scheduling, databaseLimit
        for (const Finding& finding : findings) {
            QCOMPARE(toString(finding.status), QStringLiteral("not-checked"));
            QVERIFY(!finding.reason.isEmpty());
        }
        // Before the server was read at all (the evidence templates).
        QCOMPARE(toString(findingFor(
                     limits.findings(ServerFacts{}, {}), QStringLiteral("server.roleLimit.web"))
                              .status),
            QStringLiteral("not-checked"));
    }

    void rolesAndDatabasesComeFromThePoolsBackends()
    {
        ConnectionLimits limits{defaultBaseline()};
        using scripted::session;
        limits.add(scripted::sample({session(11, QStringLiteral("web"), BackendState::Idle, {}),
            session(12, QStringLiteral("web"), BackendState::Active, QStringLiteral("SELECT 1")),
            session(21, QStringLiteral("scheduling"), BackendState::Idle, {}),
            session(31, QStringLiteral("other"), BackendState::Idle, {})}));
        QCOMPARE(limits.roles(QStringLiteral("web")), QStringList{QStringLiteral("app")});
        QCOMPARE(
            limits.roles(QStringLiteral("scheduling")), QStringList{QStringLiteral("scheduler")});
        QCOMPARE(limits.databases(QStringLiteral("web")), QStringList{QStringLiteral("platform")});

        // Both pools use "platform": 150 + 50 against its limit.
        const ServerFacts limited
            = facts({{QStringLiteral("app"), -1}, {QStringLiteral("scheduler"), -1}},
                {{QStringLiteral("platform"), 180}});
        Finding database
            = findingFor(limits.findings(limited, {}), QStringLiteral("server.databaseLimit"));
        QCOMPARE(toString(database.status), QStringLiteral("fail"));
        QCOMPARE(database.actual,
            QStringLiteral(
                "database platform: CONNECTION LIMIT 180 < 150 web + 50 scheduling = 200"));
        QCOMPARE(limits.limitOf(QStringLiteral("scheduling"), limited).value_or(-1), qint64{180});

        // A superuser pool is not held by the database's limit.
        const ServerFacts superScheduler
            = facts({{QStringLiteral("app"), -1}, {QStringLiteral("scheduler"), std::nullopt}},
                {{QStringLiteral("platform"), 180}});
        database = findingFor(
            limits.findings(superScheduler, {}), QStringLiteral("server.databaseLimit"));
        QCOMPARE(toString(database.status), QStringLiteral("pass"));
        QCOMPARE(database.actual,
            QStringLiteral("database platform: CONNECTION LIMIT 180 ≥ 150 web = 150"));
        QVERIFY(!limits.limitOf(QStringLiteral("scheduling"), superScheduler));
    }

    void theBaselinesRoleWinsOverTheSessions()
    {
        ConnectionLimits limits{namedWebPool(QStringLiteral("web_app"), QStringLiteral("shop"))};
        limits.add(scripted::sample(
            {scripted::session(11, QStringLiteral("web"), BackendState::Idle, {})}));
        QCOMPARE(limits.roles(QStringLiteral("web")), QStringList{QStringLiteral("web_app")});
        QCOMPARE(limits.databases(QStringLiteral("web")), QStringList{QStringLiteral("shop")});
        const ServerFacts server
            = facts({{QStringLiteral("web_app"), 200}}, {{QStringLiteral("platform"), 5}});
        const QList<Finding> findings = limits.findings(server, {});
        QCOMPARE(toString(findingFor(findings, QStringLiteral("server.roleLimit.web")).status),
            QStringLiteral("pass"));
        // "shop" is not on the server.
        QCOMPARE(toString(findingFor(findings, QStringLiteral("server.databaseLimit")).status),
            QStringLiteral("missing"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionLimits)
#include "tst_connectionlimits.moc"
