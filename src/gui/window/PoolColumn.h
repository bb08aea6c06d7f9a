#pragma once

#include <QWidget>

namespace opsdash {

class DriftSummary;
class PoolBudgetPanel;

// The left column of the dashboard: the pool budgets at their natural height, the drift
// summary in the space below, so the drift checks stay in view (and in every screenshot)
// whichever tab is in front. It takes the pool panel's place (and splitter stretch) in its
// splitter.
class PoolColumn final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolColumn)

public:
    PoolColumn(PoolBudgetPanel* pools, DriftSummary* summary, QWidget* parent = nullptr);
    ~PoolColumn() override;
};

} // namespace opsdash
