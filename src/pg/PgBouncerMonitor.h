#pragma once

#include "model/ConnectionParameters.h"
#include "model/PgBouncer.h"
#include "model/Result.h"
#include "pg/PgResult.h"

#include <QObject>

#include <chrono>
#include <optional>

namespace opsdash {

class PgConnection;
class PollLoop;

// Watches one PgBouncer through its admin console: SHOW POOLS, SHOW STATS, SHOW CONFIG and
// SHOW SERVERS once per interval, one after the other, over the simple query protocol (the
// console speaks nothing else), on the same asynchronous PgConnection the activity poll
// uses. Reconnects every retry interval while the console cannot be reached.
class PgBouncerMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgBouncerMonitor)

public:
    // Connected: polls answer. Disconnected: the console cannot be reached or refused the
    // login (lastError() says which); NotConsole: the connection answers but is no PgBouncer
    // admin console (its SHOW POOLS fails); the next attempt follows in every such state.
    enum class State { Stopped, Connecting, Connected, Disconnected, NotConsole };
    Q_ENUM(State)

    struct Options
    {
        QByteArray conninfo; // to the `pgbouncer` database, as a user in stats_users
        ConnectionParameters parameters; // applied after conninfo (serve's password file)
        std::chrono::milliseconds interval{std::chrono::seconds{2}};
        std::chrono::milliseconds connectTimeout{std::chrono::seconds{10}};
        std::chrono::milliseconds retry{std::chrono::seconds{5}};
    };

    explicit PgBouncerMonitor(QObject* parent = nullptr);
    ~PgBouncerMonitor() override;

    void start(const Options& options);
    void stop();
    void setPaused(bool paused);
    // The activity poll's interval, followed when the user changes it.
    void setInterval(std::chrono::milliseconds interval);

    State state() const { return m_state; }
    QString target() const;
    std::optional<Error> lastError() const { return m_lastError; }
    // The state in words, with the error when there is one: "PgBouncer admin console
    // refused: …". One wording for every view and for the checks' reasons.
    QString stateText() const;

    // Parsers of the console's answers, public for tests; rows the console adds in later
    // versions are ignored, a missing column reads as 0.
    static QList<PgBouncerPool> parsePools(const PgResult& result);
    static QList<PgBouncerStats> parseStats(const PgResult& result);
    static PgBouncerConfig parseConfig(const PgResult& result);
    static QSet<int> parseServerPids(const PgResult& result);

signals:
    void stateChanged(opsdash::PgBouncerMonitor::State state);
    void sampled(const opsdash::PgBouncerSample& sample);
    void failed(const opsdash::Error& error);

private:
    enum class Step { Nothing, Pools, Stats, Config, Servers };

    void connectNow();
    void tick();
    void sendStep(Step step);
    void onResult(const PgResult& result);
    void onQueryFailed(const Error& error);
    void onConnectionFailed(const Error& error);
    void fail(State state, const Error& error);
    void setState(State state);

    Options m_options;
    PgConnection* m_connection{nullptr};
    PollLoop* m_loop{nullptr};
    State m_state{State::Stopped};
    Step m_step{Step::Nothing};
    PgBouncerSample m_building;
    std::optional<Error> m_lastError;
};

} // namespace opsdash
