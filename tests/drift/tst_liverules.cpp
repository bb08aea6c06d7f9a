// The live plane's behaviour rules over synthetic windows: limits from the baseline plus
// grace (and, for Go, one cleaner period), hidden states unknown, unseen pools not checked.
#include "drift/LiveRules.h"
#include "support/DefaultBaseline.h"

#include <QTest>

using namespace opsdash;

namespace {

constexpr qint64 Now = 1'800'000'000'000;

struct Row
{
    const char* pool;
    BackendState state;
    qint64 idleSeconds{0}; // since state_change
    qint64 ageSeconds{0}; // since backend_start
    bool hidden{false};
};

ActivitySample sample(const QList<Row>& rows, qint64 now = Now)
{
    ActivitySample s;
    s.serverTime = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    for (const char* pool : {"web", "scheduling", "monitor", "other"})
        s.pools.append(PoolUsage{QLatin1String{pool}, {}});
    int pid = 100;
    for (const Row& row : rows) {
        int index = 0;
        while (s.pools.at(index).pool != QLatin1String{row.pool})
            ++index;
        SessionRow session{0, pid++, row.hidden ? BackendState::Unknown : row.state, index,
            row.hidden ? 0 : now - row.ageSeconds * 1000,
            row.hidden ? 0 : now - row.idleSeconds * 1000, 0};
        s.rows.append(session);
    }
    return s;
}

const Finding* findingFor(const QList<Finding>& findings, const QString& check)
{
    for (const Finding& finding : findings) {
        if (finding.checkId == check)
            return &finding;
    }
    return nullptr;
}

} // namespace

