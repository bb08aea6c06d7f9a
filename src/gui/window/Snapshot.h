#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

class QWidget;

namespace opsdash {

// Screenshots that can serve as evidence: the widget as rendered, with a footer line
// saying when, of what and by which opsdash and baseline it was taken.
namespace Snapshot {

QImage render(QWidget& widget, const QString& footer);

// The panels `snapshot --panel NAME` can capture, by the names users type: pools, chart,
// sessions, drift, activity, events. Each is found in the real window by its objectName.
QStringList panelNames();
// The named panel in `window`, brought to the front of its tab row; null when the name is
// unknown or this build's window has no such panel.
QWidget* findPanel(QWidget& window, const QString& name);
// Those of panelNames() that `window` has.
QStringList availablePanels(QWidget& window);

} // namespace Snapshot

} // namespace opsdash
