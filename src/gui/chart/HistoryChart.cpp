#include "gui/chart/HistoryChart.h"

#include "clock/Clock.h"
#include "clock/ClockTimer.h"
#include "gui/chart/PoolLinesItem.h"
#include "gui/common/Palette.h"
#include "gui/common/Theme.h"
#include "gui/common/TimeDisplay.h"
#include "history/HistoryStore.h"
#include "live/LiveTarget.h"
#include "pg/ActivityMonitor.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>

#include <array>

namespace opsdash {

namespace {

// Qt Charts 6.4 puts its line and area series at z 4 and axes with their grid at z 3
// (children of the chart, as this item is): between the two, as the series added first.
constexpr qreal PoolLinesZValue = 3.5;

QColor poolColour(int index)
{
    static const QColor colours[]
        = {QColor{0x1f, 0x77, 0xb4}, QColor{0x2c, 0xa0, 0x2c}, QColor{0x94, 0x67, 0xbd},
            QColor{0x8c, 0x56, 0x4b}, QColor{0xe3, 0x77, 0xc2}, QColor{0x7f, 0x7f, 0x7f}};
    return colours[index % 6];
}

bool insideGap(qint64 t, const QList<HistoryGap>& gaps)
{
    for (const HistoryGap& gap : gaps) {
        if (t >= gap.from && t <= gap.to)
            return true;
    }
    return false;
}

// A recorded disconnection that began after one point and before the next: the line breaks
// there even when the polls on either side were close.
bool gapBetween(qint64 before, qint64 after, const QList<HistoryGap>& gaps)
{
    for (const HistoryGap& gap : gaps) {
        if (gap.from >= before && gap.from <= after)
            return true;
    }
    return false;
}

} // namespace

HistoryChart::HistoryChart(const Baseline& baseline, QWidget* parent)
    : QChartView{new QChart, parent}
    , m_baseline{baseline}
    , m_readout{new QLabel{this}}
    , m_clock{new ClockTimer{this}}
{
    setObjectName(QStringLiteral("historyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setTitle(tr("Connections per pool"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    createAxes();
    m_lines = new PoolLinesItem{chart()};
    // Under the series Qt Charts draws (budget lines, gap shading, markers), as the pool
    // lines were when they were series added first.
    m_lines->setZValue(PoolLinesZValue);
    connect(chart(), &QChart::plotAreaChanged, this, &HistoryChart::updateLineMapping);
    connect(&TimeDisplay::instance(), &TimeDisplay::changed, this, &HistoryChart::updateTimeLabels);
    m_readout->setObjectName(QStringLiteral("chartReadout"));
    m_readout->hide();
    m_clock->setInterval(1000);
    connect(m_clock, &ClockTimer::timeout, this, &HistoryChart::advance);
    followPalette();
    setMinimumSize(320, 240);
}

HistoryChart::~HistoryChart() = default;

QLineSeries* HistoryChart::addLine(
    const QString& name, const QColor& colour, Qt::PenStyle style, bool legend)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen{colour, style == Qt::SolidLine ? 2.0 : 1.5, style};
    if (m_dense && style == Qt::SolidLine) {
        // A band of min/max pairs: one-pixel lines paint it about twice as fast as two.
        pen.setWidthF(1.0);
        pen.setCosmetic(true);
    }
    series->setPen(pen);
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_countAxis);
    if (!legend) {
        for (QLegendMarker* marker : chart()->legend()->markers(series))
            marker->setVisible(false);
    }
    return series;
}

void HistoryChart::createAxes()
{
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setVisible(false); // maps the series; m_timeLabels shows the times
    // Hidden, it still lays out a label per tick on every slide: as few as it allows.
    m_timeAxis->setTickCount(2);
    m_timeLabels = new QCategoryAxis;
    m_timeLabels->setObjectName(QStringLiteral("chartTimeLabels"));
    m_timeLabels->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_countAxis = new QValueAxis;
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTitleText(tr("connections"));
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_timeLabels, Qt::AlignBottom);
    chart()->addAxis(m_countAxis, Qt::AlignLeft);
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, &HistoryChart::updateLineMapping);
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, &HistoryChart::updateTimeLabels);
    updateTimeLabels();
    connect(m_countAxis, &QValueAxis::rangeChanged, this, &HistoryChart::updateLineMapping);
}

void HistoryChart::updateLineMapping()
{
    if (m_lines == nullptr || m_timeAxis == nullptr || m_countAxis == nullptr)
        return;
    m_lines->setMapping(chart()->plotArea(),
        static_cast<double>(m_timeAxis->min().toMSecsSinceEpoch()),
        static_cast<double>(m_timeAxis->max().toMSecsSinceEpoch()), m_countAxis->min(),
        m_countAxis->max());
}

