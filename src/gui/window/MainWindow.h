#pragma once

#include "model/Baseline.h"
#include "model/TargetOptions.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace opsdash {

class ActivityMonitor;
class ActivityPanel;
class AlertLog;
class CloseToTray;
class DriftPanel;
class DriftSummary;
class EventsPanel;
class EvidenceCapture;
class HistoryChart;
class KeyboardNavigation;
class LiveSessions;
class LiveTarget;
class Notifications;
class Notifier;
class OverviewPage;
class PoolBudgetPanel;
class ReleaseMarker;
class SessionsPanel;
class StaleData;
class WindowTitle;
class ShortcutsDialog;
class StatusBar;
class TargetFleet;
class TargetSelector;
class WatchedTarget;

// The window composes: it makes the LiveTarget for the chosen target and hands it to every
// view through targetChanged (each view's setTarget subscribes to what it shows), and it
// holds the actions that start, pause and stop the target. Layout in ui/MainWindow.ui.
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
    LiveSessions* liveSessions() const { return m_sessions; }

    // Watches another target: the old LiveTarget stops and goes, a new one starts (the UI
    // thread never waits for either). Options without a database: no target.
    void setTarget(const TargetOptions& options);
    // Opens a saved profile (its secrets are read first); false if there is none by that name.
    bool openProfile(const QString& name);
    // First start: the welcome page when there is no target and no saved profile.
    void showWelcomeIfNoTargets();
    bool isShowingWelcome() const;
    // The overview: every saved profile watched at once (started on the first call; the
    // current profile's dashboard then shows the overview's engine for it).
    void showOverview();
    bool isShowingOverview() const;
    // Shows a watched target's dashboard on its own engine (never a second backend).
    void openWatched(opsdash::WatchedTarget* watched);
    TargetFleet* fleet() const { return m_fleet; }
    OverviewPage* overviewPage() const { return m_overview; }

    // Adds a panel as the next tab under the pool row; tabs 1–4 get Ctrl+2…Ctrl+5 and an
    // entry in the View menu. Returns the tab's index.
    int addTabPanel(QWidget* panel, const QString& title);
    void showPanel(QWidget* panel);

    ActivityPanel* activityPanel() const { return m_activityPanel; }
    EventsPanel* eventsPanel() const { return m_eventsPanel; }
    AlertLog* alertLog() const { return m_alerts; }
    // Desktop notifications; the system tray unless a test injects its own.
    void setNotifier(std::unique_ptr<Notifier> notifier);
    Notifications* notifications() const { return m_notifications; }
    CloseToTray* closeToTray() const { return m_closeToTray; }
    // Stops every target and ends the application (File → Quit, the tray's Quit).
    void quitEverything();

signals:
    // A new LiveTarget replaced the old one (null: none); every view follows it.
    void targetChanged(opsdash::LiveTarget* target);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildDashboard();
    void buildToolBar();
    void buildTabs();
    void buildPoolColumn();
    void buildReleaseMarker();
    void buildOverview();
    void showBorrowedState();
    void buildStaleData();
    void buildTimeZoneMenu();
    void followServerZone();
    void connectActions();
    void dropTarget();
    void replaceEvidenceCapture();
    void showNoTarget();
    void showNotice(const QString& text);
    void startMonitoring();
    void showAbout();
    void showShortcuts();
    void restoreWindowState();
    void saveWindowState() const;
    void restoreTabState();
    void setUpSessions();
    void refreshSessionsStatus();
    void startSessions();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Baseline m_baseline;
    TargetOptions m_options;
    QString m_windowBaselinePath; // the baseline the panels were built with ("" = built-in)
    TargetSelector* m_targetSelector{nullptr};
    LiveTarget* m_target{nullptr};
    bool m_targetBorrowed{false}; // m_target is the overview's: neither stopped nor deleted here
    QObject* m_targetScope{nullptr}; // what goes with the current target (its signaller)
    TargetFleet* m_fleet{nullptr};
    bool m_fleetStarted{false};
    OverviewPage* m_overview{nullptr};
    CloseToTray* m_closeToTray{nullptr};
    bool m_quitting{false};
    StatusBar* m_statusBar{nullptr};
    PoolBudgetPanel* m_poolPanel{nullptr};
    DriftPanel* m_driftPanel{nullptr};
    DriftSummary* m_driftSummary{nullptr};
    HistoryChart* m_chart{nullptr};
    EvidenceCapture* m_evidence{nullptr};
    SessionsPanel* m_sessionsPanel{nullptr};
    LiveSessions* m_sessions{nullptr};
    ActivityPanel* m_activityPanel{nullptr};
    EventsPanel* m_eventsPanel{nullptr};
    AlertLog* m_alerts{nullptr};
    Notifications* m_notifications{nullptr};
    ReleaseMarker* m_releaseMarker{nullptr};
    KeyboardNavigation* m_keyboard{nullptr};
    StaleData* m_staleData{nullptr};
    WindowTitle* m_title{nullptr};
    ShortcutsDialog* m_shortcuts{nullptr}; // made when first asked for
};

} // namespace opsdash
