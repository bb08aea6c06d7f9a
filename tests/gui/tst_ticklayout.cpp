// A tick must not re-lay out the window. Every QLabel::setText asks its layout again, and
// the request climbs through the splitters and the tab widget to the main window, which then
// measures every label and table header anew: most of a tick's cost (docs/gui.md, Measured).
// So the texts that change per tick (poll age and latency, the sessions' receipt time and
// summary, the pool bars, the capacity line, the status bar's sessions state) live in widgets
// whose size does not follow their text. This test feeds the real window polls, new sessions
// reads and countdown steps whose texts all change, and counts the LayoutRequest events that
// reach the main window after a warm-up: there must be none. On failure it names the widgets
// that asked.
#include "../sessions/DemoSessions.h"
#include "PolledSample.h"
#include "gui/sessions/SessionsPanel.h"
#include "gui/window/MainWindow.h"
#include "live/LiveSessions.h"
#include "model/Activity.h"
#include "pg/ActivityMonitor.h"
#include "support/DefaultBaseline.h"

#include <QAction>
#include <QApplication>
#include <QMap>
#include <QSettings>
#include <QTest>

using namespace opsdash;

namespace {

// Counts LayoutRequest events per receiver, application-wide (they are posted events).
class LayoutRequests final : public QObject
{
public:
    LayoutRequests() { qApp->installEventFilter(this); }
    ~LayoutRequests() override { qApp->removeEventFilter(this); }
    Q_DISABLE_COPY_MOVE(LayoutRequests)

    void reset() { m_counts.clear(); }
    int countFor(const QObject* receiver) const { return m_counts.value(receiver).count; }
    QString describe() const
    {
        QStringList lines;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            lines << QStringLiteral("%1 × %2").arg(it->count).arg(it->name);
        return lines.join(QStringLiteral("; "));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest) {
            Entry& entry = m_counts[watched];
            ++entry.count;
            entry.name = QString::fromLatin1(watched->metaObject()->className()) + u'/'
                + watched->objectName();
        }
        return false;
    }

private:
    struct Entry
    {
        int count{0};
        QString name;
    };
    QMap<const QObject*, Entry> m_counts;
};

// A poll of `count` backends, `tick` seconds in; the states rotate so every bar changes.
ActivitySample sampleAt(int tick, int count, const QDateTime& time)
{
    const QByteArray names[]
        = {"postgres.js", "postgres.js", "postgres.js", "scheduling-service", ""};
    const QByteArray states[] = {"idle", "active", "idle", "idle in transaction", "idle"};
    QList<SyntheticRow> rows;
    for (int i = 0; i < count; ++i) {
        SyntheticRow row;
        row.pid = 10'000 + i;
        row.applicationName = names[i % 5];
        row.usename = i % 5 == 3 ? QByteArray{"scheduler"} : QByteArray{"app"};
        row.state = states[(i + tick) % 5];
        row.query = QByteArray{"SELECT 1 -- "} + QByteArray::number(tick);
        rows << row;
    }
    ActivitySample sample = polledAt(rows, time);
    sample.latencyMs = 3 + tick % 97 * 11; // 1 to 4 digits: the status bar's text changes width
    return sample;
}

} // namespace

class TestTickLayout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ticklayout"));
        QSettings{}.clear();
    }

    void ticksDoNotRelayoutTheWindow_data()
    {
        QTest::addColumn<QString>("tab");
        QTest::addColumn<QSize>("size");
        QTest::newRow("sessions tab in front, 1600x900")
            << QStringLiteral("sessionsPanel") << QSize{1600, 900};
        QTest::newRow("sessions tab in front, 1280x720")
            << QStringLiteral("sessionsPanel") << QSize{1280, 720};
        QTest::newRow("activity tab in front, 1600x900")
            << QStringLiteral("activityPanel") << QSize{1600, 900};
        QTest::newRow("drift tab in front, 1600x900")
            << QStringLiteral("driftPanel") << QSize{1600, 900};
        QTest::newRow("events tab in front, 1600x900")
            << QStringLiteral("eventsPanel") << QSize{1600, 900};
    }
    void ticksDoNotRelayoutTheWindow()
    {
        QFETCH(QString, tab);
        QFETCH(QSize, size);
        TargetOptions options;
        options.hasDatabase = true;
        // Nothing answers there: the test feeds the window itself.
        options.conninfo = QStringLiteral("host=127.0.0.1 port=1 dbname=ticks connect_timeout=1");
        MainWindow window{defaultBaseline(), options};
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget* panel = window.findChild<QWidget*>(tab);
        QVERIFY2(panel != nullptr, qPrintable(tab));
        window.showPanel(panel);
        // No connection attempts behind the test's back: a failed one shows the pool panel's
        // "Disconnected" message, a real change of layout that is not a tick's.
        auto* connect = window.findChild<QAction*>(QStringLiteral("actionConnect"));
        QVERIFY(connect != nullptr);
        connect->setChecked(false);

        ServerFacts facts;
        facts.versionNum = 160004;
        facts.version = QStringLiteral("16.4");
        facts.maxConnections = 200;
        facts.superuserReservedConnections = 3;
        emit window.monitor()->serverFactsRead(facts);

        const QDateTime start = QDateTime::currentDateTimeUtc();
        LayoutRequests requests;
        const auto tick = [&](int i) {
            const QDateTime now = start.addSecs(i);
            // 40 to 199 backends: every pool bar's numbers and the capacity line change.
            emit window.monitor()->sampled(sampleAt(i, 40 + (i * 37) % 160, now));
            // A new read with another count and another receipt time, then a countdown step.
            window.liveSessions()->takeSnapshot(
                test::demoSnapshot(5 + (i * 53) % 400, now, 1 + i % 12));
            window.sessionsPanel()->showElapsed(400 + i * 10);
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        };
        // Warm-up: the first data replaces the waiting texts, bars appear; that may lay out.
        for (int i = 0; i < 5; ++i)
            tick(i);
        requests.reset();
        for (int i = 5; i < 45; ++i)
            tick(i);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY2(requests.countFor(&window) == 0,
            qPrintable(QStringLiteral("the window was laid out again %1 times in 40 ticks: %2")
                           .arg(requests.countFor(&window))
                           .arg(requests.describe())));
        QVERIFY2(requests.countFor(window.centralWidget()) == 0, qPrintable(requests.describe()));
    }
};

QTEST_MAIN(TestTickLayout)
#include "tst_ticklayout.moc"
