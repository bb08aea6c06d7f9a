#pragma once

// The built-in baseline, for tests that need the sign-off's expected values. A broken
// built-in baseline is a build defect, so it stops the test at once.
#include "model/BaselineLoader.h"

#include <QtGlobal>

inline opsdash::Baseline defaultBaseline()
{
    opsdash::Result<opsdash::Baseline> baseline = opsdash::BaselineLoader::loadDefault();
    if (!baseline)
        qFatal("default baseline: %s", qPrintable(baseline.error().toString()));
    return std::move(baseline).value();
}
