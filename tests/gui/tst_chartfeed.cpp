// Issue 16 item 5, no silent dead ends in the chart. A history file that cannot be opened
// says why in the chart's title and in the status bar, and the chart still draws the polls
// (it never stays at "waiting for the first samples"). Each live poll reaches the chart as it
// arrives, with no range read of the history file; changing the range reads it. A live
// redraw moves the series it already has and draws exactly what a full redraw of the same
// range draws.
#include "PolledSample.h"
#include "gui/chart/HistoryChart.h"
#include "gui/window/MainWindow.h"
#include "history/HistoryPaths.h"
#include "history/HistoryStore.h"
#include "live/LiveTarget.h"
#include "pg/ActivityMonitor.h"
#include "pg/PgConnection.h"
#include "support/DefaultBaseline.h"

#include <QAction>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QValueAxis>

using namespace opsdash;

namespace {

// A poll with `web` postgres.js sessions at `time` (server clock), arriving now.
ActivitySample sampleAt(int web, const QDateTime& time)
{
    ActivitySample sample = polledAt(webPoolRows(web, 30'000), time);
    sample.receivedAt = QDateTime::currentDateTimeUtc();
    return sample;
}

TargetOptions unreachable(const QString& dbname)
{
    TargetOptions options;
    options.hasDatabase = true;
    options.conninfo
        = QStringLiteral("host=127.0.0.1 port=1 dbname=%1 connect_timeout=1").arg(dbname);
    return options;
}

QString historyPathOf(const TargetOptions& options)
{
    return HistoryPaths::defaultPathForTarget(
        PgConnection::describeTarget(options.conninfo.toUtf8(), options.connectionParameters));
}

// `unreachable(dbname)` with no history file of its own yet.
TargetOptions freshTarget(const QString& dbname)
{
    const TargetOptions options = unreachable(dbname);
    const QString path = historyPathOf(options);
    for (const QString& end : {QString{}, QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + end);
    return options;
}

double lastWebCount(const HistoryChart& chart)
{
    const QList<QPointF> points = chart.pointsOf(QStringLiteral("web"));
    return points.isEmpty() ? -1 : points.last().y();
}

qint64 firstWebTime(const HistoryChart& chart)
{
    const QList<QPointF> points = chart.pointsOf(QStringLiteral("web"));
    return points.isEmpty() ? -1 : static_cast<qint64>(points.first().x() + 0.5);
}

// Everything the chart shows, as values: its series (names and points, shadings' edges),
// the pool lines, axes and labels, the title.
QStringList drawing(HistoryChart& chart)
{
    QStringList lines{chart.chart()->title()};
    const auto points = [](const QList<QPointF>& list) {
        QStringList text;
        for (const QPointF& point : list)
            text << QStringLiteral("(%1,%2)").arg(point.x(), 0, 'f', 0).arg(point.y());
        return text.join(u' ');
    };
    for (QAbstractSeries* series : chart.chart()->series()) {
        if (auto* area = qobject_cast<QAreaSeries*>(series))
            lines << QStringLiteral("area %1: %2 / %3")
                         .arg(area->name(), points(area->upperSeries()->points()),
                             points(area->lowerSeries()->points()));
        else if (auto* line = qobject_cast<QLineSeries*>(series))
            lines << QStringLiteral("line %1: %2").arg(line->name(), points(line->points()));
    }
    for (const QString& pool : {QStringLiteral("web"), QStringLiteral("scheduler")}) {
        for (const QPolygonF& segment : chart.segmentsOf(pool))
            lines << QStringLiteral("pool %1: %2").arg(pool, points(segment));
        for (const QPolygonF& segment : chart.segmentsOf(pool, true))
            lines << QStringLiteral("pale %1: %2").arg(pool, points(segment));
    }
    for (const auto& [from, to] : chart.shadedSpans())
        lines << QStringLiteral("shaded %1 %2").arg(from).arg(to);
    lines << QStringLiteral("gaps %1").arg(chart.gapCount());
    for (QAbstractAxis* axis : chart.chart()->axes()) {
        if (auto* labels = qobject_cast<QCategoryAxis*>(axis)) {
            lines << QStringLiteral("time labels %1 from %2 to %3, first from %4")
                         .arg(labels->titleText())
                         .arg(labels->min(), 0, 'f', 0)
                         .arg(labels->max(), 0, 'f', 0)
                         .arg(labels->startValue(labels->categoriesLabels().value(0)), 0, 'f', 0);
            for (const QString& label : labels->categoriesLabels())
                lines << label + QStringLiteral(" at ")
                        + QString::number(labels->endValue(label), 'f', 0);
        } else if (auto* values = qobject_cast<QValueAxis*>(axis)) {
            lines << QStringLiteral("value axis %1 %2 %3")
                         .arg(values->titleText())
                         .arg(values->min())
                         .arg(values->max());
        }
    }
    lines << QStringLiteral("time axis %1 %2")
                 .arg(chart.axisStart().toMSecsSinceEpoch())
                 .arg(chart.axisEnd().toMSecsSinceEpoch());
    return lines;
}

// The chart as painted, once the items of earlier redraws are gone and the layouts its
// changes asked for are done, as the event loop would do; not its timers: the chart's own
// clock must not move it in between.
QImage painted(HistoryChart& chart)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::sendPostedEvents();
    return chart.grab().toImage();
}

} // namespace

class TestChartFeed final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_chartfeed"));
        QSettings{}.clear();
    }

