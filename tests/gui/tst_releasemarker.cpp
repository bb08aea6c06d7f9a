// "Mark release": the dialog records one annotation in the target's history and the events
// panel, the chart draws it as a labelled marker at its time (and names it under the
// cursor), it is still there after the history file is reopened, and it leaves the chart
// when the selected range no longer covers it. The target is an unreachable server: the
// history file and the chart work without samples, and no database is needed.
#include "evidence/EvidenceCollector.h"
#include "gui/chart/HistoryChart.h"
#include "gui/chart/MarkReleaseDialog.h"
#include "gui/chart/ReleaseMarker.h"
#include "gui/events/EventsModel.h"
#include "gui/events/EventsPanel.h"
#include "gui/evidence/EvidenceCapture.h"
#include "gui/window/MainWindow.h"
#include "history/HistoryPaths.h"
#include "live/LiveTarget.h"
#include "pg/PgConnection.h"
#include "support/DefaultBaseline.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

using namespace opsdash;

namespace {

TargetOptions unreachableTarget()
{
    TargetOptions options;
    options.hasDatabase = true;
    options.conninfo
        = QStringLiteral("host=127.0.0.1 port=1 dbname=releasemarker connect_timeout=2");
    return options;
}

int annotationsIn(const EventsModel& model)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        count += model.alert(row).kind == AlertKind::Annotation ? 1 : 0;
    return count;
}

QList<HistoryEvent> historyAnnotations(MainWindow& window, const QDateTime& around)
{
    HistoryStore& store = window.liveTarget()->history();
    QSignalSpy ready{&store, &HistoryStore::rangeReady};
    const quint64 id = store.requestRange(around.addSecs(-7200), around.addSecs(7200), 10);
    QList<HistoryEvent> found;
    for (int waits = 0; waits < 20 && found.isEmpty(); ++waits) {
        if (ready.isEmpty() && !ready.wait(3000))
            continue;
        while (!ready.isEmpty()) {
            const QList<QVariant> arguments = ready.takeFirst();
            if (arguments.at(0).toULongLong() != id)
                continue;
            for (const HistoryEvent& event : arguments.at(1).value<HistoryRange>().events) {
                if (HistoryChart::isAnnotation(event.kind))
                    found << event;
            }
            return found;
        }
    }
    return found;
}

// The marker's x in the view, and a mouse move there.
QString hoverOnMarker(HistoryChart& chart, const QString& label)
{
    for (QAbstractSeries* series : chart.chart()->series()) {
        auto* line = qobject_cast<QLineSeries*>(series);
        if (line == nullptr || line->name() != label || line->count() != 2)
            continue;
        const QRectF plot = chart.chart()->plotArea();
        QPointF inChart = chart.chart()->mapToPosition(line->at(0), line);
        inChart.setY(plot.center().y());
        const QPoint at = chart.mapFromScene(chart.chart()->mapToScene(inChart));
        QMouseEvent move{QEvent::MouseMove, at, chart.viewport()->mapToGlobal(at), Qt::NoButton,
            Qt::NoButton, Qt::NoModifier};
        QCoreApplication::sendEvent(chart.viewport(), &move);
        return chart.readout();
    }
    return QStringLiteral("<no marker line named %1>").arg(label);
}

bool hasMarker(const HistoryChart& chart, const QString& label, qint64 time)
{
    for (const HistoryChart::Marker& marker : chart.markers()) {
        if (marker.label == label && marker.time == time)
            return true;
    }
    return false;
}

} // namespace

