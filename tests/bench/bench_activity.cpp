// Benchmarks for the live monitor (ctest label bench; scripts/test runs the bench-smoke twin):
//  - parse + attribute + aggregate of 5,000 pg_stat_activity rows (target ≤ 2 ms a tick);
//  - the poll against a real server at a 1 s interval: opsdash's client CPU and the poll's
//    server execution time from pg_stat_statements (over all of its statements: the full
//    one, the one for changing sessions and the quiet one), next to the floor (the bare
//    pg_stat_get_activity(NULL) that every pg_stat_activity reader pays, and the quiet poll
//    avoids). OPSDASH_BENCH_SECONDS sets the window (default 60; 3 in the smoke run). Cases:
//    - 200 idle sessions, with empty texts and with ORM-sized texts of about 580 characters
//      (targets ≤ 1 % of a core, ≤ 1 ms; the smoke run only the one with texts);
//    - 200 busy sessions (pgbench: states and texts change every second; ≤ 0.5 %, ≤ 1 ms,
//      the server time not checked in the smoke run);
//    - 2,000 client backends, the 200 busy ones and 1,800 idle with texts of their own, at
//      max_connections 2,100 (≤ 1 %, ≤ 3 ms; not in the smoke run).
//    In the busy cases pg_activity (Debian's pg-activity) runs after opsdash against the same
//    cluster and load, and its CPU and server time per refresh are printed beside opsdash's
//    (not in the smoke run).
#include "../pg/SyntheticActivity.h"
#include "../pg/TestCluster.h"
#include "../support/DefaultBaseline.h"
#include "BenchMain.h"
#include "model/BaselineLoader.h"
#include "model/Capacity.h"
#include "pg/ActivityMonitor.h"
#include "pg/ActivityQuery.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <csignal>
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace opsdash;

namespace {

void parseAttributeAggregate(benchmark::State& state)
{
    const auto rows = static_cast<int>(state.range(0));
    QList<SyntheticRow> synthetic;
    const QByteArray names[] = {"postgres.js", "scheduling-service", "", "psql", "opsdash"};
    const QByteArray states[] = {"idle", "active", "idle in transaction"};
    for (int i = 0; i < rows; ++i) {
        SyntheticRow row;
        row.pid = 1000 + i;
        row.applicationName = names[i % 5];
        row.state = states[i % 3];
        row.query = QByteArray{"SELECT * FROM appointments WHERE id = $1 AND tenant = $2"};
        synthetic.append(row);
    }
    const PgResult result = syntheticActivity(synthetic);
    const PoolAttributor attributor{defaultBaseline()};
    UsageWindow window;
    for (auto _ : state) {
        const ActivitySample sample = ActivityQuery::parseActivity(result, attributor, 1000);
        window.add(sample);
        benchmark::DoNotOptimize(sample.rows.size());
    }
    state.counters["rows"] = rows;
}
BENCHMARK(parseAttributeAggregate)->Arg(200)->Arg(5000)->Unit(benchmark::kMillisecond);

// An ORM-shaped statement that runs on an empty database (578 characters).
constexpr const char* kRealisticQuery
    = "SELECT u.id, u.email, u.name, u.created_at, u.updated_at, s.id AS session_id, "
      "s.expires, s.token_hash, a.provider, a.provider_account_id, a.type "
      "FROM (VALUES (1, 'ada@example.test', 'Ada', now(), now())) "
      "AS u(id, email, name, created_at, updated_at) "
      "JOIN (VALUES (10, 1, now() + interval '1 day', 'c0ffee')) "
      "AS s(id, user_id, expires, token_hash) ON s.user_id = u.id "
      "LEFT JOIN (VALUES (1, 'github', '42', 'oauth')) "
      "AS a(user_id, provider, provider_account_id, type) ON a.user_id = u.id "
      "WHERE s.expires > now() ORDER BY s.expires DESC LIMIT 50 "
      "/* route=/api/dashboard/overview */";

using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;
using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

int windowSeconds()
{
    const int set = qEnvironmentVariableIntValue("OPSDASH_BENCH_SECONDS");
    return set > 0 ? set : (bench::smoke() ? 3 : 60);
}

// `count` idle client sessions held by this process (they cost it no CPU once connected),
// a quarter named scheduling-service, the rest postgres.js. With `texts`, each last ran
// kRealisticQuery with a comment of its own, so no two show the same text.
bool connectIdle(
    const QByteArray& conninfo, int count, bool texts, std::vector<Connection>* out, QString* error)
{
    for (int i = 0; i < count; ++i) {
        const char* keywords[] = {"dbname", "application_name", nullptr};
        const char* values[]
            = {conninfo.constData(), i % 4 == 0 ? "scheduling-service" : "postgres.js", nullptr};
        out->emplace_back(PQconnectdbParams(keywords, values, 1), &PQfinish);
        if (PQstatus(out->back().get()) != CONNECTION_OK) {
            *error = QStringLiteral("connection %1: %2")
                         .arg(i)
                         .arg(QString::fromUtf8(PQerrorMessage(out->back().get())));
            return false;
        }
        if (texts) {
            const QByteArray sql
                = QByteArray{kRealisticQuery} + " /* session " + QByteArray::number(i) + " */";
            PQclear(PQexec(out->back().get(), sql.constData()));
        }
    }
    return true;
}

double counterOf(PGconn* connection, const char* sql)
{
    const Result result{PQexec(connection, sql), &PQclear};
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1
        || PQgetisnull(result.get(), 0, 0))
        return -1;
    return QByteArray{PQgetvalue(result.get(), 0, 0)}.toDouble();
}

