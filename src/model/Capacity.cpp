#include "Capacity.h"

#include <QCoreApplication>

namespace opsdash {

namespace {

// tr() for this file; a class rather than a function so that lupdate files the strings
// under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Capacity)
};

Finding finding(const QString& checkId, Plane plane, CheckStatus status, QString expected,
    QString actual, const QString& evidence, const QDateTime& at)
{
    Finding result;
    result.checkId = checkId;
    result.plane = plane;
    result.status = status;
    result.expected = std::move(expected);
    result.actual = std::move(actual);
    result.evidence = evidence;
    result.firstSeen = at;
    return result;
}

} // namespace

Capacity Capacity::of(const Baseline& baseline, const ServerFacts& facts)
{
    Capacity capacity;
    capacity.maxConnections = facts.maxConnections;
    capacity.superuserReserved = facts.superuserReservedConnections;
    capacity.reserved = facts.reservedConnections;
    capacity.monitor = baseline.server.monitorConnections;
    for (const PoolSpec& pool : baseline.pools) {
        capacity.budgets += pool.budget;
        capacity.budgetTerms << QStringLiteral("%1 %2").arg(pool.budget).arg(pool.id);
    }
    return capacity;
}

QString Capacity::usableExplained() const
{
    return Text::tr(
        "max_connections %1 − %2 superuser_reserved_connections − %3 reserved_connections = %4")
        .arg(maxConnections)
        .arg(superuserReserved)
        .arg(reserved)
        .arg(usable());
}

QString Capacity::committedExplained() const
{
    QStringList terms = budgetTerms;
    if (monitor > 0)
        terms << Text::tr("%1 monitor").arg(monitor);
    return Text::tr("%1 = %2").arg(terms.join(QStringLiteral(" + "))).arg(committed());
}

void UsageWindow::add(const ActivitySample& sample)
{
    if (m_samples == 0)
        m_from = sample.serverTime;
    m_to = sample.serverTime;
    ++m_samples;
    m_currentClients = sample.clientSessions();
    m_peakClients = std::max(m_peakClients, m_currentClients);

    for (Accumulator& accumulator : m_pools)
        accumulator.stats.current = 0;
    QList<qsizetype> accumulatorOf; // by the sample's pool index
    accumulatorOf.reserve(sample.pools.size());
    for (const PoolUsage& usage : sample.pools) {
        auto it = std::find_if(m_pools.begin(), m_pools.end(),
            [&](const Accumulator& a) { return a.stats.pool == usage.pool; });
        if (it == m_pools.end()) {
            m_pools.append(Accumulator{PoolStats{usage.pool, 0, 0, 0, {}, 0, 0}, 0, {}});
            it = std::prev(m_pools.end());
        }
        accumulatorOf.append(std::distance(m_pools.begin(), it));
        const int total = usage.total();
        it->stats.current = total;
        it->sum += total;
        if (total > it->stats.peak || !it->stats.peakAt.isValid()) {
            it->stats.peak = total;
            it->stats.peakAt = sample.serverTime;
        }
    }
    // New connections per minute, from backend_start on the server's clock.
    const qint64 minuteAgo = sample.serverTime.toMSecsSinceEpoch() - 60'000;
    for (const SessionRow& row : sample.rows) {
        if (row.backendStartMs > minuteAgo && row.poolIndex < accumulatorOf.size())
            m_pools[accumulatorOf.at(row.poolIndex)].recent.insert({row.pid, row.backendStartMs});
    }
    for (Accumulator& accumulator : m_pools) {
        accumulator.stats.average = static_cast<double>(accumulator.sum) / m_samples;
        accumulator.recent.removeIf(
            [&](const std::pair<int, qint64>& backend) { return backend.second <= minuteAgo; });
        accumulator.stats.newPerMinute = static_cast<int>(accumulator.recent.size());
        accumulator.stats.peakNewPerMinute
            = std::max(accumulator.stats.peakNewPerMinute, accumulator.stats.newPerMinute);
    }
}