void HistoryChart::updateTimeLabels()
{
    if (m_timeAxis == nullptr || m_timeLabels == nullptr)
        return;
    const DisplayZone& zone = TimeDisplay::zone();
    const QString title = tr("time (%1)").arg(zone.name(m_timeAxis->max()));
    if (m_timeLabels->titleText() != title)
        m_timeLabels->setTitleText(title);
    const qint64 from = m_timeAxis->min().toMSecsSinceEpoch();
    const qint64 to = m_timeAxis->max().toMSecsSinceEpoch();
    QList<std::pair<QString, double>> labels;
    if (to > from) {
        // About one label per 110 px, at round times of the shown zone (its offset included:
        // +05:45 puts the hours at :45 in UTC).
        constexpr qint64 minute = 60'000;
        constexpr std::array<qint64, 14> steps{minute, 2 * minute, 5 * minute, 10 * minute,
            15 * minute, 30 * minute, 60 * minute, 120 * minute, 180 * minute, 360 * minute,
            720 * minute, 1440 * minute, 2880 * minute, 10080 * minute};
        const int wanted = std::max(2, static_cast<int>(chart()->plotArea().width() / 110));
        qint64 step = steps.back();
        for (const qint64 candidate : steps) {
            if ((to - from) / candidate <= wanted) {
                step = candidate;
                break;
            }
        }
        const qint64 offset = zone.convert(m_timeAxis->min()).offsetFromUtc() * 1000LL;
        const bool days = to - from >= 24 * 3600 * 1000LL; // HH:mm alone would repeat
        for (qint64 t = ((from + offset + step - 1) / step) * step - offset; t <= to; t += step) {
            if (t == from)
                continue; // QCategoryAxis takes no category that ends where it starts
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
            labels.append({days ? zone.convert(at).toString(QStringLiteral("dd.MM HH:mm"))
                                : zone.format(at, DisplayZone::Style::ShortTime),
                static_cast<double>(t)});
        }
    }
    // The axis slides with every poll, its labels stay the same for minutes: new label items
    // (and with them a layout of the whole chart) only when they change. The first category
    // still starts at the range's start (a tick there), set before the range so that the
    // range change places it; its categoriesChanged() would lay out the chart again.
    const QStringList shown = m_timeLabels->categoriesLabels();
    const bool same = std::equal(shown.cbegin(), shown.cend(), labels.cbegin(), labels.cend(),
        [this](const QString& label, const std::pair<QString, double>& wanted) {
            return label == wanted.first && m_timeLabels->endValue(label) == wanted.second;
        });
    if (same) {
        {
            const QSignalBlocker quiet{m_timeLabels};
            m_timeLabels->setStartValue(static_cast<double>(from));
        }
        m_timeLabels->setRange(static_cast<double>(from), static_cast<double>(to));
        return;
    }
    m_timeLabels->setRange(static_cast<double>(from), static_cast<double>(to));
    for (const QString& label : shown)
        m_timeLabels->remove(label);
    m_timeLabels->setStartValue(static_cast<double>(from));
    for (const auto& [label, t] : labels)
        m_timeLabels->append(label, t);
}

void HistoryChart::clearSeries()
{
    // Qt Charts 6.4 drops a date-time axis whose series were all removed; fresh axes for
    // every redraw keep the chart's state simple.
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    createAxes();
    if (m_lines != nullptr)
        m_lines->clear();
    m_poolLegend.clear();
    m_markers.clear();
    m_horizontals.clear();
    m_shades.clear();
    m_built.reset();
    m_gapCount = 0;
}

void HistoryChart::followPalette()
{
    const bool dark = Theme::isDark(palette());
    const QString readoutStyle = dark
        ? QStringLiteral("QLabel { background: rgba(30,32,35,230); color: #e6e8ea; padding: 3px; }")
        : QStringLiteral(
            "QLabel { background: rgba(255,255,255,220); color: black; padding: 3px; }");
    m_readout->setStyleSheet(readoutStyle);
    // setTheme() restyles everything, series included: draw the content again after it.
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_dark = dark;
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->setBackgroundRoundness(0);
    setBackgroundBrush(palette().color(QPalette::Window));
    if (!m_message.isEmpty())
        showMessage(m_message);
    else if (m_from.isValid())
        showRange(m_range, m_from, m_to);
}

void HistoryChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && Theme::isDark(palette()) != m_dark)
        followPalette();
}

void HistoryChart::showMessage(const QString& message)
{
    m_message = message;
    clearSeries();
    chart()->setTitle(message);
}

QString HistoryChart::title(const HistoryRange& range) const
{
    if (!m_historyProblem.isEmpty())
        return tr("Connections per pool — %1").arg(m_historyProblem);
    return range.pools.isEmpty() ? tr("Connections per pool — no history in this range yet")
                                 : tr("Connections per pool");
}

