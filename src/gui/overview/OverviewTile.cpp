#include "gui/overview/OverviewTile.h"

#include "clock/Clock.h"
#include "gui/common/Palette.h"
#include "gui/common/StatusIcon.h"
#include "live/AlertLog.h"
#include "live/LiveSessions.h"
#include "live/LiveTarget.h"
#include "live/TargetFleet.h"
#include "model/StatusCounts.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace opsdash {

namespace {

constexpr int kPadding = 10;
constexpr int kBarHeight = 8;
constexpr int kSparklineHeight = 34;

} // namespace

OverviewTile::OverviewTile(const Baseline& baseline, WatchedTarget& watched, QWidget* parent)
    : QWidget{parent}
    , m_baseline{baseline}
    , m_watched{watched}
{
    setObjectName(QStringLiteral("overviewTile"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(watched.name());
    setToolTip(tr("Open the dashboard of %1 (Enter)").arg(watched.name()));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QString OverviewTile::connectionText() const
{
    const LiveTarget& target = m_watched.target();
    if (target.isPaused())
        return tr("paused");
    switch (target.link()) {
    case LiveTarget::Link::Stopped:
        return tr("stopped");
    case LiveTarget::Link::Connecting:
        return tr("connecting…");
    case LiveTarget::Link::Lost:
        return target.linkProblem();
    case LiveTarget::Link::Live:
        break;
    }
    const QDateTime last = m_watched.lastPollAt();
    if (!last.isValid())
        return tr("waiting for the first poll");
    const qint64 seconds = std::max<qint64>(0, last.secsTo(Clock::current().nowUtc()));
    return seconds < 120 ? tr("polled %1 s ago").arg(seconds)
                         : tr("polled %1 min ago").arg(seconds / 60);
}

QColor OverviewTile::connectionColour() const
{
    const LiveTarget& target = m_watched.target();
    if (target.isPaused())
        return Palette::disconnected();
    switch (target.link()) {
    case LiveTarget::Link::Live:
        return Palette::ok();
    case LiveTarget::Link::Lost:
        return Palette::critical();
    case LiveTarget::Link::Stopped:
    case LiveTarget::Link::Connecting:
        break;
    }
    return Palette::disconnected();
}

QString OverviewTile::serverText() const
{
    // Team mode: where the data comes from, as the status bar names it.
    const LiveTarget& target = m_watched.target();
    return target.prometheus() != nullptr ? target.dataSource() : target.monitor().target();
}

QString OverviewTile::capacityText() const
{
    const int usable = m_watched.target().usableSlots();
    if (usable <= 0)
        return tr("Usable capacity: not read yet");
    const int used = m_watched.recent().empty() ? 0 : m_watched.recent().back().sessions;
    return tr("Usable capacity: %1 of %2 slots in use").arg(used).arg(usable);
}

QString OverviewTile::checksText() const
{
    const QList<Finding>& findings = m_watched.target().findings();
    if (findings.isEmpty())
        return tr("Checks: waiting for the server");
    const StatusCounts counts = StatusCounts::of(findings);
    QStringList parts;
    for (const CheckStatus status : {CheckStatus::Pass, CheckStatus::Fail, CheckStatus::Missing,
             CheckStatus::Unknown, CheckStatus::NotChecked}) {
        if (counts.count(status) > 0 || status == CheckStatus::Pass)
            parts << QStringLiteral("%1 %2").arg(counts.count(status)).arg(statusWord(status));
    }
    QString text = tr("Checks: %1").arg(parts.join(QStringLiteral(" · ")));
    // The worst problem (fail, missing, unknown), by impact; a pass or not-checked of a
    // weightier plane is none (serve's stateset carries many not-checked live checks).
    const Finding* worst = nullptr;
    for (const Finding& finding : findings) {
        if (worstFirstRank(finding.status) < 3
            && (worst == nullptr || worseByImpact(finding, *worst)))
            worst = &finding;
    }
    if (worst != nullptr)
        text += tr(" — worst: %1 %2").arg(statusGlyph(worst->status), worst->checkId);
    return text;
}

QString OverviewTile::sessionsText() const
{
    const LiveSessions& sessions = m_watched.sessions();
    if (sessions.sourceKind() == LiveSessions::SourceKind::None)
        return tr("Login sessions: no source");
    if (sessions.state() == LiveSessions::State::NotConfigured
        || sessions.state() == LiveSessions::State::NotApplicable)
        return tr("Login sessions: not watched");
    if (!sessions.hasData())
        return tr("Login sessions: waiting");
    return tr("Login sessions in the critical window: %1").arg(sessions.summary().critical);
}

QStringList OverviewTile::lines() const
{
    QStringList lines{m_watched.name(), serverText(), connectionText()};
    for (const PoolSpec& spec : m_baseline.pools) {
        const auto usage = std::find_if(m_watched.pools().cbegin(), m_watched.pools().cend(),
            [&spec](const PoolUsage& pool) { return pool.pool == spec.id; });
        const int used = usage != m_watched.pools().cend() ? usage->total() : 0;
        lines << QStringLiteral("%1 %2 / %3")
                     .arg(spec.id)
                     .arg(used)
                     .arg(m_watched.target().poolBudget(spec));
    }
    lines << capacityText() << checksText() << sessionsText();
    return lines;
}

QSize OverviewTile::sizeHint() const
{
    const QFontMetrics metrics{font()};
    const int line = metrics.lineSpacing();
    const int pools = static_cast<int>(m_baseline.pools.size());
    const int height = 2 * kPadding + 2 * line + 6 // name, server
        + pools * (line + kBarHeight + 4) + 3 * line + 8 + kSparklineHeight;
    return {metrics.averageCharWidth() * 56, height};
}

QSize OverviewTile::minimumSizeHint() const
{
    return {QFontMetrics{font()}.averageCharWidth() * 40, sizeHint().height()};
}

void OverviewTile::paintEvent(QPaintEvent*)
{
    QPainter painter{this};
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colours = palette();
    painter.fillRect(rect(), colours.window());
    const Severity severity = m_watched.severity();
    const QRectF frame = QRectF{rect()}.adjusted(1.5, 1.5, -1.5, -1.5);
    painter.setPen(QPen{
        hasFocus() ? colours.highlight().color() : colours.mid().color(), hasFocus() ? 3.0 : 1.0});
    painter.setBrush(colours.base());
    painter.drawRoundedRect(frame, 6, 6);
    // The severity as a strip on the left edge (the dot and the words say it too).
    painter.setPen(Qt::NoPen);
    painter.setBrush(StatusIcon::colour(severity));
    painter.drawRoundedRect(QRectF{frame.left(), frame.top(), 6, frame.height()}, 3, 3);

    const QFontMetrics metrics{font()};
    const int line = metrics.lineSpacing();
    const int left = kPadding + 6;
    const int width = this->width() - left - kPadding;
    int y = kPadding;

    // Name (bold) and, at the right, the connection dot with the poll's age.
    QFont bold = font();
    bold.setBold(true);
    const QString connection = connectionText();
    const int connectionWidth = metrics.horizontalAdvance(connection);
    const int dot = metrics.height() / 2;
    painter.setBrush(connectionColour());
    painter.drawEllipse(
        QRectF(left + width - connectionWidth - dot - 6, y + (line - dot) / 2.0, dot, dot));
    painter.setPen(colours.text().color());
    painter.drawText(QRect{left + width - connectionWidth, y, connectionWidth, line},
        Qt::AlignRight | Qt::AlignVCenter, connection);
    painter.setFont(bold);
    const int nameWidth = width - connectionWidth - dot - 14;
    painter.drawText(QRect{left, y, nameWidth, line}, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics{bold}.elidedText(
            QStringLiteral("%1  %2").arg(StatusIcon::label(severity), m_watched.name()),
            Qt::ElideRight, nameWidth));
    painter.setFont(font());
    y += line;
    painter.setPen(colours.placeholderText().color());
    painter.drawText(QRect{left, y, width, line}, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(serverText(), Qt::ElideMiddle, width));
    y += line + 6;

    // One bar per pool: used against its budget.
    for (const PoolSpec& spec : m_baseline.pools) {
        const auto usage = std::find_if(m_watched.pools().cbegin(), m_watched.pools().cend(),
            [&spec](const PoolUsage& pool) { return pool.pool == spec.id; });
        const int used = usage != m_watched.pools().cend() ? usage->total() : 0;
        const int budget = m_watched.target().poolBudget(spec);
        const double percent = budget > 0 ? 100.0 * used / static_cast<double>(budget) : 0;
        const QColor colour = Palette::forUsage(percent,
            static_cast<double>(m_baseline.thresholds.pool.warnPercent),
            static_cast<double>(m_baseline.thresholds.pool.criticalPercent));
        painter.setPen(colours.text().color());
        painter.drawText(QRect{left, y, width, line}, Qt::AlignLeft | Qt::AlignVCenter,
            spec.label.isEmpty() ? spec.id : spec.label);
        painter.drawText(QRect{left, y, width, line}, Qt::AlignRight | Qt::AlignVCenter,
            tr("%1 / %2 (%3 %)").arg(used).arg(budget).arg(qRound(percent)));
        y += line;
        const QRectF track{static_cast<double>(left), static_cast<double>(y),
            static_cast<double>(width), static_cast<double>(kBarHeight)};
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.alternateBase());
        painter.drawRoundedRect(track, 3, 3);
        painter.setBrush(colour);
        painter.drawRoundedRect(
            QRectF{track.topLeft(),
                QSizeF{track.width() * std::min(percent, 100.0) / 100.0, track.height()}},
            3, 3);
        y += kBarHeight + 4;
    }

    painter.setPen(colours.text().color());
    for (const QString& text : {capacityText(), checksText(), sessionsText()}) {
        painter.drawText(QRect{left, y, width, line}, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(text, Qt::ElideRight, width));
        y += line;
    }
    y += 4;
    paintSparkline(painter, QRectF(left, y, width, kSparklineHeight));
}

void OverviewTile::paintSparkline(QPainter& painter, const QRectF& area) const
{
    const std::deque<WatchedTarget::Point>& recent = m_watched.recent();
    painter.setPen(palette().mid().color());
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    if (recent.empty())
        return;
    const QDateTime end = recent.back().at;
    const double span = WatchedTarget::kRecentSeconds * 1000.0;
    int peak = 1;
    for (const WatchedTarget::Point& point : recent)
        peak = std::max(peak, point.sessions);
    QPainterPath path;
    bool first = true;
    for (const WatchedTarget::Point& point : recent) {
        const double x = area.right() + area.width() * end.msecsTo(point.at) / span;
        const double y = area.bottom() - (area.height() - 2) * point.sessions / peak;
        if (first)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
        first = false;
    }
    painter.setPen(QPen{palette().highlight().color(), 1.5});
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(palette().placeholderText().color());
    painter.drawText(area.adjusted(0, 0, 0, -2), Qt::AlignLeft | Qt::AlignTop,
        tr("client sessions, last 15 min (peak %1)").arg(peak));
}

void OverviewTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit openRequested(&m_watched);
    else
        QWidget::mouseReleaseEvent(event);
}

void OverviewTile::keyPressEvent(QKeyEvent* event)
{
    // Not Space: that is Pause, window-wide.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        emit openRequested(&m_watched);
    else
        QWidget::keyPressEvent(event);
}

void OverviewTile::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void OverviewTile::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace opsdash
