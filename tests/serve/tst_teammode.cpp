// Team mode (issue 17 item 5): `opsdash serve` watches a database of the fixture cluster, a
// real Prometheus scrapes it every second, and a window whose profile is of kind Prometheus
// shows the pools, the checks and the chart from Prometheus alone — with the values
// Prometheus holds, and no backend of its own on the database. A stopped Prometheus is a
// named error state in the status bar; `opsdash snapshot --profile` captures such a window.
// The login-sessions panel shows serve's counts by level; pause stops every query to
// Prometheus and the interval sets their period; the overview's tile of such a profile shows
// what a database tile shows, its errors by name, and `snapshot --overview` captures it.
#include "LoginSessionsTable.h"
#include "PrivateFile.h"
#include "ServeHarness.h"
#include "gui/chart/HistoryChart.h"
#include "gui/common/ElidedLabel.h"
#include "gui/overview/OverviewPage.h"
#include "gui/overview/OverviewTile.h"
#include "gui/pools/PoolBar.h"
#include "gui/sessions/SessionsPanel.h"
#include "gui/window/MainWindow.h"
#include "gui/window/PauseBanner.h"
#include "live/LiveSessions.h"
#include "live/LiveTarget.h"
#include "live/TargetFleet.h"
#include "model/BaselineLoader.h"
#include "model/SettingsKeys.h"
#include "prom/PrometheusSource.h"
#include "secrets/ProfileStore.h"
#include "support/PgExec.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <libpq-fe.h>
#include <memory>
#include <optional>

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

// How many API queries (instant and range) Prometheus has answered, from its own counters:
// what reaches it from the windows, counted on its side. Read from /metrics, which is not an
// API query itself.
int apiQueries(quint16 prometheus)
{
    const HttpReply reply = rawHttp(prometheus, "GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    static const QRegularExpression line{
        QStringLiteral(
            R"(^prometheus_http_requests_total\{[^}]*handler="/api/v1/query(_range)?"[^}]*\} (\d+)$)"),
        QRegularExpression::MultilineOption};
    if (reply.status != 200)
        return -1;
    int total = 0;
    for (QRegularExpressionMatchIterator it = line.globalMatch(QString::fromUtf8(reply.body));
         it.hasNext();)
        total += it.next().captured(2).toInt();
    return total;
}

