#include "gui/overview/OverviewPage.h"

#include "clock/ClockTimer.h"
#include "gui/overview/OverviewTile.h"
#include "live/LiveTarget.h"
#include "live/TargetFleet.h"

#include <QAction>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace opsdash {

namespace {

// A tile reads well from about this width; 1280 px holds two, 4K six.
constexpr int kTileWidth = 560;
constexpr int kMaxColumns = 6;

double fullestPool(const WatchedTarget& watched, const Baseline& baseline)
{
    double fullest = 0;
    for (const PoolUsage& usage : watched.pools()) {
        const PoolSpec* spec = baseline.pool(usage.pool);
        const int budget = spec != nullptr ? watched.target().poolBudget(*spec) : 0;
        if (budget > 0)
            fullest = std::max(fullest, usage.total() / static_cast<double>(budget));
    }
    return fullest;
}

} // namespace

OverviewPage::OverviewPage(const Baseline& baseline, TargetFleet& fleet, QWidget* parent)
    : QWidget{parent}
    , m_baseline{baseline}
    , m_fleet{fleet}
    , m_header{new QLabel{this}}
    , m_empty{new QLabel{this}}
    , m_scroll{new QScrollArea{this}}
    , m_grid{new QWidget}
    , m_layout{new QGridLayout{m_grid}}
    , m_ticker{new ClockTimer{this}}
{
    setObjectName(QStringLiteral("overviewPage"));
    m_header->setObjectName(QStringLiteral("overviewHeader"));
    m_empty->setObjectName(QStringLiteral("overviewEmpty"));
    m_empty->setText(tr("No saved targets yet. Add one from the target list in the toolbar."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_grid);
    m_layout->setSpacing(12);
    m_layout->setAlignment(Qt::AlignTop);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_header);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);

    // Poll ages move every second; nothing else needs a timer.
    m_ticker->setInterval(1000);
    connect(m_ticker, &ClockTimer::timeout, this, [this] {
        for (OverviewTile* tile : std::as_const(m_tiles))
            tile->update();
    });
    connect(&m_fleet, &TargetFleet::added, this, &OverviewPage::addTile);
    connect(&m_fleet, &TargetFleet::removed, this, &OverviewPage::removeTile);
    connect(&m_fleet, &TargetFleet::changed, this, [this](WatchedTarget* watched) {
        const auto tile = std::find_if(m_tiles.cbegin(), m_tiles.cend(),
            [watched](const OverviewTile* t) { return &t->watched() == watched; });
        if (tile != m_tiles.cend())
            (*tile)->update();
        resort();
    });
    for (WatchedTarget* watched : m_fleet.targets())
        addTile(watched);
    refreshHeader();
}

OverviewPage::~OverviewPage() = default;

bool OverviewPage::worseThan(const WatchedTarget& a, const WatchedTarget& b) const
{
    if (a.severity() != b.severity())
        return a.severity() > b.severity();
    if (a.failingChecks() != b.failingChecks())
        return a.failingChecks() > b.failingChecks();
    const double fullestA = fullestPool(a, m_baseline);
    const double fullestB = fullestPool(b, m_baseline);
    if (fullestA != fullestB)
        return fullestA > fullestB;
    return a.name().compare(b.name(), Qt::CaseInsensitive) < 0;
}

void OverviewPage::addTile(WatchedTarget* watched)
{
    auto* tile = new OverviewTile{m_baseline, *watched, m_grid};
    tile->installEventFilter(this);
    connect(tile, &OverviewTile::openRequested, this, &OverviewPage::openRequested);
    m_tiles.append(tile);
    resort();
    relayout();
}

void OverviewPage::removeTile(const QString& name)
{
    const auto tile = std::find_if(m_tiles.begin(), m_tiles.end(),
        [&name](const OverviewTile* t) { return t->watched().name() == name; });
    if (tile == m_tiles.end())
        return;
    (*tile)->deleteLater();
    m_tiles.erase(tile);
    relayout();
}

