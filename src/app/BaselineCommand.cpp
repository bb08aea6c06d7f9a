#include "CommandLine.h"
#include "Console.h"
#include "Subcommands.h"
#include "drift/RepoLocator.h"
#include "model/BaselineLoader.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace opsdash {

int runBaselineCommand(const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("baseline"));
    const Result<Baseline> baseline = BaselineLoader::loadFileOrDefault(path);
    if (!baseline)
        return usageError(baseline.error().toString());

    QTextStream& err = standardError();
    for (const QString& warning : baseline->warnings)
        err << QStringLiteral("opsdash: ") << CommandLine::tr("warning: %1").arg(warning)
            << Qt::endl;
    QTextStream& out = standardOutput();
    if (parser.isSet(QStringLiteral("dump"))) {
        out << QString::fromUtf8(QJsonDocument{baseline->toJson()}.toJson(QJsonDocument::Indented));
        out.flush();
        return static_cast<int>(ExitStatus::Ok);
    }
    out << QStringLiteral("ok") << Qt::endl;
    for (const QString& line : baseline->summaryLines())
        out << QStringLiteral("  ") << line << Qt::endl;
    // With a checkout: say which files entries match nothing there, and what is near.
    const QString repo = parser.value(QStringLiteral("repo"));
    if (!repo.isEmpty()) {
        const RepoLocator locator{repo};
        for (auto it = baseline->files.cbegin(); it != baseline->files.cend(); ++it) {
            const QString hint = locator.hint(it.value());
            if (!hint.isEmpty())
                out << QStringLiteral("  ")
                    << CommandLine::tr("files.%1 '%2' matches nothing in %3: %4")
                           .arg(it.key(), it.value(), repo, hint)
                    << Qt::endl;
        }
    }
    return static_cast<int>(ExitStatus::Ok);
}

} // namespace opsdash
