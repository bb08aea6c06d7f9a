// Reading an application's /metrics page (MetricsText::parse): a 5,000-series page of the
// shapes client_golang serves (labelled gauges and counters, histograms with their buckets,
// _sum and _count, HELP and TYPE lines) must parse in ≤ 5 ms (docs/reliability.md).
#include "BenchMain.h"
#include "model/MetricsText.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace opsdash;

namespace {

// `series` sample lines: a fifth gauges, a fifth counters, the rest histogram lines.
QByteArray page(int series)
{
    QByteArray text;
    int written = 0;
    for (int family = 0; written < series; ++family) {
        const QByteArray name = "app_family_" + QByteArray::number(family);
        switch (family % 3) {
        case 0:
            text += "# HELP " + name + " Open connections by pool.\n# TYPE " + name + " gauge\n";
            for (int i = 0; i < 50 && written < series; ++i, ++written)
                text += name + "{db_name=\"pool_" + QByteArray::number(i)
                    + "\",instance=\"10.0.4.17:9090\"} " + QByteArray::number(i * 3) + "\n";
            break;
        case 1:
            text += "# TYPE " + name + "_total counter\n";
            for (int i = 0; i < 50 && written < series; ++i, ++written)
                text += name + "_total{path=\"/api/jobs/" + QByteArray::number(i)
                    + "\",code=\"200\"} " + QByteArray::number(i * 1234.5, 'g', 10) + "\n";
            break;
        default:
            text += "# HELP " + name + " Latency.\n# TYPE " + name + " histogram\n";
            for (int i = 0; i < 5 && written < series; ++i) {
                const QByteArray path = "path=\"/api/" + QByteArray::number(i) + "\"";
                for (const char* le : {"0.005", "0.01", "0.05", "0.1", "0.5", "1", "5", "+Inf"}) {
                    text += name + "_bucket{" + path + ",le=\"" + le + "\"} "
                        + QByteArray::number(written) + "\n";
                    ++written;
                }
                text += name + "_sum{" + path + "} 1.7560473e+07\n" + name + "_count{" + path
                    + "} 2693\n";
                written += 2;
            }
            break;
        }
    }
    return text;
}

void parseMetricsPage(benchmark::State& state)
{
    const QByteArray text = page(static_cast<int>(state.range(0)));
    qsizetype samples = 0;
    for (auto _ : state) {
        const auto parsed = MetricsText::parse(text);
        if (!parsed) {
            state.SkipWithError(qPrintable(parsed.error().toString()));
            return;
        }
        samples = parsed->samples.size();
        benchmark::DoNotOptimize(samples);
    }
    state.counters["samples"] = static_cast<double>(samples);
    state.counters["page_kb"] = static_cast<double>(text.size()) / 1024.0;
}
BENCHMARK(parseMetricsPage)->Arg(5000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    return runBenchmarks<QCoreApplication>(
        argc, argv, {{"parseMetricsPage/5000", "cpu_time", 5.0, "ms"}});
}
