// Benchmarks for the live monitor (ctest label bench; scripts/test does not run them):
//  - parse + attribute + aggregate of 5,000 pg_stat_activity rows (target ≤ 2 ms a tick);
//  - the poll against a real server holding 200 client sessions at a 1 s interval:
//    opsdash's client CPU (target ≤ 1 % of a core) and the poll's server execution time
//    from pg_stat_statements (target mean ≤ 1 ms). OPSDASH_BENCH_SECONDS sets the window
//    (default 60; 10 in the smoke run). Run twice: sessions that never ran a statement (empty
//    texts, the cheapest case for the server), and sessions whose last statement is an ORM-sized
//    query of about 580 characters, as a web pool's connections usually show.
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
#include <QTimer>

#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <vector>

using namespace opsdash;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

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

void pollServerWith200Sessions(benchmark::State& state)
{
    const bool realisticTexts = state.range(0) != 0;
    const int seconds = qEnvironmentVariableIntValue("OPSDASH_BENCH_SECONDS") > 0
        ? qEnvironmentVariableIntValue("OPSDASH_BENCH_SECONDS")
        : (bench::smoke() ? 10 : 60);
    TestCluster cluster{{QStringLiteral("max_connections=260")}};
    if (!cluster.ok()) {
        state.SkipWithError(qPrintable(cluster.error()));
        return;
    }
    std::vector<std::unique_ptr<PGconn, decltype(&PQfinish)>> clients;
    const QByteArray conninfo = cluster.conninfo();
    for (int i = 0; i < 200; ++i) {
        const char* keywords[] = {"dbname", "application_name", nullptr};
        const char* values[]
            = {conninfo.constData(), i % 4 == 0 ? "scheduling-service" : "postgres.js", nullptr};
        clients.emplace_back(PQconnectdbParams(keywords, values, 1), &PQfinish);
        if (PQstatus(clients.back().get()) != CONNECTION_OK) {
            state.SkipWithError(PQerrorMessage(clients.back().get()));
            return;
        }
        if (realisticTexts)
            PQclear(PQexec(clients.back().get(), kRealisticQuery));
    }
    PQclear(PQexec(clients.front().get(), "SELECT pg_stat_statements_reset()"));

    double cpu = 0;
    int samples = 0;
    for (auto _ : state) {
        ActivityMonitor monitor{defaultBaseline()};
        ActivityMonitor::Options options;
        options.conninfo = conninfo;
        options.interval = std::chrono::seconds{1};
        QEventLoop loop;
        QObject::connect(
            &monitor, &ActivityMonitor::sampled, &loop, [&](const ActivitySample&) { ++samples; });
        QTimer::singleShot(std::chrono::seconds{seconds}, &loop, &QEventLoop::quit);
        // The floor beside it, at the same rate on its own backend: reading
        // pg_stat_get_activity and nothing else. What any pg_stat_activity reader pays.
        QTimer floor;
        QObject::connect(&floor, &QTimer::timeout, &loop, [&] {
            PQclear(PQexec(clients.front().get(),
                "SELECT s.pid /* floor */ FROM pg_catalog.pg_stat_get_activity(NULL) s"));
        });
        QTimer::singleShot(std::chrono::milliseconds{500}, &loop, [&] { floor.start(1000); });
        const double before = cpuSeconds();
        monitor.start(options);
        loop.exec();
        cpu = cpuSeconds() - before;
        monitor.stop();
    }

    std::unique_ptr<PGresult, decltype(&PQclear)> statements{
        PQexec(clients.front().get(),
            "SELECT calls, mean_exec_time, min_exec_time, max_exec_time, stddev_exec_time FROM "
            "pg_stat_statements "
            "WHERE query LIKE '%pg_stat_get_activity%' AND query LIKE '%leader_pid%' ORDER BY "
            "calls DESC LIMIT 1"),
        &PQclear};
    if (PQntuples(statements.get()) == 1) {
        state.counters["server_calls"] = QByteArray{PQgetvalue(statements.get(), 0, 0)}.toDouble();
        state.counters["server_mean_exec_ms"]
            = QByteArray{PQgetvalue(statements.get(), 0, 1)}.toDouble();
        state.counters["server_min_exec_ms"]
            = QByteArray{PQgetvalue(statements.get(), 0, 2)}.toDouble();
        // The first poll on a fresh backend fills its catalog caches; max shows that cost.
        state.counters["server_max_exec_ms"]
            = QByteArray{PQgetvalue(statements.get(), 0, 3)}.toDouble();
        state.counters["server_stddev_ms"]
            = QByteArray{PQgetvalue(statements.get(), 0, 4)}.toDouble();
    }
    std::unique_ptr<PGresult, decltype(&PQclear)> floorStatement{
        PQexec(clients.front().get(),
            "SELECT mean_exec_time FROM pg_stat_statements WHERE query LIKE '%/* floor */%' "
            "AND query NOT LIKE '%pg_stat_statements%'"),
        &PQclear};
    if (PQntuples(floorStatement.get()) == 1)
        state.counters["floor_mean_exec_ms"]
            = QByteArray{PQgetvalue(floorStatement.get(), 0, 0)}.toDouble();
    state.counters["samples"] = samples;
    state.counters["client_cpu_percent_of_core"] = 100.0 * cpu / seconds;
}
BENCHMARK(pollServerWith200Sessions)
    ->ArgName("realistic_texts")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(1)
    ->Unit(benchmark::kSecond);

} // namespace

int main(int argc, char** argv)
{
    return runBenchmarks<QCoreApplication>(argc, argv,
        {{"parseAttributeAggregate/5000", "cpu_time", 2.0, "ms"},
            {"pollServerWith200Sessions", "client_cpu_percent_of_core", 1.0, "%"},
            {"pollServerWith200Sessions", "server_mean_exec_ms", 1.0, "ms"}});
}
