// `opsdash serve --web-config` on loopback, over the fixture cluster: HTTPS with a
// throwaway certificate, basic auth against a bcrypt hash (401 without or with wrong
// credentials, 200 with the right ones), a real Prometheus scraping it with basic_auth and
// tls_config, and the errors at start (a web config others can read, a key it cannot read).
#include "PrivateFile.h"
#include "ServeHarness.h"
#include "WebCredentials.h"

#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr char kPassword[]{"scrape-me"};

} // namespace

class TestServeWebConfig final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QSslSocket::supportsSsl());
        const QByteArray hash = bcryptHash(kPassword);
        QVERIFY2(hash.startsWith("$2"), hash.constData());
        const QString made = makeCertificate(path("server.crt"), path("server.key"));
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QVERIFY(writeFile(path("web.yml"),
            "tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n"
            "basic_auth_users:\n  prometheus: "
                + hash + "\n"));

        m_port = freePort();
        QVERIFY(m_serve.start(QStringLiteral(OPSDASH_BINARY),
            {QStringLiteral("serve"), QStringLiteral("--db"), conninfo(),
                QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--web-config"),
                path("web.yml"), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:%1").arg(m_port)}));
        QTRY_VERIFY2_WITH_TIMEOUT(m_serve.log().contains(QLatin1String{"event=serve.start"}),
            qPrintable(m_serve.log()), 30000);
        QVERIFY2(m_serve.log().contains(QLatin1String{"tls=on basic_auth_users=1"}),
            qPrintable(m_serve.log()));
    }

    void credentialsAreRequired()
    {
        const HttpReply none = https("/metrics", {});
        QCOMPARE(none.status, 401);
        QCOMPARE(none.header("WWW-Authenticate"),
            QByteArrayLiteral("Basic realm=\"opsdash\", charset=\"UTF-8\""));
        QVERIFY(!none.body.contains("opsdash_up"));

        QCOMPARE(https("/metrics", "prometheus:wrong").status, 401);
        QCOMPARE(https("/metrics", "grafana:scrape-me").status, 401);
        QCOMPARE(https("/healthz", {}).status, 401);
        QVERIFY(m_serve.log().contains(QLatin1String{
            "event=http.refused status=401 reason=\"wrong or missing credentials\""}));

        // The target polled: up, over the fixture cluster.
        static const QRegularExpression up{
            QStringLiteral("\\nopsdash_up\\{target=\"[^\"]+\"\\} 1\\n")};
        QTRY_VERIFY_WITH_TIMEOUT(
            up.match(QString::fromUtf8(https("/metrics", "prometheus:scrape-me").body)).hasMatch(),
            30000);
        QCOMPARE(https("/healthz", "prometheus:scrape-me").status, 200);
        // A path it does not serve is still 404 once authenticated.
        QCOMPARE(https("/admin", "prometheus:scrape-me").status, 404);
    }

    void plainHttpGetsNoAnswer()
    {
        // A TLS listener: the plain request is a failed handshake, never an HTTP answer.
        QCOMPARE(get(m_port, "/metrics").status, 0);
        QCOMPARE(https("/healthz", "prometheus:scrape-me").status, 200);
    }

    void prometheusScrapesWithBasicAuthAndTls()
    {
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("prometheus")).isEmpty());
        const quint16 prometheusPort = freePort();
        QVERIFY(writeFile(path("prometheus.yml"),
            QStringLiteral("global:\n  scrape_interval: 1s\n"
                           "scrape_configs:\n  - job_name: opsdash\n    scheme: https\n"
                           "    basic_auth:\n      username: prometheus\n      password: %1\n"
                           "    tls_config:\n      ca_file: %2\n"
                           "    static_configs:\n      - targets: ['127.0.0.1:%3']\n")
                .arg(QLatin1String{kPassword}, path("server.crt"))
                .arg(m_port)
                .toUtf8()));
        Daemon prometheus;
        QVERIFY(prometheus.start(QStringLiteral("prometheus"),
            {QStringLiteral("--config.file=") + path("prometheus.yml"),
                QStringLiteral("--storage.tsdb.path=") + path("prometheus-data"),
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(prometheusPort)}));
        QTRY_COMPARE_WITH_TIMEOUT(queryValues(prometheusPort, QStringLiteral("opsdash_up")),
            QStringList{QStringLiteral("1")}, 60000);
        QCOMPARE(queryValues(prometheusPort, QStringLiteral("up{job=\"opsdash\"}")),
            QStringList{QStringLiteral("1")});
        prometheus.stop();
    }

    void startErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("groupReadable");
        QTest::addColumn<QString>("message");
        QTest::newRow("others can read it")
            << QByteArrayLiteral("basic_auth_users:\n") << true
            << QStringLiteral("web-start.yml: permissions 0640 are too open");
        QTest::newRow("a key it cannot read")
            << QByteArrayLiteral("tls_server_config:\n  cert_file: server.crt\n"
                                 "  key_file: gone.key\n")
            << false << QStringLiteral("gone.key: cannot read the TLS key");
        QTest::newRow("outside the subset")
            << QByteArrayLiteral("tls_server_config:\n  cert_file: server.crt\n"
                                 "  key_file: server.key\n  min_version: TLS13\n")
            << false
            << QStringLiteral("web-start.yml:4: tls_server_config.min_version is not supported");
    }
    void startErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, groupReadable);
        QFETCH(QString, message);
        QVERIFY(writeFile(path("web-start.yml"), yaml,
            groupReadable ? kOwnerOnly | QFileDevice::ReadGroup : kOwnerOnly));
        const OpsdashRun run = runOpsdash({QStringLiteral("serve"), QStringLiteral("--db"),
            conninfo(), QStringLiteral("--web-config"), path("web-start.yml"),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freePort())});
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void cleanupTestCase() { QCOMPARE(m_serve.stop(), 0); }

private:
    QString path(const char* name) const { return m_dir.filePath(QLatin1String{name}); }
    static QString conninfo() { return qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO"); }

    // A GET over TLS that checks the server's certificate against the throwaway one.
    HttpReply https(const QByteArray& path, const QByteArray& credentials) const
    {
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(
            QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("server.crt"))));
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
        if (!socket.waitForEncrypted(10000)) {
            qWarning("TLS: %s", qPrintable(socket.errorString()));
            return {};
        }
        QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!credentials.isEmpty())
            request += "Authorization: Basic " + credentials.toBase64() + "\r\n";
        return exchange(socket, request + "Connection: close\r\n\r\n");
    }

    QTemporaryDir m_dir;
    Daemon m_serve;
    quint16 m_port{0};
};

QTEST_GUILESS_MAIN(TestServeWebConfig)
#include "tst_servewebconfig.moc"
