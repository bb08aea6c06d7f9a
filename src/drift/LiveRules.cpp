#include "LiveRules.h"

#include <QCoreApplication>

namespace opsdash {

namespace {

// tr() for this file; a class rather than a function so that lupdate files the strings
// under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LiveRules)
};

QString seconds(qint64 ms)
{
    return QStringLiteral("%1 s").arg(ms / 1000);
}

constexpr int MaxOffenders = 5;

} // namespace

LiveRules::LiveRules(const Baseline& baseline)
    : m_idleInTransactionExcluded{baseline.thresholds.live.idleInTransactionExcluded}
{
    const qint64 grace = baseline.thresholds.live.grace.milliseconds();
    for (const PoolSpec& pool : baseline.pools) {
        const auto rule = [&](const QString& check, Kind kind) {
            Rule r;
            r.checkId = QStringLiteral("live.%1.%2").arg(pool.id, check);
            r.pool = pool.id;
            r.kind = kind;
            return r;
        };
        const auto timeRule = [&](const QString& check, Kind kind, const QString& setting,
                                  std::optional<qint64> extraMs, const QString& why) {
            Rule r = rule(check, kind);
            const std::optional<Duration> limit = pool.durationSetting(setting);
            if (!limit || !extraMs) {
                r.unavailable
                    = Text::tr("the baseline sets no %1 for pool %2").arg(setting, pool.id);
            } else {
                r.limit = limit->milliseconds() + *extraMs + grace;
                r.expected = (kind == Kind::IdleLongerThan
                        ? Text::tr("no connection idle longer than %1 (%2)")
                        : Text::tr("no connection older than %1 (%2)"))
                                 .arg(seconds(r.limit),
                                     why.arg(setting, limit->toString(), seconds(grace)));
            }
            m_rules << r;
        };

        switch (pool.client) {
        case PoolClient::PostgresJs:
            timeRule(QStringLiteral("idleTimeout"), Kind::IdleLongerThan,
                QStringLiteral("idle_timeout"), 0, Text::tr("%1 %2 + grace %3"));
            timeRule(QStringLiteral("maxLifetime"), Kind::OlderThan, QStringLiteral("max_lifetime"),
                0, Text::tr("%1 %2 + grace %3"));
            break;
        case PoolClient::GoDatabaseSql: {
            // database/sql's cleaner runs every min(idle time, lifetime): a connection can
            // outlive either limit by up to one cleaner period.
            const std::optional<Duration> idle
                = pool.durationSetting(QStringLiteral("connMaxIdleTime"));
            const std::optional<Duration> life
                = pool.durationSetting(QStringLiteral("connMaxLifetime"));
            std::optional<qint64> cleaner;
            if (idle && life)
                cleaner = std::min(idle->milliseconds(), life->milliseconds());
            else if (idle || life)
                cleaner = (idle ? idle : life)->milliseconds();

            Rule maxIdle = rule(QStringLiteral("maxIdle"), Kind::IdleCountAbove);
            if (const std::optional<qint64> count
                = pool.integerSetting(QStringLiteral("maxIdleConns"))) {
                maxIdle.limit = *count;
                maxIdle.expected
                    = Text::tr("at most %1 idle connections (MaxIdleConns), in two samples running")
                          .arg(*count);
            } else {
                maxIdle.unavailable
                    = Text::tr("the baseline sets no maxIdleConns for pool %1").arg(pool.id);
            }
            m_rules << maxIdle;
            const QString why
                = Text::tr("%1 %2 + one cleaner period %4 + grace %3")
                      .arg(QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%3"),
                          cleaner ? seconds(*cleaner) : QString{});
            timeRule(QStringLiteral("idleTime"), Kind::IdleLongerThan,
                QStringLiteral("connMaxIdleTime"), cleaner, why);
            timeRule(QStringLiteral("maxLifetime"), Kind::OlderThan,
                QStringLiteral("connMaxLifetime"), cleaner, why);
            break;
        }
        }
        // Every pool, whatever its client: a session idle in transaction holds its
        // connection (and its locks) without doing anything.
        Rule idleInTransaction
            = rule(QStringLiteral("idleInTransaction"), Kind::IdleInTransactionLongerThan);
        idleInTransaction.limit = baseline.thresholds.live.idleInTransaction.milliseconds();
        idleInTransaction.expected = Text::tr("no session idle in transaction longer than %1 "
                                              "(thresholds.live.idleInTransaction)")
                                         .arg(seconds(idleInTransaction.limit));
        m_rules << idleInTransaction;
    }
}

void LiveRules::add(const ActivitySample& sample)
{
    m_lastSample = sample.serverTime;
    for (Rule& rule : m_rules) {
        if (!rule.unavailable.isEmpty())
            continue;
        for (int i = 0; i < sample.pools.size(); ++i) {
            if (sample.pools.at(i).pool == rule.pool) {
                observe(rule, sample, i);
                break;
            }
        }
    }
}

