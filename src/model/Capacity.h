#pragma once

#include "model/Activity.h"
#include "model/Baseline.h"
#include "model/Finding.h"

#include <QSet>

namespace opsdash {

// The server's connection slots against what the baseline promises the pools.
// Usable slots = max_connections − superuser_reserved_connections − reserved_connections:
// ordinary roles can never have the reserved ones.
struct Capacity
{
    int maxConnections{0};
    int superuserReserved{0};
    int reserved{0};
    qint64 budgets{0}; // Σ pool budgets
    qint64 monitor{0}; // opsdash's own backends
    QStringList budgetTerms; // "150 web", "50 scheduling"

    static Capacity of(const Baseline& baseline, const ServerFacts& facts);

    int usable() const { return maxConnections - superuserReserved - reserved; }
    qint64 committed() const { return budgets + monitor; }
    bool overCommitted() const { return committed() > usable(); }
    // "max_connections 200 − 3 superuser_reserved_connections − 0 reserved_connections = 197"
    QString usableExplained() const;
    // "150 web + 50 scheduling + 1 monitor = 201"
    QString committedExplained() const;
};

// Observed usage over a window of samples: per pool current, peak and average.
class UsageWindow final
{
public:
    struct PoolStats
    {
        QString pool;
        int current{0};
        int peak{0};
        double average{0};
        QDateTime peakAt;
        // Backends of the pool started in the minute before the latest sample (from
        // backend_start, every one seen in any sample counted once), and the most in the
        // window: a pool that churns under its idle timeout shows here. A connection opened
        // and closed between two polls is not seen.
        int newPerMinute{0};
        int peakNewPerMinute{0};
    };

    void add(const ActivitySample& sample);

    int samples() const { return m_samples; }
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    int peakClientSessions() const { return m_peakClients; }
    int currentClientSessions() const { return m_currentClients; }
    QList<PoolStats> pools() const;
    const PoolStats* pool(QStringView id) const;

private:
    struct Accumulator
    {
        PoolStats stats;
        qint64 sum{0};
        QSet<std::pair<int, qint64>> recent; // (pid, backend start) of the last minute
    };
    QList<Accumulator> m_pools;
    int m_samples{0};
    int m_peakClients{0};
    int m_currentClients{0};
    QDateTime m_from;
    QDateTime m_to;
};

// server.maxConnections and server.capacity (docs/checks.md, server plane).
QList<Finding> serverFindings(
    const Baseline& baseline, const ServerFacts& facts, const QString& evidence);
// live.<pool>.budget for every budgeted pool, and live.total.capacity.
QList<Finding> budgetFindings(const Baseline& baseline, const ServerFacts& facts,
    const UsageWindow& window, const QString& evidence);

} // namespace opsdash
