// The overview's figures of issue 18 (ctest label bench; its bench-smoke twin runs short
// versions). Ten saved profiles, watched at once by the real window with the overview
// showing, 1600×900 offscreen:
// - BM_OverviewCpu10TargetsAt2s: the process's CPU time (every thread: the UI, the ten
//   history writers) over a window of real time while the ten engines poll a private
//   throwaway cluster every 2 s, as a percentage of one core (target ≤ 3 %). 60 s of
//   polling (4 s in the smoke run) after every target has polled once.
// - BM_Memory10TargetsSimulatedDay: the window made under a SimulatedClock; every 2
//   simulated seconds each of the ten engines is handed a sample of 200 backends (as the
//   window benchmarks of bench_dashboard do: the targets point at a port nothing listens
//   on, so nothing polls behind the benchmark's back) and every timer of the window and the
//   engines fires as often as in a real day (history flushes and maintenance, the overview's
//   ticker, the reconnect backoff); the event loop runs once a simulated minute. Each
//   profile names its own database, so each target writes a history file of its own. VmRSS
//   and the ten history files' size at 6, 12 and 24 h (5 minutes in the smoke run), target
//   ≤ 300 MB.
#include "../pg/SyntheticActivity.h"
#include "../pg/TestCluster.h"
#include "../support/DefaultBaseline.h"
#include "BenchMain.h"
#include "clock/SimulatedClock.h"
#include "gui/window/MainWindow.h"
#include "history/HistoryPaths.h"
#include "history/HistoryStore.h"
#include "live/LiveTarget.h"
#include "live/TargetFleet.h"
#include "model/PoolAttributor.h"
#include "pg/ActivityMonitor.h"
#include "pg/ActivityQuery.h"
#include "secrets/ProfileStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>
#include <optional>
#include <sys/resource.h>

using namespace opsdash;

