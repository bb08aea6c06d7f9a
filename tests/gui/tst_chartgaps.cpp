// Issue 24 item 1 and issue 25 (chart parts): the chart never draws what it did not see. A
// series breaks where consecutive samples are further apart than 2.5 × the poll interval,
// read back through the real history store; rollup minutes seen in part are drawn pale or
// not at all; the read-out says "no data" in a gap; while paused or disconnected the time
// axis keeps moving and the span is shaded as it grows.
#include "../history/HistoryTestData.h"
#include "PolledSample.h"
#include "gui/chart/HistoryChart.h"
#include "gui/window/MainWindow.h"
#include "history/HistoryDatabase.h"
#include "history/HistoryPaths.h"
#include "history/HistoryStore.h"
#include "live/LiveTarget.h"
#include "pg/ActivityMonitor.h"
#include "pg/PgConnection.h"
#include "support/DefaultBaseline.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;

namespace {

// A poll with `web` postgres.js sessions at `time`, server and desktop clocks agreeing.
ActivitySample sampleAt(int web, const QDateTime& time)
{
    return polledAt(webPoolRows(web, 30'000), time);
}

// A window on a target that never answers, with a fresh history file of its own.
TargetOptions freshTarget(const QString& dbname)
{
    TargetOptions options;
    options.hasDatabase = true;
    options.conninfo
        = QStringLiteral("host=127.0.0.1 port=1 dbname=%1 connect_timeout=1").arg(dbname);
    const QString path = HistoryPaths::defaultPathForTarget(
        PgConnection::describeTarget(options.conninfo.toUtf8(), options.connectionParameters));
    for (const QString& end : {QString{}, QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + end);
    return options;
}

struct Window
{
    explicit Window(const TargetOptions& options)
        : window{defaultBaseline(), options}
    {
        window.resize(1280, 720);
        window.show();
        window.findChild<QAction*>(QStringLiteral("actionConnect"))->setChecked(false);
        chart = window.findChild<HistoryChart*>(QStringLiteral("historyChart"));
    }

    // Polls every 2 s from `from` for `seconds`, as the monitor would emit them.
    void poll(const QDateTime& from, int seconds, int web = 5)
    {
        for (int s = 0; s <= seconds; s += 2)
            emit window.monitor()->sampled(sampleAt(web, from.addSecs(s)));
    }

    // Reads the last hour from the history file once its writes are in.
    bool readHour()
    {
        QTest::qWait(1500); // the store flushes once a second
        QSignalSpy ranges{&window.liveTarget()->history(), &HistoryStore::rangeReady};
        auto* range = window.findChild<QComboBox*>(QStringLiteral("rangeBox"));
        range->setCurrentIndex(range->findData(3600 * 6));
        range->setCurrentIndex(range->findData(3600));
        return ranges.wait(5000) || ranges.size() > 0;
    }

    MainWindow window;
    HistoryChart* chart{nullptr};
};

// The read-out as the cursor over server time `t` (and a few sessions up) shows it.
QString readoutAt(HistoryChart& chart, qint64 t)
{
    const QPointF inChart = chart.chart()->mapToPosition(QPointF{static_cast<double>(t), 1.0});
    const QPoint inView = chart.mapFromScene(chart.chart()->mapToScene(inChart));
    QMouseEvent move{QEvent::MouseMove, QPointF{inView}, chart.viewport()->mapToGlobal(inView),
        Qt::NoButton, Qt::NoButton, Qt::NoModifier};
    QCoreApplication::sendEvent(chart.viewport(), &move);
    return chart.readout();
}

} // namespace

class TestChartGaps final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_chartgaps"));
        QSettings{}.clear();
    }

    void tenMinuteHoleDrawsTwoSegmentsFromTheStore()
    {
        Window w{freshTarget(QStringLiteral("tenminutehole"))};
        QVERIFY(w.chart != nullptr);
        QTest::qWait(300);
        // A minute watched, the window "closed" for ten minutes, a minute watched again.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-15 * 60);
        w.poll(start, 60, 30);
        const QDateTime again = start.addSecs(60 + 10 * 60);
        w.poll(again, 60, 0);
        QVERIFY(w.readHour());
        QTRY_COMPARE_WITH_TIMEOUT(w.chart->segmentCount(QStringLiteral("web")), 2, 5000);
        QCOMPARE(w.chart->pollInterval(), qint64{2000});

        const QList<QPolygonF> segments = w.chart->segmentsOf(QStringLiteral("web"));
        // The first ends at the last poll before the hole, the second starts at the first
        // after it: no line from 30 down to 0 across ten unobserved minutes.
        QVERIFY(segments.at(0).last().x() < double(start.addSecs(61).toMSecsSinceEpoch()));
        QCOMPARE(segments.at(0).last().y(), 30.0);
        QVERIFY(segments.at(1).first().x() >= double(again.addSecs(-1).toMSecsSinceEpoch()));
        QCOMPARE(segments.at(1).first().y(), 0.0);
        QCOMPARE(w.chart->gapCount(), 0); // not a recorded disconnection, still a gap

        const qint64 inHole = start.addSecs(6 * 60).toMSecsSinceEpoch();
        const QString inside = readoutAt(*w.chart, inHole);
        QVERIFY2(inside.contains(QStringLiteral("web: no data")), qPrintable(inside));
        const QString before = readoutAt(*w.chart, start.addSecs(30).toMSecsSinceEpoch());
        QVERIFY2(before.contains(QStringLiteral("web: 30")), qPrintable(before));
    }

    void pollsLateByMoreThanTwoAndAHalfIntervalsBreakTheLine_data()
    {
        QTest::addColumn<int>("lateSeconds");
        QTest::addColumn<int>("segments");
        QTest::newRow("one missed poll (4 s) stays joined") << 4 << 1;
        QTest::newRow("5 s is 2.5 intervals: joined") << 5 << 1;
        QTest::newRow("6 s breaks") << 6 << 2;
    }

    void pollsLateByMoreThanTwoAndAHalfIntervalsBreakTheLine()
    {
        QFETCH(int, lateSeconds);
        QFETCH(int, segments);
        HistoryChart chart{defaultBaseline()};
        chart.resize(800, 500);
        chart.setPollInterval(2000);
        const qint64 t0 = historytest::Epoch;
        HistoryRange range;
        range.from = t0;
        range.to = t0 + 60'000;
        range.bucketMs = 100;
        HistorySeries web{QStringLiteral("web"), {}};
        for (qint64 t : {t0, t0 + 2000, t0 + 4000, t0 + 4000 + lateSeconds * 1000})
            web.points << HistoryPoint{t, 3, 3, 3, t, 1};
        range.pools << web;
        chart.showRange(range, QDateTime::fromMSecsSinceEpoch(range.from, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(range.to, Qt::UTC));
        QCOMPARE(chart.segmentCount(QStringLiteral("web")), segments);
    }

    void rollupMinutesSeenInPartAreDrawnPaleOrNotAtAll()
    {
        // Three minutes rolled up from raw polls every 2 s: the first holds 10 s of polls
        // (under half: not drawn), the second 40 s (partial: pale), the third all 60 s.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = HistoryDatabase::open(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(db.ok());
        const qint64 minute = historytest::Epoch;
        QList<HistoryTick> ticks;
        const auto polls = [&](qint64 from, int seconds) {
            for (int s = 0; s < seconds; s += 2) {
                HistoryTick tick = historytest::tick(0);
                tick.time = from + s * 1000;
                ticks << tick;
            }
        };
        polls(minute, 10);
        polls(minute + 60'000, 40);
        polls(minute + 120'000, 60);
        QVERIFY((*db)->write(ticks, {}).ok());
        HistoryRetention retention;
        const qint64 later = minute + retention.rawAge.count() + 10 * 60'000;
        auto report = (*db)->maintain(later, retention);
        QVERIFY(report.ok());
        QCOMPARE(report->rolledTicks, qint64{5 + 20 + 30});
        // One bucket per second: each rollup minute in a bucket of its own.
        auto range = (*db)->readRange(minute, minute + 180'000, 180);
        QVERIFY(range.ok());

        HistoryChart chart{defaultBaseline()};
        chart.resize(800, 500);
        chart.setPollInterval(2000);
        chart.showRange(*range, QDateTime::fromMSecsSinceEpoch(minute, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(minute + 180'000, Qt::UTC));
        const QList<QPolygonF> all = chart.segmentsOf(QStringLiteral("web"));
        const QList<QPolygonF> partial = chart.segmentsOf(QStringLiteral("web"), true);
        QCOMPARE(all.size(), 2); // the 10-second minute is left out
        QCOMPARE(partial.size(), 1);
        QCOMPARE(static_cast<qint64>(partial.first().first().x()), minute + 60'000);
        QCOMPARE(static_cast<qint64>(all.last().first().x()), minute + 120'000);
    }

    void pauseKeepsTheAxisMovingShadesTheSpanAndLeavesAGap()
    {
        Window w{freshTarget(QStringLiteral("pausegap"))};
        QVERIFY(w.chart != nullptr);
        QTest::qWait(300);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-60);
        w.poll(start, 20);
        QTRY_COMPARE_WITH_TIMEOUT(w.chart->segmentCount(QStringLiteral("web")), 1, 5000);

        // Paused (simulated: no polls for 30 s of server time).
        const QDateTime pausedAt = start.addSecs(21);
        w.chart->setPausedSince(pausedAt);
        const QDateTime end = w.chart->axisEnd();
        QVERIFY(!w.chart->shadedSpans().isEmpty());
        const qint64 shadedTo = w.chart->shadedSpans().last().second;
        QCOMPARE(w.chart->shadedSpans().last().first, pausedAt.toMSecsSinceEpoch());
        QTRY_VERIFY_WITH_TIMEOUT(w.chart->axisEnd() > end.addMSecs(500), 3000);
        QVERIFY(w.chart->shadedSpans().last().second > shadedTo);
        QVERIFY2(readoutAt(*w.chart, pausedAt.addSecs(10).toMSecsSinceEpoch())
                     .contains(QStringLiteral("paused")),
            qPrintable(w.chart->readout()));

        // Resumed 30 s later: the line does not bridge the pause, live or from the file.
        w.chart->setPausedSince({});
        w.poll(pausedAt.addSecs(30), 10);
        QTRY_COMPARE_WITH_TIMEOUT(w.chart->segmentCount(QStringLiteral("web")), 2, 5000);
        QVERIFY(w.readHour());
        QTRY_COMPARE_WITH_TIMEOUT(w.chart->segmentCount(QStringLiteral("web")), 2, 5000);
        QVERIFY(!w.chart->shadedSpans().isEmpty()); // the ended pause stays shaded
    }

    void disconnectionBandGrowsDuringTheOutage()
    {
        Window w{freshTarget(QStringLiteral("outageband"))};
        QVERIFY(w.chart != nullptr);
        QTest::qWait(300);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-30);
        w.poll(start, 20);
        QTRY_COMPARE_WITH_TIMEOUT(w.chart->segmentCount(QStringLiteral("web")), 1, 5000);

        const QDateTime down = start.addSecs(21);
        w.chart->setDisconnectedSince(down);
        QCOMPARE(w.chart->gapCount(), 1);
        const qint64 firstEnd = w.chart->shadedSpans().first().second;
        const QDateTime end = w.chart->axisEnd();
        QTRY_VERIFY_WITH_TIMEOUT(w.chart->shadedSpans().first().second > firstEnd + 500, 3000);
        QVERIFY(w.chart->axisEnd() > end);
        QCOMPARE(w.chart->shadedSpans().first().first, down.toMSecsSinceEpoch());
        QVERIFY2(readoutAt(*w.chart, down.addSecs(4).toMSecsSinceEpoch())
                     .contains(QStringLiteral("disconnected")),
            qPrintable(w.chart->readout()));
    }
};

QTEST_MAIN(TestChartGaps)
#include "tst_chartgaps.moc"
