#pragma once

// One finding of a running LiveTarget (its findings of the latest tick), for the tests that
// wait on a check's status; describe() (LiveFindings.h) says it for a failing QVERIFY2.
#include "LiveFindings.h"
#include "live/LiveTarget.h"

#include <optional>

namespace opsdash::test {

inline std::optional<Finding> findingOf(const LiveTarget& target, const QString& checkId)
{
    return findingOf(target.findings(), checkId);
}

} // namespace opsdash::test
