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

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

HttpReply sessionReply(const QDateTime& date, qint64 idleSeconds)
{
    const QByteArray expires = date.addSecs(idleSeconds).toString(Qt::ISODateWithMs).toLatin1();
    return HttpReply::json(
        R"({"user": {"name": "canary", "email": "canary@example.com"}, "expires": ")" + expires
        + R"("})")
        .header("Date", httpDate(date));
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
            << sessionReply(date, 86400) << SessionSpec::Strategy::Jwt << CheckStatus::Pass
            << "86400 s";
        QTest::newRow("59 s over maxAge passes")
            << sessionReply(date, 86459) << SessionSpec::Strategy::Jwt << CheckStatus::Pass
            << "86459 s";
        QTest::newRow("61 s over maxAge fails")
            << sessionReply(date, 86461) << SessionSpec::Strategy::Jwt << CheckStatus::Fail
            << "86461 s";
        QTest::newRow("a 30-day default maxAge fails")
            << sessionReply(date, 30 * 86400) << SessionSpec::Strategy::Any << CheckStatus::Fail
            << "2592000 s";
        QTest::newRow("jwt: 3 min short of maxAge fails")
            << sessionReply(date, 86400 - 180) << SessionSpec::Strategy::Jwt << CheckStatus::Fail
            << "86220 s";
        QTest::newRow("database: 3 min short is within updateAge")
            << sessionReply(date, 86400 - 180) << SessionSpec::Strategy::Database
            << CheckStatus::Pass << "86220 s";
        QTest::newRow("database: 6 min short is beyond updateAge and tolerance")
            << sessionReply(date, 86400 - 360) << SessionSpec::Strategy::Database
            << CheckStatus::Fail << "86040 s";
        QTest::newRow("no Date header is unknown")
            << sessionReply(date, 86400).withoutHeader("Date") << SessionSpec::Strategy::Any
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
            sessionReply(date, 86400)
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
