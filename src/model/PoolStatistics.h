#pragma once

#include "model/Baseline.h"
#include "model/Finding.h"
#include "model/MetricsText.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace opsdash {

// A pool's statistics from its own application (pools[].metricsUrl): what Go's
// database/sql reports through client_golang's DBStats collector. The server sees backends;
// these say how many the pool holds, how often callers waited for one and for how long.
struct PoolStatsReading final
{
    QDateTime at; // UTC, when the page was read
    double open{0}; // go_sql_open_connections
    double inUse{0}; // go_sql_in_use_connections
    double idle{0}; // go_sql_idle_connections
    double maxOpen{0}; // go_sql_max_open_connections; 0: unlimited
    double waitCount{0}; // go_sql_wait_count_total
    double waitSeconds{0}; // go_sql_wait_duration_seconds_total
    double maxIdleClosed{0}; // go_sql_max_idle_closed_total
    double maxLifetimeClosed{0}; // go_sql_max_lifetime_closed_total (0 when absent)

    // The series of one page; an error naming the first required series it lacks.
    static Result<PoolStatsReading, QString> fromPage(const MetricsText::Page& page, QDateTime at);

    Q_DECLARE_TR_FUNCTIONS(PoolStatsReading)
};

// The readings of one pool over a rolling window, and its three checks:
// live.<pool>.maxOpenConns, live.<pool>.waits and live.<pool>.idleChurn (docs/checks.md).
// Counters are read as Prometheus does: a value lower than the one before is a restart of
// the application, and the new value is its increase since.
class PoolStatistics final
{
    Q_DECLARE_TR_FUNCTIONS(PoolStatistics)

public:
    // Rates (waits, idle closes per minute) are judged over this much of the latest readings.
    static constexpr qint64 kWindowMs{5 * 60 * 1000};

    struct PollWindow
    {
        double seconds{0}; // between the last two readings
        double waits{0};
        double waitSeconds{0};
        double waitsPerSecond() const { return seconds > 0 ? waits / seconds : 0; }
        // The average wait of the waits in this poll window; none when there was none.
        std::optional<double> averageWaitSeconds() const;
    };

    PoolStatistics(const PoolSpec& pool, const Thresholds::Live& thresholds);

    void add(const PoolStatsReading& reading);
    // The page could not be read (network, size, format): the last good values stay, stale.
    void fail(const QString& error, const QDateTime& at);

    const QString& poolId() const { return m_pool.id; }
    const QString& url() const { return m_pool.metricsUrl; }
    MetricsUrlOrigin urlOrigin() const { return m_pool.metricsUrlOrigin; }
    // The URL and who named it: "http://…/metrics (the profile's, in place of the baseline's)".
    QString urlInEffect() const;
    std::optional<PoolStatsReading> latest() const;
    bool stale() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; } // the latest failure; empty once read again
    QDateTime errorAt() const { return m_errorAt; }
    // The latest reading against the one before it; none with fewer than two.
    std::optional<PollWindow> pollWindow() const;
    // Over the rolling window (reset-aware).
    double waitsInWindow() const;
    double waitSecondsInWindow() const;
    double idleClosedInWindow() const;
    double windowMinutes() const; // at least one minute: a burst is never stretched to a rate

    QList<Finding> findings() const;

private:
    double increase(double PoolStatsReading::*counter) const;
    QString evidence(const QString& series) const;

    PoolSpec m_pool;
    qint64 m_waitsPerMinute{0};
    qint64 m_idleClosedPerMinute{1};
    QList<PoolStatsReading> m_readings; // oldest first, within kWindowMs of the latest
    QString m_error;
    QDateTime m_errorAt;
};

} // namespace opsdash
