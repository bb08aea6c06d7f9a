#include "gui/window/KeyboardNavigation.h"

#include "gui/window/FocusOutline.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QToolBar>

#include <algorithm>
#include <tuple>

namespace opsdash {

namespace {

bool usesSpaceInCell(const QAbstractItemView& view)
{
    const Qt::ItemFlags flags = view.currentIndex().flags();
    if (flags.testFlag(Qt::ItemIsUserCheckable))
        return true;
    return flags.testFlag(Qt::ItemIsEditable)
        && view.editTriggers().testFlag(QAbstractItemView::AnyKeyPressed);
}

bool isKeyboardReason(Qt::FocusReason reason)
{
    return reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason
        || reason == Qt::ShortcutFocusReason;
}

} // namespace

KeyboardNavigation::KeyboardNavigation(QWidget* window, const QList<QWidget*>& regions)
    : QObject{window}
    , m_window{window}
    , m_outline{new FocusOutline{this}}
{
    for (QWidget* region : regions)
        m_regions.append(region);
    // ShortcutOverride and FocusIn go to the focused widget, not to the window.
    qApp->installEventFilter(this);
}

KeyboardNavigation::~KeyboardNavigation() = default;

bool KeyboardNavigation::usesSpace(const QWidget* widget)
{
    if (widget == nullptr)
        return false;
    if (qobject_cast<const QAbstractButton*>(widget) != nullptr
        || qobject_cast<const QComboBox*>(widget) != nullptr
        || qobject_cast<const QAbstractSpinBox*>(widget) != nullptr)
        return true;
    if (const auto* line = qobject_cast<const QLineEdit*>(widget))
        return !line->isReadOnly();
    if (const auto* text = qobject_cast<const QTextEdit*>(widget))
        return !text->isReadOnly();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget))
        return !plain->isReadOnly();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(widget))
        return usesSpaceInCell(*view);
    return false;
}

QWidget* KeyboardNavigation::mainControl(QWidget* panel)
{
    // In the order the panel made them: the table it shows first, not a list it builds later.
    const QList<QAbstractItemView*> views = panel->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        if (view->isVisibleTo(panel) && (view->focusPolicy() & Qt::TabFocus) != 0)
            return view;
    }
    return panel;
}

void KeyboardNavigation::apply()
{
    struct Stop
    {
        QWidget* widget;
        int region;
        int position; // in a toolbar, its action's place; elsewhere the focus chain decides
    };
    QList<Stop> stops;
    for (QWidget* widget = m_window->nextInFocusChain(); widget != m_window;
         widget = widget->nextInFocusChain()) {
        // Tab moves between tables, not between their cells.
        if (auto* view = qobject_cast<QAbstractItemView*>(widget))
            view->setTabKeyNavigation(false);
        // A widget with a proxy is represented by the proxy, which is in the chain itself.
        if ((widget->focusPolicy() & Qt::TabFocus) != 0 && widget->focusProxy() == nullptr) {
            const int region = regionOf(widget);
            stops.append({widget, region, toolBarPosition(region, widget)});
        }
    }
    std::stable_sort(stops.begin(), stops.end(), [](const Stop& a, const Stop& b) {
        return std::tie(a.region, a.position) < std::tie(b.region, b.position);
    });
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1).widget, stops.at(i).widget);
}

int KeyboardNavigation::regionOf(const QWidget* widget) const
{
    for (qsizetype i = 0; i < m_regions.size(); ++i) {
        const QWidget* region = m_regions.at(i);
        if (region != nullptr && (region == widget || region->isAncestorOf(widget)))
            return static_cast<int>(i);
    }
    return static_cast<int>(m_regions.size()); // the menu bar and the like, after the rest
}

int KeyboardNavigation::toolBarPosition(int region, const QWidget* widget) const
{
    // A toolbar's widgets were made in another order than its actions show them.
    const auto* toolBar = qobject_cast<const QToolBar*>(m_regions.value(region).data());
    if (toolBar == nullptr)
        return 0;
    const QList<QAction*> actions = toolBar->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QWidget* shown = toolBar->widgetForAction(actions.at(i));
        if (shown != nullptr && (shown == widget || shown->isAncestorOf(widget)))
            return static_cast<int>(i);
    }
    return static_cast<int>(actions.size());
}

bool KeyboardNavigation::eventFilter(QObject* watched, QEvent* event)
{
    if (!watched->isWidgetType())
        return false;
    auto* widget = static_cast<QWidget*>(watched);
    if (widget->window() != m_window)
        return false;
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // Accepted: the key goes to the widget as a key press, the shortcut does not fire.
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier
            && usesSpace(widget)) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::FocusIn:
        if (isKeyboardReason(static_cast<QFocusEvent*>(event)->reason()))
            m_outline->outline(widget);
        else
            m_outline->outline(nullptr);
        break;
    default:
        break;
    }
    return false;
}

} // namespace opsdash
