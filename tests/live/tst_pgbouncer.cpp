// PgBouncer in front of the shared PostgreSQL fixture, started by the test on loopback with
// default_pool_size = 5: twenty clients that each open a transaction make fifteen wait.
// opsdash, reading the admin console as a stats user over the simple query protocol, reports
// cl_waiting > 0 and fails pgbouncer.postgres.waiting; PgBouncer's server connections are
// the backends it owns; pgbouncer.capacity passes at 5 and fails once the admin raises
// default_pool_size past the server's usable slots. Those server connections are counted
// in the pool "pgbouncer", once (not in web as well); `opsdash serve` with a config that
// names the console (and a pool's metrics URL) exports them as
// opsdash_pool_connections{pool="pgbouncer"}. A connection that is no admin console and one
// nobody answers are named states, and the checks become unknown with them.
#include "../support/LiveFindings.h"
#include "../support/PgBouncerProcess.h"
#include "../support/RunOpsdash.h"
#include "../support/SchemaCheck.h"
#include "live/LiveTarget.h"
#include "model/BaselineLoader.h"
#include "pg/PgResult.h"
#include "serve/PrivateFile.h"
#include "serve/ServeHarness.h"

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

// `count` clients of PgBouncer, each in a transaction it opened (BEGIN sent, its answer
// not awaited: clients beyond the pool size wait there for a server connection). Fewer
// when one could not connect or send.
std::vector<Connection> clientsInTransactions(
    const PgBouncerProcess& pgbouncer, int count, const QByteArray& extra = {})
{
    std::vector<Connection> clients;
    for (int i = 0; i < count; ++i) {
        Connection client{PQconnectdb(pgbouncer.conninfo(extra).constData()), &PQfinish};
        if (PQstatus(client.get()) != CONNECTION_OK || PQsendQuery(client.get(), "BEGIN") != 1) {
            qWarning() << "client" << i << PQerrorMessage(client.get());
            break;
        }
        clients.push_back(std::move(client));
    }
    return clients;
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
        std::vector<Connection> clients
            = clientsInTransactions(pgbouncer, 20, "application_name=postgres.js");
        QCOMPARE(clients.size(), std::size_t{20});

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
        // Counted in a pool of their own, and only there: the pools add up to the sessions.
        ActivitySample last;
        connect(&target, &LiveTarget::sampled, this,
            [&last](const ActivitySample& sample) { last = sample; });
        QTRY_VERIFY_WITH_TIMEOUT(
            last.pool(u"pgbouncer") != nullptr && last.pool(u"pgbouncer")->total() >= 5, 15000);
        const QSet<int> owned = target.pgbouncer().sample()->serverPids;
        QMap<QString, int> rows;
        for (int i = 0; i < last.sessionCount(); ++i) {
            const BackendSession session = last.session(i);
            QCOMPARE(session.pool == QLatin1String{"pgbouncer"}, owned.contains(session.pid));
            ++rows[session.pool];
        }
        // Each pool's count is its sessions' (opsdash's own backend, in monitor, is no row).
        for (const QString& pool : {QStringLiteral("pgbouncer"), QStringLiteral("web")})
            QCOMPARE(last.pool(pool)->total(), rows.value(pool));
        // The rules' own view (PgBouncer's line) still says where they would have gone.
        QVERIFY(target.pgbouncer().ownedByPool().value(QStringLiteral("web")) >= 5);
        disconnect(&target, &LiveTarget::sampled, this, nullptr);

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
        const std::vector<Connection> clients = clientsInTransactions(pgbouncer, 8);
        QCOMPARE(clients.size(), std::size_t{8});
        // PgBouncer opens its five server connections one by one: until they are up, more
        // than three clients wait. The probe's one look comes after that.
        Connection stats{PQconnectdb(pgbouncer.adminConninfo("stats").constData()), &PQfinish};
        QVERIFY2(PQstatus(stats.get()) == CONNECTION_OK, PQerrorMessage(stats.get()));
        const auto clientsWaiting = [&stats] {
            std::unique_ptr<PGresult, decltype(&PQclear)> pools{
                PQexec(stats.get(), "SHOW POOLS"), &PQclear};
            const int column = PQfnumber(pools.get(), "cl_waiting");
            for (int row = 0; row < PQntuples(pools.get()); ++row) {
                if (qstrcmp(PQgetvalue(pools.get(), row, 0), "postgres") == 0)
                    return QByteArray{PQgetvalue(pools.get(), row, column)}.toInt();
            }
            return -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(clientsWaiting(), 3, 15000);
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

    void serveExportsThePgBouncerPoolItsConfigNames()
    {
        PgBouncerProcess pgbouncer{{QStringLiteral("default_pool_size = 5")}};
        QVERIFY2(pgbouncer.ok(), qPrintable(pgbouncer.error()));
        // Three clients in transactions hold three server connections (session pooling).
        const std::vector<Connection> clients
            = clientsInTransactions(pgbouncer, 3, "application_name=postgres.js");
        QCOMPARE(clients.size(), std::size_t{3});

        // The console's password through a file, as the target's own (trust ignores it); a
        // scheduling metrics URL the baseline does not name.
        QTemporaryDir dir;
        const QString password = dir.filePath(QStringLiteral("pgbouncer.password"));
        QVERIFY(writeFile(password, "unused\n"));
        const QJsonObject config{{QStringLiteral("targets"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("bouncer")},
                {QStringLiteral("conninfo"), qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO")},
                {QStringLiteral("history"), dir.filePath(QStringLiteral("history.sqlite"))},
                {QStringLiteral("intervalSeconds"), 1},
                {QStringLiteral("pgbouncer"),
                    QJsonObject{{QStringLiteral("conninfo"),
                                    QString::fromUtf8(pgbouncer.adminConninfo("stats"))},
                        {QStringLiteral("passwordFile"), QStringLiteral("pgbouncer.password")}}},
                {QStringLiteral("poolMetricsUrls"),
                    QJsonObject{{QStringLiteral("scheduling"),
                        QStringLiteral("http://127.0.0.1:%1/metrics").arg(freePort())}}}}}}};
        const QString file = dir.filePath(QStringLiteral("serve.json"));
        QVERIFY(writeFile(file, QJsonDocument{config}.toJson()));
        const QString violations = schemaViolations(
            QStringLiteral("serve-config.schema.json"), QJsonDocument{config}.toJson());
        QVERIFY2(violations.isEmpty(), qPrintable(violations));

        const quint16 port = freePort();
        Daemon serve;
        QVERIFY(serve.start(QStringLiteral(OPSDASH_BINARY),
            {QStringLiteral("serve"), QStringLiteral("--config"), file, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:%1").arg(port)}));
        const QByteArray owned = "opsdash_pool_connections{target=\"bouncer\",pool=\"pgbouncer\","
                                 "state=\"idle in transaction\"} 3\n";
        QTRY_VERIFY2_WITH_TIMEOUT(
            get(port, "/metrics").body.contains(owned), qPrintable(serve.log()), 30000);
        const QByteArray metrics = get(port, "/metrics").body;
        // Not in web's count as well.
        QVERIFY2(metrics.contains("opsdash_pool_connections{target=\"bouncer\",pool=\"web\","
                                  "state=\"idle in transaction\"} 0\n"),
            metrics.constData());
        // PgBouncer's pool sizes are not a budget of the baseline's.
        QVERIFY(!metrics.contains("opsdash_pool_budget_connections{target=\"bouncer\","
                                  "pool=\"pgbouncer\"}"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            get(port, "/metrics")
                .body.contains("opsdash_check{target=\"bouncer\",check=\"pgbouncer.capacity\","
                               "plane=\"server\",opsdash_check=\"pass\"} 1\n"),
            get(port, "/metrics").body.constData(), 30000);
        // The config's metrics URL is read (nobody answers there: unknown, not absent).
        QTRY_VERIFY2_WITH_TIMEOUT(
            get(port, "/metrics")
                .body.contains("opsdash_check{target=\"bouncer\","
                               "check=\"live.scheduling.maxOpenConns\","
                               "plane=\"live\",opsdash_check=\"unknown\"} 1\n"),
            get(port, "/metrics").body.constData(), 30000);
        QCOMPARE(serve.stop(), 0);
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
