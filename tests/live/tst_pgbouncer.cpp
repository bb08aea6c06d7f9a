// PgBouncer in front of the shared PostgreSQL fixture, started by the test on loopback with
// default_pool_size = 5: twenty clients that each open a transaction make fifteen wait.
// opsdash, reading the admin console as a stats user over the simple query protocol, reports
// cl_waiting > 0 and fails pgbouncer.postgres.waiting; PgBouncer's server connections are
// the backends it owns; pgbouncer.capacity passes at 5 and fails once the admin raises
// default_pool_size past the server's usable slots. A connection that is no admin console
// and one nobody answers are named states, and the checks become unknown with them.
#include "../support/LiveFindings.h"
#include "../support/PgBouncerProcess.h"
#include "../support/RunOpsdash.h"
#include "../support/SchemaCheck.h"
#include "live/LiveTarget.h"
#include "model/BaselineLoader.h"
#include "pg/PgResult.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>
#include <memory>
#include <vector>

using namespace opsdash;
using namespace opsdash::test;
using namespace std::chrono_literals;

namespace {

using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;

std::optional<Finding> findingOf(const LiveTarget& target, const QString& checkId)
{
    return opsdash::test::findingOf(target.findings(), checkId);
}

bool hasStatus(const LiveTarget& target, const QString& checkId, CheckStatus status)
{
    const std::optional<Finding> finding = findingOf(target, checkId);
    return finding && finding->status == status;
}

int waiting(const LiveTarget& target)
{
    return target.pgbouncer().sample() ? target.pgbouncer().sample()->clientsWaiting() : 0;
}

Baseline baselineWatching(const QByteArray& admin)
{
    Result<Baseline> loaded = BaselineLoader::loadDefault();
    Baseline baseline = loaded.value();
    baseline.pgbouncer.admin = QString::fromUtf8(admin);
    baseline.pgbouncer.maxWait = Duration::fromSeconds(1);
    return baseline;
}

ActivityMonitor::Options fixtureOptions()
{
    ActivityMonitor::Options options;
    options.conninfo = qgetenv("OPSDASH_TEST_PG_CONNINFO");
    options.interval = 1s;
    return options;
}

} // namespace

