// History store figures (ctest label bench): the file for one target polled at 1 s for
// 48 h must stay under 64 MB; a 24 h read decimated to 1600 points must stay cheap.
#include "BenchMain.h"
#include "history/HistoryDatabase.h"
#include "history/HistoryStore.h"
#include "history/HistoryTestData.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <chrono>
#include <vector>

using namespace opsdash;
using namespace std::chrono_literals;

namespace {

constexpr qint64 TwoDays = 48 * 3600; // ticks at 1 s
constexpr qint64 OneDayMs = 24 * 3600 * 1000;

// A day's worth of distinct samples, reused with fresh timestamps: building every sample
// on the fly would time the generator rather than the store.
const std::vector<ActivitySample>& templates()
{
    static const std::vector<ActivitySample> samples = [] {
        std::vector<ActivitySample> result;
        for (qint64 i = 0; i < 3600; ++i)
            result.push_back(historytest::sample(i));
        return result;
    }();
    return samples;
}

double megabytes(const QString& path)
{
    return static_cast<double>(QFileInfo{path}.size()) / 1e6;
}

void BM_Write48hAt1s(benchmark::State& state)
{
    const auto& samples = templates();
    for (auto _ : state) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("target.sqlite"));
        const auto start = std::chrono::steady_clock::now();
        std::chrono::steady_clock::duration appending{};
        {
            HistoryOptions options;
            options.maintenanceInterval = 0ms; // synthetic timestamps
            HistoryStore store{options};
            store.open(path);
            ActivitySample sample;
            for (qint64 i = 0; i < TwoDays; ++i) {
                sample = samples[static_cast<std::size_t>(i) % samples.size()];
                sample.serverTime = QDateTime::fromMSecsSinceEpoch(historytest::timeOf(i), Qt::UTC);
                store.append(sample, historytest::UsableSlots);
            }
            appending = std::chrono::steady_clock::now() - start;
        } // the destructor commits everything still queued and closes the file
        const auto total = std::chrono::steady_clock::now() - start;
        state.counters["file_MB"] = megabytes(path);
        state.counters["wal_MB_after_close"] = megabytes(path + QStringLiteral("-wal"));
        state.counters["us_per_tick_written"]
            = std::chrono::duration<double, std::micro>(total).count()
            / static_cast<double>(TwoDays);
        state.counters["us_per_append_call"]
            = std::chrono::duration<double, std::micro>(appending).count()
            / static_cast<double>(TwoDays);
    }
}
BENCHMARK(BM_Write48hAt1s)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

// A 48 h file written once for the read benchmarks; with `rolled`, all but the last hour
// has gone through maintenance into 1-minute rollups.
QString fixtureFile(bool rolled)
{
    static QTemporaryDir dir;
    const QString path
        = dir.filePath(rolled ? QStringLiteral("rolled.sqlite") : QStringLiteral("raw.sqlite"));
    if (QFileInfo::exists(path))
        return path;
    auto db = HistoryDatabase::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    const auto& samples = templates();
    QList<HistoryTick> batch;
    for (qint64 i = 0; i < TwoDays; ++i) {
        HistoryTick tick = HistoryTick::fromSample(
            samples[static_cast<std::size_t>(i) % samples.size()], historytest::UsableSlots);
        tick.time = historytest::timeOf(i);
        batch.append(tick);
        if (batch.size() == 4096 || i == TwoDays - 1) {
            if (const auto written = db.value()->write(batch, {}); !written)
                qFatal("%s", qPrintable(written.error().toString()));
            batch.clear();
        }
    }
    if (rolled) {
        const qint64 now = historytest::timeOf(TwoDays) + 47 * 3600 * 1000;
        if (!db.value()->maintain(now, HistoryRetention{}))
            qFatal("maintenance failed");
    }
    return path;
}

void readBenchmark(benchmark::State& state, const QString& path, qint64 from, qint64 to)
{
    auto db = HistoryDatabase::open(path, HistoryDatabase::Mode::Reader);
    if (!db) {
        state.SkipWithError(qPrintable(db.error().toString()));
        return;
    }
    qsizetype points = 0;
    for (auto _ : state) {
        const Result<HistoryRange> range = db.value()->readRange(from, to, 1600);
        if (!range) {
            state.SkipWithError(qPrintable(range.error().toString()));
            return;
        }
        points = range->pools.at(0).points.size();
        benchmark::DoNotOptimize(range->pools.size());
    }
    state.counters["points_per_series"] = static_cast<double>(points);
}

void BM_Read24hAt1600Points(benchmark::State& state)
{
    const qint64 end = historytest::timeOf(TwoDays - 1);
    readBenchmark(state, fixtureFile(false), end - OneDayMs, end);
}
BENCHMARK(BM_Read24hAt1600Points)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Read48hAcrossTiersAt1600Points(benchmark::State& state)
{
    readBenchmark(
        state, fixtureFile(true), historytest::timeOf(0), historytest::timeOf(TwoDays - 1));
}
BENCHMARK(BM_Read48hAcrossTiersAt1600Points)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    return runBenchmarks<QCoreApplication>(argc, argv);
}
