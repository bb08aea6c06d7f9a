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

    QString poolFor(const BackendSession& session) const;
    // Declared pools in baseline order, then monitor, then the fallback (and "other").
    const QStringList& poolOrder() const { return m_order; }
    // An empty usage entry for every pool of poolOrder(), in that order.
    QList<PoolUsage> emptyUsage() const;

private:
    QList<AttributionRule> m_rules;
    QString m_fallback;
    QStringList m_order;
};

} // namespace opsdash
