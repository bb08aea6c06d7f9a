// LiveSessions, the login-session engine, with no widget anywhere: real HTTP servers on
// 127.0.0.1 for the admin endpoint and the canary, the shared PostgreSQL fixture for the
// sessions table. It watches (fresh, stale with the last good data kept, failed with none)
// and it looks once (the mode `opsdash sessions` and `opsdash evidence` run).
#include "live/LiveSessions.h"
#include "pg/ActivityMonitor.h"
#include "sessions/LoginSessionSource.h"
#include "sessions/SessionPayloads.h"
#include "sessions/TestHttpServer.h"
#include "support/DefaultBaseline.h"
#include "support/PgExec.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace opsdash;
using namespace opsdash::test;
using State = LiveSessions::State;

namespace {

constexpr int kWaitMs{15000};

QDateTime wholeSecondNow()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

// Two sessions, both more than an hour from expiry.
QByteArray calmPayload(const QDateTime& serverTime)
{
    const QJsonArray sessions{
        sessionJson(QStringLiteral("tok-erin"), QStringLiteral("erin@example.com"),
            serverTime.addSecs(-600), serverTime.addSecs(-60), serverTime.addSecs(5 * 3600)),
        sessionJson(QStringLiteral("tok-finn"), QStringLiteral("finn@example.com"),
            serverTime.addSecs(-600), serverTime.addSecs(-60), serverTime.addSecs(9 * 3600)),
    };
    return QJsonDocument{QJsonObject{{QStringLiteral("serverTime"), isoMs(serverTime)},
                             {QStringLiteral("sessions"), sessions}}}
        .toJson(QJsonDocument::Compact);
}

LiveSessions::Outcome lookOnce(LiveSessions& sessions, const TargetOptions& options,
    ActivityMonitor* monitor = nullptr, LiveSessions::OneShotOptions once = {})
{
    QSignalSpy finished{&sessions, &LiveSessions::finished};
    sessions.runOnce(options, monitor, once);
    if (finished.isEmpty() && !finished.wait(30000))
        qFatal("LiveSessions::runOnce did not finish");
    QTest::qWait(200); // a second finished() would come now
    if (finished.size() != 1)
        qFatal("LiveSessions::runOnce finished %d times", int(finished.size()));
    return finished.at(0).at(0).value<LiveSessions::Outcome>();
}

QList<Alert> alertsOf(const QSignalSpy& spy)
{
    QList<Alert> alerts;
    for (const QList<QVariant>& arguments : spy)
        alerts << arguments.at(0).value<Alert>();
    return alerts;
}

} // namespace

