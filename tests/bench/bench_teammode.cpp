// Team mode's chart (issue 17 item 5): 30 days of series from Prometheus to first paint,
// ≤ 1 s. Prometheus is stood in for by a loopback HTTP server serving a recorded
// query_range answer of the size Prometheus gives for 30 days at the chart's width (4 pools
// and usable capacity, one point per 30 min: 1,440 points per series, about 200 kB of
// JSON): what is measured is opsdash's part — the request over loopback, reading the
// answer, turning it into the chart's range and drawing it — not Prometheus' own query time.
#include "../sessions/TestHttpServer.h"
#include "../support/DefaultBaseline.h"
#include "BenchMain.h"
#include "gui/chart/HistoryChart.h"
#include "live/LiveTarget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

#include <benchmark/benchmark.h>
#include <chrono>
#include <cmath>

using namespace opsdash;

namespace {

constexpr qint64 kDays{30};
constexpr qint64 kStepSeconds{1800};

// A query_range answer as Prometheus writes it: pools summed by pool, then usable capacity.
QByteArray recordedAnswer(qint64 endSeconds)
{
    const qint64 points = kDays * 24 * 3600 / kStepSeconds;
    const qint64 start = endSeconds - (points - 1) * kStepSeconds;
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    const char* const pools[]{"web", "scheduling", "monitor", "other"};
    const double scale[]{120, 40, 1, 3};
    for (int series = 0; series < 5; ++series) {
        if (series > 0)
            body += ',';
        body += series < 4
            ? R"({"metric":{"pool":")" + QByteArray{pools[series]} + R"("},"values":[)"
            : QByteArray{R"({"metric":{"series":"usable","target":"eu"},"values":[)"};
        for (qint64 i = 0; i < points; ++i) {
            if (i > 0)
                body += ',';
            const double value = series < 4
                ? std::round(scale[series] * (0.6 + 0.4 * std::sin(double(i) / 20.0 + series)))
                : 197.0;
            body += '[' + QByteArray::number(start + i * kStepSeconds) + ",\""
                + QByteArray::number(value) + "\"]";
        }
        body += "]}";
    }
    return body + "]}}";
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

void BM_TeamChart30dToFirstPaint(benchmark::State& state)
{
    test::TestHttpServer server;
    if (!server.start()) {
        state.SkipWithError("no loopback port");
        return;
    }
    const QByteArray answer = recordedAnswer(QDateTime::currentSecsSinceEpoch());
    server.routeOthers(test::HttpReply::json(answer));

    LiveTarget target{defaultBaseline()};
    HistoryChart chart{defaultBaseline()};
    chart.resize(1600, 900);
    chart.show();
    chart.setTarget(&target);
    quint64 ranges = 0;
    QObject::connect(&target, &LiveTarget::rangeReady, &chart, [&ranges] { ++ranges; });
    PrometheusAccess access;
    access.url = server.baseUrl().toString();
    access.target = QStringLiteral("eu");
    // One poll now (its sample opens the chart), none during the measurement.
    target.startPrometheus(access, std::chrono::seconds{60});
    if (!waitFor([&] { return ranges > 0; }, 30000)) {
        state.SkipWithError("the first range never came");
        return;
    }
    qsizetype points = 0;
    for (auto _ : state) {
        const quint64 before = ranges;
        QElapsedTimer clock;
        clock.start();
        chart.setRangeSeconds(chart.rangeSeconds() == int(kDays * 86400) ? int(kDays * 86400 - 60)
                                                                         : int(kDays * 86400));
        if (!waitFor([&] { return ranges > before; }, 30000)) {
            state.SkipWithError("no range within 30 s");
            return;
        }
        const QPixmap frame = chart.grab(); // the paint: the whole chart rendered
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        benchmark::DoNotOptimize(frame.width());
        points = chart.pointsOf(QStringLiteral("web")).size();
    }
    state.counters["answer_kB"] = double(answer.size()) / 1024.0;
    state.counters["web_points"] = double(points);
    if (points < 1000)
        state.SkipWithError("the chart drew fewer than 1000 points of 30 days");
}
BENCHMARK(BM_TeamChart30dToFirstPaint)
    ->Iterations(bench::smoke() ? 3 : 10)
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime();

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return runBenchmarks<QApplication>(
        argc, argv, {{"BM_TeamChart30dToFirstPaint", "real_time", 1000.0, "ms"}});
}
