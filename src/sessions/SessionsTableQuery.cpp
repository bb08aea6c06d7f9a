#include "SessionsTableQuery.h"

#include "pg/PgResult.h"

#include <QStringList>

namespace opsdash {

namespace {
using Kind = SourceError::Kind;
}

Result<SessionsTableQuery::Identifiers> SessionsTableQuery::escape(
    const SessionsTableSpec& spec, const Escape& escape)
{
    Identifiers names;
    const std::pair<QStringView, QByteArray*> parts[]{{spec.userIdColumn, &names.userId},
        {spec.expiresColumn, &names.expires}, {spec.sessionTokenColumn, &names.sessionToken}};
    for (const auto& [name, into] : parts) {
        Result<QByteArray> quoted = escape(name);
        if (!quoted)
            return quoted.error();
        *into = std::move(quoted).value();
    }
    const Result<QByteArray> schema = escape(spec.schema);
    if (!schema)
        return schema.error();
    const Result<QByteArray> table = escape(spec.table);
    if (!table)
        return table.error();
    names.table = *schema + '.' + *table;
    return names;
}

QString SessionsTableQuery::quoteIdentifier(QStringView name)
{
    QString quoted = name.toString();
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString SessionsTableQuery::qualifiedName(const SessionsTableSpec& spec)
{
    return quoteIdentifier(spec.schema) + u'.' + quoteIdentifier(spec.table);
}

QByteArray SessionsTableQuery::inspectSql()
{
    // to_regclass answers NULL for a missing table (or schema) instead of raising, so a
    // wrong baseline is told apart from a failing server.
    return QByteArrayLiteral("SELECT r.rel IS NOT NULL AS found, a.attname::text AS name, "
                             "a.atttypid::regtype::text AS type "
                             "FROM (SELECT to_regclass($1) AS rel) r "
                             "LEFT JOIN pg_catalog.pg_attribute a "
                             "ON a.attrelid = r.rel AND a.attnum > 0 AND NOT a.attisdropped "
                             "ORDER BY a.attnum");
}

QByteArray SessionsTableQuery::selectSql(const Identifiers& names, bool expiresHasTimeZone)
{
    const QByteArray& expires = names.expires;
    // Without a time zone the column holds UTC wall time; compare it with UTC "now".
    const QByteArray now = expiresHasTimeZone ? QByteArrayLiteral("c.now")
                                              : QByteArrayLiteral("(c.now AT TIME ZONE 'UTC')");
    // The token column only ever appears inside md5(): its value never leaves the server.
    // Concatenated, not formatted: an identifier quoted by libpq may hold a '%'.
    return QByteArrayLiteral("SELECT (extract(epoch FROM c.now) * 1000)::bigint AS server_ms, "
                             "s.user_id, s.expires_ms, s.token_hash "
                             "FROM (SELECT now() AS now) c "
                             "LEFT JOIN LATERAL (SELECT ")
        + names.userId + "::text AS user_id, (extract(epoch FROM " + expires
        + ") * 1000)::bigint AS expires_ms, left(md5(" + names.sessionToken
        + "::text), 12) AS token_hash FROM " + names.table + " WHERE " + expires + " > " + now
        + " AND isfinite(" + expires + ") ORDER BY " + expires + " LIMIT $1) s ON true";
}

SessionsTableQuery::Columns SessionsTableQuery::readColumns(const PgResult& result)
{
    Columns columns;
    const int found = result.column("found");
    const int name = result.column("name");
    const int type = result.column("type");
    for (int row = 0; row < result.rows(); ++row) {
        if (result.text(row, found) != QLatin1String{"t"})
            continue;
        columns.tableFound = true;
        if (!result.isNull(row, name))
            columns.types.insert(result.text(row, name), result.text(row, type));
    }
    return columns;
}

Result<bool, SourceError> SessionsTableQuery::checkColumns(const Columns& columns,
    const SessionsTableSpec& spec, const QString& baselineName, const QString& where)
{
    if (!columns.tableFound) {
        return SourceError{Kind::MissingTable,
            tr("table %1 does not exist; set sessionsTable.schema and sessionsTable.table in the "
               "baseline (%2)")
                .arg(qualifiedName(spec), baselineName),
            where, QStringLiteral("42P01")};
    }
    const QList<std::pair<QString, QString>> wanted{
        {QStringLiteral("userId"), spec.userIdColumn},
        {QStringLiteral("expires"), spec.expiresColumn},
        {QStringLiteral("sessionToken"), spec.sessionTokenColumn},
    };
    for (const auto& [key, column] : wanted) {
        if (columns.types.contains(column))
            continue;
        QStringList present;
        for (auto it = columns.types.cbegin(); it != columns.types.cend(); ++it)
            present.append(quoteIdentifier(it.key()));
        return SourceError{Kind::MissingColumn,
            tr("table %1 has no column %2; set sessionsTable.columns.%3 in the baseline (%4); "
               "its columns are %5")
                .arg(qualifiedName(spec), quoteIdentifier(column), key, baselineName,
                    present.join(QStringLiteral(", "))),
            where, QStringLiteral("42703")};
    }
    const QString type = columns.types.value(spec.expiresColumn);
    if (type == QLatin1String{"timestamp with time zone"})
        return true;
    if (type == QLatin1String{"timestamp without time zone"})
        return false;
    return SourceError{Kind::UnsupportedColumnType,
        tr("column %1 of %2 is %3, not a timestamp; check sessionsTable.columns.expires in the "
           "baseline (%4)")
            .arg(quoteIdentifier(spec.expiresColumn), qualifiedName(spec), type, baselineName),
        where, {}};
}

Result<SessionSnapshot, SourceError> SessionsTableQuery::readSessions(
    const PgResult& result, qint64 maxRows, const QString& where)
{
    const int serverMs = result.column("server_ms");
    const int user = result.column("user_id");
    const int expires = result.column("expires_ms");
    const int hash = result.column("token_hash");
    if (result.rows() < 1 || serverMs < 0 || user < 0 || expires < 0 || hash < 0) {
        return SourceError{
            Kind::QueryFailed, tr("the sessions query returned an unexpected shape"), where, {}};
    }
    SessionSnapshot snapshot;
    snapshot.clock = ServerClock::DatabaseNow;
    snapshot.serverTime = QDateTime::fromMSecsSinceEpoch(result.integer(0, serverMs), Qt::UTC);
    for (int row = 0; row < result.rows(); ++row) {
        if (result.isNull(row, expires))
            continue; // the clock row of an empty table
        SessionRecord record;
        record.user = result.text(row, user);
        record.expiresAt = QDateTime::fromMSecsSinceEpoch(result.integer(row, expires), Qt::UTC);
        record.hash = result.text(row, hash);
        snapshot.sessions.append(std::move(record));
    }
    // The query asks for one row more than the limit, to know whether there were more.
    if (snapshot.sessions.size() > maxRows) {
        snapshot.sessions.resize(maxRows);
        snapshot.truncated = true;
    }
    return snapshot;
}

} // namespace opsdash
