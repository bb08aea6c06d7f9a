#include "CommandLine.h"

#include "Console.h"
#include "Subcommands.h"
#include "Version.h"
#include "i18n/Language.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <functional>

namespace opsdash {

namespace {

// Options several subcommands share, declared once.
namespace option {
QCommandLineOption baseline()
{
    return {QStringLiteral("baseline"),
        CommandLine::tr("Baseline file (default: the built-in baseline)."),
        CommandLine::tr("file")};
}
QCommandLineOption repo()
{
    return {QStringLiteral("repo"), CommandLine::tr("Checkout of the monorepo to verify."),
        CommandLine::tr("dir")};
}
QCommandLineOption db()
{
    return {QStringLiteral("db"),
        CommandLine::tr("PostgreSQL target: a conninfo string, a URI or a service name "
                        "(passwords come from PGPASSWORD, .pgpass or the keychain)."),
        CommandLine::tr("conninfo")};
}
QCommandLineOption sessions()
{
    return {QStringLiteral("sessions"),
        CommandLine::tr("Base URL of the web app's session endpoints."), CommandLine::tr("url")};
}
QCommandLineOption profile()
{
    return {QStringLiteral("profile"), CommandLine::tr("Saved target profile to use."),
        CommandLine::tr("name")};
}
QCommandLineOption theme()
{
    return {QStringLiteral("theme"),
        CommandLine::tr("light or dark (default: as saved in the View menu, else the system's)."),
        CommandLine::tr("theme")};
}
QCommandLineOption duration()
{
    return {QStringLiteral("duration"), CommandLine::tr("Observation window in seconds."),
        CommandLine::tr("seconds")};
}
QCommandLineOption format(const QString& choices)
{
    return {QStringLiteral("format"), CommandLine::tr("Output format: %1.").arg(choices),
        CommandLine::tr("format"), QStringLiteral("text")};
}
QCommandLineOption out(const QString& what)
{
    return {QStringLiteral("out"), what, CommandLine::tr("path")};
}
// main() takes --lang out of the arguments before any parser sees them (it applies to the
// GUI and every subcommand); declared for the help text.
QCommandLineOption lang()
{
    return {QStringLiteral("lang"),
        CommandLine::tr("Language of the window and messages (default: the system's)."),
        CommandLine::tr("code")};
}
} // namespace option

struct Subcommand
{
    QString name;
    QString summary;
    std::function<void(QCommandLineParser&)> declareOptions;
    // Null while a later issue has not implemented the subcommand.
    std::function<int(const QCommandLineParser&)> run;
};

const QList<Subcommand>& subcommands()
{
    using P = QCommandLineParser;
    static const QList<Subcommand> list{
        {QStringLiteral("baseline"),
            CommandLine::tr("Validate the baseline and print a summary ('baseline init --repo "
                            "DIR' writes a first one from a checkout)."),
            [](P& p) {
                p.addOption(option::baseline());
                p.addOption(option::repo());
                p.addOption({QStringLiteral("dump"),
                    CommandLine::tr("Print the effective baseline as JSON.")});
            },
            runBaselineCommand},
        {QStringLiteral("baseline init"),
            CommandLine::tr("Write a first baseline from what a checkout's code says."),
            [](P& p) {
                p.addOption({QStringLiteral("repo"), CommandLine::tr("Checkout to read."),
                    CommandLine::tr("dir")});
                p.addOption(option::out(
                    CommandLine::tr("File to write the baseline to (default: standard output).")));
                p.addOption({QStringLiteral("force"),
                    CommandLine::tr("Overwrite the --out file if it exists.")});
            },
            runBaselineInitCommand},
        {QStringLiteral("verify"),
            CommandLine::tr("Check a monorepo checkout against the baseline (source drift)."),
            [](P& p) {
                p.addOption(option::repo());
                p.addOption(option::baseline());
                p.addOption(option::format(QStringLiteral("text, json, markdown")));
            },
            runVerifyCommand},
        {QStringLiteral("probe"),
            CommandLine::tr("Poll a PostgreSQL server and report pools, capacity and live drift."),
            [](P& p) {
                p.addOption(option::db());
                p.addOption(option::profile());
                p.addOption(option::duration());
                p.addOption({QStringLiteral("interval"),
                    CommandLine::tr("Poll interval in seconds."), CommandLine::tr("seconds")});
                p.addOption(option::sessions());
                p.addOption(option::baseline());
                p.addOption(option::format(QStringLiteral("text, json")));
            },
            runProbeCommand},
        {QStringLiteral("sessions"), CommandLine::tr("List login sessions and their time left."),
            [](P& p) {
                p.addOption({QStringLiteral("url"),
                    CommandLine::tr("Base URL of the web app (admin sessions endpoint)."),
                    CommandLine::tr("url")});
                p.addOption(option::db());
                p.addOption(option::baseline());
                p.addOption(option::format(QStringLiteral("text, json")));
                p.addOption({QStringLiteral("ca-file"),
                    CommandLine::tr("PEM file of extra CA certificates to trust for --url."),
                    CommandLine::tr("file")});
            },
            runSessionsCommand},
        {QStringLiteral("snapshot"), CommandLine::tr("Render the dashboard offscreen to a PNG."),
            [](P& p) {
                p.addOption(option::out(CommandLine::tr("PNG file to write.")));
                p.addOption(option::profile());
                p.addOption(option::db());
                p.addOption(option::repo());
                p.addOption(option::sessions());
                p.addOption(option::baseline());
                p.addOption({QStringLiteral("wait"),
                    CommandLine::tr("Seconds to collect data before capturing."),
                    CommandLine::tr("seconds")});
                p.addOption({QStringLiteral("size"),
                    CommandLine::tr("Image size (default 1600x1000)."), CommandLine::tr("WxH")});
                p.addOption(option::theme());
                p.addOption({QStringLiteral("panel"), CommandLine::tr("Capture one panel only."),
                    CommandLine::tr("name")});
                p.addOption({QStringLiteral("overview"),
                    CommandLine::tr("Capture the overview of every saved target.")});
            },
            runSnapshotCommand},
        {QStringLiteral("evidence"),
            CommandLine::tr("Write sign-off evidence (PNG, Markdown, JSON, PDF, checksums)."),
            [](P& p) {
                p.addOption(option::out(CommandLine::tr("Directory to write the evidence to.")));
                p.addOption(option::profile());
                p.addOption(option::db());
                p.addOption(option::repo());
                p.addOption(option::sessions());
                p.addOption(option::baseline());
                p.addOption(option::duration());
                p.addOption({QStringLiteral("include-queries"),
                    CommandLine::tr("Show query texts (redacted) instead of fingerprints.")});
                p.addOption({QStringLiteral("sign"),
                    CommandLine::tr("Sign SHA256SUMS with this GnuPG key (SHA256SUMS.asc)."),
                    CommandLine::tr("key")});
                p.addOption({QStringLiteral("verify"),
                    CommandLine::tr("Check a bundle's signature and every file's checksum."),
                    CommandLine::tr("dir")});
            },
            runEvidenceCommand},
        {QStringLiteral("serve"),
            CommandLine::tr("Watch targets headless and export them to Prometheus (/metrics)."),
            [](P& p) {
                p.addOption({QStringLiteral("config"),
                    CommandLine::tr("JSON file naming the targets to watch (SIGHUP reloads it)."),
                    CommandLine::tr("file")});
                p.addOption(option::db());
                p.addOption(option::profile());
                p.addOption(option::baseline());
                p.addOption({QStringLiteral("interval"),
                    CommandLine::tr("Poll interval in seconds (with --db or --profile)."),
                    CommandLine::tr("seconds")});
                p.addOption({QStringLiteral("listen"),
                    CommandLine::tr("Address and port of /metrics (default 127.0.0.1:9187)."),
                    CommandLine::tr("addr:port")});
                p.addOption({QStringLiteral("log-format"),
                    CommandLine::tr("logfmt (default) or json, one line per event on stderr."),
                    CommandLine::tr("format")});
                p.addOption({QStringLiteral("web-config"),
                    CommandLine::tr("TLS certificate and basic-auth users (bcrypt), in the "
                                    "format of Prometheus' exporter toolkit."),
                    CommandLine::tr("file")});
            },
            runServeCommand},
        {QStringLiteral("rules"),
            CommandLine::tr("Print Prometheus alerting rules made from the baseline's thresholds."),
            [](P& p) {
                p.addOption(option::baseline());
                p.addOption({QStringLiteral("for"),
                    CommandLine::tr("How long a condition holds before its alert fires, and "
                                    "keeps firing after it cleared (default %1).")
                        .arg(QStringLiteral("45s")),
                    CommandLine::tr("duration")});
            },
            runRulesCommand},
    };
    return list;
}

const Subcommand* findSubcommand(const QString& name)
{
    for (const Subcommand& command : subcommands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString topLevelHelp()
{
    QString text;
    QTextStream stream{&text};
    stream << CommandLine::tr("Usage: opsdash [SUBCOMMAND] [options]") << '\n'
           << CommandLine::tr("Without a subcommand, opsdash opens the dashboard window:") << '\n'
           << CommandLine::tr(
                  "  opsdash [--db CONNINFO | --profile NAME] [--sessions URL] [--repo DIR] "
                  "[--baseline F] [--interval S] [--theme light|dark] [--minimized]")
           << "\n\n"
           << CommandLine::tr("Subcommands:") << '\n';
    for (const Subcommand& command : subcommands()) {
        // Two-word commands (baseline init) are named in their first word's summary.
        if (!command.name.contains(u' '))
            stream << QStringLiteral("  %1  %2").arg(command.name, -9).arg(command.summary) << '\n';
    }
    stream << '\n'
           << CommandLine::tr("Options:") << '\n'
           << CommandLine::tr("  -h, --help     Show this help (or a subcommand's, after it).")
           << '\n'
           << CommandLine::tr("  -v, --version  Show the version.") << '\n'
           << CommandLine::tr("  --lang CODE    Language: %1 (default: the system's).")
                  .arg(Language::available().join(QStringLiteral(", ")))
           << '\n'
           << '\n'
           << CommandLine::tr("Exit status: 0 all checked items pass; 1 some check is fail, "
                              "missing or unknown; 2 usage, input or connection error.")
           << '\n';
    return text;
}

bool isHelp(const QString& argument)
{
    return argument == QLatin1String("-h") || argument == QLatin1String("--help")
        || argument == QLatin1String("-?");
}

bool isVersion(const QString& argument)
{
    return argument == QLatin1String("-v") || argument == QLatin1String("--version");
}

} // namespace

bool CommandLine::wantsGui(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return true;
    const QString& first = arguments.at(1);
    return first.startsWith(u'-') && !isHelp(first) && !isVersion(first);
}

std::variant<TargetOptions, int> CommandLine::parseGuiOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(option::db());
    parser.addOption(option::sessions());
    parser.addOption(option::repo());
    parser.addOption(option::baseline());
    parser.addOption(option::profile());
    parser.addOption(option::theme());
    parser.addOption({QStringLiteral("interval"), tr("Poll interval in seconds (1–60)."),
        tr("seconds"), QStringLiteral("2")});
    parser.addOption(option::lang());
    parser.addOption({QStringLiteral("minimized"),
        tr("Start in the tray (for autostart): the window opens from the tray icon.")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'; see 'opsdash --help'")
                              .arg(parser.positionalArguments().constFirst()));
    bool ok = false;
    const int interval = parser.value(QStringLiteral("interval")).toInt(&ok);
    if (!ok || interval < 1 || interval > 60) {
        return usageError(tr("--interval must be a whole number of seconds from 1 to 60, got '%1'")
                              .arg(parser.value(QStringLiteral("interval"))));
    }

    const QString theme = parser.value(QStringLiteral("theme"));
    if (parser.isSet(QStringLiteral("theme")) && theme != QLatin1String{"light"}
        && theme != QLatin1String{"dark"} && theme != QLatin1String{"system"})
        return usageError(tr("--theme must be light, dark or system, got '%1'").arg(theme));
    if (parser.isSet(QStringLiteral("profile")) && parser.isSet(QStringLiteral("db")))
        return usageError(tr("--profile and --db name two targets; give one"));

    TargetOptions options;
    options.theme = theme;
    options.minimized = parser.isSet(QStringLiteral("minimized"));
    options.hasDatabase = parser.isSet(QStringLiteral("db"));
    options.conninfo = parser.value(QStringLiteral("db"));
    options.sessionsUrl = parser.value(QStringLiteral("sessions"));
    // As `opsdash sessions` and `opsdash evidence` do: the sessions table through --db when
    // there is no --sessions URL, and the canary at the --sessions URL's origin.
    options.sessionsTable = options.hasDatabase;
    options.canaryUrl = options.sessionsUrl;
    options.repoDir = parser.value(QStringLiteral("repo"));
    options.baselinePath = parser.value(QStringLiteral("baseline"));
    options.profile = parser.value(QStringLiteral("profile"));
    options.interval = std::chrono::seconds{interval};
    return options;
}

int CommandLine::run(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    if (isHelp(first)) {
        standardOutput() << topLevelHelp();
        return static_cast<int>(ExitStatus::Ok);
    }
    if (isVersion(first)) {
        standardOutput() << QStringLiteral("opsdash ") << QLatin1String{Version} << Qt::endl;
        return static_cast<int>(ExitStatus::Ok);
    }

    // `opsdash baseline init` is a subcommand of its own, with its own options.
    QStringList words = arguments;
    QString name = first;
    if (first == QLatin1String{"baseline"} && words.value(2) == QLatin1String{"init"}) {
        words.removeAt(2);
        name = QStringLiteral("baseline init");
    }
    const Subcommand* command = findSubcommand(name);
    if (command == nullptr) {
        return usageError(first.startsWith(u'-')
                ? tr("unknown option '%1'; see 'opsdash --help'").arg(first)
                : tr("unknown subcommand '%1'; see 'opsdash --help'").arg(first));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.addPositionalArgument(command->name, command->summary, command->name);
    parser.addHelpOption();
    command->declareOptions(parser);
    parser.addOption(option::lang());
    if (!parser.parse(words))
        return usageError(QStringLiteral("%1: %2").arg(command->name, parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt writes "Usage: <argv[0]> [options] <name>"; say it the way users type it.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(u'\n'), tr("Usage: opsdash %1 [options]").arg(command->name));
        standardOutput() << help;
        return static_cast<int>(ExitStatus::Ok);
    }
    if (parser.positionalArguments().size() > 1) {
        return usageError(tr("%1: unexpected argument '%2'")
                              .arg(command->name, parser.positionalArguments().at(1)));
    }
    if (!command->run) {
        standardError() << QStringLiteral("opsdash %1: ").arg(command->name)
                        << tr("not implemented yet") << Qt::endl;
        return static_cast<int>(ExitStatus::UsageError);
    }
    return command->run(parser);
}

} // namespace opsdash
