// ServeConfig: the targets file of `opsdash serve --config` — what it accepts, where it
// says a mistake is, and the secret files it refuses.
#include "PrivateFile.h"
#include "serve/ServeConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;
using namespace std::chrono_literals;

class TestServeConfig final : public QObject
{
    Q_OBJECT

private slots:
    void readsTargetsWithPathsRelativeToTheFile()
    {
        // No raw string here: moc reads "//" in one as a comment.
        const QByteArray json
            = "{\"listen\": \"127.0.0.1:9300\", \"targets\": ["
              "{\"name\": \"prod\", \"conninfo\": \"service=prod\", "
              "\"baseline\": \"b.json\", "
              "\"history\": \"/var/lib/opsdash/prod.sqlite\", "
              "\"intervalSeconds\": 5}, "
              "{\"name\": \"staging\", \"conninfo\": \"host=db dbname=app\", "
              "\"passwordFile\": \"pw\", \"sessionsUrl\": \"https://app.example\", "
              "\"sessionsTable\": true, "
              "\"canaryUrl\": \"http://app.example:3000\"}]}";
        const Result<ServeConfig> config
            = ServeConfig::parse(json, QStringLiteral("/etc/opsdash/serve.json"));
        if (!config)
            QFAIL(qPrintable(config.error().toString()));
        QCOMPARE(config->listen, QStringLiteral("127.0.0.1:9300"));
        QCOMPARE(config->targets.size(), 2);
        const ServeTargetConfig& prod = config->targets.at(0);
        QCOMPARE(prod.name, QStringLiteral("prod"));
        QCOMPARE(prod.conninfo, QStringLiteral("service=prod"));
        QCOMPARE(prod.baselinePath, QStringLiteral("/etc/opsdash/b.json"));
        QCOMPARE(prod.historyPath, QStringLiteral("/var/lib/opsdash/prod.sqlite"));
        QCOMPARE(prod.interval, 5s);
        const ServeTargetConfig& staging = config->targets.at(1);
        QCOMPARE(staging.interval, 2s);
        QCOMPARE(staging.baselinePath, QString{});
        QCOMPARE(staging.passwordFile, QStringLiteral("/etc/opsdash/pw"));
        QCOMPARE(staging.sessionsUrl, QStringLiteral("https://app.example"));
        QVERIFY(staging.sessionsTable);
        QCOMPARE(staging.canaryUrl, QStringLiteral("http://app.example:3000"));
        QVERIFY(!prod.sessionsTable);
        QVERIFY(prod.sessionsUrl.isEmpty());
    }

    void readsACheckoutRelativeToTheFile()
    {
        const Result<ServeConfig> config = ServeConfig::parse(
            "{\"targets\": [{\"name\": \"a\", \"conninfo\": \"x\", \"checkout\": \"app\"}, "
            "{\"name\": \"b\", \"conninfo\": \"y\", \"checkout\": \"/srv/app\"}, "
            "{\"name\": \"c\", \"conninfo\": \"z\"}]}",
            QStringLiteral("/etc/opsdash/serve.json"));
        if (!config)
            QFAIL(qPrintable(config.error().toString()));
        QCOMPARE(config->targets.at(0).checkout, QStringLiteral("/etc/opsdash/app"));
        QCOMPARE(config->targets.at(1).checkout, QStringLiteral("/srv/app"));
        QCOMPARE(config->targets.at(2).checkout, QString{});
        const Result<ServeConfig> empty = ServeConfig::parse(
            "{\"targets\": [{\"name\": \"a\", \"conninfo\": \"x\", \"checkout\": \"\"}]}",
            QStringLiteral("serve.json"));
        QVERIFY(!empty);
        QCOMPARE(empty.error().where, QStringLiteral("serve.json: targets[0].checkout"));
    }

