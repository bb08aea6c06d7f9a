#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace opsdash {

class FocusOutline;

// The window's keyboard path. Space reaches a focused control that uses it (a check box, a
// button, a combo box, an editable or checkable table cell, a text field) before the window's
// Space shortcut (Pause). Tab walks the regions in the order given (the visual layout: toolbar,
// pools, chart, tab bar, active panel, status bar), keeping each region's own order inside it;
// it leaves tables, where the arrows move. A keyboard focus stop is outlined (FocusOutline).
class KeyboardNavigation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardNavigation)

public:
    KeyboardNavigation(QWidget* window, const QList<QWidget*>& regions);
    ~KeyboardNavigation() override;

    // Chains the tab order again; after widgets came or went.
    void apply();

    // Whether `widget`, focused, does something with Space.
    static bool usesSpace(const QWidget* widget);
    // The control Ctrl+2…Ctrl+5 focus in a panel: its first visible table, else the panel.
    static QWidget* mainControl(QWidget* panel);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int regionOf(const QWidget* widget) const;
    int toolBarPosition(int region, const QWidget* widget) const;

    QWidget* m_window;
    QList<QPointer<QWidget>> m_regions;
    FocusOutline* m_outline;
};

} // namespace opsdash
