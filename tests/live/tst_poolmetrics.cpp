// The Go pool's own statistics (docs/checks.md, "the pool's own statistics"), from the real
// thing: the demo's scheduling service (Go database/sql + lib/pq, client_golang's DBStats
// collector), built from Debian's packages by demo/build-checkout --go-only (or reused when
// the demo left it built), on a database of its own in the shared fixture cluster. The
// test drives it past its pool of 50 and watches a LiveTarget whose baseline names its
// metricsUrl: live.scheduling.waits fails with the count the app itself reports;
// live.scheduling.maxOpenConns passes at 50 and fails once the service is restarted with 60.
// Bad metrics pages from a loopback server (malformed, huge, slow) give named errors and
// keep the last good values, stale. A profile's pool metrics URL is read in place of the
// baseline's, and the engine, `opsdash probe` (text and JSON) say whose it is.
#include "../sessions/TestHttpServer.h"
#include "../support/DefaultBaseline.h"
#include "../support/PgExec.h"
#include "../support/RunOpsdash.h"
#include "../support/SchemaCheck.h"
#include "../support/TargetFindings.h"
#include "live/LiveTarget.h"
#include "live/PoolMetricsPoller.h"
#include "model/Profile.h"
#include "secrets/ProfileStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

using namespace opsdash;
using namespace opsdash::test;
using namespace std::chrono_literals;

namespace {

constexpr int kTimeoutMs{30000}; // a loaded machine; the test takes ~10 s when all is well

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QByteArray goodPage(int maxOpen)
{
    return QStringLiteral("go_sql_open_connections{db_name=\"scheduling\"} 4\n"
                          "go_sql_in_use_connections{db_name=\"scheduling\"} 1\n"
                          "go_sql_idle_connections{db_name=\"scheduling\"} 3\n"
                          "go_sql_max_open_connections{db_name=\"scheduling\"} %1\n"
                          "go_sql_wait_count_total{db_name=\"scheduling\"} 0\n"
                          "go_sql_wait_duration_seconds_total{db_name=\"scheduling\"} 0\n"
                          "go_sql_max_idle_closed_total{db_name=\"scheduling\"} 0\n")
        .arg(maxOpen)
        .toUtf8();
}

HttpReply textPage(QByteArray body)
{
    HttpReply reply;
    reply.body = std::move(body);
    reply.header("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    return reply;
}

} // namespace

Q_DECLARE_METATYPE(opsdash::test::HttpReply)

class TestPoolMetrics final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_binary = QStringLiteral(OPSDASH_BUILD_DIR "/demo/scheduling-service-sign-off");
        QProcess build;
        build.setProcessChannelMode(QProcess::MergedChannels);
        build.start(QStringLiteral(OPSDASH_SOURCE_DIR "/demo/build-checkout"),
            {QStringLiteral("--go-only"), QStringLiteral(OPSDASH_SOURCE_DIR "/demo/monorepo"),
                m_binary});
        QVERIFY(build.waitForFinished(180000));
        QVERIFY2(build.exitStatus() == QProcess::NormalExit && build.exitCode() == 0,
            build.readAll().constData());

        m_database = QStringLiteral("poolmetrics_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(pgExecOnFixture(QStringLiteral("CREATE DATABASE %1").arg(m_database).toUtf8()));
        std::unique_ptr<PGconn, decltype(&PQfinish)> db{
            PQconnectdb(conninfo(m_database).constData()), &PQfinish};
        QVERIFY2(PQstatus(db.get()) == CONNECTION_OK, PQerrorMessage(db.get()));
        QVERIFY(pgExec(db.get(),
            "CREATE TABLE job (id bigserial PRIMARY KEY, kind text NOT NULL, "
            "finished timestamptz, result text)"));
    }