    void readsAPgBouncerAndPoolMetricsUrls()
    {
        const Result<ServeConfig> config = ServeConfig::parse(
            "{\"targets\": [{\"name\": \"a\", \"conninfo\": \"x\", "
            "\"pgbouncer\": {\"conninfo\": \"port=6432 dbname=pgbouncer user=stats\", "
            "\"passwordFile\": \"pgbouncer.pw\"}, "
            "\"poolMetricsUrls\": {\"scheduling\": \"http:/"
            "/sched:9102/metrics\"}}, "
            "{\"name\": \"b\", \"conninfo\": \"y\", "
            "\"pgbouncer\": {\"conninfo\": \"dbname=pgbouncer\"}}]}",
            QStringLiteral("/etc/opsdash/serve.json"));
        if (!config)
            QFAIL(qPrintable(config.error().toString()));
        const ServeTargetConfig& a = config->targets.at(0);
        QCOMPARE(a.pgbouncerConninfo, QStringLiteral("port=6432 dbname=pgbouncer user=stats"));
        QCOMPARE(a.pgbouncerPasswordFile, QStringLiteral("/etc/opsdash/pgbouncer.pw"));
        QCOMPARE(a.poolMetricsUrls.value(QStringLiteral("scheduling")),
            QStringLiteral("http:/"
                           "/sched:9102/metrics"));
        QCOMPARE(toString(a.poolMetricsOrigin), QStringLiteral("config"));
        const ServeTargetConfig& b = config->targets.at(1);
        QCOMPARE(b.pgbouncerConninfo, QStringLiteral("dbname=pgbouncer"));
        QVERIFY(b.pgbouncerPasswordFile.isEmpty());
        QVERIFY(b.poolMetricsUrls.isEmpty());
    }

