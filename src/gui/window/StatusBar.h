#pragma once

#include <QDateTime>
#include <QPointer>
#include <QStatusBar>

#include <optional>

namespace opsdash {

class ActivityMonitor;
class ClockTimer;
class ElidedLabel;
class LiveTarget;
class PrometheusSource;
struct Error;
struct ServerFacts;

// The main window's status bar: the target's connection state (in team mode: that the data
// comes from Prometheus, or Prometheus' named error), the server's version and
// capacity, the age of the last poll, the time zone times are shown in, the history file's state,
// the sessions source's state, clock skew and a keychain that has not answered. It follows the
// LiveTarget it is given (setTarget) and refreshes the poll age every second. Promoted from
// QStatusBar in ui/MainWindow.ui. Texts that change per tick sit in SteadyLabels (tst_ticklayout).
// Every text elides with "…" when its label is too narrow, the whole text in its tooltip.
class StatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBar)

public:
    explicit StatusBar(QWidget* parent = nullptr);
    ~StatusBar() override;

    // Follows `target` (null: none) until the next call.
    void setTarget(LiveTarget* target);
    // The login sessions source: its state word in its colour, and the desktop's clock skew
    // against the server's when known.
    void showSessions(const QColor& colour, const QString& text, std::optional<qint64> skewMs);
    // While the keychain has not answered a profile's read or write.
    void setKeychainWaiting(bool waiting);
    // While "Do not disturb" is on: a badge that says so.
    void setDoNotDisturb(bool on);
    // A notice for 30 s (the window also puts it in the events panel).
    void showNotice(const QString& text);
    // The connection state and the poll age as of now.
    void refresh();
    // "Times: UTC", "Times: local (CET)", "Times: server (Asia/Kathmandu, +05:45)".
    QString timeZoneText() const;

private:
    void showHistoryProblem(const QString& text, const QString& toolTip);
    void showMonitorState(const ActivityMonitor& monitor);
    void showPrometheusState(const PrometheusSource& prometheus);
    void showTimeZone();

    QPointer<LiveTarget> m_target;
    ElidedLabel* m_connectionState{nullptr};
    ElidedLabel* m_serverVersion{nullptr};
    ElidedLabel* m_sessionSource{nullptr};
    ElidedLabel* m_clockSkew{nullptr};
    ElidedLabel* m_lastPoll{nullptr};
    ElidedLabel* m_historyState{nullptr}; // writes delayed, or the file unavailable, and why
    ElidedLabel* m_keychainState{nullptr};
    ElidedLabel* m_doNotDisturb{nullptr};
    ElidedLabel* m_timeZone{nullptr};
    ClockTimer* m_timer{nullptr};
    QDateTime m_lastSampleAt; // desktop clock, UTC
    qint64 m_lastLatencyMs{0};
};

} // namespace opsdash
