#include "StatusCounts.h"

namespace opsdash {

StatusCounts StatusCounts::of(const QList<Finding>& findings)
{
    StatusCounts counts;
    for (const Finding& finding : findings)
        counts.add(finding.status);
    return counts;
}

int StatusCounts::count(CheckStatus status) const
{
    switch (status) {
    case CheckStatus::Pass:
        return pass;
    case CheckStatus::Fail:
        return fail;
    case CheckStatus::Unknown:
        return unknown;
    case CheckStatus::Missing:
        return missing;
    case CheckStatus::NotChecked:
        return notChecked;
    }
    return 0;
}

void StatusCounts::add(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        ++pass;
        break;
    case CheckStatus::Fail:
        ++fail;
        break;
    case CheckStatus::Unknown:
        ++unknown;
        break;
    case CheckStatus::Missing:
        ++missing;
        break;
    case CheckStatus::NotChecked:
        ++notChecked;
        break;
    }
}

} // namespace opsdash