    void mistakesSayWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax: line and column")
            << QByteArrayLiteral("{\n  \"targets\": [,]\n}") << QStringLiteral("serve.json:2:15")
            << QStringLiteral("JSON syntax error");
        QTest::newRow("not an object") << QByteArrayLiteral("[]") << QStringLiteral("serve.json")
                                       << QStringLiteral("expected a JSON object");
        QTest::newRow("no targets")
            << QByteArrayLiteral("{\"targets\": []}") << QStringLiteral("serve.json: targets")
            << QStringLiteral("non-empty array");
        QTest::newRow("a misspelt key")
            << QByteArrayLiteral("{\"targets\": [{\"name\": \"a\", \"conninfo\": \"x\", "
                                 "\"passwordfile\": \"p\"}]}")
            << QStringLiteral("serve.json: targets[0].passwordfile")
            << QStringLiteral("unknown key");
        QTest::newRow("no conninfo")
            << QByteArrayLiteral("{\"targets\": [{\"name\": \"a\"}]}")
            << QStringLiteral("serve.json: targets[0].conninfo") << QStringLiteral("required");
        QTest::newRow("a name twice")
            << QByteArrayLiteral("{\"targets\": [{\"name\": \"a\", \"conninfo\": \"x\"}, "
                                 "{\"name\": \"a\", \"conninfo\": \"y\"}]}")
            << QStringLiteral("serve.json: targets[1].name")
            << QStringLiteral("names another target");
        QTest::newRow("a name that is no label value we want")
            << QByteArrayLiteral("{\"targets\": [{\"name\": \"a b\", \"conninfo\": \"x\"}]}")
            << QStringLiteral("serve.json: targets[0].name")
            << QStringLiteral("is not a target name");
        QTest::newRow("a fractional interval") << QByteArrayLiteral(
            "{\"targets\": [{\"name\": \"a\", \"conninfo\": \"x\", \"intervalSeconds\": 1.5}]}")
                                               << QStringLiteral(
                                                      "serve.json: targets[0].intervalSeconds")
                                               << QStringLiteral("whole number");
        QTest::newRow("a sessions URL that is no http URL")
            << QByteArrayLiteral("{\"targets\": [{\"name\": \"a\", \"conninfo\": \"x\", "
                                 "\"sessionsUrl\": \"ftp://h\"}]}")
            << QStringLiteral("serve.json: targets[0].sessionsUrl")
            << QStringLiteral("not an http or https URL");
        QTest::newRow("sessionsTable as a string") << QByteArrayLiteral(
            "{\"targets\": [{\"name\": \"a\", \"conninfo\": \"x\", \"sessionsTable\": \"yes\"}]}")
                                                   << QStringLiteral(
                                                          "serve.json: targets[0].sessionsTable")
                                                   << QStringLiteral("true or false");
        QTest::newRow("an interval of 0") << QByteArrayLiteral(
            "{\"targets\": [{\"name\": \"a\", \"conninfo\": \"x\", \"intervalSeconds\": 0}]}")
                                          << QStringLiteral(
                                                 "serve.json: targets[0].intervalSeconds")
                                          << QStringLiteral("from 1 to 60");
        QTest::newRow("a PgBouncer without its conninfo")
            << QByteArrayLiteral("{\"targets\": [{\"name\": \"a\", \"conninfo\": \"x\", "
                                 "\"pgbouncer\": {\"passwordFile\": \"p\"}}]}")
            << QStringLiteral("serve.json: targets[0].pgbouncer.conninfo")
            << QStringLiteral("required");
        QTest::newRow("a PgBouncer as a string")
            << QByteArrayLiteral("{\"targets\": [{\"name\": \"a\", \"conninfo\": \"x\", "
                                 "\"pgbouncer\": \"dbname=pgbouncer\"}]}")
            << QStringLiteral("serve.json: targets[0].pgbouncer")
            << QStringLiteral("expected an object");
        QTest::newRow("a misspelt PgBouncer key")
            << QByteArrayLiteral("{\"targets\": [{\"name\": \"a\", \"conninfo\": \"x\", "
                                 "\"pgbouncer\": {\"conninfo\": \"c\", \"password\": \"p\"}}]}")
            << QStringLiteral("serve.json: targets[0].pgbouncer.password")
            << QStringLiteral("unknown key");
        QTest::newRow("a pool metrics URL that is no http URL")
            << QByteArrayLiteral("{\"targets\": [{\"name\": \"a\", \"conninfo\": \"x\", "
                                 "\"poolMetricsUrls\": {\"scheduling\": \"sched:9102\"}}]}")
            << QStringLiteral("serve.json: targets[0].poolMetricsUrls.scheduling")
            << QStringLiteral("not an http or https URL");
        QTest::newRow("pool metrics URLs as a list")
            << QByteArrayLiteral("{\"targets\": [{\"name\": \"a\", \"conninfo\": \"x\", "
                                 "\"poolMetricsUrls\": [\"x\"]}]}")
            << QStringLiteral("serve.json: targets[0].poolMetricsUrls")
            << QStringLiteral("expected an object");
    }
    void mistakesSayWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const Result<ServeConfig> config = ServeConfig::parse(json, QStringLiteral("serve.json"));
        QVERIFY(!config);
        QCOMPARE(config.error().where, where);
        QVERIFY2(config.error().message.contains(message), qPrintable(config.error().message));
    }

    void secretFilesMustBeTheOwnersAlone_data()
    {
        QTest::addColumn<int>("permissions");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        QTest::newRow("0600") << int{kOwnerOnly} << QString{};
        QTest::newRow("0400") << int{QFileDevice::ReadOwner} << QString{};
        QTest::newRow("0640: group can read")
            << int{kOwnerOnly | QFileDevice::ReadGroup} << QStringLiteral("permissions 0640");
        QTest::newRow("0604: world can read")
            << int{kOwnerOnly | QFileDevice::ReadOther} << QStringLiteral("permissions 0604");
        QTest::newRow("0620: group can write")
            << int{kOwnerOnly | QFileDevice::WriteGroup} << QStringLiteral("permissions 0620");
    }
    void secretFilesMustBeTheOwnersAlone()
    {
        QFETCH(int, permissions);
        QFETCH(QString, refusal);
        QTemporaryDir dir;
        const QString password = dir.filePath(QStringLiteral("password"));
        QVERIFY(writeFile(password, "s3cret\nignored\n", QFileDevice::Permissions{permissions}));
        const QString configPath = dir.filePath(QStringLiteral("serve.json"));
        QVERIFY(writeFile(configPath,
            R"({"targets": [{"name": "a", "conninfo": "x", "passwordFile": "password"}]})",
            QFileDevice::Permissions{permissions}));

        const Result<QByteArray> secret = ServeConfig::readSecretFile(password);
        const Result<ServeConfig> config = ServeConfig::load(configPath);
        if (refusal.isEmpty()) {
            QVERIFY(secret.ok());
            QCOMPARE(*secret, QByteArrayLiteral("s3cret"));
            QVERIFY(config.ok());
            QCOMPARE(config->targets.constFirst().passwordFile, password);
            return;
        }
        QVERIFY(!secret);
        QCOMPARE(secret.error().where, password);
        QVERIFY2(secret.error().message.contains(refusal + QStringLiteral(" are too open")),
            qPrintable(secret.error().message));
        QVERIFY(!config);
        QCOMPARE(config.error().where, configPath);
        QVERIFY(config.error().message.contains(refusal));
    }

    void aMissingFileIsNamed()
    {
        const Result<ServeConfig> config = ServeConfig::load(QStringLiteral("/nonexistent/s.json"));
        QVERIFY(!config);
        QCOMPARE(config.error().where, QStringLiteral("/nonexistent/s.json"));
    }
};

QTEST_GUILESS_MAIN(TestServeConfig)
#include "tst_serveconfig.moc"