void LiveRules::observe(Rule& rule, const ActivitySample& sample, int poolIndex) const
{
    const qint64 now = sample.serverTime.toMSecsSinceEpoch();
    int idle = 0;
    for (const SessionRow& row : sample.rows) {
        if (row.poolIndex != poolIndex)
            continue;
        rule.poolSeen = true;
        qint64 measured = -1;
        QString offender;
        switch (rule.kind) {
        case Kind::IdleInTransactionLongerThan:
            if (row.state == BackendState::Unknown || row.stateChangeMs == 0)
                continue;
            rule.visible = true;
            if (row.state != BackendState::IdleInTransaction
                && row.state != BackendState::IdleInTransactionAborted)
                continue;
            measured = now - row.stateChangeMs;
            if (measured > rule.limit) {
                // Read only for an offender: the rest of the session stays in the result.
                const BackendSession session
                    = sample.source ? sample.source->session(row.row) : BackendSession{};
                if (m_idleInTransactionExcluded.contains(session.applicationName))
                    continue;
                offender = Text::tr("pid %1 idle in transaction %2, transaction open %3")
                               .arg(row.pid)
                               .arg(seconds(measured),
                                   seconds(row.xactStartMs > 0 ? now - row.xactStartMs : measured));
            }
            break;
        case Kind::IdleLongerThan:
            if (row.state == BackendState::Unknown || row.stateChangeMs == 0)
                continue;
            rule.visible = true;
            if (row.state == BackendState::Idle)
                measured = now - row.stateChangeMs;
            break;
        case Kind::OlderThan:
            if (row.backendStartMs == 0)
                continue;
            rule.visible = true;
            measured = now - row.backendStartMs;
            break;
        case Kind::IdleCountAbove:
            if (row.state == BackendState::Unknown)
                continue;
            rule.visible = true;
            idle += row.state == BackendState::Idle ? 1 : 0;
            continue;
        }
        if (measured < 0)
            continue;
        rule.worst = std::max(rule.worst, measured);
        if (measured > rule.limit) {
            ++rule.violations;
            if (!rule.firstViolation.isValid())
                rule.firstViolation = sample.serverTime;
            if (offender.isEmpty())
                offender = (rule.kind == Kind::IdleLongerThan ? Text::tr("pid %1 idle %2")
                                                              : Text::tr("pid %1 age %2"))
                               .arg(row.pid)
                               .arg(seconds(measured));
            if (rule.offenders.size() < MaxOffenders && !rule.offenders.contains(offender))
                rule.offenders << offender;
        }
    }
    if (rule.kind == Kind::IdleCountAbove && rule.visible) {
        rule.worst = std::max<qint64>(rule.worst, idle);
        // database/sql closes a connection it cannot keep idle as it is returned; only
        // two samples running above the limit show a pool that keeps too many.
        rule.consecutive = idle > rule.limit ? rule.consecutive + 1 : 0;
        if (rule.consecutive >= 2) {
            ++rule.violations;
            if (!rule.firstViolation.isValid())
                rule.firstViolation = sample.serverTime;
        }
    }
}

QList<Finding> LiveRules::findings(const QString& evidence) const
{
    QList<Finding> findings;
    for (const Rule& rule : m_rules) {
        Finding finding;
        finding.checkId = rule.checkId;
        finding.plane = Plane::Live;
        finding.expected = rule.expected;
        finding.evidence = evidence;
        finding.firstSeen = m_lastSample;
        if (!rule.unavailable.isEmpty()) {
            finding.status = CheckStatus::NotChecked;
            finding.reason = rule.unavailable;
        } else if (!rule.poolSeen) {
            finding.status = CheckStatus::NotChecked;
            finding.reason = Text::tr("no session of pool %1 in the window").arg(rule.pool);
        } else if (!rule.visible) {
            finding.status = CheckStatus::Unknown;
            finding.reason
                = Text::tr("the sessions' states and times are hidden from the monitoring role "
                           "(grant it pg_monitor)");
        } else if (rule.violations > 0) {
            finding.status = CheckStatus::Fail;
            finding.firstSeen = rule.firstViolation;
            finding.actual = rule.kind == Kind::IdleCountAbove
                ? Text::tr("up to %1 idle connections").arg(rule.worst)
                : Text::tr("%1 over the limit; worst %2")
                      .arg(rule.violations)
                      .arg(seconds(rule.worst));
            if (!rule.offenders.isEmpty())
                finding.evidence
                    += QStringLiteral("; ") + rule.offenders.join(QStringLiteral(", "));
        } else {
            finding.status = CheckStatus::Pass;
            finding.actual = rule.kind == Kind::IdleCountAbove
                ? Text::tr("at most %1 idle").arg(rule.worst)
                : rule.kind == Kind::IdleLongerThan
                ? Text::tr("longest idle %1").arg(seconds(rule.worst))
                : rule.kind == Kind::IdleInTransactionLongerThan
                ? Text::tr("longest idle in transaction %1").arg(seconds(rule.worst))
                : Text::tr("oldest %1").arg(seconds(rule.worst));
        }
        findings << finding;
    }
    return findings;
}

} // namespace opsdash
