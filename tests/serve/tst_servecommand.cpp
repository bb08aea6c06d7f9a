// `opsdash serve` end to end on loopback: two throwaway PostgreSQL clusters, a held
// postgres.js-like load, the real executable, and a real Prometheus (scraping every 1 s,
// loaded with the rules `opsdash rules` makes) sending to a real Alertmanager. Then the
// faults: SIGHUP with a broken config, a database restart, bad HTTP requests and 200
// concurrent connections, secret files that other users can read.
#include "../pg/TestCluster.h"
#include "LoginSessionsTable.h"
#include "PrivateFile.h"
#include "PromtoolCheck.h"
#include "ServeHarness.h"
#include "support/RunOpsdash.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <libpq-fe.h>
#include <memory>
#include <vector>

namespace {

using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;

QString scalar(PGconn* connection, const char* sql)
{
    std::unique_ptr<PGresult, decltype(&PQclear)> result{PQexec(connection, sql), &PQclear};
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) == 0)
        return {};
    return QString::fromUtf8(PQgetvalue(result.get(), 0, 0));
}

} // namespace

class TestServeCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char* tool : {"promtool", "prometheus", "prometheus-alertmanager"}) {
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String{tool}).isEmpty(),
                "scripts/setup installs prometheus and prometheus-alertmanager");
        }
        QVERIFY(m_dir.isValid());
        m_first = std::make_unique<TestCluster>();
        QVERIFY2(m_first->ok(), qPrintable(m_first->error()));
        m_second = std::make_unique<TestCluster>();
        QVERIFY2(m_second->ok(), qPrintable(m_second->error()));
        m_admin
            = std::make_unique<Connection>(PQconnectdb(m_first->conninfo().constData()), &PQfinish);
        QCOMPARE(PQstatus(m_admin->get()), CONNECTION_OK);

        // The default baseline with a web budget of 10 (warn at 8) and a scheduling budget
        // no server has: server.capacity fails on any fixture cluster.
        QFile defaults{QStringLiteral(OPSDASH_SOURCE_DIR "/resources/baselines/default.json")};
        QVERIFY(defaults.open(QIODevice::ReadOnly));
        QJsonObject baseline = QJsonDocument::fromJson(defaults.readAll()).object();
        baseline.remove(QStringLiteral("$schema"));
        QJsonArray pools = baseline.value(QStringLiteral("pools")).toArray();
        QJsonObject web = pools.at(0).toObject();
        web.insert(QStringLiteral("budget"), 10);
        pools.replace(0, web);
        QJsonObject scheduling = pools.at(1).toObject();
        scheduling.insert(QStringLiteral("budget"), 1000);
        pools.replace(1, scheduling);
        baseline.insert(QStringLiteral("pools"), pools);
        QVERIFY(writeFile(path("baseline.json"), QJsonDocument{baseline}.toJson()));

        // Login sessions in the baseline's sessions table: one ok, one warn, one critical,
        // one expired.
        QVERIFY(createLoginSessions(m_admin->get(), {3 * 60, 30, 10, -60}));

        holdWebConnections(7);
        QVERIFY(writeConfig(false));
        m_port = freePort();
        QVERIFY(m_serve.start(QStringLiteral(OPSDASH_BINARY),
            {QStringLiteral("serve"), QStringLiteral("--config"), path("serve.json"),
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)}));
        QTRY_VERIFY2_WITH_TIMEOUT(
            get(m_port, "/healthz").status == 200, qPrintable(m_serve.log()), 30000);
        QVERIFY(m_serve.log().contains(QLatin1String{"event=serve.start"}));
    }

    void metricsCarryTheHeldLoad()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            get(m_port, "/metrics")
                .body.contains("opsdash_pool_connections{target=\"first\",pool=\"web\","
                               "state=\"idle\"} 7\n"),
            20000);
        const HttpReply text = get(m_port, "/metrics");
        QCOMPARE(text.header("Content-Type"),
            QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
        QVERIFY2(text.body.contains("opsdash_check{target=\"first\",check=\"server.capacity\","
                                    "plane=\"server\",opsdash_check=\"fail\"} 1\n"),
            text.body.constData());
        QVERIFY(text.body.contains("pg_stat_activity_count{target=\"first\",datname=\"postgres\","
                                   "state=\"idle\",application_name=\"postgres.js\"} 7\n"));
        QVERIFY(!text.body.contains("# EOF"));
        // From the sessions table, read over the same backend (expired rows not counted).
        for (const char* level : {"ok", "warn", "critical"}) {
            const QByteArray line = "opsdash_login_sessions{target=\"first\",level=\""
                + QByteArray{level} + "\"} 1\n";
            QTRY_VERIFY2_WITH_TIMEOUT(
                get(m_port, "/metrics").body.contains(line), line.constData(), 30000);
        }

        const HttpReply openMetrics = get(
            m_port, "/metrics", "application/openmetrics-text;version=1.0.0,text/plain;q=0.5");
        QCOMPARE(openMetrics.header("Content-Type"),
            QByteArrayLiteral("application/openmetrics-text; version=1.0.0; charset=utf-8"));
        QVERIFY(openMetrics.body.endsWith("# EOF\n"));
        QVERIFY(openMetrics.body.contains("# TYPE opsdash_check stateset\n"));

        // Compressed for a client that accepts gzip (Prometheus does), the same text inside.
        const HttpReply compressed = rawHttp(m_port,
            "GET /metrics HTTP/1.1\r\nHost: x\r\nAccept: text/plain\r\n"
            "Accept-Encoding: gzip\r\nConnection: close\r\n\r\n");
        QCOMPARE(compressed.header("Content-Encoding"), QByteArrayLiteral("gzip"));
        QVERIFY(compressed.body.size() * 4 < text.body.size());
        QProcess gunzip;
        gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc")});
        QVERIFY(gunzip.waitForStarted());
        gunzip.write(compressed.body);
        gunzip.closeWriteChannel();
        QVERIFY(gunzip.waitForFinished(10000));
        const QByteArray inflated = gunzip.readAllStandardOutput();
        QVERIFY2(inflated.contains("opsdash_pool_connections{target=\"first\",pool=\"web\","
                                   "state=\"idle\"} 7\n"),
            inflated.left(300).constData());

        const QStringList problems = promtoolMetricsProblems(text.body);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void prometheusScrapesIt()
    {
        const OpsdashRun rules = runOpsdash({QStringLiteral("rules"), QStringLiteral("--baseline"),
            path("baseline.json"), QStringLiteral("--for"), QStringLiteral("2s")});
        OPSDASH_COMPARE_EXIT(rules, 0);
        QVERIFY(writeFile(path("rules.yml"), rules.out.toUtf8()));

        m_alertmanagerPort = freePort();
        QVERIFY(writeFile(path("alertmanager.yml"),
            "route:\n  receiver: nobody\n  group_wait: 1s\n  group_interval: 1s\n"
            "receivers:\n  - name: nobody\n"));
        QVERIFY(m_alertmanager.start(QStringLiteral("prometheus-alertmanager"),
            {QStringLiteral("--config.file=") + path("alertmanager.yml"),
                QStringLiteral("--storage.path=") + path("alertmanager-data"),
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_alertmanagerPort),
                QStringLiteral("--cluster.listen-address=")}));

        m_prometheusPort = freePort();
        QVERIFY(writeFile(path("prometheus.yml"),
            QStringLiteral("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                           "rule_files:\n  - %1\n"
                           "alerting:\n  alertmanagers:\n    - static_configs:\n"
                           "        - targets: ['127.0.0.1:%2']\n"
                           "scrape_configs:\n  - job_name: opsdash\n    static_configs:\n"
                           "      - targets: ['127.0.0.1:%3']\n")
                .arg(path("rules.yml"))
                .arg(m_alertmanagerPort)
                .arg(m_port)
                .toUtf8()));
        QVERIFY(m_prometheus.start(QStringLiteral("prometheus"),
            {QStringLiteral("--config.file=") + path("prometheus.yml"),
                QStringLiteral("--storage.tsdb.path=") + path("prometheus-data"),
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_prometheusPort)}));

        QTRY_COMPARE_WITH_TIMEOUT(
            queryValues(
                m_prometheusPort, QStringLiteral("sum(opsdash_pool_connections{pool=\"web\"})")),
            QStringList{QStringLiteral("7")}, 60000);
        QCOMPARE(queryValues(m_prometheusPort,
                     QStringLiteral("opsdash_check{target=\"first\",check=\"server.capacity\","
                                    "opsdash_check=\"fail\"}")),
            QStringList{QStringLiteral("1")});
        // Scraped as OpenMetrics: Prometheus asks for it first, and a stateset parsed.
        QCOMPARE(queryValues(m_prometheusPort, QStringLiteral("up{job=\"opsdash\"}")),
            QStringList{QStringLiteral("1")});
    }

    void alertmanagerReceivesTheWebPoolWarning()
    {
        const auto webAlert = [this]() -> QJsonObject {
            const HttpReply reply = rawHttp(
                m_alertmanagerPort, "GET /api/v2/alerts HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
            for (const QJsonValue& value : QJsonDocument::fromJson(reply.body).array()) {
                const QJsonObject labels
                    = value.toObject().value(QStringLiteral("labels")).toObject();
                if (labels.value(QStringLiteral("alertname")).toString()
                        == QLatin1String{"OpsdashPoolNearBudget"}
                    && labels.value(QStringLiteral("pool")).toString() == QLatin1String{"web"})
                    return value.toObject();
            }
            return {};
        };
        // 7 of 10: under the warn threshold of 80 %.
        QTest::qWait(4000);
        QVERIFY(webAlert().isEmpty());

        holdWebConnections(8);
        QTRY_VERIFY_WITH_TIMEOUT(!webAlert().isEmpty(), 60000);
        const QJsonObject alert = webAlert();
        const QJsonObject labels = alert.value(QStringLiteral("labels")).toObject();
        QCOMPARE(labels.value(QStringLiteral("target")).toString(), QStringLiteral("first"));
        QCOMPARE(labels.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        const QString description = alert.value(QStringLiteral("annotations"))
                                        .toObject()
                                        .value(QStringLiteral("description"))
                                        .toString();
        QVERIFY2(description.contains(QLatin1String{"holds 80 % of its budget of 10 connections"}),
            qPrintable(description));
    }

    void sighupAddsAndRemovesATarget()
    {
        const QString firstPid = monitorPid();
        QVERIFY(!firstPid.isEmpty());

        QVERIFY(writeConfig(true));
        m_serve.signal(SIGHUP);
        QTRY_COMPARE_WITH_TIMEOUT(
            queryValues(m_prometheusPort, QStringLiteral("opsdash_up{target=\"second\"}")),
            QStringList{QStringLiteral("1")}, 30000);
        QVERIFY(m_serve.log().contains(QLatin1String{"event=reload.done targets=2"}));
        QCOMPARE(monitorPid(), firstPid);

        QVERIFY(writeConfig(false));
        m_serve.signal(SIGHUP);
        // Gone from /metrics: Prometheus marks its series stale at the next scrape.
        QTRY_COMPARE_WITH_TIMEOUT(
            queryValues(m_prometheusPort, QStringLiteral("opsdash_up{target=\"second\"}")),
            QStringList{}, 30000);
        QCOMPARE(queryValues(m_prometheusPort, QStringLiteral("opsdash_up{target=\"first\"}")),
            QStringList{QStringLiteral("1")});
        QCOMPARE(monitorPid(), firstPid);
    }

    void aBrokenConfigOnSighupKeepsTheRunningOne()
    {
        const QString firstPid = monitorPid();
        QVERIFY(writeFile(path("serve.json"), "{ \"targets\": [ { \"name\": \"first\",,\n"));
        m_serve.signal(SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_serve.log().contains(QLatin1String{"event=reload.failed"}), 10000);
        QVERIFY2(m_serve.log().contains(path("serve.json") + QStringLiteral(":1:")),
            qPrintable(m_serve.log()));
        QCOMPARE(get(m_port, "/healthz").status, 200);
        QVERIFY(get(m_port, "/metrics").body.contains("opsdash_up{target=\"first\"} 1\n"));
        QCOMPARE(monitorPid(), firstPid);
        QVERIFY(writeConfig(false));
    }

    void aDatabaseRestartIsSurvived()
    {
        m_held.clear();
        m_admin.reset();
        const QString restarted = m_first->pgCtl(
            {QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("restart")});
        QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_serve.log().contains(QLatin1String{"event=target.down target=first"}), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            get(m_port, "/metrics").body.contains("opsdash_up{target=\"first\"} 1\n"), 60000);
        QVERIFY(!get(m_port, "/metrics")
                     .body.contains(
                         "opsdash_poll_errors_total{target=\"first\",reason=\"connect\"} 0\n"));
        QTRY_COMPARE_WITH_TIMEOUT(get(m_port, "/healthz").status, 200, 10000);
        m_admin
            = std::make_unique<Connection>(PQconnectdb(m_first->conninfo().constData()), &PQfinish);
        QCOMPARE(PQstatus(m_admin->get()), CONNECTION_OK);
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown path")
            << QByteArrayLiteral("GET /admin HTTP/1.1\r\nHost: x\r\n\r\n") << 404;
        QTest::newRow("a body on GET") << QByteArrayLiteral(
            "GET /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
                                       << 400;
        QTest::newRow("chunked body on GET") << QByteArrayLiteral(
            "GET /metrics HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                             << 400;
        QTest::newRow("POST") << QByteArrayLiteral(
            "POST /metrics HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                              << 405;
        QTest::newRow("not HTTP") << QByteArrayLiteral("HELLO\r\n\r\n") << 400;
        QTest::newRow("a 20 kB header")
            << QByteArray{"GET /metrics HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n"}
            << 431;
    }
    void badRequestsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QCOMPARE(rawHttp(m_port, request).status, status);
        QCOMPARE(get(m_port, "/healthz").status, 200);
    }

    void twoHundredConnectionsAreCappedAtSixtyFour()
    {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 200; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, m_port);
        }
        for (const auto& socket : sockets)
            QVERIFY(socket->waitForConnected(10000));
        // The refused ones get a 503 and are closed; the others wait for a request. A
        // connection the kernel's backlog held back is accepted, and refused, later.
        std::vector<QByteArray> received(sockets.size());
        const auto countRefused = [&] {
            int refused = 0;
            for (std::size_t i = 0; i < sockets.size(); ++i) {
                received[i] += sockets[i]->readAll();
                if (received[i].startsWith("HTTP/1.1 503"))
                    ++refused;
            }
            return refused;
        };
        // 64 at most: Prometheus' keep-alive connection may hold one of them.
        QTRY_VERIFY_WITH_TIMEOUT(countRefused() >= 136, 30000);
        QTest::qWait(1000);
        const int refused = countRefused();
        QVERIFY2(refused <= 137, qPrintable(QString::number(refused)));
        // The accepted ones are served.
        for (std::size_t i = 0; i < sockets.size(); ++i) {
            if (!received[i].isEmpty())
                continue;
            sockets[i]->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
            QTRY_VERIFY_WITH_TIMEOUT(
                (received[i] += sockets[i]->readAll()).startsWith("HTTP/1.1 200"), 10000);
            break;
        }
        sockets.clear();
        QTRY_COMPARE_WITH_TIMEOUT(get(m_port, "/healthz").status, 200, 10000);
        QVERIFY(m_serve.running());
        QVERIFY(m_serve.log().contains(QLatin1String{"more than 64 concurrent connections"}));
    }

    void secretFilesOthersCanReadAreRefused()
    {
        QVERIFY(writeFile(path("password"), "secret\n",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QVERIFY(writeFile(path("with-password.json"),
            QStringLiteral("{\"targets\": [{\"name\": \"first\", \"conninfo\": \"%1\", "
                           "\"passwordFile\": \"password\"}]}")
                .arg(QString::fromUtf8(m_first->conninfo()))
                .toUtf8()));
        OpsdashRun run = runOpsdash(
            {QStringLiteral("serve"), QStringLiteral("--config"), path("with-password.json"),
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freePort())});
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(
            run.err.contains(path("password") + QStringLiteral(": permissions 0604 are too open")),
            qPrintable(run.err));

        QVERIFY(QFile::setPermissions(path("with-password.json"),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        run = runOpsdash(
            {QStringLiteral("serve"), QStringLiteral("--config"), path("with-password.json")});
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(path("with-password.json")
                     + QStringLiteral(": permissions 0640 are too open")),
            qPrintable(run.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no target") << QStringList{QStringLiteral("serve")}
                                   << QStringLiteral("give one of --config, --db or --profile");
        QTest::newRow("two targets") << QStringList{QStringLiteral("serve"), QStringLiteral("--db"),
            QStringLiteral("x"), QStringLiteral("--config"), QStringLiteral("y")}
                                     << QStringLiteral("give one of --config, --db or --profile");
        QTest::newRow("--interval beside --config") << QStringList{QStringLiteral("serve"),
            QStringLiteral("--config"), QStringLiteral("y"), QStringLiteral("--interval"),
            QStringLiteral("5")} << QStringLiteral("are set in the file");
        QTest::newRow("--listen without a port") << QStringList{QStringLiteral("serve"),
            QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1")} << QStringLiteral("--listen takes ADDRESS:PORT");
        QTest::newRow("--log-format yaml") << QStringList{QStringLiteral("serve"),
            QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--log-format"),
            QStringLiteral("yaml")} << QStringLiteral("--log-format must be logfmt or json");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const OpsdashRun run = runOpsdash(arguments, 30000);
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    }

    void sigtermStopsCleanlyAndFlushesHistory()
    {
        QCOMPARE(m_serve.stop(), 0);
        QVERIFY2(m_serve.log().contains(QLatin1String{"event=serve.stop signal=SIGTERM"}),
            qPrintable(m_serve.log()));
        QVERIFY(m_serve.log().contains(QLatin1String{"event=target.stop target=first"}));
        QVERIFY(QFileInfo{path("first.sqlite")}.size() > 0);
    }

    void cleanupTestCase()
    {
        m_prometheus.stop();
        m_alertmanager.stop();
        m_serve.stop();
    }

private:
    QString path(const char* name) const { return m_dir.filePath(QLatin1String{name}); }

    bool writeConfig(bool withSecond)
    {
        QJsonArray targets{QJsonObject{{QStringLiteral("name"), QStringLiteral("first")},
            {QStringLiteral("conninfo"), QString::fromUtf8(m_first->conninfo())},
            {QStringLiteral("baseline"), QStringLiteral("baseline.json")},
            {QStringLiteral("history"), QStringLiteral("first.sqlite")},
            {QStringLiteral("sessionsTable"), true}, {QStringLiteral("intervalSeconds"), 1}}};
        if (withSecond) {
            targets.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("second")},
                {QStringLiteral("conninfo"), QString::fromUtf8(m_second->conninfo())},
                {QStringLiteral("history"), QStringLiteral("second.sqlite")},
                {QStringLiteral("intervalSeconds"), 1}});
        }
        return writeFile(path("serve.json"),
            QJsonDocument{QJsonObject{{QStringLiteral("targets"), targets}}}.toJson());
    }

    void holdWebConnections(int count)
    {
        const QByteArray conninfo = m_first->conninfo() + " application_name=postgres.js";
        while (static_cast<int>(m_held.size()) < count) {
            m_held.emplace_back(PQconnectdb(conninfo.constData()), &PQfinish);
            QCOMPARE(PQstatus(m_held.back().get()), CONNECTION_OK);
        }
    }

    QString monitorPid() const
    {
        return scalar(m_admin->get(),
            "select string_agg(pid::text, ',') from pg_stat_activity "
            "where application_name = 'opsdash'");
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestCluster> m_first;
    std::unique_ptr<TestCluster> m_second;
    std::unique_ptr<Connection> m_admin;
    std::vector<Connection> m_held;
    Daemon m_serve;
    Daemon m_prometheus;
    Daemon m_alertmanager;
    quint16 m_port{0};
    quint16 m_prometheusPort{0};
    quint16 m_alertmanagerPort{0};
};

QTEST_GUILESS_MAIN(TestServeCommand)
#include "tst_servecommand.moc"
