// Fault injection against a real private PostgreSQL cluster: twenty immediate-mode
// restarts while polling, opsdash's own backend terminated, and a TCP proxy between
// opsdash and the server that stalls, resets and slices the traffic. After each fault the
// monitor recovers on its own, says what happened (disconnected / reconnected, with the
// reason), holds exactly one backend, leaks no file descriptor, and its event loop never
// stalls for more than 100 ms.
#include "TestCluster.h"
#include "pg/ActivityMonitor.h"
#include "support/DefaultBaseline.h"
#include "support/EventLoopWatchdog.h"
#include "support/OpenDescriptors.h"
#include "support/TcpProxy.h"

#include <QSignalSpy>
#include <QTest>

#include <libpq-fe.h>
#include <memory>

using namespace opsdash;
using namespace std::chrono_literals;

namespace {

constexpr qint64 MaxStallMs = 100;

// Runs one statement on a fresh connection of the test's own; the first value or -1.
qint64 scalar(const QByteArray& conninfo, const char* sql)
{
    const char* keywords[] = {"dbname", "application_name", nullptr};
    const char* values[] = {conninfo.constData(), "opsdash-test-admin", nullptr};
    std::unique_ptr<PGconn, decltype(&PQfinish)> connection{
        PQconnectdbParams(keywords, values, 1), &PQfinish};
    std::unique_ptr<PGresult, decltype(&PQclear)> result{PQexec(connection.get(), sql), &PQclear};
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1)
        return -1;
    return QByteArray{PQgetvalue(result.get(), 0, 0)}.toLongLong();
}

