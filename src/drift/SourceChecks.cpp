#include "SourceChecks.h"

#include "CheckContext.h"
#include "DriftLogging.h"

#include <QFileInfo>

namespace opsdash {

namespace {

QList<Finding> runChecks(CheckContext& context)
{
    QList<Finding> findings;
    findings += sessionFindings(context);
    findings += providerFindings(context);
    findings += guardFinding(context);
    findings += loginFinding(context);
    findings += poolFindings(context);
    findings += budgetFinding(context);
    findings += poolDocumentationFinding(context);
    findings += taskFindings(context);
    context.distrustMissingInBrokenFiles(findings);
    return findings;
}

} // namespace

QList<Finding> SourceChecks::run(const Baseline& baseline, const QString& repoRoot,
    const QDateTime& checkedAt, Statistics* statistics, QHash<QString, EvaluatedValue>* observed)
{
    const QFileInfo root{repoRoot};
    if (repoRoot.isEmpty() || !root.isDir()) {
        const QString reason = repoRoot.isEmpty() ? tr("no repository given")
            : root.exists() ? tr("the repository %1 is not a directory").arg(repoRoot)
                            : tr("no repository at %1 (no such directory)").arg(repoRoot);
        return unavailable(baseline, CheckStatus::Missing, repoRoot, reason, checkedAt);
    }
    CheckContext context{baseline, repoRoot, checkedAt.toUTC()};
    const QList<Finding> findings = runChecks(context);
    if (statistics != nullptr)
        *statistics = context.statistics();
    if (observed != nullptr)
        *observed = context.observed;
    qCDebug(lcDrift) << "source checks of" << repoRoot << "gave" << findings.size() << "findings";
    return findings;
}

QList<Finding> SourceChecks::unavailable(const Baseline& baseline, CheckStatus status,
    const QString& evidence, const QString& reason, const QDateTime& checkedAt)
{
    // The checks themselves, on a context that answers every file with the reason: the
    // same ids and expected values as a real run, and nothing read from disk.
    CheckContext context{baseline, QString{}, checkedAt.toUTC()};
    context.setOffline(Error{reason, evidence, QString{SourceFile::kMissing}});
    QList<Finding> findings = runChecks(context);
    for (Finding& finding : findings) {
        if (finding.status == CheckStatus::NotChecked)
            continue; // not in the baseline: that stays the answer
        finding.status = status;
        finding.actual.clear();
        finding.evidence = evidence;
        finding.reason = reason;
    }
    return findings;
}

} // namespace opsdash
