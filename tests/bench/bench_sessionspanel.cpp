// The Sessions panel's UI update per tick with 200 sessions (ctest label bench; target
// ≤ 5 ms): a new snapshot arriving (model reset, summary, histogram) and the once-a-second
// countdown, each followed by a synchronous repaint of the panel at 1600×500 offscreen.
#include "BenchMain.h"
#include "gui/sessions/SessionsModel.h"
#include "gui/sessions/SessionsPanel.h"
#include "live/LiveSessions.h"
#include "sessions/DemoSessions.h"
#include "support/DefaultBaseline.h"

#include <QApplication>
#include <QTableView>

#include <benchmark/benchmark.h>

using namespace opsdash;

namespace {

struct ShownPanel
{
    LiveSessions engine{defaultBaseline()};
    SessionsPanel panel{defaultBaseline()};
    ShownPanel()
    {
        panel.setTarget(&engine);
        panel.resize(1600, 500);
        panel.show();
        QCoreApplication::processEvents();
    }
};

void BM_SnapshotArrives200(benchmark::State& state)
{
    ShownPanel shown;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    // Different server times, so every iteration is a real change.
    QList<SessionSnapshot> snapshots;
    for (int i = 0; i < 16; ++i)
        snapshots.append(test::demoSnapshot(200, start.addSecs(30 * i)));
    qsizetype next = 0;
    for (auto _ : state) {
        shown.engine.takeSnapshot(snapshots.at(next++ % snapshots.size()));
        // Layout and the repaint of what changed, as the event loop would do next.
        QCoreApplication::processEvents();
    }
    state.counters["sessions"] = 200;
}
BENCHMARK(BM_SnapshotArrives200)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CountdownTick200(benchmark::State& state)
{
    ShownPanel shown;
    shown.engine.takeSnapshot(test::demoSnapshot(200, QDateTime::currentDateTimeUtc()));
    qint64 elapsed = 0;
    for (auto _ : state) {
        elapsed += 1000;
        shown.panel.showElapsed(elapsed);
        QCoreApplication::processEvents();
    }
    state.counters["sessions"] = 200;
}
BENCHMARK(BM_CountdownTick200)->Unit(benchmark::kMillisecond)->UseRealTime();

// The parts, to see where the time goes.
void BM_ModelOnlySnapshot200(benchmark::State& state)
{
    SessionsModel model{defaultBaseline().thresholds.session};
    const SessionSnapshot snapshot = test::demoSnapshot(200, QDateTime::currentDateTimeUtc());
    for (auto _ : state)
        model.setSnapshot(snapshot);
}
BENCHMARK(BM_ModelOnlySnapshot200)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_FullRepaint(benchmark::State& state)
{
    ShownPanel shown;
    shown.engine.takeSnapshot(test::demoSnapshot(200, QDateTime::currentDateTimeUtc()));
    for (auto _ : state) {
        shown.panel.update();
        shown.panel.findChild<QTableView*>()->viewport()->update();
        QCoreApplication::processEvents();
    }
}
BENCHMARK(BM_FullRepaint)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ModelElapsedOnly(benchmark::State& state)
{
    ShownPanel shown;
    shown.engine.takeSnapshot(test::demoSnapshot(200, QDateTime::currentDateTimeUtc()));
    qint64 elapsed = 0;
    for (auto _ : state) {
        elapsed += 1000;
        shown.panel.showElapsed(elapsed);
    }
}
BENCHMARK(BM_ModelElapsedOnly)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_TableOnlySnapshot200(benchmark::State& state)
{
    ShownPanel shown;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QList<SessionSnapshot> snapshots;
    for (int i = 0; i < 16; ++i)
        snapshots.append(test::demoSnapshot(200, start.addSecs(30 * i)));
    qsizetype next = 0;
    for (auto _ : state) {
        shown.panel.model()->setSnapshot(snapshots.at(next++ % snapshots.size()));
        QCoreApplication::processEvents();
    }
}
BENCHMARK(BM_TableOnlySnapshot200)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_IdleProcessEvents(benchmark::State& state)
{
    ShownPanel shown;
    shown.engine.takeSnapshot(test::demoSnapshot(200, QDateTime::currentDateTimeUtc()));
    QCoreApplication::processEvents();
    for (auto _ : state)
        QCoreApplication::processEvents();
}
BENCHMARK(BM_IdleProcessEvents)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return runBenchmarks<QApplication>(argc, argv);
}
