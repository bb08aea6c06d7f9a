#pragma once

#include "history/HistoryTypes.h"
#include "model/Baseline.h"

#include <QChartView>
#include <QDateTime>
#include <QHash>

class QDateTimeAxis;
class QValueAxis;
class QLineSeries;
class QLabel;

namespace opsdash {

class PoolLinesItem;

// Sessions per pool over time from the history store: one line per pool (broken where the
// monitor was disconnected, the gap shaded), dashed lines at each budget and at usable
// capacity, release annotations as labelled vertical markers, and a read-out of the values
// (and the annotation) under the cursor. Points arrive decimated to
// min/max per bucket and are handed over with replace(); no animations.
class HistoryChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryChart)

public:
    explicit HistoryChart(const Baseline& baseline, QWidget* parent = nullptr);
    ~HistoryChart() override;

    void showRange(const HistoryRange& range, const QDateTime& from, const QDateTime& to);
    void showMessage(const QString& message);

    // An annotation event of the range ("annotation" or "annotation.<severity>").
    struct Marker
    {
        qint64 time{0}; // ms since epoch, server clock
        QString label;
    };
    QList<Marker> markers() const;
    static bool isAnnotation(const QString& eventKind);

    // For tests: the points of a pool's line segments, and the read-out text.
    QList<QPointF> pointsOf(const QString& pool) const;
    int segmentCount(const QString& pool) const;
    int gapCount() const { return m_gapCount; }
    QString readout() const;

protected:
    void changeEvent(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QLineSeries* addLine(
        const QString& name, const QColor& colour, Qt::PenStyle style, bool legend);
    void createAxes();
    void clearSeries();
    void addMarkers(const QList<HistoryEvent>& events);
    // Chart theme, background and read-out follow the widget palette (light or dark).
    void followPalette();
    // The pool lines follow the plot area and both axes' ranges.
    void updateLineMapping();

    Baseline m_baseline;
    QDateTimeAxis* m_timeAxis{nullptr};
    QValueAxis* m_countAxis{nullptr};
    QLabel* m_readout{nullptr};
    PoolLinesItem* m_lines{nullptr}; // owned by the chart
    QHash<QString, QLineSeries*> m_poolLegend; // colour and name only, no points
    QList<std::pair<Marker, QLineSeries*>> m_markers;
    HistoryRange m_range;
    QDateTime m_from;
    QDateTime m_to;
    QString m_message; // shown instead of a range when not empty
    bool m_dark{false};
    bool m_dense{false}; // about a bucket per pixel column: thin lines, no antialiasing
    int m_gapCount{0};
};

} // namespace opsdash
