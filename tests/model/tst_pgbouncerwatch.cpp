// PgBouncerWatch, the PgBouncer checks' rules on scripted polls of the admin console:
// pgbouncer.<db>.waiting fails from the first poll over pgbouncer.maxWait and passes again
// below it, a database name a check id cannot hold is spelled with '_', pgbouncer.capacity
// is not-checked before a pool exists and follows pools × (default + reserve) against the
// usable slots, an unreadable console makes both unknown with its words, and the backends
// whose pid PgBouncer reports as its server connections are counted per pool, then moved
// into the pool "pgbouncer" and out of the one the rules gave them (counted once).
#include "model/PgBouncer.h"
#include "support/DefaultBaseline.h"
#include "support/LiveFindings.h"
#include "support/ScriptedActivity.h"

#include <QTest>

using namespace opsdash;

namespace {

PgBouncerSample poll(const QString& database, int waiting, qint64 maxWaitUs, const QDateTime& at)
{
    PgBouncerSample sample;
    PgBouncerPool pool;
    pool.database = database;
    pool.user = QStringLiteral("web");
    pool.clActive = 5;
    pool.clWaiting = waiting;
    pool.svActive = 5;
    pool.maxWaitUs = maxWaitUs;
    sample.pools << pool;
    sample.config.defaultPoolSize = 20;
    sample.config.reservePoolSize = 5;
    sample.config.maxClientConn = 100;
    sample.receivedAt = at;
    return sample;
}

// The status word ("pass", "fail", …), or "no such finding".
QString statusOf(const PgBouncerWatch& watch, const QString& checkId, int usable = 197)
{
    const std::optional<Finding> finding
        = test::findingOf(watch.findings(usable, QStringLiteral("console")), checkId);
    return finding ? toString(finding->status) : QStringLiteral("no such finding");
}

} // namespace

class TestPgBouncerWatch final : public QObject
{
    Q_OBJECT

private slots:
    void waitingFailsOverTheThresholdFromItsFirstPoll()
    {
        Baseline baseline = defaultBaseline();
        baseline.pgbouncer.maxWait = Duration::fromSeconds(5);
        PgBouncerWatch watch{baseline};
        const QString check = QStringLiteral("pgbouncer.app.waiting");
        const QDateTime t0 = scripted::Start;

        watch.add(poll(QStringLiteral("app"), 3, 4'000'000, t0));
        QCOMPARE(statusOf(watch, check), QStringLiteral("pass"));
        watch.add(poll(QStringLiteral("app"), 4, 6'000'000, t0.addSecs(2)));
        watch.add(poll(QStringLiteral("app"), 2, 8'000'000, t0.addSecs(4)));
        const std::optional<Finding> failed
            = test::findingOf(watch.findings(197, QStringLiteral("console")), check);
        QVERIFY(failed);
        QCOMPARE(toString(failed->status), QStringLiteral("fail"));
        QCOMPARE(failed->firstSeen, t0.addSecs(2));
        QCOMPARE(failed->actual,
            QStringLiteral("2 waiting, longest 8.0 s (in the window: at most 4 waiting, longest "
                           "8.0 s)"));
        QCOMPARE(failed->evidence, QStringLiteral("console"));

        watch.add(poll(QStringLiteral("app"), 0, 0, t0.addSecs(6)));
        QCOMPARE(statusOf(watch, check), QStringLiteral("pass"));
    }

    void aDatabaseNameIsSpelledForTheCheckId()
    {
        PgBouncerWatch watch{defaultBaseline()};
        watch.add(poll(QStringLiteral("my-app.db"), 0, 0, scripted::Start));
        QCOMPARE(
            statusOf(watch, QStringLiteral("pgbouncer.my_app_db.waiting")), QStringLiteral("pass"));
    }

    void capacityFollowsThePoolSizesAgainstTheUsableSlots()
    {
        PgBouncerWatch watch{defaultBaseline()};
        const QString capacity = QStringLiteral("pgbouncer.capacity");
        QCOMPARE(statusOf(watch, capacity), QStringLiteral("not-checked")); // no poll yet
        PgBouncerSample empty = poll(QStringLiteral("app"), 0, 0, scripted::Start);
        empty.pools.clear();
        watch.add(empty);
        QCOMPARE(statusOf(watch, capacity), QStringLiteral("not-checked")); // no pool yet

        PgBouncerSample sample = poll(QStringLiteral("app"), 0, 0, scripted::Start);
        sample.pools << sample.pools.constFirst();
        sample.pools.last().user = QStringLiteral("reports");
        watch.add(sample); // 2 × (20 + 5) = 50
        QCOMPARE(statusOf(watch, capacity, 50), QStringLiteral("pass"));
        QCOMPARE(statusOf(watch, capacity, 49), QStringLiteral("fail"));
        QCOMPARE(statusOf(watch, capacity, 0), QStringLiteral("unknown")); // facts not read
        QCOMPARE(PgBouncerWatch::boundExplained(sample),
            QStringLiteral("2 × (20 default_pool_size + 5 reserve_pool_size) = 50"));
    }

