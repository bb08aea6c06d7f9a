// The dashboard window's figures of issue 7 (ctest label bench):
// Fixture files go to a temporary dir, or to $OPSDASH_BENCH_DIR to keep them between runs.
// - one chart frame over 7 days of 1 s history for 4 pools at 1600×900 offscreen: the range
//   read decimated to the plot's pixel columns, showRange() (replace, no append) and a
//   render of the widget (target ≤ 16 ms). The read runs on the history worker thread in
//   the application; it is timed here on the benchmark's thread and reported apart.
// - a whole window's tick with 200 backends and 200 login sessions: the sample through
//   LiveTarget (history append, usage window, live rules), the pool panel, drift rows,
//   alerts, the activity table, a new sessions read, then layout and repaint of what
//   changed (target ≤ 5 ms).
// - resident memory after a simulated day at 1 s (BM_MemorySimulatedDayAt1s): the window
//   runs on a SimulatedClock, so every timer fires as often as in a real day, with RSS and
//   the history file's size at 6, 12 and 24 h, VmRSS from /proc/self/status (target ≤ 200 MB).
// - resident memory after 86,400 samples fed back to back, the timers all but idle
//   (BM_MemoryAfter86400FedSamples, the figure once reported as "24 h"; target ≤ 200 MB).
// Both memory benchmarks also hold the growth over the run (rss_MB_growth) to ≤ 30 MB: the
// smoke run's 3× allowance on the absolute figure would let a growth of hundreds of MB
// through, as it did while deferred deletes never ran (bench::runEventLoopOnce()).
// The smoke run (OPSDASH_BENCH_SMOKE) charts 1 day instead of 7 (3 frames instead of 10)
// and simulates or feeds 1 h instead of 24, against the same targets.
#include "../history/HistoryTestData.h"
#include "../pg/SyntheticActivity.h"
#include "../sessions/DemoSessions.h"
#include "../support/DefaultBaseline.h"
#include "BenchMain.h"
#include "clock/SimulatedClock.h"
#include "gui/chart/HistoryChart.h"
#include "gui/common/Theme.h"
#include "gui/sessions/SessionsPanel.h"
#include "gui/window/MainWindow.h"
#include "history/HistoryDatabase.h"
#include "history/HistoryPaths.h"
#include "history/HistoryStore.h"
#include "live/LiveSessions.h"
#include "live/LiveTarget.h"
#include "model/PoolAttributor.h"
#include "pg/ActivityMonitor.h"
#include "pg/ActivityQuery.h"

#include <QApplication>
#include <QChart>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>

using namespace opsdash;

