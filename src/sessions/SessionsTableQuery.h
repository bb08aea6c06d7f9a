#pragma once

#include "model/Baseline.h"
#include "model/Result.h"
#include "sessions/SessionSnapshot.h"
#include "sessions/SourceError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>

namespace opsdash {

class PgResult;

// The SQL the sessions-table source sends and the reading of its answers, pure so it can be
// tested without a server. Identifiers come from the baseline; in SQL they are quoted only
// by libpq (PQescapeIdentifier on the live connection, through an Escape function), and
// values only ever travel as parameters.
class SessionsTableQuery final
{
    Q_DECLARE_TR_FUNCTIONS(SessionsTableQuery)

public:
    SessionsTableQuery() = delete;

    // Quotes one identifier for SQL: ActivityMonitor::escapeIdentifier in the source.
    using Escape = std::function<Result<QByteArray>(QStringView)>;

    // The baseline's names, each quoted by Escape.
    struct Identifiers
    {
        QByteArray table; // "schema"."table"
        QByteArray userId;
        QByteArray expires;
        QByteArray sessionToken;
    };
    static Result<Identifiers> escape(const SessionsTableSpec& spec, const Escape& escape);

    // For messages only, never for SQL: "schema"."table" as PostgreSQL would print it.
    static QString quoteIdentifier(QStringView name);
    static QString qualifiedName(const SessionsTableSpec& spec);

    // $1 = Identifiers::table. One row per column of the table (name, type), or a single
    // row with found = false when the table does not exist.
    static QByteArray inspectSql();
    // The sessions query: user id, expiry and left(md5(token), 12) of the rows with
    // expires > now(), plus the server's now() — in one statement, so all times are on one
    // clock. Always returns at least one row (the clock). $1 = row limit.
    // A timestamp-without-time-zone column is read as UTC, as Prisma and Drizzle write it.
    static QByteArray selectSql(const Identifiers& names, bool expiresHasTimeZone);

    struct Columns
    {
        bool tableFound{false};
        QMap<QString, QString> types; // column name → type ("timestamp with time zone")
    };
    static Columns readColumns(const PgResult& result);

    // Checks the baseline's column names against the table; on success tells whether the
    // expiry column has a time zone. baselineName goes into the messages (which file to fix).
    static Result<bool, SourceError> checkColumns(const Columns& columns,
        const SessionsTableSpec& spec, const QString& baselineName, const QString& where);

    // Rows of selectSql() (sent with $1 = maxRows + 1) into a snapshot, truncated to maxRows
    // and marked so when there were more. Source and receivedAt are the caller's.
    static Result<SessionSnapshot, SourceError> readSessions(
        const PgResult& result, qint64 maxRows, const QString& where);
};

} // namespace opsdash
