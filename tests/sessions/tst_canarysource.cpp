// The canary: GET /api/auth/session with a dedicated account's cookie against a real HTTP
// server; `{}` and `null` mean no session; expires − Date is judged against the baseline.
#include "TestHttpServer.h"
#include "model/BaselineLoader.h"
#include "sessions/CanarySource.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace opsdash;
using namespace opsdash::test;

Q_DECLARE_METATYPE(opsdash::test::HttpReply)
Q_DECLARE_METATYPE(opsdash::CanaryObservation)
Q_DECLARE_METATYPE(opsdash::SessionSpec::Strategy)
Q_DECLARE_METATYPE(opsdash::CheckStatus)

namespace {

const QByteArray kPath{"/api/auth/session"};
const QByteArray kCookie{"next-auth.session-token=canary-secret-1"};

Baseline baselineWith(SessionSpec::Strategy strategy)
{
    Result<Baseline> loaded = BaselineLoader::loadDefault();
    if (!loaded)
        qFatal("default baseline: %s", qPrintable(loaded.error().toString()));
    Baseline baseline = std::move(loaded).value();
    baseline.session.strategy = strategy;
    return baseline;
}

CanaryObservation observe(CanarySource& canary)
{
    QSignalSpy observed{&canary, &CanarySource::observed};
    canary.check();
    if (!observed.wait(20000))
        return {};
    return observed.at(0).at(0).value<CanaryObservation>();
}

} // namespace

