#pragma once

#include "model/Baseline.h"
#include "model/TargetOptions.h"
#include "sessions/SessionsTableSource.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace opsdash {

// Which login-session sources a target calls for, decided in one place so that the
// window's sessions panel and `opsdash evidence` (SessionsProbe) ask the same ones for the
// same profile: the admin endpoint when there is a URL (it also knows createdAt and
// lastSeenAt); without one, the sessions table through the target's monitoring connection
// when the target reads it (a profile's box, or --db on the command line); and the canary
// whenever a canary URL is set (on the command line, the --sessions URL).
struct SessionSourcePlan final
{
    Q_DECLARE_TR_FUNCTIONS(SessionSourcePlan)

public:
    enum class Sessions { None, AdminEndpoint, SessionsTable };

    Sessions sessions{Sessions::None};
    QUrl adminUrl; // with AdminEndpoint
    QString noSessionsReason; // with None: why, in words
    QUrl canaryUrl; // empty: no canary
    QString noCanaryReason; // with no canary URL: why, in words

    // hasMonitor: the target has a monitoring connection to read the sessions table through.
    static SessionSourcePlan forTarget(const TargetOptions& options, bool hasMonitor);

    // The sessions-table source for a baseline; its errors name the file to fix.
    static SessionsTableSource::Options tableOptions(const Baseline& baseline);
};

} // namespace opsdash
