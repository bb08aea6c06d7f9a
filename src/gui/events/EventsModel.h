#pragma once

#include "model/Alert.h"

#include <QAbstractTableModel>
#include <QList>

namespace opsdash {

// The event log, newest first: time (in the window's time zone), severity, kind, message.
class EventsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsModel)

public:
    enum Column { TimeColumn, SeverityColumn, KindColumn, MessageColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1 }; // int(Severity)

    explicit EventsModel(QObject* parent = nullptr);
    ~EventsModel() override;

    void add(const Alert& alert);
    // Older events (read back from history), oldest first; they go below the ones shown.
    void addOlder(const QList<Alert>& alerts);
    const Alert& alert(int row) const { return m_alerts.at(row); }
    void setMaximum(int rows) { m_maximum = rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(const QString& kind); // translated
    // What File → Export writes for a time (TimeDisplay::IsoUtcRole): "2026-11-27T08:41:07Z".
    // The table shows TimeDisplay's format.
    static QString utcText(const QDateTime& time);

private:
    QList<Alert> m_alerts; // newest first
    int m_maximum{10'000}; // a day of flapping should not eat the memory
};

} // namespace opsdash
