#pragma once

#include <QDateTime>
#include <QFrame>

class QAction;
class QLabel;

namespace opsdash {

// "PAUSED since 23:05:12 — press Space or Resume" over the panels while the pause action is
// on, with a Resume button that turns it off: a paused window never reads as live. A target
// that is down as well is named: "… — the target is disconnected — …". The time follows the
// window's time zone (TimeDisplay).
class PauseBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PauseBanner)

public:
    PauseBanner(QAction* pause, QWidget* parent = nullptr);
    ~PauseBanner() override;

    QString text() const;
    // Whether the target's connection is down (StaleData::isDisconnected()).
    void setDisconnected(bool disconnected);
    QDateTime pausedSince() const { return m_since; } // invalid while not paused

private:
    void follow(bool paused);
    void restyle();
    void render();

    QLabel* m_label;
    QDateTime m_since;
    bool m_disconnected{false};
    bool m_disconnectedWhenPaused{false};
};

} // namespace opsdash
