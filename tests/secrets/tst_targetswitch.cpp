// Profiles in the main window, on the real PostgreSQL fixture and the real keychain
// (tests/sessions/with-keyring): the welcome page on a first start, the toolbar's target
// selector switching from one LiveTarget to the next while the event loop keeps turning,
// the last target reopening, and the themes — in the window and in `opsdash snapshot`.
#include "gui/common/Theme.h"
#include "gui/targets/TargetSelector.h"
#include "gui/window/MainWindow.h"
#include "gui/window/WelcomePage.h"
#include "live/LiveTarget.h"
#include "pg/ActivityMonitor.h"
#include "secrets/ProfileSecrets.h"
#include "secrets/ProfileStore.h"
#include "support/DefaultBaseline.h"
#include "support/EventLoopWatchdog.h"
#include "support/RunOpsdash.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace opsdash;

namespace {

void savePng(QWidget& widget, const QString& name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString png = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/") + name;
    QVERIFY2(widget.grab().save(png), qPrintable(png));
}

Profile fixtureProfile(const QString& name, const QString& dbname)
{
    // The fixture's conninfo, then the database as a separate libpq parameter would be
    // nicer; a conninfo profile is what users paste, so that is what is tested.
    Profile profile;
    profile.name = name;
    profile.style = Profile::ConnectionStyle::Conninfo;
    profile.conninfo
        = qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO") + QStringLiteral(" dbname=") + dbname;
    profile.intervalSeconds = 1;
    return profile;
}

// Mean lightness over a grid of the image above its footer band.
int meanLightness(const QImage& image)
{
    qint64 sum = 0;
    int count = 0;
    for (int y = 10; y < image.height() - 60; y += 17) {
        for (int x = 10; x < image.width() - 10; x += 17) {
            sum += image.pixelColor(x, y).lightness();
            ++count;
        }
    }
    return count > 0 ? static_cast<int>(sum / count) : -1;
}

} // namespace

