#include "gui/common/StatusIcon.h"

#include "gui/common/Palette.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

#include <array>

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

namespace {

QIcon draw(Severity severity)
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

} // namespace

QIcon icon(Severity severity)
{
    // Drawn once per severity: the tray menu asks for one per target at every poll and the
    // events table one per row at every paint, always in the same colours.
    static const std::array<QIcon, 3> drawn{
        draw(Severity::Info), draw(Severity::Warning), draw(Severity::Critical)};
    switch (severity) {
    case Severity::Info:
        return drawn[0];
    case Severity::Warning:
        return drawn[1];
    case Severity::Critical:
        return drawn[2];
    }
    return draw(severity);
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
