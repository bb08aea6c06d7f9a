// serve/WebConfig: the exporter toolkit's web config (the YAML subset read, errors located
// FILE:LINE), the private-file rule, the certificate and key read at load, and basic-auth
// checked against bcrypt hashes by libxcrypt.
#include "PrivateFile.h"
#include "WebCredentials.h"
#include "serve/WebConfig.h"

#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using opsdash::WebConfig;

class TestWebConfig final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hash = bcryptHash("s3cret: with colon");
        QVERIFY2(m_hash.startsWith("$2"), m_hash.constData());
    }

    void readsUsersAndTls()
    {
        const QByteArray yaml = "# the exporter toolkit's format\n"
                                "---\n"
                                "tls_server_config:\n"
                                "  cert_file: server.crt   # relative to this file\n"
                                "  key_file: 'my key.pem'\n"
                                "\n"
                                "basic_auth_users:\n"
                                "  prometheus: "
            + m_hash + "\n  \"ops\": x\n";
        // A quoted key is outside the subset: the error names its line.
        const opsdash::Result<WebConfig> quotedKey
            = WebConfig::parse(yaml, QStringLiteral("w.yml"));
        QVERIFY(!quotedKey);
        QCOMPARE(quotedKey.error().where, QStringLiteral("w.yml:9"));

        const opsdash::Result<WebConfig> config
            = WebConfig::parse(yaml.left(yaml.indexOf("  \"ops\"")) + "  ops: \"" + m_hash + "\"\n",
                QStringLiteral("w.yml"));
        if (!config)
            QFAIL(qPrintable(config.error().toString()));
        QVERIFY(config->hasTls());
        QCOMPARE(config->certFile(), QStringLiteral("server.crt"));
        QCOMPARE(config->keyFile(), QStringLiteral("my key.pem"));
        QList<QByteArray> users = config->users();
        std::sort(users.begin(), users.end());
        QCOMPARE(users, (QList<QByteArray>{"ops", "prometheus"}));
    }

    void rejectsWhatItDoesNotRead_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("another top-level key")
            << QByteArrayLiteral("basic_auth_users:\nusers:\n") << 2
            << QStringLiteral("'users' is not read by opsdash serve");
        QTest::newRow("http_server_config")
            << QByteArrayLiteral("# comment\nhttp_server_config:\n  http2: true\n") << 2
            << QStringLiteral("'http_server_config' is not read by opsdash serve");
        QTest::newRow("a TLS option it does not support")
            << QByteArrayLiteral("tls_server_config:\n  cert_file: c\n  key_file: k\n"
                                 "  min_version: TLS13\n")
            << 4 << QStringLiteral("tls_server_config.min_version is not supported");
        QTest::newRow("client certificates")
            << QByteArrayLiteral("tls_server_config:\n  client_ca_file: ca.pem\n") << 2
            << QStringLiteral("client_ca_file is not supported");
        QTest::newRow("cert without key")
            << QByteArrayLiteral("\ntls_server_config:\n  cert_file: c\n") << 2
            << QStringLiteral("needs both cert_file and key_file");
        QTest::newRow("a list") << QByteArrayLiteral("basic_auth_users:\n  - alice\n") << 2
                                << QStringLiteral("expected `key: value`");
        QTest::newRow("a flow mapping") << QByteArrayLiteral("basic_auth_users: {alice: x}\n") << 1
                                        << QStringLiteral("only plain or quoted scalars");
        QTest::newRow("a tab") << QByteArrayLiteral("basic_auth_users:\n\talice: x\n") << 2
                               << QStringLiteral("a tab in the indentation");
        QTest::newRow("uneven indentation")
            << QByteArrayLiteral("tls_server_config:\n  cert_file: c\n    key_file: k\n") << 3
            << QStringLiteral("unexpected indentation");
        QTest::newRow("a user twice") << QByteArrayLiteral(
            "basic_auth_users:\n  a: $2b$05$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0\n"
            "  a: $2b$05$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0\n")
                                      << 3 << QStringLiteral("'a' appears twice");
        QTest::newRow("a plain-text password")
            << QByteArrayLiteral("basic_auth_users:\n  alice: hunter2\n") << 2
            << QStringLiteral("is not a bcrypt hash");
        QTest::newRow("a section twice")
            << QByteArrayLiteral("basic_auth_users:\nbasic_auth_users:\n") << 2
            << QStringLiteral("appears twice");
        QTest::newRow("an entry outside a section")
            << QByteArrayLiteral("  alice: x\n") << 1 << QStringLiteral("indented line outside");
        QTest::newRow("JSON") << QByteArrayLiteral("{\"basic_auth_users\": {}}\n") << 1
                              << QStringLiteral("expected `key: value`");
        QTest::newRow("unterminated quote")
            << QByteArrayLiteral("tls_server_config:\n  cert_file: 'c\n") << 2
            << QStringLiteral("unterminated quoted string");
    }
    void rejectsWhatItDoesNotRead()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, message);
        const opsdash::Result<WebConfig> config = WebConfig::parse(yaml, QStringLiteral("web.yml"));
        QVERIFY(!config);
        QCOMPARE(config.error().where, QStringLiteral("web.yml:%1").arg(line));
        QVERIFY2(config.error().message.contains(message), qPrintable(config.error().message));
    }

    void anEmptyFileMeansNeitherTlsNorUsers()
    {
        const opsdash::Result<WebConfig> config
            = WebConfig::parse("# nothing yet\n\n", QStringLiteral("w.yml"));
        QVERIFY(config);
        QVERIFY(!config->hasTls());
        QVERIFY(!config->hasUsers());
    }

    void checksPasswordsWithBcrypt()
    {
        QVERIFY(WebConfig::verifyHash("s3cret: with colon", m_hash));
        QVERIFY(!WebConfig::verifyHash("s3cret: with colon ", m_hash));
        QVERIFY(!WebConfig::verifyHash("", m_hash));
        QVERIFY(!WebConfig::verifyHash("s3cret: with colon", "not a hash"));

        opsdash::Result<WebConfig> config = WebConfig::parse(
            "basic_auth_users:\n  prometheus: " + m_hash + "\n", QStringLiteral("w.yml"));
        QVERIFY(config);
        WebConfig web = std::move(config).value();
        const auto basic = [](const QByteArray& credentials) -> QByteArray {
            return "Basic " + credentials.toBase64();
        };
        QVERIFY(web.authorize(basic("prometheus:s3cret: with colon")));
        // Remembered, and still only for the right password.
        QVERIFY(web.authorize(basic("prometheus:s3cret: with colon")));
        QVERIFY(!web.authorize(basic("prometheus:s3cret")));
        QVERIFY(!web.authorize(basic("grafana:s3cret: with colon")));
        QVERIFY(!web.authorize(basic("prometheus")));
        QVERIFY(!web.authorize({}));
        QVERIFY(!web.authorize("Bearer " + QByteArray{"prometheus:s3cret: with colon"}.toBase64()));
        QVERIFY(!web.authorize("Basic !!!not base64"));
        QVERIFY(web.authorize("basic  " + QByteArray{"prometheus:s3cret: with colon"}.toBase64()));
    }

    void loadRefusesAFileOthersCanRead()
    {
        QVERIFY(writeFile(path("open.yml"), "basic_auth_users:\n  a: " + m_hash + "\n",
            kOwnerOnly | QFileDevice::ReadGroup));
        const opsdash::Result<WebConfig> config = WebConfig::load(path("open.yml"));
        QVERIFY(!config);
        QCOMPARE(config.error().where, path("open.yml"));
        QVERIFY2(config.error().message.contains(QLatin1String{"permissions 0640 are too open"}),
            qPrintable(config.error().message));
    }

    void loadReadsTheCertificateAndKey()
    {
        const QString made = makeCertificate(path("server.crt"), path("server.key"));
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QVERIFY(writeFile(path("web.yml"),
            "tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n"));
        const opsdash::Result<WebConfig> config = WebConfig::load(path("web.yml"));
        if (!config)
            QFAIL(qPrintable(config.error().toString()));
        QCOMPARE(config->certFile(), path("server.crt"));
        QCOMPARE(config->tls().localCertificate().subjectInfo(QSslCertificate::CommonName),
            QStringList{QStringLiteral("opsdash test")});
        QVERIFY(!config->tls().privateKey().isNull());

        // A key that cannot be read is an error at load, naming the file.
        QVERIFY(writeFile(path("nokey.yml"),
            "tls_server_config:\n  cert_file: server.crt\n  key_file: missing.key\n"));
        const opsdash::Result<WebConfig> missing = WebConfig::load(path("nokey.yml"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().where, path("missing.key"));
        QVERIFY2(missing.error().message.startsWith(QLatin1String{"cannot read the TLS key"}),
            qPrintable(missing.error().message));

        // Not a key: the certificate given twice.
        QVERIFY(writeFile(path("badkey.yml"),
            "tls_server_config:\n  cert_file: server.crt\n  key_file: server.crt\n"));
        const opsdash::Result<WebConfig> bad = WebConfig::load(path("badkey.yml"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String{"no unencrypted PEM private key"}),
            qPrintable(bad.error().message));
    }

private:
    QString path(const char* name) const { return m_dir.filePath(QLatin1String{name}); }

    QTemporaryDir m_dir;
    QByteArray m_hash;
};

QTEST_GUILESS_MAIN(TestWebConfig)
#include "tst_webconfig.moc"
