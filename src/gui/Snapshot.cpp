#include "Snapshot.h"

#include <QPainter>
#include <QWidget>

namespace opsdash::Snapshot {

QImage render(QWidget& widget, const QString& footer)
{
    const QImage shot = widget.grab().toImage();
    const QFontMetrics metrics{widget.font()};
    const int band = metrics.height() + 8;
    QImage image{shot.width(), shot.height() + band, QImage::Format_RGB32};
    image.fill(QColor{0x20, 0x20, 0x20});
    QPainter painter{&image};
    painter.drawImage(0, 0, shot);
    painter.setPen(Qt::white);
    painter.setFont(widget.font());
    painter.drawText(QRect{8, shot.height(), shot.width() - 16, band},
        Qt::AlignVCenter | Qt::AlignLeft,
        metrics.elidedText(footer, Qt::ElideMiddle, shot.width() - 16));
    return image;
}

} // namespace opsdash::Snapshot