    void cleanupTestCase()
    {
        stopService();
        if (!m_database.isEmpty())
            pgExecOnFixture(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database).toUtf8());
    }

    void theGoServicePastItsPoolFailsWaitsAndAnotherLimitFailsMaxOpenConns()
    {
        const quint16 port = freePort();
        QVERIFY(port != 0);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        QVERIFY(startService(port, 0));

        Baseline baseline = defaultBaseline();
        for (PoolSpec& pool : baseline.pools) {
            if (pool.id == QLatin1String{"scheduling"})
                pool.metricsUrl = base + QStringLiteral("/metrics");
        }
        QTemporaryDir dir;
        LiveTarget target{baseline};
        ActivityMonitor::Options options;
        options.conninfo = qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO").toUtf8();
        options.interval = 1s;
        target.start(options, dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(target.poolMetrics(u"scheduling") != nullptr);
        const PoolStatistics& statistics = target.poolMetrics(u"scheduling")->statistics();

        // Read before the load: its own limit, 50, as the baseline says; no wait yet.
        QTRY_VERIFY2_WITH_TIMEOUT(findingOf(target, QStringLiteral("live.scheduling.maxOpenConns"))
                && findingOf(target, QStringLiteral("live.scheduling.maxOpenConns"))->status
                    == CheckStatus::Pass,
            qPrintable(describe(findingOf(target, QStringLiteral("live.scheduling.maxOpenConns")))
                + QStringLiteral(" ") + statistics.error()),
            kTimeoutMs);
        QCOMPARE(findingOf(target, QStringLiteral("live.scheduling.maxOpenConns"))->actual,
            QStringLiteral("50"));
        QCOMPARE(toString(findingOf(target, QStringLiteral("live.scheduling.waits"))->status),
            QStringLiteral("pass"));

        // 70 jobs of 1 s at once on a pool of 50: 20 callers wait about a second each.
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> load{network.post(
            QNetworkRequest{QUrl{base + QStringLiteral("/load?jobs=70&seconds=1")}}, QByteArray{})};
        QTRY_VERIFY_WITH_TIMEOUT(load->isFinished(), kTimeoutMs);
        QCOMPARE(load->error(), QNetworkReply::NoError);

        // The app's own count, from its own page.
        std::unique_ptr<QNetworkReply> page{
            network.get(QNetworkRequest{QUrl{base + QStringLiteral("/metrics")}})};
        QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), kTimeoutMs);
        Result<MetricsText::Page, MetricsText::ParseError> parsed
            = MetricsText::parse(page->readAll());
        QVERIFY(parsed.ok());
        const std::optional<double> waits = parsed->value(u"go_sql_wait_count_total");
        QVERIFY(waits);
        QVERIFY2(*waits >= 1, "the service never waited for a connection");

        const QString expected = QStringLiteral("%1 waits").arg(*waits);
        QTRY_VERIFY2_WITH_TIMEOUT(
            findingOf(target, QStringLiteral("live.scheduling.waits"))->status == CheckStatus::Fail
                && findingOf(target, QStringLiteral("live.scheduling.waits"))
                       ->actual.startsWith(expected),
            qPrintable(describe(findingOf(target, QStringLiteral("live.scheduling.waits")))
                + QStringLiteral(", expected ") + expected),
            kTimeoutMs);
        QVERIFY(findingOf(target, QStringLiteral("live.scheduling.waits"))
                    ->actual.contains(u"average wait"));
        QCOMPARE(
            toString(findingOf(target, QStringLiteral("live.scheduling.maxOpenConns"))->status),
            QStringLiteral("pass"));

        // Restarted with another limit: the running process says 60.
        stopService();
        QVERIFY(startService(port, 60));
        QTRY_VERIFY2_WITH_TIMEOUT(
            findingOf(target, QStringLiteral("live.scheduling.maxOpenConns"))->status
                    == CheckStatus::Fail
                && findingOf(target, QStringLiteral("live.scheduling.maxOpenConns"))->actual
                    == QLatin1String{"60"},
            qPrintable(describe(findingOf(target, QStringLiteral("live.scheduling.maxOpenConns")))),
            kTimeoutMs);
        QVERIFY(!statistics.stale());
        target.stop();
    }

    void badPagesGiveNamedErrorsAndKeepTheLastValuesStale_data()
    {
        QTest::addColumn<HttpReply>("bad");
        QTest::addColumn<QString>("error");

        QTest::newRow("malformed") << textPage("go_sql_open_connections{db_name=\"scheduling\" 4\n")
                                   << QStringLiteral("malformed: line 1: ");
        QTest::newRow("without the series")
            << textPage("go_goroutines 12\n") << QStringLiteral("missing-series: ");
        QTest::newRow("huge, announced")
            << HttpReply::streamed(256 * 1024, true).header("Content-Type", "text/plain")
            << QStringLiteral("too-large: ");
        QTest::newRow("huge, chunked")
            << HttpReply::streamed(256 * 1024, false).header("Content-Type", "text/plain")
            << QStringLiteral("too-large: ");
        QTest::newRow("slow") << HttpReply::withMode(HttpReply::Mode::NeverAnswer)
                              << QStringLiteral("timeout: ");
        QTest::newRow("an HTML page")
            << HttpReply::json("<html></html>").header("Content-Type", "text/html")
            << QStringLiteral("wrong-content-type: ");
    }

    void badPagesGiveNamedErrorsAndKeepTheLastValuesStale()
    {
        QFETCH(HttpReply, bad);
        QFETCH(QString, error);
        TestHttpServer server;
        QVERIFY(server.start());
        server.route("/metrics", textPage(goodPage(50)));

        PoolSpec pool = *defaultBaseline().pool(u"scheduling");
        pool.metricsUrl = QStringLiteral("http://127.0.0.1:%1/metrics").arg(server.serverPort());
        PoolMetricsPoller poller{pool, Thresholds::Live{}};
        PoolMetricsPoller::Options options;
        options.interval = 200ms;
        options.timeout = 1s;
        options.maxBytes = 64 * 1024;
        poller.start(options);
        QTRY_VERIFY_WITH_TIMEOUT(poller.statistics().latest().has_value(), kTimeoutMs);
        QVERIFY2(!poller.statistics().stale(), qPrintable(poller.statistics().error()));
        const QDateTime goodAt = poller.statistics().latest()->at;

        server.route("/metrics", bad);
        QTRY_VERIFY2_WITH_TIMEOUT(poller.statistics().error().startsWith(error),
            qPrintable(poller.statistics().error()), kTimeoutMs);
        QVERIFY(poller.statistics().stale());
        // The last good values stay, and the findings stand on them, saying so.
        QCOMPARE(poller.statistics().latest()->at, goodAt);
        QCOMPARE(poller.statistics().latest()->maxOpen, 50.0);
        for (const Finding& finding : poller.statistics().findings()) {
            QCOMPARE(toString(finding.status), QStringLiteral("pass"));
            QVERIFY2(finding.reason.startsWith(u"stale") && finding.reason.contains(error),
                qPrintable(finding.reason));
        }

        // Read again: fresh.
        server.route("/metrics", textPage(goodPage(50)));
        QTRY_VERIFY2_WITH_TIMEOUT(
            !poller.statistics().stale(), qPrintable(poller.statistics().error()), kTimeoutMs);
        QVERIFY(poller.statistics().latest()->at > goodAt);
        poller.stop();
    }

    void aProfilesUrlIsReadInPlaceOfTheBaselines()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route("/metrics", textPage(goodPage(50)));
        const QString url = QStringLiteral("http://127.0.0.1:%1/metrics").arg(server.serverPort());

        // The baseline names a page nobody serves; the profile names the one that answers.
        QTemporaryDir dir;
        Baseline baseline = defaultBaseline();
        for (PoolSpec& pool : baseline.pools) {
            if (pool.id == QLatin1String{"scheduling"})
                pool.metricsUrl = QStringLiteral("http://127.0.0.1:%1/metrics").arg(freePort());
        }
        QFile file{dir.filePath(QStringLiteral("baseline.json"))};
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument{baseline.toJson()}.toJson());
        file.close();

        shareSettingsWithTheExecutable();
        Profile profile;
        profile.name = QStringLiteral("metrics");
        profile.style = Profile::ConnectionStyle::Conninfo;
        profile.conninfo = qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO");
        profile.baselineFile = file.fileName();
        profile.intervalSeconds = 1;
        profile.poolMetricsUrls = QStringLiteral("scheduling=") + url;
        QVERIFY(profile.problems({}).isEmpty());
        ProfileStore{}.save(profile);
        ProfileStore{}.sync();
        const std::optional<Profile> saved = ProfileStore{}.load(profile.name);
        QVERIFY(saved);
        QCOMPARE(saved->poolMetricsUrls, profile.poolMetricsUrls);
        const TargetOptions options = saved->toTargetOptions();
        QCOMPARE(options.poolMetricsUrls.value(QStringLiteral("scheduling")), url);

        // The engine reads the profile's page, and says whose URL it is.
        LiveTarget target{baseline};
        target.setPoolMetricsUrls(options.poolMetricsUrls, MetricsUrlOrigin::Profile);
        ActivityMonitor::Options monitor;
        monitor.conninfo = options.conninfo.toUtf8();
        monitor.interval = 1s;
        target.start(monitor, dir.filePath(QStringLiteral("history.sqlite")));
        const PoolMetricsPoller* poller = target.poolMetrics(u"scheduling");
        QVERIFY(poller != nullptr);
        QTRY_VERIFY2_WITH_TIMEOUT(poller->statistics().latest().has_value(),
            qPrintable(poller->statistics().error()), kTimeoutMs);
        QCOMPARE(poller->statistics().url(), url);
        QCOMPARE(toString(poller->statistics().urlOrigin()), QStringLiteral("profile"));
        QCOMPARE(poller->statistics().urlInEffect(),
            url + QStringLiteral(" (the profile's, in place of the baseline's)"));
        QVERIFY(!poller->statistics().stale());
        target.stop();

        // probe --profile: the same URL in effect, named as the profile's.
        const OpsdashRun run = runOpsdash({QStringLiteral("probe"), QStringLiteral("--profile"),
            profile.name, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.describe(1)));
        const QString violations
            = schemaViolations(QStringLiteral("probe.schema.json"), run.out.toUtf8());
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
        QJsonObject statistics;
        for (const QJsonValue& pool :
            QJsonDocument::fromJson(run.out.toUtf8())[QStringLiteral("pools")].toArray()) {
            if (pool[QStringLiteral("pool")].toString() == QLatin1String{"scheduling"})
                statistics = pool[QStringLiteral("appStatistics")].toObject();
        }
        QCOMPARE(statistics.value(QStringLiteral("url")).toString(), url);
        QCOMPARE(statistics.value(QStringLiteral("urlFrom")).toString(), QStringLiteral("profile"));
        const OpsdashRun text
            = runOpsdash({QStringLiteral("probe"), QStringLiteral("--profile"), profile.name});
        QVERIFY2(text.out.contains(QStringLiteral("app metrics of scheduling: %1 (the profile's, "
                                                  "in place of the baseline's)")
                                       .arg(url)),
            qPrintable(text.describe(1)));
    }