class TestPgBouncer final : public QObject
{
    Q_OBJECT

private slots:
    void clientsWaitingFailTheCheckAndCapacityFollowsThePoolSize()
    {
        PgBouncerProcess pgbouncer{
            {QStringLiteral("default_pool_size = 5"), QStringLiteral("max_client_conn = 100")}};
        QVERIFY2(pgbouncer.ok(), qPrintable(pgbouncer.error()));

        // Twenty clients each open a transaction: five get a server connection and keep it
        // (session pooling), fifteen wait for one.
        std::vector<Connection> clients;
        for (int i = 0; i < 20; ++i) {
            clients.emplace_back(
                PQconnectdb(pgbouncer.conninfo("application_name=postgres.js").constData()),
                &PQfinish);
            QVERIFY2(PQstatus(clients.back().get()) == CONNECTION_OK,
                PQerrorMessage(clients.back().get()));
            QVERIFY(PQsendQuery(clients.back().get(), "BEGIN") == 1);
        }

        QTemporaryDir dir;
        LiveTarget target{baselineWatching(pgbouncer.adminConninfo("stats"))};
        QVERIFY(target.watchesPgBouncer());
        target.start(fixtureOptions(), dir.filePath(QStringLiteral("history.sqlite")));

        const QString check = QStringLiteral("pgbouncer.postgres.waiting");
        QTRY_VERIFY_WITH_TIMEOUT(waiting(target) > 0, 15000);
        QTRY_VERIFY2_WITH_TIMEOUT(hasStatus(target, check, CheckStatus::Fail),
            qPrintable(describe(findingOf(target, check))), 15000);
        QCOMPARE(target.pgbouncerMonitor().state(), PgBouncerMonitor::State::Connected);
        QCOMPARE(waiting(target), 15);
        const PgBouncerPool pool = target.pgbouncer().sample()->pools.constFirst();
        QCOMPARE(pool.database, QStringLiteral("postgres"));
        QCOMPARE(pool.svActive, 5);
        QCOMPARE(pool.clActive, 5);
        QVERIFY2(pool.maxWaitUs > 1000000, qPrintable(QString::number(pool.maxWaitUs)));
        QCOMPARE(toString(findingOf(target, check)->plane), QStringLiteral("live"));
        QVERIFY2(findingOf(target, check)->actual.startsWith(QStringLiteral("15 waiting")),
            qPrintable(findingOf(target, check)->actual));
        QVERIFY2(findingOf(target, check)->evidence.contains(QStringLiteral("SHOW POOLS")),
            qPrintable(findingOf(target, check)->evidence));

        // PgBouncer's five server connections are backends the server shows, and owned by it.
        QTRY_VERIFY_WITH_TIMEOUT(target.pgbouncer().ownedBackends() >= 5, 15000);

        // 1 pool × 5 fits the fixture's usable slots.
        const QString capacity = QStringLiteral("pgbouncer.capacity");
        QTRY_VERIFY2_WITH_TIMEOUT(hasStatus(target, capacity, CheckStatus::Pass),
            qPrintable(describe(findingOf(target, capacity))), 15000);
        QCOMPARE(findingOf(target, capacity)->actual,
            QStringLiteral("1 × (5 default_pool_size + 0 reserve_pool_size) = 5; "
                           "max_client_conn 100"));
        QCOMPARE(findingOf(target, capacity)->expected,
            QStringLiteral("≤ %1 usable slots").arg(target.usableSlots()));

        // The clients go; the admin raises the pool size past the server's slots.
        clients.clear();
        Connection admin{PQconnectdb(pgbouncer.adminConninfo("postgres").constData()), &PQfinish};
        QVERIFY2(PQstatus(admin.get()) == CONNECTION_OK, PQerrorMessage(admin.get()));
        std::unique_ptr<PGresult, decltype(&PQclear)> set{
            PQexec(admin.get(), "SET default_pool_size = 500"), &PQclear};
        QVERIFY2(PQresultStatus(set.get()) == PGRES_COMMAND_OK
                || PQresultStatus(set.get()) == PGRES_TUPLES_OK,
            PQresultErrorMessage(set.get()));
        QTRY_VERIFY2_WITH_TIMEOUT(hasStatus(target, capacity, CheckStatus::Fail),
            qPrintable(describe(findingOf(target, capacity))), 15000);
        QVERIFY2(findingOf(target, capacity)->actual.startsWith(QStringLiteral("1 × (500 ")),
            qPrintable(findingOf(target, capacity)->actual));
        // Nobody waits any more.
        QTRY_VERIFY2_WITH_TIMEOUT(hasStatus(target, check, CheckStatus::Pass),
            qPrintable(describe(findingOf(target, check))), 15000);
        target.stop();
    }

    void probeReportsPgBouncerInItsJson()
    {
        PgBouncerProcess pgbouncer{{QStringLiteral("default_pool_size = 5")}};
        QVERIFY2(pgbouncer.ok(), qPrintable(pgbouncer.error()));
        std::vector<Connection> clients;
        for (int i = 0; i < 8; ++i) {
            clients.emplace_back(PQconnectdb(pgbouncer.conninfo().constData()), &PQfinish);
            QVERIFY2(PQstatus(clients.back().get()) == CONNECTION_OK,
                PQerrorMessage(clients.back().get()));
            QVERIFY(PQsendQuery(clients.back().get(), "BEGIN") == 1);
        }
        // The baseline names the console; any wait at all fails.
        QTemporaryDir dir;
        QJsonObject baseline = baselineWatching(pgbouncer.adminConninfo("stats")).toJson();
        baseline.insert(QStringLiteral("pgbouncer"),
            QJsonObject{
                {QStringLiteral("admin"), QString::fromUtf8(pgbouncer.adminConninfo("stats"))},
                {QStringLiteral("maxWait"),
                    QJsonObject{{QStringLiteral("value"), 0},
                        {QStringLiteral("unit"), QStringLiteral("s")}}}});
        QFile file{dir.filePath(QStringLiteral("baseline.json"))};
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument{baseline}.toJson());
        file.close();