void HistoryChart::setTarget(LiveTarget* target)
{
    if (m_target != nullptr) {
        disconnect(m_target, nullptr, this, nullptr);
        disconnect(&m_target->history(), nullptr, this, nullptr);
        disconnect(&m_target->monitor(), nullptr, this, nullptr);
    }
    m_target = target;
    // Another target's pause or outage is not this one's.
    m_disconnectedSince = {};
    m_pausedSince = {};
    m_pausedSpans.clear();
    m_clock->stop();
    m_pendingRange = 0;
    m_sinceRequest.clear();
    m_lastTickMs = 0;
    m_historyProblem.clear();
    m_range = {};
    m_from = {};
    m_to = {};
    if (target == nullptr) {
        showMessage(tr("Connections per pool — no target"));
        return;
    }
    connect(target, &LiveTarget::sampled, this, &HistoryChart::onSample);
    connect(target, &LiveTarget::historyUnavailable, this, [this](const Error& error) {
        showHistoryProblem(tr("history file unavailable: %1").arg(error.message));
    });
    connect(target, &LiveTarget::rangeReady, this, &HistoryChart::onRangeReady);
    connect(target, &LiveTarget::rangeFailed, this, [this](quint64 id, const Error& error) {
        if (id != m_pendingRange)
            return;
        m_pendingRange = 0;
        const QList<HistoryTick> waiting = std::exchange(m_sinceRequest, {});
        for (const HistoryTick& tick : waiting)
            appendLive(tick);
        // A file that could not be opened cannot be read either: that reason says more.
        if (m_target != nullptr && m_target->prometheus() != nullptr)
            showHistoryProblem(tr("Prometheus range cannot be read: %1").arg(error.message));
        else
            showHistoryProblem(m_historyProblem.isEmpty()
                    ? tr("history file cannot be read: %1").arg(error.message)
                    : m_historyProblem);
    });
    HistoryStore* history = &target->history();
    // A write that goes through again: the file works.
    const auto working = [this] {
        if (m_historyProblem.isEmpty())
            return;
        m_historyProblem.clear();
        reloadHistory();
    };
    connect(history, &HistoryStore::flushed, this, working);
    connect(history, &HistoryStore::writesResumed, this, working);
    // The store records the disconnection and the reconnection: read again to draw the gap.
    connect(&target->monitor(), &ActivityMonitor::disconnected, this, &HistoryChart::reloadHistory);
    connect(&target->monitor(), &ActivityMonitor::reconnected, this, &HistoryChart::reloadHistory);
    showMessage(tr("Connections per pool — waiting for the first samples"));
}

void HistoryChart::setRangeSeconds(int seconds)
{
    if (seconds <= 0 || seconds == m_rangeSeconds)
        return;
    m_rangeSeconds = seconds;
    reloadHistory();
}

void HistoryChart::reloadHistory()
{
    if (m_target == nullptr)
        return;
    // Around two points per pixel column: the store returns min and max per bucket.
    const QDateTime to = (m_lastTickMs != 0 ? QDateTime::fromMSecsSinceEpoch(m_lastTickMs, Qt::UTC)
                                            : Clock::current().nowUtc())
                             .addSecs(1);
    const QDateTime from = to.addSecs(-m_rangeSeconds);
    const int columns = std::max(100, static_cast<int>(chart()->plotArea().width()));
    m_requestFrom = from;
    m_requestTo = to;
    m_sinceRequest.clear();
    m_pendingRange = m_target->requestRange(from, to, columns);
}

void HistoryChart::onRangeReady(quint64 id, const HistoryRange& range)
{
    if (id != m_pendingRange)
        return; // an older request; a newer one is on its way
    m_pendingRange = 0;
    showRange(range, m_requestFrom, m_requestTo);
    // Samples that arrived while the file was read are not in the range.
    const QList<HistoryTick> waiting = std::exchange(m_sinceRequest, {});
    for (const HistoryTick& tick : waiting)
        appendLive(tick);
    if (!waiting.isEmpty())
        redrawLive();
}

void HistoryChart::showHistoryProblem(const QString& problem)
{
    m_historyProblem = problem;
    if (m_from.isValid() && m_message.isEmpty())
        redrawLive(); // the polls so far, the reason in the title
    else
        showMessage(tr("Connections per pool — %1").arg(m_historyProblem));
}

