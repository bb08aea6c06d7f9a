#include "gui/pools/PoolBar.h"

#include "gui/common/Palette.h"

#include <QPainter>
#include <QResizeEvent>

#include <algorithm>

namespace opsdash {

PoolBar::PoolBar(const QString& pool, std::optional<qint64> budget, QWidget* parent)
    : QWidget{parent}
    , m_pool{pool}
    , m_budget{budget}
    , m_usage{pool, {}}
{
    setObjectName(QStringLiteral("poolBar_") + pool);
    // Shrinks below its natural height on a short screen, so the drift summary under the
    // pools keeps the name of the worst check (issue 24).
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    setAccessibleName(tr("Pool %1").arg(pool));
}

void PoolBar::setThresholds(double warnPercent, double criticalPercent)
{
    m_warn = warnPercent;
    m_critical = criticalPercent;
    update();
}

void PoolBar::setUsage(const PoolUsage& usage, int peak, int scale)
{
    // Most ticks leave most pools as they were: no repaint for those.
    if (usage.pool == m_usage.pool && usage.byState == m_usage.byState && peak == m_peak
        && std::max(1, scale) == m_scale && !toolTip().isEmpty())
        return;
    m_usage = usage;
    m_peak = peak;
    m_scale = std::max(1, scale);
    setAccessibleDescription(caption());
    setToolTip(caption());
    update();
}

void PoolBar::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    update();
}

void PoolBar::setBudget(std::optional<qint64> budget)
{
    if (budget == m_budget)
        return;
    m_budget = budget;
    setAccessibleDescription(caption());
    setToolTip(caption());
    update();
}

void PoolBar::setLimit(std::optional<qint64> limit)
{
    if (limit == m_limit)
        return;
    m_limit = limit;
    setAccessibleDescription(caption());
    setToolTip(caption());
    update();
}

std::optional<qint64> PoolBar::ceiling() const
{
    if (m_budget && m_limit && *m_limit < *m_budget)
        return m_limit;
    return m_budget;
}

double PoolBar::percent() const
{
    const qint64 whole = ceiling().value_or(m_scale);
    return whole > 0 ? 100.0 * m_usage.total() / static_cast<double>(whole) : 0.0;
}

QString PoolBar::caption() const
{
    if (m_budget && ceiling() != m_budget) {
        // The limit is where the pool runs out: the count is against it.
        return tr("%1  %2 / %3 connection limit, budget %4 (%5 %)  peak %6")
            .arg(m_pool)
            .arg(m_usage.total())
            .arg(*ceiling())
            .arg(*m_budget)
            .arg(qRound(percent()))
            .arg(m_peak);
    }
    if (m_budget) {
        return tr("%1  %2 / %3 (%4 %)  peak %5")
            .arg(m_pool)
            .arg(m_usage.total())
            .arg(*m_budget)
            .arg(qRound(percent()))
            .arg(m_peak);
    }
    return tr("%1  %2  peak %3").arg(m_pool).arg(m_usage.total()).arg(m_peak);
}

QSize PoolBar::sizeHint() const
{
    return {360, heightForWidth(width())};
}

void PoolBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (heightForWidth(event->size().width()) != heightForWidth(event->oldSize().width()))
        updateGeometry();
}

double PoolBar::scaleForWidth(int width)
{
    return std::clamp(static_cast<double>(width) / kWidthForOne, 1.0, kMaxScale);
}

int PoolBar::heightForWidth(int width) const
{
    return qRound(fontMetrics().height() * 3 * scaleForWidth(width));
}

QSize PoolBar::minimumSizeHint() const
{
    // The caption and a thin bar.
    const int line = fontMetrics().height();
    return {240, line * 2 + 6};
}

void PoolBar::paintEvent(QPaintEvent*)
{
    QPainter painter{this};
    painter.setRenderHint(QPainter::Antialiasing);
    QFont bold = font();
    bold.setBold(true);
    if (const double scale = scaleForWidth(width()); scale > 1.0) {
        if (bold.pointSizeF() > 0)
            bold.setPointSizeF(bold.pointSizeF() * scale);
        else
            bold.setPixelSize(qRound(bold.pixelSize() * scale));
    }
    const int line = QFontMetrics{bold}.height();
    const QRect text = rect().adjusted(0, 0, 0, -(height() - line - 2));
    const QRectF bar = QRectF{rect()}.adjusted(0.5, line + 4.5, -0.5, -2.5);

    painter.setFont(bold);
    painter.setPen(
        palette().color(m_stale ? QPalette::Disabled : QPalette::Active, QPalette::WindowText));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, caption());

    // The segments: one per state, in a fixed order, scaled to the budget (or capacity).
    const double whole = static_cast<double>(m_budget.value_or(m_scale));
    double x = bar.left();
    const BackendState order[] = {BackendState::Active, BackendState::IdleInTransaction,
        BackendState::IdleInTransactionAborted, BackendState::Idle, BackendState::Other,
        BackendState::Unknown};
    painter.save();
    // A rectangle inside the outline, not the rounded path: a path clip is rasterised into
    // a mask on every paint, which was most of the panel's cost per tick. The outline drawn
    // last covers the corners.
    painter.setClipRect(bar.adjusted(1, 1, -1, -1));
    painter.fillRect(bar, palette().color(QPalette::Base));
    for (const BackendState state : order) {
        const int count = m_usage.count(state);
        if (count == 0 || whole <= 0)
            continue;
        const double width = std::min(bar.right() - x, bar.width() * count / whole);
        QColor colour = Palette::forState(state);
        if (m_stale)
            colour.setAlphaF(0.35);
        painter.fillRect(QRectF{x, bar.top(), width, bar.height()}, colour);
        x += width;
    }
    if (m_budget && m_peak > 0 && whole > 0) {
        const double peakX = bar.left() + std::min(1.0, m_peak / whole) * bar.width();
        painter.setPen(QPen{palette().color(QPalette::WindowText), 2, Qt::DotLine});
        painter.drawLine(QPointF{peakX, bar.top()}, QPointF{peakX, bar.bottom()});
    }
    if (const std::optional<qint64> limit = ceiling(); limit != m_budget && whole > 0) {
        // The role's or database's limit: where the pool really runs out.
        const double limitX = bar.left() + std::min(1.0, *limit / whole) * bar.width();
        painter.setPen(QPen{Palette::critical(), 3});
        painter.drawLine(QPointF{limitX, bar.top()}, QPointF{limitX, bar.bottom()});
    }
    painter.restore();

    const QColor outline = m_budget ? Palette::forUsage(percent(), m_warn, m_critical)
                                    : palette().color(QPalette::Mid);
    painter.setPen(QPen{m_stale ? Palette::disconnected() : outline, m_budget ? 2.0 : 1.0});
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(bar, 3, 3);
}

} // namespace opsdash
