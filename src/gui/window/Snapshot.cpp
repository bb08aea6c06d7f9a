#include "gui/window/Snapshot.h"

#include <QPainter>
#include <QTabWidget>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace opsdash::Snapshot {

namespace {

// Names users type → objectNames in the window (MainWindow and the panels set them).
constexpr std::pair<const char*, const char*> Panels[] = {
    {"pools", "poolBudgetPanel"},
    {"chart", "historyChart"},
    {"sessions", "sessionsPanel"},
    {"drift", "driftPanel"},
    {"activity", "activityPanel"},
    {"events", "eventsPanel"},
};

QWidget* byObjectName(QWidget& window, const QString& name)
{
    for (const auto& [typed, objectName] : Panels) {
        if (name == QLatin1String{typed})
            return window.findChild<QWidget*>(QLatin1String{objectName});
    }
    return nullptr;
}

} // namespace

QStringList panelNames()
{
    QStringList names;
    for (const auto& [typed, objectName] : Panels)
        names << QLatin1String{typed};
    return names;
}

QStringList availablePanels(QWidget& window)
{
    QStringList names;
    for (const QString& name : panelNames()) {
        if (byObjectName(window, name) != nullptr)
            names << name;
    }
    return names;
}

QWidget* findPanel(QWidget& window, const QString& name)
{
    QWidget* panel = byObjectName(window, name);
    if (panel == nullptr)
        return nullptr;
    // A panel on a tab that is not current is hidden and would render blank.
    for (QWidget* child = panel; child != nullptr && child != &window;
         child = child->parentWidget()) {
        // A tab page's parent is the QTabWidget's internal stack.
        QWidget* stack = child->parentWidget();
        auto* tabs = stack != nullptr ? qobject_cast<QTabWidget*>(stack->parentWidget()) : nullptr;
        if (tabs != nullptr && tabs->indexOf(child) >= 0)
            tabs->setCurrentWidget(child);
    }
    return panel;
}

QImage render(QWidget& widget, const QString& footer)
{
    const QImage shot = widget.grab().toImage();
    const QFontMetrics metrics{widget.font()};
    // The footer is the picture's provenance: wrapped onto more lines on a narrow capture
    // (one panel), never cut.
    const QRect text = metrics.boundingRect(
        QRect{0, 0, shot.width() - 16, 100000}, Qt::AlignLeft | Qt::TextWordWrap, footer);
    const int band = std::max(text.height(), metrics.height()) + 8;
    QImage image{shot.width(), shot.height() + band, QImage::Format_RGB32};
    image.fill(QColor{0x20, 0x20, 0x20});
    QPainter painter{&image};
    painter.drawImage(0, 0, shot);
    painter.setPen(Qt::white);
    painter.setFont(widget.font());
    painter.drawText(QRect{8, shot.height(), shot.width() - 16, band},
        Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, footer);
    return image;
}

} // namespace opsdash::Snapshot
