#include "gui/common/StatusIcon.h"

#include "gui/common/Palette.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace opsdash::StatusIcon {

QColor colour(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return Palette::ok();
    case Severity::Warning:
        return Palette::warning();
    case Severity::Critical:
        return Palette::critical();
    }
    return Palette::disconnected();
}

QIcon icon(Severity severity)
{
    // Drawn at a few sizes so trays and high-DPI tables pick a crisp one.
    QIcon icon;
    for (const int size : {16, 22, 32, 64}) {
        QPixmap pixmap{size, size};
        pixmap.fill(Qt::transparent);
        QPainter painter{&pixmap};
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen{colour(severity).darker(140), size / 16.0});
        painter.setBrush(colour(severity));
        const double inset = size / 8.0;
        painter.drawEllipse(QRectF{inset, inset, size - 2 * inset, size - 2 * inset});
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString label(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("opsdash::StatusIcon", "Info");
    case Severity::Warning:
        return QCoreApplication::translate("opsdash::StatusIcon", "Warning");
    case Severity::Critical:
        return QCoreApplication::translate("opsdash::StatusIcon", "Critical");
    }
    return {};
}

} // namespace opsdash::StatusIcon
