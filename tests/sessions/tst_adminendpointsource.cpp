// The admin endpoint source against real HTTP(S) servers on 127.0.0.1: every failure is a
// named error, the last good data is kept and marked stale, nothing is reported fresh
// that is not.
#include "SessionPayloads.h"
#include "TestHttpServer.h"
#include "sessions/AdminEndpointSource.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;
using namespace opsdash::test;
using namespace std::chrono_literals;
using Kind = SourceError::Kind;

Q_DECLARE_METATYPE(opsdash::test::HttpReply)
Q_DECLARE_METATYPE(opsdash::SourceError::Kind)

namespace {

const QByteArray kPath{"/api/admin/sessions"};
const QByteArray kToken{"test-token-0123"};

AdminEndpointSource::Options optionsFor(const QUrl& base)
{
    AdminEndpointSource::Options options;
    options.baseUrl = base;
    options.token = kToken;
    options.timeout = 1s; // a fast test; the behaviour is the same at 10 s
    return options;
}

// One fetch to its end.
bool fetch(AdminEndpointSource& source)
{
    QSignalSpy finished{&source, &LoginSessionSource::finished};
    if (!source.fetchNow())
        return false;
    return finished.wait(20000);
}

QByteArray payloadWith(const char* json)
{
    return QByteArray{json};
}

} // namespace