void HistoryChart::onSample(const ActivitySample& sample)
{
    const HistoryTick tick = HistoryTick::fromSample(sample, m_target->usableSlots());
    m_intervalMs = m_target->interval().count();
    if (sample.serverTime.isValid() && sample.receivedAt.isValid())
        m_clockSkewMs = sample.receivedAt.msecsTo(sample.serverTime);
    const bool first = m_lastTickMs == 0;
    m_lastTickMs = tick.time;
    if (first && m_historyProblem.isEmpty() && m_pendingRange == 0) {
        reloadHistory(); // the read includes this sample
        return;
    }
    if (m_pendingRange != 0) {
        m_sinceRequest << tick;
        return;
    }
    // A wide range takes many polls per bucket: redrawn when a line would move, not per poll.
    if (appendLive(tick))
        redrawLive();
}

bool HistoryChart::slideTo(qint64 to)
{
    const qint64 span = static_cast<qint64>(m_rangeSeconds) * 1000;
    const qint64 from = to - span;
    bool changed = false;
    if (!m_from.isValid() || !m_message.isEmpty()) {
        // Nothing drawn from the file: a range of live samples only, bucketed as a read
        // of this span would be.
        m_range = {};
        m_range.from = from;
        const int columns = std::max(100, static_cast<int>(chart()->plotArea().width()));
        m_range.bucketMs = span / columns + 1;
        m_message.clear();
        changed = true;
    }
    m_range.to = to;
    m_from = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
    m_to = QDateTime::fromMSecsSinceEpoch(to, Qt::UTC);
    const auto slidOut = [from](const HistoryPoint& point) {
        return point.time < from;
    };
    for (HistorySeries& series : m_range.pools)
        changed |= series.points.removeIf(slidOut) > 0;
    m_range.sessions.points.removeIf(slidOut);
    m_range.latencyMs.points.removeIf(slidOut);
    m_range.usableSlots.points.removeIf(slidOut);
    m_range.gaps.removeIf([from](const HistoryGap& gap) { return gap.to < from; });
    // A disconnection still going on reaches the range's end, however far that moved.
    for (HistoryGap& gap : m_range.gaps) {
        if (gap.ongoing)
            gap.to = to;
    }
    if (m_disconnectedSince.isValid()
        && std::none_of(m_range.gaps.cbegin(), m_range.gaps.cend(),
            [](const HistoryGap& gap) { return gap.ongoing; })) {
        m_range.gaps.append(HistoryGap{
            std::max(from, m_disconnectedSince.toMSecsSinceEpoch() + m_clockSkewMs), to, true});
    }
    m_range.events.removeIf(
        [from](const HistoryEvent& event) { return event.time.toMSecsSinceEpoch() < from; });
    return changed;
}

bool HistoryChart::appendLive(const HistoryTick& tick)
{
    // While the axis follows the clock it never moves back to a sample's time.
    bool changed
        = slideTo(m_clock->isActive() ? std::max(tick.time + 1000, m_to.toMSecsSinceEpoch())
                                      : tick.time + 1000);
    // Into the last bucket when the tick falls in it (buckets counted from the range's
    // start, as the store counts them), else a new one; what slid out of view goes.
    const qint64 bucketMs = std::max<qint64>(1, m_range.bucketMs);
    // `drawn`: a pool line, whose change is worth a redraw.
    const auto add = [&](HistorySeries& series, double value, bool drawn) {
        if (!series.points.isEmpty()) {
            HistoryPoint& last = series.points.last();
            if ((last.time - m_range.from) / bucketMs == (tick.time - m_range.from) / bucketMs) {
                changed |= drawn && (value < last.min || value > last.max);
                last.min = std::min(last.min, value);
                last.max = std::max(last.max, value);
                last.avg = (last.avg * static_cast<double>(last.samples) + value)
                    / static_cast<double>(last.samples + 1);
                last.last = std::max(last.last, tick.time);
                ++last.samples;
                return;
            }
        }
        series.points.append(HistoryPoint{tick.time, value, value, value, tick.time, 1});
        changed |= drawn;
    };
    for (const PoolUsage& usage : tick.pools) {
        auto series = std::find_if(m_range.pools.begin(), m_range.pools.end(),
            [&](const HistorySeries& s) { return s.name == usage.pool; });
        if (series == m_range.pools.end())
            series = m_range.pools.insert(m_range.pools.end(), HistorySeries{usage.pool, {}});
        add(*series, usage.total(), true);
    }
    add(m_range.sessions, tick.sessions, false);
    add(m_range.latencyMs, static_cast<double>(tick.latencyMs), false);
    if (tick.usableSlots > 0) {
        const bool newCapacity = m_range.usableSlots.points.isEmpty()
            || m_range.usableSlots.points.last().max != tick.usableSlots;
        add(m_range.usableSlots, tick.usableSlots, false);
        changed |= newCapacity;
    }
    return changed;
}

qint64 HistoryChart::serverNow() const
{
    return Clock::current().nowMs() + m_clockSkewMs;
}

QDateTime HistoryChart::axisStart() const
{
    return m_timeAxis->min().toUTC();
}

