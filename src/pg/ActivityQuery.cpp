#include "ActivityQuery.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace opsdash::ActivityQuery {

namespace {

enum Column {
    Now,
    Pid,
    Usename,
    Datid,
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
    Carried, // only in the summary row, whose pid is NULL: "pid,pid,…"
    ColumnCount
};

QDateTime fromEpochMs(const PgResult& result, int row, int column)
{
    if (result.isNull(row, column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(result.integer(row, column), Qt::UTC);
}

// Shares one QString per distinct value within a result.
class TextInterner final
{
public:
    QString text(const PgResult& result, int row, int column)
    {
        if (result.isNull(row, column))
            return {};
        const QByteArray key
            = QByteArray::fromRawData(result.raw(row, column), result.length(row, column));
        if (const auto it = m_texts.constFind(key); it != m_texts.constEnd())
            return it.value();
        QString text = QString::fromUtf8(key);
        m_texts.insert(QByteArray{key.constData(), key.size()}, text);
        return text;
    }

private:
    QHash<QByteArray, QString> m_texts;
};

// A poll's sessions, read from its result when asked.
QString databaseName(
    const PgResult& result, int row, const QHash<quint32, QString>& databases, bool* known)
{
    if (result.isNull(row, Datid))
        return {};
    const auto oid = static_cast<quint32>(result.integer(row, Datid));
    const auto it = databases.constFind(oid);
    if (it != databases.constEnd())
        return it.value();
    if (known != nullptr)
        *known = false;
    // Created since the facts were read; named on the next facts read.
    return QStringLiteral("oid %1").arg(oid);
}

// What stays the same for a backend's whole life (its role's name until a rename, which
// the next full poll shows): what a poll carries over from the previous sample when the
// server did not send it again.
struct BackendIdentity
{
    QString usename;
    QString datname;
    QString clientAddr;
    qint64 backendStartMs{0}; // server clock, ms since epoch
};

BackendIdentity identityOf(const BackendSession& session)
{
    return {session.usename, session.datname, session.clientAddr,
        session.backendStart.isValid() ? session.backendStart.toMSecsSinceEpoch() : 0};
}

class ResultSessions final : public SessionSource
{
public:
    // Rows below result.rows() are read from the result; the rows after them are the
    // sessions carried over whole, in order.
    ResultSessions(PgResult result, QHash<quint32, QString> databases,
        QHash<int, QString> carriedTexts, QHash<int, BackendIdentity> carriedIdentities,
        QList<std::shared_ptr<const BackendSession>> carriedSessions)
        : m_result{std::move(result)}
        , m_databases{std::move(databases)}
        , m_carriedTexts{std::move(carriedTexts)}
        , m_carriedIdentities{std::move(carriedIdentities)}
        , m_carriedSessions{std::move(carriedSessions)}
    { }

    QString query(int row) const override
    {
        if (row >= m_result.rows())
            return m_carriedSessions.at(row - m_result.rows())->query;
        if (const auto it = m_carriedTexts.constFind(row); it != m_carriedTexts.constEnd())
            return it.value();
        return m_result.text(row, Query);
    }

    std::shared_ptr<const BackendSession> sharedSession(int row) const override
    {
        if (row >= m_result.rows())
            return m_carriedSessions.at(row - m_result.rows());
        return SessionSource::sharedSession(row);
    }

    // The session's fixed fields alone, for a poll that carries them over.
    BackendIdentity identity(int row) const
    {
        if (row >= m_result.rows())
            return identityOf(*m_carriedSessions.at(row - m_result.rows()));
        if (const auto it = m_carriedIdentities.constFind(row);
            it != m_carriedIdentities.constEnd())
            return it.value();
        return {m_result.text(row, Usename), databaseName(m_result, row, m_databases, nullptr),
            m_result.text(row, ClientAddr), m_result.integer(row, BackendStart)};
    }

    BackendSession session(int row) const override
    {
        if (row >= m_result.rows())
            return *m_carriedSessions.at(row - m_result.rows());
        BackendSession session;
        session.pid = static_cast<int>(m_result.integer(row, Pid));
        if (const auto it = m_carriedIdentities.constFind(row);
            it != m_carriedIdentities.constEnd()) {
            session.usename = it->usename;
            session.datname = it->datname;
            session.clientAddr = it->clientAddr;
            session.backendStart = QDateTime::fromMSecsSinceEpoch(it->backendStartMs, Qt::UTC);
        } else {
            session.usename = m_result.text(row, Usename);
            session.datname = databaseName(m_result, row, m_databases, nullptr);
            session.clientAddr = m_result.text(row, ClientAddr);
            session.backendStart = fromEpochMs(m_result, row, BackendStart);
        }
        session.applicationName = m_result.text(row, ApplicationName);
        session.xactStart = fromEpochMs(m_result, row, XactStart);
        session.queryStart = fromEpochMs(m_result, row, QueryStart);
        session.stateChange = fromEpochMs(m_result, row, StateChange);
        session.waitEventType = m_result.text(row, WaitEventType);
        session.waitEvent = m_result.text(row, WaitEvent);
        session.query = query(row);
        return session;
    }

private:
    PgResult m_result;
    QHash<quint32, QString> m_databases; // implicitly shared with the facts
    QHash<int, QString> m_carriedTexts; // row → text the server did not send again
    QHash<int, BackendIdentity> m_carriedIdentities; // row → fixed fields not sent again
    // Values, never another sample's source: a chain of those would keep every earlier
    // result alive.
    QList<std::shared_ptr<const BackendSession>> m_carriedSessions;
};

BackendState stateOf(const PgResult& result, int row)
{
    if (result.isNull(row, State))
        return BackendState::Unknown;
    return backendStateFromActivity(
        QLatin1String{result.raw(row, State), result.length(row, State)});
}

// The texts of rows the server left NULL, from the previous sample's same backend (same
// pid and backend start: a pid can be reused).
QHash<int, QString> carriedQueries(const PgResult& result, const QList<SessionRow>& rows,
    const ActivitySample* previous, const QHash<int, const SessionRow*>& before, bool* uncarried)
{
    QHash<int, QString> carried;
    for (const SessionRow& row : rows) {
        if (row.row >= result.rows() || !result.isNull(row.row, Query))
            continue;
        const SessionRow* old = before.value(row.pid);
        if (old != nullptr && old->backendStartMs == row.backendStartMs)
            carried.insert(row.row, previous->source->query(old->row));
        else if (uncarried != nullptr)
            *uncarried = true;
    }
    return carried;
}

// The parts the poll statements share: the summary row's columns but its last, a
// session row's columns up to its text, the text (cut to $1 characters, sent only when it
// changed since the cutoff $2), and which processes are client sessions. What never
// changes for a backend — its role (usesysid), database, client address and start — is
// sent only for a backend that started after the cutoff (or with a full poll): one that
// started before was in the previous poll under the same pid (pids are unique among live
// processes), which parseActivity carries those fields over from. datid, never NULL for a
// client session, is NULL exactly when they were not sent. That spares each row a role
// lookup, an inet→text and a timestamp conversion, and their bytes.
constexpr char kSummaryColumns[]
    = "(date_part('epoch', now()) * 1000)::int8, NULL::int4, NULL::name, NULL::oid, NULL::text, "
      "NULL::text, NULL::int8, NULL::int8, NULL::int8, NULL::int8, NULL::text, NULL::text, "
      "NULL::text, NULL::text, ";
constexpr char kSessionColumns[]
    = "s.pid, CASE WHEN s.backend_start < to_timestamp($2::float8 / 1000) THEN NULL "
      "ELSE pg_catalog.pg_get_userbyid(s.usesysid) END, "
      "CASE WHEN s.backend_start < to_timestamp($2::float8 / 1000) THEN NULL ELSE s.datid END, "
      "s.application_name, "
      "CASE WHEN s.backend_start < to_timestamp($2::float8 / 1000) THEN NULL "
      "ELSE s.client_addr::text END, "
      "CASE WHEN s.backend_start < to_timestamp($2::float8 / 1000) THEN NULL "
      "ELSE (date_part('epoch', s.backend_start) * 1000)::int8 END, "
      "(date_part('epoch', s.xact_start) * 1000)::int8, "
      "(date_part('epoch', s.query_start) * 1000)::int8, "
      "(date_part('epoch', s.state_change) * 1000)::int8, s.state, s.wait_event_type, "
      "s.wait_event, ";
constexpr char kQueryText[]
    = "CASE WHEN s.pid <> pg_catalog.pg_backend_pid() AND ($2::float8 IS NULL "
      "OR s.state_change IS NULL OR s.state_change >= to_timestamp($2::float8 / 1000)) "
      "THEN CASE WHEN octet_length(s.query) > $1::int THEN left(s.query, $1::int) "
      "ELSE s.query END END";
constexpr char kClientBackend[]
    = "s.datid IS NOT NULL AND s.leader_pid IS NULL "
      "AND (s.backend_type IS NULL OR s.backend_type = 'client backend')";

} // namespace

QByteArray activitySql(int serverVersionNum)
{
    Q_UNUSED(serverVersionNum) // 13–17 share these columns; leader_pid is 13+.
    // Straight from pg_stat_get_activity rather than the pg_stat_activity view: the view
    // also joins pg_authid and pg_database for every row. The database's name comes from
    // the facts (a join here was a third of the poll's server time); the role's name stays
    // (attribution may match on it, and a new role must not wait a minute to be named).
    // date_part gives float8, far cheaper than extract's numeric; milliseconds fit a
    // double exactly.
    //
    // Most of what is left of the poll's server time is sending rows: every 8 kB the
    // backend flushes its output buffer in the middle of the statement, and the reader it
    // wakes competes with it for the CPU. So the result is kept small. A backend writes
    // its state, query text, query and transaction start and application name together
    // with its state_change, so a session in an idle state whose state_change is older
    // than the cutoff is exactly as the previous poll saw it (an idle backend waits on
    // ClientRead): such sessions are sent as one list of pids in a summary row, and
    // parseActivity carries them over from the previous sample. Active sessions always
    // come whole (their wait events change), without their text if it has not changed.
    // The summary row (pid NULL) also carries the server clock, computed once. opsdash's
    // own backend comes without its text, which is this statement. A text is cut to $1
    // characters only when it has more bytes than that: left() counts the characters of
    // every text it is given (about a tenth of a busy poll's server time), and a text of no
    // more bytes than the limit has no more characters either. Measured figures in
    // docs/monitoring.md.
    static const QByteArray sql = QByteArrayLiteral("WITH s AS (SELECT s.pid, s.usesysid, s.datid, "
                                                    "s.application_name, s.client_addr, "
                                                    "s.backend_start, s.xact_start, s.query_start, "
                                                    "s.state_change, s.state, s.wait_event_type, "
                                                    "s.wait_event, ")
        + kQueryText
        + " AS query, ($2::float8 IS NOT NULL AND s.state_change < to_timestamp($2::float8 / 1000) "
          "AND s.state IN ('idle', 'idle in transaction', 'idle in transaction (aborted)')) "
          "AS unchanged FROM pg_catalog.pg_stat_get_activity(NULL) s WHERE "
        + kClientBackend + ") SELECT " + kSummaryColumns
        + "string_agg(s.pid::text, ',') FROM s WHERE s.unchanged UNION ALL SELECT NULL, "
        + kSessionColumns + "s.query, NULL FROM s WHERE s.unchanged IS NOT TRUE";
    return sql;
}

QByteArray changingActivitySql()
{
    // No CTE: the CTE activitySql needs to send unchanged sessions by pid copies every row
    // (its text too) into a tuplestore and reads it twice; with 200 busy sessions that was
    // a sixth of the statement's server time. The summary row holds only the server clock.
    static const QByteArray sql = QByteArrayLiteral("SELECT ") + kSummaryColumns
        + "NULL::text UNION ALL SELECT NULL, " + kSessionColumns + kQueryText
        + ", NULL FROM pg_catalog.pg_stat_get_activity(NULL) s WHERE " + kClientBackend;
    return sql;
}

bool sendIdleByPid(const ActivitySample& previous)
{
    if (!previous.serverTime.isValid())
        return false;
    const qint64 cutoff = previous.serverTime.toMSecsSinceEpoch() - 1000;
    qsizetype unchanged = 0;
    for (const SessionRow& row : previous.rows) {
        if ((row.state == BackendState::Idle || row.state == BackendState::IdleInTransaction
                || row.state == BackendState::IdleInTransactionAborted)
            && row.stateChangeMs != 0 && row.stateChangeMs < cutoff)
            ++unchanged;
    }
    // Measured (docs/monitoring.md): with 60 % of the sessions idle and unchanged, rows cost
    // less; with 88 %, the list by pid.
    return unchanged > 0 && 4 * unchanged >= 3 * previous.rows.size();
}

QByteArray quietActivitySql()
{
    // pg_stat_get_backend_dbid is 0 (not NULL) for a process with no database. A statement
    // stamps query_start when it arrives and opens a transaction (xact_start); a session
    // that never ran one has no query_start; a backend whose pid is reused starts after the
    // previous poll. Hidden from the role, the starts are NULL: such a session is never
    // carried (its state is unknown, so it is not in $3 either).
    static const QByteArray sql
        = QByteArrayLiteral(
              "WITH b AS MATERIALIZED (SELECT pg_catalog.pg_stat_get_backend_pid(i) AS pid, "
              "pg_catalog.pg_stat_get_backend_start(i) AS backend_start, "
              "pg_catalog.pg_stat_get_backend_activity_start(i) AS query_start, "
              "pg_catalog.pg_stat_get_backend_xact_start(i) AS xact_start "
              "FROM pg_catalog.pg_stat_get_backend_idset() i "
              "WHERE pg_catalog.pg_stat_get_backend_dbid(i) <> 0), "
              "c AS MATERIALIZED (SELECT b.pid, (b.pid IN (SELECT unnest($3::int[])) "
              "AND b.backend_start < to_timestamp($2::float8 / 1000) "
              "AND (b.query_start IS NULL OR b.query_start < to_timestamp($2::float8 / 1000)) "
              "AND (b.xact_start IS NULL OR b.xact_start < to_timestamp($2::float8 / 1000))) "
              "IS TRUE AS unchanged FROM b) SELECT ")
        + kSummaryColumns + "string_agg(c.pid::text, ',') FROM c WHERE c.unchanged UNION ALL "
        + "SELECT NULL, " + kSessionColumns + kQueryText
        + ", NULL FROM c, LATERAL pg_catalog.pg_stat_get_activity(c.pid) s "
          "WHERE NOT c.unchanged AND "
        + kClientBackend;
    return sql;
}

QByteArray carryablePids(const ActivitySample& previous)
{
    QByteArray pids{"{"};
    pids.reserve(previous.rows.size() * 8 + 2);
    for (const SessionRow& row : previous.rows) {
        if (row.state != BackendState::Idle && row.state != BackendState::IdleInTransaction
            && row.state != BackendState::IdleInTransactionAborted)
            continue;
        if (pids.size() > 1)
            pids += ',';
        pids += QByteArray::number(row.pid);
    }
    pids += '}';
    return pids;
}

QByteArray carryCutoff(const ActivitySample& previous)
{
    if (!previous.serverTime.isValid())
        return {};
    return QByteArray::number(previous.serverTime.toMSecsSinceEpoch() - 1000);
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
        "(date_part('epoch', now()) * 1000)::int8, "
        "(SELECT json_object_agg(oid, datname) FROM pg_catalog.pg_database), "
        "(SELECT json_object_agg(rolname, CASE WHEN rolsuper THEN NULL ELSE rolconnlimit END) "
        "FROM pg_catalog.pg_roles WHERE rolcanlogin), "
        "(SELECT json_object_agg(datname, datconnlimit) FROM pg_catalog.pg_database), "
        "current_setting('TimeZone')");
}

ActivitySample parseActivity(const PgResult& result, const PoolAttributor& attributor, int ownPid,
    const QHash<quint32, QString>& databases, const ActivitySample* previous, CarryOver* carry)
{
    ActivitySample sample;
    sample.monitorPid = ownPid;
    sample.pools = attributor.emptyUsage();
    if (result.columns() < ColumnCount)
        return sample;

    // Only what every tick needs is read here: pid, state and the fields the attribution
    // rules look at. The rest stays in the result until a panel asks for it.
    TextInterner texts;
    const PoolAttributor::Fields fields = attributor.fieldsUsed();
    const int monitorIndex
        = static_cast<int>(attributor.poolOrder().indexOf(Baseline::kMonitorPool));
    const int rows = result.rows();
    sample.rows.reserve(rows);
    // The previous sample's sessions by pid: what the server did not send again comes from
    // there.
    QHash<int, const SessionRow*> before;
    if (previous != nullptr && previous->source) {
        before.reserve(previous->rows.size());
        for (const SessionRow& old : previous->rows)
            before.insert(old.pid, &old);
    }
    CarryOver outcome;
    QHash<int, BackendIdentity> carriedIdentities;
    BackendSession keys;
    int summaryRow = -1;
    for (int row = 0; row < rows; ++row) {
        if (!sample.serverTime.isValid())
            sample.serverTime = fromEpochMs(result, row, Now);
        if (result.isNull(row, Pid)) {
            summaryRow = row;
            continue;
        }
        SessionRow session{row, static_cast<int>(result.integer(row, Pid)), stateOf(result, row), 0,
            result.integer(row, BackendStart), result.integer(row, StateChange),
            result.integer(row, XactStart)};
        const BackendIdentity* identity = nullptr;
        if (session.pid != ownPid && result.isNull(row, Datid)) {
            // Sent without its fixed fields: the backend started before the cutoff, so the
            // previous sample has it under this pid. One it lacks, or saw hidden from the
            // role (no backend start then), is polled again in full.
            const SessionRow* old = before.value(session.pid);
            if (old == nullptr || old->backendStartMs == 0) {
                outcome.sessionsMissing = true;
            } else {
                // A previous sample is parseActivity's own; read from another source, the
                // whole session.
                const auto* source = dynamic_cast<const ResultSessions*>(previous->source.get());
                identity = &*carriedIdentities.insert(row,
                    source != nullptr ? source->identity(old->row)
                                      : identityOf(previous->source->session(old->row)));
                session.backendStartMs = old->backendStartMs;
            }
        }
        if (session.pid == ownPid) {
            session.poolIndex = monitorIndex;
        } else {
            if (fields.applicationName)
                keys.applicationName = texts.text(result, row, ApplicationName);
            if (fields.usename)
                keys.usename
                    = identity != nullptr ? identity->usename : texts.text(result, row, Usename);
            if (fields.datname) {
                bool known = true;
                keys.datname = identity != nullptr ? identity->datname
                                                   : databaseName(result, row, databases, &known);
                sample.unknownDatabase = sample.unknownDatabase || !known;
            }
            if (fields.clientAddr)
                keys.clientAddr = identity != nullptr ? identity->clientAddr
                                                      : texts.text(result, row, ClientAddr);
            session.poolIndex = attributor.poolIndexFor(keys);
        }
        ++sample.pools[session.poolIndex].byState.at(static_cast<std::size_t>(session.state));
        if (session.pid != ownPid)
            sample.rows.append(session);
    }
    if (!fields.datname) {
        for (int row = 0; row < rows && !sample.unknownDatabase; ++row) {
            bool known = true;
            databaseName(result, row, databases, &known);
            sample.unknownDatabase = !known;
        }
    }
    outcome.sessionsSent = summaryRow >= 0 ? rows - 1 : rows;
    QList<std::shared_ptr<const BackendSession>> carriedSessions;
    if (summaryRow >= 0 && !result.isNull(summaryRow, Carried)) {
        // Unchanged sessions, as the previous sample had them: same pool, same state. A pid
        // reused by a new backend since then is sent whole (its state changed after the
        // cutoff), so the pid alone identifies the backend here.
        const char* list = result.raw(summaryRow, Carried);
        const int length = result.length(summaryRow, Carried);
        for (int start = 0; start < length;) {
            int end = start;
            int pid = 0;
            while (end < length && list[end] != ',')
                pid = pid * 10 + (list[end++] - '0');
            start = end + 1;
            const SessionRow* old = before.value(pid);
            if (old == nullptr || old->poolIndex >= sample.pools.size()) {
                outcome.sessionsMissing = true;
                continue;
            }
            SessionRow session = *old;
            session.row = rows + static_cast<int>(carriedSessions.size());
            carriedSessions.append(previous->source->sharedSession(old->row));
            ++sample.pools[session.poolIndex].byState.at(static_cast<std::size_t>(session.state));
            sample.rows.append(session);
        }
    }
    QHash<int, QString> carriedTexts
        = carriedQueries(result, sample.rows, previous, before, &outcome.textsMissing);
    sample.source = std::make_shared<const ResultSessions>(result, databases,
        std::move(carriedTexts), std::move(carriedIdentities), std::move(carriedSessions));
    if (carry != nullptr)
        *carry = outcome;
    return sample;
}

std::optional<ServerFacts> parseServerFacts(const PgResult& result)
{
    if (result.rows() != 1 || result.columns() < 9)
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
    const QJsonObject names
        = QJsonDocument::fromJson(QByteArray::fromRawData(result.raw(0, 8), result.length(0, 8)))
              .object();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        facts.databaseNames.insert(it.key().toUInt(), it.value().toString());
    if (result.columns() >= 11) {
        const auto jsonObject = [&](int column) {
            return QJsonDocument::fromJson(
                QByteArray::fromRawData(result.raw(0, column), result.length(0, column)))
                .object();
        };
        const QJsonObject roles = jsonObject(9);
        for (auto it = roles.constBegin(); it != roles.constEnd(); ++it)
            facts.roleConnectionLimits.insert(it.key(),
                it.value().isNull() ? std::nullopt : std::optional<int>{it.value().toInt(-1)});
        const QJsonObject limits = jsonObject(10);
        for (auto it = limits.constBegin(); it != limits.constEnd(); ++it)
            facts.databaseConnectionLimits.insert(it.key(), it.value().toInt(-1));
    }
    if (result.columns() >= 12)
        facts.timeZone = result.text(0, 11);
    if (facts.versionNum <= 0 || facts.maxConnections <= 0)
        return std::nullopt;
    return facts;
}

} // namespace opsdash::ActivityQuery
