// Issue 7 item 10: the UI thread never waits on the database or the network. The target
// is a TCP server on 127.0.0.1 that accepts and never answers (a stalled server), and in
// the second row so is the sessions admin endpoint; while the monitor and the sessions
// source wait, a 10 ms timer in the GUI thread must keep ticking without a gap > 100 ms
// beyond the time the thread waited for a CPU (tests/support/EventLoopWatchdog.h, as in the
// other stall tests: a busy machine is not a stalled loop).
#include "gui/window/MainWindow.h"
#include "pg/ActivityMonitor.h"
#include "support/DefaultBaseline.h"
#include "support/EventLoopWatchdog.h"

#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace opsdash;

class TestUiResponsive final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_uiresponsive"));
        QSettings{}.clear();
    }

    void eventLoopKeepsTurningWhileASourceStalls_data()
    {
        QTest::addColumn<bool>("withSessions");
        QTest::newRow("database stalls") << false;
        QTest::newRow("database and sessions endpoint stall") << true;
    }
    void eventLoopKeepsTurningWhileASourceStalls()
    {
        QFETCH(bool, withSessions);
        // The admin endpoint: accepts, reads the request, never answers.
        QTcpServer stalledHttp;
        QVERIFY(stalledHttp.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> heldHttp;
        connect(&stalledHttp, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = stalledHttp.nextPendingConnection())
                heldHttp << socket;
        });
        const QString sessionsUrl = withSessions
            ? QStringLiteral("http://127.0.0.1:%1").arg(stalledHttp.serverPort())
            : QString{};
        qputenv("OPSDASH_SESSIONS_TOKEN", "stall-test-token"); // no keychain in this test

        QTcpServer stalled;
        QVERIFY(stalled.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> held; // accepted, read from, never answered
        connect(&stalled, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = stalled.nextPendingConnection())
                held << socket;
        });

        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=opsdash "
                                          "sslmode=disable connect_timeout=30")
                               .arg(stalled.serverPort());
        options.interval = std::chrono::seconds{1};
        options.sessionsUrl = sessionsUrl;
        MainWindow window{defaultBaseline(), options};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 5000);

        EventLoopWatchdog watchdog;
        // F5, the interval box, pause: the user keeps using the window meanwhile.
        QTimer::singleShot(500, &window, [&] { QTest::keyClick(&window, Qt::Key_F5); });
        QTest::qWait(3000);
        watchdog.pause();
        const int ticks = watchdog.ticks();
        const qint64 worstGap = watchdog.longestStallMs();

        QCOMPARE(window.monitor()->state(), ActivityMonitor::State::Connecting);
        if (!sessionsUrl.isEmpty())
            QVERIFY2(!heldHttp.isEmpty(), "the sessions source never asked the stalled endpoint");
        QVERIFY2(ticks > 0, "the watchdog's timer never fired");
        QVERIFY2(worstGap <= 100,
            qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(worstGap)));
        qInfo("%d ticks in 3 s, worst stall %lld ms (time waiting for a CPU taken out)", ticks,
            worstGap);
        qDeleteAll(held);
        qDeleteAll(heldHttp);
    }
};

QTEST_MAIN(TestUiResponsive)
#include "tst_uiresponsive.moc"
