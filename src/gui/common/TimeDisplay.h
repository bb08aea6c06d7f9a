#pragma once

#include "model/DisplayZone.h"

#include <QList>
#include <QObject>

class QAbstractItemModel;
class QMenu;
class QWidget;

namespace opsdash {

// The window's time zone setting (View → Time zone, Settings → Time zone; QSettings
// `appearance/timeZone`) and the current target's server zone, resolved into the
// DisplayZone every view formats its times with. changed() makes every view render its
// times again at once.
class TimeDisplay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeDisplay)

public:
    // The role under which a table model gives a timestamp cell's ISO 8601 UTC text
    // (DisplayZone::isoUtc): what File → Export writes instead of the cell as shown.
    static constexpr int IsoUtcRole = Qt::UserRole + 90;

    static TimeDisplay& instance();

    // The application's current zone; format() is a shorthand for zone().format().
    static const DisplayZone& zone() { return instance().m_zone; }
    static QString format(
        const QDateTime& time, DisplayZone::Style style = DisplayZone::Style::DateTime)
    {
        return zone().format(time, style);
    }

    ZoneChoice choice() const { return m_zone.choice(); }
    // Applied at once and saved.
    void setChoice(ZoneChoice choice);
    // The current target's TimeZone setting; empty: none (no target, not connected yet,
    // team mode).
    void setServerZone(const QString& serverZone);
    // Reads the saved choice again (tests point QSettings elsewhere first).
    void reload();

    // Re-renders `columns` of `model` (every row, and the header) whenever the zone changes.
    static void follow(QAbstractItemModel* model, QList<int> columns);

    // The Time zone submenu: Local, UTC and Server, checkable in one exclusive group.
    QMenu* createMenu(QWidget* parent);

signals:
    void changed();

private:
    TimeDisplay();
    void apply(const DisplayZone& zone);

    DisplayZone m_zone;
};

} // namespace opsdash