class TestLiveSessions final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qputenv("OPSDASH_SESSIONS_TOKEN", "live-token");
        qputenv("OPSDASH_CANARY_COOKIE", "next-auth.session-token=canary-cookie");
    }

    void adminEndpointIsWatchedOnTheServersClock()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        // The server's clock an hour behind the desktop: counts follow the server's.
        const QDateTime serverNow = wholeSecondNow().addSecs(-3600);
        server.route("/api/admin/sessions", HttpReply::json(goodPayload(serverNow)));

        LiveSessions sessions{defaultBaseline()};
        QSignalSpy critical{&sessions, &LiveSessions::criticalSessions};
        TargetOptions options;
        options.sessionsUrl = server.baseUrl().toString();
        sessions.start(options, nullptr);
        QCOMPARE(sessions.sourceKind(), LiveSessions::SourceKind::AdminEndpoint);
        QCOMPARE(sessions.state(), State::Waiting);
        QTRY_COMPARE_WITH_TIMEOUT(sessions.state(), State::Fresh, kWaitMs);

        const ExpirySummary summary = sessions.summary();
        QCOMPARE(summary.active, 3); // dave's session has expired
        QCOMPARE(summary.critical, 1); // carol: 5 min left
        QCOMPARE(summary.warn, 1); // bob: 30 min
        QVERIFY(sessions.clockSkewMs().has_value());
        QVERIFY2(qAbs(*sessions.clockSkewMs() - 3600 * 1000) < 60 * 1000,
            qPrintable(QString::number(*sessions.clockSkewMs())));
        QVERIFY(!critical.isEmpty());
        QCOMPARE(critical.first().at(0).toInt(), 1);
        // On the server's clock, not the desktop's.
        QVERIFY(qAbs(critical.first().at(1).toDateTime().secsTo(serverNow)) < 60);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(
            server.requests.at(0).headers.value("authorization"), QByteArray{"Bearer live-token"});

        // The countdown goes on without a new fetch: the count is announced every second.
        const qsizetype before = critical.size();
        QTRY_VERIFY_WITH_TIMEOUT(critical.size() >= before + 2, 5000);
        QCOMPARE(server.requests.size(), 1);
        sessions.stop();
        QCOMPARE(sessions.state(), State::None);
        QVERIFY(!sessions.snapshot());
    }

    void sessionsTableRidesOnTheMonitorsConnection()
    {
        const QByteArray conninfo = qgetenv("OPSDASH_TEST_PG_CONNINFO");
        if (conninfo.isEmpty())
            QSKIP("OPSDASH_TEST_PG_CONNINFO is not set: run through ctest (pg fixture)");
        const QString schema
            = QStringLiteral("opsdash_live_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(pgExecOnFixture(QStringLiteral(
            R"(DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1;
               CREATE TABLE %1."Session" (id text PRIMARY KEY, "sessionToken" text NOT NULL,
                   "userId" text NOT NULL, expires timestamp(3) NOT NULL);
               INSERT INTO %1."Session" VALUES
                   ('1', 'tok-a', 'user-a', (now() AT TIME ZONE 'UTC') + interval '3 hours'),
                   ('2', 'tok-b', 'user-b', (now() AT TIME ZONE 'UTC') + interval '10 minutes'),
                   ('3', 'tok-c', 'user-c', (now() AT TIME ZONE 'UTC') - interval '1 hour'))")
                                    .arg(schema)
                                    .toUtf8()));
        Baseline baseline = defaultBaseline();
        baseline.sessionsTable.schema = schema;

        ActivityMonitor monitor{baseline};
        ActivityMonitor::Options monitorOptions;
        monitorOptions.conninfo = conninfo;
        monitorOptions.interval = std::chrono::seconds{1};
        monitor.start(monitorOptions);

        LiveSessions sessions{baseline};
        TargetOptions options;
        options.hasDatabase = true;
        options.sessionsTable = true;
        sessions.start(options, &monitor);
        QCOMPARE(sessions.sourceKind(), LiveSessions::SourceKind::SessionsTable);
        QTRY_COMPARE_WITH_TIMEOUT(sessions.state(), State::Fresh, kWaitMs);
        QVERIFY(sessions.snapshot().has_value());
        QCOMPARE(toString(sessions.snapshot()->clock), toString(ServerClock::DatabaseNow));
        const ExpirySummary summary = sessions.summary();
        QCOMPARE(summary.active, 2); // only live rows
        QCOMPARE(summary.critical, 1);
        for (const SessionStanding& standing : summary.sessions)
            QVERIFY(!standing.record.hash.startsWith(QStringLiteral("tok-")));

        // One look through the same monitor: the same answer, and no second backend.
        LiveSessions once{baseline};
        const LiveSessions::Outcome look = lookOnce(once, options, &monitor);
        QCOMPARE(look.kind, LiveSessions::SourceKind::SessionsTable);
        QCOMPARE(look.sourceKind, QStringLiteral("sessions-table"));
        QVERIFY(look.snapshot.has_value());
        QCOMPARE(SessionExpiry::evaluate(*look.snapshot, baseline.thresholds.session).active, 2);
        QVERIFY(!look.canary.has_value());
        QVERIFY(!look.noCanaryReason.isEmpty());

        sessions.stop();
        monitor.stop();
        pgExecOnFixture(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema).toUtf8());
    }

    void canaryJudgesTheLiveIdleLimit_data()
    {
        QTest::addColumn<qint64>("idleSeconds");
        QTest::addColumn<QString>("status");
        QTest::newRow("at maxAge") << qint64{86400} << QStringLiteral("pass");
        QTest::newRow("30 days") << qint64{30 * 86400} << QStringLiteral("fail");
    }
    void canaryJudgesTheLiveIdleLimit()
    {
        QFETCH(qint64, idleSeconds);
        QFETCH(QString, status);
        TestHttpServer server;
        QVERIFY(server.start());
        server.route("/api/auth/session", canarySessionReply(wholeSecondNow(), idleSeconds));

        LiveSessions sessions{defaultBaseline()};
        QSignalSpy findings{&sessions, &LiveSessions::findingsChanged};
        TargetOptions options;
        options.canaryUrl = server.baseUrl().toString();
        sessions.start(options, nullptr);
        QCOMPARE(sessions.state(), State::None); // a canary alone reads no sessions
        QTRY_VERIFY_WITH_TIMEOUT(!findings.isEmpty(), kWaitMs);
        const QList<Finding> announced = findings.first().at(0).value<QList<Finding>>();
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first().checkId, QStringLiteral("live.session.maxAge"));
        QCOMPARE(toString(announced.first().status), status);
        QCOMPARE(sessions.findings().size(), 1);
        QCOMPARE(toString(sessions.canaryFinding()->status), status);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.at(0).headers.value("cookie"),
            QByteArray{"next-auth.session-token=canary-cookie"});

        // Stopped: the finding goes, announced once more.
        sessions.stop();
        QVERIFY(sessions.findings().isEmpty());
        QVERIFY(findings.last().at(0).value<QList<Finding>>().isEmpty());
    }

    void staleAfterAFailureKeepsTheLastGoodData()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route("/api/admin/sessions", HttpReply::json(goodPayload(wholeSecondNow())));

        LiveSessions sessions{defaultBaseline()};
        QSignalSpy events{&sessions, &LiveSessions::sourceEvent};
        TargetOptions options;
        options.sessionsUrl = server.baseUrl().toString();
        sessions.start(options, nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(sessions.state(), State::Fresh, kWaitMs);
        const QDateTime receivedAt = sessions.receivedAt();
        const quint64 serial = sessions.snapshotSerial();
        QVERIFY(events.isEmpty());

        server.route("/api/admin/sessions", HttpReply::json("{}", 500));
        QVERIFY(sessions.source()->fetchNow());
        QTRY_COMPARE_WITH_TIMEOUT(sessions.state(), State::Stale, kWaitMs);
        QCOMPARE(sessions.error()->kind, SourceError::Kind::ServerError);
        QVERIFY(sessions.staleSince().isValid());
        // The last good data is kept, as it was.
        QVERIFY(sessions.snapshot().has_value());
        QCOMPARE(sessions.snapshotSerial(), serial);
        QCOMPARE(sessions.receivedAt(), receivedAt);
        QCOMPARE(sessions.summary().active, 3);
        QCOMPARE(events.size(), 1);
        Alert alert = alertsOf(events).first();
        QCOMPARE(alert.kind, QString{AlertKind::SessionSource});
        QCOMPARE(
            toString(alert.severity), toString(Severity::Warning)); // stale data is still shown
        QCOMPARE(alert.subject, QStringLiteral("server-error"));

        // The same failure again is not news; staleSince stays.
        const QDateTime staleSince = sessions.staleSince();
        QVERIFY(sessions.source()->fetchNow());
        QTRY_VERIFY_WITH_TIMEOUT(!sessions.source()->isFetching(), kWaitMs);
        QCOMPARE(sessions.state(), State::Stale);
        QCOMPARE(events.size(), 1);
        QCOMPARE(sessions.staleSince(), staleSince);

        // Answering again: fresh, and said so.
        server.route("/api/admin/sessions", HttpReply::json(calmPayload(wholeSecondNow())));
        QVERIFY(sessions.source()->fetchNow());
        QTRY_COMPARE_WITH_TIMEOUT(sessions.state(), State::Fresh, kWaitMs);
        QCOMPARE(sessions.summary().active, 2);
        QVERIFY(!sessions.error());
        QCOMPARE(events.size(), 2);
        alert = alertsOf(events).last();
        QCOMPARE(toString(alert.severity), toString(Severity::Info));
        QCOMPARE(alert.subject, QStringLiteral("recovered"));
        QVERIFY2(alert.message.contains(QStringLiteral("server-error")), qPrintable(alert.message));
    }

    void neverFreshWithDataOlderThanTwoIntervals()
    {
        // The source stops answering without failing (a fetch hanging, a monitor away):
        // after two of its intervals the data is stale, not fresh.
        TestHttpServer server;
        QVERIFY(server.start());
        server.route("/api/admin/sessions", HttpReply::json(goodPayload(wholeSecondNow())));
        LiveSessions sessions{defaultBaseline()};
        sessions.setPollInterval(std::chrono::milliseconds{400});
        TargetOptions options;
        options.sessionsUrl = server.baseUrl().toString();
        sessions.start(options, nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(sessions.state(), State::Fresh, kWaitMs);
        sessions.source()->stop();
        const QElapsedTimer sinceData = [] {
            QElapsedTimer timer;
            timer.start();
            return timer;
        }();
        QTRY_COMPARE_WITH_TIMEOUT(sessions.state(), State::Stale, kWaitMs);
        // Two intervals (800 ms) from the last data, seen by the once-a-second count.
        QVERIFY2(sessions.elapsedMs() > 800, qPrintable(QString::number(sessions.elapsedMs())));
        QVERIFY(sinceData.elapsed() < 2500);
        QCOMPARE(sessions.error()->kind, SourceError::Kind::Timeout);
        QVERIFY(sessions.snapshot().has_value()); // the last data is kept, as stale
    }

    void failedBeforeAnyDataIsCritical()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route("/api/admin/sessions", HttpReply::json("{}", 401));

        LiveSessions sessions{defaultBaseline()};
        QSignalSpy events{&sessions, &LiveSessions::sourceEvent};
        QSignalSpy critical{&sessions, &LiveSessions::criticalSessions};
        TargetOptions options;
        options.sessionsUrl = server.baseUrl().toString();
        sessions.start(options, nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(sessions.state(), State::Failed, kWaitMs);
        QCOMPARE(sessions.error()->kind, SourceError::Kind::Unauthorized);
        QVERIFY(!sessions.snapshot());
        QCOMPARE(sessions.summary().active, 0);
        QCOMPARE(events.size(), 1);
        QCOMPARE(toString(alertsOf(events).first().severity), toString(Severity::Critical));
        QVERIFY(critical.isEmpty()); // nothing to count
    }

    void aMissingTokenFailsWithoutAsking()
    {
        qunsetenv("OPSDASH_SESSIONS_TOKEN");
        TestHttpServer server;
        QVERIFY(server.start());
        LiveSessions sessions{defaultBaseline()};
        TargetOptions options;
        options.sessionsUrl = server.baseUrl().toString();
        sessions.start(options, nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(sessions.state(), State::Failed, kWaitMs);
        QCOMPARE(sessions.error()->kind, SourceError::Kind::MissingSecret);
        QVERIFY2(sessions.error()->message.contains(QStringLiteral("OPSDASH_SESSIONS_TOKEN")),
            qPrintable(sessions.error()->message));
        QVERIFY(server.requests.isEmpty());
    }

    void oneShotReadsEachSourceOnceAndStops()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        const QDateTime now = wholeSecondNow();
        server.route("/api/admin/sessions", HttpReply::json(goodPayload(now)));
        server.route("/api/auth/session", canarySessionReply(now, 86400));

        LiveSessions sessions{defaultBaseline()};
        TargetOptions options;
        options.sessionsUrl = server.baseUrl().toString();
        options.canaryUrl = options.sessionsUrl;
        const LiveSessions::Outcome look = lookOnce(sessions, options);

        QCOMPARE(look.kind, LiveSessions::SourceKind::AdminEndpoint);
        QCOMPARE(look.sourceKind, QStringLiteral("admin-endpoint"));
        QVERIFY(look.snapshot.has_value());
        QVERIFY(!look.error);
        const ExpirySummary summary
            = SessionExpiry::evaluate(*look.snapshot, defaultBaseline().thresholds.session);
        QCOMPARE(summary.active, 3);
        QVERIFY(look.canary.has_value());
        QCOMPARE(look.canary->checkId, QStringLiteral("live.session.maxAge"));
        QCOMPARE(toString(look.canary->status), toString(CheckStatus::Pass));
        QCOMPARE(server.requests.size(), 2);
        // Nothing keeps polling after the look.
        QTest::qWait(1500);
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(sessions.source() == nullptr);
    }

    void oneShotSaysWhatCouldNotBeAsked()
    {
        qunsetenv("OPSDASH_SESSIONS_TOKEN");
        qunsetenv("OPSDASH_CANARY_COOKIE");
        TestHttpServer server;
        QVERIFY(server.start());
        LiveSessions sessions{defaultBaseline()};
        TargetOptions options;
        options.sessionsUrl = server.baseUrl().toString();
        options.canaryUrl = options.sessionsUrl;
        const LiveSessions::Outcome look = lookOnce(sessions, options);
        QVERIFY(!look.snapshot);
        QCOMPARE(look.error->kind, SourceError::Kind::MissingSecret);
        QVERIFY(look.canaryObservation.has_value());
        QCOMPARE(look.canaryObservation->state, CanaryObservation::State::NotConfigured);
        QVERIFY2(look.canaryObservation->reason.contains(QStringLiteral("OPSDASH_CANARY_COOKIE")),
            qPrintable(look.canaryObservation->reason));
        QCOMPARE(toString(look.canary->status), toString(CheckStatus::NotChecked));
        QVERIFY(server.requests.isEmpty());

        // Nothing to ask at all.
        const LiveSessions::Outcome none = lookOnce(sessions, TargetOptions{});
        QCOMPARE(none.kind, LiveSessions::SourceKind::None);
        QVERIFY(none.noSessionsReason.contains(QStringLiteral("no session source given")));
        QVERIFY(!none.canary);
        QVERIFY(!none.noCanaryReason.isEmpty());
    }

    // `opsdash sessions` reports a failed read alone: the canary is not asked then.
    void oneShotCanSkipTheCanaryAfterAFailure()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route("/api/admin/sessions", HttpReply::json("{}", 500));
        server.route("/api/auth/session", canarySessionReply(wholeSecondNow(), 86400));
        LiveSessions sessions{defaultBaseline()};
        TargetOptions options;
        options.sessionsUrl = server.baseUrl().toString();
        options.canaryUrl = options.sessionsUrl;
        LiveSessions::OneShotOptions once;
        once.canaryAfterFailure = false;
        const LiveSessions::Outcome look = lookOnce(sessions, options, nullptr, once);
        QCOMPARE(look.error->kind, SourceError::Kind::ServerError);
        QVERIFY(!look.canary);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.at(0).path, QByteArray{"/api/admin/sessions"});
    }
};

QTEST_GUILESS_MAIN(TestLiveSessions)
#include "tst_livesessions.moc"
