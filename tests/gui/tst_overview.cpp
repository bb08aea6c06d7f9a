// The overview on three real PostgreSQL clusters (tests/fixtures/pg-cluster, private to this
// test so backends can be counted): three saved profiles watched at once, one pushed over
// its web budget by a postgres.js-named load the test holds, which sorts first; opening a
// tile and coming back many times keeps exactly one opsdash backend per cluster; a paused
// target shows as paused; the arrow keys walk the tiles. Screenshots at 1600×900 and
// 1280×720, light and dark, go to the build tree (and, looked at, to docs/).
#include "gui/common/Theme.h"
#include "gui/overview/OverviewPage.h"
#include "gui/overview/OverviewTile.h"
#include "gui/window/MainWindow.h"
#include "live/LiveTarget.h"
#include "live/TargetFleet.h"
#include "pg/ActivityMonitor.h"
#include "pg/TestCluster.h"
#include "secrets/ProfileStore.h"
#include "support/DefaultBaseline.h"
#include "support/PgExec.h"
#include "support/Pictures.h"

#include <QAction>
#include <QPointer>
#include <QSettings>
#include <QTest>

#include <libpq-fe.h>
#include <memory>
#include <vector>

using namespace opsdash;
using namespace opsdash::test;

namespace {

using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;

constexpr int kWebBudget = 10;

Connection openConnection(const QByteArray& conninfo)
{
    return Connection{PQconnectdb(conninfo.constData()), &PQfinish};
}

// The default baseline with a web budget a handful of connections overruns.
Baseline smallWebBudget()
{
    Baseline baseline = defaultBaseline();
    for (PoolSpec& pool : baseline.pools) {
        if (pool.id == QLatin1String{"web"})
            pool.budget = kWebBudget;
    }
    return baseline;
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

} // namespace

class TestOverview final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_overview"));
        QSettings{}.clear();
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
        m_window->showOverview();
        QVERIFY(m_window->isShowingOverview());
        QTRY_VERIFY_WITH_TIMEOUT(allPolled(*m_window->fleet()), 30000);
    }

    void cleanupTestCase()
    {
        m_load.clear();
        m_window.reset();
        m_clusters.clear();
    }

    void overBudgetTargetSortsFirst()
    {
        OverviewPage& page = *m_window->overviewPage();
        QCOMPARE(page.tiles().size(), 3);
        // "production" (the middle cluster) is pushed over its web budget: a load named
        // like postgres.js, held until the test ends.
        for (int i = 0; i < kWebBudget + 2; ++i) {
            m_load.push_back(
                openConnection(m_clusters.at(1)->conninfo() + " application_name=postgres.js"));
            QCOMPARE(PQstatus(m_load.back().get()), CONNECTION_OK);
        }
        QTRY_COMPARE_WITH_TIMEOUT(tileNames(page).value(0), QStringLiteral("production"), 20000);
        const OverviewTile* first = page.tiles().at(0);
        QVERIFY(first->watched().severity() == Severity::Critical);
        const QStringList lines = first->lines();
        QVERIFY2(lines.contains(QStringLiteral("web %1 / %2").arg(kWebBudget + 2).arg(kWebBudget)),
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

private:
    Baseline m_baseline{smallWebBudget()};
    std::vector<std::unique_ptr<TestCluster>> m_clusters;
    std::vector<Connection> m_load;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
