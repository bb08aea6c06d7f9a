#pragma once

#include "model/Activity.h"
#include "model/Baseline.h"
#include "model/Finding.h"

namespace opsdash {

// The live plane's behaviour rules (docs/checks.md), judged over a window of samples:
// postgres.js connections idle longer than idle_timeout or older than max_lifetime (plus
// grace); Go database/sql idle count above MaxIdleConns, idle time above ConnMaxIdleTime
// and age above ConnMaxLifetime (each plus one cleaner period, plus grace). A rule whose
// pool had no session in the window is not-checked; one whose sessions' times are hidden
// from the monitoring role is unknown — neither is ever a pass. For every pool: sessions
// idle in transaction longer than the baseline's threshold (excluded application names
// left out), timed from state_change, with the transaction's age from xact_start.
class LiveRules final
{
public:
    explicit LiveRules(const Baseline& baseline);

    void add(const ActivitySample& sample);
    // evidence: where and when the window was observed (target, from – to).
    QList<Finding> findings(const QString& evidence) const;

private:
    enum class Kind { IdleLongerThan, OlderThan, IdleCountAbove, IdleInTransactionLongerThan };
    struct Rule
    {
        QString checkId;
        QString pool;
        Kind kind{Kind::IdleLongerThan};
        qint64 limit{0}; // ms, or a count
        QString expected;
        QString unavailable; // why the baseline gives no limit; empty when it does
        bool poolSeen{false};
        bool visible{false};
        int violations{0};
        qint64 worst{0};
        int consecutive{0};
        QStringList offenders;
        QDateTime firstViolation;
    };

    void observe(Rule& rule, const ActivitySample& sample, int poolIndex) const;

    QList<Rule> m_rules;
    QStringList m_idleInTransactionExcluded; // application names
    QDateTime m_lastSample;
};

} // namespace opsdash
