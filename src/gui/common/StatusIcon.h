#pragma once

#include "model/Alert.h"

#include <QColor>
#include <QIcon>

namespace opsdash {

// The colour and the small filled circle that stand for a severity, in the events table
// and as the tray icon (where the worst current status shows).
namespace StatusIcon {

QColor colour(Severity severity);
QIcon icon(Severity severity);
QString label(Severity severity); // translated: "Info", "Warning", "Critical"

} // namespace StatusIcon

} // namespace opsdash
