#pragma once

#include <QDateTime>
#include <QFrame>

class QAction;
class QLabel;

namespace opsdash {

// "PAUSED since 23:05:12 — press Space or Resume" over the panels while the pause action is
// on, with a Resume button that turns it off: a paused window never reads as live.
class PauseBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PauseBanner)

public:
    PauseBanner(QAction* pause, QWidget* parent = nullptr);
    ~PauseBanner() override;

    QString text() const;
    QDateTime pausedSince() const { return m_since; } // invalid while not paused

private:
    void follow(bool paused);
    void restyle();

    QLabel* m_label;
    QDateTime m_since;
};

} // namespace opsdash
