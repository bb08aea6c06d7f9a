// The window from the keyboard alone, with real key events (issue 25, item 4): Space on a
// focused control, the Tab order and its visible focus in both themes, tables, Ctrl+2…5, the
// toolbar and the F1 list of shortcuts.
#include "gui/common/Theme.h"
#include "gui/window/MainWindow.h"
#include "gui/window/ShortcutsDialog.h"
#include "support/DefaultBaseline.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QWidgetAction>

using namespace opsdash;

namespace {

TargetOptions unreachableTarget()
{
    // A target with every action enabled; nothing answers, so no data moves under the test.
    TargetOptions options;
    options.hasDatabase = true;
    options.conninfo = QStringLiteral("host=127.0.0.1 port=1 dbname=postgres connect_timeout=1");
    return options;
}

struct ShownWindow
{
    MainWindow window{defaultBaseline(), unreachableTarget()};

    bool show()
    {
        window.resize(1280, 720);
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }
    template<typename T>
    T* find(const char* name) const
    {
        return window.findChild<T*>(QLatin1String{name});
    }
};

// 0 toolbar, 1 pool column, 2 chart, 3 tab bar, 4 panels, 5 status bar, 6 anything else.
int regionOf(const MainWindow& window, const QWidget* widget)
{
    const QList<const QWidget*> regions{window.findChild<QToolBar*>(),
        window.findChild<QWidget*>(QStringLiteral("poolColumn")),
        window.findChild<QWidget*>(QStringLiteral("historyChart")),
        window.findChild<QTabWidget*>(QStringLiteral("panelTabs"))->tabBar(),
        window.findChild<QTabWidget*>(QStringLiteral("panelTabs")), window.statusBar()};
    for (int i = 0; i < regions.size(); ++i) {
        if (regions.at(i) == widget || regions.at(i)->isAncestorOf(widget))
            return i;
    }
    return static_cast<int>(regions.size());
}

QString describe(const QWidget* widget)
{
    return widget == nullptr
        ? QStringLiteral("(none)")
        : QStringLiteral("%1 %2").arg(
            QLatin1String{widget->metaObject()->className()}, widget->objectName());
}

} // namespace

class TestKeyboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
        QSettings{}.clear();
    }

    void spaceOnAFocusedCheckBoxTogglesItAndDoesNotPause()
    {
        ShownWindow shown;
        QVERIFY(shown.show());
        auto* tabs = shown.find<QTabWidget>("panelTabs");
        tabs->setCurrentWidget(shown.find<QWidget>("activityPanel"));
        auto* hideIdle = shown.find<QCheckBox>("hideIdle");
        auto* pause = shown.find<QAction>("actionPause");
        QVERIFY(pause->isEnabled());
        hideIdle->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), hideIdle);
        const bool before = hideIdle->isChecked();

        QTest::keyClick(hideIdle, Qt::Key_Space);
        QCOMPARE(hideIdle->isChecked(), !before);
        QVERIFY(!pause->isChecked());
        QTest::keyClick(hideIdle, Qt::Key_Space);
        QCOMPARE(hideIdle->isChecked(), before);
        QVERIFY(!pause->isChecked());
    }

    void spaceOnAReadOnlyTablePauses()
    {
        // The other half: where nothing uses Space, it still pauses and resumes.
        ShownWindow shown;
        QVERIFY(shown.show());
        auto* tabs = shown.find<QTabWidget>("panelTabs");
        tabs->setCurrentWidget(shown.find<QWidget>("eventsPanel"));
        auto* table = shown.find<QAbstractItemView>("eventsTable");
        table->setFocus(Qt::TabFocusReason);
        auto* pause = shown.find<QAction>("actionPause");

        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(pause->isChecked());
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(!pause->isChecked());
    }

    void tabWalksTheLayoutInOrderWithVisibleFocus_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void tabWalksTheLayoutInOrderWithVisibleFocus()
    {
        QFETCH(bool, dark);
        Theme::apply(dark ? Theme::Choice::Dark : Theme::Choice::Light);
        ShownWindow shown;
        QVERIFY(shown.show());
        MainWindow& window = shown.window;
        auto* first = shown.find<QWidget>("targetSelector");
        QVERIFY(first != nullptr);
        first->setFocus(Qt::TabFocusReason);

        QList<QWidget*> visited{first};
        for (int presses = 0; presses < 200; ++presses) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* now = QApplication::focusWidget();
            if (now == first)
                break;
            if (now == visited.last())
                continue; // Tab moves from link to link inside a label first
            if (visited.contains(now)) {
                QStringList walk;
                for (QWidget* stop : std::as_const(visited))
                    walk << describe(stop);
                QFAIL(
                    qPrintable(describe(now) + QStringLiteral(" again after ") + walk.join(u',')));
            }
            visited.append(now);
        }
        QCOMPARE(QApplication::focusWidget(), first); // the walk came round

        int region = 0;
        QSet<int> seen;
        for (QWidget* stop : std::as_const(visited)) {
            const int next = regionOf(window, stop);
            QVERIFY2(next >= region,
                qPrintable(QStringLiteral("%1 (region %2) after region %3")
                               .arg(describe(stop))
                               .arg(next)
                               .arg(region)));
            region = next;
            seen.insert(next);
        }
        QStringList walk;
        for (QWidget* stop : std::as_const(visited))
            walk << describe(stop);
        for (const int expected : {0, 1, 2, 3, 4})
            QVERIFY2(seen.contains(expected),
                qPrintable(
                    QStringLiteral("region %1 not in %2").arg(expected).arg(walk.join(u','))));

        // Every toolbar action's button is a stop.
        auto* toolBar = window.findChild<QToolBar*>();
        for (QAction* action : toolBar->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            QWidget* button = toolBar->widgetForAction(action);
            QVERIFY2(visited.contains(button), qPrintable(action->text()));
        }

        // Each stop is outlined in the theme's highlight colour while it has the focus.
        const QColor highlight = QApplication::palette().color(QPalette::Highlight);
        for (QWidget* stop : std::as_const(visited)) {
            stop->setFocus(Qt::TabFocusReason);
            auto* outline = window.findChild<QWidget*>(QStringLiteral("focusOutline"));
            QVERIFY(outline != nullptr);
            QVERIFY2(outline->isVisible() && outline->parentWidget() == stop,
                qPrintable(describe(stop)));
            const QImage picture = stop->grab().toImage();
            const QPoint edge{picture.width() / 2, 0};
            QVERIFY2(picture.pixelColor(edge) == highlight,
                qPrintable(
                    QStringLiteral("%1: %2 not %3")
                        .arg(describe(stop), picture.pixelColor(edge).name(), highlight.name())));
        }
        Theme::apply(Theme::Choice::System);
    }

    void tabLeavesATableAndArrowsMoveInside()
    {
        ShownWindow shown;
        QVERIFY(shown.show());
        auto* tabs = shown.find<QTabWidget>("panelTabs");
        tabs->setCurrentWidget(shown.find<QWidget>("driftPanel"));
        auto* table = shown.find<QAbstractItemView>("findingsView");
        QVERIFY(table->model()->rowCount() > 2);
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentIndex(table->model()->index(0, 0));

        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->currentIndex().row(), 1);

        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table);
        QVERIFY(!table->isAncestorOf(QApplication::focusWidget()));
    }

    void ctrlDigitFocusesTheTabsMainTable_data()
    {
        QTest::addColumn<int>("digit");
        QTest::addColumn<QString>("table");
        QTest::newRow("Ctrl+2 sessions") << 2 << "sessionsTable";
        QTest::newRow("Ctrl+3 drift") << 3 << "findingsView";
        QTest::newRow("Ctrl+4 activity") << 4 << "activityTable";
        QTest::newRow("Ctrl+5 events") << 5 << "eventsTable";
    }
    void ctrlDigitFocusesTheTabsMainTable()
    {
        QFETCH(int, digit);
        QFETCH(QString, table);
        ShownWindow shown;
        QVERIFY(shown.show());
        shown.find<QWidget>("targetSelector")->setFocus(Qt::TabFocusReason);

        QTest::keyClick(
            &shown.window, static_cast<Qt::Key>(Qt::Key_0 + digit), Qt::ControlModifier);
        QVERIFY(QApplication::focusWidget() != nullptr);
        QCOMPARE(describe(QApplication::focusWidget()), QStringLiteral("QTableView ") + table);
        QVERIFY(QApplication::focusWidget()->isVisible());
    }

    void everyToolbarActionHasAKeyOrAMenuEntry()
    {
        ShownWindow shown;
        QVERIFY(shown.show());
        auto* toolBar = shown.window.findChild<QToolBar*>();
        int actions = 0;
        for (QAction* action : toolBar->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            ++actions;
            QWidget* widget = toolBar->widgetForAction(action);
            if (qobject_cast<QWidgetAction*>(action) != nullptr) {
                // A box or button of its own (targets, interval, range, theme): a Tab stop.
                QVERIFY2((widget->focusPolicy() & Qt::TabFocus) != 0, qPrintable(describe(widget)));
                continue;
            }
            // An action: a key of its own, or its entry in a menu of the menu bar.
            const QList<QObject*> places = action->associatedObjects();
            const bool inMenu = std::any_of(places.cbegin(), places.cend(),
                [](QObject* place) { return qobject_cast<QMenu*>(place) != nullptr; });
            QVERIFY2(!action->shortcut().isEmpty() || inMenu, qPrintable(action->text()));
        }
        QVERIFY(actions >= 6);
    }

    void f1ListsEveryShortcut()
    {
        ShownWindow shown;
        QVERIFY(shown.show());
        QTest::keyClick(&shown.window, Qt::Key_F1);
        auto* dialog = shown.window.findChild<ShortcutsDialog*>();
        QVERIFY(dialog != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
        QSet<QString> listed;
        for (int row = 0; row < table->rowCount(); ++row)
            listed.insert(table->item(row, 0)->text() + u'|' + table->item(row, 1)->text());

        int shortcuts = 0;
        for (const QAction* action : shown.window.findChildren<QAction*>()) {
            if (action->shortcut().isEmpty())
                continue;
            ++shortcuts;
            QString text = action->text();
            text.remove(u'&');
            const QString row = action->shortcut().toString(QKeySequence::NativeText) + u'|' + text;
            QVERIFY2(listed.contains(row), qPrintable(row));
        }
        for (const char* keys : {"Space", "Ctrl+K", "F5", "Ctrl+1", "Ctrl+5", "F1", "Ctrl+E"})
            QVERIFY2(std::any_of(listed.cbegin(), listed.cend(),
                         [keys](const QString& row) {
                             return row.startsWith(QLatin1String{keys} + u'|');
                         }),
                keys);
        QVERIFY(shortcuts >= 12);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