class TestTargetSwitch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        shareSettingsWithTheExecutable();
        qRegisterMetaType<opsdash::LiveTarget*>();
        Theme::rememberSystemPalette();
    }

    void firstStartShowsTheWelcomePage_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Choice::Light);
        QTest::newRow("dark") << int(Theme::Choice::Dark);
    }
    void firstStartShowsTheWelcomePage()
    {
        QFETCH(int, theme);
        Theme::apply(static_cast<Theme::Choice>(theme));
        MainWindow window{defaultBaseline(), TargetOptions{}};
        window.showWelcomeIfNoTargets();
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isShowingWelcome());
        auto* welcome = window.findChild<WelcomePage*>(QStringLiteral("welcomePage"));
        QVERIFY(welcome != nullptr && welcome->isVisible());
        QVERIFY(window.findChild<QPushButton*>(QStringLiteral("addTargetButton"))->isVisible());
        QVERIFY(window.findChild<QPushButton*>(QStringLiteral("openDemoButton"))->isVisible());
        // This test binary sits in the build tree of a checkout: the demo is found there.
        QVERIFY2(WelcomePage::findDemoScript().endsWith(QStringLiteral("scripts/demo")),
            qPrintable(WelcomePage::findDemoScript()));
        savePng(window,
            QStringLiteral("welcome-%1.png").arg(Theme::name(static_cast<Theme::Choice>(theme))));
        Theme::apply(Theme::Choice::System);
    }

    void switchingTargetsReplacesTheLiveTarget()
    {
        if (qEnvironmentVariableIsEmpty("OPSDASH_TEST_PG_CONNINFO"))
            QSKIP("needs the PostgreSQL fixture (ctest)");
        {
            ProfileStore store;
            store.save(fixtureProfile(QStringLiteral("alpha"), QStringLiteral("postgres")));
            store.save(fixtureProfile(QStringLiteral("beta"), QStringLiteral("template1")));
            store.sync();
        }
        MainWindow window{defaultBaseline(), TargetOptions{}};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isShowingWelcome());

        QSignalSpy changed{&window, &MainWindow::targetChanged};
        QVERIFY(window.openProfile(QStringLiteral("alpha")));
        QVERIFY(!window.openProfile(QStringLiteral("no such target")));
        QTRY_VERIFY_WITH_TIMEOUT(window.monitor() != nullptr
                && window.monitor()->state() == ActivityMonitor::State::Connected,
            20000);
        QVERIFY2(window.monitor()->target().endsWith(QStringLiteral("/postgres")),
            qPrintable(window.monitor()->target()));
        QTRY_VERIFY_WITH_TIMEOUT(window.liveTarget()->window().samples() > 0, 10000);
        const QPointer<LiveTarget> alpha = window.liveTarget();

        // How long the event loop stalls at most while the target changes (the old target
        // stopped and destroyed, the new one opened), time waiting for a CPU taken out.
        EventLoopWatchdog watchdog;

        auto* selector = window.targetSelector();
        const int beta = selector->findText(QStringLiteral("beta"));
        QVERIFY(beta >= 0);
        QElapsedTimer switching;
        switching.start();
        selector->setCurrentIndex(beta);
        emit selector->activated(beta); // what a user's pick in the combo box does
        QTRY_VERIFY_WITH_TIMEOUT(alpha.isNull(), 10000); // stopped and destroyed
        QTRY_VERIFY_WITH_TIMEOUT(window.monitor() != nullptr
                && window.monitor()->state() == ActivityMonitor::State::Connected,
            20000);
        const qint64 connectedAfterMs = switching.elapsed();
        QVERIFY2(window.monitor()->target().endsWith(QStringLiteral("/template1")),
            qPrintable(window.monitor()->target()));
        QTRY_VERIFY_WITH_TIMEOUT(window.liveTarget()->window().samples() > 0, 10000);
        watchdog.pause();
        qInfo("switch alpha → beta: connected and polling after %lld ms; longest event-loop "
              "stall %lld ms in %d ticks",
            connectedAfterMs, watchdog.longestStallMs(), watchdog.ticks());
        QVERIFY2(watchdog.ticks() > 0, "the watchdog's timer never fired");
        QVERIFY2(watchdog.longestStallMs() < 100,
            qPrintable(QStringLiteral("switching targets stalled the event loop for %1 ms")
                           .arg(watchdog.longestStallMs())));
        QCOMPARE(selector->currentText(), QStringLiteral("beta"));
        QCOMPARE(ProfileStore{}.lastUsed(), QStringLiteral("beta"));
        QVERIFY(changed.size() >= 3); // alpha, none (alpha dropped), beta

        for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
            Theme::apply(theme);
            QTest::qWait(1500); // a poll or two in the new look
            savePng(window, QStringLiteral("dashboard-%1.png").arg(Theme::name(theme)));
        }
        Theme::apply(Theme::Choice::System);
    }

    void keychainPasswordReachesLibpqAsAParameter()
    {
        // Over TCP the fixture wants a SCRAM password, and nothing but the keychain has it:
        // connecting proves the profile's fields and secret reach libpq as parameters.
        if (qEnvironmentVariableIsEmpty("OPSDASH_TEST_PG_PASSWORD"))
            QSKIP("needs the PostgreSQL fixture (ctest)");
        Profile withPassword;
        withPassword.name = QStringLiteral("gamma");
        withPassword.host = QStringLiteral("127.0.0.1");
        withPassword.port = qEnvironmentVariableIntValue("OPSDASH_TEST_PG_PORT");
        withPassword.database = QStringLiteral("postgres");
        withPassword.user = QStringLiteral("postgres");
        withPassword.intervalSeconds = 1;
        Profile without = withPassword;
        without.name = QStringLiteral("delta");
        {
            ProfileStore store;
            store.save(withPassword);
            store.save(without);
            store.sync();
        }
        ProfileSecrets secrets;
        QSignalSpy saved{&secrets, &ProfileSecrets::saved};
        secrets.save(withPassword, {qgetenv("OPSDASH_TEST_PG_PASSWORD"), {}, {}});
        QVERIFY(saved.wait(30000));
        QVERIFY2(saved.at(0).at(1).toStringList().isEmpty(),
            qPrintable(saved.at(0).at(1).toStringList().join(u'\n')));

        MainWindow window{defaultBaseline(), TargetOptions{}};
        window.show();
        QVERIFY(window.openProfile(QStringLiteral("delta")));
        QTRY_VERIFY_WITH_TIMEOUT(window.monitor() != nullptr
                && window.monitor()->state() == ActivityMonitor::State::Disconnected,
            20000);
        QVERIFY2(window.monitor()->lastError()->message.contains(QStringLiteral("password")),
            qPrintable(window.monitor()->lastError()->message));

        QVERIFY(window.openProfile(QStringLiteral("gamma")));
        QTRY_VERIFY_WITH_TIMEOUT(window.monitor() != nullptr
                && window.monitor()->state() == ActivityMonitor::State::Connected,
            20000);
        QCOMPARE(window.monitor()->target(),
            QStringLiteral("127.0.0.1:%1/postgres").arg(withPassword.port));

        // The command line reads the same keychain entry.
        const QString png = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/snapshot-gamma.png");
        const OpsdashRun run = runOpsdash(
            {QStringLiteral("snapshot"), QStringLiteral("--out"), png, QStringLiteral("--profile"),
                QStringLiteral("gamma"), QStringLiteral("--wait"), QStringLiteral("2")});
        OPSDASH_COMPARE_EXIT(run, 0); // 0: connected when captured
    }

    void snapshotHonoursThemeAndProfile_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark background is dark") << "dark" << true;
        QTest::newRow("light background is light") << "light" << false;
    }
    void snapshotHonoursThemeAndProfile()
    {
        QFETCH(QString, theme);
        QFETCH(bool, dark);
        const bool withFixture = !qEnvironmentVariableIsEmpty("OPSDASH_TEST_PG_CONNINFO");
        const QString png = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/snapshot-%1.png").arg(theme);
        QStringList arguments{QStringLiteral("snapshot"), QStringLiteral("--out"), png,
            QStringLiteral("--theme"), theme, QStringLiteral("--size"), QStringLiteral("1280x720")};
        if (withFixture)
            arguments << QStringLiteral("--profile") << QStringLiteral("alpha")
                      << QStringLiteral("--wait") << QStringLiteral("3");
        else
            arguments << QStringLiteral("--wait") << QStringLiteral("0");
        const OpsdashRun run = runOpsdash(arguments);
        OPSDASH_COMPARE_EXIT(run, 0);
        const QImage image{png};
        QVERIFY(!image.isNull());
        const int lightness = meanLightness(image);
        qInfo("%s snapshot: mean lightness %d", qPrintable(theme), lightness);
        if (dark)
            QVERIFY2(lightness < 90, qPrintable(QString::number(lightness)));
        else
            QVERIFY2(lightness > 170, qPrintable(QString::number(lightness)));
    }

    void snapshotRefusesAnUnknownProfileOrTheme()
    {
        OpsdashRun run = runOpsdash({QStringLiteral("snapshot"), QStringLiteral("--out"),
            QStringLiteral("x.png"), QStringLiteral("--profile"), QStringLiteral("nope")});
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no saved target is called 'nope'")),
            qPrintable(run.err));
        run = runOpsdash({QStringLiteral("snapshot"), QStringLiteral("--out"),
            QStringLiteral("x.png"), QStringLiteral("--theme"), QStringLiteral("blue")});
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--theme")), qPrintable(run.err));
    }
};

QTEST_MAIN(TestTargetSwitch)
#include "tst_targetswitch.moc"
