#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QRectF>

namespace opsdash {

// The dense pool lines of HistoryChart, drawn straight into the chart's scene. Qt Charts'
// LineChartItem strokes a shape path of every line for hit-testing on each replace() and
// layout (QPainterPathStroker: most of a 7-day frame); the chart's read-out works from the
// history range instead, so these lines need no shape: polylines in a cosmetic pen, mapped
// from values to the plot area once per geometry or axis change.
class PoolLinesItem final : public QGraphicsItem
{
public:
    explicit PoolLinesItem(QGraphicsItem* parent = nullptr);

    struct Line
    {
        QString pool;
        QColor colour;
        QList<QPolygonF> segments; // value space: x = ms since epoch, y = sessions
        bool partial{false}; // buckets the monitor saw only part of (a paler line)
    };

    void setLines(QList<Line> lines);
    void clear();
    // Pen width in pixels and antialiasing, as the chart's series had them.
    void setStyle(double width, bool antialiased);
    // The plot area (in the parent's coordinates) and the axes' ranges values map to.
    void setMapping(const QRectF& plotArea, double xMin, double xMax, double yMin, double yMax);

    const QList<Line>& lines() const { return m_lines; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void remap();
    // Dense lines (one pixel, no antialiasing) set straight into an image of the plot
    // area: a near-vertical min/max zigzag per pixel column made QPainter's cosmetic
    // stroker spend ~6 ns per pixel (15 ms of a 7-day frame); this is ~1 ns. Kept until
    // the lines, the mapping or the style change, so repaints under the read-out only blit.
    void rasterize();

    QList<Line> m_lines;
    QList<QList<QPolygonF>> m_mapped; // per line, per segment, in item coordinates
    QRectF m_plotArea;
    double m_xMin{0};
    double m_xMax{1};
    double m_yMin{0};
    double m_yMax{1};
    double m_width{1.0};
    bool m_antialiased{false};
    QImage m_image; // the dense lines over the plot area; null: draw polylines
    bool m_imageValid{false};
};

} // namespace opsdash
