#include "gui/common/StaleLook.h"

#include <QApplication>
#include <QVariant>
#include <QWidget>

namespace opsdash::StaleLook {

namespace {
constexpr const char* kProperty = "opsdashStale";
}

void apply(QWidget* widget, bool stale)
{
    if (widget == nullptr || isStale(widget) == stale)
        return;
    widget->setProperty(kProperty, stale);
    if (!stale) {
        widget->setPalette(QPalette{}); // nothing of its own: the theme's again
        return;
    }
    // Only the text roles are set; everything else still follows the theme.
    const QPalette theme = QApplication::palette(widget);
    QPalette greyed;
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
            greyed.setColor(group, role, theme.color(QPalette::Disabled, role));
    }
    widget->setPalette(greyed);
}

bool isStale(const QWidget* widget)
{
    return widget != nullptr && widget->property(kProperty).toBool();
}

} // namespace opsdash::StaleLook
