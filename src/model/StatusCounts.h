#pragma once

#include "Finding.h"

#include <QList>

namespace opsdash {

// How many findings have each status: the summary line of `opsdash verify`, the drift
// panel's header.
struct StatusCounts
{
    int pass{0};
    int fail{0};
    int unknown{0};
    int missing{0};
    int notChecked{0};

    static StatusCounts of(const QList<Finding>& findings);
    int total() const { return pass + fail + unknown + missing + notChecked; }
    int count(CheckStatus status) const;
    void add(CheckStatus status);
};

} // namespace opsdash
