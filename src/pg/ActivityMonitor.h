#pragma once

#include "model/Activity.h"
#include "model/Baseline.h"
#include "model/ConnectionParameters.h"
#include "model/PoolAttributor.h"
#include "model/Result.h"
#include "pg/PgResult.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

#include <chrono>
#include <deque>
#include <optional>
#include <random>

namespace opsdash {

class PgConnection;
class PollLoop;

// Watches one PostgreSQL server: one backend, polled in autocommit once per interval,
// reconnected with capped exponential backoff and jitter when it goes away.
// A tick reads as: socket ready → result → sample → sampled().
class ActivityMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityMonitor)

public:
    enum class State { Stopped, Connecting, Connected, Disconnected };
    Q_ENUM(State)

    struct Options
    {
        QByteArray conninfo; // as libpq accepts it; empty for PG* variables alone
        std::chrono::milliseconds interval{std::chrono::seconds{2}}; // 1–60 s
        int queryLength{1024}; // characters kept
        std::chrono::milliseconds connectTimeout{std::chrono::seconds{10}};
        // Reconnecting (retryDelay): firstRetry doubling (1, 2, 4 s) up to steadyRetry, every
        // steadyRetry (5 s) while the outage is younger than steadyFor (5 min), then retryCap.
        std::chrono::milliseconds firstRetry{std::chrono::seconds{1}};
        std::chrono::milliseconds steadyRetry{std::chrono::seconds{5}};
        std::chrono::milliseconds steadyFor{std::chrono::minutes{5}};
        std::chrono::milliseconds retryCap{std::chrono::seconds{30}};
        std::chrono::milliseconds factsInterval{std::chrono::seconds{60}};
        ConnectionParameters parameters; // applied after conninfo (a profile's fields)
    };

    static constexpr std::chrono::milliseconds MinInterval{std::chrono::seconds{1}};
    static constexpr std::chrono::milliseconds MaxInterval{std::chrono::seconds{60}};
    // How long past statement_timeout an answer may be late before the connection counts
    // as stalled and is replaced.
    static constexpr std::chrono::milliseconds AnswerMargin{std::chrono::seconds{5}};

    // The first statement on every monitoring connection: read-only, short statement and
    // lock timeouts, no long idle transaction. Public so that a test can prove its effect.
    struct SessionSetup
    {
        QByteArray sql;
        QByteArrayList parameters;
    };
    static SessionSetup sessionSetup(std::chrono::milliseconds statementTimeout);
    // The wait before the reconnect attempt that follows `failedAttempts` failures (0: the
    // first) of an outage that began `downFor` ago; `jitter` in [-1, 1] spreads the steady
    // waits by ±10 % and the capped ones by ±20 %, so desktops do not retry in lockstep.
    static std::chrono::milliseconds retryDelay(const Options& options, int failedAttempts,
        std::chrono::milliseconds downFor, double jitter);

    explicit ActivityMonitor(const Baseline& baseline, QObject* parent = nullptr);
    ~ActivityMonitor() override;

    void start(const Options& options);
    void stop();
    void pollNow();
    // Keeps the connection but stops polling; resume() polls at once and carries on.
    void setPaused(bool paused);
    bool isPaused() const;
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_options.interval; }

    State state() const { return m_state; }
    QString target() const;
    int backendPid() const;
    std::optional<Error> lastError() const { return m_lastError; }
    QDateTime nextRetry() const; // UTC, on the clock in force
    std::optional<ServerFacts> serverFacts() const { return m_facts; }
    const PoolAttributor& attributor() const { return m_attributor; }

    // Runs one statement on the monitoring backend between polls (never concurrently with
    // a poll): opsdash holds one backend per target, so the sessions table and cancel or
    // terminate ride on it. The answer arrives as queryAnswered(id, …) or
    // queryRefused(id, …) — refused at once (asynchronously) when not connected, and for
    // every queued statement when the connection goes away.
    quint64 enqueueQuery(const QByteArray& sql, const QByteArrayList& parameters = {});
    // An identifier (from a baseline, say) quoted by libpq with the live connection
    // (PQescapeIdentifier); an Error unless Connected. Quote again after each reconnect.
    Result<QByteArray> escapeIdentifier(QStringView name) const;

signals:
    void stateChanged(opsdash::ActivityMonitor::State state);
    void sampled(const opsdash::ActivitySample& sample);
    void serverFactsRead(const opsdash::ServerFacts& facts);
    // The connection failed or broke; the next attempt is at `retryAt` (UTC).
    void disconnected(const opsdash::Error& error, const QDateTime& retryAt);
    // Polling works again after a disconnection that began at `since` (UTC).
    void reconnected(const QDateTime& since);
    // One poll failed (a statement timeout, say) while the connection stayed up.
    void pollFailed(const opsdash::Error& error);
    void queryAnswered(quint64 id, const opsdash::PgResult& result);
    void queryRefused(quint64 id, const opsdash::Error& error);

private:
    enum class Pending { Nothing, Setup, Facts, Activity, Queued };

    struct QueuedQuery
    {
        quint64 id{0};
        QByteArray sql;
        QByteArrayList parameters;
    };

    void connectNow();
    void onConnected();
    void onConnectionFailed(const Error& error);
    void onResult(const PgResult& result);
    void onQueryFailed(const Error& error);
    void tick();
    void send(Pending pending, const QByteArray& sql, const QByteArrayList& parameters = {});
    void onAnswerOverdue();
    void sendSetup();
    void sendFacts();
    void sendActivity();
    void sendNext();
    void refuseQueued(const Error& error);
    void setState(State state);
    std::chrono::milliseconds statementTimeout() const;
    std::chrono::milliseconds nextBackoff();

    PoolAttributor m_attributor;
    Options m_options;
    PgConnection* m_connection{nullptr};
    PollLoop* m_loop{nullptr};
    State m_state{State::Stopped};
    Pending m_pending{Pending::Nothing};
    QElapsedTimer m_roundTrip;
    qint64 m_factsAtMs{-1}; // when the settings were last read (Clock), none yet: -1
    std::optional<ServerFacts> m_facts;
    std::optional<ActivitySample> m_previous; // the texts the next poll may carry over
    bool m_fullPollDue{true}; // send every query text again with the next poll
    int m_sessionsSent{0}; // sessions the last poll got whole: picks the next statement
    std::optional<Error> m_lastError;
    QDateTime m_downSince;
    int m_failedAttempts{0};
    bool m_pollDue{false}; // a tick came while a queued statement was out
    std::deque<QueuedQuery> m_queue; // front is in flight while m_pending is Queued
    quint64 m_lastQueryId{0};
    std::minstd_rand m_jitter;
};

} // namespace opsdash
