#pragma once

#include "evidence/EvidenceReport.h"
#include "model/Baseline.h"
#include "model/TargetOptions.h"
#include "secrets/SecretStore.h"
#include "sessions/SessionSourcePlan.h"

#include <QObject>

#include <memory>
#include <optional>

namespace opsdash {

class ActivityMonitor;
class LoginSessionSource;

// One asynchronous look at the login sessions for an evidence bundle, from the sources the
// window uses for the same target (SessionSourcePlan): the summary from the admin endpoint
// (token from OPSDASH_SESSIONS_TOKEN or the keychain) or else from the baseline's sessions
// table through the monitoring connection, and the canary for live.session.maxAge (cookie
// from OPSDASH_CANARY_COOKIE or the keychain) when a canary URL is set. Whatever cannot be
// asked is reported with the reason. Never blocks: `opsdash evidence` waits for finished()
// in a local event loop, the window's capture just connects to it.
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

signals:
    void finished(const opsdash::SessionsProbe::Outcome& outcome);

private:
    void fetch(std::unique_ptr<LoginSessionSource> source, const QString& kind);
    void onFetched(const QString& kind);
    void onSecret(const QString& key, const SecretStore::Lookup& lookup);
    void askCanary();
    void finish();

    Baseline m_baseline;
    TargetOptions m_options;
    SessionSourcePlan m_plan;
    ActivityMonitor* m_monitor{nullptr};
    SecretStore* m_secrets{nullptr};
    std::unique_ptr<LoginSessionSource> m_source;
    QString m_tokenKey; // the lookup in flight, if any
    QString m_cookieKey;
    Outcome m_outcome;
};

} // namespace opsdash