int opsdashBackends(const QByteArray& conninfo)
{
    return static_cast<int>(scalar(
        conninfo, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'opsdash'"));
}

ActivityMonitor::Options quickOptions(const QByteArray& conninfo)
{
    ActivityMonitor::Options options;
    options.conninfo = conninfo;
    options.interval = 1s;
    options.firstRetry = 200ms;
    options.retryCap = 1s;
    options.connectTimeout = 3s;
    return options;
}

} // namespace

class TestFaultInjection final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_cluster.ok(), qPrintable(m_cluster.error())); }

    void twentyImmediateRestartsWhilePolling()
    {
        ActivityMonitor monitor{defaultBaseline()};
        QSignalSpy samples{&monitor, &ActivityMonitor::sampled};
        QSignalSpy disconnections{&monitor, &ActivityMonitor::disconnected};
        QSignalSpy reconnections{&monitor, &ActivityMonitor::reconnected};
        monitor.start(quickOptions(m_cluster.conninfo()));
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 15000);
        const int descriptors = openDescriptors();
        EventLoopWatchdog watchdog;

        for (int round = 1; round <= 20; ++round) {
            disconnections.clear();
            reconnections.clear();
            watchdog.pause(); // pg_ctl blocks the test's own thread
            const QString restarted = m_cluster.pgCtl(
                {QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("restart")});
            watchdog.resume();
            QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
            QTRY_VERIFY_WITH_TIMEOUT(!disconnections.isEmpty(), 10000);
            QVERIFY(!disconnections.first().at(0).value<Error>().message.isEmpty());
            samples.clear();
            QTRY_VERIFY_WITH_TIMEOUT(!reconnections.isEmpty() && !samples.isEmpty(), 15000);
            watchdog.pause();
            QCOMPARE(opsdashBackends(m_cluster.conninfo()), 1);
            watchdog.resume();
            QCOMPARE(openDescriptors(), descriptors);
        }
        QVERIFY2(watchdog.longestStallMs() <= MaxStallMs,
            qPrintable(QStringLiteral("event loop stalled %1 ms").arg(watchdog.longestStallMs())));
    }

    void ownBackendTerminated()
    {
        ActivityMonitor monitor{defaultBaseline()};
        QSignalSpy samples{&monitor, &ActivityMonitor::sampled};
        QSignalSpy disconnections{&monitor, &ActivityMonitor::disconnected};
        QSignalSpy reconnections{&monitor, &ActivityMonitor::reconnected};
        monitor.start(quickOptions(m_cluster.conninfo()));
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 15000);
        const int descriptors = openDescriptors();
        const int pid = monitor.backendPid();
        EventLoopWatchdog watchdog;

        watchdog.pause();
        QCOMPARE(scalar(m_cluster.conninfo(),
                     QByteArray{"SELECT pg_terminate_backend(" + QByteArray::number(pid) + ")::int"}
                         .constData()),
            1);
        watchdog.resume();
        QTRY_VERIFY_WITH_TIMEOUT(!disconnections.isEmpty(), 10000);
        QVERIFY2(disconnections.first().at(0).value<Error>().message.contains(
                     QStringLiteral("terminat")),
            qPrintable(disconnections.first().at(0).value<Error>().message));
        samples.clear();
        QTRY_VERIFY_WITH_TIMEOUT(!reconnections.isEmpty() && !samples.isEmpty(), 15000);
        QVERIFY(monitor.backendPid() != pid);
        watchdog.pause();
        QCOMPARE(opsdashBackends(m_cluster.conninfo()), 1);
        QCOMPARE(openDescriptors(), descriptors);
        QVERIFY2(watchdog.longestStallMs() <= MaxStallMs,
            qPrintable(QStringLiteral("event loop stalled %1 ms").arg(watchdog.longestStallMs())));
    }

    void proxyFaults_data()
    {
        QTest::addColumn<TcpProxy::Mode>("fault");
        QTest::addColumn<bool>("disconnects");
        QTest::newRow("stalled traffic is noticed and the connection replaced")
            << TcpProxy::Mode::Stall << true;
        QTest::newRow("reset connections are reconnected") << TcpProxy::Mode::Reset << true;
        QTest::newRow("traffic cut in 7-byte slices still polls, no disconnect")
            << TcpProxy::Mode::Slice << false;
    }
    void proxyFaults()
    {
        QFETCH(TcpProxy::Mode, fault);
        QFETCH(bool, disconnects);
        TcpProxy proxy{static_cast<quint16>(m_cluster.value("OPSDASH_TEST_PG_PORT").toUInt())};
        QVERIFY(proxy.listen());
        const QByteArray conninfo = "host=127.0.0.1 port=" + QByteArray::number(proxy.port())
            + " user=postgres dbname=postgres password="
            + m_cluster.value("OPSDASH_TEST_PG_PASSWORD").toUtf8();

        ActivityMonitor monitor{defaultBaseline()};
        QSignalSpy samples{&monitor, &ActivityMonitor::sampled};
        QSignalSpy disconnections{&monitor, &ActivityMonitor::disconnected};
        QSignalSpy reconnections{&monitor, &ActivityMonitor::reconnected};
        const int descriptors = openDescriptors();
        monitor.start(quickOptions(conninfo));
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 15000);
        EventLoopWatchdog watchdog;

        proxy.setMode(fault);
        if (disconnects) {
            // Stalled: noticed once the answer is later than statement_timeout + margin.
            QTRY_VERIFY_WITH_TIMEOUT(!disconnections.isEmpty(), 15000);
            QCOMPARE(monitor.state(), ActivityMonitor::State::Disconnected);
            QVERIFY(!disconnections.first().at(0).value<Error>().message.isEmpty());
            QTest::qWait(2500); // a few reconnect attempts into the fault
            proxy.setMode(TcpProxy::Mode::Forward);
            samples.clear();
            QTRY_VERIFY_WITH_TIMEOUT(!reconnections.isEmpty() && !samples.isEmpty(), 20000);
        } else {
            samples.clear();
            QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 3, 15000);
            QVERIFY(disconnections.isEmpty());
            proxy.setMode(TcpProxy::Mode::Forward);
        }
        QCOMPARE(monitor.state(), ActivityMonitor::State::Connected);
        watchdog.pause();
        QCOMPARE(opsdashBackends(m_cluster.conninfo()), 1);
        QVERIFY2(watchdog.longestStallMs() <= MaxStallMs,
            qPrintable(QStringLiteral("event loop stalled %1 ms").arg(watchdog.longestStallMs())));
        monitor.stop();
        // The proxy's own sockets are the test's; opsdash's are closed.
        QTRY_COMPARE_WITH_TIMEOUT(proxy.openPairs(), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(openDescriptors(), descriptors, 5000);
    }

private:
    TestCluster m_cluster;
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
