#pragma once

#include "model/Baseline.h"
#include "model/Capacity.h"
#include "model/TargetOptions.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace opsdash {

class ActivityMonitor;
class EvidenceCapture;
class DriftPanel;
class DriftSummary;
class ActivityPanel;
class AlertLog;
class EventsPanel;
class LiveTarget;
class Notifier;
struct Alert;
class PoolBudgetPanel;
class ReleaseMarker;
class SessionsPanel;
class HistoryChart;
class TargetSelector;
class WelcomePage;
struct HistoryRange;
struct ActivitySample;
struct Error;
struct ServerFacts;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const Baseline& baseline, const TargetOptions& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    ActivityMonitor* monitor() const; // null while no target is watched
    LiveTarget* liveTarget() const { return m_target; }
    TargetSelector* targetSelector() const { return m_targetSelector; }
    // The current target's (made anew with each target: it observes one LiveTarget).
    EvidenceCapture* evidenceCapture() const { return m_evidence; }
    SessionsPanel* sessionsPanel() const { return m_sessionsPanel; }

    // Watches another target: the old LiveTarget stops and goes, a new one starts (the UI
    // thread never waits for either). Options without a database: no target.
    void setTarget(const TargetOptions& options);
    // Opens a saved profile (its secrets are read first); false if there is none by that name.
    bool openProfile(const QString& name);
    // First start: the welcome page when there is no target and no saved profile.
    void showWelcomeIfNoTargets();
    bool isShowingWelcome() const;

    // Adds a panel as the next tab under the pool row; tabs 1–4 get Ctrl+2…Ctrl+5 and an
    // entry in the View menu. Returns the tab's index.
    int addTabPanel(QWidget* panel, const QString& title);
    void showPanel(QWidget* panel);

    ActivityPanel* activityPanel() const { return m_activityPanel; }
    EventsPanel* eventsPanel() const { return m_eventsPanel; }
    AlertLog* alertLog() const { return m_alerts; }
    // Desktop notifications; the system tray unless a test injects its own.
    void setNotifier(std::unique_ptr<Notifier> notifier);

signals:
    // A new LiveTarget replaced the old one (null: none); panels rewire to it.
    void targetChanged(opsdash::LiveTarget* target);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildStatusBar();
    void buildThemeMenu();
    void connectActions();
    void connectMonitor();
    void dropTarget();
    void replaceEvidenceCapture();
    void showNoTarget();
    void showNotice(const QString& text);
    void startMonitoring();
    void onSample(const ActivitySample& sample);
    void onServerFacts(const ServerFacts& facts);
    void onDisconnected(const Error& error, const QDateTime& retryAt);
    void refreshStatus();
    void requestHistory();
    void onHistoryRange(quint64 id, const HistoryRange& range);
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;
    void restoreTabState();
    void setUpSessions();
    void refreshSessionsStatus();
    void startSessions();
    void buildActivityAndEvents();
    void buildReleaseMarker();
    void onAlert(const Alert& alert);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Baseline m_baseline;
    TargetOptions m_options;
    QString m_windowBaselinePath; // the baseline the panels were built with ("" = built-in)
    QStackedWidget* m_pages{nullptr}; // the dashboard or the welcome page
    QWidget* m_dashboardPage{nullptr};
    WelcomePage* m_welcome{nullptr};
    TargetSelector* m_targetSelector{nullptr};
    LiveTarget* m_target{nullptr};
    ActivityMonitor* m_monitor{nullptr}; // m_target's
    PoolBudgetPanel* m_poolPanel{nullptr};
    DriftPanel* m_driftPanel{nullptr};
    DriftSummary* m_driftSummary{nullptr};
    QComboBox* m_intervalBox{nullptr};
    QComboBox* m_rangeBox{nullptr};
    HistoryChart* m_chart{nullptr};
    EvidenceCapture* m_evidence{nullptr};
    QTimer* m_chartTimer{nullptr};
    quint64 m_pendingRange{0};
    QDateTime m_rangeFrom;
    QDateTime m_rangeTo;
    QDateTime m_lastServerTime;
    QLabel* m_connectionState{nullptr};
    QLabel* m_serverVersion{nullptr};
    QLabel* m_lastPoll{nullptr};
    QLabel* m_historyState{nullptr}; // "History writes delayed …" while the file is locked
    QTimer* m_statusTimer{nullptr};
    QDateTime m_lastSampleAt; // desktop clock, UTC
    qint64 m_lastLatencyMs{0};
    SessionsPanel* m_sessionsPanel{nullptr};
    QLabel* m_sessionSource{nullptr};
    QLabel* m_clockSkew{nullptr};
    ActivityPanel* m_activityPanel{nullptr};
    EventsPanel* m_eventsPanel{nullptr};
    AlertLog* m_alerts{nullptr};
    std::unique_ptr<Notifier> m_notifier;
    QAction* m_muteNotifications{nullptr};
    QAction* m_themeToolAction{nullptr}; // the toolbar's last item; actions go before it
    ReleaseMarker* m_releaseMarker{nullptr};
};

} // namespace opsdash
