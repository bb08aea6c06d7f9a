// The main window, rendered offscreen as a user would see it: its empty state, its
// disconnected state, keyboard access and saved geometry.
#include "gui/pools/PoolBudgetPanel.h"
#include "gui/window/MainWindow.h"
#include "model/BaselineLoader.h"
#include "pg/ActivityMonitor.h"
#include "support/DefaultBaseline.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace opsdash;

namespace {

QString labelText(const QWidget& window, const char* objectName)
{
    const auto* label = window.findChild<QLabel*>(QLatin1String{objectName});
    return label != nullptr ? label->text()
                            : QStringLiteral("<no %1>").arg(QLatin1String{objectName});
}

void saveScreenshot(QWidget& window, const char* name)
{
    // Pending relayouts (a label that just grew a line) land before the picture is taken.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString png = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/") + QLatin1String{name};
    QVERIFY2(window.grab().save(png), qPrintable(png));
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings{}.clear();
    }

    void withoutTargetSaysHowToStartOne()
    {
        MainWindow window{defaultBaseline(), TargetOptions{}};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY2(labelText(window, "connectionState").contains(QStringLiteral("No target")),
            qPrintable(labelText(window, "connectionState")));
        QVERIFY2(labelText(window, "stateMessage").contains(QStringLiteral("--db")),
            qPrintable(labelText(window, "stateMessage")));
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionRefresh"))->isEnabled());
        QCOMPARE(window.grab().toImage().size(), QSize(1280, 720) * window.devicePixelRatio());
        saveScreenshot(window, "mainwindow-no-target.png");
    }

    void unreachableServerShowsDisconnectedWithReasonAndRetry()
    {
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo
            = QStringLiteral("host=127.0.0.1 port=1 dbname=postgres connect_timeout=2");
        MainWindow window{defaultBaseline(), options};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTRY_VERIFY_WITH_TIMEOUT(
            window.monitor()->state() == ActivityMonitor::State::Disconnected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            labelText(window, "connectionState").contains(QStringLiteral("retrying in")), 3000);
        QVERIFY2(labelText(window, "connectionState").contains(QStringLiteral("refused")),
            qPrintable(labelText(window, "connectionState")));
        QVERIFY2(labelText(window, "stateMessage").contains(QStringLiteral("Disconnected")),
            qPrintable(labelText(window, "stateMessage")));
        QCOMPARE(labelText(window, "lastPoll"), QStringLiteral("no poll yet"));
        saveScreenshot(window, "mainwindow-disconnected.png");
    }

    void keyboardReachesEveryMonitorAction_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("shortcut");
        QTest::newRow("connect / disconnect") << "actionConnect"
                                              << "Ctrl+K";
        QTest::newRow("pause / resume") << "actionPause"
                                        << "Space";
        QTest::newRow("refresh now") << "actionRefresh"
                                     << "F5";
        QTest::newRow("quit") << "actionQuit"
                              << "Ctrl+Q";
        QTest::newRow("capture evidence") << "actionCaptureEvidence"
                                          << "Ctrl+E";
        QTest::newRow("mark release") << "actionMarkRelease"
                                      << "Ctrl+M";
        QTest::newRow("pool panel") << "actionShowPools"
                                    << "Ctrl+1";
    }
    void keyboardReachesEveryMonitorAction()
    {
        QFETCH(QString, action);
        QFETCH(QString, shortcut);
        MainWindow window{defaultBaseline(), TargetOptions{}};
        const auto* found = window.findChild<QAction*>(action);
        QVERIFY(found != nullptr);
        QCOMPARE(found->shortcut(), QKeySequence::fromString(shortcut));
    }

    void ctrlKDisconnectsAndReconnects()
    {
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = QStringLiteral("host=127.0.0.1 port=1 dbname=postgres");
        MainWindow window{defaultBaseline(), options};
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.monitor()->state() != ActivityMonitor::State::Stopped);

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(window.monitor()->state(), ActivityMonitor::State::Stopped);
        QVERIFY(labelText(window, "connectionState").contains(QStringLiteral("by you")));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(window.monitor()->state() != ActivityMonitor::State::Stopped);
    }

    void ctrlDigitBringsEachTabForward_data()
    {
        QTest::addColumn<int>("digit");
        QTest::addColumn<QString>("panel");
        QTest::newRow("Ctrl+2 sessions") << 2 << "sessionsPanel";
        QTest::newRow("Ctrl+3 drift") << 3 << "driftPanel";
        QTest::newRow("Ctrl+4 activity") << 4 << "activityPanel";
        QTest::newRow("Ctrl+5 events") << 5 << "eventsPanel";
    }
    void ctrlDigitBringsEachTabForward()
    {
        QFETCH(int, digit);
        QFETCH(QString, panel);
        MainWindow window{defaultBaseline(), TargetOptions{}};
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("panelTabs"));
        tabs->setCurrentIndex(digit == 2 ? 1 : 0); // start elsewhere
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_0 + digit), Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), panel);
    }

    void chartRangeAndTabAreRestoredFromSettings()
    {
        {
            MainWindow window{defaultBaseline(), TargetOptions{}};
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* range = window.findChild<QComboBox*>(QStringLiteral("rangeBox"));
            range->setCurrentIndex(range->findData(6 * 3600));
            window.findChild<QTabWidget*>(QStringLiteral("panelTabs"))->setCurrentIndex(2);
            window.close();
        }
        MainWindow restored{defaultBaseline(), TargetOptions{}};
        QCOMPARE(restored.findChild<QComboBox*>(QStringLiteral("rangeBox"))->currentData().toInt(),
            6 * 3600);
        QCOMPARE(restored.findChild<QTabWidget*>(QStringLiteral("panelTabs"))->currentIndex(), 2);
    }

    void geometryIsRestoredFromSettings()
    {
        {
            MainWindow window{defaultBaseline(), TargetOptions{}};
            window.resize(900, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        MainWindow restored{defaultBaseline(), TargetOptions{}};
        QCOMPARE(restored.size(), QSize(900, 600));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