namespace {

const qint64 ChartDays = bench::smoke() ? 1 : 7;
const qint64 SevenDays = ChartDays * 24 * 3600; // ticks at 1 s (1 day in the smoke run)
const qint64 MemoryTicks = bench::smoke() ? 3600 : 24 * 3600;
// The simulated day: 10 minutes in the smoke run (bench-smoke's budget is seconds).
const qint64 SimulatedTicks = bench::smoke() ? 600 : 24 * 3600;
// Paints coalesce to one per simulated minute: a repaint of the whole window every second
// would take the benchmark an hour, and leaves nothing behind that memory would show.
constexpr qint64 PaintEveryTicks = 60;
constexpr int Variants = 16;

using Wall = std::chrono::steady_clock;
double msSince(Wall::time_point start)
{
    return std::chrono::duration<double, std::milli>(Wall::now() - start).count();
}

// CPU time of the calling thread, in ms: what the UI thread spent, without the time it
// waited for a core on a busy machine.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

// OPSDASH_BENCH_DIR keeps the 7-day files between runs (writing them takes a minute or two).
QString fixtureDir()
{
    return qEnvironmentVariableIsSet("OPSDASH_BENCH_DIR")
        ? qEnvironmentVariable("OPSDASH_BENCH_DIR")
        : scratch().path();
}

// 7 days of 1 s ticks, 4 pools, written once. `rolled`: maintenance ran at the end, so all
// but the last 48 h are 1-minute rollups — the file as the application keeps it.
QString sevenDayFile(bool rolled)
{
    const QString days = QString::number(ChartDays);
    const QString raw = fixtureDir() + QStringLiteral("/%1d-raw.sqlite").arg(days);
    const QString maintained = fixtureDir() + QStringLiteral("/%1d-rolled.sqlite").arg(days);
    if (!QFileInfo::exists(raw)) {
        auto db = HistoryDatabase::open(raw);
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        QList<HistoryTick> batch;
        for (qint64 i = 0; i < SevenDays; ++i) {
            HistoryTick tick = historytest::tick(i % 3600);
            tick.time = historytest::timeOf(i);
            batch.append(tick);
            if (batch.size() == 8192 || i == SevenDays - 1) {
                if (const auto written = db.value()->write(batch, {}); !written)
                    qFatal("%s", qPrintable(written.error().toString()));
                batch.clear();
            }
        }
        db.value().reset();
        QFile::copy(raw, maintained);
        auto copy = HistoryDatabase::open(maintained);
        if (!copy || !copy.value()->maintain(historytest::timeOf(SevenDays), HistoryRetention{}))
            qFatal("maintenance failed");
    }
    return rolled ? maintained : raw;
}

void BM_ChartFrame7dAt1600x900(benchmark::State& state)
{
    const bool rolled = state.range(0) != 0;
    auto db = HistoryDatabase::open(sevenDayFile(rolled), HistoryDatabase::Mode::Reader);
    if (!db) {
        state.SkipWithError(qPrintable(db.error().toString()));
        return;
    }
    HistoryChart chart{defaultBaseline()};
    chart.resize(1600, 900);
    chart.show();
    QCoreApplication::processEvents();
    const qint64 to = historytest::timeOf(SevenDays - 1);
    const qint64 from = to - SevenDays * 1000;
    const auto fromTime = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
    const auto toTime = QDateTime::fromMSecsSinceEpoch(to, Qt::UTC);
    // As MainWindow::requestHistory asks: one bucket per pixel column, min and max each.
    const int columns = static_cast<int>(chart.chart()->plotArea().width());
    double readMs = 0;
    double showMs = 0;
    double renderMs = 0;
    double uiCpuMs = 0;
    qsizetype points = 0;
    // OPSDASH_BENCH_READ_ONCE: the same range every frame, for profiling the UI part alone.
    const bool readOnce = qEnvironmentVariableIsSet("OPSDASH_BENCH_READ_ONCE");
    Result<HistoryRange> once = db.value()->readRange(from, to, columns);
    for (auto _ : state) {
        auto start = Wall::now();
        const Result<HistoryRange> range
            = readOnce ? once : db.value()->readRange(from, to, columns);
        if (!range) {
            state.SkipWithError(qPrintable(range.error().toString()));
            return;
        }
        readMs += msSince(start);
        start = Wall::now();
        const double cpuStart = threadCpuMs();
        chart.showRange(*range, fromTime, toTime);
        showMs += msSince(start);
        start = Wall::now();
        const QPixmap frame = chart.grab();
        renderMs += msSince(start);
        uiCpuMs += threadCpuMs() - cpuStart;
        benchmark::DoNotOptimize(frame.width());
        points = chart.pointsOf(QStringLiteral("web")).size();
    }
    const auto n = static_cast<double>(state.iterations());
    state.counters["read_ms"] = readMs / n;
    state.counters["show_ms"] = showMs / n;
    state.counters["render_ms"] = renderMs / n;
    state.counters["ui_thread_ms"] = (showMs + renderMs) / n;
    state.counters["ui_thread_cpu_ms"] = uiCpuMs / n;
    state.counters["columns"] = columns;
    state.counters["web_points"] = static_cast<double>(points);
    state.counters["days"] = static_cast<double>(ChartDays);
    // OPSDASH_BENCH_PNG_DIR: the frame as drawn, light and dark, to look at before/after.
    if (qEnvironmentVariableIsSet("OPSDASH_BENCH_PNG_DIR") && once) {
        const QString base = qEnvironmentVariable("OPSDASH_BENCH_PNG_DIR")
            + QStringLiteral("/chartframe-")
            + (rolled ? QStringLiteral("rolled") : QStringLiteral("raw"));
        chart.setPalette(Theme::lightPalette());
        chart.showRange(*once, fromTime, toTime);
        chart.grab().save(base + QStringLiteral("-light.png"));
        chart.setPalette(Theme::darkPalette());
        chart.showRange(*once, fromTime, toTime);
        chart.grab().save(base + QStringLiteral("-dark.png"));
        // A day at the same size: not dense, antialiased 2 px lines.
        const qint64 dayFrom = to - 24 * 3600 * 1000;
        if (const Result<HistoryRange> day = db.value()->readRange(dayFrom, to, columns / 4)) {
            const auto dayFromTime = QDateTime::fromMSecsSinceEpoch(dayFrom, Qt::UTC);
            chart.showRange(*day, dayFromTime, toTime);
            chart.grab().save(base + QStringLiteral("-1d-dark.png"));
            chart.setPalette(Theme::lightPalette());
            chart.showRange(*day, dayFromTime, toTime);
            chart.grab().save(base + QStringLiteral("-1d-light.png"));
        }
    }
}
BENCHMARK(BM_ChartFrame7dAt1600x900)
    ->ArgName("rolled")
    ->Arg(1)
    ->Arg(0)
    ->Iterations(bench::smoke() ? 3 : 10)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Poll `tick` of a platform with `sessions` backends; 5 % of them replaced each tick.
PgResult poll(int tick, int sessions)
{
    const QByteArray names[]
        = {"postgres.js", "postgres.js", "postgres.js", "scheduling-service", ""};
    const QByteArray states[] = {"idle", "active", "idle", "idle in transaction", "idle"};
    QList<SyntheticRow> rows;
    for (int i = 0; i < sessions; ++i) {
        SyntheticRow row;
        const int replaced = (i % 20 == tick % 20) ? tick : 0;
        row.pid = 10'000 + i + replaced * 1000;
        row.applicationName = names[i % 5];
        row.usename = i % 5 == 3 ? QByteArray{"scheduler"} : QByteArray{"app"};
        row.state = states[(i + tick) % 5];
        row.query = QByteArray{"SELECT o.id, o.total FROM orders o WHERE o.customer_id = $1 -- "}
            + QByteArray::number(i * 7 + tick);
        rows << row;
    }
    return syntheticActivity(rows, 1'800'000'000'000 + tick * 1000);
}

std::vector<ActivitySample> samples200()
{
    std::vector<ActivitySample> samples;
    const PoolAttributor attributor{defaultBaseline()};
    for (int tick = 0; tick < Variants; ++tick)
        samples.push_back(
            ActivityQuery::parseActivity(poll(tick, 200), attributor, 1, syntheticDatabases()));
    return samples;
}

// The real window on a target that never answers (nothing polls behind the benchmark's
// back); its LiveTarget and panels are fed the samples directly.
struct Window
{
    MainWindow window{defaultBaseline(), [] {
                          TargetOptions options;
                          options.hasDatabase = true;
                          options.conninfo = QStringLiteral(
                              "host=127.0.0.1 port=1 dbname=bench connect_timeout=1");
                          return options;
                      }()};
    Window()
    {
        window.resize(1600, 900);
        window.show();
        QCoreApplication::processEvents();
    }
    void tick(const ActivitySample& sample) { emit window.monitor()->sampled(sample); }
};

ActivitySample at(const ActivitySample& variant, const QDateTime& time)
{
    ActivitySample sample = variant;
    sample.serverTime = time;
    sample.receivedAt = time;
    return sample;
}

void BM_WindowTick200(benchmark::State& state)
{
    const std::vector<ActivitySample> samples = samples200();
    Window shown;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QList<SessionSnapshot> snapshots;
    for (int i = 0; i < Variants; ++i)
        snapshots.append(test::demoSnapshot(200, start.addSecs(i)));
    const bool newRead = state.range(0) != 0;
    shown.window.liveSessions()->takeSnapshot(snapshots.at(0));
    qint64 tick = 0;
    for (auto _ : state) {
        const auto index = static_cast<std::size_t>(tick % Variants);
        shown.tick(at(samples[index], start.addSecs(tick)));
        // Every second the sessions countdown moves; now and then a new read arrives.
        if (newRead)
            shown.window.liveSessions()->takeSnapshot(snapshots.at(static_cast<qsizetype>(index)));
        else
            shown.window.sessionsPanel()->showElapsed((tick + 1) * 1000);
        // Layout and the repaint of what changed, as the event loop does next.
        bench::runEventLoopOnce();
        ++tick;
    }
    state.counters["new_sessions_read"] = newRead ? 1 : 0;
    state.counters["backends"] = 200;
    state.counters["login_sessions"] = 200;
}
BENCHMARK(BM_WindowTick200)
    ->ArgName("sessions_read")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// What the old "24 h" figure measures: 86,400 samples fed back to back (3,600 in the smoke
// run) with the timers all but idle, not a day.
void BM_MemoryAfter86400FedSamples(benchmark::State& state)
{
    const std::vector<ActivitySample> samples = samples200();
    for (auto _ : state) {
        Window shown;
        const double before = bench::residentMegabytes();
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
        const auto wallStart = Wall::now();
        for (qint64 tick = 0; tick < MemoryTicks; ++tick) {
            shown.tick(at(samples[static_cast<std::size_t>(tick % Variants)], start.addSecs(tick)));
            if (tick % 30 == 0) // the sessions source reads less often than the pools
                shown.window.liveSessions()->takeSnapshot(
                    test::demoSnapshot(200, start.addSecs(tick)));
            if (tick % 20 == 0) // let queued signals, timers and repaints run
                bench::runEventLoopOnce();
        }
        bench::runEventLoopOnce();
        const double after = bench::residentMegabytes();
        state.counters["rss_MB_before"] = before;
        state.counters["rss_MB"] = after;
        state.counters["rss_MB_growth"] = after - before;
        state.counters["ticks"] = static_cast<double>(MemoryTicks);
        state.counters["wall_s"] = msSince(wallStart) / 1000.0;
    }
}
BENCHMARK(BM_MemoryAfter86400FedSamples)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

// Writes SimulatedTicks ticks at 1 s from 48 h (the raw age) before `startMs` on, from a
// connection of its own while the window's worker waits for the simulated clock: each
// maintenance run then rolls up the 5 minutes that have just grown old enough.
void seedBeforeRawAge(const QString& path, qint64 startMs)
{
    auto db = HistoryDatabase::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    const qint64 first = startMs - HistoryRetention{}.rawAge.count();
    QList<HistoryTick> batch;
    for (qint64 i = 0; i < SimulatedTicks; ++i) {
        HistoryTick tick = historytest::tick(i % 3600);
        tick.time = first + i * 1000;
        batch.append(tick);
        if (batch.size() == 8192 || i == SimulatedTicks - 1) {
            if (const auto written = db.value()->write(batch, {}); !written)
                qFatal("%s", qPrintable(written.error().toString()));
            batch.clear();
        }
    }
}

// A simulated day (10 minutes in the smoke run) at 1 s: the window is made under a
// SimulatedClock, which moves one second per sample and fires every timer of the window on
// its way (chart redraw, status bar, sessions countdown and critical-session alerts, history
// flush and maintenance with its rollups, the reconnect backoff) as often as in a real day;
// the event loop runs once a simulated minute (PaintEveryTicks).
// Before the run the history file gets, from a second connection, the same span of 1 s
// ticks from 48 h before the start on: maintenance rolls those up as the day goes, as it
// does in a file that has been written for more than two days.
void BM_MemorySimulatedDayAt1s(benchmark::State& state)
{
    const std::vector<ActivitySample> samples = samples200();
    const qint64 startMs = (QDateTime::currentMSecsSinceEpoch() / 1000) * 1000 - 24 * 3600 * 1000;
    // RSS and file size at a quarter, half and all of the run: 6, 12 and 24 h.
    const qint64 checkpoints[] = {SimulatedTicks / 4, SimulatedTicks / 2, SimulatedTicks};
    const auto label = [](qint64 ticks) {
        return ticks % 3600 == 0 ? std::to_string(ticks / 3600) + 'h'
                                 : std::to_string(ticks / 60) + "min";
    };
    for (auto _ : state) {
        SimulatedClock simulated{startMs};
        const ScopedClock scope{simulated};
        std::optional<Window> shown{std::in_place};
        HistoryStore& history = shown->window.liveTarget()->history();
        const QString path = HistoryPaths::defaultPathForTarget(shown->window.monitor()->target());
        qint64 maintenanceRuns = 0;
        qint64 rolledUp = 0;
        qint64 flushes = 0;
        QObject::connect(&history, &HistoryStore::maintenanceFinished, &history,
            [&](const HistoryMaintenanceReport& report) {
                ++maintenanceRuns;
                rolledUp += report.rolledTicks;
            });
        QObject::connect(&history, &HistoryStore::flushed, &history, [&flushes] { ++flushes; });
        const auto wallStart = Wall::now();
        while (!QFileInfo::exists(path) && msSince(wallStart) < 30'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        if (!QFileInfo::exists(path)) {
            state.SkipWithError("the window's history file did not open");
            return;
        }
        seedBeforeRawAge(path, startMs);
        const double before = bench::residentMegabytes();
        const qint64 firingsBefore = simulated.firings();
        std::size_t next = 0;
        for (qint64 tick = 1; tick <= SimulatedTicks; ++tick) {
            simulated.advanceTo(startMs + tick * 1000);
            const QDateTime now = simulated.nowUtc();
            shown->tick(at(samples[static_cast<std::size_t>(tick % Variants)], now));
            if (tick % 30 == 0) // the sessions source reads less often than the pools
                shown->window.liveSessions()->takeSnapshot(test::demoSnapshot(200, now));
            // What the timers and the samples posted: the history's answers, repaints.
            if (tick % PaintEveryTicks == 0)
                bench::runEventLoopOnce();
            if (tick == checkpoints[next]) {
                bench::runEventLoopOnce();
                const double rss = bench::residentMegabytes();
                const double file = bench::fileMegabytes({path, path + QStringLiteral("-wal")});
                state.counters["rss_MB_" + label(tick)] = rss;
                state.counters["history_MB_" + label(tick)] = file;
                // As it goes: the full run takes a while.
                std::fprintf(stderr, "simulated %s: RSS %.1f MB, history %.1f MB\n",
                    label(tick).c_str(), rss, file);
                ++next;
            }
        }
        const double after = bench::residentMegabytes();
        state.counters["rss_MB_before"] = before;
        state.counters["rss_MB"] = after;
        state.counters["rss_MB_growth"] = after - before;
        state.counters["timer_firings"] = static_cast<double>(simulated.firings() - firingsBefore);
        state.counters["flushes"] = static_cast<double>(flushes);
        state.counters["maintenance_runs"] = static_cast<double>(maintenanceRuns);
        state.counters["rolled_up_ticks"] = static_cast<double>(rolledUp);
        state.counters["simulated_h"] = static_cast<double>(SimulatedTicks) / 3600.0;
        state.counters["wall_s"] = msSince(wallStart) / 1000.0;
        shown.reset(); // the window and its timers go before the clock they run on
    }
}
BENCHMARK(BM_MemorySimulatedDayAt1s)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window's history file and settings go to a throwaway place.
    qputenv("XDG_DATA_HOME", scratch().filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", scratch().filePath(QStringLiteral("config")).toUtf8());
    return runBenchmarks<QApplication>(argc, argv,
        {{"BM_ChartFrame7dAt1600x900", "ui_thread_cpu_ms", 16.0, "ms"},
            {"BM_WindowTick200", "cpu_time", 5.0, "ms"},
            {"BM_MemoryAfter86400FedSamples", "rss_MB", 200.0, "MB"},
            {"BM_MemoryAfter86400FedSamples", "rss_MB_growth", 30.0, "MB"},
            {"BM_MemorySimulatedDayAt1s", "rss_MB", 200.0, "MB"},
            {"BM_MemorySimulatedDayAt1s", "rss_MB_growth", 30.0, "MB"}});
}
