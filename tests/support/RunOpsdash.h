#pragma once

// Runs the real opsdash executable (OPSDASH_BINARY) the way a user or a script does and
// captures its exit status and output.
#include <QEventLoop>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

struct OpsdashRun
{
    int exitCode{-1}; // -1: crashed or hung
    QString out;
    QString err;
};

// The caller's environment for opsdash, with extraEnvironment's "NAME=value" entries added.
inline QProcessEnvironment opsdashEnvironment(const QStringList& extraEnvironment)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Tests assert English messages; a German desktop must not change that (docs/i18n.md).
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const QString& entry : extraEnvironment)
        environment.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    return environment;
}

inline OpsdashRun finishedRun(QProcess& process, bool finished)
{
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

// extraEnvironment: "NAME=value" entries added to the caller's environment.
inline OpsdashRun runOpsdash(
    const QStringList& arguments, int timeoutMs = 60000, const QStringList& extraEnvironment = {})
{
    QProcess process;
    process.setProcessEnvironment(opsdashEnvironment(extraEnvironment));
    process.start(QStringLiteral(OPSDASH_BINARY), arguments);
    return finishedRun(process, process.waitForFinished(timeoutMs));
}

// The same, waiting in an event loop instead of blocking, so that a server in the test's
// own process (a TestHttpServer on 127.0.0.1) can answer opsdash meanwhile.
inline OpsdashRun runOpsdashServing(
    const QStringList& arguments, int timeoutMs = 60000, const QStringList& extraEnvironment = {})
{
    QProcess process;
    process.setProcessEnvironment(opsdashEnvironment(extraEnvironment));
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(OPSDASH_BINARY), arguments);
    loop.exec();
    return finishedRun(process,
        process.state() == QProcess::NotRunning && process.error() != QProcess::FailedToStart);
}
