// Benchmark of polling PgBouncer's admin console (ctest label bench; scripts/test runs the
// bench-smoke twin): opsdash's PgBouncerMonitor at a 1 s interval (SHOW POOLS, SHOW STATS,
// SHOW CONFIG and SHOW SERVERS each second) against a real pgbouncer with
// default_pool_size 5 in front of a private cluster, twenty clients connected through it,
// five in a transaction and fifteen waiting. Counter: this process's CPU over the window
// (the clients it holds are idle: they cost it nothing), target ≤ 0.2 % of a core.
// OPSDASH_BENCH_SECONDS sets the window (default 60; 6 in the smoke run).
#include "../pg/TestCluster.h"
#include "../support/PgBouncerProcess.h"
#include "BenchMain.h"
#include "pg/PgBouncerMonitor.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <benchmark/benchmark.h>
#include <libpq-fe.h>
#include <memory>
#include <vector>

using namespace opsdash;

namespace {

int windowSeconds()
{
    const int seconds = qEnvironmentVariableIntValue("OPSDASH_BENCH_SECONDS");
    return seconds > 0 ? seconds : (bench::smoke() ? 6 : 60);
}

void pollPgBouncerEverySecond(benchmark::State& state)
{
    TestCluster cluster;
    if (!cluster.ok()) {
        state.SkipWithError(cluster.error().toUtf8().constData());
        return;
    }
    // PgBouncerProcess finds the server as the shared fixture's tests do.
    qputenv("OPSDASH_TEST_PG_SOCKET_DIR", cluster.value("OPSDASH_TEST_PG_SOCKET_DIR").toUtf8());
    qputenv("OPSDASH_TEST_PG_PORT", cluster.value("OPSDASH_TEST_PG_PORT").toUtf8());
    test::PgBouncerProcess pgbouncer{{QStringLiteral("default_pool_size = 5")}};
    if (!pgbouncer.ok()) {
        state.SkipWithError(pgbouncer.error().toUtf8().constData());
        return;
    }
    std::vector<std::unique_ptr<PGconn, decltype(&PQfinish)>> clients;
    for (int i = 0; i < 20; ++i) {
        clients.emplace_back(PQconnectdb(pgbouncer.conninfo().constData()), &PQfinish);
        if (PQstatus(clients.back().get()) != CONNECTION_OK
            || PQsendQuery(clients.back().get(), "BEGIN") != 1) {
            state.SkipWithError(PQerrorMessage(clients.back().get()));
            return;
        }
    }

    const int seconds = windowSeconds();
    double cpu = 0;
    int samples = 0;
    int waiting = 0;
    for (auto _ : state) {
        PgBouncerMonitor monitor;
        PgBouncerMonitor::Options options;
        options.conninfo = pgbouncer.adminConninfo("stats");
        options.interval = std::chrono::seconds{1};
        QEventLoop loop;
        QObject::connect(
            &monitor, &PgBouncerMonitor::sampled, &loop, [&](const PgBouncerSample& sample) {
                ++samples;
                waiting = sample.clientsWaiting();
            });
        QTimer::singleShot(std::chrono::seconds{seconds}, &loop, &QEventLoop::quit);
        const double before = bench::cpuSeconds();
        monitor.start(options);
        loop.exec();
        cpu = bench::cpuSeconds() - before;
        monitor.stop();
    }
    if (samples < seconds / 2) {
        state.SkipWithError("PgBouncer answered fewer than half of the polls");
        return;
    }
    state.counters["samples"] = samples;
    state.counters["clients_waiting"] = waiting;
    state.counters["client_cpu_percent_of_core"] = 100.0 * cpu / seconds;
}

BENCHMARK(pollPgBouncerEverySecond)->Iterations(1)->Unit(benchmark::kSecond);

} // namespace

int main(int argc, char** argv)
{
    return runBenchmarks<QCoreApplication>(
        argc, argv, {{"pollPgBouncerEverySecond", "client_cpu_percent_of_core", 0.2, "%"}});
}
