#pragma once

#include "EvaluatedValue.h"
#include "model/Baseline.h"
#include "model/Finding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace opsdash {

// The source plane (docs/checks.md): reads the files the baseline names in a checkout of
// the monorepo, parses TypeScript/TSX and Go with tree-sitter, evaluates the constant
// expressions that configure sessions and pools, and compares them with the baseline.
// docs/checks.md says what each check reads and how it decides.
class SourceChecks final
{
    Q_DECLARE_TR_FUNCTIONS(SourceChecks)

public:
    // What a run touched: the walk of the globs and the files read and parsed. A large
    // checkout must cost a walk of the directories a glob can match and nothing more.
    struct Statistics
    {
        int directoryEntries{0}; // entries the glob walks looked at
        int filesRead{0};
        qint64 bytesRead{0};
        int filesParsed{0};
    };

    // One finding per check id, in the order of docs/checks.md; never fails as a whole —
    // a file that is missing, unreadable or unparsable becomes the findings that need it,
    // and a root that is not a directory makes every check `missing` with its path.
    // checkedAt becomes every finding's firstSeen.
    // observed, when given, receives the value each check read and compared with the
    // baseline, by check id (what `opsdash baseline init` writes as the expected values).
    static QList<Finding> run(const Baseline& baseline, const QString& repoRoot,
        const QDateTime& checkedAt = QDateTime::currentDateTimeUtc(),
        Statistics* statistics = nullptr, QHash<QString, EvaluatedValue>* observed = nullptr);

    // Every source check with one status, evidence and reason, without touching the disk:
    // for a checkout that is not there (`missing`) or not given (`not-checked`).
    static QList<Finding> unavailable(const Baseline& baseline, CheckStatus status,
        const QString& evidence, const QString& reason,
        const QDateTime& checkedAt = QDateTime::currentDateTimeUtc());
};

} // namespace opsdash
