#pragma once

// Runs the real opsdash executable (OPSDASH_BINARY) the way a user or a script does and
// captures its exit status and output.
#include <QProcess>
#include <QString>
#include <QStringList>

struct OpsdashRun
{
    int exitCode{-1}; // -1: crashed or hung
    QString out;
    QString err;
};

// extraEnvironment: "NAME=value" entries added to the caller's environment.
inline OpsdashRun runOpsdash(
    const QStringList& arguments, int timeoutMs = 60000, const QStringList& extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Tests assert English messages; a German desktop must not change that (docs/i18n.md).
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const QString& entry : extraEnvironment)
        environment.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OPSDASH_BINARY), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}
