// Reading a pool's own statistics each second (PoolMetricsPoller: an HttpFetch of the
// application's /metrics, MetricsText, PoolStatistics) must add ≤ 0.2 % of a core
// (docs/reliability.md). The page is a Go service's: client_golang's DBStats series plus
// the Go runtime's and the process's usual ~100, served by a separate process (python3's
// http.server, a fresh connection per request, as a plain server would), so only opsdash's
// side is measured: this process's CPU over a window of polls at 1 s, minus its CPU over an
// equal window without them. OPSDASH_BENCH_SECONDS sets each window (default 60; 5 in the
// smoke run).
#include "../support/DefaultBaseline.h"
#include "BenchMain.h"
#include "live/PoolMetricsPoller.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

using namespace opsdash;

namespace {

int windowSeconds()
{
    const int seconds = qEnvironmentVariableIntValue("OPSDASH_BENCH_SECONDS");
    if (seconds > 0)
        return seconds;
    return bench::smoke() ? 5 : 60;
}

// What a Go service's /metrics holds: the DBStats collector's series and ~100 more.
QByteArray goServicePage()
{
    QByteArray text;
    const auto gauge = [&](const QByteArray& name, const QByteArray& labels, double value) {
        text += "# HELP " + name + " A series of the page.\n# TYPE " + name + " gauge\n" + name
            + labels + ' ' + QByteArray::number(value, 'g', 12) + '\n';
    };
    const QByteArray db = "{db_name=\"scheduling\"}";
    gauge("go_sql_idle_connections", db, 8);
    gauge("go_sql_in_use_connections", db, 12);
    gauge("go_sql_max_idle_closed_total", db, 1234);
    gauge("go_sql_max_idle_time_closed_total", db, 0);
    gauge("go_sql_max_lifetime_closed_total", db, 17);
    gauge("go_sql_max_open_connections", db, 50);
    gauge("go_sql_open_connections", db, 20);
    gauge("go_sql_wait_count_total", db, 321);
    gauge("go_sql_wait_duration_seconds_total", db, 12.345678);
    for (int i = 0; i < 100; ++i)
        gauge("go_memstats_series_" + QByteArray::number(i), {}, 1.5e6 + i);
    return text;
}

bool listening(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

void runFor(std::chrono::milliseconds time)
{
    QEventLoop loop;
    QTimer::singleShot(time, &loop, &QEventLoop::quit);
    loop.exec();
}

void pollAppMetricsEachSecond(benchmark::State& state)
{
    QTemporaryDir dir;
    QFile page{dir.filePath(QStringLiteral("metrics.txt"))};
    if (!page.open(QIODevice::WriteOnly) || page.write(goServicePage()) < 0) {
        state.SkipWithError("could not write the page");
        return;
    }
    page.close();
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    QProcess server;
    // Its request log is of no interest.
    server.setStandardOutputFile(QProcess::nullDevice());
    server.setStandardErrorFile(QProcess::nullDevice());
    server.start(QStringLiteral("python3"),
        {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
            QStringLiteral("127.0.0.1"), QString::number(port), QStringLiteral("--directory"),
            dir.path()});
    if (!server.waitForStarted(10000)) {
        state.SkipWithError("python3 -m http.server did not start");
        return;
    }
    for (int i = 0; i < 100 && !listening(port); ++i)
        runFor(std::chrono::milliseconds{100});
    if (!listening(port)) {
        state.SkipWithError("python3 -m http.server does not listen");
        return;
    }

    PoolSpec pool = *defaultBaseline().pool(u"scheduling");
    pool.metricsUrl = QStringLiteral("http://127.0.0.1:%1/metrics.txt").arg(port);
    const int seconds = windowSeconds();
    int readings = 0;
    double added = 0;
    for (auto _ : state) {
        // The same process, idle, for as long: what the event loop costs without the polls.
        double before = bench::cpuSeconds();
        runFor(std::chrono::seconds{seconds});
        const double idle = bench::cpuSeconds() - before;

        PoolMetricsPoller poller{pool, Thresholds::Live{}};
        QObject::connect(&poller, &PoolMetricsPoller::updated, &poller, [&] {
            if (!poller.statistics().stale())
                ++readings;
        });
        PoolMetricsPoller::Options options;
        options.interval = std::chrono::seconds{1};
        before = bench::cpuSeconds();
        poller.start(options);
        runFor(std::chrono::seconds{seconds});
        poller.stop();
        const double polling = bench::cpuSeconds() - before;
        if (poller.statistics().stale()) {
            state.SkipWithError(qPrintable(poller.statistics().error()));
            break;
        }
        added = polling - idle;
    }
    server.terminate();
    server.waitForFinished(5000);
    if (readings < seconds - 1) {
        state.SkipWithError(
            qPrintable(QStringLiteral("only %1 readings in %2 s").arg(readings).arg(seconds)));
        return;
    }
    state.counters["readings"] = readings;
    state.counters["page_kb"] = static_cast<double>(goServicePage().size()) / 1024.0;
    state.counters["added_cpu_percent_of_core"] = std::max(0.0, 100.0 * added / seconds);
}
BENCHMARK(pollAppMetricsEachSecond)->Iterations(1)->Unit(benchmark::kSecond);

} // namespace

int main(int argc, char** argv)
{
    return runBenchmarks<QCoreApplication>(
        argc, argv, {{"pollAppMetricsEachSecond", "added_cpu_percent_of_core", 0.2, "%"}});
}
