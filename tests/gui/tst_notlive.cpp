// A window that is not live never reads as live (issue 25): paused, it shows the PAUSED
// banner, greys the data and says so in its title; while its server is down (a private
// cluster, stopped and started again) it greys everything that came from the server and
// gives the time of the last poll, and it is live again within the reconnect schedule.
// Pictures of both states, light and dark, are written for docs/.
#include "gui/chart/HistoryChart.h"
#include "gui/common/Palette.h"
#include "gui/common/StaleLook.h"
#include "gui/common/Theme.h"
#include "gui/drift/DriftModel.h"
#include "gui/drift/DriftPanel.h"
#include "gui/pools/PoolBar.h"
#include "gui/pools/PoolBudgetPanel.h"
#include "gui/window/MainWindow.h"
#include "gui/window/PauseBanner.h"
#include "pg/ActivityMonitor.h"
#include "pg/TestCluster.h"
#include "support/DefaultBaseline.h"
#include "support/Pictures.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace opsdash;

namespace {

void savePicture(QWidget& window, const QString& name)
{
    QImage image;
    picture::grabChecked(window, name, &image); // not blank
    const QString png = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/") + name;
    QVERIFY2(image.save(png), qPrintable(png));
}

} // namespace

class TestNotLive final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_notlive"));
        QSettings{}.clear();
        QVERIFY2(m_cluster.ok(), qPrintable(m_cluster.error()));
    }

    void pausedShowsTheBannerAndGreysTheData_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void pausedShowsTheBannerAndGreysTheData()
    {
        QFETCH(bool, dark);
        Theme::apply(dark ? Theme::Choice::Dark : Theme::Choice::Light);
        MainWindow window{defaultBaseline(), options()};
        QVERIFY(showLive(window));
        const QLabel* capacity = window.findChild<QLabel*>(QStringLiteral("capacityLine"));
        QVERIFY(!StaleLook::isStale(capacity));

        QTest::qWait(3000); // a few polls in the chart, for the picture
        // Space from the chart (nothing there uses it) pauses.
        auto* chart = window.findChild<QWidget*>(QStringLiteral("historyChart"));
        chart->setFocus(Qt::TabFocusReason);
        const QTime before = QTime::currentTime().addMSecs(-1000);
        QTest::keyClick(chart, Qt::Key_Space);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionPause"))->isChecked());

        const auto* banner = window.findChild<PauseBanner*>(QStringLiteral("pauseBanner"));
        QVERIFY(banner->isVisible());
        const QRegularExpression text{
            QStringLiteral("^PAUSED since (\\d\\d:\\d\\d:\\d\\d) — press Space or Resume$")};
        const QRegularExpressionMatch match = text.match(banner->text());
        QVERIFY2(match.hasMatch(), qPrintable(banner->text()));
        const QTime since = QTime::fromString(match.captured(1), QStringLiteral("HH:mm:ss"));
        QVERIFY(since >= before.addSecs(-1) && since <= QTime::currentTime());
        // Over the panels: above the pools and the chart.
        QVERIFY(banner->mapTo(&window, QPoint{0, 0}).y() < chart->mapTo(&window, QPoint{0, 0}).y());
        QVERIFY2(window.windowTitle().contains(QStringLiteral("paused")),
            qPrintable(window.windowTitle()));
        QVERIFY(StaleLook::isStale(capacity));
        QVERIFY(StaleLook::isStale(window.findChild<QTableView*>(QStringLiteral("activityTable"))));
        QVERIFY(StaleLook::isStale(window.findChild<QLabel*>(QStringLiteral("serverVersion"))));
        QVERIFY(webBar(window)->isStale());
        // The chart's axis follows the clock from the moment of the pause, the span shaded.
        const auto* historyChart = qobject_cast<const HistoryChart*>(chart);
        QVERIFY(historyChart != nullptr);
        QVERIFY(historyChart->pausedSince().isValid());
        QVERIFY(!historyChart->disconnectedSince().isValid());
        QVERIFY(qAbs(historyChart->pausedSince().secsTo(QDateTime::currentDateTimeUtc())) < 5);
        // Greyed means drawn in the theme's disabled text colour.
        QCOMPARE(capacity->palette().color(QPalette::Active, QPalette::WindowText),
            QApplication::palette().color(QPalette::Disabled, QPalette::WindowText));
        savePicture(window,
            QStringLiteral("notlive-paused-%1.png").arg(QLatin1String{dark ? "dark" : "light"}));

        // Resume from the banner: live again, at once.
        QTest::mouseClick(
            window.findChild<QPushButton*>(QStringLiteral("pauseBannerResume")), Qt::LeftButton);
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionPause"))->isChecked());
        QVERIFY(banner->isHidden());
        QVERIFY(!historyChart->pausedSince().isValid());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("paused")));
        QVERIFY(!StaleLook::isStale(capacity));
        QTRY_VERIFY_WITH_TIMEOUT(!webBar(window)->isStale(), 5000);
        Theme::apply(Theme::Choice::System);
    }

    void outageGreysServerDataWithTheLastPollTime_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void outageGreysServerDataWithTheLastPollTime()
    {
        QFETCH(bool, dark);
        Theme::apply(dark ? Theme::Choice::Dark : Theme::Choice::Light);
        MainWindow window{defaultBaseline(), options()};
        QVERIFY(showLive(window));
        const QLabel* capacity = window.findChild<QLabel*>(QStringLiteral("capacityLine"));
        const QLabel* facts = window.findChild<QLabel*>(QStringLiteral("serverVersion"));
        const QLabel* badge = window.findChild<QLabel*>(QStringLiteral("overCommitBadge"));
        QVERIFY(badge->isVisible()); // 150 + 50 on 200 slots
        QVERIFY(!StaleLook::isStale(facts));

        const QString stopped = m_cluster.pgCtl(
            {QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast")});
        QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.monitor()->state() == ActivityMonitor::State::Disconnected, 15000);
        QTest::qWait(2000); // the picture shows the outage's age

        QVERIFY(StaleLook::isStale(capacity));
        QVERIFY(StaleLook::isStale(facts));
        QVERIFY(facts->text().contains(QStringLiteral("max_connections 200")));
        QVERIFY(webBar(window)->isStale());
        QVERIFY2(!badge->styleSheet().contains(Palette::critical().name()),
            qPrintable(badge->styleSheet()));
        const QString message = window.findChild<QLabel*>(QStringLiteral("stateMessage"))->text();
        QVERIFY2(QRegularExpression{QStringLiteral("polled at \\d\\d:\\d\\d:\\d\\d")}
                     .match(message)
                     .hasMatch(),
            qPrintable(message));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("disconnected")),
            qPrintable(window.windowTitle()));
        // The drift summary's server and live lines say how old they are.
        const QLabel* driftStale = window.findChild<QLabel*>(QStringLiteral("driftSummaryStale"));
        QVERIFY(driftStale != nullptr && driftStale->isVisible());
        QVERIFY2(QRegularExpression{QStringLiteral("last poll at \\d\\d:\\d\\d:\\d\\d")}
                     .match(driftStale->text())
                     .hasMatch(),
            qPrintable(driftStale->text()));
        // The chart's outage band grows from the drop, not only after the recovery.
        const auto* chart = window.findChild<HistoryChart*>(QStringLiteral("historyChart"));
        QVERIFY(chart != nullptr);
        QVERIFY(chart->disconnectedSince().isValid());
        QVERIFY(chart->disconnectedSince() <= QDateTime::currentDateTimeUtc().addSecs(-1));
        savePicture(window,
            QStringLiteral("notlive-disconnected-%1.png")
                .arg(QLatin1String{dark ? "dark" : "light"}));

        // Back within the schedule's first steps (1, 2, 4, 5 s), not after 30 s.
        QElapsedTimer down;
        down.start();
        const QString started = m_cluster.pgCtl({QStringLiteral("start")});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTRY_VERIFY_WITH_TIMEOUT(!webBar(window)->isStale(), 15000);
        QVERIFY2(down.elapsed() < 12000, qPrintable(QString::number(down.elapsed())));
        QVERIFY(!chart->disconnectedSince().isValid());
        QVERIFY(!StaleLook::isStale(capacity));
        QVERIFY(!StaleLook::isStale(facts));
        QVERIFY(badge->styleSheet().contains(Palette::critical().name()));
        QVERIFY(!window.windowTitle().contains(QStringLiteral("disconnected")));
        Theme::apply(Theme::Choice::System);
    }

    void titleNamesTheTargetAndItsWorstStatus()
    {
        TargetOptions named = options();
        named.profile = QStringLiteral("Demo platform");
        MainWindow window{defaultBaseline(), named};
        QVERIFY(showLive(window));
        // 150 + 50 on 200 slots: server.capacity fails, and nothing else is checked here.
        QTRY_COMPARE_WITH_TIMEOUT(
            window.windowTitle(), QStringLiteral("opsdash — Demo platform — 1 check fails"), 10000);
        Finding expired;
        expired.checkId = QStringLiteral("live.session.maxAge");
        expired.plane = Plane::Live;
        expired.status = CheckStatus::Fail;
        window.findChild<DriftPanel*>()->model()->setFindings(
            DriftModel::Feed::Sessions, {expired});
        QCOMPARE(window.windowTitle(), QStringLiteral("opsdash — Demo platform — 2 checks fail"));
    }

private:
    TargetOptions options() const
    {
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = QString::fromUtf8(m_cluster.conninfo());
        options.interval = std::chrono::seconds{1};
        return options;
    }

    static const PoolBar* webBar(const MainWindow& window)
    {
        return window.findChild<PoolBudgetPanel*>(QStringLiteral("poolBudgetPanel"))
            ->bar(QStringLiteral("web"));
    }

    static bool showLive(MainWindow& window)
    {
        window.resize(1280, 720);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        return QTest::qWaitFor(
            [&window] {
                const auto* facts = window.findChild<QLabel*>(QStringLiteral("serverVersion"));
                const PoolBar* bar = webBar(window);
                return facts->text().contains(QStringLiteral("max_connections")) && bar != nullptr
                    && !bar->isStale();
            },
            20000);
    }

    TestCluster m_cluster;
};

QTEST_MAIN(TestNotLive)
#include "tst_notlive.moc"
