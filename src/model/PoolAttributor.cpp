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
    for (const AttributionRule& rule : std::as_const(m_rules)) {
        // The loader guarantees every rule names a known pool; an unknown one would be a
        // bug, so it falls back rather than indexing out of range.
        const auto index = m_order.indexOf(rule.pool);
        m_ruleIndexes << static_cast<int>(index < 0 ? m_order.indexOf(m_fallback) : index);
        switch (rule.field) {
        case AttributionRule::Field::ApplicationName:
            m_fields.applicationName = true;
            break;
        case AttributionRule::Field::Usename:
            m_fields.usename = true;
            break;
        case AttributionRule::Field::Datname:
            m_fields.datname = true;
            break;
        case AttributionRule::Field::ClientAddr:
            m_fields.clientAddr = true;
            break;
        }
    }
    m_fallbackIndex = static_cast<int>(m_order.indexOf(m_fallback));
}

QString PoolAttributor::poolFor(const BackendSession& session) const
{
    return m_order.at(poolIndexFor(session));
}

int PoolAttributor::poolIndexFor(const BackendSession& session) const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const AttributionRule& rule = m_rules.at(i);
        if (rule.matches(fieldOf(session, rule.field)))
            return m_ruleIndexes.at(i);
    }
    return m_fallbackIndex;
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
