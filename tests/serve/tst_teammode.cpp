// Team mode (issue 17 item 5): `opsdash serve` watches a database of the fixture cluster, a
// real Prometheus scrapes it every second, and a window whose profile is of kind Prometheus
// shows the pools, the checks and the chart from Prometheus alone — with the values
// Prometheus holds, and no backend of its own on the database. A stopped Prometheus is a
// named error state in the status bar; `opsdash snapshot --profile` captures such a window.
#include "PrivateFile.h"
#include "ServeHarness.h"
#include "gui/chart/HistoryChart.h"
#include "gui/common/ElidedLabel.h"
#include "gui/pools/PoolBar.h"
#include "gui/window/MainWindow.h"
#include "live/LiveTarget.h"
#include "model/BaselineLoader.h"
#include "model/SettingsKeys.h"
#include "prom/PrometheusSource.h"
#include "secrets/ProfileStore.h"
#include "support/PgExec.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

using namespace opsdash;
using opsdash::test::pgExecOnFixture;

namespace {

constexpr int kHeld{4}; // postgres.js connections the test holds on its database
constexpr char kDatabase[]{"opsdash_teammode"};

QByteArray fixtureFor(const char* database)
{
    return qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO").toUtf8() + " dbname=" + database;
}

// The pids of the opsdash backends on the test's own database.
QStringList opsdashBackends(PGconn* connection)
{
    PGresult* result = PQexec(connection,
        "SELECT pid FROM pg_stat_activity WHERE datname = 'opsdash_teammode' "
        "AND application_name = 'opsdash' ORDER BY pid");
    QStringList pids;
    if (PQresultStatus(result) == PGRES_TUPLES_OK) {
        for (int row = 0; row < PQntuples(result); ++row)
            pids << QString::fromLatin1(PQgetvalue(result, row, 0));
    }
    PQclear(result);
    return pids;
}

QString targetLabel(quint16 prometheus)
{
    const HttpReply reply = rawHttp(prometheus,
        "GET /api/v1/query?query=" + QUrl::toPercentEncoding(QStringLiteral("opsdash_up"))
            + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    const QJsonArray result = QJsonDocument::fromJson(reply.body)
                                  .object()
                                  .value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("result"))
                                  .toArray();
    return result.isEmpty() ? QString{}
                            : result.at(0)
                                  .toObject()
                                  .value(QStringLiteral("metric"))
                                  .toObject()
                                  .value(QStringLiteral("target"))
                                  .toString();
}

} // namespace