class TestLiveRules final : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleOfTheSignOffExists()
    {
        const LiveRules rules{defaultBaseline()};
        QStringList checks;
        for (const Finding& finding : rules.findings(QString{}))
            checks << finding.checkId;
        QCOMPARE(checks,
            (QStringList{QStringLiteral("live.web.idleTimeout"),
                QStringLiteral("live.web.maxLifetime"),
                QStringLiteral("live.web.idleInTransaction"),
                QStringLiteral("live.scheduling.maxIdle"),
                QStringLiteral("live.scheduling.idleTime"),
                QStringLiteral("live.scheduling.maxLifetime"),
                QStringLiteral("live.scheduling.idleInTransaction")}));
    }

    void rules_data()
    {
        QTest::addColumn<QList<QList<Row>>>("samples");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("mentions");

        const Row webIdle40{"web", BackendState::Idle, 40, 100};
        const Row webIdle100{"web", BackendState::Idle, 100, 200};
        QTest::newRow("web idle 40 s is within idle_timeout 30 s + 60 s grace")
            << QList<QList<Row>>{{webIdle40}} << "live.web.idleTimeout"
            << "pass"
            << "longest idle 40 s";
        QTest::newRow("web idle 100 s is past 90 s")
            << QList<QList<Row>>{{webIdle100}} << "live.web.idleTimeout"
            << "fail"
            << "pid 100 idle 100 s";
        QTest::newRow("an active web connection is never idle-timed-out")
            << QList<QList<Row>>{{Row{"web", BackendState::Active, 500, 600}}}
            << "live.web.idleTimeout"
            << "pass"
            << "";
        QTest::newRow("web connection 2000 s old is past max_lifetime 1800 s + grace")
            << QList<QList<Row>>{{Row{"web", BackendState::Active, 0, 2000}}}
            << "live.web.maxLifetime"
            << "fail"
            << "pid 100 age 2000 s";
        QTest::newRow("hidden web states are unknown, not pass")
            << QList<QList<Row>>{{Row{"web", BackendState::Idle, 500, 500, true}}}
            << "live.web.idleTimeout"
            << "unknown"
            << "pg_monitor";
        QTest::newRow("no web session in the window is not checked")
            << QList<QList<Row>>{{Row{"scheduling", BackendState::Idle, 1, 1}}}
            << "live.web.idleTimeout"
            << "not-checked"
            << "no session of pool web";
        QTest::newRow("scheduling idle 600 s is within 5 min + 5 min cleaner + grace")
            << QList<QList<Row>>{{Row{"scheduling", BackendState::Idle, 600, 700}}}
            << "live.scheduling.idleTime"
            << "pass"
            << "";
        QTest::newRow("scheduling idle 700 s is past 660 s")
            << QList<QList<Row>>{{Row{"scheduling", BackendState::Idle, 700, 800}}}
            << "live.scheduling.idleTime"
            << "fail"
            << "pid 100 idle 700 s";
        QTest::newRow("scheduling 2100 s old is past 30 min + 5 min cleaner + grace")
            << QList<QList<Row>>{{Row{"scheduling", BackendState::Active, 0, 2200}}}
            << "live.scheduling.maxLifetime"
            << "fail"
            << "age 2200 s";
        QTest::newRow("web idle in transaction 90 s is past the 60 s threshold")
            << QList<QList<Row>>{{Row{"web", BackendState::IdleInTransaction, 90, 100}}}
            << "live.web.idleInTransaction"
            << "fail"
            << "pid 100 idle in transaction 90 s";
        QTest::newRow("aborted transactions count too, in every pool")
            << QList<QList<Row>>{{Row{
                   "scheduling", BackendState::IdleInTransactionAborted, 61, 100}}}
            << "live.scheduling.idleInTransaction"
            << "fail"
            << "pid 100 idle in transaction 61 s";
        QTest::newRow("idle in transaction 30 s is within 60 s")
            << QList<QList<Row>>{{Row{"web", BackendState::IdleInTransaction, 30, 100}}}
            << "live.web.idleInTransaction"
            << "pass"
            << "longest idle in transaction 30 s";
        QTest::newRow("plain idle is not idle in transaction")
            << QList<QList<Row>>{{Row{"web", BackendState::Idle, 500, 600}}}
            << "live.web.idleInTransaction"
            << "pass"
            << "longest idle in transaction 0 s";
        QTest::newRow("hidden states leave idle in transaction unknown")
            << QList<QList<Row>>{{Row{"web", BackendState::IdleInTransaction, 500, 500, true}}}
            << "live.web.idleInTransaction"
            << "unknown"
            << "pg_monitor";

        QList<Row> twelveIdle;
        for (int i = 0; i < 12; ++i)
            twelveIdle << Row{"scheduling", BackendState::Idle, 1, 10};
        QTest::newRow("12 idle in one sample only is the cleaner catching up")
            << QList<QList<Row>>{twelveIdle, {Row{"scheduling", BackendState::Idle, 1, 10}}}
            << "live.scheduling.maxIdle"
            << "pass"
            << "at most 12 idle";
        QTest::newRow("12 idle in two samples running is above MaxIdleConns 10")
            << QList<QList<Row>>{twelveIdle, twelveIdle} << "live.scheduling.maxIdle"
            << "fail"
            << "12";
    }
    void rules()
    {
        QFETCH(QList<QList<Row>>, samples);
        QFETCH(QString, check);
        QFETCH(QString, status);
        QFETCH(QString, mentions);
        LiveRules rules{defaultBaseline()};
        qint64 now = Now;
        for (const QList<Row>& rows : samples) {
            rules.add(sample(rows, now));
            now += 1000;
        }
        const QList<Finding> findings = rules.findings(QStringLiteral("pg_stat_activity on test"));
        const Finding* finding = findingFor(findings, check);
        QVERIFY(finding != nullptr);
        QCOMPARE(toString(finding->status), status);
        QCOMPARE(toString(finding->plane), QStringLiteral("live"));
        const QString text = finding->actual + u' ' + finding->evidence + u' ' + finding->reason;
        QVERIFY2(text.contains(mentions), qPrintable(text));
        QVERIFY(finding->firstSeen.isValid());
    }
};

QTEST_GUILESS_MAIN(TestLiveRules)
#include "tst_liverules.moc"
