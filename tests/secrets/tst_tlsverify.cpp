// TLS with sslmode=verify-full end to end: a private cluster (tests/pg/TestCluster.h) serves
// a certificate for localhost / 127.0.0.1 signed by a throwaway CA that openssl makes here.
// With that CA opsdash's monitor connects and samples over TLS; without it, or with another
// CA, the connection fails with a reason a user can act on.
#include "../pg/TestCluster.h"
#include "../support/DefaultBaseline.h"
#include "PgSession.h"
#include "pg/ActivityMonitor.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace opsdash;
using namespace opsdash::test;

namespace {

QString openssl(const QStringList& arguments, const QString& workingDir)
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return QStringLiteral("openssl %1: %2")
            .arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()));
    return {};
}

// ca.key/ca.crt, server.key/server.crt (CN localhost, SAN localhost and 127.0.0.1), and an
// unrelated other-ca.crt.
QString makeCertificates(const QString& dir)
{
    QFile extensions{dir + QStringLiteral("/server.ext")};
    if (!extensions.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write server.ext");
    extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                     "extendedKeyUsage=serverAuth\n");
    extensions.close();
    const QList<QStringList> steps{
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=opsdash test CA"),
            QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
            QStringLiteral("ca.crt")},
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=some other CA"),
            QStringLiteral("-keyout"), QStringLiteral("other-ca.key"), QStringLiteral("-out"),
            QStringLiteral("other-ca.crt")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
            QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
            QStringLiteral("server.csr")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
            QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
            QStringLiteral("server.ext"), QStringLiteral("-out"), QStringLiteral("server.crt")},
    };
    for (const QStringList& step : steps) {
        if (QString error = openssl(step, dir); !error.isEmpty())
            return error;
    }
    // The server reads them as the cluster's owner, and refuses a key others can read.
    QFile::setPermissions(dir,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::ExeOther);
    QFile::setPermissions(
        dir + QStringLiteral("/server.key"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (geteuid() == 0) {
        QProcess chown;
        chown.start(QStringLiteral("chown"),
            {QStringLiteral("postgres:"), dir + QStringLiteral("/server.key"),
                dir + QStringLiteral("/server.crt")});
        if (!chown.waitForFinished() || chown.exitCode() != 0)
            return QStringLiteral("chown postgres: failed");
    }
    return {};
}

} // namespace

class TestTlsVerify final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certs;
    QTemporaryDir m_home; // no ~/.postgresql/root.crt to fall back on
    std::unique_ptr<TestCluster> m_cluster;

    QByteArray conninfo(const QByteArray& host, const QByteArray& tls) const
    {
        return "host=" + host + " port=" + m_cluster->value("OPSDASH_TEST_PG_PORT").toUtf8()
            + " user=postgres dbname=postgres connect_timeout=10 " + tls;
    }
    QByteArray caFile(const char* name) const
    {
        return m_certs.filePath(QLatin1String{name}).toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_certs.isValid());
        const QString error = makeCertificates(m_certs.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_cluster = std::make_unique<TestCluster>(QStringList{QStringLiteral("ssl=on"),
            QStringLiteral("ssl_cert_file=") + m_certs.filePath(QStringLiteral("server.crt")),
            QStringLiteral("ssl_key_file=") + m_certs.filePath(QStringLiteral("server.key"))});
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        qputenv("PGPASSWORD", m_cluster->value("OPSDASH_TEST_PG_PASSWORD").toUtf8());
        qputenv("HOME", m_home.path().toUtf8());
        qunsetenv("PGSSLROOTCERT");
    }

    void verifyFullWithTheCa_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::newRow("by name: the certificate's CN and DNS SAN") << QByteArray{"localhost"};
        QTest::newRow("by address: the certificate's IP SAN") << QByteArray{"127.0.0.1"};
    }

    void verifyFullWithTheCa()
    {
        QFETCH(QByteArray, host);
        const QByteArray info
            = conninfo(host, "sslmode=verify-full sslrootcert=" + caFile("ca.crt"));
        PgConnection connection;
        const std::optional<Error> error = connectAndWait(connection, info);
        QVERIFY2(!error, qPrintable(error ? error->toString() : QString{}));
        auto tls = execAndWait(
            connection, "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
        QVERIFY(std::holds_alternative<PgResult>(tls));
        QCOMPARE(std::get<PgResult>(tls).text(0, 0), QStringLiteral("t"));
        qInfo("TLS in use: %s", qPrintable(std::get<PgResult>(tls).text(0, 1)));
    }

    void monitorSamplesOverVerifiedTls()
    {
        const Baseline baseline = defaultBaseline();
        ActivityMonitor monitor{baseline};
        QSignalSpy sampled{&monitor, &ActivityMonitor::sampled};
        ActivityMonitor::Options options;
        options.conninfo
            = conninfo("localhost", "sslmode=verify-full sslrootcert=" + caFile("ca.crt"));
        options.interval = std::chrono::seconds{1};
        monitor.start(options);
        QVERIFY(sampled.wait(30'000));
        QCOMPARE(monitor.state(), ActivityMonitor::State::Connected);
        monitor.stop();
    }

    void failsClearlyWithoutTheCa_data()
    {
        QTest::addColumn<QByteArray>("tls");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no CA at all: names the missing root certificate")
            << QByteArray{"sslmode=verify-full"} << QStringLiteral("root certificate file");
        QTest::newRow("another CA: the certificate does not verify")
            << QByteArray{"sslmode=verify-full sslrootcert="} + caFile("other-ca.crt")
            << QStringLiteral("certificate verify failed");
    }

    void failsClearlyWithoutTheCa()
    {
        QFETCH(QByteArray, tls);
        QFETCH(QString, reason);
        PgConnection connection;
        const std::optional<Error> error = connectAndWait(connection, conninfo("localhost", tls));
        QVERIFY2(error, "connected without a CA that vouches for the server");
        QVERIFY2(error->message.contains(reason), qPrintable(error->toString()));
        qInfo("error shown: %s", qPrintable(error->toString()));
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_GUILESS_MAIN(TestTlsVerify)
#include "tst_tlsverify.moc"
