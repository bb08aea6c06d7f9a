#pragma once

#include <QCoreApplication>

class QMenu;
class QToolButton;
class QWidget;

namespace opsdash {

// The Theme submenu (system, light, dark; the choice applied at once and saved) and the
// toolbar button that opens it.
class ThemeMenu final
{
    Q_DECLARE_TR_FUNCTIONS(ThemeMenu)

public:
    // Adds the submenu to `viewMenu`; returns a button for the toolbar, a child of `parent`.
    static QToolButton* addTo(QMenu* viewMenu, QWidget* parent);
};

} // namespace opsdash
