#pragma once

#include "live/LiveSessions.h"
#include "model/Baseline.h"
#include "model/Finding.h"
#include "sessions/SessionExpiry.h"

#include <QColor>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLineEdit;

namespace Ui {
class SessionsPanel;
}

namespace opsdash {

class ClockTimer;
class ExpiryHistogram;
class LoginSessionSource;
class SessionsFilterModel;
class SessionsModel;

// Login sessions at a glance, as the live engine (LiveSessions) sees them: the summary line,
// the sessions nearest expiry with a live countdown on the server's clock, warn/critical
// rows coloured, and the expiry histogram of the next 24 h. States: no source, waiting,
// fresh, stale (the last good data kept, greyed, with the error by name) and failed (an
// error before any data). The header names the source (admin endpoint or sessions table)
// and, with a canary, the live idle limit against the baseline's maxAge. In team mode it shows
// serve's counts by level from Prometheus and says in one line why no session is listed. A
// view only: the engine makes the sources, reads the secrets and raises the alerts.
class SessionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPanel)

public:
    using SourceState = LiveSessions::State;
    using SourceKind = LiveSessions::SourceKind;

    explicit SessionsPanel(const Baseline& baseline, QWidget* parent = nullptr);
    ~SessionsPanel() override;

    // The engine to show (the caller's; null: none). Shown at once, then followed.
    void setTarget(LiveSessions* sessions);
    LiveSessions* sessions() const { return m_sessions; }

    SourceState sourceState() const;
    SourceKind sourceKind() const;
    LoginSessionSource* source() const;
    std::optional<Finding> canaryFinding() const;
    QString canaryText() const; // the header's canary line, plain

    // For the status bar: "Sessions fresh · 412 active", "Sessions STALE — timeout", …;
    // neutral ("Sessions: waiting for the database") when no data came yet because the
    // database is down: that is the connection's state, not an error of the sessions.
    QString statusText() const;
    QColor statusColour() const;
    bool waitsForDatabase() const;
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
    // The engine's state was shown anew (the status bar follows it).
    void sourceStateChanged();
    // The canary's live.session.maxAge as shown after each check (not-checked when
    // unconfigured); canaryStopped() when the header has no canary any more.
    void canaryChecked(const opsdash::Finding& finding);
    void canaryStopped();

private:
    void showState();
    void showCanary();
    void refreshSummary();
    // The big summary line: greyed when stale, else a dot coloured by the worst level.
    void showSummary(const QString& line, const ExpirySummary& summary, bool stale);
    // Team mode: serve's counts by level, no rows (LiveSessions::followPrometheus()).
    void showCounts();
    void setMessage(const QString& html, const QString& toolTip = {});
    void showKind(SourceKind kind);

    std::unique_ptr<Ui::SessionsPanel> m_ui;
    Baseline m_baseline;
    QPointer<LiveSessions> m_sessions;
    SessionsModel* m_model{nullptr};
    SessionsFilterModel* m_shown{nullptr}; // what the table shows: filtered, sorted
    ExpiryHistogram* m_histogram{nullptr};
    QLineEdit* m_filter{nullptr};
    ClockTimer* m_countdown{nullptr};
    quint64 m_shownSerial{0}; // the engine's snapshot the model holds
    bool m_canaryShown{false};
};

} // namespace opsdash
