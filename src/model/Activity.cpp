#include "Activity.h"

#include <numeric>

namespace opsdash {

QString toString(BackendState state)
{
    switch (state) {
    case BackendState::Active:
        return QStringLiteral("active");
    case BackendState::Idle:
        return QStringLiteral("idle");
    case BackendState::IdleInTransaction:
        return QStringLiteral("idle in transaction");
    case BackendState::IdleInTransactionAborted:
        return QStringLiteral("idle in transaction (aborted)");
    case BackendState::Other:
        return QStringLiteral("other");
    case BackendState::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

BackendState backendStateFromActivity(QLatin1String state)
{
    if (state.isEmpty())
        return BackendState::Unknown;
    if (state == QLatin1String{"active"})
        return BackendState::Active;
    if (state == QLatin1String{"idle"})
        return BackendState::Idle;
    if (state == QLatin1String{"idle in transaction"})
        return BackendState::IdleInTransaction;
    if (state == QLatin1String{"idle in transaction (aborted)"})
        return BackendState::IdleInTransactionAborted;
    return BackendState::Other;
}

int PoolUsage::total() const
{
    return std::accumulate(byState.begin(), byState.end(), 0);
}

int ActivitySample::clientSessions() const
{
    int total = 0;
    for (const PoolUsage& usage : pools)
        total += usage.total();
    return total;
}

const PoolUsage* ActivitySample::pool(QStringView id) const
{
    for (const PoolUsage& usage : pools) {
        if (usage.pool == id)
            return &usage;
    }
    return nullptr;
}

BackendSession ActivitySample::session(int i) const
{
    const SessionRow& row = rows.at(i);
    BackendSession session = source ? source->session(row.row) : BackendSession{};
    session.pid = row.pid;
    session.state = row.state;
    session.pool = pools.at(row.poolIndex).pool;
    return session;
}

QList<BackendSession> ActivitySample::sessions() const
{
    QList<BackendSession> all;
    all.reserve(rows.size());
    for (int i = 0; i < sessionCount(); ++i)
        all.append(session(i));
    return all;
}

} // namespace opsdash
