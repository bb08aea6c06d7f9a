#pragma once

#include "gui/window/Notifier.h"

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace opsdash {

// Notifications through QSystemTrayIcon; the tray icon is a circle in the colour of the
// worst current status. Without a system tray it does nothing (and says so once in the log).
class TrayNotifier final : public QObject, public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    explicit TrayNotifier(QObject* parent = nullptr);
    ~TrayNotifier() override;

    bool isAvailable() const { return m_tray != nullptr; }
    void showStatus(Severity status, const QStringList& reasons) override;
    void notify(const Alert& alert) override;
    bool canHoldWindow() const override { return isAvailable(); }
    // The icon's context menu (the window's: it outlives this).
    void setMenu(QMenu* menu);

signals:
    void activated(); // the user clicked the tray icon

private:
    QSystemTrayIcon* m_tray{nullptr};
};

} // namespace opsdash
