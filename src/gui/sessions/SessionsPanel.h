#pragma once

#include "model/Alert.h"
#include "model/Baseline.h"
#include "model/Finding.h"
#include "sessions/CanaryCheck.h"
#include "sessions/LoginSessionSource.h"
#include "sessions/SessionSnapshot.h"
#include "sessions/SourceError.h"

#include <QColor>
#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QTimer;
class QUrl;

namespace Ui {
class SessionsPanel;
}

namespace opsdash {

class ActivityMonitor;
class CanarySource;
class ExpiryHistogram;
class SessionsModel;

// Login sessions at a glance: the summary line, the sessions nearest expiry with a live
// countdown on the server's clock, warn/critical rows coloured, and the expiry histogram of
// the next 24 h. States: no source, waiting, fresh, stale (the last good data kept, greyed,
// with the error by name) and failed (an error before any data). The header names the
// source (admin endpoint or sessions table) and, with a canary, the live idle limit
// against the baseline's maxAge.
class SessionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPanel)

public:
    enum class SourceState { None, Waiting, Fresh, Stale, Failed };
    Q_ENUM(SourceState)
    enum class SourceKind { None, AdminEndpoint, SessionsTable, Other };
    Q_ENUM(SourceKind)

    explicit SessionsPanel(const Baseline& baseline, QWidget* parent = nullptr);
    ~SessionsPanel() override;

    void showNoSource();
    void showWaiting(const QString& target);
    void showSnapshot(const SessionSnapshot& snapshot);
    void showError(const SourceError& error);

    // Feeds the panel from a source's updated()/failed() (the source stays the caller's).
    void attach(LoginSessionSource* source);
    // The admin endpoint under baseUrl with its token from the keychain or
    // OPSDASH_SESSIONS_TOKEN (looked up asynchronously), polled at the source's interval.
    // The source is the panel's child.
    void startAdminEndpoint(const QUrl& baseUrl);
    // The baseline's sessions table read through the target's monitoring connection (one
    // backend per target), polled at the source's interval. The monitor must outlive the
    // source (the panel's child) or be followed by another start…() or showNoSource().
    void startSessionsTable(ActivityMonitor& monitor);
    LoginSessionSource* source() const { return m_source; }
    SourceKind sourceKind() const { return m_kind; }

    // The canary account under baseUrl (cookie from the keychain or OPSDASH_CANARY_COOKIE,
    // looked up asynchronously), checked every CanarySource::kDefaultInterval; its
    // live.session.maxAge goes to the header and out through canaryChecked().
    void startCanary(const QUrl& baseUrl);
    void stopCanary();
    // One canary answer, judged against the baseline (startCanary's path; tests, snapshots).
    void showCanary(const CanaryObservation& observation);
    std::optional<Finding> canaryFinding() const { return m_canaryFinding; }
    QString canaryText() const; // the header's canary line, plain

    SourceState sourceState() const { return m_state; }
    // For the status bar: "Sessions fresh · 412 active", "Sessions STALE — timeout", …
    QString statusText() const;
    QColor statusColour() const;
    // desktop − server, from the latest good snapshot.
    std::optional<qint64> clockSkewMs() const;
    QString summaryText() const;

    SessionsModel* model() const { return m_model; }
    ExpiryHistogram* histogram() const { return m_histogram; }

    // One step of the countdown (the panel's 1 s timer calls it; tests may too).
    void advanceCountdown();
    // The countdown at a given time since the data arrived (benchmarks, tests).
    void showElapsed(qint64 milliseconds);

signals:
    void sourceStateChanged();
    // The canary's live.session.maxAge after each check (not-checked when unconfigured);
    // canaryStopped() when there is no canary any more.
    void canaryChecked(const opsdash::Finding& finding);
    void canaryStopped();
    // For the event log: the source failed (once per kind of error in a row, not every
    // poll) or answers again after failing. Severity: warning while stale data is shown,
    // critical when there is none; info on recovery.
    void sourceEvent(const opsdash::Alert& alert);

private:
    void setState(SourceState state);
    void dropSource();
    void refreshSummary();
    void setMessage(const QString& html, const QString& toolTip = {});
    void setKind(SourceKind kind);

    std::unique_ptr<Ui::SessionsPanel> m_ui;
    Baseline m_baseline;
    SessionsModel* m_model{nullptr};
    ExpiryHistogram* m_histogram{nullptr};
    QTimer* m_countdown{nullptr};
    QElapsedTimer m_sinceReceipt;
    QPointer<LoginSessionSource> m_source;
    quint64 m_generation{0}; // bumped whenever the source is dropped
    SourceState m_state{SourceState::None};
    std::optional<SourceError> m_error;
    QDateTime m_staleSince; // desktop clock: when the first failure after good data arrived
    QDateTime m_receivedAt; // desktop clock: when the shown data arrived
    std::optional<qint64> m_skewMs;
    QString m_target;
    SourceKind m_kind{SourceKind::None};
    QPointer<CanarySource> m_canary;
    quint64 m_canaryGeneration{0}; // bumped whenever the canary is stopped
    std::optional<Finding> m_canaryFinding;
    std::optional<CanaryObservation> m_canaryObservation;
};

} // namespace opsdash
