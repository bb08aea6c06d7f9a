#pragma once

#include <QToolBar>

class QComboBox;
class QMenu;

namespace opsdash {

// The main toolbar: the target list, the window's actions (from ui/MainWindow.ui), the poll
// interval and the chart's range, then actions added later (release marker, evidence) and
// the theme button last. Promoted from QToolBar in ui/MainWindow.ui.
class MainToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainToolBar)

public:
    explicit MainToolBar(QWidget* parent = nullptr);
    ~MainToolBar() override;

    // Once the form's actions are in: `targets` goes first, the boxes after the actions,
    // the theme button (its menu added to `viewMenu`) last.
    void setUp(QWidget* targets, QMenu* viewMenu, int intervalSeconds);
    // Before the theme button.
    void insertBeforeTheme(QAction* action);
    void insertSeparatorBeforeTheme();

    int intervalSeconds() const;
    // Shows `seconds` (added to the list if missing) without announcing it.
    void showInterval(int seconds);
    int rangeSeconds() const;
    void setRangeSeconds(int seconds); // ignored unless one of the offered ranges
    void setPollControlsEnabled(bool enabled);

signals:
    void intervalChosen(int seconds);
    void rangeChosen(int seconds);

protected:
    // Every action's button is a Tab stop (QToolBar makes them mouse-only).
    void actionEvent(QActionEvent* event) override;

private:
    QComboBox* m_intervalBox{nullptr};
    QComboBox* m_rangeBox{nullptr};
    QAction* m_themeAction{nullptr};
};

} // namespace opsdash
