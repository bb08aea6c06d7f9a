#pragma once

#include "model/TargetOptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <variant>

namespace opsdash {

// Exit statuses of the command line contract (docs/cli.md).
enum class ExitStatus : int {
    Ok = 0, // every checked item passes
    ChecksFailed = 1, // some check is fail, missing or unknown
    UsageError = 2, // usage, input or connection error
};

// The `opsdash SUBCOMMAND ...` front end. Decides from the raw arguments whether the
// GUI should start, and runs subcommands inside a QCoreApplication.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when no subcommand, --help or --version is given: the GUI starts.
    static bool wantsGui(const QStringList& arguments);

    // The GUI's own options (--db, --sessions, --repo, --baseline, --profile,
    // --interval); an exit status when they are wrong (the reason is on stderr).
    static std::variant<TargetOptions, int> parseGuiOptions(const QStringList& arguments);

    // Runs a subcommand (or the top-level --help/--version) and returns the exit status.
    static int run(const QStringList& arguments);
};

} // namespace opsdash
