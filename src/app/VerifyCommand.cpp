#include "CommandLine.h"
#include "Console.h"
#include "Subcommands.h"
#include "Version.h"
#include "drift/SourceChecks.h"
#include "model/BaselineLoader.h"
#include "model/StatusCounts.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace opsdash {

namespace {

// tr() for this file; a class rather than a function so that lupdate files the strings
// under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
};

QString summaryLine(const StatusCounts& counts)
{
    return Text::tr("%1 checks: %2 pass, %3 fail, %4 unknown, %5 missing")
        .arg(counts.total())
        .arg(counts.pass)
        .arg(counts.fail)
        .arg(counts.unknown)
        .arg(counts.missing);
}

// The group a check belongs to in text output: the first part of its id.
QString groupOf(const QString& checkId)
{
    return checkId.section(u'.', 0, 0);
}

bool colourWanted()
{
    return ::isatty(::fileno(stdout)) == 1 && qEnvironmentVariableIsEmpty("NO_COLOR");
}

QString coloured(const QString& text, CheckStatus status, bool colour)
{
    if (!colour)
        return text;
    const char* code = "0";
    switch (status) {
    case CheckStatus::Pass:
        code = "32";
        break;
    case CheckStatus::Fail:
        code = "31;1";
        break;
    case CheckStatus::Unknown:
        code = "33";
        break;
    case CheckStatus::Missing:
        code = "35";
        break;
    case CheckStatus::NotChecked:
        code = "2";
        break;
    }
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String{code}, text);
}

void printText(const QString& repo, const Baseline& baseline, const QList<Finding>& findings)
{
    const bool colour = colourWanted();
    QTextStream& out = standardOutput();
    out << Text::tr("source drift of %1").arg(repo) << '\n'
        << Text::tr("baseline %1 (%2)").arg(baseline.name, baseline.sourcePath) << '\n';
    QString group;
    for (const Finding& finding : findings) {
        if (groupOf(finding.checkId) != group) {
            group = groupOf(finding.checkId);
            out << '\n' << group << '\n';
        }
        const QString status = coloured(
            QStringLiteral("%1").arg(toString(finding.status), -8), finding.status, colour);
        QString detail;
        if (finding.status == CheckStatus::Pass)
            detail = finding.actual;
        else if (finding.actual.isEmpty())
            detail = Text::tr("expected %1").arg(finding.expected);
        else
            detail = Text::tr("expected %1, found %2").arg(finding.expected, finding.actual);
        out << QStringLiteral("  %1 %2 %3  [%4]")
                   .arg(status)
                   .arg(finding.checkId, -40)
                   .arg(detail, finding.evidence);
        if (finding.status != CheckStatus::Pass && !finding.reason.isEmpty())
            out << QStringLiteral(" — ") << finding.reason;
        out << '\n';
    }
    out << '\n' << summaryLine(StatusCounts::of(findings)) << '\n';
    out.flush();
}

QJsonObject reportJson(const QString& repo, const Baseline& baseline,
    const QList<Finding>& findings, const QDateTime& checkedAt)
{
    QJsonArray array;
    for (const Finding& finding : findings)
        array.append(finding.toJson());
    const StatusCounts counts = StatusCounts::of(findings);
    return QJsonObject{
        {QStringLiteral("opsdash"), QLatin1String{Version}},
        {QStringLiteral("command"), QStringLiteral("verify")},
        {QStringLiteral("repo"), repo},
        {QStringLiteral("checkedAt"), checkedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("baseline"),
            QJsonObject{{QStringLiteral("name"), baseline.name},
                {QStringLiteral("path"), baseline.sourcePath},
                {QStringLiteral("sha256"), QString::fromLatin1(baseline.sha256)}}},
        {QStringLiteral("summary"),
            QJsonObject{{QStringLiteral("total"), counts.total()},
                {QStringLiteral("pass"), counts.pass}, {QStringLiteral("fail"), counts.fail},
                {QStringLiteral("unknown"), counts.unknown},
                {QStringLiteral("missing"), counts.missing},
                {QStringLiteral("notChecked"), counts.notChecked}}},
        {QStringLiteral("exitStatus"), exitStatusFor(findings)},
        {QStringLiteral("findings"), array},
    };
}

QString cell(QString text)
{
    text.replace(u'|', QLatin1String{"\\|"});
    text.replace(u'\n', u' ');
    return text;
}

