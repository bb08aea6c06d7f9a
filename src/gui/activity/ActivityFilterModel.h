#pragma once

#include "model/Activity.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace opsdash {

// What the activity panel shows of ActivityModel: a free-text filter over user,
// application, query and pid, a pool and a state filter, and "hide idle"; sorted by any
// column, durations and pids by number.
class ActivityFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityFilterModel)

public:
    explicit ActivityFilterModel(QObject* parent = nullptr);
    ~ActivityFilterModel() override;

    void setText(const QString& text); // case-insensitive substring
    void setPool(const QString& pool); // empty: every pool
    void setState(std::optional<BackendState> state); // nullopt: every state
    void setHideIdle(bool hide);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QString m_pool;
    std::optional<BackendState> m_state;
    bool m_hideIdle{false};
};

} // namespace opsdash
