#include "SessionsProbe.h"

#include "evidence/EvidenceCollector.h"
#include "sessions/AdminEndpointSource.h"

namespace opsdash {

SessionsProbe::SessionsProbe(const Baseline& baseline, const TargetOptions& options,
    ActivityMonitor* monitor, QObject* parent)
    : QObject{parent}
    , m_baseline{baseline}
    , m_options{options}
    , m_monitor{monitor}
    , m_sessions{new LiveSessions{baseline, this}}
{
    connect(m_sessions, &LiveSessions::finished, this,
        [this](const LiveSessions::Outcome& look) { emit finished(fromLook(m_baseline, look)); });
}

SessionsProbe::~SessionsProbe() = default;

void SessionsProbe::start()
{
    m_sessions->runOnce(m_options, m_monitor);
}

SessionsProbe::Outcome SessionsProbe::fromLook(
    const Baseline& baseline, const LiveSessions::Outcome& look)
{
    Outcome outcome;
    if (look.snapshot) {
        outcome.sessions = EvidenceCollector::summarizeSessions(
            *look.snapshot, baseline.thresholds.session, look.sourceKind);
    } else if (look.kind == LiveSessions::SourceKind::None) {
        outcome.sessions.reason = look.noSessionsReason;
    } else if (look.error && look.error->kind == SourceError::Kind::MissingSecret) {
        outcome.sessions.reason
            = tr("no admin token for %1: %2")
                  .arg(AdminEndpointSource::origin(QUrl{look.error->where}), look.error->message);
    } else {
        outcome.sessions.reason = look.error
            ? tr("%1 failed: %2").arg(look.sourceKind, look.error->toString())
            : tr("%1 gave no answer").arg(look.sourceKind);
    }
    if (look.canaryObservation
        && look.canaryObservation->state == CanaryObservation::State::NotConfigured) {
        outcome.noCanaryReason = look.canaryObservation->reason; // no cookie: not asked
    } else if (look.canary) {
        outcome.canary = look.canary;
    } else {
        outcome.noCanaryReason = look.noCanaryReason;
    }
    return outcome;
}

} // namespace opsdash