QDateTime HistoryChart::axisEnd() const
{
    return m_timeAxis->max().toUTC();
}

void HistoryChart::setPausedSince(const QDateTime& since)
{
    if (!since.isValid() && m_pausedSince.isValid())
        m_pausedSpans.append({m_pausedSince.toMSecsSinceEpoch() + m_clockSkewMs, serverNow()});
    m_pausedSince = since;
    followClock();
}

void HistoryChart::setDisconnectedSince(const QDateTime& since)
{
    m_disconnectedSince = since;
    if (!since.isValid()) {
        // The reconnection reads the file again, which closes the gap where it ended.
        for (HistoryGap& gap : m_range.gaps)
            gap.ongoing = false;
    }
    followClock();
}

void HistoryChart::setPollInterval(qint64 intervalMs)
{
    if (intervalMs > 0)
        m_intervalMs = intervalMs;
}

void HistoryChart::followClock()
{
    if (m_pausedSince.isValid() || m_disconnectedSince.isValid()) {
        if (!m_clock->isActive())
            m_clock->start();
        advance();
    } else {
        m_clock->stop();
        if (m_from.isValid() && m_message.isEmpty())
            redrawLive();
    }
}

void HistoryChart::advance()
{
    if (!m_from.isValid() || !m_message.isEmpty() || m_pendingRange != 0)
        return;
    const qint64 to = std::max(serverNow() + 1000, m_to.toMSecsSinceEpoch());
    slideTo(to);
    redrawLive();
}

bool HistoryChart::insidePaused(qint64 t) const
{
    for (const auto& [from, to] : m_pausedSpans) {
        if (t >= from && t <= to)
            return true;
    }
    return m_pausedSince.isValid() && t >= m_pausedSince.toMSecsSinceEpoch() + m_clockSkewMs;
}

void HistoryChart::redrawLive()
{
    Scene scene = sceneOf(m_range, m_from, m_to);
    if (m_built.has_value() && m_message.isEmpty() && scene.sameSeriesAs(*m_built)) {
        move(scene, m_from, m_to);
        return;
    }
    const HistoryRange range = m_range;
    showRange(range, m_from, m_to);
}

void HistoryChart::showRange(const HistoryRange& range, const QDateTime& from, const QDateTime& to)
{
    m_message.clear();
    m_range = range;
    m_from = from;
    m_to = to;
    build(sceneOf(range, from, to), from, to);
}

bool HistoryChart::Scene::sameSeriesAs(const Scene& other) const
{
    const auto sameKinds = [](const QList<Shade>& a, const QList<Shade>& b) {
        return std::equal(
            a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Shade& x, const Shade& y) {
                return x.name == y.name && x.colour == y.colour && x.inLegend == y.inLegend;
            });
    };
    return top == other.top && dense == other.dense && gaps == other.gaps && legend == other.legend
        && horizontals == other.horizontals && sameKinds(shades, other.shades)
        && markers == other.markers;
}

