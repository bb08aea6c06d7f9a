// Source-plane figures (ctest label bench): verify of the fixture monorepo ≤ 50 ms; of a
// checkout with the fixture plus 20,000 unrelated files in ~1,000 folders ≤ 2 s; `opsdash
// baseline init` of that checkout ≤ 3 s. The counters show what a run touched: a glob
// walks directory entries but reads and parses only the files the baseline names; init
// walks everything outside node_modules and build output once and looks at the text of
// the source and doc files. The smoke run (OPSDASH_BENCH_SMOKE) writes 5,000 unrelated
// files instead of 20,000, against the same targets.
#include "BenchMain.h"
#include "drift/BaselineInit.h"
#include "drift/LargeCheckout.h"
#include "drift/MonorepoCopy.h"
#include "drift/SourceChecks.h"
#include "support/DefaultBaseline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>

using namespace opsdash;

namespace {

const int UnrelatedFiles = bench::smoke() ? 5000 : 20000;

const Baseline& baseline()
{
    static const Baseline loaded = defaultBaseline();
    return loaded;
}

// The fixture copied into a temporary dir with the unrelated files added, made once.
const QString& largeCheckout()
{
    static MonorepoCopy copy;
    static const QString root = [] {
        QElapsedTimer timer;
        timer.start();
        if (!copy.isValid() || !largecheckout::addUnrelatedFiles(copy.root(), UnrelatedFiles))
            qFatal("could not write the large checkout under %s", qPrintable(copy.root()));
        qInfo("large checkout: fixture + %d files written in %lld ms", UnrelatedFiles,
            timer.elapsed());
        return copy.root();
    }();
    return root;
}

void verify(benchmark::State& state, const QString& root)
{
    SourceChecks::Statistics statistics;
    int passing = 0;
    int total = 0;
    for (auto _ : state) {
        const QList<Finding> findings
            = SourceChecks::run(baseline(), root, QDateTime::currentDateTimeUtc(), &statistics);
        benchmark::DoNotOptimize(findings.constData());
        total = static_cast<int>(findings.size());
        passing = static_cast<int>(std::count_if(findings.cbegin(), findings.cend(),
            [](const Finding& finding) { return finding.status == CheckStatus::Pass; }));
    }
    if (passing != total || total == 0) {
        state.SkipWithError("the checkout does not pass every check: the figure would not "
                            "be the fixture's");
        return;
    }
    state.counters["checks"] = total;
    state.counters["dir_entries_walked"] = statistics.directoryEntries;
    state.counters["files_read"] = statistics.filesRead;
    state.counters["bytes_read"] = static_cast<double>(statistics.bytesRead);
    state.counters["files_parsed"] = statistics.filesParsed;
    state.counters["unrelated_files"]
        = root == QStringLiteral(OPSDASH_MONOREPO_FIXTURE) ? 0 : UnrelatedFiles;
}

void BM_VerifyFixture(benchmark::State& state)
{
    verify(state, QStringLiteral(OPSDASH_MONOREPO_FIXTURE));
}
BENCHMARK(BM_VerifyFixture)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_VerifyFixturePlus20kFiles(benchmark::State& state)
{
    const QString root = largeCheckout(); // written before the timing starts
    verify(state, root);
}
BENCHMARK(BM_VerifyFixturePlus20kFiles)->Unit(benchmark::kMillisecond)->UseRealTime();

// baseline init on a checkout: what it finds must be the fixture's, however many unrelated
// files surround it.
void baselineInit(benchmark::State& state, const QString& root)
{
    BaselineInit::Outcome outcome;
    for (auto _ : state) {
        outcome = BaselineInit::discover(root);
        benchmark::DoNotOptimize(outcome.found.constData());
    }
    const QJsonObject files = outcome.baseline
        ? outcome.baseline->value(QStringLiteral("files")).toObject()
        : QJsonObject{};
    if (!outcome.baseline || files.size() != 9
        || outcome.baseline->value(QStringLiteral("pools")).toArray().size() != 2) {
        state.SkipWithError("baseline init did not find the fixture's nine files and two pools");
        return;
    }
    state.counters["files_walked"] = outcome.filesWalked;
    state.counters["files_read"] = outcome.filesRead;
    state.counters["unrelated_files"]
        = root == QStringLiteral(OPSDASH_MONOREPO_FIXTURE) ? 0 : UnrelatedFiles;
}

void BM_BaselineInitFixture(benchmark::State& state)
{
    baselineInit(state, QStringLiteral(OPSDASH_MONOREPO_FIXTURE));
}
BENCHMARK(BM_BaselineInitFixture)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_BaselineInitFixturePlus20kFiles(benchmark::State& state)
{
    const QString root = largeCheckout(); // written before the timing starts
    baselineInit(state, root);
}
BENCHMARK(BM_BaselineInitFixturePlus20kFiles)->Unit(benchmark::kMillisecond)->UseRealTime();

// The whole command as a user runs it: process start, baseline, checks, text output.
void BM_VerifyCommandFixture(benchmark::State& state)
{
    for (auto _ : state) {
        QProcess process;
        process.start(QStringLiteral(OPSDASH_BINARY),
            {QStringLiteral("verify"), QStringLiteral("--repo"),
                QStringLiteral(OPSDASH_MONOREPO_FIXTURE)});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            state.SkipWithError("opsdash verify did not pass on the fixture");
            return;
        }
    }
}
BENCHMARK(BM_VerifyCommandFixture)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    return runBenchmarks<QCoreApplication>(argc, argv,
        {{"BM_VerifyFixture", "real_time", 50.0, "ms"},
            {"BM_VerifyFixturePlus20kFiles", "real_time", 2000.0, "ms"},
            {"BM_BaselineInitFixturePlus20kFiles", "real_time", 3000.0, "ms"}});
}
