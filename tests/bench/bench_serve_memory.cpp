// `opsdash serve`'s resident memory after a simulated hour with 10 targets (issue 17's
// budget: at most 120 MB). The real ServeService with its real ServeTargets (engine,
// history file, alert evaluation, metrics copy), each fed 3600 one-second samples of a busy
// server (180 sessions of the default baseline's pools) through its monitor's sampled()
// signal, as fast as they go, with a /metrics render every 15 simulated seconds as a scrape
// does. Their conninfo points at a closed port, so no database is needed and the
// reconnection attempts run alongside. The figure is VmRSS once the history writers have
// caught up. The smoke run simulates 5 minutes.
#include "BenchMain.h"
#include "live/LiveTarget.h"
#include "serve/EventLog.h"
#include "serve/ServeService.h"
#include "support/ScriptedActivity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace opsdash;

namespace {

void simulatedHour(benchmark::State& state)
{
    const int targets = static_cast<int>(state.range(0));
    const int seconds = bench::smoke() ? 300 : 3600;
    QTemporaryDir dir;
    QFile devNull{QStringLiteral("/dev/null")};
    if (!dir.isValid() || !devNull.open(QIODevice::WriteOnly)) {
        state.SkipWithError("no temporary directory or /dev/null");
        return;
    }
    QTextStream quiet{&devNull};
    const QList<BackendSession> sessions = scripted::busyServer();
    double rss = 0;
    qsizetype metricsBytes = 0;
    qint64 ticks = 0;
    for (auto _ : state) {
        EventLog log{EventLog::Format::KeyValue, &quiet};
        ServeService service{log};
        QList<ServeTargetConfig> configs;
        for (int t = 0; t < targets; ++t) {
            ServeTargetConfig config;
            config.name = QStringLiteral("site-%1").arg(t);
            config.conninfo = QStringLiteral("host=127.0.0.1 port=1 connect_timeout=1");
            config.historyPath = dir.filePath(config.name + QStringLiteral(".sqlite"));
            config.interval = std::chrono::seconds{1};
            configs << config;
        }
        if (service.apply(configs)) {
            state.SkipWithError("the targets did not start");
            return;
        }
        // Every sample must reach its history file, or the figure measures nothing.
        ticks = 0;
        for (ServeTarget* target : service.targets()) {
            QObject::connect(&target->engine().history(), &HistoryStore::flushed,
                [&ticks](qint64 written, qint64) { ticks += written; });
        }
        const HttpEndpoint::Request scrape{"GET", "/metrics", "text/plain", false};
        for (int second = 0; second < seconds; ++second) {
            const ActivitySample sample
                = scripted::sample(sessions, scripted::Start.addSecs(second));
            for (ServeTarget* target : service.targets())
                emit target->engine().monitor().sampled(sample);
            if (second % 15 == 0)
                metricsBytes = service.handle(scrape).body.size();
            bench::runEventLoopOnce();
        }
        // The history writers catch up (their queues are memory too, but not the steady
        // state), then the figure.
        for (ServeTarget* target : service.targets())
            target->engine().history().flush();
        QElapsedTimer drain;
        drain.start();
        while (ticks < static_cast<qint64>(targets) * seconds && drain.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        rss = bench::residentMegabytes();
        service.stop();
    }
    if (ticks < static_cast<qint64>(targets) * seconds) {
        state.SkipWithError("not every sample reached the history");
        return;
    }
    state.counters["rss_mb"] = rss;
    state.counters["metrics_bytes"] = static_cast<double>(metricsBytes);
    state.counters["simulated_s"] = seconds;
    state.counters["history_ticks"] = static_cast<double>(ticks);
}
BENCHMARK(simulatedHour)->Arg(10)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    return runBenchmarks<QCoreApplication>(argc, argv, {{"simulatedHour/10", "rss_mb", 120, "MB"}});
}
