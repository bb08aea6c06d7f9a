#pragma once

#include "model/ConnectionParameters.h"
#include "model/Result.h"
#include "pg/PgResult.h"

#include <QByteArrayList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

struct pg_conn;
class QSocketNotifier;
class QTimer;

namespace opsdash {

// One libpq connection, driven entirely by the Qt event loop: PQconnectStartParams +
// PQconnectPoll with socket notifiers re-armed after every step, PQsendQueryParams,
// results drained to NULL. Nothing here ever blocks the calling thread.
class PgConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgConnection)

public:
    enum class State { Closed, Connecting, Ready, Busy };
    Q_ENUM(State)

    struct Options
    {
        // Anything libpq accepts: "key=value ...", a postgres:// URI, a "service=name", or
        // empty for PG* environment variables alone. libpq resolves .pgpass itself.
        QByteArray conninfo;
        QByteArray applicationName{"opsdash"};
        // libpq ignores connect_timeout in asynchronous mode; opsdash enforces its own.
        std::chrono::milliseconds connectTimeout{std::chrono::seconds{10}};
        // Keyword/value pairs applied after conninfo (a profile's host, port, password, ...).
        ConnectionParameters parameters;
    };

    explicit PgConnection(QObject* parent = nullptr);
    ~PgConnection() override;

    // Whether libpq can parse the conninfo; the error names what it rejected.
    static Result<void> checkConninfo(const QByteArray& conninfo);
    // Whether the conninfo carries a password (profiles refuse those: it would be saved).
    static bool conninfoHasPassword(const QByteArray& conninfo);
    // "host:port/dbname" for display: never a password.
    static QString describeTarget(
        const QByteArray& conninfo, const ConnectionParameters& parameters = {});

    // Starts connecting; ends in connected() or connectFailed(). Closes any open connection.
    void open(const Options& options);
    void close();

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    // Once connected: the backend's pid, server_version_num, "host:port/dbname".
    int backendPid() const;
    int serverVersion() const;
    QString target() const;

    // An identifier quoted for SQL by libpq (PQescapeIdentifier) with this connection's
    // client encoding and server's rules; an Error when not connected or libpq refuses it
    // (invalid in the encoding, say). Escape again after every reconnect: the encoding may
    // differ.
    Result<QByteArray> escapeIdentifier(QStringView name) const;

    // Sends one statement in autocommit; ends in resultReady() or queryFailed(), or lost()
    // if the connection breaks. Returns false (and sends nothing) unless Ready.
    bool send(const QByteArray& sql, const QByteArrayList& parameters = {});
    // The same over the simple query protocol (PQsendQuery: no parameters, no prepared
    // statement), for servers that speak nothing else, such as PgBouncer's admin console.
    bool sendSimple(const QByteArray& sql);

signals:
    void stateChanged(opsdash::PgConnection::State state);
    void connected();
    void connectFailed(const opsdash::Error& error);
    void lost(const opsdash::Error& error);
    void resultReady(const opsdash::PgResult& result);
    void queryFailed(const opsdash::Error& error);

private:
    enum class Wait { None, Read, Write };

    bool sent(int accepted);
    void continueConnecting();
    void onSocketReadable();
    void onSocketWritable();
    void flushOutgoing();
    void drainResults();
    void armNotifiers(Wait wait);
    void dropNotifiers();
    void failConnecting(const QString& message);
    void breakConnection(const QString& message);
    void setState(State state);
    Error errorHere(const QString& message, const QString& code = {}) const;

    pg_conn* m_conn{nullptr};
    State m_state{State::Closed};
    int m_socket{-1};
    QPointer<QSocketNotifier> m_readNotifier;
    QPointer<QSocketNotifier> m_writeNotifier;
    QTimer* m_connectTimer{nullptr};
    QString m_target;
    PgResult m_pendingResult;
    std::optional<Error> m_pendingError;
};

} // namespace opsdash
