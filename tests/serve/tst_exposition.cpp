// Exposition: the /metrics text in both formats, from engine state built in memory.
// Checked line by line here and, whole, by the real `promtool check metrics`.
#include "PromtoolCheck.h"
#include "serve/Exposition.h"
#include "support/DefaultBaseline.h"
#include "support/ScriptedActivity.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace opsdash;

namespace {

constexpr auto kPrometheusAccept = "application/openmetrics-text;version=1.0.0,"
                                   "application/openmetrics-text;version=0.0.1;q=0.75,"
                                   "text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

// prod: 3 web sessions (2 active, 1 idle) of a 150 budget, 1 scheduling session, on a
// 200-slot server; server.capacity failing. staging: down, never answered.
QList<TargetMetrics> twoTargets()
{
    using scripted::session;
    const Baseline baseline = defaultBaseline();
    TargetMetrics prod;
    prod.target = QStringLiteral("prod");
    prod.up = true;
    ServerFacts facts;
    facts.versionNum = 150004;
    facts.maxConnections = 200;
    facts.superuserReservedConnections = 3;
    prod.facts = facts;
    prod.setSample(baseline,
        scripted::sample({session(101, QStringLiteral("web"), BackendState::Active,
                              QStringLiteral("select 1")),
            session(102, QStringLiteral("web"), BackendState::Active, QStringLiteral("select 2")),
            session(103, QStringLiteral("web"), BackendState::Idle, QStringLiteral("select 3")),
            session(104, QStringLiteral("scheduling"), BackendState::Idle,
                QStringLiteral("select 4"))}));
    prod.findings << Finding{
        QStringLiteral("server.capacity"), Plane::Server, CheckStatus::Fail, {}, {}, {}, {}, {}};
    prod.findings << Finding{
        QStringLiteral("live.web.budget"), Plane::Live, CheckStatus::Pass, {}, {}, {}, {}, {}};
    prod.loginSessions = std::array<int, 3>{40, 2, 1};
    prod.polls.observe(0.002);
    prod.polls.observe(0.04);
    prod.polls.observe(7.0);
    prod.pollErrors.insert(QStringLiteral("query"), 2);

    TargetMetrics staging;
    staging.target = QStringLiteral("staging");
    staging.pollErrors.insert(QStringLiteral("connect"), 5);
    return {prod, staging};
}

QStringList lines(const QByteArray& text)
{
    return QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestExposition final : public QObject
{
    Q_OBJECT

private slots:
    void negotiate_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<bool>("openMetrics");
        QTest::newRow("Prometheus 2.42's scrape") << QByteArray{kPrometheusAccept} << true;
        QTest::newRow("0.0.4 asked for") << QByteArrayLiteral("text/plain;version=0.0.4") << false;
        QTest::newRow("no Accept header") << QByteArray{} << false;
        QTest::newRow("curl's */*") << QByteArrayLiteral("*/*") << false;
        QTest::newRow("OpenMetrics without a version")
            << QByteArrayLiteral("application/openmetrics-text") << true;
        QTest::newRow("only OpenMetrics 0.0.1, which is not served")
            << QByteArrayLiteral("application/openmetrics-text; version=0.0.1") << false;
        QTest::newRow("text preferred by q")
            << QByteArrayLiteral("application/openmetrics-text;q=0.3, text/plain;q=0.9") << false;
        QTest::newRow("OpenMetrics refused with q=0")
            << QByteArrayLiteral("application/openmetrics-text;q=0") << false;
    }
    void negotiate()
    {
        QFETCH(QByteArray, accept);
        QFETCH(bool, openMetrics);
        QCOMPARE(Exposition::negotiate(accept) == Exposition::Format::OpenMetrics, openMetrics);
    }

    void openMetricsHasEverySeries()
    {
        const QByteArray text = Exposition::render(
            twoTargets(), Exposition::Format::OpenMetrics, QStringLiteral("1.2.3"));
        const QStringList all = lines(text);
        QVERIFY(text.endsWith("# EOF\n"));
        QCOMPARE(all.count(QStringLiteral("# EOF")), 1);
        for (const char* expected : {
                 "opsdash_build_info{version=\"1.2.3\"} 1",
                 "opsdash_up{target=\"prod\"} 1",
                 "opsdash_up{target=\"staging\"} 0",
                 "pg_settings_max_connections{target=\"prod\"} 200",
                 "pg_settings_superuser_reserved_connections{target=\"prod\"} 3",
                 "pg_stat_activity_count{target=\"prod\",datname=\"platform\",state=\"active\","
                 "application_name=\"postgres.js\"} 2",
                 "pg_stat_activity_count{target=\"prod\",datname=\"platform\",state=\"idle\","
                 "application_name=\"\"} 1",
                 "opsdash_pool_connections{target=\"prod\",pool=\"web\",state=\"active\"} 2",
                 "opsdash_pool_connections{target=\"prod\",pool=\"web\",state=\"idle\"} 1",
                 "opsdash_pool_connections{target=\"prod\",pool=\"scheduling\",state=\"idle\"} 1",
                 "opsdash_pool_budget_connections{target=\"prod\",pool=\"web\"} 150",
                 "opsdash_pool_budget_connections{target=\"prod\",pool=\"scheduling\"} 50",
                 "opsdash_server_usable_connections{target=\"prod\"} 197",
                 "opsdash_committed_connections{target=\"prod\"} 201",
                 "# TYPE opsdash_check stateset",
                 "opsdash_check{target=\"prod\",check=\"server.capacity\",plane=\"server\","
                 "opsdash_check=\"fail\"} 1",
                 "opsdash_check{target=\"prod\",check=\"server.capacity\",plane=\"server\","
                 "opsdash_check=\"pass\"} 0",
                 "opsdash_check{target=\"prod\",check=\"live.web.budget\",plane=\"live\","
                 "opsdash_check=\"not-checked\"} 0",
                 "opsdash_login_sessions{target=\"prod\",level=\"critical\"} 1",
                 "opsdash_login_sessions{target=\"prod\",level=\"ok\"} 40",
                 "# TYPE opsdash_poll_duration_seconds histogram",
                 "# UNIT opsdash_poll_duration_seconds seconds",
                 "opsdash_poll_duration_seconds_bucket{target=\"prod\",le=\"0.005\"} 1",
                 "opsdash_poll_duration_seconds_bucket{target=\"prod\",le=\"0.05\"} 2",
                 "opsdash_poll_duration_seconds_bucket{target=\"prod\",le=\"5.0\"} 2",
                 "opsdash_poll_duration_seconds_bucket{target=\"prod\",le=\"+Inf\"} 3",
                 "opsdash_poll_duration_seconds_count{target=\"prod\"} 3",
                 "# TYPE opsdash_poll_errors counter",
                 "opsdash_poll_errors_total{target=\"prod\",reason=\"query\"} 2",
                 "opsdash_poll_errors_total{target=\"staging\",reason=\"connect\"} 5",
             }) {
            QVERIFY2(all.contains(QString::fromUtf8(expected)), expected);
        }
        // A target that never answered has no server or pool series, only up and errors.
        QVERIFY(!text.contains("pg_settings_max_connections{target=\"staging\"}"));
        // PostgreSQL 15 has no reserved_connections: no series, as postgres_exporter.
        QVERIFY(!text.contains("pg_settings_reserved_connections"));
        // Each family once, its samples together.
        QCOMPARE(all.count(QStringLiteral("# TYPE opsdash_up gauge")), 1);
    }

    void prometheusTextFormat()
    {
        const QByteArray text = Exposition::render(
            twoTargets(), Exposition::Format::PrometheusText, QStringLiteral("1.2.3"));
        const QStringList all = lines(text);
        QVERIFY(!text.contains("# EOF"));
        QVERIFY(!text.contains("# UNIT"));
        QVERIFY(all.contains(QStringLiteral("# TYPE opsdash_check gauge")));
        QVERIFY(all.contains(QStringLiteral("# TYPE opsdash_poll_errors_total counter")));
        QVERIFY(all.contains(QStringLiteral(
            "opsdash_check{target=\"prod\",check=\"server.capacity\",plane=\"server\","
            "opsdash_check=\"fail\"} 1")));
        QCOMPARE(Exposition::contentType(Exposition::Format::PrometheusText),
            QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
        QCOMPARE(Exposition::contentType(Exposition::Format::OpenMetrics),
            QByteArrayLiteral("application/openmetrics-text; version=1.0.0; charset=utf-8"));
    }

    // Sessions carry pids, users, queries and client addresses; none of them may become
    // a label (cardinality, and what a scrape would leak).
    void noHighCardinalityLabels()
    {
        const QByteArray text = Exposition::render(
            twoTargets(), Exposition::Format::OpenMetrics, QStringLiteral("1.2.3"));
        static const QRegularExpression labelName{QStringLiteral("[{,]([a-z_]+)=\"")};
        QSet<QString> names;
        for (auto it = labelName.globalMatch(QString::fromUtf8(text)); it.hasNext();)
            names.insert(it.next().captured(1));
        const QSet<QString> allowed{QStringLiteral("target"), QStringLiteral("version"),
            QStringLiteral("datname"), QStringLiteral("state"), QStringLiteral("application_name"),
            QStringLiteral("pool"), QStringLiteral("check"), QStringLiteral("plane"),
            QStringLiteral("opsdash_check"), QStringLiteral("level"), QStringLiteral("le"),
            QStringLiteral("reason")};
        const QSet<QString> unexpected = names.subtract(allowed);
        const QStringList listed{unexpected.cbegin(), unexpected.cend()};
        QVERIFY2(unexpected.isEmpty(), qPrintable(listed.join(u',')));
        for (const char* secret : {"select 1", "10.0.3.", "\"app\"", "101"})
            QVERIFY2(!text.contains(secret), secret);
    }

    void labelValuesAreEscaped()
    {
        TargetMetrics odd;
        odd.target = QStringLiteral("a\"b\\c\nd");
        const QByteArray text
            = Exposition::render({odd}, Exposition::Format::OpenMetrics, QStringLiteral("1"));
        QVERIFY2(text.contains("opsdash_up{target=\"a\\\"b\\\\c\\nd\"} 0"), text.constData());
    }

    void promtoolAcceptsIt()
    {
        const QStringList problems = promtoolMetricsProblems(Exposition::render(
            twoTargets(), Exposition::Format::PrometheusText, QStringLiteral("1.2.3")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestExposition)
#include "tst_exposition.moc"