namespace {

constexpr int Targets = 10;
constexpr int IntervalSeconds = 2;
const qint64 CpuWindowMs = bench::smoke() ? 4'000 : 60'000;
// After every target's first poll: the work of the first polls (history files, settings).
const qint64 WarmUpMs = bench::smoke() ? 2'000 : 4'000;
// Samples per target: a day at 2 s (5 minutes, one maintenance run, in the smoke run).
const qint64 SimulatedSteps = bench::smoke() ? 150 : 24 * 3600 / IntervalSeconds;
constexpr qint64 StepsPerMinute = 60 / IntervalSeconds;
constexpr int Variants = 16;

QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

// Replaces the saved profiles with ten, polled every 2 s, the i-th on `conninfo(i)`.
template<typename Conninfo>
void saveProfiles(Conninfo conninfo)
{
    QSettings{}.clear();
    ProfileStore store;
    for (int i = 0; i < Targets; ++i) {
        Profile profile;
        profile.name = QStringLiteral("target-%1").arg(i, 2, 10, QLatin1Char{'0'});
        profile.style = Profile::ConnectionStyle::Conninfo;
        profile.conninfo = conninfo(i);
        profile.intervalSeconds = IntervalSeconds;
        store.save(profile);
    }
    store.sync();
}

// Process CPU time, every thread, in ms.
double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& time) {
        return static_cast<double>(time.tv_sec) * 1e3 + static_cast<double>(time.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// Runs the event loop for `ms` of real time.
void runFor(qint64 ms)
{
    QEventLoop loop;
    QTimer::singleShot(static_cast<int>(ms), &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `done` or `timeoutMs` passed; returns `done()`.
template<typename Done>
bool runUntil(Done done, qint64 timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

struct Overview
{
    MainWindow window{defaultBaseline(), TargetOptions{}};
    Overview()
    {
        window.resize(1600, 900);
        window.show();
        window.showOverview();
    }
    bool allWatched() const { return window.fleet()->targets().size() == Targets; }
    bool allPolled() const
    {
        if (!allWatched())
            return false;
        for (const WatchedTarget* watched : window.fleet()->targets()) {
            if (!watched->lastPollAt().isValid())
                return false;
        }
        return true;
    }
};

void BM_OverviewCpu10TargetsAt2s(benchmark::State& state)
{
    static const TestCluster cluster;
    if (!cluster.ok()) {
        state.SkipWithError(qPrintable(cluster.error()));
        return;
    }
    saveProfiles([](int) { return QString::fromUtf8(cluster.conninfo()); });
    for (auto _ : state) {
        Overview shown;
        if (!runUntil([&shown] { return shown.allPolled(); }, 60'000)) {
            state.SkipWithError("not every target polled within 60 s");
            return;
        }
        qint64 polls = 0;
        for (WatchedTarget* watched : shown.window.fleet()->targets())
            QObject::connect(
                &watched->target(), &LiveTarget::sampled, &shown.window, [&polls] { ++polls; });
        runFor(WarmUpMs);
        polls = 0;
        QElapsedTimer wall;
        wall.start();
        const double cpuStart = processCpuMs();
        runFor(CpuWindowMs);
        const double cpuMs = processCpuMs() - cpuStart;
        const auto wallMs = static_cast<double>(wall.elapsed());
        state.counters["cpu_percent_of_core"] = 100.0 * cpuMs / wallMs;
        state.counters["cpu_ms"] = cpuMs;
        state.counters["wall_s"] = wallMs / 1000.0;
        state.counters["polls"] = static_cast<double>(polls);
        state.counters["targets"] = Targets;
        state.counters["rss_MB"] = bench::residentMegabytes();
        if (polls < Targets * (CpuWindowMs / (IntervalSeconds * 1000)) / 2) {
            state.SkipWithError("the targets polled less than half as often as asked");
            return;
        }
    }
}
BENCHMARK(BM_OverviewCpu10TargetsAt2s)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

// Poll `tick` of a platform with 200 backends, 5 % of them replaced each tick.
std::vector<ActivitySample> samples200()
{
    const PoolAttributor attributor{defaultBaseline()};
    const QByteArray names[] = {"postgres.js", "postgres.js", "scheduling-service", ""};
    const QByteArray states[] = {"idle", "active", "idle", "idle in transaction", "idle"};
    std::vector<ActivitySample> samples;
    for (int tick = 0; tick < Variants; ++tick) {
        QList<SyntheticRow> rows;
        for (int i = 0; i < 200; ++i) {
            SyntheticRow row;
            row.pid = 10'000 + i + ((i % 20 == tick % 20) ? tick * 1000 : 0);
            row.applicationName = names[i % 4];
            row.usename = QByteArray{"app"};
            row.state = states[(i + tick) % 5];
            row.query = QByteArray{"SELECT o.id FROM orders o WHERE o.customer_id = $1 -- "}
                + QByteArray::number(i * 7 + tick);
            rows << row;
        }
        samples.push_back(
            ActivityQuery::parseActivity(syntheticActivity(rows, 1'800'000'000'000 + tick * 1000),
                attributor, 1, syntheticDatabases()));
    }
    return samples;
}

// The history files with their write-ahead logs, in MB: the ten targets' (the directory is
// emptied before their window is made).
double historyMegabytes()
{
    const QDir dir{HistoryPaths::defaultDirectory()};
    QStringList paths;
    for (const QString& name : dir.entryList(QDir::Files))
        paths << dir.filePath(name);
    return bench::fileMegabytes(paths);
}

void BM_Memory10TargetsSimulatedDay(benchmark::State& state)
{
    const std::vector<ActivitySample> samples = samples200();
    // A database name each: a history file each, as ten real targets have.
    saveProfiles([](int i) {
        return QStringLiteral("host=127.0.0.1 port=1 dbname=bench-%1 connect_timeout=1").arg(i);
    });
    const qint64 startMs = (QDateTime::currentMSecsSinceEpoch() / 1000) * 1000 - 24 * 3600 * 1000;
    const qint64 checkpoints[] = {SimulatedSteps / 4, SimulatedSteps / 2, SimulatedSteps};
    const auto label = [](qint64 steps) {
        const qint64 seconds = steps * IntervalSeconds;
        if (seconds % 3600 == 0)
            return std::to_string(seconds / 3600) + 'h';
        return seconds % 60 == 0 ? std::to_string(seconds / 60) + "min"
                                 : std::to_string(seconds) + 's';
    };
    for (auto _ : state) {
        QDir{HistoryPaths::defaultDirectory()}.removeRecursively();
        SimulatedClock simulated{startMs};
        const ScopedClock scope{simulated};
        std::optional<Overview> shown{std::in_place};
        if (!runUntil([&shown] { return shown->allWatched(); }, 60'000)) {
            state.SkipWithError("the ten profiles were not all watched within 60 s");
            return;
        }
        qint64 flushes = 0;
        qint64 maintenanceRuns = 0;
        for (WatchedTarget* watched : shown->window.fleet()->targets()) {
            HistoryStore& history = watched->target().history();
            QObject::connect(&history, &HistoryStore::flushed, &history, [&flushes] { ++flushes; });
            QObject::connect(&history, &HistoryStore::maintenanceFinished, &history,
                [&maintenanceRuns] { ++maintenanceRuns; });
        }
        const double before = bench::residentMegabytes();
        const qint64 firingsBefore = simulated.firings();
        QElapsedTimer wall;
        wall.start();
        std::size_t next = 0;
        for (qint64 step = 1; step <= SimulatedSteps; ++step) {
            simulated.advanceTo(startMs + step * IntervalSeconds * 1000);
            const QDateTime now = simulated.nowUtc();
            ActivitySample sample = samples[static_cast<std::size_t>(step % Variants)];
            sample.serverTime = now;
            sample.receivedAt = now;
            for (WatchedTarget* watched : shown->window.fleet()->targets())
                emit watched->target().monitor().sampled(sample);
            if (step % StepsPerMinute == 0)
                bench::runEventLoopOnce();
            if (step == checkpoints[next]) {
                bench::runEventLoopOnce();
                const double rss = bench::residentMegabytes();
                const double files = historyMegabytes();
                state.counters["rss_MB_" + label(step)] = rss;
                state.counters["history_MB_" + label(step)] = files;
                // As it goes: the full run takes a while.
                std::fprintf(stderr, "simulated %s: RSS %.1f MB, history %.1f MB, %.0f s wall\n",
                    label(step).c_str(), rss, files, static_cast<double>(wall.elapsed()) / 1000.0);
                ++next;
            }
        }
        state.counters["rss_MB_before"] = before;
        state.counters["rss_MB"] = bench::residentMegabytes();
        state.counters["timer_firings"] = static_cast<double>(simulated.firings() - firingsBefore);
        state.counters["flushes"] = static_cast<double>(flushes);
        state.counters["maintenance_runs"] = static_cast<double>(maintenanceRuns);
        state.counters["samples_per_target"] = static_cast<double>(SimulatedSteps);
        state.counters["targets"] = Targets;
        state.counters["wall_s"] = static_cast<double>(wall.elapsed()) / 1000.0;
        shown.reset(); // the window and its timers go before the clock they run on
    }
}
BENCHMARK(BM_Memory10TargetsSimulatedDay)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window's history files, settings and profiles go to a throwaway place.
    qputenv("XDG_DATA_HOME", scratch().filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", scratch().filePath(QStringLiteral("config")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("opsdash"));
    QCoreApplication::setApplicationName(QStringLiteral("opsdash"));
    return runBenchmarks<QApplication>(argc, argv,
        {{"BM_OverviewCpu10TargetsAt2s", "cpu_percent_of_core", 3.0, "%"},
            {"BM_Memory10TargetsSimulatedDay", "rss_MB", 300.0, "MB"}});
}