private:
    static QByteArray conninfo(const QString& database)
    {
        return qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO").toUtf8()
            + " dbname=" + database.toUtf8();
    }

    bool startService(quint16 port, int maxOpen)
    {
        m_service = std::make_unique<QProcess>();
        m_service->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DATABASE_URL"),
            QString::fromUtf8(conninfo(m_database))
                + QStringLiteral(" sslmode=disable application_name=scheduling-service"));
        environment.insert(
            QStringLiteral("DEMO_METRICS_ADDR"), QStringLiteral("127.0.0.1:%1").arg(port));
        environment.insert(QStringLiteral("DEMO_SCHED_LOAD"), QStringLiteral("1"));
        // One small batch at start, then none within the test.
        environment.insert(QStringLiteral("DEMO_SCHED_PERIOD"), QStringLiteral("3600"));
        environment.insert(QStringLiteral("DEMO_SCHED_BATCH"), QStringLiteral("2"));
        if (maxOpen > 0)
            environment.insert(QStringLiteral("DEMO_SCHED_MAX_OPEN"), QString::number(maxOpen));
        m_service->setProcessEnvironment(environment);
        m_service->start(m_binary, {});
        if (!m_service->waitForStarted(10000))
            return false;
        // Up when it says where its metrics are (after its pool's first ping).
        return QTest::qWaitFor(
                   [&] {
                       return m_service->state() != QProcess::Running
                           || m_service->peek(1 << 16).contains("metrics on http://");
                   },
                   kTimeoutMs)
            && m_service->state() == QProcess::Running;
    }

    void stopService()
    {
        if (!m_service)
            return;
        m_service->terminate();
        if (!m_service->waitForFinished(10000))
            m_service->kill();
        m_service->waitForFinished(5000);
        m_service.reset();
    }

    QString m_binary;
    QString m_database;
    std::unique_ptr<QProcess> m_service;
};

QTEST_GUILESS_MAIN(TestPoolMetrics)
#include "tst_poolmetrics.moc"
