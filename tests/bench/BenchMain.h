#pragma once

// What every benchmark's main() does after its own set-up: a Qt application object
// (QApplication for widgets, offscreen; QCoreApplication otherwise, through which the SQL
// driver plugins are found too), then Google Benchmark. An argument it does not know is
// refused (exit 1): a mistyped --benchmark_filter must not measure everything instead.
#include <benchmark/benchmark.h>

template<typename Application>
int runBenchmarks(int argc, char** argv)
{
    Application app{argc, argv};
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
