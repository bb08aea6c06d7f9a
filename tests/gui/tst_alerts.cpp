// Alerts in the window: the window's real AlertLog and panels fed a scripted sequence of
// polls (ActivitySample structs, no database). A pool crossing warn gives exactly one
// event row and one notification; hovering ±1 around the threshold gives no more; muting
// keeps the events but silences the notifications. Also renders the panels to PNGs.
#include "gui/activity/ActivityModel.h"
#include "gui/activity/ActivityPanel.h"
#include "gui/events/EventsModel.h"
#include "gui/events/EventsPanel.h"
#include "gui/window/MainWindow.h"
#include "gui/window/Notifier.h"
#include "live/AlertLog.h"
#include "support/DefaultBaseline.h"
#include "support/ScriptedActivity.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace opsdash;
using scripted::session;

namespace {

struct Counts
{
    int notifications{0};
    QList<Alert> notified;
    Severity status{Severity::Info};
    int statusUpdates{0};
};

class CountingNotifier final : public Notifier
{
public:
    explicit CountingNotifier(Counts& counts)
        : m_counts{counts}
    { }
    void showStatus(Severity status, const QStringList&) override
    {
        m_counts.status = status;
        ++m_counts.statusUpdates;
    }
    void notify(const Alert& alert) override
    {
        ++m_counts.notifications;
        m_counts.notified << alert;
    }

private:
    Counts& m_counts;
};

ServerFacts facts()
{
    ServerFacts facts;
    facts.maxConnections = 200;
    facts.superuserReservedConnections = 3;
    facts.version = QStringLiteral("15.8");
    return facts;
}

// A platform under load: `web` postgres.js backends and 30 scheduling ones, with realistic
// queries, states and durations.
QList<BackendSession> platform(int web, const QDateTime& now)
{
    const QStringList webQueries{
        QStringLiteral("SELECT \"id\", \"email\", \"name\" FROM \"users\" WHERE \"id\" = $1"),
        QStringLiteral("SELECT o.id, o.total, o.status FROM orders o WHERE o.customer_id = $1 "
                       "ORDER BY o.created_at DESC LIMIT 20"),
        QStringLiteral("UPDATE \"Session\" SET \"expires\" = $1 WHERE \"sessionToken\" = $2"),
        QStringLiteral("INSERT INTO audit_log (actor, action, payload) VALUES ($1, $2, $3)"),
        QStringLiteral("COMMIT"),
    };
    const QStringList jobQueries{
        QStringLiteral("SELECT id, payload FROM jobs WHERE run_at <= now() ORDER BY run_at "
                       "FOR UPDATE SKIP LOCKED LIMIT 10"),
        QStringLiteral("UPDATE jobs SET state = 'done', finished_at = now() WHERE id = $1"),
        QStringLiteral("SELECT pg_advisory_xact_lock($1)"),
    };
    QList<BackendSession> sessions;
    for (int i = 0; i < web; ++i) {
        const BackendState state = i % 7 == 0 ? BackendState::Active
            : i % 23 == 0                     ? BackendState::IdleInTransaction
                                              : BackendState::Idle;
        sessions << session(21000 + i * 3, QStringLiteral("web"), state,
            webQueries.at(i % webQueries.size()),
            (i * 37) % 900 + (state == BackendState::Active ? 0 : 2), 600 + i * 11, now);
    }
    for (int i = 0; i < 30; ++i) {
        const BackendState state = i % 4 == 0 ? BackendState::Active : BackendState::Idle;
        BackendSession s = session(31000 + i * 5, QStringLiteral("scheduling"), state,
            jobQueries.at(i % jobQueries.size()), i % 4 == 0 ? 1 + i * 13 : 40 + i, 1500 + i * 23,
            now);
        if (state == BackendState::Active && i % 8 == 0) {
            s.waitEventType = QStringLiteral("Lock");
            s.waitEvent = QStringLiteral("transactionid");
        }
        sessions << s;
    }
    return sessions;
}

void saveScreenshot(QWidget& widget, const QString& name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString png = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/") + name;
    QVERIFY2(widget.grab().save(png), qPrintable(png));
}

} // namespace

