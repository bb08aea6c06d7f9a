#include "CommandLine.h"
#include "Console.h"
#include "Subcommands.h"
#include "drift/BaselineInit.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace opsdash {

int runBaselineInitCommand(const QCommandLineParser& parser)
{
    const QString repo = parser.value(QStringLiteral("repo"));
    if (repo.isEmpty())
        return usageError(CommandLine::tr("baseline init: --repo DIR is required"));
    if (!QFileInfo{repo}.isDir())
        return usageError(CommandLine::tr("baseline init: %1 is not a directory").arg(repo));
    const QString out = parser.value(QStringLiteral("out"));
    if (!out.isEmpty() && QFileInfo::exists(out) && !parser.isSet(QStringLiteral("force")))
        return usageError(
            CommandLine::tr("baseline init: %1 exists; give --force to overwrite it").arg(out));

    const BaselineInit::Outcome outcome = BaselineInit::discover(repo);
    QTextStream& err = standardError();
    for (const QString& line : outcome.found)
        err << QStringLiteral("opsdash: ") << CommandLine::tr("found: %1").arg(line) << Qt::endl;
    for (const QString& line : outcome.notFound)
        err << QStringLiteral("opsdash: ") << CommandLine::tr("not found: %1").arg(line)
            << Qt::endl;
    if (!outcome.baseline)
        return usageError(
            CommandLine::tr("baseline init: no baseline written: %1 holds no connection pool "
                            "opsdash can read (looked at %2 of %3 files)")
                .arg(repo)
                .arg(outcome.filesRead)
                .arg(outcome.filesWalked));

    const QByteArray json = QJsonDocument{*outcome.baseline}.toJson(QJsonDocument::Indented);
    if (out.isEmpty()) {
        QTextStream& stream = standardOutput();
        stream << QString::fromUtf8(json);
        stream.flush();
    } else {
        QSaveFile file{out};
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return usageError(
                CommandLine::tr("baseline init: cannot write %1: %2").arg(out, file.errorString()));
        err << QStringLiteral("opsdash: ") << CommandLine::tr("wrote %1").arg(out) << Qt::endl;
    }
    return static_cast<int>(ExitStatus::Ok);
}

} // namespace opsdash