class TestCanarySource final : public QObject
{
    Q_OBJECT

private slots:
    void judgesTheLiveIdleLimit_data()
    {
        QTest::addColumn<HttpReply>("reply");
        QTest::addColumn<SessionSpec::Strategy>("strategy");
        QTest::addColumn<CheckStatus>("status");
        QTest::addColumn<QString>("says");

        // The server's clock is deliberately a day off the desktop's: only Date counts.
        // Whole seconds, as a Date header carries them.
        const QDateTime date
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 86400, Qt::UTC);
        QTest::newRow("v4 {} is no session")
            << HttpReply::json("{}").header("Date", httpDate(date)) << SessionSpec::Strategy::Any
            << CheckStatus::NotChecked << "no session";
        QTest::newRow("v5 null is no session")
            << HttpReply::json("null").header("Date", httpDate(date)) << SessionSpec::Strategy::Any
            << CheckStatus::NotChecked << "no session";
        QTest::newRow("expires exactly maxAge after Date passes")
            << canarySessionReply(date, 86400) << SessionSpec::Strategy::Jwt << CheckStatus::Pass
            << "86400 s";
        QTest::newRow("59 s over maxAge passes")
            << canarySessionReply(date, 86459) << SessionSpec::Strategy::Jwt << CheckStatus::Pass
            << "86459 s";
        QTest::newRow("61 s over maxAge fails")
            << canarySessionReply(date, 86461) << SessionSpec::Strategy::Jwt << CheckStatus::Fail
            << "86461 s";
        QTest::newRow("a 30-day default maxAge fails")
            << canarySessionReply(date, 30 * 86400) << SessionSpec::Strategy::Any
            << CheckStatus::Fail << "2592000 s";
        QTest::newRow("jwt: 3 min short of maxAge fails")
            << canarySessionReply(date, 86400 - 180) << SessionSpec::Strategy::Jwt
            << CheckStatus::Fail << "86220 s";
        QTest::newRow("database: 3 min short is within updateAge")
            << canarySessionReply(date, 86400 - 180) << SessionSpec::Strategy::Database
            << CheckStatus::Pass << "86220 s";
        QTest::newRow("database: 6 min short is beyond updateAge and tolerance")
            << canarySessionReply(date, 86400 - 360) << SessionSpec::Strategy::Database
            << CheckStatus::Fail << "86040 s";
        QTest::newRow("no Date header is unknown")
            << canarySessionReply(date, 86400).withoutHeader("Date") << SessionSpec::Strategy::Any
            << CheckStatus::Unknown << "Date";
        QTest::newRow("expires without a zone is unknown")
            << HttpReply::json(R"({"expires": "2030-01-01T00:00:00"})")
                   .header("Date", httpDate(date))
            << SessionSpec::Strategy::Any << CheckStatus::Unknown << "time zone";
        QTest::newRow("an HTML page is unknown")
            << HttpReply::json("<html/>").header("Content-Type", "text/html")
            << SessionSpec::Strategy::Any << CheckStatus::Unknown << "text/html";
        QTest::newRow("a 500 is unknown")
            << HttpReply::json("{}", 500) << SessionSpec::Strategy::Any << CheckStatus::Unknown
            << "500";
    }
    void judgesTheLiveIdleLimit()
    {
        QFETCH(HttpReply, reply);
        QFETCH(SessionSpec::Strategy, strategy);
        QFETCH(CheckStatus, status);
        QFETCH(QString, says);

        TestHttpServer server;
        QVERIFY(server.start());
        server.route(kPath, reply);
        CanarySource::Options options;
        options.baseUrl = server.baseUrl();
        options.cookie = kCookie;
        CanarySource canary{options};
        const CanaryObservation observation = observe(canary);
        const Finding finding = CanaryCheck::evaluate(baselineWith(strategy), observation);

        QCOMPARE(finding.checkId, QStringLiteral("live.session.maxAge"));
        QCOMPARE(toString(finding.plane), toString(Plane::Live));
        QCOMPARE(toString(finding.status), toString(status));
        const QString text = finding.actual + u' ' + finding.reason;
        QVERIFY2(text.contains(says), qPrintable(text));
        QVERIFY2(!QJsonDocument{finding.toJson()}.toJson().contains("canary-secret"),
            "the cookie leaked");

        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.at(0).headers.value("cookie"), kCookie);
    }

    // The canary goes through the same guards as the admin endpoint: each transport
    // failure is a named error (live.session.maxAge unknown), and the cookie goes nowhere
    // but the canary's own origin.
    void transportFailuresAreNamedAndUnknown_data()
    {
        QTest::addColumn<HttpReply>("reply");
        QTest::addColumn<QString>("kind");
        HttpReply never;
        never.mode = HttpReply::Mode::NeverAnswer;
        HttpReply huge;
        huge.mode = HttpReply::Mode::Stream;
        huge.streamBytes = 50 * 1024 * 1024;
        huge.announceLength = false;
        QTest::newRow("accepts and never answers is a timeout")
            << never << SourceError::kindName(SourceError::Kind::Timeout);
        QTest::newRow("a 50 MB body is cut off at the cap")
            << huge << SourceError::kindName(SourceError::Kind::TooLarge);
        QTest::newRow("401 is unauthorized")
            << HttpReply::json("{}", 401) << SourceError::kindName(SourceError::Kind::Unauthorized);
    }
    void transportFailuresAreNamedAndUnknown()
    {
        QFETCH(HttpReply, reply);
        QFETCH(QString, kind);
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(kPath, reply);
        CanarySource::Options options;
        options.baseUrl = server.baseUrl();
        options.cookie = kCookie;
        options.timeout = std::chrono::seconds{1};
        CanarySource canary{options};
        const CanaryObservation observation = observe(canary);
        QCOMPARE(observation.state, CanaryObservation::State::Failed);
        QVERIFY(observation.error.has_value());
        QCOMPARE(observation.error->kindName(), kind);
        const Finding finding
            = CanaryCheck::evaluate(baselineWith(SessionSpec::Strategy::Any), observation);
        QCOMPARE(toString(finding.status), toString(CheckStatus::Unknown));
        QVERIFY2(!QJsonDocument{finding.toJson()}.toJson().contains("canary-secret"),
            "the cookie leaked");
    }

    void redirectToAnotherPortIsRefusedAndTheCookieStays()
    {
        TestHttpServer server;
        TestHttpServer other;
        QVERIFY(server.start());
        QVERIFY(other.start());
        other.route(kPath,
            canarySessionReply(
                QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC), 86400));
        server.route(kPath, HttpReply::json("", 302).header("Location", other.origin() + kPath));
        CanarySource::Options options;
        options.baseUrl = server.baseUrl();
        options.cookie = kCookie;
        CanarySource canary{options};
        const CanaryObservation observation = observe(canary);
        QCOMPARE(observation.state, CanaryObservation::State::Failed);
        QCOMPARE(observation.error->kind, SourceError::Kind::BadRedirect);
        QCOMPARE(other.requests.size(), 0); // the cookie never went there
    }

    void refusedConnectionIsNamed()
    {
        quint16 port = 0;
        {
            TestHttpServer gone;
            QVERIFY(gone.start());
            port = gone.serverPort();
        } // nothing listens there any more
        CanarySource::Options options;
        options.baseUrl = QUrl{QStringLiteral("http://127.0.0.1:%1").arg(port)};
        options.cookie = kCookie;
        CanarySource canary{options};
        const CanaryObservation observation = observe(canary);
        QCOMPARE(observation.state, CanaryObservation::State::Failed);
        QCOMPARE(observation.error->kind, SourceError::Kind::ConnectionRefused);
    }

    // start() checks at once and then at its interval, until stop().
    void startChecksAtItsInterval()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(kPath,
            canarySessionReply(
                QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC), 86400));
        CanarySource::Options options;
        options.baseUrl = server.baseUrl();
        options.cookie = kCookie;
        options.interval = std::chrono::milliseconds{300};
        CanarySource canary{options};
        QSignalSpy observed{&canary, &CanarySource::observed};
        canary.start();
        QTRY_VERIFY_WITH_TIMEOUT(observed.size() >= 3, 15000);
        canary.stop();
        const qsizetype seen = server.requests.size();
        QTest::qWait(1000); // a stopped canary asks nothing more (three intervals)
        QCOMPARE(server.requests.size(), seen);
    }

    void notConfiguredIsNotChecked()
    {
        CanaryObservation observation;
        observation.reason = QStringLiteral("no canary account configured");
        const Finding finding
            = CanaryCheck::evaluate(baselineWith(SessionSpec::Strategy::Any), observation);
        QCOMPARE(toString(finding.status), toString(CheckStatus::NotChecked));
        QVERIFY(finding.reason.contains(QStringLiteral("no canary")));
        QCOMPARE(exitStatusFor({finding}), 0);
    }

    void rotatedCookieIsSentNextTime()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        const QDateTime date
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        server.route(kPath,
            canarySessionReply(date, 86400)
                .header("Set-Cookie", "next-auth.session-token=canary-secret-2; Path=/; HttpOnly"));
        CanarySource::Options options;
        options.baseUrl = server.baseUrl();
        options.cookie = kCookie + "; other=1";
        CanarySource canary{options};
        QCOMPARE(observe(canary).state, CanaryObservation::State::Observed);
        QCOMPARE(observe(canary).state, CanaryObservation::State::Observed);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.at(1).headers.value("cookie"),
            QByteArray{"next-auth.session-token=canary-secret-2; other=1"});
    }
};

QTEST_GUILESS_MAIN(TestCanarySource)
#include "tst_canarysource.moc"
