#pragma once

// Runs the real opsdash executable with stdout (and stdin/stderr) on a pseudo-terminal,
// the way it runs in an engineer's shell, so isatty() is true for it. Used to check what
// opsdash does only on a terminal (colour).
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

struct TerminalRun
{
    int exitCode{-1}; // -1: did not start, crashed or hung
    QString out; // what the terminal received (stdout and stderr; "\r\n" line ends)
};

// environment: the child's whole environment.
inline TerminalRun runOpsdashOnTerminal(
    const QStringList& arguments, const QProcessEnvironment& environment, int timeoutMs = 60000)
{
    // Everything the child needs is built before fork(): after it only async-signal-safe
    // calls are allowed in the child of a threaded process.
    QList<QByteArray> argStorage{QByteArray{OPSDASH_BINARY}};
    for (const QString& argument : arguments)
        argStorage.append(argument.toLocal8Bit());
    QList<QByteArray> envStorage;
    for (const QString& entry : environment.toStringList())
        envStorage.append(entry.toLocal8Bit());
    QList<char*> argv;
    for (QByteArray& argument : argStorage)
        argv.append(argument.data());
    argv.append(nullptr);
    QList<char*> envp;
    for (QByteArray& entry : envStorage)
        envp.append(entry.data());
    envp.append(nullptr);

    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0)
        return {};
    if (pid == 0) {
        ::execve(argv.first(), argv.data(), envp.data());
        ::_exit(127);
    }

    TerminalRun run;
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    bool timedOut = false;
    for (;;) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0) {
            timedOut = true;
            break;
        }
        pollfd descriptor{master, POLLIN, 0};
        const int ready = ::poll(&descriptor, 1, static_cast<int>(left));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            timedOut = ready == 0;
            break;
        }
        char buffer[4096];
        const ssize_t got = ::read(master, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break; // EIO: the child closed the terminal
        output.append(buffer, got);
    }
    if (timedOut)
        ::kill(pid, SIGKILL);
    ::close(master);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    if (!timedOut && WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    run.out = QString::fromUtf8(output);
    return run;
}
