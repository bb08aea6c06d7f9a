#include "gui/activity/ActivityModel.h"

#include "gui/common/Palette.h"
#include "gui/common/TimeDisplay.h"

#include <QColor>
#include <QSet>

namespace opsdash {

namespace {

qint64 since(const QDateTime& start, const QDateTime& now)
{
    if (!start.isValid() || !now.isValid())
        return -1;
    return std::max<qint64>(0, start.msecsTo(now));
}

QString waitEvent(const BackendSession& session)
{
    if (session.waitEvent.isEmpty())
        return session.waitEventType;
    if (session.waitEventType.isEmpty())
        return session.waitEvent;
    return session.waitEventType + QLatin1Char{':'} + session.waitEvent;
}

} // namespace

ActivityModel::ActivityModel(QObject* parent)
    : QAbstractTableModel{parent}
{ }

ActivityModel::~ActivityModel() = default;

QString ActivityModel::formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 10'000)
        return tr("%1 s").arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char{'0'});
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char{'0'});
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

ActivityModel::Row ActivityModel::makeRow(BackendSession session) const
{
    Row row;
    row.oneLineQuery = session.query.simplified();
    // Only a running query has a duration; an idle backend's query_start is its last one.
    if (session.state == BackendState::Active)
        row.queryMs = since(session.queryStart, m_serverTime);
    row.transactionMs = since(session.xactStart, m_serverTime);
    row.backendMs = since(session.backendStart, m_serverTime);
    row.stateMs = since(session.stateChange, m_serverTime);
    row.session = std::move(session);
    return row;
}

void ActivityModel::setSample(const ActivitySample& sample)
{
    m_serverTime = sample.serverTime;
    const int count = sample.sessionCount();
    if (m_rows.isEmpty()) {
        if (count == 0)
            return;
        beginResetModel();
        m_rows.reserve(count);
        for (int i = 0; i < count; ++i) {
            m_rowOfPid.insert(sample.rows.at(i).pid, static_cast<int>(m_rows.size()));
            m_rows << makeRow(sample.session(i));
        }
        endResetModel();
        return;
    }

    QHash<int, int> incoming; // pid → index in the sample
    incoming.reserve(count);
    for (int i = 0; i < count; ++i)
        incoming.insert(sample.rows.at(i).pid, i);

    // Gone: remove from the end so earlier row numbers stay valid, a contiguous run at once.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0;) {
        if (incoming.contains(m_rows.at(row).session.pid)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).session.pid))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // Stayed: updated in place, announced with one dataChanged.
    m_rowOfPid.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        const int pid = m_rows.at(row).session.pid;
        m_rows[row] = makeRow(sample.session(incoming.value(pid)));
        m_rowOfPid.insert(pid, row);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));

    // New: appended in the sample's order.
    QList<int> added;
    for (int i = 0; i < count; ++i) {
        if (!m_rowOfPid.contains(sample.rows.at(i).pid))
            added << i;
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (const int i : std::as_const(added)) {
            m_rowOfPid.insert(sample.rows.at(i).pid, static_cast<int>(m_rows.size()));
            m_rows << makeRow(sample.session(i));
        }
        endInsertRows();
    }
}

void ActivityModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowOfPid.clear();
    endResetModel();
}

int ActivityModel::rowOfPid(int pid) const
{
    return m_rowOfPid.value(pid, -1);
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::display(const Row& row, int column) const
{
    const BackendSession& s = row.session;
    switch (column) {
    case PoolColumn:
        return s.pool;
    case PidColumn:
        return s.pid;
    case UserColumn:
        return s.usename;
    case DatabaseColumn:
        return s.datname;
    case ApplicationColumn:
        return s.applicationName;
    case ClientColumn:
        return s.clientAddr;
    case StateColumn:
        return toString(s.state);
    case QueryDurationColumn:
        return formatDuration(row.queryMs);
    case TransactionDurationColumn:
        return formatDuration(row.transactionMs);
    case BackendAgeColumn:
        return formatDuration(row.backendMs);
    case WaitEventColumn:
        return waitEvent(s);
    case QueryColumn:
        return row.oneLineQuery;
    default:
        return {};
    }
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        switch (column) {
        case PidColumn:
            return row.session.pid;
        case QueryDurationColumn:
            return row.queryMs;
        case TransactionDurationColumn:
            return row.transactionMs;
        case BackendAgeColumn:
            return row.backendMs;
        default:
            return display(row, column);
        }
    case Qt::ToolTipRole:
        if (column == QueryColumn)
            return row.session.query;
        // The times behind the durations (backend_start, xact_start, state_change), in the
        // window's time zone.
        if (column == StateColumn && row.stateMs >= 0)
            return tr("%1 for %2, since %3")
                .arg(toString(row.session.state), formatDuration(row.stateMs),
                    TimeDisplay::format(row.session.stateChange));
        if (column == QueryDurationColumn && row.queryMs >= 0)
            return tr("query started %1").arg(TimeDisplay::format(row.session.queryStart));
        if (column == TransactionDurationColumn && row.transactionMs >= 0)
            return tr("transaction started %1").arg(TimeDisplay::format(row.session.xactStart));
        if (column == BackendAgeColumn && row.backendMs >= 0)
            return tr("backend started %1").arg(TimeDisplay::format(row.session.backendStart));
        return {};
    case Qt::DecorationRole:
        if (column == StateColumn)
            return Palette::forState(row.session.state);
        return {};
    case Qt::TextAlignmentRole:
        if (column == PidColumn || column == QueryDurationColumn
            || column == TransactionDurationColumn || column == BackendAgeColumn)
            return QVariant{Qt::AlignRight | Qt::AlignVCenter};
        return {};
    case PidRole:
        return row.session.pid;
    case PoolRole:
        return row.session.pool;
    case StateRole:
        return static_cast<int>(row.session.state);
    case FullQueryRole:
        return row.session.query;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PoolColumn:
        return tr("Pool");
    case PidColumn:
        return tr("PID");
    case UserColumn:
        return tr("User");
    case DatabaseColumn:
        return tr("Database");
    case ApplicationColumn:
        return tr("Application");
    case ClientColumn:
        return tr("Client");
    case StateColumn:
        return tr("State");
    case QueryDurationColumn:
        return tr("Query");
    case TransactionDurationColumn:
        return tr("Transaction");
    case BackendAgeColumn:
        return tr("Backend age");
    case WaitEventColumn:
        return tr("Wait event");
    case QueryColumn:
        return tr("Query text");
    default:
        return {};
    }
}

} // namespace opsdash
