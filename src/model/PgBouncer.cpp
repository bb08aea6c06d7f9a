#include "PgBouncer.h"

#include <algorithm>

namespace opsdash {

namespace {

// A database name as a check id's middle part: characters a check id does not allow
// (resources/schemas/finding.schema.json) become '_'.
QString idPart(const QString& database)
{
    QString part = database;
    for (QChar& c : part) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            c = u'_';
    }
    return part.isEmpty() ? QStringLiteral("_") : part;
}

QString seconds(qint64 us)
{
    return QString::number(static_cast<double>(us) / 1e6, 'f', 1);
}

} // namespace

qint64 PgBouncerSample::serverConnectionBound() const
{
    return static_cast<qint64>(pools.size())
        * (static_cast<qint64>(config.defaultPoolSize) + config.reservePoolSize);
}

int PgBouncerSample::clientsWaiting() const
{
    int waiting = 0;
    for (const PgBouncerPool& pool : pools)
        waiting += pool.clWaiting;
    return waiting;
}

PgBouncerWatch::PgBouncerWatch(const Baseline& baseline)
    : m_maxWaitUs{baseline.pgbouncer.maxWait.milliseconds() * 1000}
{ }

void PgBouncerWatch::add(const PgBouncerSample& sample)
{
    m_sample = sample;
    m_unavailable.clear();
    for (Database& database : m_databases) {
        database.waiting = 0;
        database.maxWaitUs = 0;
    }
    for (const PgBouncerPool& pool : sample.pools) {
        auto it = std::find_if(m_databases.begin(), m_databases.end(),
            [&](const Database& database) { return database.name == pool.database; });
        if (it == m_databases.end()) {
            Database database;
            database.name = pool.database;
            it = m_databases.insert(m_databases.end(), database);
        }
        it->waiting += pool.clWaiting;
        it->maxWaitUs = std::max(it->maxWaitUs, pool.maxWaitUs);
    }
    for (Database& database : m_databases) {
        database.peakWaiting = std::max(database.peakWaiting, database.waiting);
        database.worstWaitUs = std::max(database.worstWaitUs, database.maxWaitUs);
        if (database.maxWaitUs <= m_maxWaitUs)
            database.firstFailed = {};
        else if (!database.firstFailed.isValid())
            database.firstFailed = sample.receivedAt;
    }
}

void PgBouncerWatch::add(const ActivitySample& activity)
{
    m_ownedBackends = 0;
    m_ownedByPool.clear();
    if (!m_sample)
        return;
    for (const SessionRow& row : activity.rows) {
        if (!m_sample->serverPids.contains(row.pid))
            continue;
        ++m_ownedBackends;
        if (row.poolIndex >= 0 && row.poolIndex < activity.pools.size())
            ++m_ownedByPool[activity.pools.at(row.poolIndex).pool];
    }
}

ActivitySample PgBouncerWatch::attributed(const ActivitySample& activity) const
{
    if (!m_sample)
        return activity;
    ActivitySample sample = activity;
    auto owner = std::find_if(sample.pools.begin(), sample.pools.end(),
        [](const PoolUsage& usage) { return usage.pool == Baseline::kPgBouncerPool; });
    if (owner == sample.pools.end())
        owner = sample.pools.insert(sample.pools.end(), PoolUsage{Baseline::kPgBouncerPool, {}});
    const int ownerIndex = static_cast<int>(owner - sample.pools.begin());
    for (SessionRow& row : sample.rows) {
        if (row.poolIndex == ownerIndex || !m_sample->serverPids.contains(row.pid))
            continue;
        const auto state = static_cast<std::size_t>(row.state);
        if (row.poolIndex >= 0 && row.poolIndex < sample.pools.size())
            --sample.pools[row.poolIndex].byState.at(state);
        ++sample.pools[ownerIndex].byState.at(state);
        row.poolIndex = ownerIndex;
    }
    return sample;
}

void PgBouncerWatch::setUnavailable(const QString& reason)
{
    m_unavailable = reason;
}

QString PgBouncerWatch::boundExplained(const PgBouncerSample& sample)
{
    return tr("%1 × (%2 default_pool_size + %3 reserve_pool_size) = %4")
        .arg(sample.pools.size())
        .arg(sample.config.defaultPoolSize)
        .arg(sample.config.reservePoolSize)
        .arg(sample.serverConnectionBound());
}

