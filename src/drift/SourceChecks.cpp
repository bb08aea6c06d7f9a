#include "SourceChecks.h"

#include "CheckContext.h"
#include "DriftLogging.h"

namespace opsdash {

QList<Finding> SourceChecks::run(
    const Baseline& baseline, const QString& repoRoot, const QDateTime& checkedAt)
{
    CheckContext context{baseline, repoRoot, checkedAt.toUTC()};
    QList<Finding> findings;
    findings += sessionFindings(context);
    findings += providerFindings(context);
    findings += guardFinding(context);
    findings += loginFinding(context);
    findings += poolFindings(context);
    findings += budgetFinding(context);
    findings += poolDocumentationFinding(context);
    findings += taskFindings(context);
    qCDebug(lcDrift) << "source checks of" << repoRoot << "gave" << findings.size() << "findings";
    return findings;
}

} // namespace opsdash
