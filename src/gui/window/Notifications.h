#pragma once

#include <QList>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace opsdash {

class AlertLog;
class Notifier;
class TargetFleet;
class WatchedTarget;
struct Alert;

// Desktop notifications for a window's alerts: the system tray (or a notifier a test gives)
// shows the worst current status and pops up each alert the engine announces (not one
// acknowledged or muted), unless "Do not disturb" is on (the events are still listed). What the
// user did themselves is logged, not announced back. Once the overview watches every target
// (followFleet), the status is the worst across them, each notification names its target, and the
// tray's menu lists every target with its status; the window's own alerts then pop up only for a
// target the overview does not watch (it would announce each one twice).
class Notifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifications)

public:
    Notifications(AlertLog& alerts, QWidget* window);
    ~Notifications() override;

    QAction* muteAction() const { return m_mute; }
    void setNotifier(std::unique_ptr<Notifier> notifier);
    // Whether the window may hide into the tray (one the user can click to come back).
    bool canHoldWindow() const;

    void followFleet(TargetFleet& fleet);
    // The window shows a target the overview watches too: its alerts come from the fleet.
    void setWindowTargetWatchedByFleet(bool watched) { m_windowTargetInFleet = watched; }
    // The tray icon's menu: one entry per watched target with its status, then Show and Quit.
    QMenu* trayMenu() const { return m_menu; }
    QAction* showAction() const { return m_show; }
    QAction* quitAction() const { return m_quit; }

signals:
    void activated(); // the user clicked the tray icon
    void targetChosen(opsdash::WatchedTarget* watched); // from the tray's menu

private:
    void onAlert(const Alert& alert);
    void notify(const Alert& alert);
    void refreshStatus();
    void rebuildMenu();
    void refreshMenu();

    AlertLog& m_alerts;
    std::unique_ptr<Notifier> m_notifier;
    QAction* m_mute{nullptr};
    QMenu* m_menu{nullptr};
    QList<QAction*> m_entries; // one per watched target, in the fleet's order
    QAction* m_show{nullptr};
    QAction* m_quit{nullptr};
    TargetFleet* m_fleet{nullptr};
    bool m_windowTargetInFleet{false};
};

} // namespace opsdash
