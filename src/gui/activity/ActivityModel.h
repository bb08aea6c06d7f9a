#pragma once

#include "model/Activity.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace opsdash {

// The client sessions of the latest poll, one row per backend. A tick updates the rows in
// place (rows whose pid left are removed, new pids appended, the rest changed), so views
// keep their selection and scroll position; a reset happens only when the model was empty.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)

public:
    enum Column {
        PoolColumn,
        PidColumn,
        UserColumn,
        DatabaseColumn,
        ApplicationColumn,
        ClientColumn,
        StateColumn,
        QueryDurationColumn,
        TransactionDurationColumn,
        BackendAgeColumn,
        WaitEventColumn,
        QueryColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for numbers: durations in ms (−1 when none), pid
        PidRole,
        PoolRole,
        StateRole, // int(BackendState)
        FullQueryRole,
    };

    explicit ActivityModel(QObject* parent = nullptr);
    ~ActivityModel() override;

    void setSample(const ActivitySample& sample);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const BackendSession& session(int row) const { return m_rows.at(row).session; }
    int rowOfPid(int pid) const; // −1 when absent
    QDateTime serverTime() const { return m_serverTime; }

    // "2 h 03 min", "4 min 12 s", "0.8 s"; empty for a negative duration (none).
    static QString formatDuration(qint64 ms);

private:
    struct Row
    {
        BackendSession session;
        QString oneLineQuery;
        qint64 queryMs{-1};
        qint64 transactionMs{-1};
        qint64 backendMs{-1};
        qint64 stateMs{-1};
    };

    Row makeRow(BackendSession session) const;
    QVariant display(const Row& row, int column) const;

    QList<Row> m_rows;
    QHash<int, int> m_rowOfPid;
    QDateTime m_serverTime;
};

} // namespace opsdash
