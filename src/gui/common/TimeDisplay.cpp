#include "gui/common/TimeDisplay.h"

#include "model/SettingsKeys.h"

#include <QAbstractItemModel>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>

namespace opsdash {

TimeDisplay& TimeDisplay::instance()
{
    static TimeDisplay display;
    return display;
}

TimeDisplay::TimeDisplay()
{
    reload();
}

void TimeDisplay::reload()
{
    const ZoneChoice saved
        = zoneChoiceFromString(SettingsKeys::TimeZone.read(QSettings{})).value_or(ZoneChoice::Utc);
    apply(DisplayZone::of(saved, m_zone.serverZone()));
}

void TimeDisplay::setChoice(ZoneChoice choice)
{
    QSettings settings;
    SettingsKeys::TimeZone.write(settings, toString(choice));
    apply(DisplayZone::of(choice, m_zone.serverZone()));
}

void TimeDisplay::setServerZone(const QString& serverZone)
{
    if (serverZone != m_zone.serverZone())
        apply(DisplayZone::of(m_zone.choice(), serverZone));
}

void TimeDisplay::apply(const DisplayZone& zone)
{
    const bool same = zone.choice() == m_zone.choice() && zone.zone() == m_zone.zone()
        && zone.serverZone() == m_zone.serverZone() && zone.fellBack() == m_zone.fellBack();
    m_zone = zone;
    if (!same)
        emit changed();
}

void TimeDisplay::follow(QAbstractItemModel* model, QList<int> columns)
{
    connect(&instance(), &TimeDisplay::changed, model, [model, columns = std::move(columns)] {
        const int rows = model->rowCount();
        for (const int column : columns) {
            if (rows > 0)
                emit model->dataChanged(model->index(0, column), model->index(rows - 1, column));
            emit model->headerDataChanged(Qt::Horizontal, column, column);
        }
    });
}

QMenu* TimeDisplay::createMenu(QWidget* parent)
{
    auto* menu = new QMenu{tr("Time &zone"), parent};
    menu->setObjectName(QStringLiteral("timeZoneMenu"));
    auto* group = new QActionGroup{menu};
    group->setExclusive(true);
    const struct
    {
        ZoneChoice choice;
        QString text;
        QString tip;
    } entries[] = {
        {ZoneChoice::Local, tr("&Local"), tr("Times in this desktop's time zone")},
        {ZoneChoice::Utc, tr("&UTC"), tr("Times in UTC, as evidence records them")},
        {ZoneChoice::Server, tr("&Server"),
            tr("Times in the target server's TimeZone setting (local time while it is not "
               "known)")},
    };
    for (const auto& entry : entries) {
        QAction* action = menu->addAction(entry.text);
        action->setObjectName(QStringLiteral("actionTimeZone_") + toString(entry.choice));
        action->setStatusTip(entry.tip);
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
            [this, choice = entry.choice] { setChoice(choice); });
    }
    const auto follow = [this, menu] {
        for (QAction* action : menu->actions())
            action->setChecked(action->objectName().endsWith(toString(choice())));
    };
    follow();
    connect(this, &TimeDisplay::changed, menu, follow);
    return menu;
}

} // namespace opsdash
