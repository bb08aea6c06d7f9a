#pragma once

#include "model/Activity.h"
#include "model/Baseline.h"
#include "model/Finding.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace opsdash {

// Poll round trips, as the opsdash_poll_duration_seconds histogram counts them.
struct PollHistogram final
{
    // Upper bounds in seconds; the +Inf bucket is count.
    static constexpr std::array<double, 10> kBounds{
        0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0};

    std::array<quint64, kBounds.size()> buckets{}; // per bound, not cumulative
    double sum{0};
    quint64 count{0};

    void observe(double seconds);
};

// What one watched target exports: a plain copy of its engine's state, taken on each tick,
// so that rendering /metrics reads no engine and takes no lock.
struct TargetMetrics final
{
    struct Pool
    {
        QString pool;
        std::optional<qint64> budget; // declared pools only
        std::array<int, BackendStateCount> byState{};
    };
    // pg_stat_activity_count's labels, as postgres_exporter has them.
    struct ActivityCount
    {
        QString datname;
        QString state;
        QString applicationName;
        int count{0};
    };

    QString target; // the config's name: the `target` label
    bool up{false};
    std::optional<ServerFacts> facts;
    qint64 committed{0}; // Σ budgets + opsdash's own backends
    QList<Pool> pools;
    QList<ActivityCount> activity;
    QList<Finding> findings;
    // Login sessions by level (ok, warn, critical); none while no session source answers.
    std::optional<std::array<int, 3>> loginSessions;
    PollHistogram polls;
    QMap<QString, quint64> pollErrors; // reason → count

    // The pools and pg_stat_activity counts of one poll, budgets from the baseline.
    void setSample(const Baseline& baseline, const ActivitySample& sample);
};

// The text exposition of every target: OpenMetrics 1.0.0 or Prometheus' text format 0.0.4.
// Pure: the same input renders the same bytes.
class Exposition final
{
public:
    enum class Format { OpenMetrics, PrometheusText };

    // What a scrape's Accept header asks for: OpenMetrics when it names
    // application/openmetrics-text (as Prometheus does), else the 0.0.4 text format.
    static Format negotiate(const QByteArray& accept);
    static QByteArray contentType(Format format);

    static QByteArray render(
        const QList<TargetMetrics>& targets, Format format, const QString& version);
};

} // namespace opsdash
