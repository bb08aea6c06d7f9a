// A tick's UI update of the activity panel with 200 client sessions (target ≤ 5 ms):
// the poll result parsed into a sample as ActivityMonitor does (lazy session rows over a
// PGresult), then ActivityModel updated in place, the sorted filter proxy and the summary,
// and — in the "painted" variant — the visible table repainted offscreen at 1600×1000.
// Each tick churns: some backends leave, others arrive, states and durations change.
#include "../pg/SyntheticActivity.h"
#include "../support/DefaultBaseline.h"
#include "BenchMain.h"
#include "gui/activity/ActivityModel.h"
#include "gui/activity/ActivityPanel.h"
#include "pg/ActivityQuery.h"

#include <QApplication>
#include <QTableView>

#include <benchmark/benchmark.h>

using namespace opsdash;

namespace {

constexpr int Variants = 16;

// Poll `tick` of a platform holding `sessions` backends; ~5 % of them are replaced a tick.
PgResult poll(int tick, int sessions)
{
    const QByteArray names[]
        = {"postgres.js", "postgres.js", "postgres.js", "scheduling-service", ""};
    const QByteArray states[] = {"idle", "active", "idle", "idle in transaction", "idle"};
    QList<SyntheticRow> rows;
    for (int i = 0; i < sessions; ++i) {
        SyntheticRow row;
        const int replaced = (i % 20 == tick % 20) ? tick : 0; // a new backend in this slot
        row.pid = 10'000 + i + replaced * 1000;
        row.applicationName = names[i % 5];
        row.usename = i % 5 == 3 ? QByteArray{"scheduler"} : QByteArray{"app"};
        row.state = states[(i + tick) % 5];
        row.query = QByteArray{"SELECT o.id, o.total, o.status FROM orders o WHERE "
                               "o.customer_id = $1 ORDER BY o.created_at DESC LIMIT 20 -- "}
            + QByteArray::number(i * 7 + tick);
        rows << row;
    }
    return syntheticActivity(rows, 1'800'000'000'000 + tick * 1000);
}

struct Ticks
{
    std::vector<ActivitySample> samples;

    explicit Ticks(int sessions)
    {
        const PoolAttributor attributor{defaultBaseline()};
        for (int tick = 0; tick < Variants; ++tick) {
            samples.push_back(ActivityQuery::parseActivity(
                poll(tick, sessions), attributor, 1, syntheticDatabases()));
            samples.back().serverTime
                = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000 + tick * 1000, Qt::UTC);
        }
    }
};

void activityModelUpdate(benchmark::State& state)
{
    const Ticks ticks{static_cast<int>(state.range(0))};
    ActivityModel model;
    std::size_t tick = 0;
    for (auto _ : state) {
        model.setSample(ticks.samples[tick++ % ticks.samples.size()]);
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["sessions"] = static_cast<double>(state.range(0));
}
BENCHMARK(activityModelUpdate)->Arg(200)->Arg(2000)->Unit(benchmark::kMillisecond);

void activityPanelTick(benchmark::State& state)
{
    const Ticks ticks{static_cast<int>(state.range(0))};
    const bool painted = state.range(1) != 0;
    ActivityPanel panel{defaultBaseline()};
    panel.resize(1600, 1000);
    panel.show();
    panel.showSample(ticks.samples.front());
    panel.selectPid(10'001);
    std::size_t tick = 1;
    for (auto _ : state) {
        panel.showSample(ticks.samples[tick++ % ticks.samples.size()]);
        if (painted)
            panel.table()->viewport()->repaint();
        benchmark::DoNotOptimize(panel.table()->model()->rowCount());
    }
    state.counters["sessions"] = static_cast<double>(state.range(0));
    state.counters["painted"] = painted ? 1 : 0;
}
BENCHMARK(activityPanelTick)
    ->Args({200, 0})
    ->Args({200, 1})
    ->Args({2000, 1})
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Targets for 200 sessions; 2,000 is reported for scale.
    return runBenchmarks<QApplication>(argc, argv,
        {{"activityModelUpdate/200", "cpu_time", 5.0, "ms"},
            {"activityPanelTick/200/0", "cpu_time", 5.0, "ms"},
            {"activityPanelTick/200/1", "cpu_time", 5.0, "ms"}});
}
