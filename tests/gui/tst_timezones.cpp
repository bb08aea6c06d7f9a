// View → Time zone (issue 18 item 4): the events table and the status bar follow the choice at
// once (a file export keeps ISO 8601 UTC, Ctrl+C the cell shown) — UTC, local (this test's TZ is
// America/St_Johns, -03:30) and the server's zone (the test's conninfo sets
// TimeZone=Asia/Kathmandu, +05:45, which neither the machine nor the local zone can be mistaken
// for); a target without a server zone falls back to local time and says so. And a window paused
// while its target is down says both, paused winning.
#include "gui/common/ElidedLabel.h"
#include "gui/common/TimeDisplay.h"
#include "gui/events/EventsModel.h"
#include "gui/events/EventsPanel.h"
#include "gui/export/ExportColumns.h"
#include "gui/export/TableExport.h"
#include "gui/window/MainWindow.h"
#include "gui/window/PauseBanner.h"
#include "live/AlertLog.h"
#include "model/SettingsKeys.h"
#include "pg/ActivityMonitor.h"
#include "support/DefaultBaseline.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace opsdash;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 30'000;
const QDateTime kEventAt{QDate{2026, 12, 6}, QTime{10, 0}, Qt::UTC};
const QString kMessage = QStringLiteral("time zone probe");

QString statusText(const MainWindow& window)
{
    return window.findChild<ElidedLabel*>(QStringLiteral("timeZoneState"))->fullText();
}

void choose(MainWindow& window, const QString& word)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("actionTimeZone_") + word);
    QVERIFY(action != nullptr);
    action->trigger();
    QVERIFY(action->isChecked());
}

// The probe event's row in the events table as shown; -1 when absent.
int probeRow(const QTableView& view)
{
    const QAbstractItemModel* model = view.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, EventsModel::MessageColumn).data().toString() == kMessage)
            return row;
    }
    return -1;
}

// The probe event's time cell as the events table shows it.
QString eventTime(MainWindow& window)
{
    const QTableView& view = *window.eventsPanel()->table();
    const int row = probeRow(view);
    return row < 0 ? QString{}
                   : view.model()->index(row, EventsModel::TimeColumn).data().toString();
}

} // namespace

