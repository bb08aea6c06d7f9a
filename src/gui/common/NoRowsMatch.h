#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace opsdash {

// "No rows match" centred in a filtered table's viewport while its filter hides every row
// (an empty table without a filter says nothing here: its panel explains why it is empty).
// Follows the view's model by itself; refresh() after a change the model does not signal
// (rows hidden in the view).
class NoRowsMatch final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoRowsMatch)

public:
    // allHidden: whether the filter hides every row; by default, the view's model is a
    // QSortFilterProxyModel whose source has rows and which shows none.
    NoRowsMatch(
        QAbstractItemView* view, const QString& text = {}, std::function<bool()> allHidden = {});
    ~NoRowsMatch() override;

    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QAbstractItemView* m_view;
    std::function<bool()> m_allHidden;
};

} // namespace opsdash
