#include "EvidenceCollector.h"

#include "Redaction.h"
#include "Version.h"
#include "clock/Clock.h"
#include "drift/LiveRules.h"
#include "drift/SourceChecks.h"
#include "live/LiveTarget.h"
#include "model/Capacity.h"
#include "model/ConnectionLimits.h"
#include "model/PoolStatistics.h"
#include "sessions/CanaryCheck.h"
#include "sessions/SessionExpiry.h"

#include <QFileInfo>
#include <QSysInfo>
#include <QUrl>

#include <algorithm>

namespace opsdash {

namespace {

constexpr int kBackendsPerPool{3};

// The server and live checks, with every id the baseline implies, as nothing-observed
// templates: what a report lists when there was no sample to judge them on.
QList<Finding> liveTemplates(const Baseline& baseline)
{
    const ServerFacts none;
    QList<Finding> templates = serverFindings(baseline, none, {})
        + ConnectionLimits{baseline}.findings(none, {})
        + budgetFindings(baseline, none, UsageWindow{}, {}) + LiveRules{baseline}.findings({});
    for (const PoolSpec& pool : baseline.pools) {
        if (!pool.metricsUrl.isEmpty())
            templates += PoolStatistics{pool, baseline.thresholds.live}.findings();
    }
    for (Finding& finding : templates) {
        // Its limit comes from the server, which was not read: say so instead of "≤ 0".
        if (finding.checkId == QLatin1String{"live.total.capacity"})
            finding.expected = EvidenceCollector::tr(
                "client sessions ≤ usable slots (max_connections − reserved connections)");
    }
    return templates;
}

} // namespace

EvidenceCollector::EvidenceCollector(const Baseline& baseline, LiveTarget* target, QObject* parent)
    : QObject{parent}
    , m_baseline{baseline}
    , m_target{target}
    , m_startedAt{Clock::current().nowUtc()}
{
    if (m_target == nullptr)
        return;
    connect(m_target, &LiveTarget::sampled, this,
        [this](const ActivitySample& sample) { m_lastSample = sample; });
    ActivityMonitor* monitor = &m_target->monitor();
    connect(monitor, &ActivityMonitor::disconnected, this,
        [this](const Error& error, const QDateTime& retryAt) {
            record(QStringLiteral("disconnected"),
                LiveTarget::disconnectedText(error.message, retryAt));
        });
    connect(monitor, &ActivityMonitor::reconnected, this, [this](const QDateTime& since) {
        record(QStringLiteral("reconnected"), LiveTarget::reconnectedText(since));
    });
    connect(monitor, &ActivityMonitor::pollFailed, this,
        [this](const Error& error) { record(QStringLiteral("poll-failed"), error.message); });
}

EvidenceCollector::~EvidenceCollector() = default;

void EvidenceCollector::restart()
{
    m_startedAt = Clock::current().nowUtc();
    m_events.clear();
}

void EvidenceCollector::record(const QString& kind, const QString& message)
{
    m_events.append({Clock::current().nowUtc(), kind, Redaction::redact(message)});
}

void EvidenceCollector::annotate(const QDateTime& at, const QString& label)
{
    m_events.append({at.toUTC(), QStringLiteral("annotation"), Redaction::redact(label)});
}

QList<Finding> EvidenceCollector::asNotChecked(QList<Finding> findings, const QString& reason)
{
    for (Finding& finding : findings) {
        finding.status = CheckStatus::NotChecked;
        finding.actual.clear();
        finding.evidence.clear();
        finding.reason = reason;
        finding.firstSeen = {};
    }
    return findings;
}

QList<Finding> EvidenceCollector::sourceFindings(const Baseline& baseline, const QString& repoDir)
{
    if (!repoDir.isEmpty()) {
        // As `opsdash verify` does: globs and relative paths resolve from the real root.
        const QString root = QFileInfo{repoDir}.canonicalFilePath();
        return SourceChecks::run(baseline, root.isEmpty() ? repoDir : root);
    }
    // Run against no checkout only to learn the ids and expectations.
    return asNotChecked(SourceChecks::run(baseline, QString{}),
        tr("no repository given (--repo): the source files were not read"));
}

EvidenceReport::Sessions EvidenceCollector::summarizeSessions(const SessionSnapshot& snapshot,
    const Thresholds::Session& thresholds, const QString& sourceKind)
{
    const ExpirySummary summary = SessionExpiry::evaluate(snapshot, thresholds);
    EvidenceReport::Sessions sessions;
    sessions.available = true;
    sessions.sourceKind = sourceKind;
    sessions.source = Redaction::redact(snapshot.source);
    sessions.serverTime = summary.serverTime;
    sessions.summaryLine = SessionExpiry::summaryLine(summary, thresholds);
    sessions.active = summary.active;
    sessions.warn = summary.warn;
    sessions.critical = summary.critical;
    sessions.overAge = summary.overAge;
    sessions.expiredListed = summary.expired;
    if (const SessionStanding* soonest = summary.soonest()) {
        sessions.soonestHash = soonest->record.hash.left(12);
        sessions.soonestExpiry = soonest->record.expiresAt;
    }
    return sessions;
}

EvidenceReport EvidenceCollector::report(const Inputs& inputs, const QDateTime& end) const
{
    EvidenceReport report;
    report.start = m_startedAt;
    report.end = end;
    report.hostName = QSysInfo::machineHostName();
    report.opsdashVersion = QLatin1String{Version};
    report.repoDir
        = inputs.repoDir.isEmpty() ? QString{} : QFileInfo{inputs.repoDir}.absoluteFilePath();
    report.sessionsUrl = inputs.sessionsUrl.isEmpty()
        ? QString{}
        : Redaction::redact(QUrl{inputs.sessionsUrl}.toString(QUrl::RemoveUserInfo));
    report.baselinePath = m_baseline.sourcePath;
    report.baselineSha256 = QString::fromLatin1(m_baseline.sha256);
    report.includeQueries = inputs.includeQueries;
    report.screenshot = inputs.screenshot;
    report.intervalSeconds = inputs.intervalSeconds;
    report.sessions = inputs.sessions;
    report.events = m_events;
    if (m_target != nullptr) {
        for (Acknowledgement acknowledgement : m_target->acknowledgements().all()) {
            const QDateTime over
                = acknowledgement.ended.isValid() ? acknowledgement.ended : acknowledgement.until;
            if (acknowledgement.when > end || (over.isValid() && over < m_startedAt))
                continue;
            acknowledgement.note = Redaction::redact(acknowledgement.note);
            report.acknowledgements << acknowledgement;
        }
    }

    report.findings = inputs.sourceFindings;
    const std::optional<ServerFacts> facts
        = m_target != nullptr ? m_target->serverFacts() : std::nullopt;
    if (m_target == nullptr) {
        report.findings += asNotChecked(liveTemplates(m_baseline),
            tr("no database target given (--db): the server was not observed"));
    } else {
        report.target = Redaction::redact(m_target->monitor().target());
        const UsageWindow& window = m_target->window();
        if (!facts || window.samples() == 0) {
            const std::optional<Error> error = m_target->monitor().lastError();
            report.findings += asNotChecked(liveTemplates(m_baseline),
                error ? tr("no sample was taken from %1: %2").arg(report.target, error->message)
                      : tr("no sample was taken from %1 in the window").arg(report.target));
        } else {
            report.findings += m_target->findings();
        }
        report.samples = window.samples();
        report.windowFrom = window.from();
        report.windowTo = window.to();
        for (const UsageWindow::PoolStats& stats : window.pools()) {
            EvidenceReport::Pool pool;
            pool.id = stats.pool;
            pool.current = stats.current;
            pool.peak = stats.peak;
            pool.average = stats.average;
            pool.peakAt = stats.peakAt;
            pool.peakNewPerMinute = stats.peakNewPerMinute;
            if (facts)
                pool.connectionLimit = m_target->connectionLimits().limitOf(stats.pool, *facts);
            if (const PoolSpec* spec = m_baseline.pool(stats.pool)) {
                pool.label = spec->label;
                pool.budget = spec->budget;
            }
            report.pools.append(pool);
        }
        if (facts) {
            const Capacity capacity = Capacity::of(m_baseline, *facts);
            report.capacity = EvidenceReport::Capacity{capacity.maxConnections, capacity.usable(),
                capacity.usableExplained(), capacity.committed(), capacity.committedExplained(),
                window.currentClientSessions(), window.peakClientSessions()};
        }
    }
    if (inputs.canary)
        report.findings.append(*inputs.canary);
    else {
        Finding canary = CanaryCheck::evaluate(m_baseline, CanaryObservation{});
        canary.status = CheckStatus::NotChecked;
        canary.actual.clear();
        canary.evidence.clear();
        canary.reason = inputs.noCanaryReason.isEmpty()
            ? tr("no sessions URL given (--sessions): the canary was not asked")
            : inputs.noCanaryReason;
        report.findings.append(canary);
    }
    for (Finding& finding : report.findings) {
        finding.actual = finding.actual.isNull() ? QString{} : Redaction::redact(finding.actual);
        finding.evidence = Redaction::redact(finding.evidence);
        finding.reason = Redaction::redact(finding.reason);
    }

    if (m_lastSample) {
        QList<BackendSession> all = m_lastSample->sessions();
        std::stable_sort(
            all.begin(), all.end(), [](const BackendSession& a, const BackendSession& b) {
                if (a.pool != b.pool)
                    return a.pool < b.pool;
                // Hidden start times last; otherwise the oldest first.
                if (a.backendStart.isValid() != b.backendStart.isValid())
                    return a.backendStart.isValid();
                return a.backendStart < b.backendStart;
            });
        QString pool;
        int taken = 0;
        for (const BackendSession& session : all) {
            taken = session.pool == pool ? taken + 1 : 1;
            pool = session.pool;
            if (taken > kBackendsPerPool)
                continue;
            report.backends.append(EvidenceReport::Backend{session.pid, session.pool,
                toString(session.state), Redaction::redact(session.applicationName),
                session.backendStart.isValid()
                    ? session.backendStart.secsTo(m_lastSample->serverTime)
                    : -1,
                session.query.isEmpty()
                    ? QString{}
                    : Redaction::queryForReport(session.query, inputs.includeQueries)});
        }
    }
    return report;
}

} // namespace opsdash
