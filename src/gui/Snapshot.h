#pragma once

#include <QImage>
#include <QString>

class QWidget;

namespace opsdash {

// Screenshots that can serve as evidence: the widget as rendered, with a footer line
// saying when, of what and by which opsdash and baseline it was taken.
namespace Snapshot {

QImage render(QWidget& widget, const QString& footer);

} // namespace Snapshot

} // namespace opsdash
