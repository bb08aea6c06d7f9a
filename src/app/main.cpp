#include "CommandLine.h"
#include "Version.h"
#include "gui/MainWindow.h"

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

} // namespace

int main(int argc, char** argv)
{
    // Subcommands run without a display; only the dashboard itself needs one.
    const bool gui = opsdash::CommandLine::wantsGui(rawArguments(argc, argv));
    const std::unique_ptr<QCoreApplication> app = gui
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QLatin1String{opsdash::ApplicationName});
    QCoreApplication::setOrganizationName(QLatin1String{opsdash::OrganizationName});
    QCoreApplication::setApplicationVersion(QLatin1String{opsdash::Version});

    QTranslator translator;
    if (translator.load(
            QLocale{}, QStringLiteral("opsdash"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    if (!gui)
        return opsdash::CommandLine::run(QCoreApplication::arguments());

    opsdash::MainWindow window;
    window.show();
    return QCoreApplication::exec();
}