class TestAdminEndpointSource final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_certDir.isValid());
        // A self-signed certificate for 127.0.0.1, made now so nothing expires in the repo.
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                QStringLiteral("-keyout"), m_certDir.filePath(QStringLiteral("key.pem")),
                QStringLiteral("-out"), m_certDir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
    }

    void goodPayloadIsFreshOnTheServersClock()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        const QDateTime serverTime = QDateTime::currentDateTimeUtc().addSecs(-7200);
        server.route(kPath, HttpReply::json(goodPayload(serverTime)));

        AdminEndpointSource source{optionsFor(server.baseUrl())};
        QSignalSpy updated{&source, &LoginSessionSource::updated};
        QVERIFY(fetch(source));
        QCOMPARE(updated.size(), 1);
        QVERIFY(source.feed().isFresh());
        QVERIFY(!source.feed().isStale());

        const SessionSnapshot& snapshot = *source.feed().lastGood();
        QCOMPARE(toString(snapshot.clock), toString(ServerClock::ResponseServerTime));
        QCOMPARE(snapshot.serverTime, serverTime);
        QCOMPARE(snapshot.source, server.baseUrl().toString() + QLatin1String{kPath});
        QCOMPARE(snapshot.sessions.size(), 4);
        const SessionRecord& alice = snapshot.sessions.at(0);
        QCOMPARE(alice.user, QStringLiteral("alice@example.com"));
        QCOMPARE(alice.hash, SessionRecord::shortHash("tok-alice-secret"));
        QCOMPARE(alice.hash.size(), 12);
        QVERIFY(!alice.hash.contains(QStringLiteral("alice")));

        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.at(0).method, QByteArray{"GET"});
        QCOMPARE(server.requests.at(0).headers.value("authorization"), "Bearer " + kToken);
        QVERIFY(!server.requests.at(0).headers.contains("cookie"));
    }

    void failureIsNamedAndKeepsLastGoodDataStale_data()
    {
        QTest::addColumn<HttpReply>("reply");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("says");

        const HttpReply never = HttpReply::withMode(HttpReply::Mode::NeverAnswer);
        const HttpReply stall = HttpReply::withMode(HttpReply::Mode::HeadersThenStall);
        const HttpReply huge = HttpReply::streamed(50 * 1024 * 1024, false);
        const HttpReply hugeAnnounced = HttpReply::streamed(50 * 1024 * 1024, true);
        // A byte every 200 ms: never a gap long enough for the 1 s transfer timeout.
        HttpReply trickle = HttpReply::json(goodPayload(QDateTime::currentDateTimeUtc()));
        trickle.mode = HttpReply::Mode::Trickle;

        QTest::newRow("accepts and never answers is a timeout")
            << never << Kind::Timeout << "no response";
        QTest::newRow("headers then silence is a timeout")
            << stall << Kind::Timeout << "no response";
        QTest::newRow("a byte a fifth of a second hits the whole-request deadline")
            << trickle << Kind::Timeout << "no complete response within 1 s (";
        QTest::newRow("401 is unauthorized")
            << HttpReply::json("{}", 401) << Kind::Unauthorized << "OPSDASH_SESSIONS_TOKEN";
        QTest::newRow("403 is forbidden") << HttpReply::json("{}", 403) << Kind::Forbidden << "403";
        QTest::newRow("404 is not found") << HttpReply::json("{}", 404) << Kind::NotFound << "404";
        QTest::newRow("500 is a server error")
            << HttpReply::json("{}", 500) << Kind::ServerError << "500";
        QTest::newRow("503 is a server error")
            << HttpReply::json("{}", 503) << Kind::ServerError << "503";
        QTest::newRow("418 is an unexpected status")
            << HttpReply::json("{}", 418) << Kind::UnexpectedStatus << "418";
        QTest::newRow("invalid JSON")
            << HttpReply::json("{\"serverTime\": ") << Kind::InvalidJson << "invalid JSON";
        QTest::newRow("HTML login page")
            << HttpReply::json("<html></html>").header("Content-Type", "text/html")
            << Kind::WrongContentType << "text/html";
        QTest::newRow("no content type") << HttpReply::json("{}").withoutHeader("Content-Type")
                                         << Kind::WrongContentType << "no Content-Type";
        QTest::newRow("latin-1 JSON")
            << HttpReply::json("{}").header("Content-Type", "application/json; charset=iso-8859-1")
            << Kind::WrongContentType << "iso-8859-1";
        QTest::newRow("top level an array") << HttpReply::json("[]") << Kind::WrongType << "object";
        QTest::newRow("serverTime a number")
            << HttpReply::json(payloadWith(R"({"serverTime": 1700000000, "sessions": []})"))
            << Kind::WrongType << "$.serverTime";
        QTest::newRow("sessions an object") << HttpReply::json(
            payloadWith(R"({"serverTime": "2025-01-01T00:00:00Z", "sessions": {}})"))
                                            << Kind::WrongType << "$.sessions";
        QTest::newRow("id a number") << HttpReply::json(payloadWith(
            R"({"serverTime": "2025-01-01T00:00:00Z", "sessions": [{"id": 7, "user": "u", "createdAt": "2025-01-01T00:00:00Z", "lastSeenAt": "2025-01-01T00:00:00Z", "expiresAt": "2025-01-02T00:00:00Z"}]})"))
                                     << Kind::WrongType << "$.sessions[0].id";
        QTest::newRow("timestamp without a zone") << HttpReply::json(
            payloadWith(R"({"serverTime": "2025-01-01T00:00:00", "sessions": []})"))
                                                  << Kind::WrongType << "time zone";
        QTest::newRow("serverTime missing") << HttpReply::json(payloadWith(R"({"sessions": []})"))
                                            << Kind::MissingField << "serverTime";
        QTest::newRow("expiresAt missing") << HttpReply::json(payloadWith(
            R"({"serverTime": "2025-01-01T00:00:00Z", "sessions": [{"id": "a", "user": "u", "createdAt": "2025-01-01T00:00:00Z", "lastSeenAt": "2025-01-01T00:00:00Z"}]})"))
                                           << Kind::MissingField << "expiresAt";
        QTest::newRow("serverTime in 1970") << HttpReply::json(
            payloadWith(R"({"serverTime": "1970-01-01T00:00:00Z", "sessions": []})"))
                                            << Kind::AbsurdDate << "1970";
        QTest::newRow("expiry in 2500") << HttpReply::json(payloadWith(
            R"({"serverTime": "2025-01-01T00:00:00Z", "sessions": [{"id": "a", "user": "u", "createdAt": "2025-01-01T00:00:00Z", "lastSeenAt": "2025-01-01T00:00:00Z", "expiresAt": "2500-01-02T00:00:00Z"}]})"))
                                        << Kind::AbsurdDate << "2500";
        QTest::newRow("expires before created") << HttpReply::json(payloadWith(
            R"({"serverTime": "2025-01-01T00:00:00Z", "sessions": [{"id": "a", "user": "u", "createdAt": "2025-01-02T00:00:00Z", "lastSeenAt": "2025-01-02T00:00:00Z", "expiresAt": "2025-01-01T00:00:00Z"}]})"))
                                                << Kind::AbsurdDate << "before it was created";
        QTest::newRow("50 MB streamed without a length is cut off")
            << huge << Kind::TooLarge << "exceeded";
        QTest::newRow("50 MB announced by Content-Length is refused")
            << hugeAnnounced << Kind::TooLarge << "announces";
        QTest::newRow("endless redirect loop") << HttpReply::json("", 302).header("Location", kPath)
                                               << Kind::BadRedirect << "redirect";
    }
    void failureIsNamedAndKeepsLastGoodDataStale()
    {
        QFETCH(HttpReply, reply);
        QFETCH(Kind, kind);
        QFETCH(QString, says);

        TestHttpServer server;
        QVERIFY(server.start());
        const QDateTime serverTime = QDateTime::currentDateTimeUtc();
        server.route(kPath, HttpReply::json(goodPayload(serverTime)));
        AdminEndpointSource source{optionsFor(server.baseUrl())};
        QVERIFY(fetch(source));
        QVERIFY(source.feed().isFresh());

        server.route(kPath, reply);
        QSignalSpy failed{&source, &LoginSessionSource::failed};
        QSignalSpy updated{&source, &LoginSessionSource::updated};
        QVERIFY(fetch(source));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(updated.size(), 0);

        const SessionFeed& feed = source.feed();
        QVERIFY(!feed.isFresh());
        QVERIFY(feed.isStale());
        QVERIFY(feed.error().has_value());
        QCOMPARE(feed.error()->kindName(), SourceError::kindName(kind));
        QVERIFY2(feed.error()->message.contains(says), qPrintable(feed.error()->toString()));
        QVERIFY2(feed.error()->toString().contains(server.baseUrl().toString()),
            qPrintable(feed.error()->toString()));
        QVERIFY2(!feed.error()->toString().contains(QLatin1String{kToken}),
            "the token leaked into a message");
        // The last good data is still there, with its age.
        QCOMPARE(feed.lastGood()->serverTime, serverTime);
        QCOMPARE(feed.lastGood()->sessions.size(), 4);
        QVERIFY(feed.ageMilliseconds(QDateTime::currentDateTimeUtc()) >= 0);

        if (reply.mode == HttpReply::Mode::Stream)
            QVERIFY2(server.bodyBytesSent < reply.streamBytes,
                "the whole body was sent: the cap did not abort");
        if (reply.mode == HttpReply::Mode::Trickle)
            QVERIFY2(server.bodyBytesSent < reply.body.size(),
                "the whole body was sent: the deadline did not abort");

        // And a later success makes it fresh again.
        server.route(kPath, HttpReply::json(goodPayload(serverTime.addSecs(30))));
        QVERIFY(fetch(source));
        QVERIFY(source.feed().isFresh());
        QCOMPARE(source.feed().lastGood()->serverTime, serverTime.addSecs(30));
    }

    void refusedConnectionIsNamed()
    {
        auto server = std::make_unique<TestHttpServer>();
        QVERIFY(server->start());
        server->route(kPath, HttpReply::json(goodPayload(QDateTime::currentDateTimeUtc())));
        AdminEndpointSource source{optionsFor(server->baseUrl())};
        QVERIFY(fetch(source));
        server.reset(); // nothing listens on that port any more

        QVERIFY(fetch(source));
        QVERIFY(source.feed().isStale());
        QCOMPARE(source.feed().error()->kind, Kind::ConnectionRefused);
        QCOMPARE(source.feed().lastGood()->sessions.size(), 4);
    }

    void failureWithoutEverHavingDataIsNotStaleButMissing()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(kPath, HttpReply::json("{}", 500));
        AdminEndpointSource source{optionsFor(server.baseUrl())};
        QVERIFY(fetch(source));
        QVERIFY(!source.feed().hasData());
        QVERIFY(!source.feed().isFresh());
        QCOMPARE(source.feed().error()->kind, Kind::ServerError);
    }

    void sameOriginRedirectIsFollowed()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(kPath, HttpReply::json("", 307).header("Location", "/v2/sessions"));
        server.route("/v2/sessions", HttpReply::json(goodPayload(QDateTime::currentDateTimeUtc())));
        AdminEndpointSource source{optionsFor(server.baseUrl())};
        QVERIFY(fetch(source));
        QVERIFY2(source.feed().isFresh(),
            qPrintable(source.feed().error().value_or(SourceError{}).toString()));
        QCOMPARE(server.requests.size(), 2);
    }

    void redirectToAnotherPortIsRefused()
    {
        TestHttpServer server;
        TestHttpServer other;
        QVERIFY(server.start());
        QVERIFY(other.start());
        other.route(kPath, HttpReply::json(goodPayload(QDateTime::currentDateTimeUtc())));
        server.route(kPath, HttpReply::json("", 302).header("Location", other.origin() + kPath));
        AdminEndpointSource source{optionsFor(server.baseUrl())};
        QVERIFY(fetch(source));
        QVERIFY(!source.feed().isFresh());
        QCOMPARE(source.feed().error()->kind, Kind::BadRedirect);
        QVERIFY(source.feed().error()->message.contains(QStringLiteral("another origin")));
        QCOMPARE(other.requests.size(), 0); // the token never went there
    }

    void selfSignedCertificate_data()
    {
        QTest::addColumn<bool>("withCa");
        QTest::newRow("rejected without the CA file") << false;
        QTest::newRow("accepted with the CA file") << true;
    }
    void selfSignedCertificate()
    {
        QFETCH(bool, withCa);
        TestHttpServer server;
        useTls(server);
        QVERIFY(server.start());
        server.route(kPath, HttpReply::json(goodPayload(QDateTime::currentDateTimeUtc())));
        AdminEndpointSource::Options options = optionsFor(server.baseUrl());
        if (withCa)
            options.caFile = m_certDir.filePath(QStringLiteral("cert.pem"));
        options.timeout = 5s;
        AdminEndpointSource source{options};
        QVERIFY(fetch(source));
        if (withCa) {
            QVERIFY2(source.feed().isFresh(),
                qPrintable(source.feed().error().value_or(SourceError{}).toString()));
            QCOMPARE(source.feed().lastGood()->sessions.size(), 4);
        } else {
            QVERIFY(!source.feed().isFresh());
            QCOMPARE(source.feed().error()->kind, Kind::TlsError);
            QVERIFY2(source.feed().error()->message.contains(
                         QStringLiteral("self-signed"), Qt::CaseInsensitive),
                qPrintable(source.feed().error()->toString()));
        }
    }

    void redirectFromHttpsToHttpIsRefused()
    {
        TestHttpServer plain;
        QVERIFY(plain.start());
        plain.route(kPath, HttpReply::json(goodPayload(QDateTime::currentDateTimeUtc())));
        TestHttpServer server;
        useTls(server);
        QVERIFY(server.start());
        // Same host and port number would still be a downgrade: the scheme is checked first.
        server.route(kPath, HttpReply::json("", 302).header("Location", plain.origin() + kPath));
        AdminEndpointSource::Options options = optionsFor(server.baseUrl());
        options.caFile = m_certDir.filePath(QStringLiteral("cert.pem"));
        options.timeout = 5s;
        AdminEndpointSource source{options};
        QVERIFY(fetch(source));
        QCOMPARE(source.feed().error()->kind, Kind::BadRedirect);
        QVERIFY2(source.feed().error()->message.contains(QStringLiteral("https to http")),
            qPrintable(source.feed().error()->toString()));
        QCOMPARE(plain.requests.size(), 0);
    }

    void unreadableCaFileIsNamed()
    {
        AdminEndpointSource::Options options
            = optionsFor(QUrl{QStringLiteral("https://127.0.0.1:1")});
        options.caFile = m_certDir.filePath(QStringLiteral("missing.pem"));
        AdminEndpointSource source{options};
        QVERIFY(fetch(source));
        QCOMPARE(source.feed().error()->kind, Kind::TlsError);
        QVERIFY(source.feed().error()->message.contains(QStringLiteral("missing.pem")));
    }

    void deadlineIsItsOwnSettingAndSpansRedirects()
    {
        // A generous transfer timeout, a short deadline: the deadline alone ends the fetch,
        // and the redirect hop before the trickle counts against it too.
        TestHttpServer server;
        QVERIFY(server.start());
        HttpReply trickle = HttpReply::json(goodPayload(QDateTime::currentDateTimeUtc()));
        trickle.mode = HttpReply::Mode::Trickle;
        trickle.trickleIntervalMs = 100;
        server.route(kPath, HttpReply::json("", 307).header("Location", "/slow"));
        server.route("/slow", trickle);
        AdminEndpointSource::Options options = optionsFor(server.baseUrl());
        options.timeout = 30s;
        options.deadline = 1500ms;
        AdminEndpointSource source{options};
        QSignalSpy finished{&source, &LoginSessionSource::finished};
        QVERIFY(source.fetchNow());
        // Well before the 30 s transfer timeout, and before the body (≈ 40 s) is through.
        QVERIFY(finished.wait(15000));
        QCOMPARE(source.feed().error()->kind, Kind::Timeout);
        QVERIFY2(source.feed().error()->message.contains(
                     QStringLiteral("no complete response within 1.5 s")),
            qPrintable(source.feed().error()->toString()));
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(server.bodyBytesSent < trickle.body.size());
    }

    void pollingRepeatsAtItsInterval()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(kPath, HttpReply::json(goodPayload(QDateTime::currentDateTimeUtc())));
        AdminEndpointSource source{optionsFor(server.baseUrl())};
        source.start(50ms);
        QTRY_VERIFY_WITH_TIMEOUT(server.requests.size() >= 3, 10000);
        source.stop();
        QVERIFY(source.feed().isFresh());
    }

    void baseUrlChecks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("usable");
        QTest::newRow("http with port") << "http://127.0.0.1:3000" << true;
        QTest::newRow("https with a path prefix") << "https://app.example.com/portal/" << true;
        QTest::newRow("ftp") << "ftp://example.com" << false;
        QTest::newRow("no scheme") << "example.com" << false;
        QTest::newRow("credentials in the URL") << "https://admin:secret@example.com" << false;
        QTest::newRow("a query") << "https://example.com/?token=x" << false;
    }
    void baseUrlChecks()
    {
        QFETCH(QString, url);
        QFETCH(bool, usable);
        const std::optional<QString> problem = AdminEndpointSource::checkBaseUrl(QUrl{url});
        QCOMPARE(!problem.has_value(), usable);
        if (problem)
            QVERIFY2(!problem->contains(QStringLiteral("secret")), qPrintable(*problem));
    }

    void endpointKeepsAPathPrefix()
    {
        QCOMPARE(
            AdminEndpointSource::endpointUrl(QUrl{QStringLiteral("https://h.example/portal/")}),
            QUrl{QStringLiteral("https://h.example/portal/api/admin/sessions")});
        QCOMPARE(AdminEndpointSource::origin(QUrl{QStringLiteral("https://H.example/portal/")}),
            QStringLiteral("https://h.example:443"));
    }

private:
    void useTls(TestHttpServer& server)
    {
        QFile certFile{m_certDir.filePath(QStringLiteral("cert.pem"))};
        QFile keyFile{m_certDir.filePath(QStringLiteral("key.pem"))};
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        server.useTls(
            QSslCertificate{&certFile, QSsl::Pem}, QSslKey{&keyFile, QSsl::Rsa, QSsl::Pem});
    }

    QTemporaryDir m_certDir;
};

QTEST_GUILESS_MAIN(TestAdminEndpointSource)
#include "tst_adminendpointsource.moc"
