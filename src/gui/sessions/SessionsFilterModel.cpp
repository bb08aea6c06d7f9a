#include "gui/sessions/SessionsFilterModel.h"

#include "gui/sessions/SessionsModel.h"

namespace opsdash {

SessionsFilterModel::SessionsFilterModel(QObject* parent)
    : QSortFilterProxyModel{parent}
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

SessionsFilterModel::~SessionsFilterModel() = default;

void SessionsFilterModel::setText(const QString& text)
{
    setFilterFixedString(text.trimmed());
}

bool SessionsFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    switch (left.column()) {
    case SessionsModel::Status:
    case SessionsModel::ExpiresIn:
        return left.data(SessionsModel::MillisecondsLeftRole).toLongLong()
            < right.data(SessionsModel::MillisecondsLeftRole).toLongLong();
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace opsdash
