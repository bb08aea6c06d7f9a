#pragma once

// Runs `sha256sum -c SHA256SUMS` in an evidence bundle's folder, as a reviewer would.
#include <QProcess>
#include <QString>

struct Sha256SumsCheck
{
    int exitCode{-1}; // -1: sha256sum could not run or did not finish
    QString output; // its lines ("report.md: OK") and complaints
};

inline Sha256SumsCheck checkSha256Sums(const QString& dir)
{
    QProcess check;
    check.setWorkingDirectory(dir);
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")});
    if (!check.waitForFinished(60000) || check.exitStatus() != QProcess::NormalExit)
        return {};
    return {check.exitCode(), QString::fromUtf8(check.readAll())};
}