class TestAlerts final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_alerts"));
        QSettings{}.clear();
    }

    void crossingWarnIsOneEventAndOneNotificationWithoutFlapping()
    {
        MainWindow window{defaultBaseline(), TargetOptions{}};
        Counts counts;
        window.setNotifier(std::make_unique<CountingNotifier>(counts));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* events = window.findChild<EventsPanel*>(QStringLiteral("eventsPanel"));
        QVERIFY(events != nullptr);
        QVERIFY(window.findChild<ActivityPanel*>(QStringLiteral("activityPanel")) != nullptr);
        QAbstractItemModelTester tester{
            events->model(), QAbstractItemModelTester::FailureReportingMode::QtTest};

        // web's budget is 150, warn at 80 % = 120 sessions.
        const QList<int> script{100, 110, 118, 121, 119, 121, 119, 120, 119, 121, 119};
        for (int tick = 0; tick < script.size(); ++tick) {
            const QDateTime at = scripted::Start.addSecs(tick * 2);
            const ActivitySample sample = scripted::sample(platform(script.at(tick), at), at);
            window.activityPanel()->showSample(sample);
            window.alertLog()->addSample(sample, facts());
            const int expected = script.at(tick) >= 121 || tick > 3 ? 1 : 0;
            QCOMPARE(events->model()->rowCount(), expected);
            QCOMPARE(counts.notifications, expected);
        }
        const QModelIndex row = events->model()->index(0, EventsModel::MessageColumn);
        QVERIFY2(row.data().toString().startsWith(QStringLiteral("web: 121 of 150 connections")),
            qPrintable(row.data().toString()));
        QCOMPARE(events->model()->index(0, EventsModel::SeverityColumn).data().toString(),
            QStringLiteral("Warning"));
        QCOMPARE(counts.notified.first().kind, QString{AlertKind::Threshold});
        QCOMPARE(toString(counts.status), toString(Severity::Warning));
        QCOMPARE(window.activityPanel()->model()->rowCount(), 119 + 30);
    }

    void mutedNotificationsStillListTheEvent()
    {
        MainWindow window{defaultBaseline(), TargetOptions{}};
        Counts counts;
        window.setNotifier(std::make_unique<CountingNotifier>(counts));
        auto* mute = window.findChild<QAction*>(QStringLiteral("actionMuteNotifications"));
        QVERIFY(mute != nullptr);
        QVERIFY(mute->isCheckable());
        mute->setChecked(true);
        QCOMPARE(QSettings{}.value(QStringLiteral("notifications/muted")).toBool(), true);

        window.alertLog()->addSample(scripted::counts({{QStringLiteral("web"), 149}}), facts());
        QCOMPARE(window.eventsPanel()->model()->rowCount(), 1);
        QCOMPARE(counts.notifications, 0);
        QCOMPARE(toString(counts.status),
            toString(Severity::Critical)); // the tray still shows the status

        MainWindow reopened{defaultBaseline(), TargetOptions{}};
        QVERIFY(
            reopened.findChild<QAction*>(QStringLiteral("actionMuteNotifications"))->isChecked());
    }

    void eventsAreNewestFirstAndFilteredBySeverity()
    {
        EventsPanel panel;
        QAbstractItemModelTester tester{
            panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest};
        panel.addOlder({Alert{scripted::Start, Severity::Critical, QString{AlertKind::Disconnected},
                            {}, QStringLiteral("disconnected: refused")},
            Alert{scripted::Start.addSecs(30), Severity::Info, QString{AlertKind::Reconnected}, {},
                QStringLiteral("polling again")}});
        panel.add(Alert{scripted::Start.addSecs(60), Severity::Warning,
            QString{AlertKind::Threshold}, QStringLiteral("web"), QStringLiteral("web: warn")});
        const auto message = [&](int row) {
            return panel.table()->model()->index(row, EventsModel::MessageColumn).data().toString();
        };
        QCOMPARE(panel.shownRows(), 3);
        QCOMPARE(message(0), QStringLiteral("web: warn"));
        QCOMPARE(message(1), QStringLiteral("polling again"));
        QCOMPARE(message(2), QStringLiteral("disconnected: refused"));
        QCOMPARE(panel.model()->index(0, EventsModel::TimeColumn).data().toString(),
            QStringLiteral("2027-01-15 08:01:00 UTC"));
        QVERIFY(panel.model()
                    ->index(0, EventsModel::TimeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("local:")));

        auto* filter = panel.findChild<QComboBox*>(QStringLiteral("severityFilter"));
        filter->setCurrentIndex(filter->findData(static_cast<int>(Severity::Warning)));
        QCOMPARE(panel.shownRows(), 2);
        QCOMPARE(message(1), QStringLiteral("disconnected: refused"));
        filter->setCurrentIndex(filter->findData(static_cast<int>(Severity::Critical)));
        QCOMPARE(panel.shownRows(), 1);
    }

    void panelsAsAUserSeesThem_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1600x1000") << QSize{1600, 1000};
        QTest::newRow("1280x720") << QSize{1280, 720};
    }
    void panelsAsAUserSeesThem()
    {
        QFETCH(QSize, size);
        TargetOptions options;
        options.allowBackendSignals = true;
        MainWindow window{defaultBaseline(), options};
        Counts counts;
        window.setNotifier(std::make_unique<CountingNotifier>(counts));
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QList<int> script{112, 118, 124, 131, 138, 143, 139, 126, 117, 108, 104, 102};
        for (int tick = 0; tick < script.size(); ++tick) {
            const QDateTime at = scripted::Start.addSecs(tick * 2);
            const ActivitySample sample = scripted::sample(platform(script.at(tick), at), at);
            window.activityPanel()->showSample(sample);
            window.alertLog()->addSample(sample, facts());
        }
        window.alertLog()->connectionLost(
            QStringLiteral("server closed the connection unexpectedly"),
            scripted::Start.addSecs(30));
        window.alertLog()->connectionRestored(
            scripted::Start.addSecs(30), scripted::Start.addSecs(47));
        window.alertLog()->setCriticalSessions(3, scripted::Start.addSecs(50));
        window.alertLog()->addFindings({Finding{QStringLiteral("live.web.idleTimeout"), Plane::Live,
                                           CheckStatus::Pass, {}, {}, {}, {}, {}}},
            scripted::Start);
        window.alertLog()->addFindings(
            {Finding{QStringLiteral("live.web.idleTimeout"), Plane::Live, CheckStatus::Fail,
                QStringLiteral("idle ≤ 30 s + 60 s grace"),
                QStringLiteral("idle 212 s (pid 21009)"), {}, {}, {}}},
            scripted::Start.addSecs(52));
        QVERIFY(window.eventsPanel()->model()->rowCount() >= 6);

        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("panelTabs"));
        QVERIFY(tabs != nullptr);
        window.showPanel(window.activityPanel());
        window.activityPanel()->selectPid(21000);
        const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
        saveScreenshot(window, QStringLiteral("activity-panel") + suffix);
        window.showPanel(window.eventsPanel());
        saveScreenshot(window, QStringLiteral("events-panel") + suffix);
    }
};

QTEST_MAIN(TestAlerts)
#include "tst_alerts.moc"
