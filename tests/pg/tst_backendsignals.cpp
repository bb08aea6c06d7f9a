// Cancel query / terminate backend through the monitor's own connection, against the
// shared throwaway PostgreSQL: the server really does it, and every outcome is an alert.
#include "model/BaselineLoader.h"
#include "pg/ActivityMonitor.h"
#include "pg/BackendSignals.h"
#include "support/DefaultBaseline.h"

#include <QSignalSpy>
#include <QTest>

#include <libpq-fe.h>
#include <memory>

using namespace opsdash;
using namespace std::chrono_literals;

namespace {

using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;

Connection open(const QByteArray& conninfo)
{
    const char* keywords[] = {"dbname", "application_name", nullptr};
    const char* values[] = {conninfo.constData(), "victim", nullptr};
    return Connection{PQconnectdbParams(keywords, values, 1), &PQfinish};
}

BackendSession sessionOf(PGconn* connection, const QString& query)
{
    BackendSession session;
    session.pid = PQbackendPID(connection);
    session.applicationName = QStringLiteral("victim");
    session.usename = QString::fromUtf8(PQuser(connection));
    session.query = query;
    return session;
}

// pg_stat_activity's state of a backend, seen from another connection.
QByteArray stateOf(const QByteArray& conninfo, int pid)
{
    const Connection admin = open(conninfo);
    const QByteArray sql
        = "SELECT state FROM pg_stat_activity WHERE pid = " + QByteArray::number(pid);
    std::unique_ptr<PGresult, decltype(&PQclear)> result{
        PQexec(admin.get(), sql.constData()), &PQclear};
    return PQntuples(result.get()) == 1 ? QByteArray{PQgetvalue(result.get(), 0, 0)} : QByteArray{};
}

} // namespace

class TestBackendSignals final : public QObject
{
    Q_OBJECT

private:
    QByteArray m_conninfo;
    std::unique_ptr<ActivityMonitor> m_monitor;

private slots:
    void initTestCase()
    {
        m_conninfo = qgetenv("OPSDASH_TEST_PG_CONNINFO");
        QVERIFY2(!m_conninfo.isEmpty(), "run through ctest (fixture pg)");
        qRegisterMetaType<Alert>();
        m_monitor = std::make_unique<ActivityMonitor>(defaultBaseline());
        ActivityMonitor::Options options;
        options.conninfo = m_conninfo;
        options.interval = 1s;
        m_monitor->start(options);
        QTRY_COMPARE_WITH_TIMEOUT(m_monitor->state(), ActivityMonitor::State::Connected, 15000);
    }

    void cancelStopsTheRunningQuery()
    {
        const Connection victim = open(m_conninfo);
        QCOMPARE(PQstatus(victim.get()), CONNECTION_OK);
        QVERIFY(PQsendQuery(victim.get(), "SELECT pg_sleep(60)"));
        // A cancel that arrives before the statement starts cancels nothing.
        QTRY_COMPARE_WITH_TIMEOUT(
            stateOf(m_conninfo, PQbackendPID(victim.get())), QByteArrayLiteral("active"), 10000);

        BackendSignals signals_{*m_monitor};
        QSignalSpy finished{&signals_, &BackendSignals::finished};
        signals_.send(BackendSignals::Action::CancelQuery,
            sessionOf(victim.get(), QStringLiteral("SELECT pg_sleep(60)")));
        QVERIFY(finished.wait(10000));
        const auto alert = finished.first().first().value<Alert>();
        QCOMPARE(toString(alert.severity), toString(Severity::Info));
        QCOMPARE(alert.kind, QString{AlertKind::Backend});
        QVERIFY2(alert.message.startsWith(QStringLiteral("cancel query sent: pid %1 · victim")
                                              .arg(PQbackendPID(victim.get()))),
            qPrintable(alert.message));

        // The victim's statement ends with query_canceled, and its connection lives on.
        std::unique_ptr<PGresult, decltype(&PQclear)> result{PQgetResult(victim.get()), &PQclear};
        QCOMPARE(QByteArray{PQresultErrorField(result.get(), PG_DIAG_SQLSTATE)},
            QByteArrayLiteral("57014"));
        while (PGresult* rest = PQgetResult(victim.get()))
            PQclear(rest);
        QCOMPARE(PQstatus(victim.get()), CONNECTION_OK);
    }

    void terminateEndsTheBackend()
    {
        const Connection victim = open(m_conninfo);
        QCOMPARE(PQstatus(victim.get()), CONNECTION_OK);
        BackendSignals signals_{*m_monitor};
        QSignalSpy finished{&signals_, &BackendSignals::finished};
        signals_.send(BackendSignals::Action::TerminateBackend, sessionOf(victim.get(), {}));
        QVERIFY(finished.wait(10000));
        QCOMPARE(
            toString(finished.first().first().value<Alert>().severity), toString(Severity::Info));
        std::unique_ptr<PGresult, decltype(&PQclear)> result{
            PQexec(victim.get(), "SELECT 1"), &PQclear};
        QVERIFY(PQresultStatus(result.get()) != PGRES_TUPLES_OK);
    }

    void aBackendThatIsGoneIsReportedNotDone()
    {
        BackendSignals signals_{*m_monitor};
        QSignalSpy finished{&signals_, &BackendSignals::finished};
        BackendSession gone;
        gone.pid = 1; // never a PostgreSQL backend
        signals_.send(BackendSignals::Action::CancelQuery, gone);
        QVERIFY(finished.wait(10000));
        const auto alert = finished.first().first().value<Alert>();
        QCOMPARE(toString(alert.severity), toString(Severity::Warning));
        QVERIFY2(alert.message.contains(QStringLiteral("not done")), qPrintable(alert.message));
    }

    void withoutAConnectionItFailsWithTheReason()
    {
        ActivityMonitor stopped{defaultBaseline()};
        BackendSignals signals_{stopped};
        QSignalSpy finished{&signals_, &BackendSignals::finished};
        BackendSession session;
        session.pid = 4242;
        signals_.send(BackendSignals::Action::TerminateBackend, session);
        QVERIFY(finished.wait(5000));
        const auto alert = finished.first().first().value<Alert>();
        QCOMPARE(toString(alert.severity), toString(Severity::Warning));
        QVERIFY2(alert.message.startsWith(QStringLiteral("terminate backend failed: ")),
            qPrintable(alert.message));
    }

    void cleanupTestCase() { m_monitor.reset(); }
};

QTEST_GUILESS_MAIN(TestBackendSignals)
#include "tst_backendsignals.moc"
