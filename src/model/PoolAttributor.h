#pragma once

#include "model/Activity.h"
#include "model/Baseline.h"

#include <QStringList>

namespace opsdash {

// Names the pool a backend belongs to, by the baseline's ordered attribution rules: the
// first rule that matches wins; no match gives the fallback pool.
class PoolAttributor final
{
public:
    explicit PoolAttributor(const Baseline& baseline);

    // Which session fields the rules look at: only those need reading per tick.
    struct Fields
    {
        bool applicationName{false};
        bool usename{false};
        bool datname{false};
        bool clientAddr{false};
    };
    Fields fieldsUsed() const { return m_fields; }

    QString poolFor(const BackendSession& session) const;
    // The same answer as an index into poolOrder().
    int poolIndexFor(const BackendSession& session) const;
    // Declared pools in baseline order, then monitor, then the fallback (and "other").
    const QStringList& poolOrder() const { return m_order; }
    // An empty usage entry for every pool of poolOrder(), in that order.
    QList<PoolUsage> emptyUsage() const;

private:
    QList<AttributionRule> m_rules;
    QList<int> m_ruleIndexes; // poolOrder() index of each rule's pool
    QString m_fallback;
    int m_fallbackIndex{0};
    Fields m_fields;
    QStringList m_order;
};

} // namespace opsdash
