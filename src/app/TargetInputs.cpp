#include "TargetInputs.h"

#include "Console.h"
#include "model/BaselineLoader.h"
#include "pg/PgConnection.h"
#include "secrets/ProfileSecrets.h"
#include "secrets/ProfileStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

#include <optional>

namespace opsdash {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TargetInputs)
};

// Whether the command line gave this option. Not every command defines every option a
// target may take (probe has no --repo): an option the parser does not know is not given.
bool given(const QCommandLineParser& parser, const QString& name)
{
    return parser.optionNames().contains(name);
}

QString valueOf(const QCommandLineParser& parser, const QString& name)
{
    return given(parser, name) ? parser.value(name) : QString{};
}

// One target: the saved profile profileName, or (profileName empty) the database db, if any.
std::variant<TargetInputs, int> readOneTarget(const QCommandLineParser& parser,
    const QString& command, const QString& profileName, const std::optional<QString>& db)
{
    std::optional<Profile> profile;
    if (!profileName.isEmpty()) {
        profile = ProfileStore{}.load(profileName);
        if (!profile)
            return usageError(Text::tr("%1: --profile: no saved target is called '%2'")
                                  .arg(command, profileName));
        // Team mode reads Prometheus: only the window (and its snapshot) can show that; a
        // command that polls the database must not fall back to libpq's defaults.
        if (profile->kind == Profile::Kind::Prometheus && command != QLatin1String{"snapshot"})
            return usageError(Text::tr("%1: --profile: '%2' reads Prometheus (team mode); %1 "
                                       "needs a profile that names a database")
                                  .arg(command, profileName));
    }

    const QString baselinePath = given(parser, QStringLiteral("baseline")) || !profile
        ? valueOf(parser, QStringLiteral("baseline"))
        : profile->baselineFile;
    Result<Baseline> baseline = BaselineLoader::loadFileOrDefault(baselinePath);
    if (!baseline)
        return usageError(baseline.error().toString());

    TargetOptions options;
    if (profile) {
        // The profile's secrets from the keychain, the way the GUI reads them. A command
        // line may wait for the keychain; the window never does.
        ProfileSecrets reader;
        ProfileSecrets::Secrets secrets;
        QEventLoop waiting;
        QObject::connect(&reader, &ProfileSecrets::loaded, &waiting,
            [&](const QString&, const ProfileSecrets::Secrets& found, const QStringList& notices) {
                secrets = found;
                for (const QString& notice : notices)
                    standardError()
                        << QStringLiteral("opsdash %1: ").arg(command) << notice << Qt::endl;
                waiting.quit();
            });
        reader.load(*profile);
        waiting.exec();
        options = ProfileSecrets::targetOptions(*profile, secrets);
    } else {
        options.hasDatabase = db.has_value();
        options.conninfo = db.value_or(QString{});
    }
    if (given(parser, QStringLiteral("sessions")) || !profile)
        options.sessionsUrl = valueOf(parser, QStringLiteral("sessions"));
    if (!profile) {
        // The same reading as the window's command line (CommandLine::parseGuiOptions).
        options.sessionsTable = options.hasDatabase;
        options.canaryUrl = options.sessionsUrl;
    }
    if (given(parser, QStringLiteral("repo")) || !profile)
        options.repoDir = valueOf(parser, QStringLiteral("repo"));
    options.baselinePath = baselinePath;
    Baseline effective = std::move(baseline).value();
    // A profile's own app metrics URLs are the ones read, and reports say so.
    const QStringList unknown
        = effective.overrideMetricsUrls(options.poolMetricsUrls, MetricsUrlOrigin::Profile);
    for (const QString& pool : unknown)
        standardError() << Text::tr("opsdash %1: the profile names metrics for pool '%2', which "
                                    "the baseline does not have; ignored")
                               .arg(command, pool)
                        << Qt::endl;
    if (options.hasDatabase) {
        if (const Result<void> checked = PgConnection::checkConninfo(options.conninfo.toUtf8());
            !checked)
            return usageError(QStringLiteral("%1: --db: ").arg(command) + checked.error().message);
    }
    return TargetInputs{std::move(effective), options};
}

} // namespace

std::variant<TargetInputs, int> readTargetInputs(
    const QCommandLineParser& parser, const QString& command)
{
    const QString profileName = parser.value(QStringLiteral("profile"));
    if (!profileName.isEmpty() && given(parser, QStringLiteral("db")))
        return usageError(
            Text::tr("%1: --profile and --db name two targets; give one").arg(command));
    return readOneTarget(parser, command, profileName,
        given(parser, QStringLiteral("db"))
            ? std::optional<QString>{valueOf(parser, QStringLiteral("db"))}
            : std::nullopt);
}

std::variant<QList<TargetInputs>, int> readTargetInputsList(
    const QCommandLineParser& parser, const QString& command)
{
    const QStringList profiles = parser.values(QStringLiteral("profile"));
    const QStringList databases = parser.values(QStringLiteral("db"));
    if (profiles.size() + databases.size() <= 1) {
        std::variant<TargetInputs, int> one = readTargetInputs(parser, command);
        if (const int* status = std::get_if<int>(&one))
            return *status;
        return QList<TargetInputs>{std::get<TargetInputs>(std::move(one))};
    }
    if (!profiles.isEmpty() && !databases.isEmpty())
        return usageError(Text::tr("%1: --profile and --db name two targets; for several, "
                                   "repeat --profile NAME or --db CONNINFO, not both")
                              .arg(command));
    if (given(parser, QStringLiteral("sessions")))
        return usageError(Text::tr("%1: --sessions names one web app; with several targets, "
                                   "save a profile per target with its own sessions URL")
                              .arg(command));
    QList<TargetInputs> targets;
    for (const QString& name : profiles) {
        std::variant<TargetInputs, int> one = readOneTarget(parser, command, name, std::nullopt);
        if (const int* status = std::get_if<int>(&one))
            return *status;
        targets << std::get<TargetInputs>(std::move(one));
    }
    for (const QString& conninfo : databases) {
        std::variant<TargetInputs, int> one = readOneTarget(parser, command, QString{}, conninfo);
        if (const int* status = std::get_if<int>(&one))
            return *status;
        targets << std::get<TargetInputs>(std::move(one));
    }
    return targets;
}

} // namespace opsdash
