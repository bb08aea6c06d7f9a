#pragma once

#include "model/Finding.h"

#include <QString>

namespace opsdash {

// A check status as the window says it, in the user's language ("fail" → "Abweichung").
// Check ids, JSON and the command line keep statusWord()'s words.
namespace CheckStatusText {

QString label(CheckStatus status);

} // namespace CheckStatusText

} // namespace opsdash
