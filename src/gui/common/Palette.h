#pragma once

#include "model/Activity.h"
#include "model/Finding.h"

#include <QColor>

namespace opsdash {

// The dashboard's colours in one place: by backend state, and by how close a pool is to
// its budget. Chosen to stay apart for the common colour-vision deficiencies and on both
// light and dark window backgrounds; every colour is paired with text, never alone.
namespace Palette {

QColor forState(BackendState state);
QColor ok();
QColor warning();
QColor critical();
QColor disconnected();
// A check's status; shown with its word and a shape (DriftModel), never by colour alone.
QColor forStatus(CheckStatus status);
// Percent of a budget in use against the baseline's thresholds.
QColor forUsage(double percent, double warnPercent, double criticalPercent);

} // namespace Palette

} // namespace opsdash