class TestReleaseMarker final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_releasemarker"));
        QSettings{}.clear();
        // A fresh history file: the test counts what it marks.
        const TargetOptions options = unreachableTarget();
        const QString path = HistoryPaths::defaultPathForTarget(
            PgConnection::describeTarget(options.conninfo.toUtf8(), options.connectionParameters));
        for (const QString& suffix : {QString{}, QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }

    void markingRecordsOneAnnotationDrawnAtItsTime()
    {
        qint64 markedAt = 0;
        {
            MainWindow window{defaultBaseline(), unreachableTarget()};
            window.resize(1280, 720);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* action = window.findChild<QAction*>(QStringLiteral("actionMarkRelease"));
            QVERIFY(action != nullptr);
            QVERIFY(action->isEnabled());
            QCOMPARE(action->shortcut(), QKeySequence::fromString(QStringLiteral("Ctrl+M")));
            auto* toolbar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
            QVERIFY(toolbar->actions().contains(action));
            QVERIFY(toolbar->actions().contains(window.evidenceCapture()->action()));

            auto* marker = window.findChild<ReleaseMarker*>();
            QSignalSpy marked{marker, &ReleaseMarker::marked};
            QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
            MarkReleaseDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<MarkReleaseDialog*>()) != nullptr
                && dialog->isVisible());
            const QString proposed = dialog->label();
            QVERIFY2(proposed.startsWith(QStringLiteral("release ")), qPrintable(proposed));
            QCOMPARE(proposed.size(), QStringLiteral("release HH:MM").size());
            auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("labelEdit"));
            auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                           ->button(QDialogButtonBox::Ok);
            edit->clear();
            QVERIFY(!ok->isEnabled()); // a blank label marks nothing
            QTest::keyClicks(edit, QStringLiteral("release 2.4.1"));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
            QCOMPARE(marked.size(), 1);
            const Alert annotation = marked.at(0).at(0).value<Alert>();
            QCOMPARE(annotation.message, QStringLiteral("release 2.4.1"));
            markedAt = annotation.time.toMSecsSinceEpoch();

            // Exactly one event, in the panel and in the history file.
            QCOMPARE(annotationsIn(*window.eventsPanel()->model()), 1);
            const QList<HistoryEvent> stored = historyAnnotations(window, annotation.time);
            QCOMPARE(stored.size(), 1);
            QCOMPARE(stored.at(0).message, QStringLiteral("release 2.4.1"));
            QCOMPARE(stored.at(0).time.toMSecsSinceEpoch(), markedAt);

            // A vertical marker at that time, named under the cursor.
            auto* chart = window.findChild<HistoryChart*>(QStringLiteral("historyChart"));
            QTRY_VERIFY_WITH_TIMEOUT(
                hasMarker(*chart, QStringLiteral("release 2.4.1"), markedAt), 10000);
            QCOMPARE(chart->markers().size(), 1);
            QTRY_VERIFY2(hoverOnMarker(*chart, QStringLiteral("release 2.4.1"))
                             .contains(QStringLiteral("annotation “release 2.4.1”")),
                qPrintable(chart->readout()));

            // The evidence report of this window lists it with the window's events.
            const EvidenceReport report = window.evidenceCapture()->collector().report(
                EvidenceCollector::Inputs{}, QDateTime::currentDateTimeUtc());
            bool inReport = false;
            for (const EvidenceReport::Event& event : report.events)
                inReport |= event.kind == QLatin1String{"annotation"}
                    && event.message == QLatin1String{"release 2.4.1"};
            QVERIFY(inReport);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QVERIFY(
                window.grab().save(QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/release-marker.png")));
        } // the window, its target and the history file close

        MainWindow reopened{defaultBaseline(), unreachableTarget()};
        reopened.resize(1280, 720);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        auto* chart = reopened.findChild<HistoryChart*>(QStringLiteral("historyChart"));
        QTRY_VERIFY_WITH_TIMEOUT(
            hasMarker(*chart, QStringLiteral("release 2.4.1"), markedAt), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(annotationsIn(*reopened.eventsPanel()->model()), 1, 10000);
    }

    void markerLeavesTheChartWhenTheRangeNoLongerCoversIt()
    {
        MainWindow window{defaultBaseline(), unreachableTarget()};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* chart = window.findChild<HistoryChart*>(QStringLiteral("historyChart"));
        auto* range = window.findChild<QComboBox*>(QStringLiteral("rangeBox"));
        auto* marker = window.findChild<ReleaseMarker*>();
        range->setCurrentIndex(range->findData(3600)); // last 1 h

        const QDateTime halfAnHourAgo = marker->serverNow().addSecs(-1800);
        marker->mark(QStringLiteral("hotfix 2.4.2"), halfAnHourAgo);
        const qint64 at = halfAnHourAgo.toMSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(hasMarker(*chart, QStringLiteral("hotfix 2.4.2"), at), 10000);

        range->setCurrentIndex(range->findData(15 * 60)); // last 15 min: 30 min ago is out
        QTRY_VERIFY_WITH_TIMEOUT(!hasMarker(*chart, QStringLiteral("hotfix 2.4.2"), at), 10000);
        for (QAbstractSeries* series : chart->chart()->series())
            QVERIFY(series->name() != QLatin1String{"hotfix 2.4.2"});

        range->setCurrentIndex(range->findData(6 * 3600)); // widened again: read back
        QTRY_VERIFY_WITH_TIMEOUT(hasMarker(*chart, QStringLiteral("hotfix 2.4.2"), at), 10000);
    }
};

QTEST_MAIN(TestReleaseMarker)
#include "tst_releasemarker.moc"
