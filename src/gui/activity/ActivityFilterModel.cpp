#include "gui/activity/ActivityFilterModel.h"

#include "gui/activity/ActivityModel.h"

namespace opsdash {

ActivityFilterModel::ActivityFilterModel(QObject* parent)
    : QSortFilterProxyModel{parent}
{
    setSortRole(ActivityModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Re-sorts and re-filters as rows change in place every tick.
    setDynamicSortFilter(true);
}

ActivityFilterModel::~ActivityFilterModel() = default;

void ActivityFilterModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ActivityFilterModel::setPool(const QString& pool)
{
    if (pool == m_pool)
        return;
    m_pool = pool;
    invalidateFilter();
}

void ActivityFilterModel::setState(std::optional<BackendState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void ActivityFilterModel::setHideIdle(bool hide)
{
    if (hide == m_hideIdle)
        return;
    m_hideIdle = hide;
    invalidateFilter();
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const ActivityModel*>(sourceModel());
    if (model == nullptr || sourceParent.isValid())
        return true;
    const BackendSession& session = model->session(sourceRow);
    if (!m_pool.isEmpty() && session.pool != m_pool)
        return false;
    if (m_state && session.state != *m_state)
        return false;
    if (m_hideIdle && session.state == BackendState::Idle)
        return false;
    if (m_text.isEmpty())
        return true;
    return session.usename.contains(m_text, Qt::CaseInsensitive)
        || session.applicationName.contains(m_text, Qt::CaseInsensitive)
        || session.query.contains(m_text, Qt::CaseInsensitive)
        || QString::number(session.pid).startsWith(m_text);
}

bool ActivityFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::LongLong || a.typeId() == QMetaType::Int)
        return a.toLongLong() < b.toLongLong();
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
}

} // namespace opsdash
