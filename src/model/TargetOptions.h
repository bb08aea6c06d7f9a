#pragma once

#include <QString>

#include <chrono>

namespace opsdash {

// What to watch, as given on the command line (GUI and subcommands alike) or by a profile.
struct TargetOptions
{
    QString conninfo; // libpq conninfo/URI/service; empty with hasDatabase false: none
    bool hasDatabase{false};
    QString sessionsUrl; // base URL of the web app's session endpoints
    QString repoDir; // monorepo checkout for the source plane
    QString baselinePath; // empty: the built-in baseline
    QString profile;
    std::chrono::seconds interval{2};
    // Cancel query / terminate backend from the activity panel. Off: opsdash is read-only
    // unless a profile says otherwise.
    bool allowBackendSignals{false};
};

} // namespace opsdash
