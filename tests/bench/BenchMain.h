#pragma once

// What every benchmark's main() does after its own set-up: a Qt application object
// (QApplication for widgets, offscreen; QCoreApplication otherwise, through which the SQL
// driver plugins are found too), then Google Benchmark, then its figures against its
// targets. An argument it does not know is refused (exit 1): a mistyped --benchmark_filter
// must not measure everything instead.
//
// Targets (docs/reliability.md, "Benchmarks"): each benchmark's main() passes its own, a
// figure (time per iteration or a counter) that must stay at or under a limit. After the
// run every target is printed with figure, limit and ratio; the exit status is 1 when one
// is missed, when a benchmark reported an error, or when a target matched no benchmark that
// ran (unless --benchmark_filter left it out).
//   OPSDASH_BENCH_TARGET_SCALE  multiplies every limit (default 1): 0.001 proves the check
//                               fails, a slower machine may give itself room.
//   OPSDASH_BENCH_SMOKE=1       the short version (ctest label bench-smoke, run by
//                               scripts/test): a short minimum time per benchmark, smaller
//                               inputs where a benchmark asks smoke(), and a miss counts
//                               only when the figure is over 3 × the (scaled) limit.
#include <QByteArray>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QtGlobal>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace opsdash::bench {

// The figure of a target: "real_time" or "cpu_time" (per iteration, in ms), or the name
// of one of the benchmark's counters (in the counter's own unit).
struct Target
{
    std::string benchmark; // "name" (every argument variant) or "name/args" as printed
    std::string figure;
    double limit;
    std::string unit;
};

// How much a smoke run tolerates over a (scaled) limit: shared machines are noisy.
constexpr double SmokeTolerance = 3.0;

// This process's CPU time so far (user + system), in seconds: what a poll costs the client.
inline double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

inline bool smoke()
{
    const QByteArray value = qgetenv("OPSDASH_BENCH_SMOKE");
    return !value.isEmpty() && value != "0";
}

// OPSDASH_BENCH_TARGET_SCALE, or 1 when unset; a value that is not a positive number is
// refused by runBenchmarks().
inline double targetScale(bool* ok = nullptr)
{
    const QByteArray value = qgetenv("OPSDASH_BENCH_TARGET_SCALE");
    bool parsed = true;
    const double scale = value.isEmpty() ? 1.0 : value.toDouble(&parsed);
    if (ok != nullptr)
        *ok = parsed && scale > 0;
    return scale;
}

