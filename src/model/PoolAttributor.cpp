#include "PoolAttributor.h"

namespace opsdash {

namespace {

const QString& fieldOf(const BackendSession& session, AttributionRule::Field field)
{
    switch (field) {
    case AttributionRule::Field::ApplicationName:
        return session.applicationName;
    case AttributionRule::Field::Usename:
        return session.usename;
    case AttributionRule::Field::Datname:
        return session.datname;
    case AttributionRule::Field::ClientAddr:
        return session.clientAddr;
    }
    return session.applicationName;
}

} // namespace

PoolAttributor::PoolAttributor(const Baseline& baseline)
    : m_rules{baseline.attribution}
    , m_fallback{baseline.attributionFallback}
{
    for (const PoolSpec& pool : baseline.pools)
        m_order << pool.id;
    for (const QString& implicit :
        {QString{Baseline::kMonitorPool}, m_fallback, QString{Baseline::kOtherPool}}) {
        if (!m_order.contains(implicit))
            m_order << implicit;
    }
}

QString PoolAttributor::poolFor(const BackendSession& session) const
{
    for (const AttributionRule& rule : m_rules) {
        if (rule.matches(fieldOf(session, rule.field)))
            return rule.pool;
    }
    return m_fallback;
}

QList<PoolUsage> PoolAttributor::emptyUsage() const
{
    QList<PoolUsage> usage;
    usage.reserve(m_order.size());
    for (const QString& pool : m_order)
        usage.append(PoolUsage{pool, {}});
    return usage;
}

} // namespace opsdash
