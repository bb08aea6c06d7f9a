#pragma once

// A real PgBouncer (Debian's /usr/sbin/pgbouncer) on a free loopback port in front of the
// shared PostgreSQL fixture (its socket directory), for as long as the object lives: its
// `postgres` database pooled in session mode, trust authentication, `postgres` an admin
// user and `stats` a stats user of the admin console. Run as root, it drops to the
// `postgres` OS user (-u), as PostgreSQL does. Stopped (SIGTERM, then SIGKILL) in the
// destructor.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>
#include <unistd.h>

namespace opsdash::test {

class PgBouncerProcess final
{
public:
    // settings: extra [pgbouncer] lines, e.g. {"default_pool_size = 5"}.
    explicit PgBouncerProcess(const QStringList& settings = {})
    {
        const QString socketDir = qEnvironmentVariable("OPSDASH_TEST_PG_SOCKET_DIR");
        const QString serverPort = qEnvironmentVariable("OPSDASH_TEST_PG_PORT");
        if (socketDir.isEmpty() || serverPort.isEmpty()) {
            m_error = QStringLiteral("no PostgreSQL fixture in the environment");
            return;
        }
        if (!QFile::exists(QStringLiteral("/usr/sbin/pgbouncer"))) {
            m_error = QStringLiteral("/usr/sbin/pgbouncer is missing: run scripts/setup");
            return;
        }
        {
            // A port the kernel just handed out; free again once the server closes.
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0)) {
                m_error = probe.errorString();
                return;
            }
            m_port = probe.serverPort();
        }
        // PgBouncer, as the postgres OS user, reads its files here.
        QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        write(QStringLiteral("users.txt"), "\"postgres\" \"\"\n\"stats\" \"\"\n");
        QByteArray ini = "[databases]\npostgres = host=" + socketDir.toUtf8()
            + " port=" + serverPort.toUtf8() + " dbname=postgres user=postgres\n"
            + "[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = " + QByteArray::number(m_port)
            + "\nunix_socket_dir =\nauth_type = trust\nauth_file = "
            + m_dir.filePath(QStringLiteral("users.txt")).toUtf8()
            + "\nadmin_users = postgres\nstats_users = stats\npool_mode = session\n"
            + "ignore_startup_parameters = extra_float_digits\n";
        for (const QString& line : settings)
            ini += line.toUtf8() + '\n';
        write(QStringLiteral("pgbouncer.ini"), ini);

        QStringList arguments;
        if (geteuid() == 0)
            arguments << QStringLiteral("-u") << QStringLiteral("postgres");
        arguments << m_dir.filePath(QStringLiteral("pgbouncer.ini"));
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("/usr/sbin/pgbouncer"), arguments);
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return;
        }
        const QByteArray admin = adminConninfo("stats");
        if (!QTest::qWaitFor(
                [&] {
                    return PQping(admin.constData()) == PQPING_OK
                        || m_process.state() != QProcess::Running;
                },
                15000)
            || m_process.state() != QProcess::Running)
            m_error = QStringLiteral("pgbouncer did not start: ")
                + QString::fromUtf8(m_process.readAll());
    }

    ~PgBouncerProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    PgBouncerProcess(const PgBouncerProcess&) = delete;
    PgBouncerProcess& operator=(const PgBouncerProcess&) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    // The pooled `postgres` database through PgBouncer.
    QByteArray conninfo(const QByteArray& extra = {}) const
    {
        return "host=127.0.0.1 port=" + QByteArray::number(m_port)
            + " dbname=postgres user=postgres " + extra;
    }
    // Its admin console as the given user (`stats` reads, `postgres` may SET).
    QByteArray adminConninfo(const QByteArray& user) const
    {
        return "host=127.0.0.1 port=" + QByteArray::number(m_port)
            + " dbname=pgbouncer user=" + user;
    }

private:
    void write(const QString& name, const QByteArray& bytes)
    {
        QFile file{m_dir.filePath(name)};
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            m_error = QStringLiteral("cannot write %1").arg(file.fileName());
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port{0};
    QString m_error;
};

} // namespace opsdash::test
