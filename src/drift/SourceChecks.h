#pragma once

#include "model/Baseline.h"
#include "model/Finding.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace opsdash {

// The source plane (DESIGN.md §2): reads the files the baseline names in a checkout of
// the monorepo, parses TypeScript/TSX and Go with tree-sitter, evaluates the constant
// expressions that configure sessions and pools, and compares them with the baseline.
// docs/drift.md says what each check reads and how it decides.
class SourceChecks final
{
public:
    // One finding per check id, in the order of DESIGN.md §2; never fails as a whole —
    // a file that is missing, unreadable or unparsable becomes the findings that need it.
    // checkedAt becomes every finding's firstSeen.
    static QList<Finding> run(const Baseline& baseline, const QString& repoRoot,
        const QDateTime& checkedAt = QDateTime::currentDateTimeUtc());
};

} // namespace opsdash
