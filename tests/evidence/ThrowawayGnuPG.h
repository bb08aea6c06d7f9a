#pragma once

// A throwaway GnuPG home made by a test, with one signing key that has no passphrase (as a
// CI key has), so signing needs no pinentry. Its agent is stopped when it goes away.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

struct GnuPGTool
{
    int exitCode{-1}; // -1: it did not finish or crashed
    QString output; // standard output and error together
};

// Runs program (gpg, gpgconf, or anything that reads GNUPGHOME) with GNUPGHOME=home.
inline GnuPGTool runWithGnuPGHome(const QString& home, const QString& program,
    const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GNUPGHOME"), home);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

class ThrowawayGnuPG final
{
public:
    // home: a folder that does not exist yet (inside the test's temporary folder).
    ThrowawayGnuPG(const QString& home, const QString& email)
        : m_home{home}
    {
        if (!QDir{}.mkpath(home)
            || !QFile::setPermissions(
                home, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            m_error = QStringLiteral("cannot make %1").arg(home);
            return;
        }
        const QString made
            = run(QStringLiteral("gpg"), {QStringLiteral("--batch"), QStringLiteral("--gen-key")},
                QByteArrayLiteral("%no-protection\nKey-Type: EDDSA\nKey-Curve: ed25519\n"
                                  "Name-Real: opsdash test\nName-Email: ")
                    + email.toUtf8() + QByteArrayLiteral("\nExpire-Date: 0\n%commit\n"));
        if (!made.isNull())
            m_error = QStringLiteral("gpg --gen-key failed: ") + made;
    }
    ~ThrowawayGnuPG()
    {
        run(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    }
    ThrowawayGnuPG(const ThrowawayGnuPG&) = delete;
    ThrowawayGnuPG& operator=(const ThrowawayGnuPG&) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString home() const { return m_home; }
    // For runOpsdash's extra environment.
    QString environment() const { return QStringLiteral("GNUPGHOME=") + m_home; }

private:
    // Null when the program ran and exited 0; otherwise what went wrong.
    QString run(const QString& program, const QStringList& arguments, const QByteArray& input = {})
    {
        const GnuPGTool tool = runWithGnuPGHome(m_home, program, arguments, input);
        if (tool.exitCode == 0)
            return {};
        return tool.exitCode < 0 ? QStringLiteral("%1 did not finish").arg(program) : tool.output;
    }

    QString m_home;
    QString m_error;
};
