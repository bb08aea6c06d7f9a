#pragma once

#include "evidence/EvidenceReport.h"
#include "live/LiveSessions.h"
#include "model/Baseline.h"
#include "model/TargetOptions.h"

#include <QObject>

#include <optional>

namespace opsdash {

class ActivityMonitor;

// One asynchronous look at the login sessions for an evidence bundle: LiveSessions' one-shot
// mode (the sources, secrets and judgement the window's engine uses for the same target),
// its answer put the way a report shows it — the summary from the admin endpoint or the
// sessions table, the canary's live.session.maxAge, and for whatever could not be asked the
// reason. Never blocks: `opsdash evidence` waits for finished() in a local event loop, the
// window's capture just connects to it.
class SessionsProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsProbe)

public:
    struct Outcome
    {
        EvidenceReport::Sessions sessions; // available false: its reason says why
        std::optional<Finding> canary; // none: noCanaryReason
        QString noCanaryReason;
    };

    // `monitor` (may be null) carries the sessions-table query: opsdash holds one backend
    // per target. It must outlive this probe.
    SessionsProbe(const Baseline& baseline, const TargetOptions& options,
        ActivityMonitor* monitor = nullptr, QObject* parent = nullptr);
    ~SessionsProbe() override;

    // Ends in exactly one finished().
    void start();

    // The one-shot answer as a report shows it.
    static Outcome fromLook(const Baseline& baseline, const LiveSessions::Outcome& look);

signals:
    void finished(const opsdash::SessionsProbe::Outcome& outcome);

private:
    Baseline m_baseline;
    TargetOptions m_options;
    ActivityMonitor* m_monitor{nullptr};
    LiveSessions* m_sessions{nullptr};
};

} // namespace opsdash
