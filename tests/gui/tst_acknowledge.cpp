// Acknowledge and mute in the window, on the shared fixture cluster: a load named like
// postgres.js, held by the test, pushes the web pool over its warn threshold (a budget of 10);
// the alert's row in the events panel is muted for 2 s with Ctrl+Shift+M and the dialog.
// While muted, the pool going critical is listed, marked, but not notified (the Notifier's
// calls are counted); when the mute ends with the load still held, it notifies again. A
// mute for an hour is then read back from the history by a new window (a new engine), and
// the condition it finds raised is not notified.
#include "gui/events/AcknowledgeActions.h"
#include "gui/events/AcknowledgeDialog.h"
#include "gui/events/EventsModel.h"
#include "gui/events/EventsPanel.h"
#include "gui/window/MainWindow.h"
#include "gui/window/Notifier.h"
#include "history/HistoryPaths.h"
#include "live/AlertLog.h"
#include "support/WebPoolLoad.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace opsdash;
using opsdash::test::smallWebBudget;

namespace {

const QString WebKey = QStringLiteral("threshold:web");

class CountingNotifier final : public Notifier
{
public:
    explicit CountingNotifier(QList<Alert>& notified)
        : m_notified{notified}
    { }
    void showStatus(Severity, const QStringList&) override { }
    void notify(const Alert& alert) override { m_notified << alert; }

private:
    QList<Alert>& m_notified;
};

int thresholdNotifications(const QList<Alert>& notified)
{
    return static_cast<int>(std::count_if(notified.cbegin(), notified.cend(),
        [](const Alert& alert) { return alertKey(alert) == WebKey; }));
}

// The newest row of the events panel for the web pool's threshold at `severity` (-1: none).
int thresholdRow(const EventsPanel& panel, Severity severity)
{
    const EventsModel& model = *panel.model();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (alertKey(model.alert(row)) == WebKey && model.alert(row).severity == severity)
            return row;
    }
    return -1;
}

} // namespace

class TestAcknowledge final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_acknowledge"));
        QSettings{}.clear();
        QVERIFY2(qEnvironmentVariableIsSet("OPSDASH_TEST_PG_CONNINFO"),
            "run through ctest (fixture pg)");
        m_options.hasDatabase = true;
        m_options.conninfo = QString::fromUtf8(qgetenv("OPSDASH_TEST_PG_CONNINFO"));
        m_options.interval = std::chrono::seconds{1};
        // A mute an earlier run left in force would silence this run's first alert.
        QDir{HistoryPaths::defaultDirectory()}.removeRecursively();
    }

    void cleanupTestCase() { m_load.release(); }

    void muteSilencesUntilItEndsAndIsReadBackByANewEngine()
    {
        QList<Alert> notified;
        QString muteNote;
        {
            MainWindow window{smallWebBudget(), m_options};
            window.setNotifier(std::make_unique<CountingNotifier>(notified));
            window.resize(1280, 720);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            EventsPanel& events = *window.eventsPanel();
            window.showPanel(&events);

            hold(9); // 90 % of 10: warn
            QTRY_COMPARE_WITH_TIMEOUT(thresholdNotifications(notified), 1, 20000);
            QCOMPARE(toString(notified.last().severity), toString(Severity::Warning));

            // The mute's clock is the test's: "2 s" ends when the test says, whatever the load.
            QDateTime now = QDateTime::currentDateTimeUtc();
            Acknowledgements& acks = window.alertLog()->acknowledgements();
            acks.setClock([&now] { return now; });

            QTableView* table = events.table();
            const int warnRow = thresholdRow(events, Severity::Warning);
            QVERIFY(warnRow >= 0);
            table->setCurrentIndex(table->model()->index(warnRow, EventsModel::MessageColumn));
            window.activateWindow();
            table->setFocus(Qt::OtherFocusReason);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTRY_VERIFY(table->hasFocus());
            QVERIFY(events.acknowledgeActions()->muteAction()->isEnabled());
            QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
            AcknowledgeDialog* dialog = nullptr;
            QTRY_VERIFY(
                (dialog = window.findChild<AcknowledgeDialog*>(QStringLiteral("acknowledgeDialog")))
                != nullptr);
            QCOMPARE(toString(dialog->kind()), toString(Acknowledgement::Kind::Mute));
            muteNote = QStringLiteral("release 4.2 rolling out");
            dialog->findChild<QLineEdit*>(QStringLiteral("noteEdit"))->setText(muteNote);
            dialog->chooseUntil(now.addSecs(2));
            dialog->accept();

            const std::optional<Acknowledgement> mute = acks.inForce(WebKey);
            QVERIFY(mute.has_value());
            QCOMPARE(mute->note, muteNote);
            QCOMPARE(mute->who, Acknowledgements::osUser());
            QCOMPARE(mute->until, now.addSecs(2));
            // Listed as an event, and the condition's rows marked with who, why and until.
            QCOMPARE(events.model()->alert(0).kind, QString{AlertKind::Muted});
            const QModelIndex marked = events.marks()->index(
                thresholdRow(events, Severity::Warning), EventsModel::KindColumn);
            QVERIFY2(marked.data(Qt::ToolTipRole).toString().contains(muteNote),
                qPrintable(marked.data(Qt::ToolTipRole).toString()));
            QVERIFY(!marked.data(Qt::DecorationRole).isNull());

            // Critical while muted: listed, not notified.
            hold(1); // 100 %
            QTRY_VERIFY_WITH_TIMEOUT(thresholdRow(events, Severity::Critical) >= 0, 20000);
            QCOMPARE(thresholdNotifications(notified), 1);

            // The mute's time comes with the load still held: notified again.
            now = now.addSecs(3);
            acks.setClock([&now] { return now; }); // reschedules: the mute ends at once
            QTRY_COMPARE_WITH_TIMEOUT(thresholdNotifications(notified), 2, 5000);
            QCOMPARE(toString(notified.last().severity), toString(Severity::Critical));
            QVERIFY2(notified.last().message.contains(QStringLiteral("mute ended")),
                qPrintable(notified.last().message));
            QVERIFY(!acks.inForce(WebKey).has_value());

            // An hour's mute on the desktop's clock, for the next engine to read back.
            acks.setClock([] { return QDateTime::currentDateTimeUtc(); });
            window.alertLog()->mute(WebKey, muteNote, muteForAnHour(acks.now()));
        }

        MainWindow window{smallWebBudget(), m_options};
        window.setNotifier(std::make_unique<CountingNotifier>(notified));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Acknowledgements& acks = window.alertLog()->acknowledgements();
        QTRY_VERIFY_WITH_TIMEOUT(acks.inForce(WebKey).has_value(), 10000);
        QCOMPARE(acks.inForce(WebKey)->note, muteNote);
        // The new engine finds the pool critical again: listed, not notified.
        QTRY_VERIFY_WITH_TIMEOUT(
            thresholdRow(*window.eventsPanel(), Severity::Critical) >= 0, 20000);
        QCOMPARE(thresholdNotifications(notified), 2);
    }

private:
    void hold(int connections) { QVERIFY(m_load.hold(m_options.conninfo.toUtf8(), connections)); }

    TargetOptions m_options;
    test::WebPoolLoad m_load;
};

QTEST_MAIN(TestAcknowledge)
#include "tst_acknowledge.moc"
