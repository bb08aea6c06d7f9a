#pragma once

#include "model/Baseline.h"
#include "model/TargetOptions.h"

#include <QList>

#include <variant>

class QCommandLineParser;

namespace opsdash {

// What a rendering subcommand (snapshot, evidence) watches: a saved profile (--profile,
// its secrets read from the keychain the way the window reads them) or --db, --sessions,
// --repo and --baseline; given options override the profile's. The baseline is loaded.
struct TargetInputs
{
    Baseline baseline;
    TargetOptions options;
};

// An int is the exit status of a usage or input error already reported on stderr;
// `command` prefixes the messages ("snapshot", "evidence").
std::variant<TargetInputs, int> readTargetInputs(
    const QCommandLineParser& parser, const QString& command);

// Several targets (`evidence --profile A --profile B`, or --db repeated), each read as
// readTargetInputs reads one; --repo and --baseline apply to every one, --sessions to none
// (a usage error: each profile names its own). One target or none: readTargetInputs's.
std::variant<QList<TargetInputs>, int> readTargetInputsList(
    const QCommandLineParser& parser, const QString& command);

} // namespace opsdash
