#pragma once

#include <QSortFilterProxyModel>

namespace opsdash {

// The login-sessions table as shown: the model's order (nearest expiry first) until a header
// is clicked, then by that column, times by their value (expiry by the time left, status by
// its bucket), the rest by text; rows filtered by a text found in any column
// (case-insensitive).
class SessionsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsFilterModel)

public:
    explicit SessionsFilterModel(QObject* parent = nullptr);
    ~SessionsFilterModel() override;

    void setText(const QString& text);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace opsdash