void OverviewPage::resort()
{
    QList<OverviewTile*> sorted = m_tiles;
    std::stable_sort(
        sorted.begin(), sorted.end(), [this](const OverviewTile* a, const OverviewTile* b) {
            return worseThan(a->watched(), b->watched());
        });
    refreshHeader();
    if (sorted == m_tiles)
        return;
    m_tiles = sorted;
    relayout();
}

void OverviewPage::relayout()
{
    for (OverviewTile* tile : std::as_const(m_tiles))
        m_layout->removeWidget(tile);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_layout->addWidget(
            m_tiles.at(i), static_cast<int>(i / m_columns), static_cast<int>(i % m_columns));
    for (int column = 0; column < kMaxColumns; ++column)
        m_layout->setColumnStretch(column, column < m_columns ? 1 : 0);
    // The tab order follows the reading order, worst first.
    for (int i = 1; i < m_tiles.size(); ++i)
        setTabOrder(m_tiles.at(i - 1), m_tiles.at(i));
    m_empty->setVisible(m_tiles.isEmpty());
    m_scroll->setVisible(!m_tiles.isEmpty());
}

void OverviewPage::refreshHeader()
{
    int critical = 0;
    int warning = 0;
    for (const WatchedTarget* watched : m_fleet.targets()) {
        critical += watched->severity() == Severity::Critical ? 1 : 0;
        warning += watched->severity() == Severity::Warning ? 1 : 0;
    }
    m_header->setText(tr("<b>Overview</b> — %n target(s): %1 critical · %2 warning. Enter or a "
                         "click opens a dashboard; Backspace or Alt+Left comes back here.",
        nullptr, static_cast<int>(m_fleet.targets().size()))
                          .arg(critical)
                          .arg(warning));
}

int OverviewPage::columnsForWidth(int width) const
{
    return std::clamp(width / kTileWidth, 1, kMaxColumns);
}

QAction* OverviewPage::makeShowAction(QObject* window) const
{
    auto* action = new QAction{tr("&Overview"), window};
    action->setObjectName(QStringLiteral("actionOverview"));
    action->setShortcuts({QKeySequence{Qt::ALT | Qt::Key_Left}, QKeySequence{Qt::Key_Backspace}});
    action->setToolTip(tr("Every saved target at once (Alt+Left, Backspace)"));
    return action;
}

void OverviewPage::focusTile(const WatchedTarget* watched)
{
    if (m_tiles.isEmpty())
        return;
    OverviewTile* chosen = m_tiles.first();
    for (OverviewTile* tile : std::as_const(m_tiles)) {
        if (&tile->watched() == watched)
            chosen = tile;
    }
    chosen->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(chosen);
}

bool OverviewPage::eventFilter(QObject* object, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(object, event);
    const auto index = static_cast<int>(m_tiles.indexOf(qobject_cast<OverviewTile*>(object)));
    if (index < 0)
        return QWidget::eventFilter(object, event);
    int next = index;
    switch (static_cast<QKeyEvent*>(event)->key()) {
    case Qt::Key_Left:
        next = index - 1;
        break;
    case Qt::Key_Right:
        next = index + 1;
        break;
    case Qt::Key_Up:
        next = index - m_columns;
        break;
    case Qt::Key_Down:
        next = index + m_columns;
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = static_cast<int>(m_tiles.size()) - 1;
        break;
    default:
        return QWidget::eventFilter(object, event);
    }
    if (next >= 0 && next < m_tiles.size())
        focusTile(&m_tiles.at(next)->watched());
    return true; // the scroll area does not scroll on an arrow meant for the tiles
}

void OverviewPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int columns = columnsForWidth(width());
    if (columns != m_columns) {
        m_columns = columns;
        relayout();
    }
}

void OverviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_ticker->start();
}

void OverviewPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_ticker->stop();
}

} // namespace opsdash
