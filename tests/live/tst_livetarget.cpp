// A watched target end to end against a real server: samples reach the history file, and
// a server restart leaves a recorded gap (disconnected → reconnected) that charts draw.
#include "../pg/TestCluster.h"
#include "live/LiveTarget.h"
#include "model/BaselineLoader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;
using namespace std::chrono_literals;

class TestLiveTarget final : public QObject
{
    Q_OBJECT

private slots:
    void restartIsRecordedAsAGapInHistory()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        QTemporaryDir dir;
        Result<Baseline> baseline = BaselineLoader::loadDefault();
        QVERIFY(baseline.ok());

        LiveTarget target{*baseline};
        QSignalSpy samples{&target, &LiveTarget::sampled};
        QSignalSpy findingsChanged{&target, &LiveTarget::findingsChanged};
        QSignalSpy reconnected{&target.monitor(), &ActivityMonitor::reconnected};
        QSignalSpy historyProblems{&target, &LiveTarget::historyUnavailable};
        ActivityMonitor::Options options;
        options.conninfo = cluster.conninfo();
        options.interval = 1s;
        options.firstRetry = 200ms;
        options.retryCap = 2s;
        target.start(options, dir.filePath(QStringLiteral("history.sqlite")));
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 2, 15000);
        QCOMPARE(target.window().samples(), samples.size());

        const QString restarted = cluster.pgCtl(
            {QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("restart")});
        QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
        QTRY_VERIFY_WITH_TIMEOUT(!reconnected.isEmpty(), 20000);
        const int before = samples.size();
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() > before, 10000);

        QSignalSpy ranges{&target.history(), &HistoryStore::rangeReady};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const quint64 id = target.history().requestRange(now.addSecs(-600), now.addSecs(60), 100);
        QTRY_VERIFY_WITH_TIMEOUT(!ranges.isEmpty(), 10000);
        QCOMPARE(ranges.first().at(0).value<quint64>(), id);
        const HistoryRange range = ranges.first().at(1).value<HistoryRange>();

        QStringList kinds;
        for (const HistoryEvent& event : range.events)
            kinds << event.kind;
        QVERIFY2(kinds.contains(QStringLiteral("disconnected")), qPrintable(kinds.join(u',')));
        QVERIFY2(kinds.contains(QStringLiteral("reconnected")), qPrintable(kinds.join(u',')));
        QCOMPARE(range.gaps.size(), 1);
        QVERIFY(!range.gaps.first().ongoing);
        QVERIFY(range.gaps.first().to > range.gaps.first().from);
        const HistorySeries* monitorSeries = range.pool(u"monitor");
        QVERIFY(monitorSeries != nullptr);
        QVERIFY(!monitorSeries->points.isEmpty());
        QCOMPARE(monitorSeries->points.last().max, 1.0);
        QVERIFY2(historyProblems.isEmpty(), "the history file could not be written");

        const QList<Finding> findings = target.findings();
        // 2 server, 3 connection limits, 3 budget, 5 live rules, 2 idle in transaction
        QCOMPARE(findings.size(), 15);
        QCOMPARE(findings.first().checkId, QStringLiteral("server.maxConnections"));
        // Computed once per tick (and once when the server's settings were read) and
        // announced with that one signal; the last announcement is what findings() holds.
        QVERIFY(findingsChanged.size() >= samples.size());
        QVERIFY(findingsChanged.size() <= samples.size() + 2); // + one per (re)connect
        QCOMPARE(findingsChanged.last().at(0).value<QList<Finding>>().size(), findings.size());
    }
};

QTEST_GUILESS_MAIN(TestLiveTarget)
#include "tst_livetarget.moc"