QString PgBouncerWatch::describe(const PgBouncerPool& pool)
{
    return tr("PgBouncer %1/%2: cl_active %3 · cl_waiting %4 · sv_active %5 · sv_idle %6 · "
              "maxwait %7 s")
        .arg(pool.database, pool.user)
        .arg(pool.clActive)
        .arg(pool.clWaiting)
        .arg(pool.svActive)
        .arg(pool.svIdle)
        .arg(seconds(pool.maxWaitUs));
}

QString PgBouncerWatch::sizesLine(int usableSlots) const
{
    if (!m_sample)
        return {};
    QStringList owners;
    for (auto it = m_ownedByPool.cbegin(); it != m_ownedByPool.cend(); ++it)
        owners << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    return tr("PgBouncer pool sizes %1 of %2 usable slots · max_client_conn %3 · %4 server "
              "backends%5")
        .arg(boundExplained(*m_sample))
        .arg(usableSlots)
        .arg(m_sample->config.maxClientConn)
        .arg(m_ownedBackends)
        .arg(owners.isEmpty() ? QString{}
                              : QStringLiteral(" (%1)").arg(owners.join(QStringLiteral(", "))));
}

QString PgBouncerWatch::evidence(const QString& console) const
{
    return tr("SHOW POOLS and SHOW CONFIG on %1 at %2")
        .arg(console, m_sample ? m_sample->receivedAt.toUTC().toString(Qt::ISODate) : QString{});
}

QList<Finding> PgBouncerWatch::findings(int usableSlots, const QString& evidence) const
{
    QList<Finding> findings;
    const QDateTime at = m_sample ? m_sample->receivedAt : QDateTime{};
    const auto make = [&](const QString& checkId, Plane plane, const QString& expected) {
        Finding finding;
        finding.checkId = checkId;
        finding.plane = plane;
        finding.expected = expected;
        finding.evidence = evidence;
        finding.firstSeen = at;
        if (!m_unavailable.isEmpty()) {
            finding.status = CheckStatus::Unknown;
            finding.reason = m_unavailable;
        }
        return finding;
    };

    const QString waitExpected = tr("no client waits longer than %1 s").arg(seconds(m_maxWaitUs));
    for (const Database& database : m_databases) {
        Finding finding = make(QStringLiteral("pgbouncer.%1.waiting").arg(idPart(database.name)),
            Plane::Live, waitExpected);
        if (m_unavailable.isEmpty()) {
            finding.status
                = database.maxWaitUs > m_maxWaitUs ? CheckStatus::Fail : CheckStatus::Pass;
            if (database.firstFailed.isValid())
                finding.firstSeen = database.firstFailed;
        }
        finding.actual = tr("%1 waiting, longest %2 s (in the window: at most %3 waiting, "
                            "longest %4 s)")
                             .arg(database.waiting)
                             .arg(seconds(database.maxWaitUs))
                             .arg(database.peakWaiting)
                             .arg(seconds(database.worstWaitUs));
        findings << finding;
    }

    Finding capacity = make(QStringLiteral("pgbouncer.capacity"), Plane::Server,
        usableSlots > 0 ? tr("≤ %1 usable slots").arg(usableSlots) : tr("≤ the usable slots"));
    if (!m_unavailable.isEmpty()) {
        // Unknown, with its reason, set above.
    } else if (!m_sample) {
        capacity.reason = tr("PgBouncer has not answered yet");
    } else if (m_sample->pools.isEmpty()) {
        capacity.reason = tr("PgBouncer has no pool yet: no client has connected through it");
    } else if (usableSlots <= 0) {
        capacity.status = CheckStatus::Unknown;
        capacity.reason = tr("the server's max_connections is not known yet");
    } else {
        capacity.status = m_sample->serverConnectionBound() > usableSlots ? CheckStatus::Fail
                                                                          : CheckStatus::Pass;
        capacity.actual = tr("%1; max_client_conn %2")
                              .arg(boundExplained(*m_sample))
                              .arg(m_sample->config.maxClientConn);
    }
    findings << capacity;
    return findings;
}

} // namespace opsdash
