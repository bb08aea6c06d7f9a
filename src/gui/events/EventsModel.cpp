#include "gui/events/EventsModel.h"

#include "gui/common/StatusIcon.h"
#include "gui/common/TimeDisplay.h"

namespace opsdash {

EventsModel::EventsModel(QObject* parent)
    : QAbstractTableModel{parent}
{
    TimeDisplay::follow(this, {TimeColumn});
}

EventsModel::~EventsModel() = default;

QString EventsModel::kindLabel(const QString& kind)
{
    if (kind == AlertKind::Threshold)
        return tr("Pool threshold");
    if (kind == AlertKind::Capacity)
        return tr("Capacity");
    if (kind == AlertKind::Drift)
        return tr("Drift");
    if (kind == AlertKind::Sessions)
        return tr("Login sessions");
    if (kind == AlertKind::SessionSource)
        return tr("Sessions source");
    if (kind == AlertKind::Disconnected)
        return tr("Disconnected");
    if (kind == AlertKind::Reconnected)
        return tr("Reconnected");
    if (kind == AlertKind::Backend)
        return tr("Backend signal");
    if (kind == AlertKind::Annotation)
        return tr("Annotation");
    if (kind == AlertKind::Acknowledged)
        return tr("Acknowledged");
    if (kind == AlertKind::Muted)
        return tr("Muted");
    if (kind == AlertKind::MuteEnded)
        return tr("Mute ended");
    return kind;
}

QString EventsModel::utcText(const QDateTime& time)
{
    return DisplayZone::isoUtc(time);
}

void EventsModel::add(const Alert& alert)
{
    beginInsertRows({}, 0, 0);
    m_alerts.prepend(alert);
    endInsertRows();
    if (m_alerts.size() > m_maximum) {
        const int first = m_maximum;
        beginRemoveRows({}, first, static_cast<int>(m_alerts.size()) - 1);
        m_alerts.resize(m_maximum);
        endRemoveRows();
    }
}

void EventsModel::addOlder(const QList<Alert>& alerts)
{
    const int room = m_maximum - static_cast<int>(m_alerts.size());
    const int count = std::min(room, static_cast<int>(alerts.size()));
    if (count <= 0)
        return;
    const int first = static_cast<int>(m_alerts.size());
    beginInsertRows({}, first, first + count - 1);
    // Newest of the older ones first, so the whole list stays newest first.
    for (int i = static_cast<int>(alerts.size()) - 1; i >= static_cast<int>(alerts.size()) - count;
         --i)
        m_alerts.append(alerts.at(i));
    endInsertRows();
}

int EventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

int EventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert& alert = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return TimeDisplay::format(alert.time);
        case SeverityColumn:
            return StatusIcon::label(alert.severity);
        case KindColumn:
            return kindLabel(alert.kind);
        case MessageColumn:
            return alert.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            return tr("%1\nUTC: %2\nlocal: %3")
                .arg(TimeDisplay::format(alert.time),
                    DisplayZone::of(ZoneChoice::Utc).format(alert.time),
                    DisplayZone::of(ZoneChoice::Local).format(alert.time));
        }
        if (index.column() == MessageColumn)
            return alert.message;
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return StatusIcon::icon(alert.severity);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn && alert.severity == Severity::Critical)
            return StatusIcon::colour(alert.severity);
        return {};
    case SeverityRole:
        return static_cast<int>(alert.severity);
    case TimeDisplay::IsoUtcRole:
        return index.column() == TimeColumn ? utcText(alert.time) : QVariant{};
    default:
        return {};
    }
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time"); // each cell names its zone or offset
    case SeverityColumn:
        return tr("Severity");
    case KindColumn:
        return tr("Kind");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace opsdash
