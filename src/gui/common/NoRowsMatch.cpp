#include "gui/common/NoRowsMatch.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QSortFilterProxyModel>

namespace opsdash {

NoRowsMatch::NoRowsMatch(
    QAbstractItemView* view, const QString& text, std::function<bool()> allHidden)
    : QLabel{text.isEmpty() ? tr("No rows match the filter.") : text, view->viewport()}
    , m_view{view}
    , m_allHidden{std::move(allHidden)}
{
    setObjectName(QStringLiteral("noRowsMatch"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents); // the table under it stays usable
    if (!m_allHidden) {
        m_allHidden = [view] {
            const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(view->model());
            return proxy != nullptr && proxy->rowCount() == 0 && proxy->sourceModel() != nullptr
                && proxy->sourceModel()->rowCount() > 0;
        };
    }
    view->viewport()->installEventFilter(this);
    // A proxy removes its rows while its source's are still there (it follows the source's
    // rowsAboutToBeRemoved): the source's own signals come after, with both counts right.
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(view->model());
    for (QAbstractItemModel* model :
        {view->model(), proxy != nullptr ? proxy->sourceModel() : nullptr}) {
        if (model == nullptr)
            continue;
        connect(model, &QAbstractItemModel::modelReset, this, &NoRowsMatch::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &NoRowsMatch::refresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, &NoRowsMatch::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &NoRowsMatch::refresh);
    }
    refresh();
}

NoRowsMatch::~NoRowsMatch() = default;

void NoRowsMatch::refresh()
{
    const bool show = m_allHidden();
    if (show)
        place();
    setVisible(show);
}

bool NoRowsMatch::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void NoRowsMatch::place()
{
    const QRect area = m_view->viewport()->rect();
    setGeometry(area.adjusted(12, 0, -12, 0));
}

} // namespace opsdash