// The private cluster of the poll cases, one for all that ask the same max_connections
// (they run one after the other, each closing its sessions): initdb and a cluster start
// cost more than a smoke run's window. main() stops it before the application goes.
std::unique_ptr<TestCluster>& sharedCluster()
{
    static std::unique_ptr<TestCluster> cluster;
    return cluster;
}

const TestCluster& clusterFor(int maxConnections)
{
    static int current = 0;
    std::unique_ptr<TestCluster>& cluster = sharedCluster();
    if (!cluster || !cluster->ok() || current != maxConnections) {
        cluster.reset(); // one cluster at a time
        cluster = std::make_unique<TestCluster>(
            QStringList{QStringLiteral("max_connections=%1").arg(maxConnections)});
        current = maxConnections;
    }
    return *cluster;
}

// The 200-session cases' max_connections: room for them, the monitor, the floor's and
// pg_activity's connections.
constexpr int kClusterFor200 = 300;

// The poll's statements: the three that read leader_pid (full, for changing sessions, quiet).
constexpr char kPollStatements[] = "FROM pg_stat_statements WHERE query LIKE "
                                   "'%pg_stat_get_activity%' AND query LIKE '%leader_pid%'";
QByteArray pollStatements(const char* select, const char* after = "")
{
    return QByteArray{select} + ' ' + kPollStatements + ' ' + after;
}

