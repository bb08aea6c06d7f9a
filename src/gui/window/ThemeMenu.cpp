#include "gui/window/ThemeMenu.h"

#include "gui/common/Theme.h"

#include <QActionGroup>
#include <QMenu>
#include <QToolButton>

namespace opsdash {

QToolButton* ThemeMenu::addTo(QMenu* viewMenu, QWidget* parent)
{
    auto* menu = viewMenu->addMenu(tr("&Theme"));
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto* group = new QActionGroup{menu};
    for (const Theme::Choice choice :
        {Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark}) {
        QAction* action = menu->addAction(Theme::displayName(choice));
        action->setObjectName(QStringLiteral("actionTheme_") + Theme::name(choice));
        action->setCheckable(true);
        action->setChecked(Theme::current() == choice);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [choice] {
            Theme::apply(choice);
            Theme::save(choice);
        });
    }
    auto* button = new QToolButton{parent};
    button->setObjectName(QStringLiteral("themeButton"));
    button->setText(tr("Theme"));
    button->setToolTip(tr("Light, dark or as the system"));
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    return button;
}

} // namespace opsdash
