#pragma once

#include "model/Alert.h"
#include "model/Baseline.h"
#include "model/Finding.h"
#include "model/TargetOptions.h"
#include "secrets/SecretStore.h"
#include "sessions/CanaryCheck.h"
#include "sessions/LoginSessionSource.h"
#include "sessions/SessionExpiry.h"
#include "sessions/SessionSnapshot.h"
#include "sessions/SessionSourcePlan.h"
#include "sessions/SourceError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <array>
#include <optional>

namespace opsdash {

class ClockTimer;
class ActivityMonitor;
class LiveTarget;
class CanarySource;
class LoginSessionSource;

// The login sessions of one target, watched whole: which sources the target calls for
// (SessionSourcePlan), their secrets (keychain or environment, looked up asynchronously),
// the admin endpoint or the sessions table over the target's own monitoring connection,
// the canary, the source's state (none, waiting, fresh, stale with the last good data kept,
// failed before any data, not configured, not applicable to JWT sessions), the expiry summary on
// the server's clock, the live.session.* findings and the session alerts. The window's Sessions
// panel shows it; `opsdash sessions` and `opsdash evidence` run its one-shot mode (runOnce), so
// every face asks the same sources the same way and judges their answers the same way.
//
// Alerts go out through sourceEvent() (the source failed or recovered) and
// criticalSessions() (sessions inside the baseline's critical window, re-counted every
// second on the server's clock); AlertLog::attach(LiveSessions&) feeds them to the rules.
class LiveSessions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSessions)

public:
    // NotConfigured: nobody asked for sessions and the one place opsdash looked by itself
    // (the sessions table, read because --db was given) is not there — neutral, not an
    // error. NotApplicable: the platform keeps JWT sessions, which leave nothing on the
    // server to list (the baseline or the checked source says `session.strategy: "jwt"`).
    enum class State { None, Waiting, Fresh, Stale, Failed, NotConfigured, NotApplicable };
    Q_ENUM(State)
    // Prometheus: team mode, the counts by level serve exports (followPrometheus()).
    enum class SourceKind { None, AdminEndpoint, SessionsTable, Prometheus, Other };
    Q_ENUM(SourceKind)

    // What one look at the sessions found (runOnce).
    struct Outcome
    {
        SourceKind kind{SourceKind::None};
        QString sourceKind; // "admin-endpoint", "sessions-table"; empty with None
        QString target; // the URL or "host:port/db" asked, for display
        std::optional<SessionSnapshot> snapshot; // the good answer, if any
        std::optional<SourceError> error; // why there is no snapshot (a source was planned)
        QString noSessionsReason; // why no source was asked (kind None)
        // The canary's answer (NotConfigured: no cookie, with the reason) and its
        // live.session.maxAge; none when no canary URL was given: noCanaryReason.
        std::optional<CanaryObservation> canaryObservation;
        std::optional<Finding> canary;
        QString noCanaryReason;
    };

    struct OneShotOptions
    {
        // `opsdash sessions` reports only the sessions when they cannot be read: the canary
        // is then not asked.
        bool canaryAfterFailure{true};
    };

    explicit LiveSessions(const Baseline& baseline, QObject* parent = nullptr);
    ~LiveSessions() override;

    const Baseline& baseline() const { return m_baseline; }
    // How often a watched source is read (the default: LoginSessionSource's). Data older than
    // two of these is never called fresh. Before start().
    void setPollInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    // PEM certificates trusted besides the system's, for the admin endpoint and the canary.
    void setCaFile(const QString& caFile) { m_caFile = caFile; }

    // Watches the sources the target calls for until stop() or the next start(): polled at
    // the sources' intervals. `monitor` (may be null) carries the sessions-table read: one
    // backend per target; it must outlive the watch (stop() or start() again before it goes).
    void start(const TargetOptions& options, ActivityMonitor* monitor);
    // Team mode: the login sessions as serve counts them by level (opsdash_login_sessions),
    // read with `target`'s Prometheus polls. Prometheus keeps no per-session series: there
    // is never a snapshot, only levelCounts() and the summary made of them. A Prometheus
    // failure makes the counts stale (or failed before any); a serve without a session source
    // for the target is NotConfigured. `target` must outlive the watch.
    void followPrometheus(LiveTarget& target);
    // No source and no canary any more.
    void stop();
    // The session strategy the checked source sets (source findings); "jwt" stops the
    // sessions source: there is nothing on the server to list.
    void setSourceStrategy(const QString& strategy);
    // Why the state is NotConfigured or NotApplicable, and how to change it, in words.
    QString notWatchedReason() const { return m_notWatchedReason; }

    // The single steps start() takes; public for tests and for the window's snapshots.
    void startAdminEndpoint(const QUrl& baseUrl);
    void startSessionsTable(ActivityMonitor& monitor);
    // Follows a source made elsewhere (it stays its maker's).
    void attach(LoginSessionSource* source);
    void startCanary(const QUrl& baseUrl);
    void stopCanary();
    void showNoSource();

    // One look: each planned source is read once, then finished(). Never blocks.
    void runOnce(const TargetOptions& options, ActivityMonitor* monitor, OneShotOptions oneShot);
    void runOnce(const TargetOptions& options, ActivityMonitor* monitor)
    {
        runOnce(options, monitor, OneShotOptions{});
    }

    // What the sources said; the sources call these, tests and snapshots may too.
    void takeSnapshot(const SessionSnapshot& snapshot);
    void takeError(const SourceError& error);
    void takeCanary(const CanaryObservation& observation);
    void setWaiting(const QString& target);

    State state() const { return m_state; }
    SourceKind sourceKind() const { return m_kind; }
    LoginSessionSource* source() const { return m_source; }
    QString target() const { return m_target; }
    // The last good snapshot (kept while stale); none before the first or after a new source.
    const std::optional<SessionSnapshot>& snapshot() const { return m_snapshot; }
    // Team mode: the last counts read (ok, warn, critical; kept while stale).
    const std::optional<std::array<int, 3>>& levelCounts() const { return m_counts; }
    // A snapshot or counts to show.
    bool hasData() const { return m_snapshot.has_value() || m_counts.has_value(); }
    // Bumped with every good snapshot: a view resets its rows only when this moves.
    quint64 snapshotSerial() const { return m_snapshotSerial; }
    const std::optional<SourceError>& error() const { return m_error; }
    QDateTime staleSince() const { return m_staleSince; } // desktop clock, UTC
    QDateTime receivedAt() const { return m_receivedAt; } // desktop clock, UTC
    // Desktop time since the snapshot arrived (monotonic); 0 without one.
    qint64 elapsedMs() const;
    // desktop − server, from the latest good snapshot.
    std::optional<qint64> clockSkewMs() const { return m_skewMs; }
    // Counts, buckets and histogram now: the snapshot's serverTime plus the time since it
    // arrived (never the desktop's wall clock).
    ExpirySummary summary() const;

    // Between startCanary() and the canary's first answer (the keychain or the request).
    bool canaryChecking() const { return m_canaryChecking; }
    const std::optional<CanaryObservation>& canaryObservation() const
    {
        return m_canaryObservation;
    }
    std::optional<Finding> canaryFinding() const { return m_canaryFinding; }
    // The live.session.* findings as of the latest answers (empty: nothing checked).
    QList<Finding> findings() const;

