#pragma once

// Runs the real opsdash executable (OPSDASH_BINARY) the way a user or a script does and
// captures its exit status and output. A test that checks the exit status should use
// OPSDASH_COMPARE_EXIT: on a mismatch it shows what the child printed and, in a sanitized
// build, the child's sanitizer report, so a flaky run explains itself.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

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
    OpsdashRun run;
    if (!process.waitForStarted(timeoutMs)) {
        run.failure = QStringLiteral("did not start: ") + process.errorString();
        return run;
    }
    run.pid = process.processId();
    const bool finished = process.waitForFinished(timeoutMs);
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
    run.sanitizerReport = sanitizerReportOf(environment, run.pid);
    return run;
}
