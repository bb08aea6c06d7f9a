#pragma once

#include "model/Baseline.h"
#include "model/Capacity.h"
#include "model/TargetOptions.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace opsdash {

class ActivityMonitor;
class ActivityPanel;
class AlertLog;
class EventsPanel;
class LiveTarget;
class Notifier;
struct Alert;
class PoolBudgetPanel;
class HistoryChart;
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

    ActivityMonitor* monitor() const;

    // Adds a panel as the next tab under the pool row; tabs 1–4 get Ctrl+2…Ctrl+5 and an
    // entry in the View menu. Returns the tab's index.
    int addTabPanel(QWidget* panel, const QString& title);
    void showPanel(QWidget* panel);

    ActivityPanel* activityPanel() const { return m_activityPanel; }
    EventsPanel* eventsPanel() const { return m_eventsPanel; }
    AlertLog* alertLog() const { return m_alerts; }
    // Desktop notifications; the system tray unless a test injects its own.
    void setNotifier(std::unique_ptr<Notifier> notifier);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildStatusBar();
    void connectMonitor();
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
    void buildActivityAndEvents();
    void onAlert(const Alert& alert);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Baseline m_baseline;
    TargetOptions m_options;
    LiveTarget* m_target{nullptr};
    ActivityMonitor* m_monitor{nullptr}; // m_target's
    PoolBudgetPanel* m_poolPanel{nullptr};
    QComboBox* m_intervalBox{nullptr};
    QComboBox* m_rangeBox{nullptr};
    HistoryChart* m_chart{nullptr};
    QTimer* m_chartTimer{nullptr};
    quint64 m_pendingRange{0};
    QDateTime m_rangeFrom;
    QDateTime m_rangeTo;
    QDateTime m_lastServerTime;
    QLabel* m_connectionState{nullptr};
    QLabel* m_serverVersion{nullptr};
    QLabel* m_lastPoll{nullptr};
    QTimer* m_statusTimer{nullptr};
    QDateTime m_lastSampleAt; // desktop clock, UTC
    qint64 m_lastLatencyMs{0};
    ActivityPanel* m_activityPanel{nullptr};
    EventsPanel* m_eventsPanel{nullptr};
    AlertLog* m_alerts{nullptr};
    std::unique_ptr<Notifier> m_notifier;
    QAction* m_muteNotifications{nullptr};
};

} // namespace opsdash