class TestTimeZones final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_timezones"));
        QSettings{}.clear();
        TimeDisplay::instance().reload();
        QCOMPARE(qgetenv("TZ"), QByteArray{"America/St_Johns"});
        const QByteArray conninfo = qgetenv("OPSDASH_TEST_PG_CONNINFO");
        QVERIFY2(!conninfo.isEmpty(), "run through ctest: it starts the PostgreSQL fixture");
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo
            = QString::fromUtf8(conninfo) + QStringLiteral(" options='-c TimeZone=Asia/Kathmandu'");
        options.interval = 1s;
        m_window = std::make_unique<MainWindow>(defaultBaseline(), options);
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->monitor()->state(), ActivityMonitor::State::Connected, kWaitMs);
        m_window->alertLog()->record(
            Alert{kEventAt, Severity::Info, QString{AlertKind::Notice}, {}, kMessage});
        QTRY_VERIFY_WITH_TIMEOUT(!eventTime(*m_window).isEmpty(), kWaitMs);
    }

    void cleanupTestCase() { m_window.reset(); }

    void eachChoiceShowsAtOnce_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("status");
        // The default is UTC: the events panel's times were UTC before the setting existed.
        QTest::newRow("utc") << "utc"
                             << "2026-12-06 10:00:00 UTC"
                             << "Times: UTC";
        QTest::newRow("server") << "server"
                                << "2026-12-06 15:45:00 +05:45"
                                << "Times: server (Asia/Kathmandu, +05:45)";
        QTest::newRow("local") << "local"
                               << "2026-12-06 06:30:00 -03:30"
                               << "Times: local (NST)";
        QTest::newRow("utc again") << "utc"
                                   << "2026-12-06 10:00:00 UTC"
                                   << "Times: UTC";
    }
    void eachChoiceShowsAtOnce()
    {
        QFETCH(QString, word);
        QFETCH(QString, cell);
        QFETCH(QString, status);
        choose(*m_window, word);
        // At once: no poll, no event loop turn in between.
        QCOMPARE(eventTime(*m_window), cell);
        QCOMPARE(statusText(*m_window), status);
        QCOMPARE(SettingsKeys::TimeZone.read(QSettings{}), word); // remembered
        // The same three actions in the Settings menu, checked alike.
        const QList<QMenu*> menus = m_window->findChildren<QMenu*>(QStringLiteral("timeZoneMenu"));
        QCOMPARE(menus.size(), 1);
        QCOMPARE(menus.first()->menuAction()->associatedObjects().size(), 2);
        // A file export writes ISO 8601 UTC whatever the choice; Ctrl+C gives the cell shown.
        const QTableView& view = *m_window->eventsPanel()->table();
        const int row = probeRow(view);
        QVERIFY(row >= 0);
        const TableExport::Table file = TableExport::shown(view, ExportColumns::events(), false);
        QCOMPARE(file.rows.at(row).at(0), QStringLiteral("2026-12-06T10:00:00Z"));
        const TableExport::Table clipboard = TableExport::shown(
            view, ExportColumns::events(), false, false, TableExport::Target::Clipboard);
        QCOMPARE(clipboard.rows.at(row).at(0), cell);
        // The tooltip still gives UTC and local whatever the choice.
        const QString tip = m_window->eventsPanel()
                                ->table()
                                ->model()
                                ->index(0, EventsModel::TimeColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(QStringLiteral("local:")), qPrintable(tip));
    }

    // A target that cannot give its zone (here: nothing listens) shows local time and says so
    // in the status bar; paused while it is down, the title, banner and status say paused
    // and that the target is disconnected.
    void pausedWhileDisconnectedSaysBoth()
    {
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = QStringLiteral("host=127.0.0.1 port=1 dbname=none connect_timeout=2");
        options.profile = QStringLiteral("Down target");
        MainWindow window{defaultBaseline(), options};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(
            window.monitor()->state(), ActivityMonitor::State::Disconnected, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.windowTitle().contains(QStringLiteral("disconnected")), kWaitMs);

        choose(window, QStringLiteral("server"));
        QCOMPARE(statusText(window), QStringLiteral("Times: local (NST) — no server zone"));

        auto* pause = window.findChild<QAction*>(QStringLiteral("actionPause"));
        QVERIFY(pause != nullptr && pause->isEnabled());
        pause->trigger();
        QVERIFY(pause->isChecked());
        const QString title = window.windowTitle();
        QVERIFY2(title.startsWith(QStringLiteral("opsdash — Down target — paused — disconnected")),
            qPrintable(title));
        const auto* banner = window.findChild<PauseBanner*>(QStringLiteral("pauseBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(
            banner->text().startsWith(QStringLiteral("PAUSED since ")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(
                     QStringLiteral("the target was disconnected when paused and still is")),
            qPrintable(banner->text()));
        const QString connection
            = window.findChild<ElidedLabel*>(QStringLiteral("connectionState"))->fullText();
        QVERIFY2(connection.startsWith(QStringLiteral("Paused, disconnected — ")),
            qPrintable(connection));
        // Still down on the next attempt: paused stays in front.
        QSignalSpy attempts{window.monitor(), &ActivityMonitor::disconnected};
        QTRY_VERIFY_WITH_TIMEOUT(!attempts.isEmpty(), kWaitMs);
        QVERIFY2(window.windowTitle().contains(QStringLiteral("paused — disconnected")),
            qPrintable(window.windowTitle()));

        pause->trigger(); // resumed: disconnected alone again
        QVERIFY(!banner->isVisible());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("paused")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("disconnected")));
        choose(window, QStringLiteral("utc"));
    }

private:
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestTimeZones)
#include "tst_timezones.moc"