// How many times Prometheus has scraped serve (every second): time passing, on its clock.
int scrapes(quint16 prometheus)
{
    const HttpReply reply = rawHttp(prometheus, "GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    static const QRegularExpression line{
        QStringLiteral(R"(^prometheus_target_interval_length_seconds_count\{[^}]*\} (\d+)$)"),
        QRegularExpression::MultilineOption};
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(reply.body));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// One of the counters above once Prometheus answers with it (-1: not within 20 s). Under the
// sanitizers on a loaded machine a single read of Prometheus' /metrics can fail.
int settled(int (*read)(quint16), quint16 prometheus)
{
    int count = -1;
    const bool answered = QTest::qWaitFor(
        [&] {
            count = read(prometheus);
            return count >= 0;
        },
        20000);
    return answered ? count : -1;
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

        // Login sessions in the baseline's sessions table (serve reads it over its one
        // backend): two ok, one warn, one critical, one expired.
        QVERIFY(createLoginSessions(m_admin, {3 * 60, 5 * 60, 30, 10, -60}));

        // One target with the sessions table as its session source (serve's --db has none).
        const QJsonObject target{{QStringLiteral("name"), QStringLiteral("team-db")},
            {QStringLiteral("conninfo"), QString::fromUtf8(fixtureFor(kDatabase))},
            {QStringLiteral("history"), path("serve-history.sqlite")},
            {QStringLiteral("sessionsTable"), true}, {QStringLiteral("intervalSeconds"), 1}};
        QVERIFY(writeFile(path("serve.json"),
            QJsonDocument{QJsonObject{{QStringLiteral("targets"), QJsonArray{target}}}}.toJson()));
        m_servePort = freePort();
        QVERIFY(m_serve.start(QStringLiteral(OPSDASH_BINARY),
            {QStringLiteral("serve"), QStringLiteral("--config"), path("serve.json"),
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_servePort)}));
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
        QTRY_COMPARE_WITH_TIMEOUT(
            queryValues(m_prometheusPort, QStringLiteral("opsdash_login_sessions")).size(), 3,
            30000);
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

    void sessionsPanelShowsTheCountsFromPrometheus()
    {
        const std::unique_ptr<MainWindow> shown = teamWindow();
        MainWindow& window = *shown;
        auto* panel = window.findChild<SessionsPanel*>();
        QVERIFY(panel != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(panel->sourceState(), LiveSessions::State::Fresh, 20000);
        QCOMPARE(panel->sourceKind(), LiveSessions::SourceKind::Prometheus);
        // serve's counts, as Prometheus holds them: ok, warn, critical.
        const std::optional<std::array<int, 3>> counts = panel->sessions()->levelCounts();
        QVERIFY(counts);
        QCOMPARE(counts->at(0), 2);
        QCOMPARE(counts->at(1), 1);
        QCOMPARE(counts->at(2), 1);
        QCOMPARE(panel->sessions()->summary().critical, 1);
        QCOMPARE(panel->summaryText(), QStringLiteral("4 active · 2 ok · 1 warn · 1 critical"));
        QCOMPARE(panel->statusText(), QStringLiteral("Sessions fresh · 4 active"));
        // One line says why no session is listed, and no empty table stands under it.
        const auto label = [panel](const char* name) {
            return panel->findChild<QLabel*>(QLatin1String{name});
        };
        QCOMPARE(
            label("sessionsTitle")->text(), QStringLiteral("Login sessions — from Prometheus"));
        QVERIFY(label("sessionsStateMessage")->isVisible());
        QVERIFY2(
            label("sessionsStateMessage")->text().contains(QLatin1String{"no series per session"}),
            qPrintable(label("sessionsStateMessage")->text()));
        QVERIFY2(label("sessionsDetail")
                     ->text()
                     .startsWith(QStringLiteral("from Prometheus http://127.0.0.1:%1 (target %2)")
                                     .arg(m_prometheusPort)
                                     .arg(m_target)),
            qPrintable(label("sessionsDetail")->text()));
        QVERIFY(!panel->findChild<QWidget*>(QStringLiteral("sessionsTable"))->isVisibleTo(panel));
        keepPicture(*panel, "sessions-panel");
        QCOMPARE(opsdashBackends(m_admin), m_serveBackends);
    }

    void pauseStopsEveryQueryAndTheIntervalSetsTheirPeriod()
    {
        const std::unique_ptr<MainWindow> shown = teamWindow();
        MainWindow& window = *shown;
        LiveTarget* target = window.liveTarget();
        auto* chart = window.findChild<HistoryChart*>();
        QTRY_VERIFY_WITH_TIMEOUT(!chart->pointsOf(QStringLiteral("web")).isEmpty(), 20000);

        auto* pause = window.findChild<QAction*>(QStringLiteral("actionPause"));
        QVERIFY(pause != nullptr);
        pause->setChecked(true);
        QVERIFY(target->isPaused());
        QVERIFY(window.findChild<PauseBanner*>()->isVisible());
        QVERIFY2(window.windowTitle().contains(QLatin1String{"paused"}),
            qPrintable(window.windowTitle()));
        QVERIFY2(
            statusText(window.statusBar()).contains(QStringLiteral("Paused — from Prometheus")),
            qPrintable(statusText(window.statusBar())));
        // A poll or a range already on its way may still land; then nothing more.
        int scraped = settled(scrapes, m_prometheusPort);
        QVERIFY(scraped >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(scrapes(m_prometheusPort) >= scraped + 1, 20000);
        const int before = settled(apiQueries, m_prometheusPort);
        QVERIFY(before >= 0);
        chart->setRangeSeconds(3600); // a range asked while paused waits too
        // Three scrapes of a second each on Prometheus's side: three polls, were it not paused.
        scraped = settled(scrapes, m_prometheusPort);
        QVERIFY(scraped >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(scrapes(m_prometheusPort) >= scraped + 3, 20000);
        QCOMPARE(settled(apiQueries, m_prometheusPort), before);

        // Resume: a poll and the waiting range at once, the chart redrawn from it.
        pause->setChecked(false);
        QVERIFY(!target->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(apiQueries(m_prometheusPort) >= before + 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!chart->pointsOf(QStringLiteral("web")).isEmpty(), 10000);
        QVERIFY(!window.windowTitle().contains(QLatin1String{"paused"}));

        // The interval box sets the query period (here its longest: a minute).
        auto* interval = window.findChild<QComboBox*>(QStringLiteral("intervalBox"));
        QVERIFY(interval != nullptr);
        interval->setCurrentIndex(interval->findData(60));
        QCOMPARE(target->interval(), std::chrono::milliseconds{60'000});
        QCOMPARE(target->prometheus()->options().interval, std::chrono::milliseconds{60'000});
        scraped = settled(scrapes, m_prometheusPort);
        QVERIFY(scraped >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(scrapes(m_prometheusPort) >= scraped + 1, 20000);
        const int slow = settled(apiQueries, m_prometheusPort);
        QVERIFY(slow >= 0);
        scraped = settled(scrapes, m_prometheusPort);
        QVERIFY(scraped >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(scrapes(m_prometheusPort) >= scraped + 2, 20000);
        QCOMPARE(settled(apiQueries, m_prometheusPort), slow);
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
        const OpsdashRun run
            = runWithProfiles({QStringLiteral("snapshot"), QStringLiteral("--profile"),
                QStringLiteral("team"), QStringLiteral("--out"), png, QStringLiteral("--wait"),
                QStringLiteral("3"), QStringLiteral("--size"), QStringLiteral("1280x800")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.failure + run.err));
        const QImage image{png};
        QVERIFY2(!image.isNull(), qPrintable(png));
        QCOMPARE(image.width(), 1280);
        QVERIFY(image.height() >= 800); // the window and the footer line under it
        // A command that polls the database refuses such a profile rather than fall back to
        // libpq's defaults.
        for (const QString& command : {QStringLiteral("probe"), QStringLiteral("serve")}) {
            const OpsdashRun refused
                = runWithProfiles({command, QStringLiteral("--profile"), QStringLiteral("team")});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(QLatin1String{"reads Prometheus (team mode)"}),
                qPrintable(refused.err));
        }
        if (qEnvironmentVariableIsSet("OPSDASH_TEST_KEEP_SNAPSHOT"))
            QFile::copy(png, qEnvironmentVariable("OPSDASH_TEST_KEEP_SNAPSHOT"));
        QCOMPARE(opsdashBackends(m_admin), m_serveBackends);
    }

    // After snapshotOfAPrometheusProfile, whose saved profile it captures: the overview with
    // that profile's tile, every target answering (else exit status 2).
    void overviewSnapshotWithAPrometheusProfile()
    {
        QVERIFY(QFile::exists(path("config") + QStringLiteral("/opsdash/opsdash.conf")));
        const QString png = path("overview.png");
        const OpsdashRun run = runWithProfiles({QStringLiteral("snapshot"),
            QStringLiteral("--overview"), QStringLiteral("--out"), png, QStringLiteral("--wait"),
            QStringLiteral("3"), QStringLiteral("--size"), QStringLiteral("1280x720")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.failure + run.err));
        const QImage image{png};
        QVERIFY2(!image.isNull(), qPrintable(png));
        QCOMPARE(image.width(), 1280);
        keepFile(png, "overview-snapshot.png");
        QCOMPARE(opsdashBackends(m_admin), m_serveBackends);
    }

    // Last: Prometheus has held the target's series for a while by now.
    void overviewTileOfAPrometheusProfile()
    {
        const Result<Baseline> baseline = BaselineLoader::loadFileOrDefault({});
        QVERIFY(baseline);
        TargetFleet fleet{*baseline};
        OverviewPage page{*baseline, fleet};
        page.resize(1280, 720);
        page.show();
        // Prometheus holds more than one of the sparkline's 15 s steps (its step while the
        // scrape interval is not read yet): a step of the range lies before the first poll.
        QTRY_VERIFY_WITH_TIMEOUT(
            queryValues(m_prometheusPort,
                QStringLiteral("count_over_time(opsdash_up{target=%1}[1h]) >= 17")
                    .arg(promqlString(m_target)))
                    .size()
                == 1,
            60000);
        WatchedTarget* team = fleet.watch(QStringLiteral("team"), teamOptions());
        // Its range ends here; its polls are answered later.
        const QDateTime started = QDateTime::currentDateTimeUtc();
        TargetOptions refused = teamOptions();
        refused.profile = QStringLiteral("stopped");
        refused.prometheus.url = QStringLiteral("http://127.0.0.1:%1").arg(freePort());
        fleet.watch(refused.profile, refused);
        TargetOptions unknown = teamOptions();
        unknown.profile = QStringLiteral("mislabelled");
        unknown.prometheus.target = QStringLiteral("no-such-target");
        fleet.watch(unknown.profile, unknown);
        QCOMPARE(page.tiles().size(), 3);
        const auto tileOf = [&page](const QString& name) -> OverviewTile* {
            for (OverviewTile* tile : page.tiles()) {
                if (tile->watched().name() == name)
                    return tile;
            }
            return nullptr;
        };

        // The errors by name on their tiles, the dot red, sorted before the working one.
        QTRY_COMPARE_WITH_TIMEOUT(tileOf(QStringLiteral("stopped"))->connectionText(),
            QStringLiteral("Prometheus unreachable (connection-refused)"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(tileOf(QStringLiteral("mislabelled"))->connectionText(),
            QStringLiteral("no series of the target"), 20000);
        QVERIFY(fleet.find(QStringLiteral("stopped"))->severity() == Severity::Critical);

        // The working tile: what Prometheus holds, in the words a database tile uses.
        OverviewTile* tile = tileOf(QStringLiteral("team"));
        QTRY_VERIFY2_WITH_TIMEOUT(tile->connectionText().startsWith(QLatin1String{"polled"}),
            qPrintable(tile->connectionText()), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!team->target().findings().isEmpty(), 10000);
        const auto value = [this](const QString& promql) {
            const QStringList values
                = queryValues(m_prometheusPort, promql.arg(promqlString(m_target)));
            return values.isEmpty() ? -1 : values.constFirst().toInt();
        };
        const int budget
            = value(QStringLiteral("opsdash_pool_budget_connections{pool=\"web\",target=%1}"));
        const int usable = value(QStringLiteral("opsdash_server_usable_connections{target=%1}"));
        const int failing
            = value(QStringLiteral("count(opsdash_check{opsdash_check=\"fail\",target=%1} == 1)"));
        QVERIFY(budget > 0 && usable > 0 && failing > 0);
        QTRY_VERIFY2_WITH_TIMEOUT(
            tile->lines().contains(
                QStringLiteral("web %1 / %2").arg(webPool(team->target())).arg(budget))
                && webPool(team->target()) >= kHeld,
            qPrintable(tile->lines().join(u'\n')), 10000);
        const QString text = tile->lines().join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("Usable capacity: %1 of %2 slots in use")
                                   .arg(team->recent().back().sessions)
                                   .arg(usable)),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 fail").arg(failing)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(" — worst: ✕ server.capacity")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String{"Login sessions in the critical window: 1"}),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Prometheus http://127.0.0.1:%1 (target %2)")
                                   .arg(m_prometheusPort)
                                   .arg(m_target)),
            qPrintable(text));
        // The sparkline starts with the quarter hour before the tile (query_range).
        QVERIFY(!team->recent().empty());
        QTRY_VERIFY2_WITH_TIMEOUT(team->recent().front().at <= started,
            qPrintable(team->recent().front().at.toString(Qt::ISODateWithMs)), 20000);
        // Worst first, the working one among them by the same rule as any target.
        for (qsizetype i = 1; i < page.tiles().size(); ++i)
            QVERIFY(
                !page.worseThan(page.tiles().at(i)->watched(), page.tiles().at(i - 1)->watched()));
        QVERIFY(page.tiles().indexOf(tileOf(QStringLiteral("stopped"))) < page.tiles().indexOf(tile)
            || team->severity() == Severity::Critical);
        keepPicture(page, "overview");
        fleet.stopAll();
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
    // opsdash with the test's own config and data dirs: the profiles saved under path("config").
    OpsdashRun runWithProfiles(const QStringList& arguments) const
    {
        return runOpsdash(arguments, 60000,
            {QStringLiteral("XDG_CONFIG_HOME=") + path("config"),
                QStringLiteral("XDG_DATA_HOME=") + path("data")});
    }
    // A window on the profile of teamOptions(), shown (the built-in baseline, as serve's).
    std::unique_ptr<MainWindow> teamWindow() const
    {
        auto window
            = std::make_unique<MainWindow>(*BaselineLoader::loadFileOrDefault({}), teamOptions());
        window->resize(1280, 800);
        window->show();
        return window;
    }
    TargetOptions teamOptions() const
    {
        TargetOptions options;
        options.profile = QStringLiteral("team");
        options.interval = std::chrono::seconds{1};
        options.prometheus.url = QStringLiteral("http://127.0.0.1:%1").arg(m_prometheusPort);
        options.prometheus.target = m_target;
        return options;
    }
    // With OPSDASH_TEST_KEEP_PICTURES=DIR, the pictures to look at go there.
    static void keepFile(const QString& file, const char* name)
    {
        const QString dir = qEnvironmentVariable("OPSDASH_TEST_KEEP_PICTURES");
        if (!dir.isEmpty())
            QFile::copy(file, dir + u'/' + QLatin1String{name});
    }
    static void keepPicture(QWidget& widget, const char* name)
    {
        const QString dir = qEnvironmentVariable("OPSDASH_TEST_KEEP_PICTURES");
        if (!dir.isEmpty())
            widget.grab().save(dir + u'/' + QLatin1String{name} + QLatin1String{".png"});
    }
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
