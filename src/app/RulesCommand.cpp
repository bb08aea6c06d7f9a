#include "CommandLine.h"
#include "Console.h"
#include "Subcommands.h"
#include "model/BaselineLoader.h"
#include "serve/PrometheusRules.h"

#include <QCommandLineParser>

namespace opsdash {

int runRulesCommand(const QCommandLineParser& parser)
{
    std::chrono::seconds forDuration = PrometheusRules::kDefaultFor;
    if (parser.isSet(QStringLiteral("for"))) {
        const Result<std::chrono::seconds> parsed
            = PrometheusRules::parseDuration(parser.value(QStringLiteral("for")));
        if (!parsed)
            return usageError(QStringLiteral("rules: --for: ") + parsed.error().toString());
        forDuration = *parsed;
    }
    const Result<Baseline> baseline
        = BaselineLoader::loadFileOrDefault(parser.value(QStringLiteral("baseline")));
    if (!baseline)
        return usageError(baseline.error().toString());
    QTextStream& out = standardOutput();
    out << PrometheusRules::generate(*baseline, forDuration);
    out.flush();
    return static_cast<int>(ExitStatus::Ok);
}

} // namespace opsdash
