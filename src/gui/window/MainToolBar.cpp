#include "gui/window/MainToolBar.h"

#include "gui/window/ThemeMenu.h"

#include <QActionEvent>
#include <QComboBox>
#include <QToolButton>

namespace opsdash {

MainToolBar::MainToolBar(QWidget* parent)
    : QToolBar{parent}
    , m_intervalBox{new QComboBox{this}}
    , m_rangeBox{new QComboBox{this}}
{
    m_intervalBox->setObjectName(QStringLiteral("intervalBox"));
    m_intervalBox->setToolTip(tr("Poll interval"));
    for (const int seconds : {1, 2, 5, 10, 30, 60})
        m_intervalBox->addItem(tr("every %1 s").arg(seconds), seconds);
    m_rangeBox->setObjectName(QStringLiteral("rangeBox"));
    m_rangeBox->setToolTip(tr("Time range of the chart"));
    const std::pair<QString, int> ranges[] = {{tr("last 15 min"), 15 * 60}, {tr("last 1 h"), 3600},
        {tr("last 6 h"), 6 * 3600}, {tr("last 24 h"), 24 * 3600}, {tr("last 7 d"), 7 * 24 * 3600}};
    for (const auto& [label, seconds] : ranges)
        m_rangeBox->addItem(label, seconds);
    connect(m_intervalBox, &QComboBox::currentIndexChanged, this,
        [this] { emit intervalChosen(intervalSeconds()); });
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this,
        [this] { emit rangeChosen(rangeSeconds()); });
}

MainToolBar::~MainToolBar() = default;

void MainToolBar::setUp(QWidget* targets, QMenu* viewMenu, int intervalSeconds)
{
    showInterval(intervalSeconds);
    addWidget(m_intervalBox);
    addWidget(m_rangeBox);
    QAction* first = actions().value(0);
    insertWidget(first, targets);
    insertSeparator(first);
    m_themeAction = addWidget(ThemeMenu::addTo(viewMenu, this));
}

void MainToolBar::actionEvent(QActionEvent* event)
{
    QToolBar::actionEvent(event);
    if (event->type() != QEvent::ActionAdded)
        return;
    if (auto* button = qobject_cast<QToolButton*>(widgetForAction(event->action())))
        button->setFocusPolicy(Qt::TabFocus);
}

void MainToolBar::insertBeforeTheme(QAction* action)
{
    insertAction(m_themeAction, action);
}

void MainToolBar::insertSeparatorBeforeTheme()
{
    insertSeparator(m_themeAction);
}

int MainToolBar::intervalSeconds() const
{
    return m_intervalBox->currentData().toInt();
}

void MainToolBar::showInterval(int seconds)
{
    const QSignalBlocker blocker{m_intervalBox};
    if (m_intervalBox->findData(seconds) < 0)
        m_intervalBox->addItem(tr("every %1 s").arg(seconds), seconds);
    m_intervalBox->setCurrentIndex(m_intervalBox->findData(seconds));
}

int MainToolBar::rangeSeconds() const
{
    return m_rangeBox->currentData().toInt();
}

void MainToolBar::setRangeSeconds(int seconds)
{
    if (const int index = m_rangeBox->findData(seconds); index >= 0)
        m_rangeBox->setCurrentIndex(index);
}

void MainToolBar::setPollControlsEnabled(bool enabled)
{
    m_intervalBox->setEnabled(enabled);
    m_rangeBox->setEnabled(enabled);
}

} // namespace opsdash
