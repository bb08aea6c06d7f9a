#include "gui/sessions/ExpiryHistogram.h"

#include "gui/common/Palette.h"

#include <QPainter>

#include <algorithm>

namespace opsdash {

ExpiryHistogram::ExpiryHistogram(QWidget* parent)
    : QWidget{parent}
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setToolTip(tr("Sessions expiring in each of the next 24 hours, on the server's clock"));
}

ExpiryHistogram::~ExpiryHistogram() = default;

void ExpiryHistogram::setBins(const Bins& bins, int later)
{
    if (!m_empty && bins == m_bins && later == m_later)
        return; // the usual countdown tick: nothing moved between hours
    m_bins = bins;
    m_later = later;
    m_empty = false;
    update();
}

void ExpiryHistogram::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    update();
}

void ExpiryHistogram::clear()
{
    m_bins.fill(0);
    m_later = 0;
    m_empty = true;
    update();
}

QSize ExpiryHistogram::sizeHint() const
{
    return QSize{fontMetrics().averageCharWidth() * 48, fontMetrics().height() * 9};
}

QSize ExpiryHistogram::minimumSizeHint() const
{
    return QSize{fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 6};
}

void ExpiryHistogram::paintEvent(QPaintEvent*)
{
    QPainter painter{this};
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor faint = palette().color(QPalette::Mid);

    // Title line, bars, then the hour labels under them.
    painter.setPen(text);
    const QString title = m_later > 0 ? tr("Expiries per hour, next 24 h (%1 later)").arg(m_later)
                                      : tr("Expiries per hour, next 24 h");
    painter.drawText(QRect{0, 0, width(), line}, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(title, Qt::ElideRight, width()));
    if (m_empty) {
        painter.setPen(faint);
        painter.drawText(rect().adjusted(0, line, 0, 0), Qt::AlignCenter, tr("no data"));
        return;
    }

    const int peak = std::max(1, *std::max_element(m_bins.begin(), m_bins.end()));
    const int left = metrics.horizontalAdvance(QString::number(peak)) + 6;
    const QRect plot{left, line + line / 2, width() - left - 4, height() - 3 * line};
    if (plot.width() < 24 || plot.height() < 8)
        return;

    painter.setPen(faint);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.setPen(text);
    painter.drawText(QRect{0, plot.top() - line / 2, left - 4, line},
        Qt::AlignRight | Qt::AlignVCenter, QString::number(peak));
    painter.drawText(QRect{0, plot.bottom() - line / 2, left - 4, line},
        Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));

    const double slot = static_cast<double>(plot.width()) / ExpirySummary::kHistogramHours;
    const int gap = slot >= 6 ? 2 : 0;
    for (int hour = 0; hour < ExpirySummary::kHistogramHours; ++hour) {
        const int count = m_bins.at(static_cast<std::size_t>(hour));
        const int x = plot.left() + static_cast<int>(hour * slot);
        const int w = std::max(
            1, static_cast<int>((hour + 1) * slot) - static_cast<int>(hour * slot) - gap);
        if (count > 0) {
            const int h = std::max(2, plot.height() * count / peak);
            QColor fill = hour == 0 ? Palette::warning() : Palette::forState(BackendState::Active);
            if (m_stale)
                fill = Palette::disconnected();
            painter.fillRect(QRect{x, plot.bottom() - h + 1, w, h}, fill);
        }
    }
    // Hour marks every 6 h: "now", "+6 h", …, "+24 h".
    painter.setPen(text);
    for (int hour = 0; hour <= ExpirySummary::kHistogramHours; hour += 6) {
        const int x = plot.left() + static_cast<int>(hour * slot);
        const QString label = hour == 0 ? tr("now") : tr("+%1 h").arg(hour);
        const int w = metrics.horizontalAdvance(label);
        const int at = std::clamp(x - w / 2, 0, width() - w);
        painter.drawText(QRect{at, plot.bottom() + 2, w, line}, Qt::AlignCenter, label);
    }
}

} // namespace opsdash
