#pragma once

#include "model/Baseline.h"

#include <QWidget>

namespace opsdash {

class WatchedTarget;

// One target of the overview, painted in one pass: name and server, a connection dot with
// the last poll's age (or "paused", "disconnected"), one bar per pool with used / budget,
// usable capacity, the checks by status with the worst named, login sessions in the
// critical window and a 15-minute sparkline of client sessions. Focusable: Enter or a
// click asks to open the target's dashboard.
class OverviewTile final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTile)

public:
    OverviewTile(const Baseline& baseline, WatchedTarget& watched, QWidget* parent = nullptr);

    WatchedTarget& watched() const { return m_watched; }
    // The texts drawn, top to bottom (tests and the accessible description read them).
    QStringList lines() const;
    QString connectionText() const; // "polled 3 s ago", "paused", "disconnected", …

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void openRequested(opsdash::WatchedTarget* watched);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QString serverText() const;
    QString capacityText() const;
    QString checksText() const;
    QString sessionsText() const;
    QColor connectionColour() const;
    void paintSparkline(QPainter& painter, const QRectF& area) const;

    const Baseline& m_baseline;
    WatchedTarget& m_watched;
};

} // namespace opsdash
