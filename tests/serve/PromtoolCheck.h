#pragma once

// `promtool check metrics` on an exposition: the problems it reports, one a line; empty
// when it accepts the text. Its linter flags the "_count" suffix of a gauge, and
// pg_stat_activity_count is postgres_exporter's name for one, kept on purpose so that
// existing dashboards work (docs/metrics.md): that one finding is expected and dropped.
// A parse error (exit status 1) is always reported.
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

inline QStringList promtoolMetricsProblems(const QByteArray& exposition)
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        return {QStringLiteral("promtool not found: scripts/setup installs prometheus")};
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    if (!process.waitForStarted())
        return {QStringLiteral("promtool did not start")};
    process.write(exposition);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return {QStringLiteral("promtool timed out")};
    QStringList problems;
    for (const QString& line :
        QString::fromUtf8(process.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        if (line
            != QLatin1String{"pg_stat_activity_count non-histogram and non-summary metrics "
                             "should not have \"_count\" suffix"})
            problems << line;
    }
    // 0: clean; 3: lint findings only (all of them expected, or listed above).
    if (process.exitCode() != 0 && process.exitCode() != 3)
        problems.prepend(QStringLiteral("promtool exited %1").arg(process.exitCode()));
    return problems;
}
