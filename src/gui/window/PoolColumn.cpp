#include "gui/window/PoolColumn.h"

#include "gui/drift/DriftSummary.h"
#include "gui/pools/PoolBudgetPanel.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace opsdash {

PoolColumn::PoolColumn(PoolBudgetPanel* pools, DriftSummary* summary, QWidget* parent)
    : QWidget{parent}
{
    setObjectName(QStringLiteral("poolColumn"));
    setSizePolicy(pools->sizePolicy()); // with its splitter stretch
    auto* layout = new QVBoxLayout{this};
    layout->setContentsMargins({});
    layout->setSpacing(0);
    // Takes the pool panel's place in its splitter, if it is in one.
    if (auto* splitter = qobject_cast<QSplitter*>(pools->parentWidget()))
        splitter->replaceWidget(splitter->indexOf(pools), this);
    layout->addWidget(pools);
    pools->show(); // replaceWidget() hid it
    // The pool panel keeps its natural height; the summary takes the space below it.
    pools->setSizePolicy(pools->sizePolicy().horizontalPolicy(), QSizePolicy::Maximum);
    // It fits its lines to the width it gets and never asks for more: the splitter keeps
    // deciding the column's width.
    summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(summary, 1);
}

PoolColumn::~PoolColumn() = default;

} // namespace opsdash
