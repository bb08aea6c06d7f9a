#pragma once

// Builds pg_stat_activity results in memory with libpq's own PGresult constructors, in
// exactly the column shape ActivityQuery::activitySql() returns, for unit tests and
// benchmarks that must not depend on a server's timing.
#include "pg/PgResult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <libpq-fe.h>
#include <optional>

inline constexpr quint32 SyntheticDatabaseOid = 16384;

// The database names a monitor would have read with the server facts.
inline QHash<quint32, QString> syntheticDatabases()
{
    return {{SyntheticDatabaseOid, QStringLiteral("app")}};
}

struct SyntheticRow
{
    int pid{0};
    QByteArray usename{"app"};
    quint32 datid{SyntheticDatabaseOid}; // named by syntheticDatabases()
    QByteArray applicationName{};
    std::optional<QByteArray> clientAddr{QByteArray{"127.0.0.1/32"}};
    std::optional<QByteArray> state{QByteArray{"idle"}}; // nullopt: hidden from the monitor role
    // nullopt: the server did not send the text again (unchanged since the cutoff).
    std::optional<QByteArray> query{QByteArray{"SELECT 1"}};
    qint64 backendStartMs{0}; // 0: a minute before now
    // false: the server did not send the fixed fields again (the backend started before
    // the cutoff): usename, datid, client_addr and backend_start are NULL.
    bool fixedSent{true};
};

// The summary row comes first, as the server sends it: the server clock and the pids of
// the sessions sent by pid alone (`unchanged`, NULL when empty).
inline opsdash::PgResult syntheticActivity(const QList<SyntheticRow>& rows,
    qint64 nowMs = 1'800'000'000'000, const QList<int>& unchanged = {})
{
    static const char* names[]
        = {"int8", "pid", "usename", "datid", "application_name", "client_addr", "int8", "int8",
            "int8", "int8", "state", "wait_event_type", "wait_event", "query", "string_agg"};
    constexpr int columns = 15;
    PGresAttDesc attributes[columns] = {};
    for (int c = 0; c < columns; ++c) {
        attributes[c].name = const_cast<char*>(names[c]);
        attributes[c].format = 0;
        attributes[c].typlen = -1;
        attributes[c].atttypmod = -1;
    }
    PGresult* result = PQmakeEmptyPGresult(nullptr, PGRES_TUPLES_OK);
    PQsetResultAttrs(result, columns, attributes);
    const QByteArray now = QByteArray::number(nowMs);
    const QByteArray started = QByteArray::number(nowMs - 60'000);
    auto set = [&](int row, int column, const std::optional<QByteArray>& value) {
        if (value)
            PQsetvalue(result, row, column, const_cast<char*>(value->constData()),
                static_cast<int>(value->size()));
        else
            PQsetvalue(result, row, column, nullptr, -1);
    };
    QByteArrayList pids;
    for (const int pid : unchanged)
        pids.append(QByteArray::number(pid));
    set(0, 0, now);
    for (int column = 1; column < columns - 1; ++column)
        set(0, column, std::nullopt);
    set(0, columns - 1, pids.isEmpty() ? std::nullopt : std::optional{pids.join(',')});
    for (int index = 0; index < rows.size(); ++index) {
        const SyntheticRow& r = rows.at(index);
        const int row = index + 1;
        set(row, 0, std::nullopt);
        set(row, 1, QByteArray::number(r.pid));
        set(row, 2, r.fixedSent ? std::optional{r.usename} : std::nullopt);
        set(row, 3, r.fixedSent ? std::optional{QByteArray::number(r.datid)} : std::nullopt);
        set(row, 4, r.applicationName);
        set(row, 5, r.fixedSent ? r.clientAddr : std::nullopt);
        if (r.fixedSent)
            set(row, 6, r.backendStartMs != 0 ? QByteArray::number(r.backendStartMs) : started);
        else
            set(row, 6, std::nullopt);
        set(row, 7, std::nullopt);
        set(row, 8, started);
        set(row, 9, started);
        set(row, 10, r.state);
        set(row, 11, QByteArray{"Client"});
        set(row, 12, QByteArray{"ClientRead"});
        set(row, 13, r.query);
        set(row, 14, std::nullopt);
    }
    return opsdash::PgResult{result};
}
