// Pool pressure the server's slot count does not show, against a real server (a private
// cluster: the test changes roles and limits). Role and database connection limits: a role
// with CONNECTION LIMIT 40 that the web pool (budget 150) connects as fails
// server.roleLimit.web, and raising the limit passes it; the same for a database limit
// against the pools that use it. The pool's role is found from its backends
// (application-name attribution), not named in the baseline. Idle in transaction: a
// session the test leaves idle in transaction fails the rule with its pid; one of an
// excluded application name does not.
#include "../pg/TestCluster.h"
#include "../support/LiveFindings.h"
#include "../support/PgExec.h"
#include "live/LiveTarget.h"
#include "model/BaselineLoader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

using namespace opsdash;
using namespace opsdash::test;
using namespace std::chrono_literals;

namespace {

std::optional<Finding> findingOf(const LiveTarget& target, const QString& checkId)
{
    return opsdash::test::findingOf(target.findings(), checkId);
}

} // namespace

class TestLivePressure final : public QObject
{
    Q_OBJECT

private slots:
    void roleAndDatabaseLimitsBelowTheBudgetFail()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        std::unique_ptr<PGconn, decltype(&PQfinish)> admin{
            PQconnectdb(cluster.conninfo().constData()), &PQfinish};
        QCOMPARE(PQstatus(admin.get()), CONNECTION_OK);
        QVERIFY(pgExec(admin.get(), "CREATE ROLE web_app LOGIN CONNECTION LIMIT 40"));
        QVERIFY(pgExec(admin.get(), "CREATE DATABASE platform"));

        // The web pool's backend: postgres.js's application_name, the limited role.
        std::unique_ptr<PGconn, decltype(&PQfinish)> web{
            PQconnectdb(QByteArray{cluster.conninfo()
                                       .replace("user=postgres", "user=web_app")
                                       .replace("dbname=postgres", "dbname=platform")
                + " application_name=postgres.js"}
                            .constData()),
            &PQfinish};
        QVERIFY2(PQstatus(web.get()) == CONNECTION_OK, PQerrorMessage(web.get()));

        Result<Baseline> baseline = BaselineLoader::loadDefault();
        QVERIFY(baseline.ok());
        QCOMPARE(baseline->pool(u"web")->budget, qint64{150});
        QTemporaryDir dir;
        LiveTarget target{*baseline};
        ActivityMonitor::Options options;
        options.conninfo = cluster.conninfo();
        options.interval = 1s;
        options.factsInterval = 1s;
        target.start(options, dir.filePath(QStringLiteral("history.sqlite")));

        const QString role = QStringLiteral("server.roleLimit.web");
        QTRY_VERIFY2_WITH_TIMEOUT(
            findingOf(target, role) && findingOf(target, role)->status == CheckStatus::Fail,
            qPrintable(describe(findingOf(target, role))), 15000);
        QCOMPARE(findingOf(target, role)->actual,
            QStringLiteral("role web_app: CONNECTION LIMIT 40 < budget 150"));
        QCOMPARE(toString(findingOf(target, role)->plane), QStringLiteral("server"));
        // The pool bar's mark: the lower of budget and limit.
        QCOMPARE(target.connectionLimits()
                     .limitOf(QStringLiteral("web"), *target.serverFacts())
                     .value_or(-1),
            qint64{40});
        // No session of the scheduling pool, and no role for it in the baseline.
        QCOMPARE(toString(findingOf(target, QStringLiteral("server.roleLimit.scheduling"))->status),
            QStringLiteral("not-checked"));

        QVERIFY(pgExec(admin.get(), "ALTER ROLE web_app CONNECTION LIMIT 150"));
        QTRY_VERIFY2_WITH_TIMEOUT(findingOf(target, role)->status == CheckStatus::Pass,
            qPrintable(describe(findingOf(target, role))), 15000);
        QCOMPARE(
            findingOf(target, role)->actual, QStringLiteral("role web_app: CONNECTION LIMIT 150"));