HistoryChart::Scene HistoryChart::sceneOf(
    const HistoryRange& range, const QDateTime& from, const QDateTime& to) const
{
    Scene scene;
    scene.title = title(range);
    const double half = static_cast<double>(range.bucketMs) / 2.0;

    qsizetype densest = 0;
    for (const HistorySeries& series : range.pools) {
        densest = std::max(densest, series.points.size());
        for (const HistoryPoint& point : series.points)
            scene.top = std::max(scene.top, point.max);
    }
    for (const PoolSpec& pool : m_baseline.pools)
        scene.top = std::max(scene.top, static_cast<double>(pool.budget));
    const bool hasUsable
        = !range.usableSlots.points.isEmpty() && range.usableSlots.points.last().max > 0;
    if (hasUsable)
        scene.top = std::max(scene.top, range.usableSlots.points.last().max);
    // About one bucket per pixel column: min/max pairs fill a band where antialiasing adds
    // nothing to see but multiplies the cost of painting (≈ 400 → 60 ms per frame at 7 d).
    scene.dense = densest > static_cast<qsizetype>(chart()->plotArea().width() / 4);

    int index = 0;
    QList<PoolLinesItem::Line> partialLines;
    const QColor base = palette().color(QPalette::Base);
    for (const HistorySeries& series : range.pools) {
        const QColor colour = poolColour(index++);
        // Two points per bucket (min then max) keep spikes at any zoom. A line joins only
        // buckets the monitor saw (docs/history.md, Gaps): it breaks where consecutive
        // samples are too far apart, leaves out buckets it saw too little of and draws
        // partly seen ones in a paler line of their own.
        PoolLinesItem::Line line{series.name, colour, {}, false};
        PoolLinesItem::Line partial{series.name,
            QColor::fromRgbF((colour.redF() + base.redF()) / 2,
                (colour.greenF() + base.greenF()) / 2, (colour.blueF() + base.blueF()) / 2),
            {}, true};
        QList<std::pair<qint64, qint64>>& drawn = scene.drawn[series.name];
        const HistoryPoint* previous = nullptr;
        bool previousPartial = false;
        for (const HistoryPoint& point : series.points) {
            const double coverage = historyCoverage(point, m_intervalMs);
            if (coverage < HistoryMinCoverage) {
                previous = nullptr;
                continue;
            }
            const bool isPartial = coverage < HistoryFullCoverage;
            PoolLinesItem::Line& into = isPartial ? partial : line;
            if (previous == nullptr || isPartial != previousPartial
                || !historyJoined(*previous, point, m_intervalMs)
                || gapBetween(historyLastSample(*previous), point.time, range.gaps)) {
                into.segments.append(QPolygonF{});
                drawn.append({point.time, point.time});
            }
            drawn.last().second = std::max(historyLastSample(point), point.time + range.bucketMs);
            previous = &point;
            previousPartial = isPartial;
            into.segments.last() << QPointF{static_cast<double>(point.time), point.min}
                                 << QPointF{static_cast<double>(point.time) + half, point.max};
        }
        if (line.segments.isEmpty() && partial.segments.isEmpty())
            continue;
        // A series only names the pool in the legend, in its colour.
        scene.legend.append({series.name, colour});
        if (!line.segments.isEmpty())
            scene.lines.append(std::move(line));
        if (!partial.segments.isEmpty())
            partialLines.append(std::move(partial));
    }
    scene.lines = partialLines + scene.lines; // full lines over pale ones

    for (const PoolSpec& pool : m_baseline.pools) {
        const qsizetype position = [&] {
            for (qsizetype i = 0; i < range.pools.size(); ++i) {
                if (range.pools.at(i).name == pool.id)
                    return i;
            }
            return qsizetype{-1};
        }();
        scene.horizontals.append(
            {tr("%1 budget %2").arg(pool.id).arg(pool.budget), static_cast<double>(pool.budget),
                position >= 0 ? poolColour(static_cast<int>(position)) : Palette::warning()});
    }
    // 0: ticks stored before the server's settings were read; no capacity line is better
    // than one that says nothing is usable.
    if (hasUsable)
        scene.horizontals.append({tr("usable %1").arg(range.usableSlots.points.last().max),
            range.usableSlots.points.last().max, Palette::critical()});

    // Shade each gap, and each pause, from the bottom to the top of the chart.
    scene.gaps = static_cast<int>(range.gaps.size());
    bool firstGap = true;
    for (const HistoryGap& gap : range.gaps)
        scene.shades.append({gap.from, gap.to, tr("disconnected"), Palette::disconnected(),
            std::exchange(firstGap, false)});
    QList<std::pair<qint64, qint64>> paused = m_pausedSpans;
    if (m_pausedSince.isValid())
        paused.append({m_pausedSince.toMSecsSinceEpoch() + m_clockSkewMs, to.toMSecsSinceEpoch()});
    bool firstPause = true;
    for (const auto& [start, end] : paused) {
        if (end < from.toMSecsSinceEpoch())
            continue;
        scene.shades.append({std::max(start, from.toMSecsSinceEpoch()), end, tr("paused"),
            Palette::warning(), std::exchange(firstPause, false)});
    }

    for (const HistoryEvent& event : range.events) {
        const qint64 t = event.time.toMSecsSinceEpoch();
        if (isAnnotation(event.kind) && t >= from.toMSecsSinceEpoch()
            && t <= to.toMSecsSinceEpoch())
            scene.markers.append(Marker{t, event.message});
    }
    return scene;
}

void HistoryChart::build(const Scene& scene, const QDateTime& from, const QDateTime& to)
{
    // Each series added to a visible legend re-lays out the chart and with it every line
    // already drawn: the legend comes back once, when all are in.
    chart()->legend()->setVisible(false);
    clearSeries();
    chart()->setTitle(scene.title);
    m_timeAxis->setRange(from.toLocalTime(), to.toLocalTime());
    // Both axes get their final range before any series has points: every range change
    // makes Qt Charts recompute each line's geometry (a stroke of all its points), which
    // for 7 days at one bucket per pixel column was most of a redraw.
    m_countAxis->setRange(0, scene.top * 1.1);
    m_countAxis->applyNiceNumbers();
    m_dense = scene.dense;
    setRenderHint(QPainter::Antialiasing, !m_dense);

    for (const auto& [pool, colour] : scene.legend)
        m_poolLegend.insert(pool, addLine(pool, colour, Qt::SolidLine, true));
    // About one bucket per pixel column: min/max pairs fill a band where antialiasing adds
    // nothing to see; one-pixel lines paint it about twice as fast as two.
    m_lines->setStyle(m_dense ? 1.0 : 2.0, !m_dense);
    m_lines->setLines(scene.lines);
    updateLineMapping();
    m_drawn = scene.drawn;

    for (const Scene::Horizontal& horizontal : scene.horizontals) {
        QLineSeries* line = addLine(horizontal.name, horizontal.colour, Qt::DashLine, true);
        line->replace({QPointF{static_cast<double>(from.toMSecsSinceEpoch()), horizontal.value},
            QPointF{static_cast<double>(to.toMSecsSinceEpoch()), horizontal.value}});
        m_horizontals.append(line);
    }
    m_shaded.clear();
    for (const Shade& shade : scene.shades)
        addShade(shade);
    m_gapCount = scene.gaps;
    addMarkers(scene.markers);
    chart()->legend()->setVisible(true);

    // Kept to compare the next live redraw with; the lines are in m_lines.
    m_built = scene;
    m_built->lines.clear();
    m_built->drawn.clear();
}

