// The pool budget panel fed scripted polls through the core's real UsageWindow and
// Capacity: captions, the bar's outline coloured by the baseline's warn (80 %) and critical
// (95 %) thresholds, the segment colour of each state, the capacity line and the
// over-commit badge with its numbers — read from the rendered pixels, as a user sees them.
#include "gui/common/Palette.h"
#include "gui/common/StaleLook.h"
#include "gui/pools/PoolBar.h"
#include "gui/pools/PoolBudgetPanel.h"
#include "model/Capacity.h"
#include "model/ConnectionLimits.h"
#include "model/PgBouncer.h"
#include "model/PoolStatistics.h"
#include "support/DefaultBaseline.h"
#include "support/ScriptedActivity.h"

#include <QLabel>
#include <QTest>

using namespace opsdash;

namespace {

// A poll with `active` and `idle` web sessions and one monitor backend.
ActivitySample poll(int active, int idle)
{
    ActivitySample sample = scripted::counts({{QStringLiteral("web"), active}});
    for (PoolUsage& usage : sample.pools) {
        if (usage.pool == QLatin1String{"web"})
            usage.byState[static_cast<std::size_t>(BackendState::Idle)] = idle;
        if (usage.pool == QLatin1String{"monitor"})
            usage.byState[static_cast<std::size_t>(BackendState::Active)] = 1;
    }
    return sample;
}

// One answer of PgBouncer's console: its pool app/web, default_pool_size 5, max_client_conn
// 100.
PgBouncerSample console(int clActive, int clWaiting, int svActive, int svIdle)
{
    PgBouncerSample sample;
    PgBouncerPool pool;
    pool.database = QStringLiteral("app");
    pool.user = QStringLiteral("web");
    pool.clActive = clActive;
    pool.clWaiting = clWaiting;
    pool.svActive = svActive;
    pool.svIdle = svIdle;
    sample.pools << pool;
    sample.config.defaultPoolSize = 5;
    sample.config.maxClientConn = 100;
    sample.receivedAt = scripted::Start;
    return sample;
}

ServerFacts facts200()
{
    ServerFacts facts;
    facts.version = QStringLiteral("16.4");
    facts.versionNum = 160004;
    facts.maxConnections = 200;
    facts.superuserReservedConnections = 3;
    return facts;
}

bool near(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
        + std::abs(a.blue() - b.blue())
        <= 12;
}

// The outline's colour at the middle of the bar's top edge (it is 2 px wide).
bool outlineIs(const PoolBar& bar, const QColor& expected)
{
    const QImage image = const_cast<PoolBar&>(bar).grab().toImage();
    const int top = bar.fontMetrics().height() + 4;
    for (int y = top - 1; y <= top + 2; ++y) {
        if (near(image.pixelColor(image.width() / 2, y), expected))
            return true;
    }
    return false;
}

QColor segmentAt(const PoolBar& bar, double fraction)
{
    const QImage image = const_cast<PoolBar&>(bar).grab().toImage();
    const int line = bar.fontMetrics().height();
    const int y = (line + 4 + bar.height() - 2) / 2;
    return image.pixelColor(static_cast<int>(image.width() * fraction), y);
}

} // namespace

