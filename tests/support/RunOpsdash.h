#pragma once

// Runs the real opsdash executable (OPSDASH_BINARY) the way a user or a script does and
// captures its exit status and output. A test that checks the exit status should use
// OPSDASH_COMPARE_EXIT: on a mismatch it shows what the child printed and, in a sanitized
// build, the child's sanitizer report, so a flaky run explains itself.
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTimer>

// Makes the test's QSettings the executable's own settings file, and empties it, so that
// `opsdash … --profile NAME` run by the test sees the profiles the test saves
// (XDG_CONFIG_HOME is private to each test, tests/CMakeLists.txt).
inline void shareSettingsWithTheExecutable()
{
    QCoreApplication::setOrganizationName(QStringLiteral("opsdash"));
    QCoreApplication::setApplicationName(QStringLiteral("opsdash"));
    QSettings{}.clear();
}

struct OpsdashRun
{
    int exitCode{-1}; // -1: crashed or hung
    QString out;
    QString err;
    qint64 pid{0};
    QString failure; // why exitCode is -1: "crashed", "timed out after N ms", "did not start"
    QString sanitizerReport; // sanitized builds: the child's report file, if it wrote one

    // Everything a failed comparison should show: status, stderr, stdout, report.
    QString describe(int expectedExitCode) const
    {
        constexpr qsizetype kTail{4000};
        QString text = QStringLiteral("opsdash (pid %1) ").arg(pid)
            + (exitCode >= 0 ? QStringLiteral("exited %1").arg(exitCode) : failure)
            + QStringLiteral(", expected exit %1").arg(expectedExitCode)
            + QStringLiteral("\n--- its stderr ---\n") + err.right(kTail)
            + QStringLiteral("\n--- its stdout ---\n") + out.right(kTail);
        if (!sanitizerReport.isEmpty())
            text += QStringLiteral("\n--- its sanitizer report ---\n") + sanitizerReport;
        return text;
    }
};

#define OPSDASH_COMPARE_EXIT(run, expected)                                                        \
    QVERIFY2((run).exitCode == (expected), qPrintable((run).describe(expected)))

// The report file a sanitized child with this pid wrote, if any: log_path=PREFIX in
// ASAN_OPTIONS/UBSAN_OPTIONS (tests/CMakeLists.txt) makes it PREFIX.<pid>.
inline QString sanitizerReportOf(const QProcessEnvironment& environment, qint64 pid)
{
    static const QRegularExpression logPath{QStringLiteral("(?:^|:)log_path=([^:]+)")};
    QString report;
    for (const char* name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"}) {
        const QRegularExpressionMatch match = logPath.match(environment.value(QLatin1String{name}));
        if (!match.hasMatch())
            continue;
        const QString path = match.captured(1) + QLatin1Char{'.'} + QString::number(pid);
        QFile file{path};
        if (file.open(QIODevice::ReadOnly)) {
            report = QString::fromUtf8(file.readAll());
            break; // one file per process, whichever sanitizer wrote it
        }
    }
    return report;
}

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

// What a started process came to, once it finished or ran out of time (the caller adds
// the pid, which QProcess forgets when the process ends, and the sanitizer report).
inline OpsdashRun finishedRun(QProcess& process, bool finished, int timeoutMs)
{
    OpsdashRun run;
    if (process.error() == QProcess::FailedToStart) {
        run.failure = QStringLiteral("did not start: ") + process.errorString();
        return run;
    }
    if (!finished) {
        process.kill();
        process.waitForFinished();
        run.failure = QStringLiteral("timed out after %1 ms (killed)").arg(timeoutMs);
    } else if (process.exitStatus() != QProcess::NormalExit) {
        run.failure = QStringLiteral("crashed: ") + process.errorString();
    } else {
        run.exitCode = process.exitCode();
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// extraEnvironment: "NAME=value" entries added to the caller's environment.
inline OpsdashRun runOpsdash(
    const QStringList& arguments, int timeoutMs = 60000, const QStringList& extraEnvironment = {})
{
    QProcess process;
    process.setProcessEnvironment(opsdashEnvironment(extraEnvironment));
    process.start(QStringLiteral(OPSDASH_BINARY), arguments);
    if (!process.waitForStarted(timeoutMs))
        return finishedRun(process, false, timeoutMs);
    const qint64 pid = process.processId();
    OpsdashRun run = finishedRun(process, process.waitForFinished(timeoutMs), timeoutMs);
    run.pid = pid;
    run.sanitizerReport = sanitizerReportOf(process.processEnvironment(), pid);
    return run;
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
    qint64 pid = 0;
    QObject::connect(&process, &QProcess::started, &loop, [&] { pid = process.processId(); });
    process.start(QStringLiteral(OPSDASH_BINARY), arguments);
    loop.exec();
    OpsdashRun run = finishedRun(process,
        process.state() == QProcess::NotRunning && process.error() != QProcess::FailedToStart,
        timeoutMs);
    run.pid = pid;
    run.sanitizerReport = sanitizerReportOf(process.processEnvironment(), pid);
    return run;
}