signals:
    // The state, the data or the error changed (also on a repeat of the same state).
    void changed();
    // The canary started checking, answered (canaryObservation()) or was stopped.
    void canaryChanged();
    // The live.session.* findings, computed once per answer.
    void findingsChanged(const QList<opsdash::Finding>& findings);
    // The source failed (once per kind of error in a row, not every poll) or answers again
    // after failing. Severity: warning while stale data is kept, critical with none; info on
    // recovery.
    void sourceEvent(const opsdash::Alert& alert);
    // Sessions inside the baseline's critical window, on the server's clock `at`: after each
    // snapshot and every second after it while there is data.
    void criticalSessions(int count, const QDateTime& at);
    // runOnce's answer: exactly one per runOnce().
    void finished(const opsdash::LiveSessions::Outcome& outcome);

private:
    void setState(State state);
    void setKind(SourceKind kind);
    void showNotApplicable(const QString& reason);
    void dropSource();
    // Watching: polls the source; one-shot: one fetch, then onceSessionsDone().
    void run(LoginSessionSource* source);
    void countCritical();
    void readPrometheus();
    void takeCounts(const std::array<int, 3>& counts);
    void announceRecovery(const QString& source);
    void announceFindings();
    void onceAskSessions();
    void onceSessionsDone();
    void onceAskCanary();
    void onceFinish();

    Baseline m_baseline;
    QString m_caFile;
    std::chrono::milliseconds m_interval{LoginSessionSource::kDefaultInterval};
    ClockTimer* m_countdown{nullptr};
    qint64 m_receivedAtMs{-1}; // the snapshot's receipt (Clock), none yet: -1
    QPointer<LoginSessionSource> m_source;
    quint64 m_generation{0}; // bumped whenever the source is dropped
    State m_state{State::None};
    SourceKind m_kind{SourceKind::None};
    QString m_target;
    std::optional<SessionSnapshot> m_snapshot;
    std::optional<std::array<int, 3>> m_counts; // team mode
    QPointer<LiveTarget> m_followed; // team mode
    quint64 m_snapshotSerial{0};
    std::optional<SourceError> m_error;
    QDateTime m_staleSince;
    QDateTime m_receivedAt;
    std::optional<qint64> m_skewMs;
    // The sessions table is read only because a database was given (--db and the built-in
    // baseline, no profile): its absence means "not configured", not "failed".
    bool m_tableImplied{false};
    QString m_notWatchedReason;
    QPointer<CanarySource> m_canary;
    quint64 m_canaryGeneration{0}; // bumped whenever the canary is stopped
    std::optional<Finding> m_canaryFinding;
    std::optional<CanaryObservation> m_canaryObservation;
    bool m_canaryChecking{false};

    // runOnce
    struct OneShot
    {
        bool running{false};
        OneShotOptions options;
        SessionSourcePlan plan;
        ActivityMonitor* monitor{nullptr};
        Outcome outcome;
    };
    OneShot m_once;
};

} // namespace opsdash

Q_DECLARE_METATYPE(opsdash::LiveSessions::Outcome)
