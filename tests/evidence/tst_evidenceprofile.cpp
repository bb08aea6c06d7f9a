// `opsdash evidence --profile NAME` asks the session sources the window asks for that
// profile: the sessions table through the monitoring connection when the profile reads it,
// and the canary at the profile's canary URL (cookie from the real keychain, as the window
// reads it). Real PostgreSQL fixture, real gnome-keyring, a real HTTP server on 127.0.0.1.
#include "model/Profile.h"
#include "secrets/ProfileSecrets.h"
#include "secrets/ProfileStore.h"
#include "sessions/SessionsTableFixture.h"
#include "sessions/TestHttpServer.h"
#include "support/PgExec.h"
#include "support/ReportFindings.h"
#include "support/RunOpsdash.h"
#include "support/SchemaCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>
#include <memory>

using namespace opsdash;
using namespace opsdash::test;

namespace {

constexpr char kCookie[] = "next-auth.session-token=evidence-profile-canary";

// How the canary's server answers in a row of canaryUrlGivesTheLiveMaxAgeFinding.
enum class CanaryAnswer { Expires24h, Expires1h, ServerError, Refused };

} // namespace

class TestEvidenceProfile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        shareSettingsWithTheExecutable();
        QVERIFY2(qEnvironmentVariableIsSet("OPSDASH_TEST_PG_CONNINFO"),
            "run through ctest (fixture pg)");
        qunsetenv("OPSDASH_SESSIONS_TOKEN");
        qunsetenv("OPSDASH_CANARY_COOKIE");
        m_admin.reset(PQconnectdb(qgetenv("OPSDASH_TEST_PG_CONNINFO").constData()));
        QCOMPARE(PQstatus(m_admin.get()), CONNECTION_OK);

        // A sessions table of the test's own (Prisma's shape): three live sessions, one
        // expired, and a baseline that names it.
        m_schema = QStringLiteral("evidence_profile_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(pgExec(m_admin.get(),
            QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1").arg(m_schema)));
        QVERIFY(pgExec(m_admin.get(), prismaSessionsSql(m_schema)));
        QVERIFY(m_dir.isValid());
        m_baselinePath = m_dir.filePath(QStringLiteral("baseline.json"));
        QVERIFY(writeBaselineNamingSchema(m_baselinePath, m_schema));
    }

    void cleanupTestCase()
    {
        if (m_admin)
            pgExec(m_admin.get(), QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema));
    }

    void sessionsComeFromTheTableOnlyWhenTheProfileReadsIt_data()
    {
        QTest::addColumn<bool>("readsTable");
        QTest::newRow("sessions table ticked: the table's sessions are listed") << true;
        QTest::newRow("sessions table unticked: no source, with the reason") << false;
    }
    void sessionsComeFromTheTableOnlyWhenTheProfileReadsIt()
    {
        QFETCH(bool, readsTable);
        Profile target = profile(QStringLiteral("table %1").arg(readsTable));
        target.sessionsTable = readsTable;
        ProfileStore{}.save(target);

        int exitCode = -1;
        const QJsonObject report = runEvidence(target.name, &exitCode);
        QVERIFY(!report.isEmpty());
        QCOMPARE(exitCode, 1); // the sign-off's 150 + 50 on 200 slots: server.capacity fails
        const QJsonObject sessions = report.value(QStringLiteral("sessions")).toObject();
        if (readsTable) {
            QVERIFY2(sessions.value(QStringLiteral("available")).toBool(),
                qPrintable(sessions.value(QStringLiteral("reason")).toString()));
            QCOMPARE(sessions.value(QStringLiteral("sourceKind")).toString(),
                QStringLiteral("sessions-table"));
            QCOMPARE(sessions.value(QStringLiteral("active")).toInt(), 3); // dave's has expired
        } else {
            QVERIFY(!sessions.value(QStringLiteral("available")).toBool());
            QVERIFY2(sessions.value(QStringLiteral("reason"))
                         .toString()
                         .contains(QLatin1String{"does not read the sessions table"}),
                qPrintable(sessions.value(QStringLiteral("reason")).toString()));
        }
        // No canary URL in the profile: not asked, and said so.
        const QJsonObject canary = findingOf(report, QStringLiteral("live.session.maxAge"));
        QCOMPARE(canary.value(QStringLiteral("status")).toString(), QStringLiteral("not-checked"));
        QVERIFY2(
            canary.value(QStringLiteral("reason")).toString().contains(QLatin1String{"canary URL"}),
            qPrintable(canary.value(QStringLiteral("reason")).toString()));
    }

    void canaryUrlGivesTheLiveMaxAgeFinding_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("inActual"); // or in the reason, for a canary that failed
        QTest::newRow("expires now + 24 h: pass, with the idle limit")
            << int(CanaryAnswer::Expires24h) << "pass"
            << "86400 s";
        QTest::newRow("expires now + 1 h: fail, with the idle limit")
            << int(CanaryAnswer::Expires1h) << "fail"
            << "3600 s";
        QTest::newRow("HTTP 500: unknown, with the status as the reason")
            << int(CanaryAnswer::ServerError) << "unknown"
            << "500";
        QTest::newRow("connection refused: unknown, with the reason")
            << int(CanaryAnswer::Refused) << "unknown"
            << "";
    }
    void canaryUrlGivesTheLiveMaxAgeFinding()
    {
        QFETCH(int, answer);
        QFETCH(QString, status);
        QFETCH(QString, inActual);

        TestHttpServer server;
        QVERIFY(server.start());
        const QUrl canaryUrl = server.baseUrl();
        const QDateTime now
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        switch (static_cast<CanaryAnswer>(answer)) {
        case CanaryAnswer::Expires24h:
            server.route("/api/auth/session", canarySessionReply(now, 86400));
            break;
        case CanaryAnswer::Expires1h:
            server.route("/api/auth/session", canarySessionReply(now, 3600));
            break;
        case CanaryAnswer::ServerError:
            server.route("/api/auth/session", HttpReply::json("{}", 500));
            break;
        case CanaryAnswer::Refused:
            server.close(); // the port was ours a moment ago: nothing listens there now
            break;
        }

        // A canary URL and no admin URL: the canary is asked even so, as in the window.
        Profile target = profile(QStringLiteral("canary %1").arg(answer));
        target.sessionsTable = true;
        target.canaryUrl = canaryUrl.toString();
        ProfileStore{}.save(target);
        ProfileSecrets secrets;
        QSignalSpy saved{&secrets, &ProfileSecrets::saved};
        secrets.save(target, ProfileSecrets::Secrets{{}, {}, QByteArray{kCookie}});
        QVERIFY(saved.wait(20000));
        QVERIFY2(saved.at(0).at(1).toStringList().isEmpty(),
            qPrintable(saved.at(0).at(1).toStringList().join(u'\n')));

        int exitCode = -1;
        const QJsonObject report = runEvidence(target.name, &exitCode);
        QVERIFY(!report.isEmpty());
        QCOMPARE(exitCode, 1);
        QCOMPARE(report.value(QStringLiteral("sessions"))
                     .toObject()
                     .value(QStringLiteral("sourceKind"))
                     .toString(),
            QStringLiteral("sessions-table"));

        const QJsonObject canary = findingOf(report, QStringLiteral("live.session.maxAge"));
        const QString actual = canary.value(QStringLiteral("actual")).toString();
        const QString reason = canary.value(QStringLiteral("reason")).toString();
        QCOMPARE(canary.value(QStringLiteral("status")).toString(), status);
        if (status == QLatin1String{"unknown"}) {
            QVERIFY2(!reason.isEmpty(), "a canary that failed says why");
            QVERIFY2(reason.contains(inActual), qPrintable(reason));
        } else {
            QVERIFY2(actual.contains(inActual), qPrintable(actual));
        }
        // The profile's cookie from the keychain went to the canary URL, and nowhere else.
        if (static_cast<CanaryAnswer>(answer) != CanaryAnswer::Refused) {
            QVERIFY(!server.requests.isEmpty());
            for (const HttpRequest& request : server.requests) {
                QCOMPARE(request.path, QByteArray{"/api/auth/session"});
                QVERIFY(request.headers.value("cookie").contains("evidence-profile-canary"));
            }
        }
    }