// opsdash's monitor polling every second for `seconds`, and beside it, on `control`'s own
// backend half a second later, the floor: the bare pg_stat_get_activity(NULL) at the same
// rate, which any pg_stat_activity reader pays. Counters: opsdash's client CPU (the whole of
// this process: the sessions it holds are idle) and the poll's and the floor's server time
// from pg_stat_statements.
void measureOpsdash(
    benchmark::State& state, const QByteArray& conninfo, PGconn* control, int seconds)
{
    PQclear(PQexec(control, "SELECT pg_stat_statements_reset()"));
    double cpu = 0;
    int samples = 0;
    double firstPollMs = -1;
    for (auto _ : state) {
        ActivityMonitor monitor{defaultBaseline()};
        ActivityMonitor::Options options;
        options.conninfo = conninfo;
        options.interval = std::chrono::seconds{1};
        QEventLoop loop;
        // The first poll on a fresh backend fills its catalog caches and sends every text:
        // a cost paid once a connection, reported on its own; the mean is the polls after.
        QObject::connect(&monitor, &ActivityMonitor::sampled, &loop, [&](const ActivitySample&) {
            if (++samples != 1)
                return;
            firstPollMs
                = counterOf(control, pollStatements("SELECT max(max_exec_time)").constData());
            PQclear(PQexec(control, "SELECT pg_stat_statements_reset()"));
        });
        QTimer::singleShot(std::chrono::seconds{seconds}, &loop, &QEventLoop::quit);
        QTimer floor;
        QObject::connect(&floor, &QTimer::timeout, &loop, [control] {
            PQclear(PQexec(
                control, "SELECT s.pid /* floor */ FROM pg_catalog.pg_stat_get_activity(NULL) s"));
        });
        QTimer::singleShot(std::chrono::milliseconds{500}, &loop, [&floor] { floor.start(1000); });
        const double before = bench::cpuSeconds();
        monitor.start(options);
        loop.exec();
        cpu = bench::cpuSeconds() - before;
        monitor.stop();
    }

    // Over every poll statement: the quiet one while few sessions change, the one for
    // changing sessions after each read of the facts and while many change, the full one
    // while most stay idle. The standard deviation is pooled.
    const Result statements{
        PQexec(control,
            pollStatements("SELECT sum(calls), sum(total_exec_time) / sum(calls), "
                           "min(min_exec_time), max(max_exec_time), "
                           "sqrt(greatest(sum(calls * (stddev_exec_time ^ 2 + mean_exec_time ^ 2)) "
                           "/ sum(calls) - (sum(total_exec_time) / sum(calls)) ^ 2, 0))",
                "HAVING sum(calls) > 0")
                .constData()),
        &PQclear};
    if (firstPollMs >= 0)
        state.counters["server_first_poll_ms"] = firstPollMs;
    if (PQntuples(statements.get()) == 1) {
        state.counters["server_calls"] = QByteArray{PQgetvalue(statements.get(), 0, 0)}.toDouble();
        state.counters["server_mean_exec_ms"]
            = QByteArray{PQgetvalue(statements.get(), 0, 1)}.toDouble();
        state.counters["server_min_exec_ms"]
            = QByteArray{PQgetvalue(statements.get(), 0, 2)}.toDouble();
        state.counters["server_max_exec_ms"]
            = QByteArray{PQgetvalue(statements.get(), 0, 3)}.toDouble();
        state.counters["server_stddev_ms"]
            = QByteArray{PQgetvalue(statements.get(), 0, 4)}.toDouble();
    }
    const double floorMs = counterOf(control,
        "SELECT mean_exec_time FROM pg_stat_statements WHERE query LIKE '%/* floor */%' "
        "AND query NOT LIKE '%pg_stat_statements%'");
    if (floorMs >= 0)
        state.counters["floor_mean_exec_ms"] = floorMs;
    state.counters["samples"] = samples;
    state.counters["client_cpu_percent_of_core"] = 100.0 * cpu / seconds;
}

void pollServerWith200Sessions(benchmark::State& state)
{
    const bool realisticTexts = state.range(0) != 0;
    const TestCluster& cluster = clusterFor(kClusterFor200);
    if (!cluster.ok()) {
        state.SkipWithError(qPrintable(cluster.error()));
        return;
    }
    std::vector<Connection> clients;
    QString error;
    if (!connectIdle(cluster.conninfo(), 200, realisticTexts, &clients, &error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    measureOpsdash(state, cluster.conninfo(), clients.front().get(), windowSeconds());
}

// A web pool's sessions at work, in a process of its own (pgbench, so its CPU is not this
// process's): `clients` sessions, each running two statements whose texts change every time
// (an ORM-sized SELECT and a 50 ms UPDATE-shaped one, with the id and the route in the text:
// literal values, -M simple), about twice a second each, so that between two polls nearly
// every session changed state and text, and some are active or idle in transaction at any
// moment.
class BusyLoad final
{
public:
    BusyLoad(const TestCluster& cluster, int clients, int seconds)
    {
        QFile script{m_dir.filePath(QStringLiteral("busy.sql"))};
        if (!script.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write the pgbench script");
            return;
        }
        QByteArray select{kRealisticQuery};
        select.replace("ORDER BY", "AND u.id <> :id ORDER BY");
        select.replace("route=/api/dashboard/overview", "route=/api/r:route/:id");
        // A quarter of the transactions are explicit (idle in transaction between the
        // statements, "COMMIT" as the last text); the rest two autocommit statements.
        script.write("\\set id random(1, 100000000)\n"
                     "\\set route random(1, 5000)\n"
                     "\\set tx random(0, 3)\n"
                     "\\if :tx = 0\nBEGIN;\n\\endif\n"
            + select
            + ";\n"
              "\\sleep 20 ms\n"
              "SELECT pg_sleep(0.05), v.* FROM (VALUES (:id, 'confirmed', now())) "
              "AS v(appointment_id, status, updated_at) /* route=/api/r:route/confirm */;\n"
              "\\if :tx = 0\nCOMMIT;\n\\endif\n");
        script.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(cluster.value("OPSDASH_TEST_PG_BINDIR") + QStringLiteral("/pgbench"),
            {QStringLiteral("-n"), QStringLiteral("-M"), QStringLiteral("simple"),
                QStringLiteral("-h"), cluster.value("OPSDASH_TEST_PG_SOCKET_DIR"),
                QStringLiteral("-p"), cluster.value("OPSDASH_TEST_PG_PORT"), QStringLiteral("-U"),
                QStringLiteral("postgres"), QStringLiteral("-c"), QString::number(clients),
                QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-R"),
                QString::number(2 * clients), QStringLiteral("-T"), QString::number(seconds),
                QStringLiteral("-f"), script.fileName(), QStringLiteral("postgres")});
        if (!m_process.waitForStarted()) {
            m_error = QStringLiteral("pgbench did not start: %1").arg(m_process.errorString());
            return;
        }
    }
    ~BusyLoad()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(10000);
        }
    }
    BusyLoad(const BusyLoad&) = delete;
    BusyLoad& operator=(const BusyLoad&) = delete;

    // Waits until `clients` sessions of pgbench are connected (its connections come up
    // one by one); false when pgbench ended first.
    bool waitConnected(PGconn* control, int clients, QString* error)
    {
        for (int i = 0; i < 600; ++i) {
            if (m_process.state() == QProcess::NotRunning) {
                *error = QStringLiteral("pgbench ended: %1")
                             .arg(QString::fromUtf8(m_process.readAll().right(2000)));
                return false;
            }
            if (counterOf(control,
                    "SELECT count(*) FROM pg_catalog.pg_stat_activity "
                    "WHERE application_name = 'pgbench'")
                >= clients)
                return true;
            m_process.waitForFinished(100);
        }
        *error = QStringLiteral("pgbench's sessions did not all connect");
        return false;
    }

    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_error;
};