        // The database the web pool uses, against its budget.
        const QString database = QStringLiteral("server.databaseLimit");
        QCOMPARE(toString(findingOf(target, database)->status), QStringLiteral("pass"));
        QVERIFY(pgExec(admin.get(), "ALTER DATABASE platform CONNECTION LIMIT 100"));
        QTRY_VERIFY2_WITH_TIMEOUT(findingOf(target, database)->status == CheckStatus::Fail,
            qPrintable(describe(findingOf(target, database))), 15000);
        QCOMPARE(findingOf(target, database)->actual,
            QStringLiteral("database platform: CONNECTION LIMIT 100 < 150 web = 150"));
        QCOMPARE(target.connectionLimits()
                     .limitOf(QStringLiteral("web"), *target.serverFacts())
                     .value_or(-1),
            qint64{100});
        QVERIFY(pgExec(admin.get(), "ALTER DATABASE platform CONNECTION LIMIT -1"));
        QTRY_VERIFY2_WITH_TIMEOUT(findingOf(target, database)->status == CheckStatus::Pass,
            qPrintable(describe(findingOf(target, database))), 15000);
        target.stop();
    }

    void idleInTransactionFailsWithItsPid()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        std::unique_ptr<PGconn, decltype(&PQfinish)> admin{
            PQconnectdb(cluster.conninfo().constData()), &PQfinish};
        QCOMPARE(PQstatus(admin.get()), CONNECTION_OK);
        QVERIFY(pgExec(admin.get(), "CREATE ROLE web_app LOGIN"));

        // The web pool by its role: both sessions are the pool's, whatever their
        // application_name; pg_dump's is excluded by the default baseline.
        Result<Baseline> loaded = BaselineLoader::loadDefault();
        QVERIFY(loaded.ok());
        Baseline* baseline = &loaded.value();
        QCOMPARE(baseline->thresholds.live.idleInTransactionExcluded,
            QStringList{QStringLiteral("pg_dump")});
        AttributionRule byRole;
        byRole.pool = QStringLiteral("web");
        byRole.field = AttributionRule::Field::Usename;
        byRole.value = QStringLiteral("web_app");
        baseline->attribution.prepend(byRole);
        baseline->thresholds.live.idleInTransaction = Duration::fromSeconds(2);

        const auto open = [&](const char* application) {
            std::unique_ptr<PGconn, decltype(&PQfinish)> connection{
                PQconnectdb(QByteArray{cluster.conninfo().replace("user=postgres", "user=web_app")
                    + " application_name=" + application}
                                .constData()),
                &PQfinish};
            return connection;
        };
        auto stuck = open("postgres.js");
        auto dump = open("pg_dump");
        QVERIFY2(PQstatus(stuck.get()) == CONNECTION_OK, PQerrorMessage(stuck.get()));
        QVERIFY2(PQstatus(dump.get()) == CONNECTION_OK, PQerrorMessage(dump.get()));
        QVERIFY(pgExec(stuck.get(), "BEGIN; SELECT 1"));
        QVERIFY(pgExec(dump.get(), "BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT 1"));
        const QString stuckPid = QStringLiteral("pid %1 ").arg(PQbackendPID(stuck.get()));
        const QString dumpPid = QStringLiteral("pid %1 ").arg(PQbackendPID(dump.get()));

        QTemporaryDir dir;
        LiveTarget target{*baseline};
        ActivityMonitor::Options options;
        options.conninfo = cluster.conninfo();
        options.interval = 1s;
        target.start(options, dir.filePath(QStringLiteral("history.sqlite")));

        const QString check = QStringLiteral("live.web.idleInTransaction");
        QTRY_VERIFY2_WITH_TIMEOUT(
            findingOf(target, check) && findingOf(target, check)->status == CheckStatus::Fail,
            qPrintable(describe(findingOf(target, check))), 20000);
        const Finding finding = *findingOf(target, check);
        QVERIFY2(finding.evidence.contains(stuckPid + QStringLiteral("idle in transaction")),
            qPrintable(finding.evidence));
        QVERIFY2(finding.evidence.contains(QStringLiteral("transaction open")),
            qPrintable(finding.evidence));
        QVERIFY2(!finding.evidence.contains(dumpPid), qPrintable(finding.evidence));
        // The pool stays the web pool's: its budget check saw both sessions.
        QCOMPARE(target.window().pool(u"web")->peak, 2);
        target.stop();
    }
};

QTEST_GUILESS_MAIN(TestLivePressure)
#include "tst_livepressure.moc"
