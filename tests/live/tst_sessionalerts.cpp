// Session alerts come from the engine, with no window and no widget in the process: a
// LiveSessions watching a real admin endpoint on 127.0.0.1 feeds AlertLog, which raises
// "sessions" alerts when someone is about to be logged out (and clears them on the server's
// clock), "session-source" alerts when the source fails and recovers, and writes them to the
// target's history.
#include "history/HistoryStore.h"
#include "live/AlertLog.h"
#include "live/LiveSessions.h"
#include "live/LiveTarget.h"
#include "sessions/LoginSessionSource.h"
#include "sessions/SessionPayloads.h"
#include "sessions/TestHttpServer.h"
#include "support/DefaultBaseline.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;
using namespace opsdash::test;

namespace {

constexpr int kWaitMs{15000};

QDateTime wholeSecondNow()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

// One session with `secondsLeft` to go on serverTime's clock.
QByteArray oneSession(const QDateTime& serverTime, qint64 secondsLeft)
{
    const QJsonArray sessions{
        sessionJson(QStringLiteral("tok-gina"), QStringLiteral("gina@example.com"),
            serverTime.addSecs(-600), serverTime.addSecs(-60), serverTime.addSecs(secondsLeft))};
    return QJsonDocument{QJsonObject{{QStringLiteral("serverTime"), isoMs(serverTime)},
                             {QStringLiteral("sessions"), sessions}}}
        .toJson(QJsonDocument::Compact);
}

QList<Alert> ofKind(const QSignalSpy& spy, QLatin1String kind)
{
    QList<Alert> alerts;
    for (const QList<QVariant>& arguments : spy) {
        const Alert alert = arguments.at(0).value<Alert>();
        if (alert.kind == kind)
            alerts << alert;
    }
    return alerts;
}

} // namespace

class TestSessionAlerts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A core test: the process has no QApplication, so no window could exist.
        QVERIFY(!QCoreApplication::instance()->inherits("QGuiApplication"));
        qputenv("OPSDASH_SESSIONS_TOKEN", "alert-token");
        qunsetenv("OPSDASH_CANARY_COOKIE");
    }

    void sessionsEnteringCriticalRaiseAnAlertAndClear()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route("/api/admin/sessions", HttpReply::json(oneSession(wholeSecondNow(), 5 * 60)));

        const Baseline baseline = defaultBaseline();
        LiveSessions sessions{baseline};
        AlertLog alerts{baseline};
        alerts.attach(sessions);
        QSignalSpy raised{&alerts, &AlertLog::raised};

        TargetOptions options;
        options.sessionsUrl = server.baseUrl().toString();
        sessions.start(options, nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!ofKind(raised, AlertKind::Sessions).isEmpty(), kWaitMs);
        Alert alert = ofKind(raised, AlertKind::Sessions).first();
        QCOMPARE(toString(alert.severity), toString(Severity::Critical));
        QVERIFY2(alert.message.contains(QStringLiteral(": 1")), qPrintable(alert.message));
        QCOMPARE(toString(alerts.status()), toString(Severity::Critical));
        QVERIFY2(alerts.statusReasons().join(u'\n').contains(QStringLiteral("login sessions")),
            qPrintable(alerts.statusReasons().join(u'\n')));
        // Counted again every second, but raised once.
        QTest::qWait(2500);
        QCOMPARE(ofKind(raised, AlertKind::Sessions).size(), 1);

        // Gina's session was extended: clear after the calm counts the rules ask for.
        server.route(
            "/api/admin/sessions", HttpReply::json(oneSession(wholeSecondNow(), 5 * 3600)));
        QVERIFY(sessions.source()->fetchNow());
        QTRY_COMPARE_WITH_TIMEOUT(ofKind(raised, AlertKind::Sessions).size(), 2, kWaitMs);
        alert = ofKind(raised, AlertKind::Sessions).last();
        QCOMPARE(toString(alert.severity), toString(Severity::Info));
        QCOMPARE(toString(alerts.status()), toString(Severity::Info));
    }

    // The critical window is crossed by the countdown alone, on the server's clock: no new
    // fetch (the source polls every 30 s) is needed for the alert.
    void theCountdownAloneCrossesIntoCritical()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        const Baseline baseline = defaultBaseline();
        const qint64 critical = baseline.thresholds.session.criticalBefore.milliseconds() / 1000;
        server.route(
            "/api/admin/sessions", HttpReply::json(oneSession(wholeSecondNow(), critical + 2)));

        LiveSessions sessions{baseline};
        AlertLog alerts{baseline};
        alerts.attach(sessions);
        QSignalSpy raised{&alerts, &AlertLog::raised};
        TargetOptions options;
        options.sessionsUrl = server.baseUrl().toString();
        sessions.start(options, nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(sessions.state(), LiveSessions::State::Fresh, kWaitMs);
        QVERIFY(ofKind(raised, AlertKind::Sessions).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ofKind(raised, AlertKind::Sessions).size(), 1, 6000);
        QCOMPARE(server.requests.size(), 1);
    }

    void sourceFailuresAreAlertsWrittenToTheTargetsHistory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TestHttpServer server;
        QVERIFY(server.start());
        server.route("/api/admin/sessions", HttpReply::json("{}", 503));

        const Baseline baseline = defaultBaseline();
        // A target whose database is not there: its history file opens all the same, and
        // that is where the alerts go.
        LiveTarget target{baseline};
        ActivityMonitor::Options monitorOptions;
        monitorOptions.conninfo = "host=127.0.0.1 port=1 dbname=none user=none";
        monitorOptions.firstRetry = std::chrono::seconds{60};
        target.start(monitorOptions, dir.filePath(QStringLiteral("history.sqlite")));
        LiveSessions sessions{baseline};
        AlertLog alerts{baseline};
        alerts.attach(target);
        alerts.attach(sessions);
        alerts.attach(sessions); // once is once
        QSignalSpy raised{&alerts, &AlertLog::raised};

        TargetOptions options;
        options.sessionsUrl = server.baseUrl().toString();
        sessions.start(options, nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(ofKind(raised, AlertKind::SessionSource).size(), 1, kWaitMs);
        const Alert alert = ofKind(raised, AlertKind::SessionSource).first();
        QCOMPARE(toString(alert.severity), toString(Severity::Critical));
        QCOMPARE(alert.subject, QStringLiteral("server-error"));

        // Read back until it is there: under load the file can be busy and the write is then
        // retried a moment later (HistoryWorker::flush), after a read that came first.
        const auto storedKinds = [&target] {
            QSignalSpy ranges{&target.history(), &HistoryStore::rangeReady};
            const QDateTime now = QDateTime::currentDateTimeUtc();
            target.history().requestRange(now.addSecs(-600), now.addSecs(60), 10);
            QStringList kinds;
            if (!ranges.wait(kWaitMs))
                return kinds;
            for (const HistoryEvent& event : ranges.first().at(1).value<HistoryRange>().events)
                kinds << event.kind;
            return kinds;
        };
        QStringList stored;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (stored = storedKinds()).contains(QStringLiteral("session-source.critical")),
            qPrintable(stored.join(u',')), kWaitMs);
        target.stop();
    }
};

QTEST_GUILESS_MAIN(TestSessionAlerts)
#include "tst_sessionalerts.moc"