// The process's resident memory (VmRSS of /proc/self/status) in MB, or -1.
inline double residentMegabytes()
{
    QFile status{QStringLiteral("/proc/self/status")};
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// The size of these files together (a history file and its write-ahead log, say), in MB;
// one that does not exist counts 0.
inline double fileMegabytes(const QStringList& paths)
{
    double bytes = 0;
    for (const QString& path : paths) {
        if (QFileInfo::exists(path))
            bytes += static_cast<double>(QFileInfo{path}.size());
    }
    return bytes / (1024.0 * 1024.0);
}

// What the application's event loop does between two polls, for a benchmark that drives
// the window from main(): the posted events (queued signals, timers due, layout and
// repaints), then the objects whose deleteLater() came meanwhile. Outside a running
// QEventLoop, processEvents() alone never deletes what was deleteLater()'d from main()
// (Qt does that when the loop that posted it returns, or when asked), and Qt Charts deletes
// the graphics items of every axis and series it removes that way: without the second
// step each chart redraw's items would pile up, which no running application does.
inline void runEventLoopOnce()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

namespace detail {

inline std::string nameOf(const benchmark::BenchmarkReporter::Run& run)
{
    return run.run_name.args.empty() ? run.run_name.function_name
                                     : run.run_name.function_name + '/' + run.run_name.args;
}

inline bool matches(const Target& target, const benchmark::BenchmarkReporter::Run& run)
{
    return target.benchmark == run.run_name.function_name || target.benchmark == nameOf(run);
}

// The figure of `run` for `target`, or false when the run has no such figure.
inline bool figureOf(
    const Target& target, const benchmark::BenchmarkReporter::Run& run, double* figure)
{
    // Time per iteration in the run's unit → milliseconds.
    const double toMs = 1e3 / benchmark::GetTimeUnitMultiplier(run.time_unit);
    if (target.figure == "real_time") {
        *figure = run.GetAdjustedRealTime() * toMs;
        return true;
    }
    if (target.figure == "cpu_time") {
        *figure = run.GetAdjustedCPUTime() * toMs;
        return true;
    }
    const auto counter = run.counters.find(target.figure);
    if (counter == run.counters.end())
        return false;
    *figure = counter->second.value;
    return true;
}

// Shows every run as the console reporter does and keeps them for the targets.
class KeepingReporter final : public benchmark::ConsoleReporter
{
public:
    using ConsoleReporter::ConsoleReporter;
    std::vector<Run> runs;

    void ReportRuns(const std::vector<Run>& reports) override
    {
        ConsoleReporter::ReportRuns(reports);
        for (const Run& run : reports) {
            // Repetitions: the median stands for the benchmark, as the docs report it.
            if (run.run_type == Run::RT_Aggregate && run.aggregate_name != "median")
                continue;
            runs.push_back(run);
        }
    }
};

// Prints each target against the runs; returns whether every one was met.
inline bool checkTargets(const std::vector<Target>& targets,
    const std::vector<benchmark::BenchmarkReporter::Run>& runs, bool filtered)
{
    const double scale = targetScale();
    const double tolerance = smoke() ? SmokeTolerance : 1.0;
    bool ok = true;
    std::printf("\n== targets: limit x %g (OPSDASH_BENCH_TARGET_SCALE)%s\n", scale,
        smoke() ? ", smoke run: a miss counts over 3 x the limit" : "");
    for (const auto& run : runs) {
        if (run.error_occurred) {
            std::printf("ERROR  %s: %s\n", nameOf(run).c_str(), run.error_message.c_str());
            ok = false;
        }
    }
    for (const Target& target : targets) {
        const double limit = target.limit * scale;
        bool ran = false;
        for (const auto& run : runs) {
            if (!matches(target, run) || run.error_occurred)
                continue;
            // Aggregates stand for their repetitions: skip those when a median exists.
            if (run.run_type == benchmark::BenchmarkReporter::Run::RT_Iteration
                && run.repetitions > 1)
                continue;
            ran = true;
            double figure = 0;
            if (!figureOf(target, run, &figure)) {
                std::printf("MISS   %s %s: no such figure in the run\n", nameOf(run).c_str(),
                    target.figure.c_str());
                ok = false;
                continue;
            }
            const double ratio = figure / limit;
            const bool met = ratio <= tolerance;
            ok = ok && met;
            std::printf("%s %s %s: %.4g %s, target <= %.4g %s, ratio %.2f\n",
                met ? "met   " : "MISS  ", nameOf(run).c_str(), target.figure.c_str(), figure,
                target.unit.c_str(), limit, target.unit.c_str(), ratio);
        }
        if (!ran) {
            if (filtered) {
                std::printf("-      %s %s: not run (--benchmark_filter)\n",
                    target.benchmark.c_str(), target.figure.c_str());
            } else {
                std::printf("MISS   %s %s: no benchmark of that name ran\n",
                    target.benchmark.c_str(), target.figure.c_str());
                ok = false;
            }
        }
    }
    std::printf("== %s\n", ok ? "every target met" : "target missed (exit 1)");
    std::fflush(stdout);
    return ok;
}

} // namespace detail

} // namespace opsdash::bench

template<typename Application>
int runBenchmarks(int argc, char** argv, const std::vector<opsdash::bench::Target>& targets = {})
{
    Application app{argc, argv};
    bool scaleOk = true;
    opsdash::bench::targetScale(&scaleOk);
    if (!scaleOk) {
        std::fprintf(stderr, "OPSDASH_BENCH_TARGET_SCALE must be a positive number\n");
        return 1;
    }
    // A smoke run measures briefly unless told otherwise (later arguments win).
    std::vector<char*> args{argv, argv + argc};
    static char smokeMinTime[] = "--benchmark_min_time=0.02";
    if (opsdash::bench::smoke())
        args.insert(args.begin() + 1, smokeMinTime);
    bool filtered = false;
    for (const char* arg : args)
        filtered = filtered || std::strncmp(arg, "--benchmark_filter=", 19) == 0;
    int count = static_cast<int>(args.size());
    args.push_back(nullptr);
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data()))
        return 1;
    // Counters in columns; colour only on a terminal (ctest keeps the output).
    opsdash::bench::detail::KeepingReporter reporter{::isatty(STDOUT_FILENO)
            ? benchmark::ConsoleReporter::OO_ColorTabular
            : benchmark::ConsoleReporter::OO_Tabular};
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return opsdash::bench::detail::checkTargets(targets, reporter.runs, filtered) ? 0 : 1;
}
