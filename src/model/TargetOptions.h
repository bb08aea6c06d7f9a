#pragma once

#include "model/ConnectionParameters.h"
#include "model/PrometheusAccess.h"

#include <QMap>
#include <QString>

#include <chrono>

namespace opsdash {

// What to watch, as given on the command line (GUI and subcommands alike) or by a profile.
struct TargetOptions
{
    QString conninfo; // libpq conninfo/URI/service; empty with hasDatabase false: none
    bool hasDatabase{false};
    // From a profile: keyword/value pairs applied after conninfo (host, port, password from
    // the keychain, ...). Never written anywhere.
    ConnectionParameters connectionParameters;
    QString sessionsUrl; // base URL of the web app's session endpoints
    QString repoDir; // monorepo checkout for the source plane
    QString baselinePath; // empty: the built-in baseline
    QString profile;
    std::chrono::seconds interval{2};
    bool sessionsTable{false}; // count sessions from the table through the monitoring connection
    QString canaryUrl; // base URL for the canary account's /api/auth/session
    // Cancel query / terminate backend from the activity panel; off unless a profile allows it.
    bool allowBackendSignals{false};
    // Team mode: everything is read from this Prometheus (set: no database connection at all).
    PrometheusAccess prometheus;
    // From a profile: PgBouncer's admin console (conninfo); empty: the baseline's, if any.
    QString pgbouncerAdmin;
    // From a profile: pool id → the application's /metrics URL, in place of the baseline's
    // pools[].metricsUrl (Baseline::overrideMetricsUrls).
    QMap<QString, QString> poolMetricsUrls;
    // Not the target's but the command line's: --theme light|dark (empty: the saved choice).
    QString theme;
    // The command line's too: --minimized starts in the tray (autostart).
    bool minimized{false};
};

} // namespace opsdash
