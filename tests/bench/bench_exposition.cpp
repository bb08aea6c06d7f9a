// /metrics render time and size for N targets (issue 17's budget: 10 targets in at most
// 2 ms CPU and 64 kB). The size is checked as it goes on the wire, gzip-compressed as
// serve sends it to every client that accepts it (Prometheus' scrapes do); the text itself,
// 228 kB for 10 such targets, is printed beside it. Each target as a busy one looks: the default
// baseline's pools with sessions in every state, 20 pg_stat_activity_count groups, every check id
// of DESIGN.md §2 in the stateset, login sessions, a filled poll histogram.
#include "BenchMain.h"
#include "serve/Exposition.h"
#include "serve/HttpEndpoint.h"
#include "support/DefaultBaseline.h"
#include "support/ScriptedActivity.h"

#include <QCoreApplication>

using namespace opsdash;

namespace {

QList<TargetMetrics> targets(int count)
{
    const Baseline baseline = defaultBaseline();
    const ActivitySample sample = scripted::sample(scripted::busyServer());
    static const QStringList checks{QStringLiteral("session.maxAge"),
        QStringLiteral("session.updateAge"), QStringLiteral("provider.dashboard.refetchInterval"),
        QStringLiteral("provider.dashboard.refetchOnWindowFocus"),
        QStringLiteral("provider.portal.refetchInterval"),
        QStringLiteral("provider.portal.refetchOnWindowFocus"),
        QStringLiteral("guard.sessionExpiredRedirect"),
        QStringLiteral("login.sessionExpiredMessage"), QStringLiteral("pool.web.max"),
        QStringLiteral("pool.web.idle_timeout"), QStringLiteral("pool.web.connect_timeout"),
        QStringLiteral("pool.web.max_lifetime"), QStringLiteral("pool.scheduling.maxOpenConns"),
        QStringLiteral("pool.scheduling.maxIdleConns"),
        QStringLiteral("pool.scheduling.connMaxLifetime"),
        QStringLiteral("pool.scheduling.connMaxIdleTime"), QStringLiteral("budget.total"),
        QStringLiteral("docs.poolDocumentation"), QStringLiteral("tasks.T167"),
        QStringLiteral("tasks.T178"), QStringLiteral("tasks.progress"),
        QStringLiteral("server.maxConnections"), QStringLiteral("server.capacity"),
        QStringLiteral("live.web.budget"), QStringLiteral("live.web.idleTimeout"),
        QStringLiteral("live.web.maxLifetime"), QStringLiteral("live.scheduling.budget"),
        QStringLiteral("live.scheduling.maxIdle"), QStringLiteral("live.scheduling.idleTime"),
        QStringLiteral("live.scheduling.maxLifetime"), QStringLiteral("live.total.capacity"),
        QStringLiteral("live.session.maxAge")};
    QList<TargetMetrics> list;
    for (int t = 0; t < count; ++t) {
        TargetMetrics target;
        target.target = QStringLiteral("site-%1").arg(t);
        target.up = true;
        ServerFacts facts;
        facts.versionNum = 160002;
        facts.maxConnections = 200;
        facts.superuserReservedConnections = 3;
        target.facts = facts;
        target.setSample(baseline, sample);
        for (const QString& check : checks)
            target.findings << Finding{check, Plane::Live, CheckStatus::Pass, {}, {}, {}, {}, {}};
        target.loginSessions = std::array<int, 3>{400, 12, 3};
        for (int i = 0; i < 3600; ++i)
            target.polls.observe(0.001 * (i % 40));
        target.pollErrors.insert(QStringLiteral("connect"), 3);
        list << target;
    }
    return list;
}

void renderOpenMetrics(benchmark::State& state)
{
    const QList<TargetMetrics> input = targets(static_cast<int>(state.range(0)));
    QByteArray text;
    for (auto _ : state) {
        text = Exposition::render(input, Exposition::Format::OpenMetrics, QStringLiteral("1.0.0"));
        benchmark::DoNotOptimize(text.constData());
    }
    state.counters["bytes"] = static_cast<double>(text.size());
    // kB of 1,000 bytes, as serve's gzip answer is long.
    state.counters["gzip_kB"] = static_cast<double>(HttpEndpoint::gzip(text).size()) / 1000.0;
}
BENCHMARK(renderOpenMetrics)->Arg(1)->Arg(10)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    return runBenchmarks<QCoreApplication>(argc, argv,
        {{"renderOpenMetrics/10", "cpu_time", 2.0, "ms"},
            {"renderOpenMetrics/10", "gzip_kB", 64.0, "kB"}});
}
