// Team mode's Prometheus client (src/prom): answers read into series, the reading a window
// shows (pools by state, facts, the check stateset, login sessions), the query_range step
// from the chart's width, and every failure a named state, against a loopback HTTP server
// that answers as Prometheus does or as it should not.
#include "clock/Clock.h"
#include "clock/SimulatedClock.h"
#include "history/HistoryTypes.h"
#include "model/BaselineLoader.h"
#include "prom/PrometheusSource.h"
#include "sessions/TestHttpServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace opsdash;
using opsdash::test::HttpReply;
using opsdash::test::TestHttpServer;

Q_DECLARE_METATYPE(opsdash::SourceError::Kind)

namespace {

QByteArray vector(const QByteArray& samples)
{
    return R"({"status":"success","data":{"resultType":"vector","result":[)" + samples + "]}}";
}

QByteArray sample(const QByteArray& labels, const QByteArray& value)
{
    return R"({"metric":{)" + labels + R"(},"value":[1800000000.5,")" + value + R"("]})";
}

// What serve exports of target "eu" while 7 web connections idle and 2 are active.
QByteArray euAnswer()
{
    return vector(sample(R"("__name__":"opsdash_up","target":"eu")", "1") + ','
        + sample(
            R"("__name__":"opsdash_pool_connections","target":"eu","pool":"web","state":"idle")",
            "7")
        + ','
        + sample(
            R"("__name__":"opsdash_pool_connections","target":"eu","pool":"web","state":"active")",
            "2")
        + ','
        + sample(
            R"("__name__":"opsdash_pool_budget_connections","target":"eu","pool":"web")", "150")
        + ',' + sample(R"("__name__":"pg_settings_max_connections","target":"eu")", "200") + ','
        + sample(R"("__name__":"pg_settings_superuser_reserved_connections","target":"eu")", "3")
        + ',' + sample(R"("__name__":"opsdash_server_usable_connections","target":"eu")", "197")
        + ',' + sample(R"("__name__":"opsdash_committed_connections","target":"eu")", "201") + ','
        + sample(
            R"("__name__":"opsdash_check","target":"eu","check":"server.capacity","plane":"server","opsdash_check":"fail")",
            "1")
        + ','
        + sample(
            R"("__name__":"opsdash_check","target":"eu","check":"server.capacity","plane":"server","opsdash_check":"pass")",
            "0")
        + ','
        + sample(R"("__name__":"opsdash_login_sessions","target":"eu","level":"critical")", "4"));
}

// The instant polls (one query for all the target's series) and the ranges a server saw.
qsizetype polls(const TestHttpServer& server)
{
    return std::count_if(
        server.requests.cbegin(), server.requests.cend(), [](const test::HttpRequest& request) {
            return request.path.startsWith("/api/v1/query?query=%7B__name__");
        });
}

qsizetype ranges(const TestHttpServer& server)
{
    return std::count_if(
        server.requests.cbegin(), server.requests.cend(), [](const test::HttpRequest& request) {
            return request.path.startsWith("/api/v1/query_range");
        });
}

PrometheusSource::Options optionsFor(const TestHttpServer& server)
{
    PrometheusSource::Options options;
    options.access.url = server.baseUrl().toString();
    options.access.target = QStringLiteral("eu");
    options.interval = std::chrono::seconds{1};
    options.timeout = std::chrono::milliseconds{1500};
    return options;
}

} // namespace

