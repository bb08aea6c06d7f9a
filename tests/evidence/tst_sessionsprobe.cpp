// SessionsProbe against a real HTTP server on 127.0.0.1: the admin endpoint's summary and
// the canary when their secrets are there, and the reasons when they are not — so an
// evidence bundle never shows a sessions check as passed that was not asked.
#include "evidence/SessionsProbe.h"
#include "pg/ActivityMonitor.h"
#include "sessions/LoginSessionSource.h"
#include "sessions/SessionPayloads.h"
#include "sessions/TestHttpServer.h"
#include "support/DefaultBaseline.h"

#include <QEventLoop>
#include <QLocale>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace opsdash;
using namespace opsdash::test;

namespace {

SessionsProbe::Outcome probe(const TargetOptions& options)
{
    SessionsProbe probe{defaultBaseline(), options};
    QSignalSpy finished{&probe, &SessionsProbe::finished};
    probe.start();
    if (finished.isEmpty() && !finished.wait(30000))
        qFatal("SessionsProbe did not finish");
    if (finished.size() != 1)
        qFatal("SessionsProbe finished %d times", int(finished.size()));
    return finished.at(0).at(0).value<SessionsProbe::Outcome>();
}

} // namespace

Q_DECLARE_METATYPE(opsdash::SessionsProbe::Outcome)

