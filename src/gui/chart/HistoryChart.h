#pragma once

#include "gui/chart/PoolLinesItem.h"
#include "history/HistoryTypes.h"
#include "model/Baseline.h"

#include <QChartView>
#include <QDateTime>
#include <QHash>
#include <QPointer>

#include <optional>

class QAreaSeries;
class QCategoryAxis;
class QDateTimeAxis;
class QValueAxis;
class QLineSeries;
class QLabel;

namespace opsdash {

class ClockTimer;
class LiveTarget;
struct ActivitySample;

// Connections (server backends) per pool over time from the history store: one line per pool
// (broken where the monitor was disconnected, the gap shaded), dashed lines at each budget and at
// usable capacity, release annotations as labelled vertical markers, and a read-out of the values
// (and the annotation) under the cursor. Points arrive decimated to
// min/max per bucket and are handed over with replace(); no animations.
//
// Given a LiveTarget it follows it: each sample is drawn as it arrives (merged into the last
// bucket or starting a new one, the range sliding with it); the history file is read only
// when the range changes, on the first sample and around a disconnection (to draw the gap).
// A live redraw that needs the same series as the last drawing (same legend, budget and
// capacity lines, shadings, markers and count axis) moves them instead of building them
// again: building the series and axes was most of a window tick (docs/gui.md, Measured).
// A history file that cannot be opened or read says why in the title, live samples still
// drawn below it.
class HistoryChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryChart)

public:
    explicit HistoryChart(const Baseline& baseline, QWidget* parent = nullptr);
    ~HistoryChart() override;

    // Follows `target` (null: none) until the next call; it must outlive that or be
    // replaced before it goes.
    void setTarget(LiveTarget* target);
    // The visible time span, ending at the latest sample's server time.
    void setRangeSeconds(int seconds);
    int rangeSeconds() const { return m_rangeSeconds; }
    // Reads the current range from the history file again (an annotation was written).
    void reloadHistory();
    // Why the history file cannot be opened, written or read; empty while it works.
    QString historyProblem() const { return m_historyProblem; }

    // While monitoring is paused, or the connection is down, since `since` (UTC; invalid:
    // no more): the time axis keeps moving with the clock and the span is shaded as it
    // grows. A paused span stays shaded after the resume while it is in range.
    void setPausedSince(const QDateTime& since);
    void setDisconnectedSince(const QDateTime& since);
    QDateTime pausedSince() const { return m_pausedSince; }
    QDateTime disconnectedSince() const { return m_disconnectedSince; }
    // The poll interval in force, which decides where a line breaks (a target's own
    // interval is followed on every sample).
    void setPollInterval(qint64 intervalMs);
    qint64 pollInterval() const { return m_intervalMs; }

    void showRange(const HistoryRange& range, const QDateTime& from, const QDateTime& to);
    void showMessage(const QString& message);

    // An annotation event of the range ("annotation" or "annotation.<severity>").
    struct Marker
    {
        qint64 time{0}; // ms since epoch, server clock
        QString label;
        friend bool operator==(const Marker&, const Marker&) = default;
    };
    QList<Marker> markers() const;
    static bool isAnnotation(const QString& eventKind);

    // For tests: the points of a pool's line segments, and the read-out text.
    QList<QPointF> pointsOf(const QString& pool) const;
    // A pool's line pieces in time order; `partialOnly`: only the pale, partly seen ones.
    QList<QPolygonF> segmentsOf(const QString& pool, bool partialOnly = false) const;
    int segmentCount(const QString& pool) const;
    int gapCount() const { return m_gapCount; }
    // Shaded spans (disconnected, paused) as drawn: [from, to] in ms, server clock.
    QList<std::pair<qint64, qint64>> shadedSpans() const { return m_shaded; }
    QDateTime axisStart() const;
    QDateTime axisEnd() const;
    // The range as drawn, live samples included: showRange(shownRange(), axisStart(),
    // axisEnd()) draws it again from scratch.
    HistoryRange shownRange() const { return m_range; }
    QString readout() const;

