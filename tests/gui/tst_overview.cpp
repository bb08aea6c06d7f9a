// The overview on three real PostgreSQL clusters (tests/fixtures/pg-cluster, private to this
// test so backends can be counted): three saved profiles watched at once, one pushed over
// its web budget by a postgres.js-named load the test holds, which sorts first; opening a
// tile and coming back many times keeps exactly one opsdash backend per cluster; a paused
// target shows as paused; the arrow keys walk the tiles. Screenshots at 1600×900 and
// 1280×720, light and dark, go to the build tree (and, looked at, to docs/).
#include "gui/common/StatusIcon.h"
#include "gui/common/Theme.h"
#include "gui/overview/OverviewPage.h"
#include "gui/overview/OverviewTile.h"
#include "gui/window/CloseToTray.h"
#include "gui/window/MainWindow.h"
#include "gui/window/Notifications.h"
#include "gui/window/Notifier.h"
#include "history/HistoryStore.h"
#include "live/LiveTarget.h"
#include "live/TargetFleet.h"
#include "pg/ActivityMonitor.h"
#include "pg/TestCluster.h"
#include "secrets/ProfileStore.h"
#include "support/DefaultBaseline.h"
#include "support/PgExec.h"
#include "support/Pictures.h"
#include "support/RunOpsdash.h"
#include "support/WebPoolLoad.h"

#include <QAction>
#include <QElapsedTimer>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <libpq-fe.h>
#include <memory>
#include <vector>

using namespace opsdash;
using namespace opsdash::test;

namespace {

using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;

Connection openConnection(const QByteArray& conninfo)
{
    return Connection{PQconnectdb(conninfo.constData()), &PQfinish};
}

int opsdashBackends(const TestCluster& cluster)
{
    Connection admin = openConnection(cluster.conninfo());
    if (PQstatus(admin.get()) != CONNECTION_OK)
        return -1;
    return pgScalar(admin.get(),
        QStringLiteral("select count(*) from pg_stat_activity where application_name = 'opsdash'"))
        .toInt();
}

QStringList tileNames(const OverviewPage& page)
{
    QStringList names;
    for (const OverviewTile* tile : page.tiles())
        names << tile->watched().name();
    return names;
}

bool allPolled(const TargetFleet& fleet)
{
    if (fleet.targets().size() != 3)
        return false;
    for (const WatchedTarget* watched : fleet.targets()) {
        if (watched->recent().empty() || watched->target().findings().isEmpty())
            return false;
    }
    return true;
}

// The tray as a test sees it (the offscreen platform has none): it can hold the window.
struct TrayCounts
{
    Severity status{Severity::Info};
    QList<Alert> notified;
};

class TestTray final : public Notifier
{
public:
    explicit TestTray(TrayCounts& counts)
        : m_counts{counts}
    { }
    void showStatus(Severity status, const QStringList&) override { m_counts.status = status; }
    void notify(const Alert& alert) override { m_counts.notified << alert; }
    bool canHoldWindow() const override { return true; }

private:
    TrayCounts& m_counts;
};

// Polls stored in a target's history file from `from` on (each sample is one point when
// the buckets are a millisecond wide).
int storedPolls(WatchedTarget& watched, const QDateTime& from)
{
    HistoryStore& history = watched.target().history();
    history.flush();
    QSignalSpy ready{&history, &HistoryStore::rangeReady};
    const quint64 id = history.requestRange(from, QDateTime::currentDateTimeUtc(), 1000000);
    for (int i = 0; i < 50; ++i) {
        for (const QList<QVariant>& answer : std::as_const(ready)) {
            if (answer.at(0).toULongLong() == id)
                return static_cast<int>(answer.at(1).value<HistoryRange>().sessions.points.size());
        }
        ready.wait(200);
    }
    return -1;
}

} // namespace