class TestPoolBudgetPanel final : public QObject
{
    Q_OBJECT

private slots:
    void barColouredByThresholds_data()
    {
        QTest::addColumn<int>("active");
        QTest::addColumn<int>("idle");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("level");
        QTest::newRow("below warn is ok") << 40 << 20 << "web  60 / 150 (40 %)"
                                          << "ok";
        QTest::newRow("at 80 % is warning") << 100 << 20 << "web  120 / 150 (80 %)"
                                            << "warning";
        QTest::newRow("at 95 % is critical") << 120 << 23 << "web  143 / 150 (95 %)"
                                             << "critical";
        QTest::newRow("over the budget is critical") << 150 << 10 << "web  160 / 150 (107 %)"
                                                     << "critical";
    }
    void barColouredByThresholds()
    {
        QFETCH(int, active);
        QFETCH(int, idle);
        QFETCH(QString, caption);
        QFETCH(QString, level);
        PoolBudgetPanel panel{defaultBaseline()};
        panel.resize(700, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showServerFacts(facts200());
        UsageWindow window;
        const ActivitySample sample = poll(active, idle);
        window.add(sample);
        panel.showUsage(sample, window);

        const PoolBar* web = panel.bar(QStringLiteral("web"));
        QVERIFY(web != nullptr);
        QVERIFY2(web->caption().startsWith(caption), qPrintable(web->caption()));
        const QColor expected = level == QLatin1String{"ok"} ? Palette::ok()
            : level == QLatin1String{"warning"}              ? Palette::warning()
                                                             : Palette::critical();
        QVERIFY2(outlineIs(*web, expected), qPrintable(level));
        // Split by state: active first, then idle.
        QVERIFY(near(segmentAt(*web, 0.02), Palette::forState(BackendState::Active)));
    }

    void idleSegmentFollowsActiveOne()
    {
        PoolBudgetPanel panel{defaultBaseline()};
        panel.resize(700, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        UsageWindow window;
        const ActivitySample sample = poll(30, 60); // 20 % active, then 40 % idle
        window.add(sample);
        panel.showUsage(sample, window);
        const PoolBar* web = panel.bar(QStringLiteral("web"));
        QVERIFY(near(segmentAt(*web, 0.10), Palette::forState(BackendState::Active)));
        QVERIFY(near(segmentAt(*web, 0.40), Palette::forState(BackendState::Idle)));
        QVERIFY(!near(segmentAt(*web, 0.80), Palette::forState(BackendState::Idle)));
    }

    void capacityLineAndOverCommitBadgeCarryTheNumbers()
    {
        PoolBudgetPanel panel{defaultBaseline()};
        panel.resize(700, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showServerFacts(facts200());
        UsageWindow window;
        const ActivitySample sample = poll(100, 40);
        window.add(sample);
        panel.showUsage(sample, window);

        const auto* line = panel.findChild<QLabel*>(QStringLiteral("capacityLine"));
        QCOMPARE(line->text(),
            QStringLiteral("client sessions %1 / 197 usable — max_connections 200, 3 reserved")
                .arg(sample.clientSessions()));
        const auto* badge = panel.findChild<QLabel*>(QStringLiteral("overCommitBadge"));
        QVERIFY(badge->isVisible());
        QVERIFY2(badge->text().contains(QStringLiteral("OVER-COMMITTED by 4")),
            qPrintable(badge->text()));
        QVERIFY2(badge->text().contains(QStringLiteral("201 > 197")), qPrintable(badge->text()));
    }

    void pgbouncerRowShowsItsPoolsAndSizesAgainstTheSlots()
    {
        PoolBudgetPanel panel{defaultBaseline()};
        panel.resize(700, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showServerFacts(facts200());
        const auto* line = panel.findChild<QLabel*>(QStringLiteral("pgbouncerLine"));
        QVERIFY(line != nullptr);
        QVERIFY(!line->isVisible()); // no PgBouncer named: no row

        PgBouncerWatch watch{defaultBaseline()};
        PgBouncerSample sample = console(5, 15, 5, 0);
        sample.pools.first().maxWaitUs = 2500000;
        watch.add(sample);
        panel.showPgBouncer(true, watch, {});
        QVERIFY(line->isVisible());
        QVERIFY2(line->text().contains(QStringLiteral("PgBouncer app/web: cl_active 5 · "
                                                      "cl_waiting 15 · sv_active 5 · sv_idle 0 · "
                                                      "maxwait 2.5 s")),
            qPrintable(line->text()));
        QVERIFY2(line->text().contains(QStringLiteral(
                     "1 × (5 default_pool_size + 0 reserve_pool_size) = 5 of 197 usable slots · "
                     "max_client_conn 100")),
            qPrintable(line->text()));

        panel.showPgBouncer(true, watch, QStringLiteral("PgBouncer admin console unreachable: x"));
        QVERIFY2(line->text().contains(QStringLiteral("PgBouncer admin console unreachable: x")),
            qPrintable(line->text()));
        panel.showPgBouncer(false, watch, {});
        QVERIFY(!line->isVisible());
    }

    void pgbouncerServerConnectionsHaveABarOfTheirOwnAgainstItsPoolSizes()
    {
        PoolBudgetPanel panel{defaultBaseline()};
        panel.resize(700, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showServerFacts(facts200());

        // PgBouncer (one pool of 5 + 1 reserve) owns three of the ten postgres.js backends.
        PgBouncerWatch watch{defaultBaseline()};
        PgBouncerSample sample = console(3, 0, 2, 1);
        sample.config.reservePoolSize = 1;
        sample.serverPids = {101, 102, 103};
        watch.add(sample);
        QList<BackendSession> sessions;
        for (int pid = 101; pid <= 110; ++pid)
            sessions << scripted::session(pid, QStringLiteral("web"),
                pid == 103 || pid > 107 ? BackendState::Idle : BackendState::Active, {});
        const ActivitySample activity = scripted::sample(sessions);
        watch.add(activity);
        const ActivitySample moved = watch.attributed(activity);
        UsageWindow window;
        window.add(moved);
        panel.showPgBouncer(true, watch, {});
        panel.showUsage(moved, window);

        const PoolBar* owner = panel.bar(QStringLiteral("pgbouncer"));
        QVERIFY(owner != nullptr);
        QVERIFY2(owner->caption().startsWith(QStringLiteral("pgbouncer  3 / 6 (50 %)")),
            qPrintable(owner->caption()));
        // Counted there, and no longer in web's bar.
        QVERIFY2(panel.bar(QStringLiteral("web"))
                     ->caption()
                     .startsWith(QStringLiteral("web  7 / 150 (5 %)")),
            qPrintable(panel.bar(QStringLiteral("web"))->caption()));
        QVERIFY(!owner->isStale());
        // Shown (a widget added to a shown panel is shown from the event loop).
        QTRY_VERIFY(owner->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (qEnvironmentVariableIsSet("OPSDASH_SCREENS_DIR")) {
            const QString path = qEnvironmentVariable("OPSDASH_SCREENS_DIR")
                + QStringLiteral("/pool-panel-pgbouncer.png");
            QVERIFY2(panel.grab().save(path), qPrintable(path));
        }
    }

    void roleLimitBelowTheBudgetIsMarkedAndCountedAgainst()
    {
        Baseline baseline = defaultBaseline();
        baseline.pools[0].role = QStringLiteral("app"); // web
        PoolBudgetPanel panel{baseline};
        panel.resize(700, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ServerFacts facts = facts200();
        facts.readAt = scripted::Start;
        facts.roleConnectionLimits.insert(QStringLiteral("app"), 40);
        panel.showServerFacts(facts);
        UsageWindow window;
        const ActivitySample sample = poll(30, 0);
        window.add(sample);
        panel.showUsage(sample, window);
        panel.showLimits(ConnectionLimits{baseline});

        const PoolBar* web = panel.bar(QStringLiteral("web"));
        QVERIFY2(web->caption().startsWith(
                     QStringLiteral("web  30 / 40 connection limit, budget 150 (75 %)")),
            qPrintable(web->caption()));
        // The limit's mark at 40 of 150, past the active sessions' segment (30 of 150).
        QVERIFY(near(segmentAt(*web, 0.10), Palette::forState(BackendState::Active)));
        bool marked = false;
        for (const double at : {0.262, 0.266, 0.27})
            marked = marked || near(segmentAt(*web, at), Palette::critical());
        QVERIFY(marked);
        QVERIFY(!near(segmentAt(*web, 0.5), Palette::critical()));

        // Raised to the budget: no mark, the count against the budget again.
        facts.roleConnectionLimits.insert(QStringLiteral("app"), 150);
        panel.showServerFacts(facts);
        panel.showLimits(ConnectionLimits{baseline});
        QVERIFY2(web->caption().startsWith(QStringLiteral("web  30 / 150 (20 %)")),
            qPrintable(web->caption()));
    }

    void appStatisticsLineUnderThePoolThatNamesAMetricsUrl()
    {
        Baseline baseline = defaultBaseline();
        baseline.pools[1].metricsUrl = QStringLiteral("http://127.0.0.1:9/metrics");
        PoolBudgetPanel panel{baseline};
        QCOMPARE(panel.statisticsLine(QStringLiteral("web")), nullptr);
        const QLabel* line = panel.statisticsLine(QStringLiteral("scheduling"));
        QVERIFY(line != nullptr);

        const auto reading
            = [](double inUse, double idle, double waits, double seconds, const QDateTime& at) {
                  PoolStatsReading r;
                  r.at = at;
                  r.inUse = inUse;
                  r.idle = idle;
                  r.open = inUse + idle;
                  r.maxOpen = 50;
                  r.waitCount = waits;
                  r.waitSeconds = seconds;
                  return r;
              };
        PoolStatistics statistics{baseline.pools[1], baseline.thresholds.live};
        statistics.add(reading(20, 5, 0, 0, scripted::Start));
        statistics.add(reading(40, 2, 8, 2, scripted::Start.addSecs(2)));
        panel.showPoolStatistics(statistics);
        // 8 waits in the 2 s poll window, 250 ms each on average.
        QCOMPARE(line->text(),
            QStringLiteral("scheduling (app): in use 40 · idle 2 · open 42 / 50 · waits 4.0/s, "
                           "average wait 250.0 ms"));
        QVERIFY(!StaleLook::isStale(line));

        // The page failed: the last values stay, greyed, with the error.
        statistics.fail(
            QStringLiteral("timeout: no response for 5 s; gave up"), scripted::Start.addSecs(4));
        panel.showPoolStatistics(statistics);
        QVERIFY2(line->text().startsWith(QStringLiteral("scheduling (app): in use 40 · idle 2")),
            qPrintable(line->text()));
        QVERIFY2(line->text().contains(QStringLiteral("stale since")), qPrintable(line->text()));
        QVERIFY2(line->text().endsWith(QStringLiteral("timeout: no response for 5 s; gave up")),
            qPrintable(line->text()));
        QVERIFY(StaleLook::isStale(line));
    }
};

QTEST_MAIN(TestPoolBudgetPanel)
#include "tst_poolbudgetpanel.moc"