class TestTeamMode final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("prometheus")).isEmpty());
        QVERIFY(pgExecOnFixture("DROP DATABASE IF EXISTS opsdash_teammode WITH (FORCE)"));
        QVERIFY(pgExecOnFixture("CREATE DATABASE opsdash_teammode"));
        // Any libpq connection this process opened without a conninfo would land here, where
        // the test looks for it (the window must open none).
        qputenv("PGDATABASE", kDatabase);
        m_admin = PQconnectdb(fixtureFor(kDatabase).constData());
        QCOMPARE(PQstatus(m_admin), CONNECTION_OK);
        for (int i = 0; i < kHeld; ++i) {
            PGconn* held = PQconnectdb(
                QByteArray{fixtureFor(kDatabase) + " application_name=postgres.js"}.constData());
            QCOMPARE(PQstatus(held), CONNECTION_OK);
            m_held.append(held);
        }

        m_servePort = freePort();
        QVERIFY(m_serve.start(QStringLiteral(OPSDASH_BINARY),
            {QStringLiteral("serve"), QStringLiteral("--db"),
                QString::fromUtf8(fixtureFor(kDatabase)), QStringLiteral("--interval"),
                QStringLiteral("1"), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:%1").arg(m_servePort)}));
        QTRY_VERIFY2_WITH_TIMEOUT(m_serve.log().contains(QLatin1String{"event=serve.start"}),
            qPrintable(m_serve.log()), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(opsdashBackends(m_admin).size(), 1, 30000);
        m_serveBackends = opsdashBackends(m_admin);

        m_prometheusPort = freePort();
        QVERIFY(writeFile(path("prometheus.yml"),
            QStringLiteral("global:\n  scrape_interval: 1s\n"
                           "scrape_configs:\n  - job_name: opsdash\n"
                           "    static_configs:\n      - targets: ['127.0.0.1:%1']\n")
                .arg(m_servePort)
                .toUtf8()));
        QVERIFY(m_prometheus.start(QStringLiteral("prometheus"),
            {QStringLiteral("--config.file=") + path("prometheus.yml"),
                QStringLiteral("--storage.tsdb.path=") + path("prometheus-data"),
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_prometheusPort)}));
        QTRY_VERIFY_WITH_TIMEOUT(!targetLabel(m_prometheusPort).isEmpty(), 60000);
        m_target = targetLabel(m_prometheusPort);
        // Serve has polled the held load, and Prometheus has scraped it.
        QTRY_VERIFY_WITH_TIMEOUT(
            queryValues(m_prometheusPort,
                QStringLiteral("sum(opsdash_pool_connections{pool=\"web\"}) >= %1").arg(kHeld))
                    .size()
                == 1,
            60000);
    }

    void windowShowsPoolsChecksAndChartFromPrometheus()
    {
        TargetOptions options;
        options.profile = QStringLiteral("team");
        options.interval = std::chrono::seconds{1};
        options.prometheus.url = QStringLiteral("http://127.0.0.1:%1").arg(m_prometheusPort);
        options.prometheus.target = m_target;
        const Result<Baseline> baseline = BaselineLoader::loadFileOrDefault({});
        QVERIFY(baseline);
        MainWindow window{*baseline, options};
        window.resize(1280, 800);
        window.show();
        LiveTarget* target = window.liveTarget();
        QVERIFY(target != nullptr);
        QVERIFY(target->prometheus() != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(
            target->prometheus()->state(), PrometheusSource::State::Reading, 30000);

        // Pools: what Prometheus holds for the target, the held load included.
        QTRY_VERIFY_WITH_TIMEOUT(target->window().pools().size() > 0, 20000);
        const auto webNow = [&] {
            const QStringList values = queryValues(m_prometheusPort,
                QStringLiteral("sum(opsdash_pool_connections{pool=\"web\",target=%1})")
                    .arg(promqlString(m_target)));
            return values.isEmpty() ? -1 : values.constFirst().toInt();
        };
        int shown = -1;
        QTRY_VERIFY_WITH_TIMEOUT((shown = webPool(*target)) >= kHeld && shown == webNow(), 20000);
        PoolBar* bar = nullptr;
        for (PoolBar* one : window.findChildren<PoolBar*>()) {
            if (one->pool() == QLatin1String{"web"})
                bar = one;
        }
        QVERIFY(bar != nullptr);
        QTRY_VERIFY2_WITH_TIMEOUT(bar->caption().contains(QStringLiteral("%1 /").arg(shown))
                || bar->caption().contains(QString::number(webPool(*target))),
            qPrintable(bar->caption()), 10000);

        // Capacity and checks: serve's pg_settings and stateset, not re-derived.
        QVERIFY(target->serverFacts().has_value());
        const QStringList usable = queryValues(m_prometheusPort,
            QStringLiteral("opsdash_server_usable_connections{target=%1}")
                .arg(promqlString(m_target)));
        QCOMPARE(usable.size(), 1);
        QCOMPARE(target->usableSlots(), usable.constFirst().toInt());
        QTRY_VERIFY_WITH_TIMEOUT(!target->findings().isEmpty(), 10000);
        const QStringList failing = queryValues(m_prometheusPort,
            QStringLiteral("opsdash_check{check=\"server.capacity\",opsdash_check=\"fail\"}"));
        QCOMPARE(failing, QStringList{QStringLiteral("1")});
        bool capacityFails = false;
        for (const Finding& finding : target->findings()) {
            if (finding.checkId == QLatin1String{"server.capacity"})
                capacityFails = finding.status == CheckStatus::Fail;
        }
        QVERIFY(capacityFails);

        // The chart: a range from query_range, the web line at the held load.
        auto* chart = window.findChild<HistoryChart*>();
        QVERIFY(chart != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!chart->pointsOf(QStringLiteral("web")).isEmpty(), 20000);
        double peak = 0;
        for (const QPointF& point : chart->pointsOf(QStringLiteral("web")))
            peak = std::max(peak, point.y());
        QVERIFY2(peak >= kHeld, qPrintable(QString::number(peak)));

        // Where the data comes from, and no backend of the window's on the database.
        const QString source
            = QStringLiteral("from Prometheus http://127.0.0.1:%1").arg(m_prometheusPort);
        QTRY_VERIFY2_WITH_TIMEOUT(statusText(window.statusBar()).contains(source),
            qPrintable(statusText(window.statusBar())), 10000);
        QCOMPARE(opsdashBackends(m_admin), m_serveBackends);
    }

    void stoppedPrometheusIsANamedErrorState()
    {
        TargetOptions options;
        options.profile = QStringLiteral("team");
        options.interval = std::chrono::seconds{1};
        // A port nothing listens on: Prometheus stopped.
        options.prometheus.url = QStringLiteral("http://127.0.0.1:%1").arg(freePort());
        options.prometheus.target = m_target;
        const Result<Baseline> baseline = BaselineLoader::loadFileOrDefault({});
        QVERIFY(baseline);
        MainWindow window{*baseline, options};
        window.show();
        LiveTarget* target = window.liveTarget();
        QTRY_COMPARE_WITH_TIMEOUT(
            target->prometheus()->state(), PrometheusSource::State::Failed, 20000);
        QCOMPARE(target->prometheus()->lastError()->kind, SourceError::Kind::ConnectionRefused);
        QTRY_VERIFY2_WITH_TIMEOUT(
            statusText(window.statusBar()).contains(QLatin1String{"connection-refused"}),
            qPrintable(statusText(window.statusBar())), 10000);
        QCOMPARE(opsdashBackends(m_admin), m_serveBackends);
    }

    void snapshotOfAPrometheusProfile()
    {
        // A saved profile of kind Prometheus, in a config dir of the test's own.
        const QString config = path("config");
        QVERIFY(QDir{}.mkpath(config + QStringLiteral("/opsdash")));
        {
            ProfileStore store{config + QStringLiteral("/opsdash/opsdash.conf")};
            Profile profile;
            profile.name = QStringLiteral("team");
            profile.kind = Profile::Kind::Prometheus;
            profile.prometheusUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_prometheusPort);
            profile.prometheusTarget = m_target;
            profile.intervalSeconds = 1;
            store.save(profile);
            store.sync();
        }
        const QString png = path("team.png");
        const OpsdashRun run = runOpsdash(
            {QStringLiteral("snapshot"), QStringLiteral("--profile"), QStringLiteral("team"),
                QStringLiteral("--out"), png, QStringLiteral("--wait"), QStringLiteral("3"),
                QStringLiteral("--size"), QStringLiteral("1280x800")},
            60000,
            {QStringLiteral("XDG_CONFIG_HOME=") + config,
                QStringLiteral("XDG_DATA_HOME=") + path("data")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.failure + run.err));
        const QImage image{png};
        QVERIFY2(!image.isNull(), qPrintable(png));
        QCOMPARE(image.width(), 1280);
        QVERIFY(image.height() >= 800); // the window and the footer line under it
        // A command that polls the database refuses such a profile rather than fall back to
        // libpq's defaults.
        for (const QString& command : {QStringLiteral("probe"), QStringLiteral("serve")}) {
            const OpsdashRun refused
                = runOpsdash({command, QStringLiteral("--profile"), QStringLiteral("team")}, 60000,
                    {QStringLiteral("XDG_CONFIG_HOME=") + config,
                        QStringLiteral("XDG_DATA_HOME=") + path("data")});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(QLatin1String{"reads Prometheus (team mode)"}),
                qPrintable(refused.err));
        }
        if (qEnvironmentVariableIsSet("OPSDASH_TEST_KEEP_SNAPSHOT"))
            QFile::copy(png, qEnvironmentVariable("OPSDASH_TEST_KEEP_SNAPSHOT"));
        QCOMPARE(opsdashBackends(m_admin), m_serveBackends);
    }

    void cleanupTestCase()
    {
        m_prometheus.stop();
        m_serve.stop();
        for (PGconn* held : std::as_const(m_held))
            PQfinish(held);
        if (m_admin != nullptr)
            PQfinish(m_admin);
        pgExecOnFixture("DROP DATABASE IF EXISTS opsdash_teammode WITH (FORCE)");
    }

private:
    static int webPool(const LiveTarget& target)
    {
        for (const UsageWindow::PoolStats& pool : target.window().pools()) {
            if (pool.pool == QLatin1String{"web"})
                return pool.current;
        }
        return -1;
    }
    static QString statusText(QStatusBar* bar)
    {
        QStringList texts;
        for (const ElidedLabel* label : bar->findChildren<ElidedLabel*>())
            texts << label->fullText();
        return texts.join(u'\n');
    }
    QString path(const char* name) const { return m_dir.filePath(QLatin1String{name}); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    PGconn* m_admin{nullptr};
    QList<PGconn*> m_held;
    Daemon m_serve;
    Daemon m_prometheus;
    quint16 m_servePort{0};
    quint16 m_prometheusPort{0};
    QString m_target;
    QStringList m_serveBackends;
};

QTEST_MAIN(TestTeamMode)
#include "tst_teammode.moc"
