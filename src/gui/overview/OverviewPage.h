#pragma once

#include "model/Baseline.h"

#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace opsdash {

class ClockTimer;
class OverviewTile;
class TargetFleet;
class WatchedTarget;

// The start page: one tile per watched target, worst first, in as many columns as the
// width holds (two at 1280 px). The arrow keys move between tiles; Enter or a click asks to
// open that target's dashboard. Poll ages tick once a second while the page shows.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    OverviewPage(const Baseline& baseline, TargetFleet& fleet, QWidget* parent = nullptr);
    ~OverviewPage() override;

    // The tiles in the order shown (worst first).
    QList<OverviewTile*> tiles() const { return m_tiles; }
    int columns() const { return m_columns; }
    // Sorts now (normally on every change of a target).
    void resort();
    // View → Overview, the toolbar's button: Alt+Left and Backspace, parented to `window`.
    QAction* makeShowAction(QObject* window) const;
    // Gives the keyboard focus to the given target's tile (or the first).
    void focusTile(const WatchedTarget* watched = nullptr);

    // Worst first: severity, then failing checks, then the fullest pool, then the name.
    bool worseThan(const WatchedTarget& a, const WatchedTarget& b) const;

signals:
    void openRequested(opsdash::WatchedTarget* watched);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void addTile(WatchedTarget* watched);
    void removeTile(const QString& name);
    void relayout();
    void refreshHeader();
    int columnsForWidth(int width) const;

    const Baseline& m_baseline;
    TargetFleet& m_fleet;
    QLabel* m_header;
    QLabel* m_empty;
    QScrollArea* m_scroll;
    QWidget* m_grid;
    QGridLayout* m_layout;
    ClockTimer* m_ticker;
    QList<OverviewTile*> m_tiles;
    int m_columns{2};
};

} // namespace opsdash
