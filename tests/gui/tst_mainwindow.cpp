// The main window, rendered offscreen as a user would see it.
#include "gui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

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

    void emptyWindowSaysNotConnectedAndShowsTheBaseline()
    {
        opsdash::MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* state = window.findChild<QLabel*>(QStringLiteral("connectionState"));
        QVERIFY(state != nullptr);
        QCOMPARE(state->text(), QStringLiteral("Not connected"));
        auto* summary = window.findChild<QLabel*>(QStringLiteral("baselineSummary"));
        QVERIFY(summary != nullptr);
        QVERIFY2(summary->text().contains(QStringLiteral("150")), qPrintable(summary->text()));
        QVERIFY2(!summary->text().contains(QStringLiteral("invalid")), qPrintable(summary->text()));

        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(1280, 720) * window.devicePixelRatio());
        const QString png = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/mainwindow.png");
        QVERIFY2(image.save(png), qPrintable(png));
    }

    void quitActionHasItsShortcutAndClosesTheWindow()
    {
        opsdash::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* quit = window.findChild<QAction*>(QStringLiteral("actionQuit"));
        QVERIFY(quit != nullptr);
        QCOMPARE(
            quit->shortcut(), QKeySequence{QKeySequence::fromString(QStringLiteral("Ctrl+Q"))});
        quit->trigger();
        QVERIFY(!window.isVisible());
    }

    void geometryIsRestoredFromSettings()
    {
        {
            opsdash::MainWindow window;
            window.resize(900, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        opsdash::MainWindow restored;
        QCOMPARE(restored.size(), QSize(900, 600));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