class TestSessionsProbe final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("OPSDASH_SESSIONS_TOKEN");
        qunsetenv("OPSDASH_CANARY_COOKIE");
    }

    void adminEndpointAndCanaryWithTheirSecrets()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        const QDateTime now
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        server.route("/api/admin/sessions", HttpReply::json(goodPayload(now)));
        server.route("/api/auth/session", canarySessionReply(now, 86400));
        qputenv("OPSDASH_SESSIONS_TOKEN", "probe-token");
        qputenv("OPSDASH_CANARY_COOKIE", "next-auth.session-token=canary-cookie");

        // As the command line reads --sessions URL: the admin endpoint and the canary there.
        TargetOptions options;
        options.sessionsUrl = server.baseUrl().toString();
        options.canaryUrl = options.sessionsUrl;
        const SessionsProbe::Outcome outcome = probe(options);

        QVERIFY2(outcome.sessions.available, qPrintable(outcome.sessions.reason));
        QCOMPARE(outcome.sessions.sourceKind, QStringLiteral("admin-endpoint"));
        QCOMPARE(outcome.sessions.active, 3); // dave's session has expired
        QCOMPARE(outcome.sessions.soonestHash.size(), 12);
        QVERIFY(outcome.canary.has_value());
        QCOMPARE(outcome.canary->checkId, QStringLiteral("live.session.maxAge"));
        QVERIFY2(outcome.canary->status == CheckStatus::Pass, qPrintable(outcome.canary->actual));
        bool sentToken = false;
        for (const HttpRequest& request : server.requests)
            sentToken = sentToken || request.headers.value("authorization") == "Bearer probe-token";
        QVERIFY(sentToken);
    }

    void withoutSecretsItSaysWhatIsMissing()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        TargetOptions options;
        options.sessionsUrl = server.baseUrl().toString();
        options.canaryUrl = options.sessionsUrl;
        const SessionsProbe::Outcome outcome = probe(options);
        QVERIFY(!outcome.sessions.available);
        QVERIFY2(outcome.sessions.reason.contains(QLatin1String{"OPSDASH_SESSIONS_TOKEN"}),
            qPrintable(outcome.sessions.reason));
        QVERIFY(!outcome.canary.has_value());
        QVERIFY2(outcome.noCanaryReason.contains(QLatin1String{"OPSDASH_CANARY_COOKIE"}),
            qPrintable(outcome.noCanaryReason));
        QVERIFY(server.requests.isEmpty()); // nothing was asked without credentials
    }

    // A profile may name a canary and no admin endpoint: the canary is asked all the same,
    // and only the canary (the window does the same with that profile).
    void aCanaryUrlWithoutAnAdminUrlIsAsked()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        const QDateTime now
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        server.route("/api/auth/session", canarySessionReply(now, 3600));
        qputenv("OPSDASH_CANARY_COOKIE", "next-auth.session-token=canary-cookie");

        TargetOptions options;
        options.canaryUrl = server.baseUrl().toString();
        const SessionsProbe::Outcome outcome = probe(options);

        QVERIFY(!outcome.sessions.available);
        QVERIFY(outcome.canary.has_value());
        QVERIFY2(outcome.canary->status == CheckStatus::Fail, qPrintable(outcome.canary->actual));
        QVERIFY2(outcome.canary->actual.contains(QLatin1String{"3600 s"}),
            qPrintable(outcome.canary->actual));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.at(0).path, QByteArray{"/api/auth/session"});
    }

    // A canary URL the window would refuse is a check that could not be made, never a pass.
    void aCanaryUrlThatIsNotHttpIsUnknown()
    {
        qputenv("OPSDASH_CANARY_COOKIE", "next-auth.session-token=canary-cookie");
        TargetOptions options;
        options.canaryUrl = QStringLiteral("ftp://127.0.0.1/");
        const SessionsProbe::Outcome outcome = probe(options);
        QVERIFY(outcome.canary.has_value());
        QCOMPARE(toString(outcome.canary->status), toString(CheckStatus::Unknown));
        QVERIFY2(outcome.canary->reason.contains(QLatin1String{"canary URL"}),
            qPrintable(outcome.canary->reason));
    }

    void withoutAnySourceItSaysSo()
    {
        const SessionsProbe::Outcome outcome = probe(TargetOptions{});
        QVERIFY(!outcome.sessions.available);
        QVERIFY(outcome.sessions.reason.contains(QLatin1String{"no session source given"}));
        QVERIFY(outcome.noCanaryReason.contains(QLatin1String{"--sessions"}));
    }

    // `opsdash evidence` waits for finished() in a local loop and runs no event loop after
    // it. When the sessions-table read waited for the monitor's connection, finished()
    // comes from a timer or socket event, the loop ends at once, and the source's
    // deleteLater() never ran: a sanitized opsdash reported the leak at exit (exit 1 where
    // 2 was expected, the flaky tst_evidencecommand run). The source must go with the probe.
    void aTableReadThatWaitedForTheConnectionGoesWithTheProbe()
    {
        // Accepts and never answers: the monitor stays connecting until its timeout.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ActivityMonitor monitor{defaultBaseline()};
        ActivityMonitor::Options monitorOptions;
        monitorOptions.conninfo = "host=127.0.0.1 port=" + QByteArray::number(silent.serverPort())
            + " dbname=none user=none";
        monitorOptions.connectTimeout = std::chrono::seconds{1};
        monitorOptions.firstRetry = std::chrono::seconds{30}; // one attempt in this test
        monitor.start(monitorOptions);

        TargetOptions options;
        options.hasDatabase = true;
        options.sessionsTable = true;
        auto probe = std::make_unique<SessionsProbe>(defaultBaseline(), options, &monitor);
        SessionsProbe::Outcome outcome;
        QPointer<LoginSessionSource> source;
        int finishedCount = 0;
        QEventLoop loop; // as runEvidenceCommand's collectSessions() does
        connect(probe.get(), &SessionsProbe::finished, &loop,
            [&](const SessionsProbe::Outcome& result) {
                outcome = result;
                source = probe->findChild<LoginSessionSource*>();
                ++finishedCount;
                loop.quit();
            });
        QTimer::singleShot(0, probe.get(), &SessionsProbe::start);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit); // a guard, not a wait
        loop.exec();

        QCOMPARE(finishedCount, 1);
        QVERIFY(!outcome.sessions.available);
        QVERIFY2(!outcome.sessions.reason.isEmpty(), "the reason the table was not read");
        QVERIFY2(source, "the finished source is owned by the probe until it is deleted");
        probe.reset(); // and no event loop runs after it, as at the end of `opsdash evidence`
        QVERIFY2(source.isNull(), "the source outlived the probe: it leaks at exit");
    }
};

QTEST_GUILESS_MAIN(TestSessionsProbe)
#include "tst_sessionsprobe.moc"
