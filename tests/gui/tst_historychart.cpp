// The pool history chart: decimated points go in as min/max pairs, a disconnection breaks
// the line and is shaded, budgets and capacity are drawn, and redraws keep the time axis
// and free what they replace.
#include "gui/chart/HistoryChart.h"
#include "model/BaselineLoader.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPointer>
#include <QTest>

using namespace opsdash;

namespace {

HistoryRange rangeWithGap(qint64 startMs)
{
    HistoryRange range;
    range.bucketMs = 1000;
    HistorySeries web{QStringLiteral("web"), {}};
    for (int i = 0; i < 10; ++i)
        web.points << HistoryPoint{startMs + i * 1000, double(i), double(i + 2), double(i + 1)};
    for (int i = 20; i < 30; ++i)
        web.points << HistoryPoint{startMs + i * 1000, 5, 7, 6};
    range.pools << web;
    range.gaps << HistoryGap{startMs + 10'000, startMs + 19'000, false};
    range.usableSlots
        = HistorySeries{QStringLiteral("usableSlots"), {HistoryPoint{startMs, 197, 197, 197}}};
    return range;
}

int timeAxes(const QChart* chart)
{
    int count = 0;
    for (const QAbstractAxis* axis : chart->axes(Qt::Horizontal))
        count += qobject_cast<const QDateTimeAxis*>(axis) != nullptr ? 1 : 0;
    return count;
}

QStringList seriesNames(const QChart* chart)
{
    QStringList names;
    for (const QAbstractSeries* series : chart->series())
        names << series->name();
    return names;
}

} // namespace

class TestHistoryChart final : public QObject
{
    Q_OBJECT

private slots:
    void gapBreaksTheLineAndIsShaded()
    {
        Result<Baseline> baseline = BaselineLoader::loadDefault();
        QVERIFY(baseline.ok());
        HistoryChart chart{*baseline};
        chart.resize(800, 500);
        chart.show();
        const qint64 start = 1'800'000'000'000;
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
        const QDateTime to = from.addSecs(30);

        for (int redraw = 0; redraw < 2; ++redraw) {
            chart.showRange(rangeWithGap(start), from, to);
            QCOMPARE(timeAxes(chart.chart()), 1);
        }
        const QList<QPointF> points = chart.pointsOf(QStringLiteral("web"));
        QCOMPARE(points.size(), 40); // min and max per bucket
        QCOMPARE(points.at(0), QPointF(double(start), 0.0));
        QCOMPARE(points.at(1), QPointF(double(start) + 500.0, 2.0));
        QCOMPARE(chart.gapCount(), 1);
        QCOMPARE(chart.segmentCount(QStringLiteral("web")), 2); // no line across the disconnection
        int webSeries = 0;
        for (const QAbstractSeries* series : chart.chart()->series())
            webSeries += series->name() == QLatin1String{"web"} ? 1 : 0;
        QCOMPARE(webSeries, 1); // one legend entry per pool, whatever the gaps

        const QStringList names = seriesNames(chart.chart());
        QVERIFY2(names.contains(QStringLiteral("web budget 150")), qPrintable(names.join(u',')));
        QVERIFY2(
            names.contains(QStringLiteral("scheduling budget 50")), qPrintable(names.join(u',')));
        QVERIFY2(names.contains(QStringLiteral("usable 197")), qPrintable(names.join(u',')));
        QVERIFY2(names.contains(QStringLiteral("disconnected")), qPrintable(names.join(u',')));
        QCOMPARE(chart.chart()->animationOptions(), QChart::NoAnimation);
    }

    void redrawFreesTheGapShadesEdges()
    {
        // A gap's shade is an area between two line series the area does not own; the
        // chart redraws every few seconds for hours, so each redraw must free them.
        Result<Baseline> baseline = BaselineLoader::loadDefault();
        QVERIFY(baseline.ok());
        HistoryChart chart{*baseline};
        const qint64 start = 1'800'000'000'000;
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
        chart.showRange(rangeWithGap(start), from, from.addSecs(30));
        QList<QPointer<QLineSeries>> edges;
        for (QAbstractSeries* series : chart.chart()->series()) {
            if (auto* area = qobject_cast<QAreaSeries*>(series))
                edges << area->upperSeries() << area->lowerSeries();
        }
        QCOMPARE(edges.size(), 2);

        chart.showRange(rangeWithGap(start), from, from.addSecs(30));
        for (const QPointer<QLineSeries>& edge : edges)
            QVERIFY(edge.isNull());
    }
};

QTEST_MAIN(TestHistoryChart)
#include "tst_historychart.moc"
