#include "SessionSourcePlan.h"

namespace opsdash {

SessionSourcePlan SessionSourcePlan::forTarget(const TargetOptions& options, bool hasMonitor)
{
    SessionSourcePlan plan;
    if (!options.sessionsUrl.isEmpty()) {
        plan.sessions = Sessions::AdminEndpoint;
        plan.adminUrl = QUrl{options.sessionsUrl};
    } else if (options.sessionsTable && hasMonitor) {
        plan.sessions = Sessions::SessionsTable;
    } else if (options.sessionsTable) {
        plan.noSessionsReason = tr("no monitoring connection to read the sessions table through");
    } else if (options.hasDatabase) {
        // Only a profile can have a database without the table (its box unticked).
        plan.noSessionsReason
            = tr("no session source: the target has no admin URL and does not read the "
                 "sessions table");
    } else {
        plan.noSessionsReason = tr("no session source given (--sessions URL or --db CONNINFO)");
    }

    if (options.canaryUrl.isEmpty())
        plan.noCanaryReason
            = tr("no canary URL given (--sessions, or the profile's canary URL): the canary "
                 "was not asked");
    else
        plan.canaryUrl = QUrl{options.canaryUrl};
    return plan;
}

SessionsTableSource::Options SessionSourcePlan::tableOptions(const Baseline& baseline)
{
    SessionsTableSource::Options options;
    options.table = baseline.sessionsTable;
    // The built-in baseline is a resource (":/…"), not a file anyone can edit.
    const bool builtIn = baseline.sourcePath.isEmpty() || baseline.sourcePath.startsWith(u':');
    options.baselineName
        = builtIn ? tr("the built-in one; give your own with --baseline") : baseline.sourcePath;
    return options;
}

} // namespace opsdash
