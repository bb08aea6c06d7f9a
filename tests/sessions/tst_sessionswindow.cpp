// The window's Sessions panel fed from the sessions table through the target's monitor, on
// the shared throwaway cluster: the panel shows the table's live rows and opsdash still
// holds exactly one backend (pid list from pg_stat_activity); with an admin URL as well, the
// admin endpoint is shown; and `opsdash snapshot --db` reaches the same code.
#include "SessionPayloads.h"
#include "SessionsTableFixture.h"
#include "TestHttpServer.h"
#include "gui/sessions/SessionsModel.h"
#include "gui/sessions/SessionsPanel.h"
#include "gui/window/MainWindow.h"
#include "model/BaselineLoader.h"
#include "model/Profile.h"
#include "pg/ActivityMonitor.h"
#include "support/DefaultBaseline.h"
#include "support/PgExec.h"
#include "support/RunOpsdash.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>
#include <memory>

using namespace opsdash;
using namespace opsdash::test;

class TestSessionsWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sessionswindow"));
        QSettings{}.clear();
        QVERIFY2(qEnvironmentVariableIsSet("OPSDASH_TEST_PG_CONNINFO"),
            "run through ctest (fixture pg)");
        m_conninfo = qgetenv("OPSDASH_TEST_PG_CONNINFO");
        m_admin.reset(PQconnectdb(m_conninfo.constData()));
        QCOMPARE(PQstatus(m_admin.get()), CONNECTION_OK);
        // A schema of its own, with a space and capitals so the names need quoting.
        m_schema = QStringLiteral("Sessions Window %1").arg(QCoreApplication::applicationPid());
        const QString schema = quoted(m_schema);
        QVERIFY(pgExec(m_admin.get(),
            QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1").arg(schema)));
        // Prisma's shape, as the built-in baseline names it.
        QVERIFY(pgExec(m_admin.get(), prismaSessionsSql(schema)));
    }

    void cleanupTestCase()
    {
        if (m_admin)
            pgExec(m_admin.get(),
                QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(quoted(m_schema)));
    }

    void tableSourceRidesOnTheMonitorsOneBackend()
    {
        // A profile with the "sessions table" box ticked and no admin URL.
        Profile profile;
        profile.name = QStringLiteral("sessions table");
        profile.style = Profile::ConnectionStyle::Conninfo;
        profile.conninfo = QString::fromUtf8(m_conninfo);
        profile.sessionsTable = true;
        profile.intervalSeconds = 1;
        MainWindow window{baseline(), profile.toTargetOptions()};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        SessionsPanel* panel = window.sessionsPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->sourceState(), SessionsPanel::SourceState::Fresh, 20000);
        QCOMPARE(panel->sourceKind(), SessionsPanel::SourceKind::SessionsTable);
        QVERIFY2(labelText(*panel, "sessionsTitle").contains(QStringLiteral("sessions table")),
            qPrintable(labelText(*panel, "sessionsTitle")));
        QCOMPARE(panel->model()->rowCount(), 3); // dave's session has expired
        QVERIFY(panel->summaryText().contains(QStringLiteral("3 active")));

        // Exactly one opsdash backend, the monitor's, however often the table is read.
        for (int round = 0; round < 3; ++round) {
            QSignalSpy finished{panel->source(), &LoginSessionSource::finished};
            QVERIFY(panel->source()->fetchNow());
            QVERIFY(finished.wait(20000));
            QCOMPARE(panel->sourceState(), SessionsPanel::SourceState::Fresh);
            QCOMPARE(opsdashPids(), QString::number(window.monitor()->backendPid()));
        }
        // And that backend is the one that read the table.
        const QString ranBy = QStringLiteral(
            "SELECT coalesce(string_agg(pid::text, ','), '') FROM pg_stat_activity WHERE "
            "application_name = 'opsdash' AND query LIKE '%sessionToken%' AND query LIKE "
            "'%Sessions Window%'");
        QTRY_VERIFY_WITH_TIMEOUT(!pgScalar(m_admin.get(), ranBy).isEmpty(), 20000);
        QCOMPARE(pgScalar(m_admin.get(), ranBy), QString::number(window.monitor()->backendPid()));
    }

    void adminEndpointIsShownWhenBothAreGiven()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(
            "/api/admin/sessions", HttpReply::json(goodPayload(QDateTime::currentDateTimeUtc())));
        qputenv("OPSDASH_SESSIONS_TOKEN", "tst-sessionswindow-token");
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = QString::fromUtf8(m_conninfo);
        options.sessionsTable = true;
        options.sessionsUrl = server.baseUrl().toString();
        MainWindow window{baseline(), options};
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionsPanel* panel = window.sessionsPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->sourceState(), SessionsPanel::SourceState::Fresh, 20000);
        QCOMPARE(panel->sourceKind(), SessionsPanel::SourceKind::AdminEndpoint);
        QVERIFY2(labelText(*panel, "sessionsTitle").contains(QStringLiteral("admin endpoint")),
            qPrintable(labelText(*panel, "sessionsTitle")));
        QTRY_VERIFY_WITH_TIMEOUT(window.monitor()->backendPid() != 0, 20000);
        QCOMPARE(opsdashPids(), QString::number(window.monitor()->backendPid()));
        qunsetenv("OPSDASH_SESSIONS_TOKEN");
    }

    void switchingToNoDatabaseDropsTheTableSource()
    {
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = QString::fromUtf8(m_conninfo);
        options.sessionsTable = true;
        MainWindow window{baseline(), options};
        SessionsPanel* panel = window.sessionsPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->sourceState(), SessionsPanel::SourceState::Fresh, 20000);
        window.setTarget(TargetOptions{});
        QCOMPARE(panel->sourceKind(), SessionsPanel::SourceKind::None);
        QCOMPARE(panel->sourceState(), SessionsPanel::SourceState::None);
        QTRY_COMPARE_WITH_TIMEOUT(opsdashPids(), QString{}, 20000);
    }

    // The command line's --db (no --sessions) reaches the same code: the snapshot's Sessions
    // panel reads the table through the monitor (its debug log shows the query).
    void snapshotWithDbReadsTheTable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file{QStringLiteral(":/baselines/default.json")};
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject table = json.value(QStringLiteral("sessionsTable")).toObject();
        table.insert(QStringLiteral("schema"), m_schema);
        json.insert(QStringLiteral("sessionsTable"), table);
        const QString baselinePath = dir.filePath(QStringLiteral("baseline.json"));
        QFile out{baselinePath};
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument{json}.toJson());
        out.close();

        const QString png = dir.filePath(QStringLiteral("sessions.png"));
        const OpsdashRun run = runOpsdash(
            {QStringLiteral("snapshot"), QStringLiteral("--db"), QString::fromUtf8(m_conninfo),
                QStringLiteral("--baseline"), baselinePath, QStringLiteral("--panel"),
                QStringLiteral("sessions"), QStringLiteral("--wait"), QStringLiteral("4"),
                QStringLiteral("--out"), png},
            90000, {QStringLiteral("QT_LOGGING_RULES=opsdash.sessions.debug=true")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("sessions query:"))
                && run.err.contains(QStringLiteral("\"Sessions Window")),
            qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("tok-")));
        QVERIFY(!QImage{png}.isNull());
        QFile::copy(png, QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/snapshot-sessions-table.png"));
    }

private:
    Baseline baseline() const
    {
        Baseline b = defaultBaseline();
        b.sessionsTable.schema = m_schema;
        return b;
    }

    static QString labelText(const QWidget& root, const char* objectName)
    {
        const auto* label = root.findChild<QLabel*>(QLatin1String{objectName});
        return label != nullptr ? label->text() : QString{};
    }

    // Every backend that says it is opsdash, as a sorted pid list.
    QString opsdashPids()
    {
        return pgScalar(m_admin.get(),
            QStringLiteral("SELECT coalesce(string_agg(pid::text, ',' ORDER BY pid), '') FROM "
                           "pg_stat_activity "
                           "WHERE application_name = 'opsdash'"));
    }

    static QString quoted(QString name)
    {
        return u'"' + name.replace(u'"', QStringLiteral("\"\"")) + u'"';
    }

    QByteArray m_conninfo;
    std::unique_ptr<PGconn, decltype(&PQfinish)> m_admin{nullptr, &PQfinish};
    QString m_schema;
};

QTEST_MAIN(TestSessionsWindow)
#include "tst_sessionswindow.moc"
