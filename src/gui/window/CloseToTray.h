#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace opsdash {

// Whether closing the window keeps watching from the tray: asked on the first close (while
// there is a tray to hold the window), remembered in the settings, changeable with a
// checkable action (Monitor → Keep watching in the tray when closed).
class CloseToTray final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseToTray)

public:
    // The question; true: keep watching from the tray. A facade tests can answer.
    using Asker = std::function<bool(QWidget* window)>;

    explicit CloseToTray(QWidget* window);

    QAction* action() const { return m_action; }
    void setAsker(Asker asker) { m_ask = std::move(asker); }
    // On a close of the window: true when it should hide and keep watching. Asks (once)
    // when nothing was chosen yet; never hides without a tray to come back from.
    bool keepWatching(bool trayAvailable);

private:
    QWidget* m_window;
    QAction* m_action;
    Asker m_ask;
};

} // namespace opsdash
