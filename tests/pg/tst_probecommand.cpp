// `opsdash probe` end to end against the throwaway cluster: the findings, the exit
// statuses of docs/cli.md and the one-line reasons.
#include "support/ReportFindings.h"
#include "support/RunOpsdash.h"
#include "support/SchemaCheck.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>
#include <memory>

namespace {

QString shared()
{
    return qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO");
}

} // namespace

class TestProbeCommand final : public QObject
{
    Q_OBJECT

private slots:
    void overCommittedSignOffFailsWithTheNumbers()
    {
        const OpsdashRun run
            = runOpsdash({QStringLiteral("probe"), QStringLiteral("--db"), shared()});
        OPSDASH_COMPARE_EXIT(run, 1);
        QVERIFY2(run.out.contains(QStringLiteral("server.capacity")), qPrintable(run.out));
        QVERIFY2(run.out.contains(
                     QStringLiteral("150 web + 50 scheduling + 1 monitor = 201 > 197 usable")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("OVER-COMMITTED by 4")), qPrintable(run.out));
    }

    void jsonCarriesEveryFindingField()
    {
        const OpsdashRun run
            = runOpsdash({QStringLiteral("probe"), QStringLiteral("--db"), shared(),
                QStringLiteral("--duration"), QStringLiteral("2"), QStringLiteral("--interval"),
                QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
        OPSDASH_COMPARE_EXIT(run, 1);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QString violations
            = schemaViolations(QStringLiteral("probe.schema.json"), run.out.toUtf8());
        QVERIFY2(violations.isEmpty(), qPrintable(violations));

        QVERIFY(report.value(QStringLiteral("window"))
                    .toObject()
                    .value(QStringLiteral("samples"))
                    .toInt()
            >= 2);
        QCOMPARE(report.value(QStringLiteral("server"))
                     .toObject()
                     .value(QStringLiteral("maxConnections"))
                     .toInt(),
            200);
        QCOMPARE(report.value(QStringLiteral("capacity"))
                     .toObject()
                     .value(QStringLiteral("usable"))
                     .toInt(),
            197);
        QCOMPARE(report.value(QStringLiteral("capacity"))
                     .toObject()
                     .value(QStringLiteral("overCommitted"))
                     .toBool(),
            true);

        const QStringList checks{QStringLiteral("server.maxConnections"),
            QStringLiteral("server.capacity"), QStringLiteral("live.web.budget"),
            QStringLiteral("live.scheduling.budget"), QStringLiteral("live.total.capacity")};
        for (const QString& check : checks) {
            const QJsonObject finding = findingOf(report, check);
            QVERIFY2(!finding.isEmpty(), qPrintable(check));
            for (const char* field :
                {"check", "plane", "status", "expected", "actual", "evidence", "firstSeen"})
                QVERIFY2(finding.contains(QLatin1String{field}),
                    qPrintable(check + u' ' + QLatin1String{field}));
        }
        QCOMPARE(findingOf(report, QStringLiteral("server.capacity"))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("fail"));
    }

    void poolWithoutSessionsIsNotCheckedNeverPassed()
    {
        // Other tests share this cluster and may open postgres.js sessions: point the web
        // pool at an application_name nobody uses.
        QFile defaults{QStringLiteral(OPSDASH_SOURCE_DIR "/resources/baselines/default.json")};
        QVERIFY(defaults.open(QIODevice::ReadOnly));
        QByteArray json = defaults.readAll();
        QVERIFY(json.contains(R"("value": "postgres.js")"));
        json.replace(R"("value": "postgres.js")", R"("value": "tst-probe-nobody")");
        QTemporaryDir dir;
        QFile baseline{dir.filePath(QStringLiteral("baseline.json"))};
        QVERIFY(baseline.open(QIODevice::WriteOnly));
        baseline.write(json);
        baseline.close();

        const OpsdashRun run = runOpsdash({QStringLiteral("probe"), QStringLiteral("--db"),
            shared(), QStringLiteral("--baseline"), baseline.fileName(), QStringLiteral("--format"),
            QStringLiteral("json")});
        OPSDASH_COMPARE_EXIT(run, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject web = findingOf(report, QStringLiteral("live.web.budget"));
        QCOMPARE(web.value(QStringLiteral("status")).toString(), QStringLiteral("not-checked"));
        QVERIFY(web.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("application_name")));
    }

    void connectionErrorsExitTwoWithLibpqsReason_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong password") << qEnvironmentVariable("OPSDASH_TEST_PG_TCP_CONNINFO")
                + QStringLiteral(" password=wrong")
                                        << "password authentication failed";
        QTest::newRow("nothing listening") << "host=127.0.0.1 port=1 dbname=postgres"
                                           << "refused";
        QTest::newRow("invalid conninfo") << "hostx=1"
                                          << "invalid connection option";
        QTest::newRow("unknown database")
            << shared() + QStringLiteral(" dbname=nosuchdb") << "nosuchdb";
    }
    void connectionErrorsExitTwoWithLibpqsReason()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, reason);
        const OpsdashRun run
            = runOpsdash({QStringLiteral("probe"), QStringLiteral("--db"), conninfo});
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        QVERIFY2(!run.err.contains(QStringLiteral("password=wrong")), "a password is echoed back");
        QVERIFY(run.out.isEmpty());
    }

    // libpq resolves what PostgreSQL users already have: opsdash passes it through.
    void targetsAsPostgresqlUsersWriteThem_data()
    {
        const QString port = qEnvironmentVariable("OPSDASH_TEST_PG_PORT");
        const QString password = qEnvironmentVariable("OPSDASH_TEST_PG_PASSWORD");
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("pgpass"); // contents of a PGPASSFILE, or empty
        QTest::addColumn<QString>("service"); // contents of a PGSERVICEFILE, or empty
        QTest::newRow("URI with the password in .pgpass")
            << QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(port)
            << QStringLiteral("127.0.0.1:%1:*:postgres:%2\n").arg(port, password) << QString{};
        QTest::newRow("service file naming host, port and user")
            << QStringLiteral("service=opsdash_test")
            << QStringLiteral("127.0.0.1:%1:*:postgres:%2\n").arg(port, password)
            << QStringLiteral(
                   "[opsdash_test]\nhost=127.0.0.1\nport=%1\nuser=postgres\ndbname=postgres\n")
                   .arg(port);
        QTest::newRow("nothing but the PG* environment") << QString{} << QString{} << QString{};
    }
    void targetsAsPostgresqlUsersWriteThem()
    {
        QFETCH(QString, db);
        QFETCH(QString, pgpass);
        QFETCH(QString, service);
        QTemporaryDir dir;
        QStringList environment;
        const auto writeFile = [&](const char* name, const QString& contents) {
            QFile file{dir.filePath(QLatin1String{name})};
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents.toUtf8());
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // libpq insists
        };
        if (!pgpass.isEmpty()) {
            writeFile("pgpass", pgpass);
            environment << QStringLiteral("PGPASSFILE=") + dir.filePath(QStringLiteral("pgpass"));
        }
        if (!service.isEmpty()) {
            writeFile("pg_service.conf", service);
            environment << QStringLiteral("PGSERVICEFILE=")
                    + dir.filePath(QStringLiteral("pg_service.conf"));
        }
        QStringList arguments{QStringLiteral("probe")};
        if (!db.isEmpty())
            arguments << QStringLiteral("--db") << db;
        const OpsdashRun run = runOpsdash(arguments, 60000, environment);
        OPSDASH_COMPARE_EXIT(run, 1); // reached: the over-commit fails
        QVERIFY2(run.out.contains(QStringLiteral("server.capacity")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(qEnvironmentVariable("OPSDASH_TEST_PG_PASSWORD")),
            "the password is shown");
    }

    // live.web.idleTimeout against a real server: a postgres.js connection this test holds
    // idle past a 1 s idle_timeout (+1 s grace) fails the rule; one kept busy does not.
    void idleTimeoutRuleFiresOnlyOnAnIdleConnection_data()
    {
        QTest::addColumn<bool>("keepBusy");
        QTest::addColumn<QString>("status");
        QTest::newRow("held idle past idle_timeout") << false << "fail";
        QTest::newRow("kept busy the whole window") << true << "pass";
    }
    void idleTimeoutRuleFiresOnlyOnAnIdleConnection()
    {
        QFETCH(bool, keepBusy);
        QFETCH(QString, status);
        QFile defaults{QStringLiteral(OPSDASH_SOURCE_DIR "/resources/baselines/default.json")};
        QVERIFY(defaults.open(QIODevice::ReadOnly));
        QByteArray json = defaults.readAll();
        const QByteArray idle = R"("idle_timeout": { "value": 30, "unit": "s" })";
        const QByteArray grace = R"("grace": { "value": 60, "unit": "s" })";
        QVERIFY(json.contains(idle) && json.contains(grace));
        json.replace(idle, R"("idle_timeout": { "value": 1, "unit": "s" })");
        json.replace(grace, R"("grace": { "value": 1, "unit": "s" })");
        QTemporaryDir dir;
        QFile baseline{dir.filePath(QStringLiteral("baseline.json"))};
        QVERIFY(baseline.open(QIODevice::WriteOnly));
        baseline.write(json);
        baseline.close();

        const QByteArray conninfo = shared().toUtf8();
        const char* keywords[] = {"dbname", "application_name", nullptr};
        const char* values[] = {conninfo.constData(), "postgres.js", nullptr};
        std::unique_ptr<PGconn, decltype(&PQfinish)> web{
            PQconnectdbParams(keywords, values, 1), &PQfinish};
        QVERIFY2(PQstatus(web.get()) == CONNECTION_OK, PQerrorMessage(web.get()));
        if (keepBusy)
            QVERIFY(PQsendQuery(web.get(), "SELECT pg_sleep(30)") == 1);

        const OpsdashRun run = runOpsdash({QStringLiteral("probe"), QStringLiteral("--db"),
            shared(), QStringLiteral("--baseline"), baseline.fileName(),
            QStringLiteral("--duration"), QStringLiteral("4"), QStringLiteral("--interval"),
            QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
        if (keepBusy) {
            PGcancel* cancel = PQgetCancel(web.get());
            char error[256];
            PQcancel(cancel, error, sizeof error);
            PQfreeCancel(cancel);
        }
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject rule = findingOf(report, QStringLiteral("live.web.idleTimeout"));
        QCOMPARE(rule.value(QStringLiteral("status")).toString(), status);
        if (!keepBusy) {
            QVERIFY2(rule.value(QStringLiteral("evidence"))
                         .toString()
                         .contains(QStringLiteral("pid %1 idle").arg(PQbackendPID(web.get()))),
                qPrintable(rule.value(QStringLiteral("evidence")).toString()));
        }
    }

    void snapshotOfTheDashboardOnTheCluster()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("dashboard.png"));
        const OpsdashRun run = runOpsdash({QStringLiteral("snapshot"), QStringLiteral("--db"),
            shared(), QStringLiteral("--out"), png, QStringLiteral("--wait"), QStringLiteral("3")});
        OPSDASH_COMPARE_EXIT(run, 0);
        QVERIFY(QFile::exists(png));
        QVERIFY2(!run.out.contains(QStringLiteral("password")), qPrintable(run.out));
    }

    void badOptionsExitTwo_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("reason");
        QTest::newRow("interval below one second")
            << QStringList{QStringLiteral("--interval"), QStringLiteral("0")} << "--interval";
        QTest::newRow("interval above a minute")
            << QStringList{QStringLiteral("--interval"), QStringLiteral("61")} << "--interval";
        QTest::newRow("duration not a number")
            << QStringList{QStringLiteral("--duration"), QStringLiteral("soon")} << "--duration";
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << "--format";
        QTest::newRow("broken baseline") << QStringList{QStringLiteral("--baseline"),
            QStringLiteral(OPSDASH_TEST_DATA_DIR "/baselines/syntax-error-line3.json")}
                                         << "syntax-error-line3.json:3:";
    }
    void badOptionsExitTwo()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, reason);
        const OpsdashRun run = runOpsdash(
            QStringList{QStringLiteral("probe"), QStringLiteral("--db"), shared()} + extra);
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestProbeCommand)
#include "tst_probecommand.moc"