// pg_activity, Debian's pg-activity, at a 1 s refresh with its defaults, against the same
// cluster and load for the same time, as a user would run it: its curses UI on a
// pseudo-terminal (script(1), 200×60). Counters: its process's CPU from /proc (after a 3 s
// start, over the rest of the window) and its statements' server time per refresh from
// pg_stat_statements (it connects as a role of its own). Absent when it is not installed.
void measurePgActivity(
    benchmark::State& state, const TestCluster& cluster, PGconn* control, int seconds)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pg_activity")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty()) {
        std::printf("pg_activity not installed (scripts/setup installs pg-activity): no "
                    "figures beside opsdash's\n");
        return;
    }
    PQclear(PQexec(control, "CREATE ROLE bench_pg_activity LOGIN SUPERUSER"));
    PQclear(PQexec(control, "SELECT pg_stat_statements_reset()"));
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("pid"));
    const QString command
        = QStringLiteral("stty rows 60 cols 200; echo $$ > %1; exec pg_activity --refresh 1 "
                         "-h %2 -p %3 -U bench_pg_activity -d postgres")
              .arg(pidFile, cluster.value("OPSDASH_TEST_PG_SOCKET_DIR"),
                  cluster.value("OPSDASH_TEST_PG_PORT"));
    QProcess terminal;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TERM"), QStringLiteral("xterm-256color"));
    terminal.setProcessEnvironment(environment);
    terminal.setStandardOutputFile(QProcess::nullDevice());
    terminal.start(QStringLiteral("script"),
        {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"), command,
            QProcess::nullDevice()});
    if (!terminal.waitForStarted()) {
        std::printf("pg_activity: script(1) did not start\n");
        return;
    }
    const auto cpuOf = [](qint64 pid) {
        QFile stat{QStringLiteral("/proc/%1/stat").arg(pid)};
        if (!stat.open(QIODevice::ReadOnly))
            return -1.0;
        const QByteArray line = stat.readAll();
        // Fields after the command's closing parenthesis: state is field 3, utime 14, stime 15.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1.0;
        return (fields.at(11).toDouble() + fields.at(12).toDouble())
            / static_cast<double>(sysconf(_SC_CLK_TCK));
    };
    QThread::sleep(3);
    QFile file{pidFile};
    const qint64 pid = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    const double before = pid > 0 ? cpuOf(pid) : -1;
    const int measured = std::max(1, seconds - 3);
    QThread::sleep(measured);
    const double after = pid > 0 ? cpuOf(pid) : -1;
    if (pid > 0)
        ::kill(static_cast<pid_t>(pid), SIGINT);
    if (!terminal.waitForFinished(10000)) {
        terminal.kill();
        terminal.waitForFinished(5000);
    }
    if (before < 0 || after < 0) {
        std::printf(
            "pg_activity did not run for the window (pid %lld)\n", static_cast<long long>(pid));
        return;
    }
    state.counters["pg_activity_cpu_percent_of_core"] = 100.0 * (after - before) / measured;
    // Most of its statements run once a refresh (a few once at its start).
    const double refreshes = counterOf(control,
        "SELECT max(calls) FROM pg_stat_statements WHERE userid = 'bench_pg_activity'::regrole");
    const double total = counterOf(control,
        "SELECT sum(total_exec_time) FROM pg_stat_statements "
        "WHERE userid = 'bench_pg_activity'::regrole");
    if (refreshes > 0 && total >= 0) {
        state.counters["pg_activity_refreshes"] = refreshes;
        state.counters["pg_activity_server_ms_per_refresh"] = total / refreshes;
    }
}

