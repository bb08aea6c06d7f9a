// Issue 16 item 5, no silent dead ends in the chart. A history file that cannot be opened
// says why in the chart's title and in the status bar, and the chart still draws the polls
// (it never stays at "waiting for the first samples"). Each live poll reaches the chart as it
// arrives, with no range read of the history file; changing the range reads it.
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
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

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
        const TargetOptions options = unreachable(QStringLiteral("livefeed"));
        const QString path = historyPathOf(options);
        for (const QString& end : {QString{}, QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + end);
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
};

QTEST_MAIN(TestChartFeed)
#include "tst_chartfeed.moc"