        const OpsdashRun run = runOpsdash({QStringLiteral("probe"), QStringLiteral("--db"),
            qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO"), QStringLiteral("--baseline"),
            file.fileName(), QStringLiteral("--format"), QStringLiteral("json")});
        OPSDASH_COMPARE_EXIT(run, 1);
        const QString violations
            = schemaViolations(QStringLiteral("probe.schema.json"), run.out.toUtf8());
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject console = report.value(QStringLiteral("pgbouncer")).toObject();
        QVERIFY2(console.value(QStringLiteral("answered")).toBool(), qPrintable(run.out));
        const QJsonObject pool = console.value(QStringLiteral("pools")).toArray().at(0).toObject();
        QCOMPARE(pool.value(QStringLiteral("database")).toString(), QStringLiteral("postgres"));
        QCOMPARE(pool.value(QStringLiteral("clWaiting")).toInt(), 3);
        QCOMPARE(console.value(QStringLiteral("defaultPoolSize")).toInt(), 5);
        QString waiting;
        for (const QJsonValue& finding : report.value(QStringLiteral("findings")).toArray()) {
            if (finding[QStringLiteral("check")].toString()
                == QStringLiteral("pgbouncer.postgres.waiting"))
                waiting = finding[QStringLiteral("status")].toString();
        }
        QCOMPARE(waiting, QStringLiteral("fail"));
    }

    void aConnectionThatIsNoConsoleIsANamedState()
    {
        // PostgreSQL itself answers, but knows no SHOW POOLS.
        QTemporaryDir dir;
        LiveTarget target{baselineWatching(qgetenv("OPSDASH_TEST_PG_CONNINFO"))};
        target.start(fixtureOptions(), dir.filePath(QStringLiteral("history.sqlite")));
        QTRY_COMPARE_WITH_TIMEOUT(
            target.pgbouncerMonitor().state(), PgBouncerMonitor::State::NotConsole, 15000);
        QVERIFY2(target.pgbouncerMonitor().stateText().startsWith(
                     QStringLiteral("not a PgBouncer admin console")),
            qPrintable(target.pgbouncerMonitor().stateText()));
        const QString capacity = QStringLiteral("pgbouncer.capacity");
        QTRY_VERIFY2_WITH_TIMEOUT(hasStatus(target, capacity, CheckStatus::Unknown),
            qPrintable(describe(findingOf(target, capacity))), 15000);
        QCOMPARE(findingOf(target, capacity)->reason, target.pgbouncerMonitor().stateText());
        target.stop();
        QCOMPARE(target.pgbouncerMonitor().state(), PgBouncerMonitor::State::Stopped);
    }

    void anUnreachableConsoleIsANamedState()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port the kernel handed out, closed again: nobody answers
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const QByteArray admin
            = "host=127.0.0.1 port=" + QByteArray::number(port) + " dbname=pgbouncer user=stats";

        QTemporaryDir dir;
        LiveTarget target{baselineWatching(admin)};
        target.start(fixtureOptions(), dir.filePath(QStringLiteral("history.sqlite")));
        QTRY_COMPARE_WITH_TIMEOUT(
            target.pgbouncerMonitor().state(), PgBouncerMonitor::State::Disconnected, 15000);
        QVERIFY2(target.pgbouncerMonitor().stateText().startsWith(
                     QStringLiteral("PgBouncer admin console unreachable: ")),
            qPrintable(target.pgbouncerMonitor().stateText()));
        target.stop();
    }
};

QTEST_GUILESS_MAIN(TestPgBouncer)
#include "tst_pgbouncer.moc"