    void anUnreadableConsoleMakesBothUnknown()
    {
        PgBouncerWatch watch{defaultBaseline()};
        watch.add(poll(QStringLiteral("app"), 1, 1, scripted::Start));
        watch.setUnavailable(QStringLiteral("PgBouncer admin console unreachable: refused"));
        for (const Finding& finding : watch.findings(197, QStringLiteral("console"))) {
            QCOMPARE(toString(finding.status), QStringLiteral("unknown"));
            QCOMPARE(
                finding.reason, QStringLiteral("PgBouncer admin console unreachable: refused"));
        }
        // The next answer clears it.
        watch.add(poll(QStringLiteral("app"), 0, 0, scripted::Start.addSecs(1)));
        QCOMPARE(statusOf(watch, QStringLiteral("pgbouncer.capacity")), QStringLiteral("pass"));
    }

    void serverConnectionsAreCountedPerPool()
    {
        PgBouncerWatch watch{defaultBaseline()};
        PgBouncerSample sample = poll(QStringLiteral("app"), 0, 0, scripted::Start);
        sample.serverPids = {101, 102, 999};
        watch.add(sample);
        watch.add(scripted::sample(
            {scripted::session(101, QStringLiteral("web"), BackendState::Active, {}),
                scripted::session(102, QStringLiteral("web"), BackendState::Idle, {}),
                scripted::session(200, QStringLiteral("scheduling"), BackendState::Idle, {})}));
        QCOMPARE(watch.ownedBackends(), 2);
        QCOMPARE(watch.ownedByPool().value(QStringLiteral("web")), 2);
        QVERIFY(!watch.ownedByPool().contains(QStringLiteral("scheduling")));
    }

    void serverConnectionsMoveIntoThePgBouncerPoolAndOutOfTheirOwn()
    {
        PgBouncerWatch watch{defaultBaseline()};
        const ActivitySample activity = scripted::sample(
            {scripted::session(101, QStringLiteral("web"), BackendState::Active, {}),
                scripted::session(102, QStringLiteral("web"), BackendState::Idle, {}),
                scripted::session(103, QStringLiteral("web"), BackendState::Idle, {}),
                scripted::session(200, QStringLiteral("scheduling"), BackendState::Idle, {})});
        const auto total = [](const ActivitySample& sample, const QString& pool) {
            const PoolUsage* usage = sample.pool(pool);
            return usage != nullptr ? usage->total() : -1;
        };
        // Before the console's first answer nothing moves, and there is no such pool.
        QCOMPARE(total(watch.attributed(activity), QStringLiteral("pgbouncer")), -1);
        QCOMPARE(total(watch.attributed(activity), QStringLiteral("web")), 3);

        PgBouncerSample console = poll(QStringLiteral("app"), 0, 0, scripted::Start);
        console.serverPids = {101, 102, 999};
        watch.add(console);
        watch.add(activity);
        const ActivitySample moved = watch.attributed(activity);
        QCOMPARE(total(moved, QStringLiteral("pgbouncer")), 2);
        QCOMPARE(moved.pool(QStringLiteral("pgbouncer"))->count(BackendState::Active), 1);
        QCOMPARE(moved.pool(QStringLiteral("pgbouncer"))->count(BackendState::Idle), 1);
        QCOMPARE(total(moved, QStringLiteral("web")), 1);
        QCOMPARE(total(moved, QStringLiteral("scheduling")), 1);
        // Appended: the baseline's pools keep their places (and their history series).
        QCOMPARE(moved.pools.constLast().pool, QStringLiteral("pgbouncer"));
        QCOMPARE(moved.pools.constFirst().pool, QStringLiteral("web"));
        // Each backend once: the pools add up to the sessions, each named by its new pool.
        int sum = 0;
        for (const PoolUsage& usage : moved.pools)
            sum += usage.total();
        QCOMPARE(sum, moved.sessionCount());
        QCOMPARE(moved.session(0).pool, QStringLiteral("pgbouncer"));
        QCOMPARE(moved.session(2).pool, QStringLiteral("web"));
        // The rules' view stays what PgBouncer's own line reports.
        QCOMPARE(watch.ownedByPool().value(QStringLiteral("web")), 2);
        // Read again, nothing moves twice.
        QCOMPARE(total(watch.attributed(moved), QStringLiteral("pgbouncer")), 2);
        QCOMPARE(total(watch.attributed(moved), QStringLiteral("web")), 1);

        // Owning none, the pool is there, empty: its bar and series do not come and go.
        console.serverPids.clear();
        watch.add(console);
        QCOMPARE(total(watch.attributed(activity), QStringLiteral("pgbouncer")), 0);
        QCOMPARE(total(watch.attributed(activity), QStringLiteral("web")), 3);
    }
};

QTEST_GUILESS_MAIN(TestPgBouncerWatch)
#include "tst_pgbouncerwatch.moc"