// Busy, changing sessions: the BusyLoad's `busy` sessions, plus `idle` sessions this process
// holds (each with its own last text), at max_connections = busy + idle + 100. opsdash's poll
// then pg_activity's, one after the other in the same run, against the same load.
void pollServerBusy(benchmark::State& state)
{
    const int busy = static_cast<int>(state.range(0));
    const int idle = static_cast<int>(state.range(1));
    const int seconds = windowSeconds();
    const bool withPgActivity = !bench::smoke();
    const TestCluster& cluster = clusterFor(std::max(kClusterFor200, busy + idle + 100));
    if (!cluster.ok()) {
        state.SkipWithError(qPrintable(cluster.error()));
        return;
    }
    std::vector<Connection> clients;
    QString error;
    if (!connectIdle(cluster.conninfo(), std::max(idle, 1), true, &clients, &error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    PGconn* control = clients.front().get();
    BusyLoad load{cluster, busy, (withPgActivity ? 2 : 1) * seconds + 60};
    if (!load.error().isEmpty() || !load.waitConnected(control, busy, &error)) {
        state.SkipWithError(qPrintable(load.error().isEmpty() ? error : load.error()));
        return;
    }
    QThread::sleep(2); // every session has run a transaction
    measureOpsdash(state, cluster.conninfo(), control, seconds);
    state.counters["sessions"] = counterOf(control,
        "SELECT count(*) FROM pg_catalog.pg_stat_activity "
        "WHERE backend_type = 'client backend'");
    if (withPgActivity)
        measurePgActivity(state, cluster, control, seconds);
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<bench::Target> targets{{"parseAttributeAggregate/5000", "cpu_time", 2.0, "ms"},
        {"pollServerWith200Sessions", "client_cpu_percent_of_core", 1.0, "%"},
        {"pollServerWith200Sessions", "server_mean_exec_ms", 1.0, "ms"},
        {"pollServerBusy/busy:200/idle:0", "client_cpu_percent_of_core", 0.5, "%"}};
    // The smoke run keeps the idle case with texts (the one that clips and sends more).
    benchmark::internal::Benchmark* idle
        = benchmark::RegisterBenchmark("pollServerWith200Sessions", pollServerWith200Sessions)
              ->ArgName("realistic_texts");
    if (!bench::smoke())
        idle->Arg(0);
    idle->Arg(1)->Iterations(1)->Unit(benchmark::kSecond);
    benchmark::RegisterBenchmark("pollServerBusy", pollServerBusy)
        ->ArgNames({"busy", "idle"})
        ->Args({200, 0})
        ->Iterations(1)
        ->Unit(benchmark::kSecond);
    // Not in the smoke run: the busy poll's server time (five polls under pgbench, beside
    // other tests on two cores, swing from 1.5 to 5 ms), and 2,000 client backends (200 busy,
    // 1,800 idle, max_connections 2,100: a minute and several GB of backends).
    if (!bench::smoke()) {
        targets.push_back({"pollServerBusy/busy:200/idle:0", "server_mean_exec_ms", 1.0, "ms"});
        benchmark::RegisterBenchmark("pollServerBusy", pollServerBusy)
            ->ArgNames({"busy", "idle"})
            ->Args({200, 1800})
            ->Iterations(1)
            ->Unit(benchmark::kSecond);
        targets.push_back(
            {"pollServerBusy/busy:200/idle:1800", "client_cpu_percent_of_core", 1.0, "%"});
        targets.push_back({"pollServerBusy/busy:200/idle:1800", "server_mean_exec_ms", 3.0, "ms"});
    }
    const int status = runBenchmarks<QCoreApplication>(argc, argv, targets);
    sharedCluster().reset();
    return status;
}
