#pragma once

// ActivitySample structs built in memory, the way ActivityMonitor hands them out, for tests
// and benchmarks that feed the real models a scripted sequence of polls (no database).
#include "model/Activity.h"
#include "model/Baseline.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <utility>

namespace scripted {

inline const QDateTime Start = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);

class ListSessionSource final : public opsdash::SessionSource
{
public:
    explicit ListSessionSource(QList<opsdash::BackendSession> sessions)
        : m_sessions{std::move(sessions)}
    { }
    opsdash::BackendSession session(int row) const override { return m_sessions.at(row); }

private:
    QList<opsdash::BackendSession> m_sessions;
};

// The default baseline's pools plus the two opsdash always reports, in that order.
inline QStringList poolNames()
{
    return {QStringLiteral("web"), QStringLiteral("scheduling"), QStringLiteral("monitor"),
        QStringLiteral("other")};
}

// A poll at `at` with these sessions, counted per pool and state.
inline opsdash::ActivitySample sample(
    const QList<opsdash::BackendSession>& sessions, const QDateTime& at = Start)
{
    opsdash::ActivitySample sample;
    sample.serverTime = at;
    sample.receivedAt = at;
    sample.latencyMs = 2;
    sample.monitorPid = 1;
    const QStringList names = poolNames();
    for (const QString& name : names)
        sample.pools << opsdash::PoolUsage{name, {}};
    for (int i = 0; i < sessions.size(); ++i) {
        const opsdash::BackendSession& session = sessions.at(i);
        int pool = static_cast<int>(names.indexOf(session.pool));
        if (pool < 0) {
            pool = static_cast<int>(sample.pools.size());
            sample.pools << opsdash::PoolUsage{session.pool, {}};
        }
        ++sample.pools[pool].byState[static_cast<std::size_t>(session.state)];
        sample.rows << opsdash::SessionRow{i, session.pid, session.state, pool,
            session.backendStart.toMSecsSinceEpoch(), session.stateChange.toMSecsSinceEpoch(),
            session.xactStart.isValid() ? session.xactStart.toMSecsSinceEpoch() : 0};
    }
    sample.source = std::make_shared<ListSessionSource>(sessions);
    return sample;
}

// A poll with only counts (no session rows): `counts` sessions per pool, all active.
inline opsdash::ActivitySample counts(
    const QList<std::pair<QString, int>>& counts, const QDateTime& at = Start)
{
    opsdash::ActivitySample sample;
    sample.serverTime = at;
    sample.receivedAt = at;
    for (const QString& name : poolNames())
        sample.pools << opsdash::PoolUsage{name, {}};
    for (const auto& [pool, count] : counts) {
        for (opsdash::PoolUsage& usage : sample.pools) {
            if (usage.pool == pool)
                usage.byState[static_cast<std::size_t>(opsdash::BackendState::Active)] = count;
        }
    }
    return sample;
}

// A realistic session: a postgres.js or Go backend with a query, started `ageS` ago.
inline opsdash::BackendSession session(int pid, const QString& pool, opsdash::BackendState state,
    const QString& query, qint64 queryS = 0, qint64 ageS = 600, const QDateTime& now = Start)
{
    opsdash::BackendSession s;
    s.pid = pid;
    s.pool = pool;
    const bool web = pool == QLatin1String{"web"};
    s.usename = web                           ? QStringLiteral("app")
        : pool == QLatin1String{"scheduling"} ? QStringLiteral("scheduler")
                                              : QStringLiteral("analyst");
    s.datname = QStringLiteral("platform");
    s.applicationName = web ? QStringLiteral("postgres.js") : QString{};
    s.clientAddr = web ? QStringLiteral("10.0.3.%1").arg(10 + pid % 40)
                       : QStringLiteral("10.0.4.%1").arg(10 + pid % 20);
    s.backendStart = now.addSecs(-ageS);
    s.queryStart = now.addSecs(-queryS);
    s.stateChange = state == opsdash::BackendState::Active ? s.queryStart : now.addSecs(-queryS);
    if (state == opsdash::BackendState::Active || state == opsdash::BackendState::IdleInTransaction)
        s.xactStart = now.addSecs(-queryS - 1);
    s.state = state;
    if (state == opsdash::BackendState::Idle) {
        s.waitEventType = QStringLiteral("Client");
        s.waitEvent = QStringLiteral("ClientRead");
    }
    s.query = query;
    return s;
}

// A busy server for the serve benchmarks: 180 sessions of the default baseline's pools
// (every fourth one scheduling, the rest web; a third active), over ten databases.
inline QList<opsdash::BackendSession> busyServer()
{
    QList<opsdash::BackendSession> sessions;
    for (int i = 0; i < 180; ++i) {
        const QString pool = i % 4 == 0 ? QStringLiteral("scheduling") : QStringLiteral("web");
        opsdash::BackendSession s = session(1000 + i, pool,
            i % 3 == 0 ? opsdash::BackendState::Active : opsdash::BackendState::Idle,
            QStringLiteral("select 1"));
        s.datname = QStringLiteral("app%1").arg(i % 10);
        sessions << s;
    }
    return sessions;
}

// The server the scripted polls come from: the sign-off's `max_connections` (200 unless
// given) with PostgreSQL's default 3 slots kept for superusers.
inline opsdash::ServerFacts serverFacts(int maxConnections = 200)
{
    opsdash::ServerFacts facts;
    facts.maxConnections = maxConnections;
    facts.superuserReservedConnections = 3;
    return facts;
}

// Expected texts (alert names, say), written as plain strings.
inline QStringList names(std::initializer_list<const char*> texts)
{
    QStringList out;
    for (const char* text : texts)
        out << QString::fromUtf8(text);
    return out;
}

} // namespace scripted