void HistoryChart::move(const Scene& scene, const QDateTime& from, const QDateTime& to)
{
    if (chart()->title() != scene.title)
        chart()->setTitle(scene.title);
    m_timeAxis->setRange(from.toLocalTime(), to.toLocalTime());
    m_lines->setLines(scene.lines);
    updateLineMapping();
    m_drawn = scene.drawn;
    for (qsizetype i = 0; i < m_horizontals.size(); ++i) {
        const double value = scene.horizontals.at(i).value;
        m_horizontals.at(i)->replace({QPointF{static_cast<double>(from.toMSecsSinceEpoch()), value},
            QPointF{static_cast<double>(to.toMSecsSinceEpoch()), value}});
    }
    m_shaded.clear();
    for (qsizetype i = 0; i < m_shades.size(); ++i)
        placeShade(m_shades.at(i), scene.shades.at(i).from, scene.shades.at(i).to);
}

void HistoryChart::addShade(const Shade& shade)
{
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    auto* area = new QAreaSeries{upper, lower};
    // QAreaSeries does not own its edges: without a parent they outlived every redraw
    // (found by LeakSanitizer), a leak per gap per chart refresh in a long session.
    upper->setParent(area);
    lower->setParent(area);
    placeShade(area, shade.from, shade.to);
    area->setName(shade.name);
    QColor colour = shade.colour;
    colour.setAlphaF(0.25);
    area->setBrush(colour);
    area->setPen(Qt::NoPen);
    chart()->addSeries(area);
    area->attachAxis(m_timeAxis);
    area->attachAxis(m_countAxis);
    if (!shade.inLegend) {
        for (QLegendMarker* marker : chart()->legend()->markers(area))
            marker->setVisible(false);
    }
    m_shades.append(area);
}

void HistoryChart::placeShade(QAreaSeries* area, qint64 from, qint64 to)
{
    area->upperSeries()->replace({QPointF{static_cast<double>(from), m_countAxis->max()},
        QPointF{static_cast<double>(to), m_countAxis->max()}});
    area->lowerSeries()->replace(
        {QPointF{static_cast<double>(from), 0}, QPointF{static_cast<double>(to), 0}});
    m_shaded.append({from, to});
}

bool HistoryChart::isAnnotation(const QString& eventKind)
{
    // AlertLog stores an alert's severity in the kind: "annotation.info".
    const qsizetype length = HistoryEventKind::Annotation.size();
    return eventKind.startsWith(HistoryEventKind::Annotation)
        && (eventKind.size() == length || eventKind.at(length) == QLatin1Char{'.'});
}

void HistoryChart::addMarkers(const QList<Marker>& markers)
{
    // Full height of the axis as it ended up, the label at the top end only.
    const double top = m_countAxis->max();
    const QColor colour = m_dark ? QColor{0xff, 0xd0, 0x60} : QColor{0xb0, 0x5a, 0x00};
    for (const Marker& marker : markers) {
        const auto t = static_cast<double>(marker.time);
        QLineSeries* line = addLine(marker.label, colour, Qt::DashDotLine, false);
        // Whole pixels: without antialiasing (dense ranges) 1.5 px draws 1 or 2 by position.
        line->setPen(QPen{colour, 2.0, Qt::DashDotLine});
        line->replace({QPointF{t, 0}, QPointF{t, top}});
        QString format = marker.label;
        format.replace(QLatin1Char{'@'}, QStringLiteral("(at)")); // @xPoint would be expanded
        line->setPointLabelsFormat(format);
        line->setPointLabelsColor(colour);
        line->setPointLabelsClipping(false);
        QFont font = line->pointLabelsFont();
        font.setBold(true);
        line->setPointLabelsFont(font);
        line->setPointLabelsVisible(true);
        line->setPointConfiguration(0, QXYSeries::PointConfiguration::LabelVisibility, false);
        m_markers.append({marker, line});
    }
}

