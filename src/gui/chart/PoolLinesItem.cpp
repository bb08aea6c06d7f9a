#include "gui/chart/PoolLinesItem.h"

#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace opsdash {

namespace {

// std::floor is a libm call without SSE4.1; this runs once per pixel.
int floorToInt(double v)
{
    const int i = static_cast<int>(v);
    return i - (v < i ? 1 : 0);
}

} // namespace

PoolLinesItem::PoolLinesItem(QGraphicsItem* parent)
    : QGraphicsItem{parent}
{
    // Nothing to hover or click: the chart view reads values from its range.
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void PoolLinesItem::setLines(QList<Line> lines)
{
    m_lines = std::move(lines);
    remap();
}

void PoolLinesItem::clear()
{
    setLines({});
}

void PoolLinesItem::setStyle(double width, bool antialiased)
{
    m_width = width;
    m_antialiased = antialiased;
    m_imageValid = false;
    update();
}

void PoolLinesItem::setMapping(
    const QRectF& plotArea, double xMin, double xMax, double yMin, double yMax)
{
    if (plotArea == m_plotArea && xMin == m_xMin && xMax == m_xMax && yMin == m_yMin
        && yMax == m_yMax)
        return;
    prepareGeometryChange();
    m_plotArea = plotArea;
    m_xMin = xMin;
    m_xMax = xMax;
    m_yMin = yMin;
    m_yMax = yMax;
    remap();
}

void PoolLinesItem::remap()
{
    m_imageValid = false;
    m_mapped.clear();
    const double xSpan = m_xMax - m_xMin;
    const double ySpan = m_yMax - m_yMin;
    if (xSpan <= 0 || ySpan <= 0 || m_plotArea.isEmpty()) {
        update();
        return;
    }
    const double sx = m_plotArea.width() / xSpan;
    const double sy = m_plotArea.height() / ySpan;
    const double left = m_plotArea.left();
    const double bottom = m_plotArea.bottom();
    m_mapped.reserve(m_lines.size());
    for (const Line& line : std::as_const(m_lines)) {
        QList<QPolygonF> segments;
        segments.reserve(line.segments.size());
        for (const QPolygonF& values : line.segments) {
            QPolygonF mapped(values.size());
            QPointF* out = mapped.data();
            for (const QPointF& value : values)
                *out++
                    = QPointF{left + (value.x() - m_xMin) * sx, bottom - (value.y() - m_yMin) * sy};
            segments.append(std::move(mapped));
        }
        m_mapped.append(std::move(segments));
    }
    update();
}

QRectF PoolLinesItem::boundingRect() const
{
    // Drawing is clipped to the plot area; half a pen either side of it.
    return m_plotArea.adjusted(-m_width, -m_width, m_width, m_width);
}

void PoolLinesItem::rasterize()
{
    m_imageValid = true;
    const QSize size{static_cast<int>(std::ceil(m_plotArea.width())),
        static_cast<int>(std::ceil(m_plotArea.height()))};
    if (size.isEmpty()) {
        m_image = QImage{};
        return;
    }
    if (m_image.size() != size)
        m_image = QImage{size, QImage::Format_ARGB32_Premultiplied};
    m_image.fill(Qt::transparent);
    const int width = size.width();
    const int height = size.height();
    const double left = m_plotArea.left();
    const double top = m_plotArea.top();

    // Time only grows along a line, so each line crosses a pixel column once and covers
    // one run of rows there: per line and column, the rows [low, high] it touches. Pixel
    // (i, j) covers [i, i + 1) × [j, j + 1) from the plot's top left, as QPainter's
    // aliased rule has it. A steep edge covers its rows; a shallow one the row at the
    // column's centre, one pixel thick as a cosmetic pen draws it.
    const qsizetype count = std::min(m_mapped.size(), m_lines.size());
    QList<int> low(count * width, std::numeric_limits<int>::max());
    QList<int> high(count * width, std::numeric_limits<int>::min());
    const auto cover = [&](qsizetype line, int column, int from, int to) {
        if (column < 0 || column >= width || to < 0 || from >= height)
            return;
        const qsizetype at = line * width + column;
        low[at] = std::min(low[at], std::max(from, 0));
        high[at] = std::max(high[at], std::min(to, height - 1));
    };
    for (qsizetype i = 0; i < count; ++i) {
        for (const QPolygonF& segment : m_mapped.at(i)) {
            if (segment.size() == 1) {
                const int y = floorToInt(segment.first().y() - top);
                cover(i, floorToInt(segment.first().x() - left), y, y);
            }
            for (qsizetype k = 1; k < segment.size(); ++k) {
                double x0 = segment.at(k - 1).x() - left;
                double y0 = segment.at(k - 1).y() - top;
                double x1 = segment.at(k).x() - left;
                double y1 = segment.at(k).y() - top;
                if (x1 < x0) {
                    std::swap(x0, x1);
                    std::swap(y0, y1);
                }
                const double dx = x1 - x0;
                const double dy = y1 - y0;
                const int first = std::max(0, floorToInt(x0));
                const int last = std::min(width - 1, floorToInt(x1));
                if (std::abs(dy) >= dx) {
                    const double slope = dx > 0 ? dy / dx : 0;
                    for (int c = first; c <= last; ++c) {
                        // The edge's part inside this column, its ends' rows.
                        const double ya = dx > 0 ? y0 + (std::max(x0, double(c)) - x0) * slope : y0;
                        const double yb
                            = dx > 0 ? y0 + (std::min(x1, double(c + 1)) - x0) * slope : y1;
                        cover(i, c, floorToInt(std::min(ya, yb)), floorToInt(std::max(ya, yb)));
                    }
                } else {
                    const double slope = dy / dx;
                    for (int c = first; c <= last; ++c) {
                        const double x = std::clamp(c + 0.5, x0, x1);
                        const int y = floorToInt(y0 + (x - x0) * slope);
                        cover(i, c, y, y);
                    }
                }
            }
        }
    }

    // Later lines over earlier ones, as they were painted: each pixel is set once, by the
    // last line covering it, top line first and rows already taken skipped.
    QList<QRgb> colours;
    for (qsizetype i = 0; i < count; ++i)
        colours << qPremultiply(m_lines.at(i).colour.rgba());
    uchar* const bits = m_image.bits();
    const qsizetype stride = m_image.bytesPerLine();
    std::vector<std::pair<int, int>> taken;
    for (int c = 0; c < width; ++c) {
        taken.clear();
        for (qsizetype i = count - 1; i >= 0; --i) {
            const qsizetype at = i * width + c;
            if (low[at] > high[at])
                continue;
            int y = low[at];
            const int end = high[at];
            while (y <= end) {
                // Skip a run another line above already set.
                bool skipped = false;
                for (const auto& [from, to] : taken) {
                    if (y >= from && y <= to) {
                        y = to + 1;
                        skipped = true;
                    }
                }
                if (skipped)
                    continue;
                int stop = end;
                for (const auto& [from, to] : taken) {
                    if (from > y)
                        stop = std::min(stop, from - 1);
                }
                for (int row = y; row <= stop; ++row)
                    reinterpret_cast<QRgb*>(bits + stride * row)[c] = colours.at(i);
                y = stop + 1;
            }
            taken.emplace_back(low[at], high[at]);
        }
    }
}

void PoolLinesItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    // One device pixel per item pixel and no rotation or scale: the dense lines are an
    // image. Otherwise (high-DPI, a scaled view) QPainter draws them.
    const bool imageFits = !m_antialiased && m_width <= 1.0
        && painter->transform().type() <= QTransform::TxTranslate
        && painter->device()->devicePixelRatioF() == 1.0;
    if (imageFits) {
        if (!m_imageValid)
            rasterize();
        if (!m_image.isNull())
            painter->drawImage(m_plotArea.topLeft(), m_image);
        return;
    }
    painter->save();
    painter->setClipRect(m_plotArea);
    painter->setRenderHint(QPainter::Antialiasing, m_antialiased);
    // A cosmetic width is in device pixels: at a device pixel ratio of 2 a 1 px line would
    // be a hairline beside the chart's own 2 px (logical) lines.
    const qreal width = m_width * painter->device()->devicePixelRatioF();
    for (qsizetype i = 0; i < m_mapped.size() && i < m_lines.size(); ++i) {
        QPen pen{m_lines.at(i).colour, width};
        pen.setCosmetic(true);
        pen.setCapStyle(Qt::SquareCap);
        pen.setJoinStyle(Qt::BevelJoin);
        painter->setPen(pen);
        for (const QPolygonF& segment : m_mapped.at(i))
            painter->drawPolyline(segment);
    }
    painter->restore();
}

} // namespace opsdash
