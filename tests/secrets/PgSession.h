#pragma once

// Drives one PgConnection from a test: connect, run a statement, wait for the outcome.
#include "pg/PgConnection.h"

#include <QSignalSpy>
#include <QString>

#include <variant>

namespace opsdash::test {

// Connected, or the error connectFailed() gave.
inline std::optional<Error> connectAndWait(PgConnection& connection, const QByteArray& conninfo)
{
    QSignalSpy connected{&connection, &PgConnection::connected};
    QSignalSpy failed{&connection, &PgConnection::connectFailed};
    connection.open({conninfo, QByteArrayLiteral("opsdash-test"), std::chrono::seconds{20}, {}});
    for (int i = 0; i < 300 && connected.isEmpty() && failed.isEmpty(); ++i)
        connected.wait(100);
    if (!connected.isEmpty())
        return std::nullopt;
    if (!failed.isEmpty())
        return failed.first().at(0).value<Error>();
    return Error{QStringLiteral("neither connected nor failed within 30 s")};
}

// The statement's result, or the error queryFailed()/lost() gave.
inline std::variant<PgResult, Error> execAndWait(
    PgConnection& connection, const QByteArray& sql, const QByteArrayList& parameters = {})
{
    QSignalSpy ready{&connection, &PgConnection::resultReady};
    QSignalSpy failed{&connection, &PgConnection::queryFailed};
    QSignalSpy lost{&connection, &PgConnection::lost};
    if (!connection.send(sql, parameters))
        return Error{QStringLiteral("not ready")};
    for (int i = 0; i < 300 && ready.isEmpty() && failed.isEmpty() && lost.isEmpty(); ++i)
        ready.wait(100);
    if (!ready.isEmpty())
        return ready.first().at(0).value<PgResult>();
    if (!failed.isEmpty())
        return failed.first().at(0).value<Error>();
    if (!lost.isEmpty())
        return lost.first().at(0).value<Error>();
    return Error{QStringLiteral("no answer within 30 s")};
}

} // namespace opsdash::test