    void historyFileThatCannotBeOpenedSaysWhyInChartAndStatusBar()
    {
        const TargetOptions options = unreachable(QStringLiteral("unopenable"));
        // A directory where the history file should be: SQLite cannot open it.
        const QString path = historyPathOf(options);
        QFile::remove(path);
        QVERIFY(QDir{}.mkpath(path));

        MainWindow window{defaultBaseline(), options};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(QStringLiteral("actionConnect"))->setChecked(false);
        auto* chart = window.findChild<HistoryChart*>(QStringLiteral("historyChart"));
        QVERIFY(chart != nullptr);
        auto* state = window.statusBar()->findChild<QLabel*>(QStringLiteral("historyState"));
        QVERIFY(state != nullptr);

        QTRY_VERIFY_WITH_TIMEOUT(!chart->historyProblem().isEmpty(), 5000);
        QVERIFY2(chart->chart()->title().contains(QStringLiteral("history file unavailable")),
            qPrintable(chart->chart()->title()));
        QTRY_VERIFY_WITH_TIMEOUT(state->isVisible(), 5000);
        QVERIFY2(state->text().contains(QStringLiteral("History file unavailable")),
            qPrintable(state->text()));
        QVERIFY2(!state->toolTip().isEmpty(), "the status bar names the reason in its tooltip");

        // The polls are still drawn, the reason still above them.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-10);
        emit window.monitor()->sampled(sampleAt(4, start));
        QTRY_COMPARE_WITH_TIMEOUT(lastWebCount(*chart), 4.0, 2000);
        emit window.monitor()->sampled(sampleAt(6, start.addSecs(2)));
        QTRY_COMPARE_WITH_TIMEOUT(lastWebCount(*chart), 6.0, 2000);
        QVERIFY2(chart->chart()->title().contains(QStringLiteral("history file unavailable")),
            qPrintable(chart->chart()->title()));
        QVERIFY(!chart->chart()->title().contains(QStringLiteral("waiting for the first samples")));
        QVERIFY(state->isVisible());
        QDir{path}.removeRecursively();
    }

    void eachLiveSampleIsDrawnAsItArrivesWithoutReadingHistory()
    {
        const TargetOptions options = freshTarget(QStringLiteral("livefeed"));
        MainWindow window{defaultBaseline(), options};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(QStringLiteral("actionConnect"))->setChecked(false);
        auto* chart = window.findChild<HistoryChart*>(QStringLiteral("historyChart"));
        QVERIFY(chart != nullptr);
        HistoryStore& history = window.liveTarget()->history();
        QTest::qWait(500); // a read after the refused first connection, if any, lands first

        // The first poll: the chart reads the range from the file, this poll included.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-60);
        QSignalSpy ranges{&history, &HistoryStore::rangeReady};
        emit window.monitor()->sampled(sampleAt(3, start));
        QTRY_COMPARE_WITH_TIMEOUT(lastWebCount(*chart), 3.0, 5000);
        QCOMPARE(ranges.size(), 1);
        QVERIFY(chart->historyProblem().isEmpty());

        // Then every poll is on the chart at once (well under the old 5 s refresh), and
        // none of them reads the file.
        for (int i = 1; i <= 5; ++i) {
            emit window.monitor()->sampled(sampleAt(3 + 2 * i, start.addSecs(2 * i)));
            QTRY_COMPARE_WITH_TIMEOUT(lastWebCount(*chart), 3.0 + 2 * i, 500);
        }
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(chart->gapCount(), 0);
        // Each poll is a bucket of its own (min, max), the last at the last poll's time.
        const QList<QPointF> points = chart->pointsOf(QStringLiteral("web"));
        QCOMPARE(points.size(), 12);
        QCOMPARE(static_cast<qint64>(points.at(points.size() - 2).x()),
            start.addSecs(10).toMSecsSinceEpoch());

        // A new range reads the file again, and the polls so far are in it.
        auto* range = window.findChild<QComboBox*>(QStringLiteral("rangeBox"));
        range->setCurrentIndex(range->findData(3600));
        QTRY_COMPARE_WITH_TIMEOUT(ranges.size(), 2, 5000);
        QCOMPARE(chart->rangeSeconds(), 3600);
        QTRY_COMPARE_WITH_TIMEOUT(lastWebCount(*chart), 13.0, 2000);
        QCOMPARE(firstWebTime(*chart) / 1000, start.toMSecsSinceEpoch() / 1000);
    }

