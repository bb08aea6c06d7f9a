#pragma once

// What a picture test asserts of a grabbed widget (tst_panelscreens, tst_sessionspanel): the
// picture has the widget's size in device pixels, and it, and the region of each panel shown
// in it, holds content: at least MinContentShare of the region's pixels differ from its most
// common colour. A region painted as plain background (a panel left empty, or not painted
// at all) stays under that, however its frame is drawn.
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QTest>
#include <QWidget>

#include <algorithm>

namespace picture {

constexpr double MinContentShare = 0.01;

// The share of pixels (every 3rd row and column) that differ from the most common one.
inline double contentShare(const QImage& image, const QRect& region)
{
    QHash<QRgb, int> counts;
    int total = 0;
    for (int y = region.top(); y <= region.bottom(); y += 3) {
        for (int x = region.left(); x <= region.right(); x += 3) {
            ++counts[image.pixel(x, y)];
            ++total;
        }
    }
    if (total == 0)
        return 0;
    int most = 0;
    for (const int count : std::as_const(counts))
        most = std::max(most, count);
    return static_cast<double>(total - most) / total;
}

// The widget's picture into `picture`, checked as above; each of `panels` (widgets inside
// it) that is shown must hold content in its region of the picture.
inline void grabChecked(
    QWidget& widget, const QString& name, QImage* picture, const QList<QWidget*>& panels = {})
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    const QImage image = widget.grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const QSize expected = widget.size() * widget.devicePixelRatioF();
    QVERIFY2(image.size() == expected,
        qPrintable(QStringLiteral("%1: the picture is %2×%3, the widget %4×%5 device pixels")
                       .arg(name)
                       .arg(image.width())
                       .arg(image.height())
                       .arg(expected.width())
                       .arg(expected.height())));
    const double whole = contentShare(image, image.rect());
    QVERIFY2(whole >= MinContentShare,
        qPrintable(QStringLiteral("%1: blank (%2 % of the pixels differ from the background)")
                       .arg(name)
                       .arg(100 * whole, 0, 'f', 2)));
    for (QWidget* panel : panels) {
        QVERIFY2(panel != nullptr, qPrintable(name));
        if (panel != &widget && !panel->isVisibleTo(&widget))
            continue; // on another tab
        const QPoint at = panel == &widget ? QPoint{} : panel->mapTo(&widget, QPoint{});
        const QRect region
            = QRect{QPoint{qRound(at.x() * ratio), qRound(at.y() * ratio)}, panel->size() * ratio}
            & image.rect();
        const double share = contentShare(image, region);
        QVERIFY2(share >= MinContentShare,
            qPrintable(QStringLiteral("%1: the region of %2 (%3,%4 %5×%6) is blank (%7 %)")
                           .arg(name, panel->objectName())
                           .arg(region.x())
                           .arg(region.y())
                           .arg(region.width())
                           .arg(region.height())
                           .arg(100 * share, 0, 'f', 2)));
    }
    *picture = image;
}

} // namespace picture