QList<UsageWindow::PoolStats> UsageWindow::pools() const
{
    QList<PoolStats> stats;
    stats.reserve(m_pools.size());
    for (const Accumulator& accumulator : m_pools)
        stats.append(accumulator.stats);
    return stats;
}

const UsageWindow::PoolStats* UsageWindow::pool(QStringView id) const
{
    for (const Accumulator& accumulator : m_pools) {
        if (accumulator.stats.pool == id)
            return &accumulator.stats;
    }
    return nullptr;
}

QList<Finding> serverFindings(
    const Baseline& baseline, const ServerFacts& facts, const QString& evidence)
{
    const Capacity capacity = Capacity::of(baseline, facts);
    const QDateTime at = facts.readAt;
    QList<Finding> findings;

    const bool asSignedOff = facts.maxConnections == baseline.server.maxConnections;
    const bool holdsBudgets = facts.maxConnections >= capacity.budgets;
    findings << finding(QStringLiteral("server.maxConnections"), Plane::Server,
        asSignedOff && holdsBudgets ? CheckStatus::Pass : CheckStatus::Fail,
        Text::tr("max_connections = %1 (baseline), ≥ %2 (Σ pool budgets)")
            .arg(baseline.server.maxConnections)
            .arg(capacity.budgets),
        QStringLiteral("max_connections = %1").arg(facts.maxConnections), evidence, at);

    findings << finding(QStringLiteral("server.capacity"), Plane::Server,
        capacity.overCommitted() ? CheckStatus::Fail : CheckStatus::Pass,
        Text::tr("Σ pool budgets + monitor ≤ usable slots"),
        capacity.overCommitted() ? Text::tr("over-committed by %1: %2 > %3 usable (%4)")
                                       .arg(capacity.committed() - capacity.usable())
                                       .arg(capacity.committedExplained())
                                       .arg(capacity.usable())
                                       .arg(capacity.usableExplained())
                                 : Text::tr("%1 ≤ %2 usable (%3)")
                                       .arg(capacity.committedExplained())
                                       .arg(capacity.usable())
                                       .arg(capacity.usableExplained()),
        evidence, at);
    return findings;
}

QList<Finding> budgetFindings(const Baseline& baseline, const ServerFacts& facts,
    const UsageWindow& window, const QString& evidence)
{
    QList<Finding> findings;
    const QDateTime at = window.to();
    for (const PoolSpec& spec : baseline.pools) {
        const UsageWindow::PoolStats* stats = window.pool(spec.id);
        Finding result = finding(QStringLiteral("live.%1.budget").arg(spec.id), Plane::Live,
            CheckStatus::NotChecked, Text::tr("≤ %1 connections").arg(spec.budget), {}, evidence,
            at);
        if (window.samples() == 0) {
            result.reason = Text::tr("no sample was taken");
        } else if (stats == nullptr || stats->peak == 0) {
            result.actual = Text::tr("no sessions");
            result.reason
                = Text::tr("no session was attributed to pool %1 in the window: is the service "
                           "running, and does its application_name match the attribution rules?")
                      .arg(spec.id);
        } else {
            result.status = stats->peak > spec.budget ? CheckStatus::Fail : CheckStatus::Pass;
            result.actual = Text::tr("peak %1, now %2, average %3")
                                .arg(stats->peak)
                                .arg(stats->current)
                                .arg(stats->average, 0, 'f', 1);
        }
        findings << result;
    }

    Finding total = finding(QStringLiteral("live.total.capacity"), Plane::Live,
        CheckStatus::NotChecked,
        Text::tr("≤ %1 client sessions (usable slots)").arg(facts.usableSlots()), {}, evidence, at);
    if (window.samples() == 0 || facts.maxConnections == 0) {
        total.reason = Text::tr("no sample was taken");
    } else {
        total.status = window.peakClientSessions() > facts.usableSlots() ? CheckStatus::Fail
                                                                         : CheckStatus::Pass;
        total.actual = Text::tr("peak %1, now %2")
                           .arg(window.peakClientSessions())
                           .arg(window.currentClientSessions());
    }
    findings << total;
    return findings;
}

} // namespace opsdash