protected:
    void changeEvent(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    // Everything a drawing of a range is made of, worked out before anything is drawn.
    struct Shade
    {
        qint64 from{0};
        qint64 to{0};
        QString name;
        QColor colour;
        bool inLegend{false};
    };
    struct Scene
    {
        QString title;
        double top{10}; // the count axis' top before nice numbers
        bool dense{false};
        QList<std::pair<QString, QColor>> legend; // the pools with a line
        QList<PoolLinesItem::Line> lines; // pale ones first
        QHash<QString, QList<std::pair<qint64, qint64>>> drawn;
        struct Horizontal
        {
            QString name;
            double value{0};
            QColor colour;
            friend bool operator==(const Horizontal&, const Horizontal&) = default;
        };
        QList<Horizontal> horizontals; // budgets, then usable capacity
        QList<Shade> shades;
        QList<Marker> markers;
        int gaps{0}; // of the shades, the disconnections (the first ones)
        // The same series, axes and legend: only the time range, the pool lines and the
        // shadings' ends differ.
        bool sameSeriesAs(const Scene& other) const;
    };
    Scene sceneOf(const HistoryRange& range, const QDateTime& from, const QDateTime& to) const;
    // Builds every series and axis of `scene` afresh.
    void build(const Scene& scene, const QDateTime& from, const QDateTime& to);
    // Moves the series of the last build to `scene` (sameSeriesAs that build's).
    void move(const Scene& scene, const QDateTime& from, const QDateTime& to);
    QLineSeries* addLine(
        const QString& name, const QColor& colour, Qt::PenStyle style, bool legend);
    void createAxes();
    void clearSeries();
    void addMarkers(const QList<Marker>& markers);
    void addShade(const Shade& shade);
    // The shade's edges at [from, to], full height; recorded in m_shaded.
    void placeShade(QAreaSeries* area, qint64 from, qint64 to);
    // Chart theme, background and read-out follow the widget palette (light or dark).
    void followPalette();
    // The pool lines follow the plot area and both axes' ranges.
    void updateLineMapping();
    // The time labels in the window's time zone (TimeDisplay): QDateTimeAxis can only show
    // local time, so it maps the series, hidden, and a category axis beside it carries the
    // grid and the labels at round times of the chosen zone.
    void updateTimeLabels();
    void onSample(const ActivitySample& sample);
    void onRangeReady(quint64 id, const HistoryRange& range);
    void showHistoryProblem(const QString& problem);
    bool appendLive(const HistoryTick& tick); // true: a line changed
    bool drawnAt(const QString& pool, qint64 t) const;
    // Slides the range to end at `to`; true when a drawn line lost points.
    bool slideTo(qint64 to);
    // The axis follows the clock while paused or disconnected.
    void advance();
    void followClock();
    qint64 serverNow() const;
    bool insidePaused(qint64 t) const;
    void redrawLive();
    QString title(const HistoryRange& range) const;

    Baseline m_baseline;
    QDateTimeAxis* m_timeAxis{nullptr};
    QCategoryAxis* m_timeLabels{nullptr};
    QValueAxis* m_countAxis{nullptr};
    QLabel* m_readout{nullptr};
    PoolLinesItem* m_lines{nullptr}; // owned by the chart
    QHash<QString, QLineSeries*> m_poolLegend; // colour and name only, no points
    QList<std::pair<Marker, QLineSeries*>> m_markers;
    QList<QLineSeries*> m_horizontals; // as Scene::horizontals
    QList<QAreaSeries*> m_shades; // as Scene::shades
    std::optional<Scene> m_built; // what the series were last built for; none: nothing
    HistoryRange m_range;
    QDateTime m_from;
    QDateTime m_to;
    QString m_message; // shown instead of a range when not empty
    bool m_dark{false};
    bool m_dense{false}; // about a bucket per pixel column: thin lines, no antialiasing
    int m_gapCount{0};
    // The poll interval in force: what decides where a line breaks.
    qint64 m_intervalMs{2000};
    // Per pool, the stretches [from, to] its line covers (ms, server clock).
    QHash<QString, QList<std::pair<qint64, qint64>>> m_drawn;
    QList<std::pair<qint64, qint64>> m_shaded;
    QDateTime m_pausedSince;
    QDateTime m_disconnectedSince;
    QList<std::pair<qint64, qint64>> m_pausedSpans; // ended pauses, server clock
    qint64 m_clockSkewMs{0}; // server clock minus desktop clock, from the latest sample
    ClockTimer* m_clock{nullptr};

    QPointer<LiveTarget> m_target;
    int m_rangeSeconds{15 * 60};
    quint64 m_pendingRange{0}; // the range read whose answer is awaited; 0: none
    QList<HistoryTick> m_sinceRequest; // samples that arrived after the pending read began
    qint64 m_lastTickMs{0}; // server clock of the latest sample; 0: none yet
    QDateTime m_requestFrom; // the pending read's range
    QDateTime m_requestTo;
    QString m_historyProblem;
};

} // namespace opsdash
