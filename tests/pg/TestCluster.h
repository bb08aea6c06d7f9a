#pragma once

// A private throwaway PostgreSQL cluster for tests that restart, stop or fill the server
// (they must not disturb the shared `pg` fixture other tests run against). It uses the
// same script as the fixture, tests/fixtures/pg-cluster, and is removed in the destructor.
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

class TestCluster final
{
public:
    // settings: extra server settings, e.g. {"max_connections=10"}.
    explicit TestCluster(const QStringList& settings = {})
    {
        m_state = m_dir.filePath(QStringLiteral("cluster.env"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OPSDASH_PG_SETTINGS"), settings.join(u' '));
        m_error = run({QStringLiteral("start"), m_state}, environment);
        if (!m_error.isEmpty())
            return;
        QFile file{m_state};
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("no state file written");
            return;
        }
        for (const QByteArray& line : file.readAll().split('\n')) {
            const int equals = line.indexOf('=');
            if (equals > 0)
                m_values.insert(QString::fromUtf8(line.left(equals)),
                    QString::fromUtf8(line.mid(equals + 1)).remove(u'\''));
        }
    }
    ~TestCluster()
    {
        run({QStringLiteral("stop"), m_state}, QProcessEnvironment::systemEnvironment());
    }
    TestCluster(const TestCluster&) = delete;
    TestCluster& operator=(const TestCluster&) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString value(const char* name) const { return m_values.value(QLatin1String{name}); }
    QByteArray conninfo() const { return value("OPSDASH_TEST_PG_CONNINFO").toUtf8(); }
    QByteArray tcpConninfo() const { return value("OPSDASH_TEST_PG_TCP_CONNINFO").toUtf8(); }

    // pg_ctl as the cluster's owner: "restart -m immediate", "stop -m fast", "start".
    QString pgCtl(const QStringList& arguments) const
    {
        QStringList command{value("OPSDASH_TEST_PG_BINDIR") + QStringLiteral("/pg_ctl"),
            QStringLiteral("-D"), value("OPSDASH_TEST_PG_DATA"), QStringLiteral("-w"),
            QStringLiteral("-l"), value("OPSDASH_TEST_PG_ROOT") + QStringLiteral("/server.log"),
            QStringLiteral("-o"), QStringLiteral("-p ") + value("OPSDASH_TEST_PG_PORT")};
        command += arguments;
        if (geteuid() == 0)
            command = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"),
                          QStringLiteral("postgres"), QStringLiteral("--")}
                + command;
        QProcess process;
        process.start(command.takeFirst(), command);
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            return QString::fromUtf8(
                process.readAllStandardError() + process.readAllStandardOutput());
        return {};
    }

private:
    static QString script()
    {
        return QStringLiteral(OPSDASH_SOURCE_DIR "/tests/fixtures/pg-cluster");
    }

    static QString run(const QStringList& arguments, const QProcessEnvironment& environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(script(), arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0)
            return QStringLiteral("pg-cluster %1 failed: %2")
                .arg(arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()));
        return {};
    }

    QTemporaryDir m_dir;
    QString m_state;
    QString m_error;
    QMap<QString, QString> m_values;
};