QString code(const QString& text)
{
    return text.isEmpty() ? QString{} : QStringLiteral("`%1`").arg(text);
}

void printMarkdown(const QString& repo, const Baseline& baseline, const QList<Finding>& findings,
    const QDateTime& checkedAt)
{
    const StatusCounts counts = StatusCounts::of(findings);
    QTextStream& out = standardOutput();
    out << QStringLiteral("## ") << Text::tr("Source drift: %1").arg(baseline.name) << "\n\n"
        << QStringLiteral("- ") << Text::tr("Repository: %1").arg(code(repo)) << '\n'
        << QStringLiteral("- ")
        << Text::tr("Baseline: %1 (sha256 %2)")
               .arg(code(baseline.sourcePath), code(QString::fromLatin1(baseline.sha256)))
        << '\n'
        << QStringLiteral("- ")
        << Text::tr("Checked: %1 by opsdash %2")
               .arg(checkedAt.toUTC().toString(Qt::ISODate), QLatin1String{Version})
        << '\n'
        << QStringLiteral("- ")
        << (counts.pass == counts.total()
                   ? Text::tr("Result: **all %1 checks pass**").arg(counts.total())
                   : Text::tr("Result: **%1 of %2 checks do not pass**")
                         .arg(counts.total() - counts.pass)
                         .arg(counts.total()))
        << "\n\n";
    out << Text::tr("| Check | Status | Expected | Actual | Evidence |") << '\n'
        << QStringLiteral("|---|---|---|---|---|\n");
    for (const Finding& finding : findings) {
        const QString status = finding.status == CheckStatus::Pass
            ? QStringLiteral("pass")
            : QStringLiteral("**%1**").arg(toString(finding.status));
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(code(finding.checkId), status, cell(finding.expected), cell(finding.actual),
                       code(cell(finding.evidence)));
    }
    QStringList notes;
    for (const Finding& finding : findings) {
        if (finding.status != CheckStatus::Pass && !finding.reason.isEmpty())
            notes.append(QStringLiteral("- %1: %2").arg(code(finding.checkId), finding.reason));
    }
    if (!notes.isEmpty())
        out << '\n' << Text::tr("Notes:") << "\n\n" << notes.join(u'\n') << '\n';
    out.flush();
}

} // namespace

int runVerifyCommand(const QCommandLineParser& parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String{"text"} && format != QLatin1String{"json"}
        && format != QLatin1String{"markdown"})
        return usageError(
            Text::tr("verify: --format must be text, json or markdown, got '%1'").arg(format));
    if (!parser.isSet(QStringLiteral("repo")))
        return usageError(Text::tr("verify: --repo DIR is required (a checkout of the monorepo)"));
    const QString repo = parser.value(QStringLiteral("repo"));
    const QFileInfo info{repo};
    if (!info.exists())
        return usageError(Text::tr("verify: --repo %1: no such directory").arg(repo));
    if (!info.isDir())
        return usageError(Text::tr("verify: --repo %1: not a directory").arg(repo));
    if (!info.isReadable() || !info.isExecutable())
        return usageError(Text::tr("verify: --repo %1: permission denied").arg(repo));

    const Result<Baseline> baseline
        = BaselineLoader::loadFileOrDefault(parser.value(QStringLiteral("baseline")));
    if (!baseline)
        return usageError(baseline.error().toString());
    for (const QString& warning : baseline->warnings)
        standardError() << QStringLiteral("opsdash: ")
                        << CommandLine::tr("warning: %1").arg(warning) << Qt::endl;

    const QDateTime checkedAt = QDateTime::currentDateTimeUtc();
    const QString root = info.canonicalFilePath();
    const QList<Finding> findings = SourceChecks::run(*baseline, root, checkedAt);
    if (format == QLatin1String{"json"}) {
        standardOutput() << QString::fromUtf8(
            QJsonDocument{reportJson(root, *baseline, findings, checkedAt)}.toJson(
                QJsonDocument::Indented));
        standardOutput().flush();
    } else if (format == QLatin1String{"markdown"}) {
        printMarkdown(QDir::toNativeSeparators(repo), *baseline, findings, checkedAt);
    } else {
        printText(QDir::toNativeSeparators(repo), *baseline, findings);
    }
    return exitStatusFor(findings);
}

} // namespace opsdash
