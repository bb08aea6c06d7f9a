#pragma once

// Whole-file inputs through the source plane (SourceChecks::run): the input becomes the
// named files of an otherwise empty checkout, and every check runs over it as `opsdash
// verify` would. Whatever the file holds, each check gives exactly one finding.
#include "../support/DefaultBaseline.h"
#include "FuzzSupport.h"
#include "drift/SourceChecks.h"

#include <QStringList>

namespace opsdash::fuzz {

inline int runSourceChecks(const QStringList& relativePaths, const uint8_t* data, std::size_t size)
{
    static const Baseline baseline = defaultBaseline();
    static const int expectedFindings = [] {
        return static_cast<int>(
            SourceChecks::run(baseline, scratchDir() + QStringLiteral("/none")).size());
    }();
    const QString root = scratchDir() + QStringLiteral("/repo");
    const QByteArray contents = bytes(data, size);
    for (const QString& path : relativePaths)
        writeFile(root + QLatin1Char{'/'} + path, contents);
    const QList<Finding> findings = SourceChecks::run(baseline, root);
    if (findings.size() != expectedFindings)
        violated("a source file changed the number of findings");
    for (const Finding& finding : findings) {
        if (finding.checkId.isEmpty())
            violated("a finding without a check id");
    }
    return 0;
}

} // namespace opsdash::fuzz
