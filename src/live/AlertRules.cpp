#include "AlertRules.h"

#include <algorithm>
#include <cmath>

namespace opsdash {

namespace {

bool isQuiet(CheckStatus status)
{
    return status == CheckStatus::Pass || status == CheckStatus::NotChecked;
}

} // namespace

AlertRules::AlertRules(const Baseline& baseline)
    : AlertRules{baseline, Options{}}
{ }

AlertRules::AlertRules(const Baseline& baseline, Options options)
    : m_baseline{baseline}
    , m_options{options}
{
    m_options.clearSamples = std::max(1, m_options.clearSamples);
    m_options.clearMarginPercent = std::max(0.0, m_options.clearMarginPercent);
}

std::optional<Severity> AlertRules::step(Gauge& gauge, double percent) const
{
    const auto warn = static_cast<double>(m_baseline.thresholds.pool.warnPercent);
    const auto critical = static_cast<double>(m_baseline.thresholds.pool.criticalPercent);
    const auto levelAt = [&](double margin) {
        if (percent >= critical - margin)
            return Severity::Critical;
        if (percent >= warn - margin)
            return Severity::Warning;
        return Severity::Info;
    };
    const Severity reached = levelAt(0);
    if (reached > gauge.level) {
        gauge.level = reached;
        gauge.calmSamples = 0;
        return reached;
    }
    // Below the level's threshold but inside the margin: still raised.
    const Severity lowered = levelAt(m_options.clearMarginPercent);
    if (lowered >= gauge.level) {
        gauge.calmSamples = 0;
        return std::nullopt;
    }
    if (++gauge.calmSamples < m_options.clearSamples)
        return std::nullopt;
    gauge.calmSamples = 0;
    gauge.level = lowered;
    return lowered;
}

Alert AlertRules::levelAlert(const QDateTime& at, const QString& kind, const QString& subject,
    const QString& what, Severity from, Severity to, double percent) const
{
    const qint64 warn = m_baseline.thresholds.pool.warnPercent;
    const qint64 critical = m_baseline.thresholds.pool.criticalPercent;
    const QString rounded = QString::number(std::lround(percent));
    QString message;
    if (to > from) {
        message = to == Severity::Critical
            ? tr("%1 (%2 %) reached the critical threshold of %3 %")
                  .arg(what, rounded)
                  .arg(critical)
            : tr("%1 (%2 %) reached the warn threshold of %3 %").arg(what, rounded).arg(warn);
    } else {
        message = to == Severity::Warning
            ? tr("%1 (%2 %) back below the critical threshold of %3 %, still above warn")
                  .arg(what, rounded)
                  .arg(critical)
            : tr("%1 (%2 %) back below the warn threshold of %3 %").arg(what, rounded).arg(warn);
    }
    return Alert{at, to, kind, subject, message};
}

QList<Alert> AlertRules::addSample(
    const ActivitySample& sample, const std::optional<ServerFacts>& facts)
{
    QList<Alert> raised;
    const QDateTime at = sample.observedAt();
    for (const PoolSpec& spec : m_baseline.pools) {
        if (spec.budget <= 0)
            continue;
        const PoolUsage* usage = sample.pool(spec.id);
        const int count = usage != nullptr ? usage->total() : 0;
        const double percent = 100.0 * count / static_cast<double>(spec.budget);
        Gauge& gauge = m_pools[spec.id];
        const Severity before = gauge.level;
        const QString what
            = tr("%1: %2 of %3 connections").arg(spec.id).arg(count).arg(spec.budget);
        if (const std::optional<Severity> now = step(gauge, percent)) {
            raised << levelAlert(
                at, QString{AlertKind::Threshold}, spec.id, what, before, *now, percent);
        }
        gauge.reason = gauge.level > Severity::Info
            ? tr("%1 (%2 %)").arg(what).arg(std::lround(percent))
            : QString{};
    }
    if (facts && facts->usableSlots() > 0) {
        const int clients = sample.clientSessions();
        const double percent = 100.0 * clients / facts->usableSlots();
        const Severity before = m_capacity.level;
        const QString what
            = tr("client sessions: %1 of %2 usable slots").arg(clients).arg(facts->usableSlots());
        if (const std::optional<Severity> now = step(m_capacity, percent)) {
            raised << levelAlert(at, QString{AlertKind::Capacity}, QStringLiteral("capacity"), what,
                before, *now, percent);
        }
        m_capacity.reason = m_capacity.level > Severity::Info
            ? tr("%1 (%2 %)").arg(what).arg(std::lround(percent))
            : QString{};
    }
    return raised;
}

QList<Alert> AlertRules::addFindings(const QList<Finding>& findings, const QDateTime& at)
{
    QList<Alert> raised;
    for (const Finding& finding : findings) {
        const auto previous = m_findings.constFind(finding.checkId);
        const bool known = previous != m_findings.constEnd();
        const CheckStatus before = known ? *previous : finding.status;
        m_findings.insert(finding.checkId, finding.status);
        const bool failing
            = finding.status == CheckStatus::Fail || finding.status == CheckStatus::Missing;
        m_failingChecks.removeAll(finding.checkId);
        if (failing)
            m_failingChecks << finding.checkId;
        if (!known || before == finding.status || (isQuiet(before) && isQuiet(finding.status)))
            continue;
        const Severity severity = failing ? Severity::Warning : Severity::Info;
        QString message
            = tr("%1: %2 → %3").arg(finding.checkId, toString(before), toString(finding.status));
        if (!finding.actual.isEmpty())
            message += tr(" (expected %1, actual %2)").arg(finding.expected, finding.actual);
        raised << Alert{at, severity, QString{AlertKind::Drift}, finding.checkId, message};
    }
    return raised;
}

QList<Alert> AlertRules::setCriticalSessions(int count, const QDateTime& at)
{
    m_criticalSessions = count;
    const QString window = m_baseline.thresholds.session.criticalBefore.toString();
    if (count > 0) {
        m_calmSessionUpdates = 0;
        if (m_sessionsCritical)
            return {};
        m_sessionsCritical = true;
        return {Alert{at, Severity::Critical, QString{AlertKind::Sessions}, {},
            tr("login sessions expiring within %1: %2").arg(window).arg(count)}};
    }
    if (!m_sessionsCritical || ++m_calmSessionUpdates < m_options.clearSamples)
        return {};
    m_sessionsCritical = false;
    m_calmSessionUpdates = 0;
    return {Alert{at, Severity::Info, QString{AlertKind::Sessions}, {},
        tr("no login session expires within %1 any more").arg(window)}};
}

QList<Alert> AlertRules::connectionLost(const QString& reason, const QDateTime& at)
{
    m_downReason = reason;
    if (m_connectionDown)
        return {};
    m_connectionDown = true;
    return {Alert{at, Severity::Critical, QString{AlertKind::Disconnected}, {},
        tr("disconnected: %1").arg(reason)}};
}

QList<Alert> AlertRules::connectionRestored(const QDateTime& since, const QDateTime& at)
{
    if (!m_connectionDown)
        return {};
    m_connectionDown = false;
    m_downReason.clear();
    return {Alert{at, Severity::Info, QString{AlertKind::Reconnected}, {},
        tr("polling again after a gap of %1 s").arg(std::max<qint64>(0, since.secsTo(at)))}};
}

Severity AlertRules::status() const
{
    Severity worst = m_capacity.level;
    for (const Gauge& gauge : m_pools)
        worst = std::max(worst, gauge.level);
    if (!m_failingChecks.isEmpty())
        worst = std::max(worst, Severity::Warning);
    if (m_sessionsCritical || m_connectionDown)
        worst = Severity::Critical;
    return worst;
}

QStringList AlertRules::statusReasons() const
{
    QStringList critical;
    QStringList warning;
    if (m_connectionDown)
        critical << tr("disconnected: %1").arg(m_downReason);
    if (m_sessionsCritical) {
        critical << tr("login sessions expiring within %1: %2")
                        .arg(m_baseline.thresholds.session.criticalBefore.toString())
                        .arg(m_criticalSessions);
    }
    const auto add = [&](const Gauge& gauge) {
        if (gauge.level == Severity::Critical)
            critical << gauge.reason;
        else if (gauge.level == Severity::Warning)
            warning << gauge.reason;
    };
    for (const PoolSpec& spec : m_baseline.pools) {
        if (const auto found = m_pools.constFind(spec.id); found != m_pools.constEnd())
            add(*found);
    }
    add(m_capacity);
    if (!m_failingChecks.isEmpty())
        warning << tr("failing checks: %1").arg(m_failingChecks.join(QStringLiteral(", ")));
    return critical + warning;
}

} // namespace opsdash
