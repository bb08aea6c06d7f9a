#pragma once

// Runs set-up SQL (schemas, tables, roles, fixture rows) on a test's own libpq connection,
// apart from the connection under test. A statement that fails returns false and prints
// the server's complaint, so a QVERIFY around it says why the set-up broke.
#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <libpq-fe.h>
#include <memory>

namespace opsdash::test {

// One statement (or several separated by ';') on the given connection.
inline bool pgExec(PGconn* connection, const QByteArray& sql)
{
    std::unique_ptr<PGresult, decltype(&PQclear)> result{
        PQexec(connection, sql.constData()), &PQclear};
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        qWarning("%s: %s", sql.constData(), PQresultErrorMessage(result.get()));
        return false;
    }
    return true;
}

inline bool pgExec(PGconn* connection, const QString& sql)
{
    return pgExec(connection, sql.toUtf8());
}

inline bool pgExec(PGconn* connection, const char* sql)
{
    return pgExec(connection, QByteArray{sql});
}

// The same on a fresh connection to the shared fixture (OPSDASH_TEST_PG_CONNINFO), for
// tests that hold no admin connection of their own.
inline bool pgExecOnFixture(const QByteArray& sql)
{
    std::unique_ptr<PGconn, decltype(&PQfinish)> connection{
        PQconnectdb(qgetenv("OPSDASH_TEST_PG_CONNINFO").constData()), &PQfinish};
    if (PQstatus(connection.get()) != CONNECTION_OK) {
        qWarning("fixture connection: %s", PQerrorMessage(connection.get()));
        return false;
    }
    return pgExec(connection.get(), sql);
}

// The first value of a query's first row: empty when no row came back, "<error>" (with a
// warning) when the query failed, so a QTRY_ can wait for a row to appear.
inline QString pgScalar(PGconn* connection, const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    std::unique_ptr<PGresult, decltype(&PQclear)> result{
        PQexec(connection, utf8.constData()), &PQclear};
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
        qWarning("%s: %s", utf8.constData(), PQresultErrorMessage(result.get()));
        return QStringLiteral("<error>");
    }
    return PQntuples(result.get()) > 0 ? QString::fromUtf8(PQgetvalue(result.get(), 0, 0))
                                       : QString{};
}

} // namespace opsdash::test