QList<HistoryChart::Marker> HistoryChart::markers() const
{
    QList<Marker> result;
    for (const auto& [marker, line] : m_markers)
        result << marker;
    return result;
}

QList<QPointF> HistoryChart::pointsOf(const QString& pool) const
{
    QList<QPointF> points;
    for (const QPolygonF& segment : segmentsOf(pool))
        points += segment;
    return points;
}

QList<QPolygonF> HistoryChart::segmentsOf(const QString& pool, bool partialOnly) const
{
    QList<QPolygonF> segments;
    for (const PoolLinesItem::Line& line : m_lines->lines()) {
        if (line.pool == pool && (!partialOnly || line.partial))
            segments += line.segments;
    }
    std::sort(segments.begin(), segments.end(),
        [](const QPolygonF& a, const QPolygonF& b) { return a.first().x() < b.first().x(); });
    return segments;
}

int HistoryChart::segmentCount(const QString& pool) const
{
    return static_cast<int>(segmentsOf(pool).size());
}

QString HistoryChart::readout() const
{
    return m_readout->isVisible() ? m_readout->text() : QString{};
}

void HistoryChart::mouseMoveEvent(QMouseEvent* event)
{
    QChartView::mouseMoveEvent(event);
    // The view may scroll or centre its scene: go through it to the chart's coordinates.
    const QPointF inChart = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    const QPointF value = chart()->mapToValue(inChart);
    const auto t = static_cast<qint64>(value.x());
    if ((m_range.pools.isEmpty() && m_markers.isEmpty())
        || !chart()->plotArea().contains(inChart)) {
        m_readout->hide();
        return;
    }
    QStringList lines{TimeDisplay::format(
        QDateTime::fromMSecsSinceEpoch(t, Qt::UTC), DisplayZone::Style::TimeOfDay)};
    if (insideGap(t, m_range.gaps))
        lines << tr("disconnected");
    else if (insidePaused(t))
        lines << tr("paused");
    for (const HistorySeries& series : std::as_const(m_range.pools)) {
        // Inside a break of this pool's line nothing was seen: no nearest value stands in.
        if (!drawnAt(series.name, t)) {
            lines << tr("%1: no data").arg(series.name);
            continue;
        }
        const HistoryPoint* nearest = nullptr;
        for (const HistoryPoint& point : series.points) {
            if (nearest == nullptr || std::abs(point.time - t) < std::abs(nearest->time - t))
                nearest = &point;
        }
        if (nearest == nullptr)
            continue;
        const double coverage = historyCoverage(*nearest, m_intervalMs);
        if (coverage < HistoryFullCoverage)
            lines << tr("%1: %2 (max %3; partial, %4 % seen)")
                         .arg(series.name)
                         .arg(nearest->avg, 0, 'f', 0)
                         .arg(nearest->max)
                         .arg(qRound(coverage * 100));
        else
            lines << tr("%1: %2 (max %3)")
                         .arg(series.name)
                         .arg(nearest->avg, 0, 'f', 0)
                         .arg(nearest->max);
    }
    // A marker is one pixel wide: a few pixels either side of it count as on it.
    for (const auto& [marker, line] : std::as_const(m_markers)) {
        const double x
            = chart()->mapToPosition(QPointF{static_cast<double>(marker.time), 0}, line).x();
        if (std::abs(x - inChart.x()) <= 5)
            lines << tr("annotation “%1” at %2")
                         .arg(marker.label,
                             TimeDisplay::format(
                                 QDateTime::fromMSecsSinceEpoch(marker.time, Qt::UTC),
                                 DisplayZone::Style::TimeOfDay));
    }
    m_readout->setText(lines.join(u'\n'));
    m_readout->adjustSize();
    // Beside the cursor, flipped to its left or above it near the view's edges.
    QPoint at = event->position().toPoint() + QPoint{14, 14};
    if (at.x() + m_readout->width() > width())
        at.setX(event->position().toPoint().x() - 14 - m_readout->width());
    if (at.y() + m_readout->height() > height())
        at.setY(event->position().toPoint().y() - 14 - m_readout->height());
    m_readout->move(at);
    m_readout->show();
}

bool HistoryChart::drawnAt(const QString& pool, qint64 t) const
{
    // Half a poll either side of a stretch still reads as on it.
    const qint64 slack = m_intervalMs / 2;
    for (const auto& [from, to] : m_drawn.value(pool)) {
        if (t >= from - slack && t <= to + slack)
            return true;
    }
    return false;
}

void HistoryChart::leaveEvent(QEvent* event)
{
    QChartView::leaveEvent(event);
    m_readout->hide();
}

} // namespace opsdash