private:
    Profile profile(const QString& name) const
    {
        Profile profile;
        profile.name = name;
        profile.style = Profile::ConnectionStyle::Conninfo;
        profile.conninfo = qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO");
        profile.baselineFile = m_baselinePath;
        profile.intervalSeconds = 1;
        return profile;
    }

    // report.json of `opsdash evidence --profile NAME`, checked against its schema; empty
    // (with the reason logged) when there is none.
    QJsonObject runEvidence(const QString& profileName, int* exitCode)
    {
        const QString out = m_dir.filePath(QStringLiteral("evidence-%1").arg(++m_runs));
        const OpsdashRun run = runOpsdashServing(
            {QStringLiteral("evidence"), QStringLiteral("--out"), out, QStringLiteral("--profile"),
                profileName, QStringLiteral("--duration"), QStringLiteral("2")},
            180000);
        *exitCode = run.exitCode;
        QFile file{out + QStringLiteral("/report.json")};
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("no report.json (exit %d): %s", run.exitCode, qPrintable(run.err + run.out));
            return {};
        }
        const QByteArray json = file.readAll();
        if (const QString violations
            = schemaViolations(QStringLiteral("evidence.schema.json"), json);
            !violations.isEmpty()) {
            qWarning("report.json against its schema: %s", qPrintable(violations));
            return {};
        }
        return QJsonDocument::fromJson(json).object();
    }

    std::unique_ptr<PGconn, decltype(&PQfinish)> m_admin{nullptr, &PQfinish};
    QString m_schema;
    QTemporaryDir m_dir;
    QString m_baselinePath;
    int m_runs{0};
};

QTEST_GUILESS_MAIN(TestEvidenceProfile)
#include "tst_evidenceprofile.moc"