class TestOverview final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        shareSettingsWithTheExecutable();
        Theme::rememberSystemPalette();
        const QStringList names{QStringLiteral("eu-production"), QStringLiteral("production"),
            QStringLiteral("staging")};
        ProfileStore store;
        for (const QString& name : names) {
            m_clusters.push_back(std::make_unique<TestCluster>());
            QVERIFY2(m_clusters.back()->ok(), qPrintable(m_clusters.back()->error()));
            Profile profile;
            profile.name = name;
            profile.style = Profile::ConnectionStyle::Conninfo;
            profile.conninfo = QString::fromUtf8(m_clusters.back()->conninfo());
            profile.intervalSeconds = 1;
            store.save(profile);
        }
        store.sync();
        m_window = std::make_unique<MainWindow>(m_baseline, TargetOptions{});
        m_window->resize(1600, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!m_window->isShowingOverview());
        m_window->setNotifier(std::make_unique<TestTray>(m_tray));
        m_window->showOverview();
        QVERIFY(m_window->isShowingOverview());
        QTRY_VERIFY_WITH_TIMEOUT(allPolled(*m_window->fleet()), 30000);
    }

    void cleanupTestCase()
    {
        m_load.release();
        m_window.reset();
        m_clusters.clear();
    }

    void overBudgetTargetSortsFirst()
    {
        OverviewPage& page = *m_window->overviewPage();
        QCOMPARE(page.tiles().size(), 3);
        // "production" (the middle cluster) is pushed over its web budget: a load named
        // like postgres.js, held until the test ends.
        QVERIFY(m_load.hold(m_clusters.at(1)->conninfo(), kSmallWebBudget + 2));
        QTRY_COMPARE_WITH_TIMEOUT(tileNames(page).value(0), QStringLiteral("production"), 20000);
        const OverviewTile* first = page.tiles().at(0);
        QVERIFY(first->watched().severity() == Severity::Critical);
        const QStringList lines = first->lines();
        QVERIFY2(lines.contains(
                     QStringLiteral("web %1 / %2").arg(kSmallWebBudget + 2).arg(kSmallWebBudget)),
            qPrintable(lines.join(u'\n')));
        QVERIFY2(first->lines().join(u'\n').contains(QStringLiteral("worst: ✕")),
            qPrintable(lines.join(u'\n')));
        // The other two keep their order by name below it (neither is over a budget).
        QCOMPARE(tileNames(page),
            (QStringList{QStringLiteral("production"), QStringLiteral("eu-production"),
                QStringLiteral("staging")}));
        for (const OverviewTile* tile : page.tiles())
            QVERIFY2(tile->connectionText().startsWith(QStringLiteral("polled")),
                qPrintable(tile->connectionText()));
    }

    void readsAt1280And1600InLightAndDark_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("theme");
        QTest::addColumn<int>("columns");
        for (const QSize size : {QSize{1600, 900}, QSize{1280, 720}}) {
            for (const Theme::Choice theme : {Theme::Choice::Light, Theme::Choice::Dark}) {
                const QString name = QStringLiteral("%1x%2-%3")
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(Theme::name(theme));
                QTest::newRow(qPrintable(name)) << size << int(theme) << 2;
            }
        }
        QTest::newRow("3840x2160-light") << QSize{3840, 2160} << int(Theme::Choice::Light) << 6;
    }
    void readsAt1280And1600InLightAndDark()
    {
        QFETCH(QSize, size);
        QFETCH(int, theme);
        QFETCH(int, columns);
        Theme::apply(static_cast<Theme::Choice>(theme));
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        QTRY_COMPARE(m_window->overviewPage()->columns(), columns);
        QTest::qWait(1200); // a poll in the new look
        const QString name = QStringLiteral("overview-%1x%2-%3.png")
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(Theme::name(static_cast<Theme::Choice>(theme)));
        QImage image;
        QList<QWidget*> tiles;
        for (OverviewTile* tile : m_window->overviewPage()->tiles()) {
            QVERIFY(tile->isVisible());
            // Every tile's content fits: nothing of it is cut off at the bottom.
            QVERIFY2(tile->height() >= tile->sizeHint().height(),
                qPrintable(QStringLiteral("%1 px of %2")
                               .arg(tile->height())
                               .arg(tile->sizeHint().height())));
            tiles << tile;
        }
        // A repaint of the whole page, synchronous (figure for docs/gui.md; CPU time
        // leaves out the waiting for a core on a shared machine).
        QList<double> wall;
        QList<double> cpu;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer clock;
            clock.start();
            const std::clock_t started = std::clock();
            m_window->overviewPage()->repaint();
            cpu << 1000.0 * static_cast<double>(std::clock() - started) / CLOCKS_PER_SEC;
            wall << static_cast<double>(clock.nsecsElapsed()) / 1e6;
        }
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        qInfo("%s: overview repaint median %.2f ms real, %.2f ms CPU (3 tiles)", qPrintable(name),
            wall.at(10), cpu.at(10));
        QVERIFY2(wall.at(10) < 100, "a repaint of the overview takes longer than 100 ms");
        picture::grabChecked(*m_window, name, &image, tiles);
        QVERIFY(image.save(QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/") + name));
        Theme::apply(Theme::Choice::System);
        m_window->resize(1600, 900);
    }

    void switchingKeepsOneBackendPerTarget()
    {
        OverviewPage& page = *m_window->overviewPage();
        QList<QPointer<LiveTarget>> engines;
        for (const WatchedTarget* watched : m_window->fleet()->targets())
            engines << QPointer<LiveTarget>{&watched->target()};
        m_window->activateWindow();
        for (int round = 0; round < 12; ++round) {
            page.focusTile(nullptr);
            QTRY_VERIFY(page.tiles().first()->hasFocus());
            // Walk right (wrapping by hand) to the round's tile, then open it with Enter.
            for (int step = 0; step < round % 3; ++step)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
            auto* tile = qobject_cast<OverviewTile*>(QApplication::focusWidget());
            QVERIFY(tile != nullptr);
            QCOMPARE(tile, page.tiles().at(round % 3));
            QTest::keyClick(tile, Qt::Key_Return);
            QVERIFY(!m_window->isShowingOverview());
            QCOMPARE(m_window->liveTarget(), &tile->watched().target());
            QCOMPARE(m_window->monitor()->state(), ActivityMonitor::State::Connected);
            QTest::qWait(150);
            // Back: Backspace and Alt+Left in turn (the toolbar button is the same action).
            if (round % 2 == 0)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
            else
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
            QVERIFY(m_window->isShowingOverview());
        }
        // The same engines all along: none made, none destroyed.
        for (const QPointer<LiveTarget>& engine : std::as_const(engines))
            QVERIFY(!engine.isNull());
        QCOMPARE(m_window->fleet()->targets().size(), 3);
        for (const auto& cluster : m_clusters)
            QTRY_COMPARE_WITH_TIMEOUT(opsdashBackends(*cluster), 1, 5000);
    }

    void pausedTargetShowsAsPaused()
    {
        OverviewPage& page = *m_window->overviewPage();
        OverviewTile* staging = nullptr;
        for (OverviewTile* tile : page.tiles()) {
            if (tile->watched().name() == QLatin1String{"staging"})
                staging = tile;
        }
        QVERIFY(staging != nullptr);
        m_window->openWatched(&staging->watched());
        auto* pause = m_window->findChild<QAction*>(QStringLiteral("actionPause"));
        QVERIFY(pause != nullptr);
        pause->setChecked(true);
        m_window->showOverview();
        QCOMPARE(staging->connectionText(), QStringLiteral("paused"));
        // Paused, not stale: after a while it still says so.
        QTest::qWait(2500);
        QCOMPARE(staging->connectionText(), QStringLiteral("paused"));
        m_window->openWatched(&staging->watched());
        QVERIFY(pause->isChecked()); // the dashboard shows the engine's state
        pause->setChecked(false);
        m_window->showOverview();
        QTRY_VERIFY_WITH_TIMEOUT(
            staging->connectionText().startsWith(QStringLiteral("polled")), 5000);
    }

    void trayShowsTheWorstAndNamesTheTarget()
    {
        // "production" is over its web budget (overBudgetTargetSortsFirst holds the load).
        QTRY_VERIFY_WITH_TIMEOUT(m_tray.status == Severity::Critical, 10000);
        const auto named = std::find_if(
            m_tray.notified.cbegin(), m_tray.notified.cend(), [](const Alert& alert) {
                return alert.severity == Severity::Critical
                    && alert.message.startsWith(QLatin1String{"production: "});
            });
        QVERIFY2(named != m_tray.notified.cend(),
            qPrintable(QStringLiteral("%1 notifications, none critical naming production")
                           .arg(m_tray.notified.size())));
        QStringList entries;
        for (const QAction* action : m_window->notifications()->trayMenu()->actions())
            entries << action->text();
        QVERIFY2(entries.contains(QStringLiteral("production — Critical")),
            qPrintable(entries.join(u'|')));
        QVERIFY2(
            entries.contains(QStringLiteral("staging — Info")), qPrintable(entries.join(u'|')));
        QVERIFY(entries.contains(m_window->notifications()->quitAction()->text()));

        // Each entry wears its status's icon, drawn once per status; polls that leave a
        // target's status as it was leave its entry alone.
        const QAction* production = nullptr;
        const QAction* staging = nullptr;
        for (const QAction* action : m_window->notifications()->trayMenu()->actions()) {
            if (action->text() == QStringLiteral("production — Critical"))
                production = action;
            else if (action->text() == QStringLiteral("staging — Info"))
                staging = action;
        }
        QVERIFY(production != nullptr && staging != nullptr);
        QCOMPARE(production->icon().cacheKey(), StatusIcon::icon(Severity::Critical).cacheKey());
        QCOMPARE(staging->icon().cacheKey(), StatusIcon::icon(Severity::Info).cacheKey());
        QSignalSpy stagingChanged{staging, &QAction::changed};
        QSignalSpy polled{m_window->fleet(), &TargetFleet::changed};
        QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= 6, 10000);
        QCOMPARE(stagingChanged.count(), 0);
    }

    void closingToTheTrayKeepsPolling()
    {
        int asked = 0;
        m_window->closeToTray()->setAsker([&asked](QWidget*) {
            ++asked;
            return true;
        });
        QVERIFY(!m_window->closeToTray()->action()->isChecked());
        const QDateTime hidden = QDateTime::currentDateTimeUtc();
        m_window->close();
        QCOMPARE(asked, 1);
        QVERIFY(!m_window->isVisible());
        QVERIFY(m_window->closeToTray()->action()->isChecked()); // remembered
        QTest::qWait(4000);
        for (WatchedTarget* watched : m_window->fleet()->targets()) {
            const int polls = storedPolls(*watched, hidden);
            QVERIFY2(polls >= 2,
                qPrintable(QStringLiteral("%1: %2 polls stored while the window was hidden")
                               .arg(watched->name())
                               .arg(polls)));
        }
        // Shown from the tray and closed again: not asked a second time.
        emit m_window->notifications()->showAction()->triggered();
        QVERIFY(m_window->isVisible());
        m_window->close();
        QCOMPARE(asked, 1);
        QVERIFY(!m_window->isVisible());
        // Changed in the Monitor menu: closing then ends the watch (the window closes).
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->closeToTray()->action()->setChecked(false);
        QCOMPARE(QSettings{}.value(QStringLiteral("notifications/onClose")).toString(),
            QStringLiteral("quit"));
        QVERIFY(m_window->close());
        QCOMPARE(asked, 1);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void snapshotCapturesTheOverview()
    {
        const QString png = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/snapshot-overview.png");
        QFile::remove(png);
        const OpsdashRun run = runOpsdash({QStringLiteral("snapshot"), QStringLiteral("--overview"),
            QStringLiteral("--out"), png, QStringLiteral("--wait"), QStringLiteral("4"),
            QStringLiteral("--size"), QStringLiteral("1280x720")});
        OPSDASH_COMPARE_EXIT(run, 0); // 0: every target connected when captured
        QImage image;
        QVERIFY(image.load(png));
        QCOMPARE(image.width(), 1280);
        QVERIFY2(picture::contentShare(image, image.rect()) >= picture::MinContentShare, "blank");
        const OpsdashRun both = runOpsdash(
            {QStringLiteral("snapshot"), QStringLiteral("--overview"), QStringLiteral("--profile"),
                QStringLiteral("staging"), QStringLiteral("--out"), png});
        OPSDASH_COMPARE_EXIT(both, 2);
    }

private:
    TrayCounts m_tray;
    Baseline m_baseline{smallWebBudget()};
    std::vector<std::unique_ptr<TestCluster>> m_clusters;
    WebPoolLoad m_load;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
