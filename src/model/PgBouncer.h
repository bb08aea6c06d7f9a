#pragma once

#include "model/Activity.h"
#include "model/Baseline.h"
#include "model/Finding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace opsdash {

// One database/user pool of PgBouncer's SHOW POOLS.
struct PgBouncerPool
{
    QString database;
    QString user;
    int clActive{0};
    int clWaiting{0};
    int svActive{0};
    int svIdle{0};
    int svUsed{0};
    qint64 maxWaitUs{0}; // maxwait × 10⁶ + maxwait_us: the oldest waiting client's wait
    QString poolMode;
};

// One database's SHOW STATS totals (counters since PgBouncer started).
struct PgBouncerStats
{
    QString database;
    qint64 totalXactCount{0};
    qint64 totalQueryCount{0};
    qint64 totalWaitTimeUs{0};
    qint64 avgWaitTimeUs{0};
};

// The settings of SHOW CONFIG the pool sizes depend on.
struct PgBouncerConfig
{
    int defaultPoolSize{0};
    int reservePoolSize{0};
    int maxClientConn{0};
    int maxDbConnections{0}; // 0: no limit
    QString poolMode;
};

// One poll of the admin console. The console's own `pgbouncer` database is left out.
struct PgBouncerSample
{
    static constexpr QLatin1String kAdminDatabase{"pgbouncer"};

    QList<PgBouncerPool> pools;
    QList<PgBouncerStats> stats;
    PgBouncerConfig config;
    // remote_pid of every server connection (SHOW SERVERS): the backends PgBouncer owns.
    QSet<int> serverPids;
    QDateTime receivedAt; // desktop clock, UTC

    // Server connections PgBouncer may open: every pool at default_pool_size plus
    // reserve_pool_size (per-database pool_size overrides are not read).
    qint64 serverConnectionBound() const;
    int clientsWaiting() const;
};

// The PgBouncer checks (docs/checks.md): pgbouncer.<db>.waiting, clients waiting longer than
// the baseline's pgbouncer.maxWait; pgbouncer.capacity, the pool sizes within the server's
// usable slots. Also which of the server's backends PgBouncer owns.
class PgBouncerWatch final
{
    Q_DECLARE_TR_FUNCTIONS(PgBouncerWatch)

public:
    explicit PgBouncerWatch(const Baseline& baseline);

    void add(const PgBouncerSample& sample);
    // The server's view: which backends of the latest activity poll are PgBouncer's.
    void add(const ActivitySample& activity);
    // `activity` with every backend PgBouncer owns (SHOW SERVERS' remote_pid) moved out of
    // the pool the attribution rules gave it into Baseline::kPgBouncerPool, appended after
    // the others and there even when it owns none, so no backend counts twice. Unchanged
    // before the console's first answer.
    ActivitySample attributed(const ActivitySample& activity) const;
    // The admin console cannot be read (named state); the checks become unknown.
    void setUnavailable(const QString& reason);

    bool hasSample() const { return m_sample.has_value(); }
    const std::optional<PgBouncerSample>& sample() const { return m_sample; }
    // Backends of the latest activity poll whose pid PgBouncer reports as a server
    // connection, and the pools opsdash attributed them to (pool id → count).
    int ownedBackends() const { return m_ownedBackends; }
    const QMap<QString, int>& ownedByPool() const { return m_ownedByPool; }

    // Empty while no PgBouncer is configured. usableSlots 0: the server's facts are unknown.
    QList<Finding> findings(int usableSlots, const QString& evidence) const;
    // "5 × (5 default_pool_size + 0 reserve_pool_size) = 25"
    static QString boundExplained(const PgBouncerSample& sample);
    // One pool as the pool panel and `opsdash probe` show it: "PgBouncer app/web:
    // cl_active 5 · cl_waiting 15 · sv_active 5 · sv_idle 0 · maxwait 2.5 s".
    static QString describe(const PgBouncerPool& pool);
    // The pool sizes against the usable slots, max_client_conn and the backends it owns.
    QString sizesLine(int usableSlots) const;
    // The evidence of both checks: the console and the time of the poll.
    QString evidence(const QString& console) const;

private:
    struct Database
    {
        QString name;
        int waiting{0};
        qint64 maxWaitUs{0};
        int peakWaiting{0};
        qint64 worstWaitUs{0};
        QDateTime firstFailed;
    };

    qint64 m_maxWaitUs{0};
    std::optional<PgBouncerSample> m_sample;
    QList<Database> m_databases;
    QString m_unavailable;
    int m_ownedBackends{0};
    QMap<QString, int> m_ownedByPool;
};

} // namespace opsdash
