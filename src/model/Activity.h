#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace opsdash {

// A client backend's state as pg_stat_activity reports it. `Unknown` is a state hidden
// from the monitoring role (no pg_monitor / pg_read_all_stats): never shown as idle.
enum class BackendState {
    Active,
    Idle,
    IdleInTransaction,
    IdleInTransactionAborted,
    Other, // fastpath function call, disabled
    Unknown,
};
inline constexpr std::size_t BackendStateCount = 6;

QString toString(BackendState state);
// pg_stat_activity.state text; a NULL state (hidden from the monitoring role) is Unknown.
BackendState backendStateFromActivity(QLatin1String state);

// One client session (a pg_stat_activity row with datid IS NOT NULL).
struct BackendSession
{
    int pid{0};
    QString pool;
    QString usename;
    QString datname;
    QString applicationName;
    QString clientAddr;
    QDateTime backendStart;
    QDateTime xactStart;
    QDateTime queryStart;
    QDateTime stateChange;
    BackendState state{BackendState::Unknown};
    QString waitEventType;
    QString waitEvent;
    QString query; // truncated; "<insufficient privilege>" kept as such
};

// Sessions of one pool by state.
struct PoolUsage
{
    QString pool;
    std::array<int, BackendStateCount> byState{};

    int total() const;
    int count(BackendState state) const { return byState.at(static_cast<std::size_t>(state)); }
};

// What the server says about its own limits; read on connect and every minute.
struct ServerFacts
{
    int versionNum{0}; // server_version_num, e.g. 150018
    QString version; // server_version, e.g. "15.18 (Debian 15.18-0+deb12u1)"
    int maxConnections{0};
    int superuserReservedConnections{0};
    int reservedConnections{0}; // PostgreSQL 16+; 0 before
    QString idleSessionTimeout;
    QString idleInTransactionSessionTimeout;
    QDateTime readAt; // server clock
    // pg_database's oid → name, read with the facts so the poll itself needs no join.
    QHash<quint32, QString> databaseNames;
    // pg_roles.rolconnlimit of every login role and pg_database.datconnlimit of every
    // database, by name (-1: no limit). A superuser role maps to nullopt: PostgreSQL
    // applies neither limit to superusers.
    QHash<QString, std::optional<int>> roleConnectionLimits;
    QHash<QString, int> databaseConnectionLimits;
    // The connection's TimeZone setting ("Asia/Kathmandu", "Etc/UTC"): the server's zone
    // the window can show times in. Empty where the source does not report it (Prometheus).
    QString timeZone;

    int usableSlots() const
    {
        return maxConnections - superuserReservedConnections - reservedConnections;
    }
};

// Where a sample's per-session details live: the poll's raw result, read on demand, so a
// 5,000-session tick only pays for what is shown.
class SessionSource
{
public:
    virtual ~SessionSource() = default;
    virtual BackendSession session(int row) const = 0;
    // The query text alone: what the next poll carries over when the server did not
    // send it again.
    virtual QString query(int row) const { return session(row).query; }
    // The whole session as a shared value, for a poll that carries an unchanged session
    // over: sharing it means a session idle for hours is read from its result once.
    virtual std::shared_ptr<const BackendSession> sharedSession(int row) const
    {
        return std::make_shared<const BackendSession>(session(row));
    }
};

// What every tick needs of a session without reading its texts.
struct SessionRow
{
    int row{0}; // in the SessionSource
    int pid{0};
    BackendState state{BackendState::Unknown};
    int poolIndex{0}; // into ActivitySample::pools
    // Server clock, ms since epoch; 0 when hidden from the monitoring role. The live
    // rules need them every tick, so they are read with the rest of the row.
    qint64 backendStartMs{0};
    qint64 stateChangeMs{0};
    qint64 xactStartMs{0}; // 0 also outside a transaction
};

// One poll: every client session, counted per pool, at the server's clock.
struct ActivitySample
{
    QDateTime serverTime; // now() on the server, UTC
    QDateTime receivedAt; // desktop clock when the result arrived, UTC
    qint64 latencyMs{0}; // round trip of the poll query
    int monitorPid{0}; // opsdash's own backend, excluded from the sessions
    QList<PoolUsage> pools; // one entry per pool seen or budgeted, in baseline order
    QList<SessionRow> rows; // client sessions but opsdash's own
    std::shared_ptr<const SessionSource> source;
    bool unknownDatabase{false}; // a session's database is not in the facts' names yet

    // When the sample was taken: the server's clock, else (no answer to now()) the desktop's.
    // Alerts, history and chart ticks all place a sample here, so they line up.
    QDateTime observedAt() const { return serverTime.isValid() ? serverTime : receivedAt; }
    int clientSessions() const; // every client backend, opsdash's own included
    const PoolUsage* pool(QStringView id) const;
    int sessionCount() const { return static_cast<int>(rows.size()); }
    // The i-th session (of rows) with every field, its pool named.
    BackendSession session(int i) const;
    QList<BackendSession> sessions() const;
};

} // namespace opsdash