class TestPrometheusSource final : public QObject
{
    Q_OBJECT

private slots:
    void readingCarriesPoolsFactsChecksAndLogins()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.routeOthers(HttpReply::json(euAnswer()));
        PrometheusSource source{*BaselineLoader::loadFileOrDefault({})};
        QSignalSpy read{&source, &PrometheusSource::read};
        PrometheusSource::Options options = optionsFor(server);
        options.access.auth = PrometheusAccess::Auth::Bearer;
        options.access.secret = "prom-token";
        source.start(options);
        QVERIFY(read.wait(10000));
        QCOMPARE(source.state(), PrometheusSource::State::Reading);
        const auto reading = read.at(0).at(0).value<PrometheusReading>();
        const PoolUsage* web = reading.sample.pool(u"web");
        QVERIFY(web != nullptr);
        QCOMPARE(web->count(BackendState::Idle), 7);
        QCOMPARE(web->count(BackendState::Active), 2);
        QCOMPARE(web->total(), 9);
        QVERIFY(reading.sample.rows.isEmpty()); // no per-session rows from Prometheus
        QCOMPARE(reading.sample.serverTime.toMSecsSinceEpoch(), Q_INT64_C(1800000000500));
        QVERIFY(reading.facts);
        QCOMPARE(reading.facts->usableSlots(), 197);
        QCOMPARE(reading.budgets.value(QStringLiteral("web")), 150);
        QCOMPARE(reading.findings.size(), 1);
        QCOMPARE(reading.findings.constFirst().checkId, QStringLiteral("server.capacity"));
        QVERIFY(reading.findings.constFirst().status == CheckStatus::Fail);
        QVERIFY(reading.findings.constFirst().plane == Plane::Server);
        QCOMPARE(reading.findings.constFirst().actual, QStringLiteral("201 committed"));
        QVERIFY(reading.loginSessions);
        QCOMPARE(reading.loginSessions->at(2), 4);
        QVERIFY(reading.up);
        // One instant query for all of it, with the token, the target's label quoted.
        const auto polls = std::count_if(
            server.requests.cbegin(), server.requests.cend(), [](const test::HttpRequest& request) {
                return request.path.startsWith("/api/v1/query?query=%7B__name__");
            });
        QVERIFY(polls >= 1);
        QCOMPARE(server.requests.constFirst().headers.value("authorization"),
            QByteArray{"Bearer prom-token"});
        QVERIFY(server.requests.constFirst().path.contains("target%3D%22eu%22"));
    }

    void failuresAreNamedStates_data()
    {
        QTest::addColumn<int>("mode"); // 0: reply below; 1: nobody listens; 2: never answers
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<SourceError::Kind>("kind");
        QTest::addColumn<QString>("problem"); // the few words an overview tile shows
        QTest::newRow("Prometheus stopped: connection refused")
            << 1 << QByteArray{} << 200 << SourceError::Kind::ConnectionRefused
            << QStringLiteral("Prometheus unreachable (connection-refused)");
        QTest::newRow("no answer within the timeout")
            << 2 << QByteArray{} << 200 << SourceError::Kind::Timeout
            << QStringLiteral("Prometheus timeout");
        QTest::newRow("HTTP 503") << 0 << QByteArray{"{}"} << 503 << SourceError::Kind::ServerError
                                  << QStringLiteral("Prometheus HTTP 503");
        QTest::newRow("HTTP 401: credentials")
            << 0 << QByteArray{"{}"} << 401 << SourceError::Kind::Unauthorized
            << QStringLiteral("Prometheus HTTP 401");
        QTest::newRow("HTTP 400: the query does not parse")
            << 0 << QByteArray{R"({"status":"error","errorType":"bad_data","error":"x"})"} << 400
            << SourceError::Kind::QueryFailed << QStringLiteral("Prometheus query error");
        QTest::newRow("status error in a 200")
            << 0 << QByteArray{R"({"status":"error","errorType":"execution","error":"boom"})"}
            << 200 << SourceError::Kind::QueryFailed << QStringLiteral("Prometheus query error");
        QTest::newRow("bad JSON") << 0 << QByteArray{"{\"status\":"} << 200
                                  << SourceError::Kind::InvalidJson
                                  << QStringLiteral("bad JSON from Prometheus (invalid-json)");
        QTest::newRow("not an object")
            << 0 << QByteArray{"[]"} << 200 << SourceError::Kind::WrongType
            << QStringLiteral("bad JSON from Prometheus (wrong-type)");
        QTest::newRow("no series of the target")
            << 0 << vector({}) << 200 << SourceError::Kind::MissingField
            << QStringLiteral("no series of the target");
    }
    void failuresAreNamedStates()
    {
        QFETCH(int, mode);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(SourceError::Kind, kind);
        TestHttpServer server;
        QVERIFY(server.start());
        PrometheusSource::Options options = optionsFor(server);
        if (mode == 1) {
            server.close(); // the port is free again: nothing listens
        } else if (mode == 2) {
            server.routeOthers(HttpReply::withMode(HttpReply::Mode::NeverAnswer));
        } else {
            server.routeOthers(HttpReply::json(body, status));
        }
        PrometheusSource source{*BaselineLoader::loadFileOrDefault({})};
        QSignalSpy failed{&source, &PrometheusSource::failed};
        source.start(options);
        QVERIFY(failed.wait(10000));
        QCOMPARE(source.state(), PrometheusSource::State::Failed);
        QVERIFY(source.lastError());
        QCOMPARE(source.lastError()->kind, kind);
        QVERIFY(!source.lastError()->message.isEmpty());
        QFETCH(QString, problem);
        QCOMPARE(source.problem(), problem);
    }

    // Paused, nothing reaches Prometheus: no poll however long, and a range asked meanwhile
    // waits; resuming polls at once and sends it. The interval sets the poll period. On a
    // simulated clock, so "however long" costs nothing.
    void pauseSendsNothingAndTheIntervalSetsThePeriod()
    {
        SimulatedClock clock{QDateTime::currentMSecsSinceEpoch()};
        const ScopedClock scoped{clock};
        TestHttpServer server;
        QVERIFY(server.start());
        server.routeOthers(HttpReply::json(euAnswer()));
        PrometheusSource source{*BaselineLoader::loadFileOrDefault({})};
        QSignalSpy read{&source, &PrometheusSource::read};
        QSignalSpy rangeReady{&source, &PrometheusSource::rangeReady};
        source.start(optionsFor(server)); // every second
        QVERIFY(read.wait(10000));
        clock.advanceBy(1000);
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 2, 10000);

        source.setPaused(true);
        QVERIFY(source.isPaused());
        const qsizetype before = polls(server);
        const QDateTime now = clock.nowUtc();
        const quint64 id = source.requestRange(now.addSecs(-900), now, 100);
        clock.advanceBy(60'000);
        source.setInterval(std::chrono::seconds{1}); // the period, not a poll
        QCoreApplication::processEvents();
        QCOMPARE(polls(server), before);
        QCOMPARE(ranges(server), 0);
        QCOMPARE(read.size(), 2);
        QCOMPARE(source.state(), PrometheusSource::State::Reading); // paused, not failed

        source.setPaused(false); // at once, without the clock moving
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rangeReady.size(), 1, 10000);
        QCOMPARE(rangeReady.at(0).at(0).value<quint64>(), id);
        QCOMPARE(ranges(server), 1);

        source.setInterval(std::chrono::seconds{5});
        QCOMPARE(source.options().interval, std::chrono::milliseconds{5000});
        clock.advanceBy(4900);
        QCoreApplication::processEvents();
        QCOMPARE(read.size(), 3);
        clock.advanceBy(100);
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 4, 10000);
    }

    void answersOverTheCapAreRefused()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.routeOthers(HttpReply::streamed(4 * 1024 * 1024, true));
        PrometheusSource::Options options = optionsFor(server);
        options.maxBytes = 64 * 1024;
        PrometheusSource source{*BaselineLoader::loadFileOrDefault({})};
        QSignalSpy failed{&source, &PrometheusSource::failed};
        source.start(options);
        QVERIFY(failed.wait(10000));
        QCOMPARE(source.lastError()->kind, SourceError::Kind::TooLarge);
    }

    void stepFollowsTheChartsWidth_data()
    {
        QTest::addColumn<qint64>("rangeMs");
        QTest::addColumn<int>("columns");
        QTest::addColumn<qint64>("scrapeMs");
        QTest::addColumn<qint64>("step");
        constexpr qint64 day = 24 * 3600 * 1000;
        QTest::newRow("15 min over 900 px: the scrape interval, not 1 s")
            << qint64{15 * 60 * 1000} << 900 << qint64{15000} << qint64{15000};
        QTest::newRow("30 days over 1000 px: 2592 s")
            << 30 * day << 1000 << qint64{15000} << qint64{2'592'000};
        QTest::newRow("30 days over 100 px")
            << 30 * day << 100 << qint64{1000} << qint64{25'920'000};
        QTest::newRow("a year at 1 s scrape over 20000 px: within 11000 points")
            << 365 * day << 20000 << qint64{1000} << qint64{2'867'000};
    }
    void stepFollowsTheChartsWidth()
    {
        QFETCH(qint64, rangeMs);
        QFETCH(int, columns);
        QFETCH(qint64, scrapeMs);
        QFETCH(qint64, step);
        QCOMPARE(PrometheusSource::stepFor(rangeMs, columns, scrapeMs), step);
        QVERIFY(rangeMs / step <= PrometheusSource::kMaxPointsPerSeries);
    }

    // The chart colours pools by their place: in team mode they come in the order a database
    // target's history has (baseline order, then monitor and other), not by name.
    void rangePoolsComeInTheBaselinesOrder()
    {
        QList<PrometheusSeries> series;
        for (const char* pool : {"other", "monitor", "web", "extra", "scheduling"}) {
            PrometheusSeries one;
            one.labels.insert(QStringLiteral("pool"), QLatin1String{pool});
            one.points.append({0, 1});
            series << one;
        }
        const QStringList order{QStringLiteral("web"), QStringLiteral("scheduling"),
            QStringLiteral("monitor"), QStringLiteral("other")};
        const HistoryRange range
            = PrometheusSource::rangeFromSeries(series, 0, 60'000, 60'000, 1000, order);
        QStringList names;
        for (const HistorySeries& pool : range.pools)
            names << pool.name;
        QCOMPARE(names, order + QStringList{QStringLiteral("extra")});
    }

    void rangeBucketsJoinAcrossSteps()
    {
        PrometheusSeries web;
        web.labels.insert(QStringLiteral("pool"), QStringLiteral("web"));
        PrometheusSeries usable;
        usable.labels.insert(QStringLiteral("series"), QStringLiteral("usable"));
        const qint64 step = 60'000;
        for (qint64 i = 0; i < 10; ++i) {
            if (i == 5)
                continue; // Prometheus had no sample here: the line breaks
            web.points.append({i * step, double(i)});
            usable.points.append({i * step, 197});
        }
        const HistoryRange range
            = PrometheusSource::rangeFromSeries({web, usable}, 0, 10 * step, step, 1000);
        QCOMPARE(range.bucketMs, step);
        const HistorySeries* line = range.pool(u"web");
        QVERIFY(line != nullptr);
        QCOMPARE(line->points.size(), 9);
        QCOMPARE(range.usableSlots.points.size(), 9);
        QCOMPARE(range.usableSlots.points.constFirst().max, 197.0);
        QCOMPARE(range.sessions.points.at(3).max, 3.0);
        QCOMPARE(historyCoverage(line->points.constFirst(), 1000), 1.0);
        QVERIFY(historyJoined(line->points.at(0), line->points.at(1), 1000));
        QVERIFY(!historyJoined(line->points.at(4), line->points.at(5), 1000)); // 4 → 6
    }

    void labelValuesAreQuotedForPromql()
    {
        QCOMPARE(promqlString(QStringLiteral("a\"b\\c")), QStringLiteral("\"a\\\"b\\\\c\""));
        QVERIFY(PrometheusSource::pollQuery(QStringLiteral("eu"))
                    .endsWith(QStringLiteral(",target=\"eu\"}")));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusSource)
#include "tst_prometheussource.moc"
