#pragma once

// One finding out of a live engine's findings (LiveTarget::findings()), and the words a
// failed wait for it shows: the tests that watch a real server wait on a check's status.
#include "model/Finding.h"

#include <QList>
#include <QString>

#include <optional>

namespace opsdash::test {

inline std::optional<Finding> findingOf(const QList<Finding>& findings, const QString& checkId)
{
    for (const Finding& finding : findings) {
        if (finding.checkId == checkId)
            return finding;
    }
    return std::nullopt;
}

// "fail: <actual> (<reason>)", or "no such finding".
inline QString describe(const std::optional<Finding>& finding)
{
    if (!finding)
        return QStringLiteral("no such finding");
    return QStringLiteral("%1: %2 (%3)")
        .arg(toString(finding->status), finding->actual, finding->reason);
}

} // namespace opsdash::test
