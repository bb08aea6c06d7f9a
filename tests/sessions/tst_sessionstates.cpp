// Issue 24 item 4 and issue 19 item 7: the Sessions panel's neutral states, on the shared
// throwaway cluster. A database without a sessions table, watched with --db and the built-in
// baseline (nobody asked for sessions), is "no session source configured", said with how to
// configure one, in the panel and the status bar, without an error colour or an alert; the
// same database from a profile that asks for the sessions table stays an error. A platform
// with JWT sessions (baseline, or the checked source) has nothing server-side to list.
#include "gui/common/ElidedLabel.h"
#include "gui/common/Palette.h"
#include "gui/sessions/SessionsPanel.h"
#include "gui/window/MainWindow.h"
#include "live/LiveSessions.h"
#include "model/Profile.h"
#include "support/DefaultBaseline.h"
#include "support/PgExec.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTest>

#include <libpq-fe.h>
#include <memory>

using namespace opsdash;
using namespace opsdash::test;

namespace {

QString labelText(const QWidget& panel, const char* name)
{
    const auto* label = panel.findChild<QLabel*>(QString::fromLatin1(name));
    return label != nullptr ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String{name});
}

} // namespace

class TestSessionStates final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sessionstates"));
        QSettings{}.clear();
        QVERIFY2(qEnvironmentVariableIsSet("OPSDASH_TEST_PG_CONNINFO"),
            "run through ctest (fixture pg)");
        const QByteArray fixture = qgetenv("OPSDASH_TEST_PG_CONNINFO");
        m_admin.reset(PQconnectdb(fixture.constData()));
        QCOMPARE(PQstatus(m_admin.get()), CONNECTION_OK);
        // A database of its own: nothing in it, so no "Session" table anywhere.
        m_database = QStringLiteral("no_sessions_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(
            pgExec(m_admin.get(), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_database)));
        QVERIFY(pgExec(m_admin.get(), QStringLiteral("CREATE DATABASE %1").arg(m_database)));
        // Later keywords win in a conninfo string.
        m_conninfo = QString::fromUtf8(fixture) + QStringLiteral(" dbname=") + m_database;
    }

    void cleanupTestCase()
    {
        if (m_admin)
            pgExec(m_admin.get(),
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    }

    void noTableAndNothingAskedIsNotConfigured()
    {
        // As `opsdash --db CONNINFO` reads it: the sessions table only because a database
        // was given, the built-in baseline, no profile.
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = m_conninfo;
        options.sessionsTable = true;
        options.interval = std::chrono::seconds{1};
        MainWindow window{defaultBaseline(), options};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy alerts{window.liveSessions(), &LiveSessions::sourceEvent};

        SessionsPanel* panel = window.sessionsPanel();
        QTRY_COMPARE_WITH_TIMEOUT(
            panel->sourceState(), SessionsPanel::SourceState::NotConfigured, 20000);
        QVERIFY2(labelText(*panel, "sessionsSummary")
                     .contains(QStringLiteral("No session source "
                                              "configured")),
            qPrintable(labelText(*panel, "sessionsSummary")));
        const QString how = labelText(*panel, "sessionsDetail");
        QVERIFY2(how.contains(QStringLiteral("--sessions"))
                && how.contains(QStringLiteral("--baseline")),
            qPrintable(how));
        QVERIFY(!panel->findChild<QSplitter*>(QStringLiteral("contentSplitter"))->isVisible());
        QVERIFY(!labelText(*panel, "sessionsStateMessage").contains(QStringLiteral("Error")));
        QCOMPARE(panel->statusColour(), Palette::disconnected()); // neutral, not critical
        QCOMPARE(alerts.size(), 0);

        auto* status
            = window.statusBar()->findChild<ElidedLabel*>(QStringLiteral("sessionSourceState"));
        QVERIFY(status != nullptr);
        QTRY_VERIFY2(status->fullText().contains(QStringLiteral("no session source configured")),
            qPrintable(status->fullText()));
        QVERIFY(!status->fullText().contains(QStringLiteral("error")));
    }

    void aTableTheProfileAsksForThatIsMissingStaysAnError()
    {
        Profile profile;
        profile.name = QStringLiteral("asks for the table");
        profile.style = Profile::ConnectionStyle::Conninfo;
        profile.conninfo = m_conninfo;
        profile.sessionsTable = true;
        profile.intervalSeconds = 1;
        MainWindow window{defaultBaseline(), profile.toTargetOptions()};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        SessionsPanel* panel = window.sessionsPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->sourceState(), SessionsPanel::SourceState::Failed, 20000);
        QVERIFY2(
            labelText(*panel, "sessionsStateMessage").contains(QStringLiteral("missing-table")),
            qPrintable(labelText(*panel, "sessionsStateMessage")));
        QCOMPARE(panel->statusColour(), Palette::critical());
        QVERIFY(panel->statusText().contains(QStringLiteral("error")));
    }

    void jwtSessionsHaveNothingServerSideToWatch()
    {
        Baseline baseline = defaultBaseline();
        baseline.session.strategy = SessionSpec::Strategy::Jwt;
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = m_conninfo;
        options.sessionsTable = true;
        MainWindow window{baseline, options};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionsPanel* panel = window.sessionsPanel();
        QTRY_COMPARE(panel->sourceState(), SessionsPanel::SourceState::NotApplicable);
        QVERIFY(panel->source() == nullptr); // no table read at all
        QVERIFY2(labelText(*panel, "sessionsSummary").contains(QStringLiteral("JWT")),
            qPrintable(labelText(*panel, "sessionsSummary")));
        QVERIFY(!panel->findChild<QSplitter*>(QStringLiteral("contentSplitter"))->isVisible());
    }

    void aCheckedSourceWithJwtStopsTheTableRead()
    {
        LiveSessions sessions{defaultBaseline()};
        sessions.setWaiting(QStringLiteral("somewhere"));
        sessions.setSourceStrategy(QStringLiteral("database"));
        QCOMPARE(sessions.state(), LiveSessions::State::Waiting);
        sessions.setSourceStrategy(QStringLiteral("jwt"));
        QCOMPARE(sessions.state(), LiveSessions::State::NotApplicable);
        QVERIFY(sessions.notWatchedReason().contains(QStringLiteral("checked source")));
    }

private:
    std::unique_ptr<PGconn, decltype(&PQfinish)> m_admin{nullptr, &PQfinish};
    QString m_database;
    QString m_conninfo;
};

QTEST_MAIN(TestSessionStates)
#include "tst_sessionstates.moc"
