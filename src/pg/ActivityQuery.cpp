#include "ActivityQuery.h"

namespace opsdash::ActivityQuery {

namespace {

enum Column {
    Now,
    Pid,
    Usename,
    Datname,
    ApplicationName,
    ClientAddr,
    BackendStart,
    XactStart,
    QueryStart,
    StateChange,
    State,
    WaitEventType,
    WaitEvent,
    Query,
    ColumnCount
};

QDateTime fromEpochMs(const PgResult& result, int row, int column)
{
    if (result.isNull(row, column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(result.integer(row, column), Qt::UTC);
}

} // namespace

QByteArray activitySql(int serverVersionNum)
{
    Q_UNUSED(serverVersionNum) // 13–17 share these columns; leader_pid is 13+.
    return QByteArrayLiteral(
        "SELECT (extract(epoch FROM now()) * 1000)::int8, pid, usename, datname, application_name, "
        "client_addr::text, "
        "(extract(epoch FROM backend_start) * 1000)::int8, (extract(epoch FROM xact_start) * "
        "1000)::int8, "
        "(extract(epoch FROM query_start) * 1000)::int8, (extract(epoch FROM state_change) * "
        "1000)::int8, "
        "state, wait_event_type, wait_event, left(query, $1::int) "
        "FROM pg_catalog.pg_stat_activity "
        "WHERE datid IS NOT NULL AND leader_pid IS NULL "
        "AND (backend_type IS NULL OR backend_type = 'client backend')");
}

QByteArray serverFactsSql()
{
    return QByteArrayLiteral(
        "SELECT current_setting('server_version_num')::int, current_setting('server_version'), "
        "current_setting('max_connections')::int, "
        "current_setting('superuser_reserved_connections')::int, "
        "coalesce(current_setting('reserved_connections', true), '0')::int, "
        "current_setting('idle_session_timeout'), "
        "current_setting('idle_in_transaction_session_timeout'), "
        "(extract(epoch FROM now()) * 1000)::int8");
}

ActivitySample parseActivity(const PgResult& result, const PoolAttributor& attributor, int ownPid)
{
    ActivitySample sample;
    sample.monitorPid = ownPid;
    sample.pools = attributor.emptyUsage();
    if (result.columns() < ColumnCount)
        return sample;

    const int rows = result.rows();
    sample.sessions.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        if (row == 0)
            sample.serverTime = fromEpochMs(result, row, Now);
        BackendSession session;
        session.pid = static_cast<int>(result.integer(row, Pid));
        session.state
            = backendStateFromActivity(result.text(row, State), result.isNull(row, State));
        session.usename = result.text(row, Usename);
        session.datname = result.text(row, Datname);
        session.applicationName = result.text(row, ApplicationName);
        session.clientAddr = result.text(row, ClientAddr);

        QString pool
            = session.pid == ownPid ? QString{Baseline::kMonitorPool} : attributor.poolFor(session);
        auto usage = std::find_if(sample.pools.begin(), sample.pools.end(),
            [&](const PoolUsage& u) { return u.pool == pool; });
        if (usage == sample.pools.end()) {
            sample.pools.append(PoolUsage{pool, {}});
            usage = std::prev(sample.pools.end());
        }
        ++usage->byState.at(static_cast<std::size_t>(session.state));
        if (session.pid == ownPid)
            continue;

        session.pool = std::move(pool);
        session.backendStart = fromEpochMs(result, row, BackendStart);
        session.xactStart = fromEpochMs(result, row, XactStart);
        session.queryStart = fromEpochMs(result, row, QueryStart);
        session.stateChange = fromEpochMs(result, row, StateChange);
        session.waitEventType = result.text(row, WaitEventType);
        session.waitEvent = result.text(row, WaitEvent);
        session.query = result.text(row, Query);
        sample.sessions.append(std::move(session));
    }
    return sample;
}

std::optional<ServerFacts> parseServerFacts(const PgResult& result)
{
    if (result.rows() != 1 || result.columns() < 8)
        return std::nullopt;
    ServerFacts facts;
    facts.versionNum = static_cast<int>(result.integer(0, 0));
    facts.version = result.text(0, 1);
    facts.maxConnections = static_cast<int>(result.integer(0, 2));
    facts.superuserReservedConnections = static_cast<int>(result.integer(0, 3));
    facts.reservedConnections = static_cast<int>(result.integer(0, 4));
    facts.idleSessionTimeout = result.text(0, 5);
    facts.idleInTransactionSessionTimeout = result.text(0, 6);
    facts.readAt = fromEpochMs(result, 0, 7);
    if (facts.versionNum <= 0 || facts.maxConnections <= 0)
        return std::nullopt;
    return facts;
}

} // namespace opsdash::ActivityQuery