    // Compares the chart as the live samples left it with a full redraw of the same range
    // (every series and axis built again): values and pixels. `moved`: the series of the
    // last full build survived, so the live path was taken.
    static void compareWithFullRedraw(HistoryChart& chart, const QString& when)
    {
        const QStringList live = drawing(chart);
        const QImage livePicture = painted(chart);
        chart.showRange(chart.shownRange(), chart.axisStart(), chart.axisEnd());
        const QStringList full = drawing(chart);
        const QImage fullPicture = painted(chart);
        for (qsizetype i = 0; i < std::max(live.size(), full.size()); ++i)
            QVERIFY2(live.value(i) == full.value(i),
                qPrintable(QStringLiteral("%1: live \"%2\", full \"%3\"")
                               .arg(when, live.value(i), full.value(i))));
        QCOMPARE(livePicture.size(), fullPicture.size());
        if (livePicture != fullPicture) {
            livePicture.save(QDir::temp().filePath(QStringLiteral("chartfeed-live.png")));
            fullPicture.save(QDir::temp().filePath(QStringLiteral("chartfeed-full.png")));
            QFAIL(
                qPrintable(when + QStringLiteral(": the pictures differ (saved to the temp dir)")));
        }
    }

    static QList<QPointer<QAbstractSeries>> seriesOf(HistoryChart& chart)
    {
        QList<QPointer<QAbstractSeries>> all;
        for (QAbstractSeries* series : chart.chart()->series())
            all << series;
        return all;
    }

    static bool allAlive(const QList<QPointer<QAbstractSeries>>& series)
    {
        return std::all_of(series.cbegin(), series.cend(),
            [](const QPointer<QAbstractSeries>& one) { return !one.isNull(); });
    }

    void liveRedrawsDrawWhatAFullRedrawOfTheSameRangeDraws()
    {
        const TargetOptions options = freshTarget(QStringLiteral("livemoves"));
        MainWindow window{defaultBaseline(), options};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(QStringLiteral("actionConnect"))->setChecked(false);
        auto* chart = window.findChild<HistoryChart*>(QStringLiteral("historyChart"));
        QVERIFY(chart != nullptr);

        // Server times off the whole second, as real ones are; 4 minutes of polls 2 s apart,
        // so the time labels change on the way.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-300).addMSecs(337);
        emit window.monitor()->sampled(sampleAt(20, start));
        QTRY_COMPARE_WITH_TIMEOUT(lastWebCount(*chart), 20.0, 5000);
        int web = 20;
        const auto poll = [&](int s, int count) {
            web = count;
            emit window.monitor()->sampled(sampleAt(count, start.addSecs(s)));
        };
        // Values inside the drawn band first: no line moves but the range slides.
        for (int s = 2; s <= 20; s += 2)
            poll(s, 20);
        // Then changing within the count axis: the series stay, their points move.
        poll(22, 12);
        const QList<QPointer<QAbstractSeries>> built = seriesOf(*chart);
        QVERIFY(built.size() > 1);
        for (int s = 24; s <= 150; s += 2)
            poll(s, 10 + (s / 2) % 9);
        QVERIFY2(allAlive(built), "a live sample built the series again");
        QCOMPARE(lastWebCount(*chart), double(web));
        compareWithFullRedraw(*chart, QStringLiteral("live samples"));
        if (QTest::currentTestFailed())
            return;

        // A poll late by more than 2.5 intervals breaks the line; still the same series.
        const QList<QPointer<QAbstractSeries>> again = seriesOf(*chart);
        poll(160, 14);
        poll(162, 15);
        QVERIFY2(allAlive(again), "a broken line built the series again");
        QCOMPARE(chart->segmentCount(QStringLiteral("web")), 2);
        compareWithFullRedraw(*chart, QStringLiteral("a broken line"));
        if (QTest::currentTestFailed())
            return;

        // Paused: the shade appears (a new series), then grows with the clock.
        chart->setPausedSince(start.addSecs(163));
        QVERIFY(!chart->shadedSpans().isEmpty());
        const QList<QPointer<QAbstractSeries>> paused = seriesOf(*chart);
        const qint64 shadedTo = chart->shadedSpans().last().second;
        QTRY_VERIFY_WITH_TIMEOUT(chart->shadedSpans().last().second > shadedTo, 5000);
        QVERIFY2(allAlive(paused), "the growing shade built the series again");
        compareWithFullRedraw(*chart, QStringLiteral("paused"));
        if (QTest::currentTestFailed())
            return;
        chart->setPausedSince({});
    }
};

QTEST_MAIN(TestChartFeed)
#include "tst_chartfeed.moc"
