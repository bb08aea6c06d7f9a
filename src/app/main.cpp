#include "CommandLine.h"
#include "Console.h"
#include "Version.h"
#include "gui/common/Theme.h"
#include "gui/targets/TargetSelector.h"
#include "gui/window/MainWindow.h"
#include "gui/window/Notifications.h"
#include "i18n/Language.h"
#include "model/BaselineLoader.h"
#include "secrets/ProfileStore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QScreen>

#include <memory>
#include <optional>

namespace {

QStringList rawArguments(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// `--lang CODE` / `--lang=CODE`, anywhere on the line, applies to the GUI and every
// subcommand: taken out of argv before QApplication or a parser sees it. Empty when given
// without a code (an error later); nullopt when not given (follow the system).
std::optional<QString> takeLanguageOption(int& argc, char** argv)
{
    std::optional<QString> code;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument{argv[i]};
        if (argument == "--lang") {
            code = i + 1 < argc ? QString::fromLocal8Bit(argv[++i]) : QString{};
            continue;
        }
        if (argument.startsWith("--lang=")) {
            code = QString::fromLocal8Bit(argument.mid(7));
            continue;
        }
        argv[kept++] = argv[i];
    }
    argc = kept;
    argv[argc] = nullptr;
    return code;
}

// Installs the translations (needs the application object); a usage error, in the system's
// language, when --lang names a language opsdash lacks.
std::optional<int> useLanguage(const std::optional<QString>& option)
{
    const opsdash::Result<QString> chosen = opsdash::Language::apply(option);
    if (chosen)
        return std::nullopt;
    opsdash::Language::apply(std::nullopt);
    // Resolved again: the reason in the language just installed.
    return opsdash::usageError(opsdash::Language::resolve(option).error().toString());
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

int runDashboard(int argc, char** argv, const std::optional<QString>& language)
{
    opsdash::TargetOptions options;
    std::optional<opsdash::Baseline> baseline;
    QString startupProfile;
    {
        // Usage and input errors (a broken baseline, an unknown profile) are told before a
        // QApplication exists, as they need no display, and in the user's language: a
        // short-lived QCoreApplication carries the translators until then.
        const QCoreApplication checking{argc, argv};
        describeApplication(); // QSettings (profiles) needs the names
        if (const std::optional<int> status = useLanguage(language))
            return *status;
        const std::variant<opsdash::TargetOptions, int> parsed
            = opsdash::CommandLine::parseGuiOptions(rawArguments(argc, argv));
        if (const int* status = std::get_if<int>(&parsed))
            return *status;
        options = std::get<opsdash::TargetOptions>(parsed);

        // The profile to open: --profile, else the last one used (unless --db names a target).
        const opsdash::ProfileStore profiles;
        startupProfile = options.profile;
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

        const opsdash::Result<opsdash::Baseline> loaded
            = opsdash::BaselineLoader::loadFileOrDefault(options.baselinePath);
        if (!loaded)
            return opsdash::usageError(loaded.error().toString());
        baseline = *loaded;
    }

    QApplication app{argc, argv};
    describeApplication();
    useLanguage(language); // checked above
    // --theme applies to this run only; the View menu's choice is the one that is saved.
    opsdash::Theme::rememberSystemPalette();
    opsdash::Theme::apply(
        opsdash::Theme::fromName(options.theme).value_or(opsdash::Theme::saved()));

    opsdash::MainWindow window{*baseline, options};
    if (!options.profile.isEmpty())
        window.openProfile(startupProfile);
    else if (!options.hasDatabase && !window.targetSelector()->store().names().isEmpty())
        window.showOverview(); // the start page: every saved target at once
    else if (!options.hasDatabase)
        window.showWelcomeIfNoTargets();
    if (!options.minimized) {
        // A small screen (a 1280×720 laptop) cannot hold the default size and the frame around
        // it: the window starts maximized instead of reaching under the screen's edge, where
        // the status bar would be out of sight.
        const QSize frame{20, 60}; // decorations, not known before the window is shown
        const QSize available = window.screen()->availableGeometry().size();
        if (window.width() + frame.width() > available.width()
            || window.height() + frame.height() > available.height())
            window.showMaximized();
        else
            window.show();
    } else {
        window.showOverview(); // the tray watches every saved target
        if (window.notifications()->canHoldWindow())
            QGuiApplication::setQuitOnLastWindowClosed(false); // the tray icon brings it up
        else
            window.showMinimized(); // no tray: a minimized window is the way back
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    const std::optional<QString> language = takeLanguageOption(argc, argv);
    const QStringList arguments = rawArguments(argc, argv);
    if (opsdash::CommandLine::wantsGui(arguments))
        return runDashboard(argc, argv, language);

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
    if (const std::optional<int> status = useLanguage(language))
        return *status;
    return opsdash::CommandLine::run(QCoreApplication::arguments());
}
