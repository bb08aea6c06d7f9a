#pragma once

#include <QObject>

#include <memory>

class QAction;
class QWidget;

namespace opsdash {

class AlertLog;
class Notifier;
struct Alert;

// Desktop notifications for a window's alerts: the system tray (or a notifier a test gives)
// shows the worst current status and pops up each alert, unless the Mute action is on (the
// events are still listed). What the user did themselves is logged, not announced back.
class Notifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifications)

public:
    Notifications(AlertLog& alerts, QWidget* window);
    ~Notifications() override;

    QAction* muteAction() const { return m_mute; }
    void setNotifier(std::unique_ptr<Notifier> notifier);

signals:
    void activated(); // the user clicked the tray icon

private:
    void onAlert(const Alert& alert);

    AlertLog& m_alerts;
    std::unique_ptr<Notifier> m_notifier;
    QAction* m_mute{nullptr};
};

} // namespace opsdash
