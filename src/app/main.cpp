#include "CommandLine.h"
#include "Console.h"
#include "Version.h"
#include "gui/MainWindow.h"
#include "gui/Theme.h"
#include "model/BaselineLoader.h"
#include "secrets/ProfileStore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

QStringList rawArguments(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QLatin1String{opsdash::ApplicationName});
    QCoreApplication::setOrganizationName(QLatin1String{opsdash::OrganizationName});
    QCoreApplication::setApplicationVersion(QLatin1String{opsdash::Version});
    // Wayland compositors (and KDE on X11) match the window to its desktop entry, and so to
    // its icon, by this name (packaging/). A static setting: harmless without a window.
    QGuiApplication::setDesktopFileName(QLatin1String{opsdash::ApplicationId});
}

int runDashboard(int argc, char** argv, opsdash::TargetOptions options)
{
    describeApplication(); // QSettings (profiles) needs the names before any window exists

    // The profile to open: --profile, else the last one used (unless --db names a target).
    const opsdash::ProfileStore profiles;
    QString startupProfile = options.profile;
    if (!startupProfile.isEmpty() && !profiles.load(startupProfile)) {
        const QStringList names = profiles.names();
        return opsdash::usageError(names.isEmpty()
                ? QCoreApplication::translate(
                    "main", "--profile: no saved target is called '%1' (none saved yet)")
                      .arg(startupProfile)
                : QCoreApplication::translate(
                    "main", "--profile: no saved target is called '%1'; saved: %2")
                      .arg(startupProfile, names.join(QStringLiteral(", "))));
    }
    if (startupProfile.isEmpty() && !options.hasDatabase)
        startupProfile = profiles.lastUsed();
    if (options.baselinePath.isEmpty() && !startupProfile.isEmpty())
        options.baselinePath = profiles.load(startupProfile)->baselineFile;

    // Checked before a window exists: a broken baseline is an input error like any other.
    const opsdash::Result<opsdash::Baseline> baseline = options.baselinePath.isEmpty()
        ? opsdash::BaselineLoader::loadDefault()
        : opsdash::BaselineLoader::loadFile(options.baselinePath);
    if (!baseline)
        return opsdash::usageError(baseline.error().toString());

    QApplication app{argc, argv};
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("opsdash"));
    QTranslator translator;
    if (translator.load(
            QLocale{}, QStringLiteral("opsdash"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    // --theme applies to this run only; the View menu's choice is the one that is saved.
    opsdash::Theme::rememberSystemPalette();
    opsdash::Theme::apply(
        opsdash::Theme::fromName(options.theme).value_or(opsdash::Theme::saved()));

    opsdash::MainWindow window{*baseline, options};
    if (!startupProfile.isEmpty())
        window.openProfile(startupProfile);
    else if (!options.hasDatabase)
        window.showWelcomeIfNoTargets();
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList arguments = rawArguments(argc, argv);
    if (opsdash::CommandLine::wantsGui(arguments)) {
        // Parsed before QApplication: a usage error needs no display.
        const std::variant<opsdash::TargetOptions, int> options
            = opsdash::CommandLine::parseGuiOptions(arguments);
        if (const int* status = std::get_if<int>(&options))
            return *status;
        return runDashboard(argc, argv, std::get<opsdash::TargetOptions>(options));
    }

    // Subcommands run without a display; snapshot and evidence render the real window
    // offscreen.
    const bool renders = arguments.value(1) == QLatin1String{"snapshot"}
        || arguments.value(1) == QLatin1String{"evidence"};
    if (renders && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = renders
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    describeApplication();
    QTranslator translator;
    if (translator.load(
            QLocale{}, QStringLiteral("opsdash"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return opsdash::CommandLine::run(QCoreApplication::arguments());
}
