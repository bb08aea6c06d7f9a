#include "CommandLine.h"
#include "Console.h"
#include "Subcommands.h"
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

    QTextStream& out = standardOutput();
    if (parser.isSet(QStringLiteral("dump"))) {
        out << QString::fromUtf8(QJsonDocument{baseline->toJson()}.toJson(QJsonDocument::Indented));
        out.flush();
        return static_cast<int>(ExitStatus::Ok);
    }
    out << QStringLiteral("ok") << Qt::endl;
    for (const QString& line : baseline->summaryLines())
        out << QStringLiteral("  ") << line << Qt::endl;
    return static_cast<int>(ExitStatus::Ok);
}

} // namespace opsdash
