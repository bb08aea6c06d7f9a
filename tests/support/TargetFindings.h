#pragma once

// Reads one finding out of a running LiveTarget (its findings of the latest tick), and says
// it in one line for a failing QVERIFY2.
#include "live/LiveTarget.h"

#include <optional>

inline std::optional<opsdash::Finding> findingOf(
    const opsdash::LiveTarget& target, const QString& checkId)
{
    for (const opsdash::Finding& finding : target.findings()) {
        if (finding.checkId == checkId)
            return finding;
    }
    return std::nullopt;
}

// "fail: ACTUAL (REASON)", or "no such finding".
inline QString describe(const std::optional<opsdash::Finding>& finding)
{
    if (!finding)
        return QStringLiteral("no such finding");
    return QStringLiteral("%1: %2 (%3)")
        .arg(toString(finding->status), finding->actual, finding->reason);
}
