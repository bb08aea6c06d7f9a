// `opsdash sessions` end to end: the real binary against a test HTTP server on 127.0.0.1
// and against the PostgreSQL fixture. Exit 0 with rows, 1 when someone is about to be
// logged out or the canary disagrees, 2 with a one-line reason on any source error.
#include "SessionPayloads.h"
#include "SessionsTableFixture.h"
#include "TestHttpServer.h"
#include "support/PgExec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>
#include <memory>

using namespace opsdash::test;

namespace {

const QByteArray kPath{"/api/admin/sessions"};

struct Run
{
    int exitCode{-1};
    QString out;
    QString err;
};

// Runs opsdash without blocking the event loop, so the in-process server can answer.
Run runOpsdash(const QStringList& arguments, const QMap<QString, QString>& environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OPSDASH_SESSIONS_TOKEN"));
    env.remove(QStringLiteral("OPSDASH_CANARY_COOKIE"));
    // No keychain in these runs: secrets come from the environment or are missing.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=/nonexistent/opsdash-no-bus"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    QSignalSpy finished{&process, &QProcess::finished};
    process.start(
        QStringLiteral(OPSDASH_BINARY), QStringList{QStringLiteral("sessions")} + arguments);
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QMap<QString, QString> withToken()
{
    return {{QStringLiteral("OPSDASH_SESSIONS_TOKEN"), QStringLiteral("cli-token")}};
}

QByteArray calmPayload(const QDateTime& serverTime)
{
    const QDateTime t = serverTime;
    QJsonArray sessions{
        sessionJson(QStringLiteral("tok-ann"), QStringLiteral("ann@example.com"), t.addSecs(-60),
            t.addSecs(-5), t.addSecs(3 * 3600)),
        sessionJson(QStringLiteral("tok-ben"), QStringLiteral("ben@example.com"), t.addSecs(-60),
            t.addSecs(-5), t.addSecs(40 * 60)),
    };
    return QJsonDocument{QJsonObject{{QStringLiteral("serverTime"), isoMs(serverTime)},
                             {QStringLiteral("sessions"), sessions}}}
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSessionsCommand final : public QObject
{
    Q_OBJECT

private slots:
    void urlPrintsSummaryAndRowsNearestFirst()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        // A server clock 2 h behind the desktop: time left must not move.
        const QDateTime serverTime = QDateTime::currentDateTimeUtc().addSecs(-7200);
        server.route(kPath, HttpReply::json(calmPayload(serverTime)));
        const Run run
            = runOpsdash({QStringLiteral("--url"), server.baseUrl().toString()}, withToken());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(
            run.out.contains(QStringLiteral("2 active · 1 expire within 1 h · 0 within 15 min")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("ahead of the server")), qPrintable(run.out));
        QVERIFY(run.out.indexOf(QStringLiteral("ben@example.com"))
            < run.out.lastIndexOf(QStringLiteral("ann@example.com")));
        QVERIFY2(run.out.contains(QStringLiteral("40 min 0 s"))
                || run.out.contains(QStringLiteral("39 min")),
            qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("tok-")), "a session id was printed");
        QVERIFY2(run.out.contains(QStringLiteral("live.session.maxAge  not-checked")),
            qPrintable(run.out));
        QCOMPARE(
            server.requests.at(0).headers.value("authorization"), QByteArray{"Bearer cli-token"});
    }

    void jsonOutputFollowsTheSchemaShape()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(kPath, HttpReply::json(calmPayload(QDateTime::currentDateTimeUtc())));
        const Run run = runOpsdash({QStringLiteral("--url"), server.baseUrl().toString(),
                                       QStringLiteral("--format"), QStringLiteral("json")},
            withToken());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QJsonParseError error{};
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report.value(QStringLiteral("source"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
            QStringLiteral("admin-endpoint"));
        QCOMPARE(report.value(QStringLiteral("source"))
                     .toObject()
                     .value(QStringLiteral("serverClock"))
                     .toString(),
            QStringLiteral("serverTime"));
        const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("active")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("warn")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("histogram"))
                     .toObject()
                     .value(QStringLiteral("counts"))
                     .toArray()
                     .size(),
            24);
        const QJsonArray sessions = report.value(QStringLiteral("sessions")).toArray();
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(0).toObject().value(QStringLiteral("user")).toString(),
            QStringLiteral("ben@example.com"));
        QCOMPARE(sessions.at(0).toObject().value(QStringLiteral("bucket")).toString(),
            QStringLiteral("warn"));
        QCOMPARE(sessions.at(0).toObject().value(QStringLiteral("hash")).toString().size(), 12);
        QVERIFY(!run.out.contains(QStringLiteral("tok-")));
        const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("check")).toString(),
            QStringLiteral("live.session.maxAge"));
    }

    void exitStatus_data()
    {
        QTest::addColumn<int>("status"); // the admin endpoint's HTTP status; 200 = critical payload
        QTest::addColumn<qint64>("canaryIdleSeconds"); // 0: no canary configured
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("401 exits 2 naming the URL") << 401 << qint64{0} << 2 << "unauthorized";
        QTest::newRow("500 exits 2") << 500 << qint64{0} << 2 << "server-error";
        QTest::newRow("a session under 15 min exits 1")
            << 200 << qint64{0} << 1 << "1 within 15 min";
        QTest::newRow("a canary at maxAge passes")
            << 201 << qint64{86400} << 0 << "live.session.maxAge  pass";
        QTest::newRow("a canary at 30 days fails with 1")
            << 201 << qint64{30 * 86400} << 1 << "live.session.maxAge  fail";
    }
    void exitStatus()
    {
        QFETCH(int, status);
        QFETCH(qint64, canaryIdleSeconds);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        TestHttpServer server;
        QVERIFY(server.start());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (status == 200)
            server.route(kPath, HttpReply::json(goodPayload(now))); // 5 min left for carol
        else if (status == 201)
            server.route(kPath, HttpReply::json(calmPayload(now)));
        else
            server.route(kPath, HttpReply::json("{}", status));
        QMap<QString, QString> environment = withToken();
        if (canaryIdleSeconds > 0) {
            environment.insert(QStringLiteral("OPSDASH_CANARY_COOKIE"),
                QStringLiteral("next-auth.session-token=c"));
            server.route("/api/auth/session",
                HttpReply::json(R"({"expires": ")"
                    + now.addSecs(canaryIdleSeconds).toString(Qt::ISODate).toLatin1() + R"("})")
                    .header("Date", httpDate(now)));
        }
        const Run run
            = runOpsdash({QStringLiteral("--url"), server.baseUrl().toString()}, environment);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err + run.out));
        const QString text = exitCode == 2 ? run.err : run.out;
        QVERIFY2(text.contains(says), qPrintable(text + run.err));
        if (exitCode == 2) {
            QCOMPARE(run.err.trimmed().count(u'\n'), 0);
            QVERIFY2(run.err.contains(server.baseUrl().toString()), qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
            QVERIFY(!run.err.contains(QStringLiteral("cli-token")));
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("token");
        QTest::addColumn<QString>("says");
        QTest::newRow("neither --url nor --db")
            << QStringList{} << true << "exactly one of --url or --db";
        QTest::newRow("both --url and --db") << QStringList{QStringLiteral("--url"),
            QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--db"), QStringLiteral("host=/x")}
                                             << true << "exactly one";
        QTest::newRow("no token anywhere")
            << QStringList{QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1")} << false
            << "OPSDASH_SESSIONS_TOKEN is not set";
        QTest::newRow("a token in the URL is refused")
            << QStringList{QStringLiteral("--url"), QStringLiteral("http://u:pw@127.0.0.1:1")}
            << true << "credentials";
        QTest::newRow("nothing listening")
            << QStringList{QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1")} << true
            << "connection-refused";
        QTest::newRow("bad format") << QStringList{QStringLiteral("--url"),
            QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--format"), QStringLiteral("xml")}
                                    << true << "--format";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, token);
        QFETCH(QString, says);
        const Run run = runOpsdash(arguments, token ? withToken() : QMap<QString, QString>{});
        QVERIFY2(run.exitCode == 2, qPrintable(run.err + run.out));
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    }

    void dbReadsTheTableTheBaselineNames()
    {
        if (qEnvironmentVariableIsEmpty("OPSDASH_TEST_PG_CONNINFO"))
            QSKIP("needs the pg fixture");
        const QByteArray schema
            = "opsdash_cli_" + QByteArray::number(QCoreApplication::applicationPid());
        QVERIFY(pgExecOnFixture("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA "
            + schema + "; CREATE TABLE " + schema
            + R"(."Session" (id text PRIMARY KEY, "sessionToken" text NOT NULL, "userId" text NOT NULL, expires timestamp(3) NOT NULL);)"
            + "INSERT INTO " + schema
            + R"(."Session" VALUES ('1', 'tok-live', 'user-live', (now() AT TIME ZONE 'UTC') + interval '3 hours'), ('2', 'tok-old', 'user-old', (now() AT TIME ZONE 'UTC') - interval '1 hour'))"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("baseline.json"));
        QVERIFY(writeBaselineNamingSchema(path, QString::fromLatin1(schema)));

        const QString conninfo = qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO");
        const Run run = runOpsdash({QStringLiteral("--db"), conninfo, QStringLiteral("--baseline"),
            path, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("source"))
                     .toObject()
                     .value(QStringLiteral("serverClock"))
                     .toString(),
            QStringLiteral("database-now"));
        const QJsonArray sessions = report.value(QStringLiteral("sessions")).toArray();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.at(0).toObject().value(QStringLiteral("user")).toString(),
            QStringLiteral("user-live"));
        QVERIFY(!run.out.contains(QStringLiteral("tok-")));

        // The built-in baseline names public."Session", which the fixture does not have.
        const Run missing = runOpsdash({QStringLiteral("--db"), conninfo});
        QVERIFY2(missing.exitCode == 2, qPrintable(missing.err + missing.out));
        QVERIFY2(missing.err.contains(QStringLiteral("missing-table")), qPrintable(missing.err));
        QVERIFY2(
            missing.err.contains(QStringLiteral("sessionsTable.table")), qPrintable(missing.err));
        QCOMPARE(missing.err.trimmed().count(u'\n'), 0);
        pgExecOnFixture("DROP SCHEMA " + schema + " CASCADE");
    }
};

QTEST_GUILESS_MAIN(TestSessionsCommand)
#include "tst_sessionscommand.moc"
