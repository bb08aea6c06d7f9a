// The Sessions panel and its model, fed a scripted sequence of real SessionSnapshots (and
// once the real admin-endpoint source against an HTTP server on 127.0.0.1): summary, order,
// row colours, stale marking after an error, the live countdown, the status-bar labels, and
// what it looks like at 1600×1000 and 1280×720.
#include "DemoSessions.h"
#include "SessionPayloads.h"
#include "TestHttpServer.h"
#include "clock/SimulatedClock.h"
#include "gui/common/Palette.h"
#include "gui/drift/DriftModel.h"
#include "gui/drift/DriftPanel.h"
#include "gui/sessions/ExpiryHistogram.h"
#include "gui/sessions/SessionsModel.h"
#include "gui/sessions/SessionsPanel.h"
#include "gui/window/MainWindow.h"
#include "live/LiveSessions.h"
#include "sessions/AdminEndpointSource.h"
#include "support/DefaultBaseline.h"
#include "support/Pictures.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace opsdash;
using namespace opsdash::test;

namespace {

const QDateTime kServerTime = QDateTime{QDate{2026, 11, 27}, QTime{9, 0}, Qt::UTC};

QString labelText(const QWidget& root, const char* objectName)
{
    const auto* label = root.findChild<QLabel*>(QLatin1String{objectName});
    return label != nullptr ? label->text()
                            : QStringLiteral("<no %1>").arg(QLatin1String{objectName});
}

bool labelVisible(const QWidget& root, const char* objectName)
{
    const auto* label = root.findChild<QLabel*>(QLatin1String{objectName});
    return label != nullptr && label->isVisibleTo(&root);
}

// The picture is checked (its size; it and the regions of `panels` in it hold content,
// tests/support/Pictures.h), then written.
void saveScreenshot(QWidget& widget, const QString& name, const QList<QWidget*>& panels = {})
{
    QImage image;
    picture::grabChecked(widget, name, &image, panels);
    if (QTest::currentTestFailed())
        return;
    const QString png = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/") + name;
    QVERIFY2(image.save(png), qPrintable(png));
}

SessionRecord session(const QString& user, qint64 secondsLeft, const QByteArray& token)
{
    SessionRecord record;
    record.hash = SessionRecord::shortHash(token);
    record.user = user;
    record.createdAt = kServerTime.addSecs(-7200);
    record.lastSeenAt = kServerTime.addSecs(-60);
    record.expiresAt = kServerTime.addSecs(secondsLeft);
    return record;
}

SessionSnapshot snapshotOf(QList<SessionRecord> sessions, const QDateTime& serverTime = kServerTime)
{
    SessionSnapshot snapshot;
    snapshot.source = QStringLiteral("http://127.0.0.1:1/api/admin/sessions");
    snapshot.serverTime = serverTime;
    snapshot.receivedAt = serverTime;
    snapshot.sessions = std::move(sessions);
    return snapshot;
}

QString cell(const SessionsModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

CanaryObservation canaryObserved(qint64 idleSeconds)
{
    CanaryObservation observation;
    observation.state = CanaryObservation::State::Observed;
    observation.url = QStringLiteral("https://app.clinic.example/api/auth/session");
    // The server's clock 2 h behind the desktop's: only Date and expires count.
    observation.serverDate = QDateTime::currentDateTimeUtc().addSecs(-7200);
    observation.expires = observation.serverDate.addSecs(idleSeconds);
    observation.observedAt = QDateTime::currentDateTimeUtc();
    return observation;
}

std::optional<Finding> driftFinding(const MainWindow& window, const QString& checkId)
{
    const auto* drift = window.findChild<DriftPanel*>();
    if (drift == nullptr)
        return std::nullopt;
    for (const Finding& finding : drift->model()->findings()) {
        if (finding.checkId == checkId)
            return finding;
    }
    return std::nullopt;
}

} // namespace

class TestSessionsPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sessionspanel"));
        QSettings{}.clear();
    }

    void withoutSourceSaysHowToStartOne()
    {
        LiveSessions engine{defaultBaseline()};
        SessionsPanel panel{defaultBaseline()};
        panel.setTarget(&engine);
        QCOMPARE(panel.objectName(), QStringLiteral("sessionsPanel"));
        QCOMPARE(panel.sourceState(), SessionsPanel::SourceState::None);
        QVERIFY2(labelText(panel, "sessionsSummary")
                     .contains(QStringLiteral("No session source — start with --sessions URL")),
            qPrintable(labelText(panel, "sessionsSummary")));
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    void tableSortsAndFiltersAndSaysWhenNothingMatches()
    {
        LiveSessions engine{defaultBaseline()};
        SessionsPanel panel{defaultBaseline()};
        panel.setTarget(&engine);
        panel.resize(1000, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        engine.takeSnapshot(snapshotOf({session(QStringLiteral("ok@x"), 5 * 3600, "tok-ok"),
            session(QStringLiteral("critical@x"), 10 * 60, "tok-crit"),
            session(QStringLiteral("warn@x"), 40 * 60, "tok-warn")}));
        auto* table = panel.findChild<QTableView*>(QStringLiteral("sessionsTable"));
        const auto users = [table] {
            QStringList users;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                users << table->model()->index(row, SessionsModel::User).data().toString();
            return users;
        };
        // The model's order (nearest expiry first) until a header is clicked.
        QCOMPARE(users(),
            QStringList(
                {QStringLiteral("critical@x"), QStringLiteral("warn@x"), QStringLiteral("ok@x")}));
        table->sortByColumn(SessionsModel::User, Qt::AscendingOrder);
        QCOMPARE(users(),
            QStringList(
                {QStringLiteral("critical@x"), QStringLiteral("ok@x"), QStringLiteral("warn@x")}));
        // Expiry by the time left, not by its text ("10 min" after "5 h" as text).
        table->sortByColumn(SessionsModel::ExpiresIn, Qt::DescendingOrder);
        QCOMPARE(users(),
            QStringList(
                {QStringLiteral("ok@x"), QStringLiteral("warn@x"), QStringLiteral("critical@x")}));

        // Ctrl+F reaches the filter; what is typed narrows the rows.
        auto* filter = panel.findChild<QLineEdit*>(QStringLiteral("sessionsFilter"));
        QVERIFY(filter != nullptr);
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("WARN"));
        QCOMPARE(users(), QStringList{QStringLiteral("warn@x")});
        const auto* noRows = table->viewport()->findChild<QLabel*>(QStringLiteral("noRowsMatch"));
        QVERIFY(noRows != nullptr && !noRows->isVisible());
        QTest::keyClicks(filter, QStringLiteral("-nobody"));
        QVERIFY(users().isEmpty());
        QVERIFY(noRows->isVisible());
        // Centred in the table's viewport.
        QCOMPARE(noRows->geometry().center().y(), table->viewport()->rect().center().y());
        QCOMPARE(noRows->alignment(), Qt::AlignCenter);
        filter->clear();
        QCOMPARE(users().size(), 3);
        QVERIFY(!noRows->isVisible());
    }

    void scriptedSnapshotsFillModelAndSummary()
    {
        // The countdown runs on the clock in force: held still, a slow machine (the
        // sanitized build) cannot turn "10 min 0 s" into "9 min 59 s" between the
        // snapshot and the comparison.
        SimulatedClock clock{QDateTime::currentMSecsSinceEpoch()};
        const ScopedClock held{clock};
        LiveSessions engine{defaultBaseline()};
        SessionsPanel panel{defaultBaseline()};
        panel.setTarget(&engine);
        QAbstractItemModelTester tester{
            panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest};

        // First read: one of each bucket, out of order, plus one already expired.
        engine.takeSnapshot(snapshotOf({session(QStringLiteral("ok@x"), 5 * 3600, "tok-ok"),
            session(QStringLiteral("critical@x"), 10 * 60, "tok-crit"),
            session(QStringLiteral("warn@x"), 40 * 60, "tok-warn"),
            session(QStringLiteral("gone@x"), -30, "tok-gone")}));
        const SessionsModel& model = *panel.model();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, SessionsModel::User), QStringLiteral("critical@x"));
        QCOMPARE(cell(model, 1, SessionsModel::User), QStringLiteral("warn@x"));
        QCOMPARE(cell(model, 2, SessionsModel::User), QStringLiteral("ok@x"));
        QCOMPARE(cell(model, 0, SessionsModel::ExpiresIn), QStringLiteral("10 min 0 s"));
        QCOMPARE(cell(model, 0, SessionsModel::Age), QStringLiteral("2 h 0 min"));
        QCOMPARE(cell(model, 0, SessionsModel::LastSeen), QStringLiteral("1 min 0 s ago"));
        QCOMPARE(cell(model, 0, SessionsModel::Status), QStringLiteral("critical"));
        QCOMPARE(panel.summaryText(),
            QStringLiteral("3 active · 2 expire within 1 h · 1 within 15 min"));
        QVERIFY(labelText(panel, "sessionsSummary").contains(panel.summaryText()));
        QCOMPARE(panel.sourceState(), SessionsPanel::SourceState::Fresh);

        // Second read, 30 s later on the server: warn@x logged out, two new sessions.
        engine.takeSnapshot(
            snapshotOf({session(QStringLiteral("ok@x"), 5 * 3600, "tok-ok"),
                           session(QStringLiteral("critical@x"), 9 * 60, "tok-crit"),
                           session(QStringLiteral("new1@x"), 24 * 3600, "tok-n1"),
                           session(QStringLiteral("new2@x"), 14 * 60, "tok-n2")},
                kServerTime.addSecs(30)));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, 0, SessionsModel::User), QStringLiteral("critical@x"));
        QCOMPARE(cell(model, 1, SessionsModel::User), QStringLiteral("new2@x"));
        QCOMPARE(panel.summaryText(),
            QStringLiteral("4 active · 2 expire within 1 h · 2 within 15 min"));
        // The histogram counts hours from the server's now: two in the first hour, one in
        // hour 4 (4 h 59 min 30 s), one in hour 23 (23 h 59 min 30 s).
        const ExpiryHistogram::Bins& bins = panel.histogram()->bins();
        QCOMPARE(bins.at(0), 2);
        QCOMPARE(bins.at(4), 1);
        QCOMPARE(bins.at(23), 1);
        QCOMPARE(panel.histogram()->later(), 0);
    }

    void tokensNeverShownOnlyTheirHash()
    {
        LiveSessions engine{defaultBaseline()};
        SessionsPanel panel{defaultBaseline()};
        panel.setTarget(&engine);
        engine.takeSnapshot(demoSnapshot(50, kServerTime));
        const SessionsModel& model = *panel.model();
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                for (const int role : {int{Qt::DisplayRole}, int{Qt::ToolTipRole}}) {
                    const QString text = cell(model, row, column, role);
                    QVERIFY2(!text.contains(QStringLiteral("demo-token")), qPrintable(text));
                }
            }
            QCOMPARE(cell(model, row, SessionsModel::Session).size(), 12);
        }
    }

    void warnAndCriticalRowsAreColoured_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QColor>("colour"); // invalid: no background
        QTest::newRow("five hours left is ok, uncoloured") << qint64{5 * 3600} << "ok" << QColor{};
        QTest::newRow("59 min left is warn") << qint64{59 * 60} << "warn" << Palette::warning();
        QTest::newRow("exactly 60 min left is still ok") << qint64{60 * 60} << "ok" << QColor{};
        QTest::newRow("14 min left is critical")
            << qint64{14 * 60} << "critical" << Palette::critical();
        QTest::newRow("exactly 15 min left is warn")
            << qint64{15 * 60} << "warn" << Palette::warning();
    }
    void warnAndCriticalRowsAreColoured()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(QString, status);
        QFETCH(QColor, colour);
        SessionsModel model{defaultBaseline().thresholds.session};
        QAbstractItemModelTester tester{
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        model.setSnapshot(snapshotOf({session(QStringLiteral("u@x"), secondsLeft, "tok")}));
        QCOMPARE(cell(model, 0, SessionsModel::Status), status);
        for (int column = 0; column < SessionsModel::ColumnCount; ++column) {
            const QVariant background = model.data(model.index(0, column), Qt::BackgroundRole);
            if (!colour.isValid()) {
                QVERIFY(!background.isValid());
                continue;
            }
            const QColor shown = background.value<QBrush>().color();
            QCOMPARE(shown.rgb(), colour.rgb()); // the palette colour, as a wash
            QVERIFY(shown.alpha() < 255);
        }
    }

    void errorAfterDataMarksItStaleAndKeepsIt()
    {
        LiveSessions engine{defaultBaseline()};
        SessionsPanel panel{defaultBaseline()};
        panel.setTarget(&engine);
        engine.takeSnapshot(snapshotOf({session(QStringLiteral("crit@x"), 10 * 60, "tok-c"),
            session(QStringLiteral("ok@x"), 5 * 3600, "tok-o")}));
        QVERIFY(!panel.model()->isStale());
        QVERIFY(!labelVisible(panel, "sessionsStateMessage"));

        engine.takeError(
            SourceError{SourceError::Kind::Timeout, QStringLiteral("no response for 10 s"),
                QStringLiteral("http://127.0.0.1:1/api/admin/sessions"), {}});
        QCOMPARE(panel.sourceState(), SessionsPanel::SourceState::Stale);
        const SessionsModel& model = *panel.model();
        QCOMPARE(model.rowCount(), 2); // the last good data stays
        QVERIFY(model.isStale());
        // Greyed: no bucket colours, grey text.
        QVERIFY(!model.data(model.index(0, SessionsModel::User), Qt::BackgroundRole).isValid());
        QCOMPARE(model.data(model.index(0, SessionsModel::User), Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
            Palette::disconnected());
        QVERIFY(labelVisible(panel, "sessionsStateMessage"));
        const QString message = labelText(panel, "sessionsStateMessage");
        QVERIFY2(message.contains(QStringLiteral("STALE since ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("timeout")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("no response for 10 s")), qPrintable(message));
        QVERIFY2(labelText(panel, "sessionsSummary").contains(QStringLiteral("STALE")),
            qPrintable(labelText(panel, "sessionsSummary")));
        QVERIFY(panel.statusText().startsWith(QStringLiteral("Sessions STALE since ")));
        QVERIFY(panel.statusText().endsWith(QStringLiteral("timeout")));
        QCOMPARE(panel.statusColour(), Palette::warning());

        // A second, different error: still stale, the new error by name.
        engine.takeError(SourceError{SourceError::Kind::Unauthorized, QStringLiteral("401"),
            QStringLiteral("http://127.0.0.1:1/api/admin/sessions"), QStringLiteral("401")});
        QVERIFY(panel.statusText().endsWith(QStringLiteral("unauthorized")));
        QVERIFY(labelText(panel, "sessionsStateMessage").contains(QStringLiteral("unauthorized")));

        // Fresh data again: no longer stale.
        engine.takeSnapshot(snapshotOf({session(QStringLiteral("ok@x"), 5 * 3600, "tok-o")}));
        QVERIFY(!model.isStale());
        QVERIFY(!labelVisible(panel, "sessionsStateMessage"));
        QCOMPARE(panel.sourceState(), SessionsPanel::SourceState::Fresh);
        QCOMPARE(panel.statusColour(), Palette::ok());
    }

    void errorBeforeAnyDataIsAnErrorNotStale()
    {
        LiveSessions engine{defaultBaseline()};
        SessionsPanel panel{defaultBaseline()};
        panel.setTarget(&engine);
        engine.takeError(SourceError{SourceError::Kind::ConnectionRefused,
            QStringLiteral("connection refused"), QStringLiteral("http://127.0.0.1:1"), {}});
        QCOMPARE(panel.sourceState(), SessionsPanel::SourceState::Failed);
        QCOMPARE(panel.statusText(), QStringLiteral("Sessions error — connection-refused"));
        QCOMPARE(panel.statusColour(), Palette::critical());
        QVERIFY(labelText(panel, "sessionsStateMessage")
                    .contains(QStringLiteral("connection refused")));
        QVERIFY(!labelText(panel, "sessionsStateMessage").contains(QStringLiteral("STALE")));
    }

    void databaseDownBeforeAnyDataIsWaitingNotAnError()
    {
        // The sessions table is read through the monitoring connection: while the database is
        // down the window says so already; the sessions field waits, neutral.
        LiveSessions engine{defaultBaseline()};
        SessionsPanel panel{defaultBaseline()};
        panel.setTarget(&engine);
        engine.takeError(SourceError{SourceError::Kind::DatabaseUnavailable,
            QStringLiteral("the monitoring connection is down"),
            QStringLiteral("127.0.0.1:5432/app"), {}});
        QCOMPARE(panel.sourceState(), SessionsPanel::SourceState::Failed);
        QVERIFY(panel.waitsForDatabase());
        QCOMPARE(panel.statusText(), QStringLiteral("Sessions: waiting for the database"));
        QCOMPARE(panel.statusColour(), Palette::disconnected());
    }

    void countdownRunsOnTheServersClock()
    {
        SessionsModel model{defaultBaseline().thresholds.session};
        QAbstractItemModelTester tester{
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        // The desktop is two hours ahead: nothing below may read the desktop's clock.
        SessionSnapshot snapshot = snapshotOf({session(QStringLiteral("a@x"), 16 * 60, "tok-a"),
            session(QStringLiteral("b@x"), 61 * 60, "tok-b")});
        snapshot.receivedAt = kServerTime.addSecs(7200);
        model.setSnapshot(snapshot);
        QCOMPARE(cell(model, 0, SessionsModel::ExpiresIn), QStringLiteral("16 min 0 s"));
        QCOMPARE(cell(model, 0, SessionsModel::Status), QStringLiteral("warn"));
        QCOMPARE(cell(model, 1, SessionsModel::Status), QStringLiteral("ok"));

        model.setElapsed(90 * 1000); // 90 s after receipt
        QCOMPARE(model.serverNow(), kServerTime.addSecs(90));
        QCOMPARE(cell(model, 0, SessionsModel::ExpiresIn), QStringLiteral("14 min 30 s"));
        QCOMPARE(cell(model, 0, SessionsModel::Status), QStringLiteral("critical"));
        QCOMPARE(cell(model, 1, SessionsModel::Status), QStringLiteral("warn"));
        QCOMPARE(cell(model, 0, SessionsModel::Age), QStringLiteral("2 h 1 min"));
        QCOMPARE(model.summary().critical, 1);
        QCOMPARE(model.summary().warn, 1);

        model.setElapsed(17 * 60 * 1000); // a@x is past its expiry now
        QCOMPARE(cell(model, 0, SessionsModel::ExpiresIn), QStringLiteral("expired"));
        QCOMPARE(cell(model, 0, SessionsModel::Status), QStringLiteral("expired"));
        QVERIFY(model.data(model.index(0, 0), SessionsModel::ExpiredRole).toBool());
        QCOMPARE(model.summary().active, 1);
        QCOMPARE(model.summary().expired, 1);
    }

    void tickSignalsOnlyCellsWhoseTextChanged()
    {
        SessionsModel model{defaultBaseline().thresholds.session};
        SessionSnapshot snapshot = snapshotOf({session(QStringLiteral("soon@x"), 20 * 60, "tok-s"),
            session(QStringLiteral("later@x"), 5 * 3600 + 30, "tok-l")});
        model.setSnapshot(snapshot);
        QSignalSpy changed{&model, &QAbstractItemModel::dataChanged};
        model.setElapsed(1000);
        // "20 min 0 s" and "1 min 0 s ago" show seconds and move; "5 h 0 min" and the ages
        // ("2 h 0 min") show minutes and stay; user, created and hash never move.
        QList<std::pair<int, int>> cells; // (row, column) ranges as signalled
        for (const QList<QVariant>& signal : changed) {
            const auto topLeft = signal.at(0).value<QModelIndex>();
            const auto bottomRight = signal.at(1).value<QModelIndex>();
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
                    cells.append({row, column});
            }
        }
        QVERIFY(cells.contains(std::pair{0, int{SessionsModel::ExpiresIn}}));
        QVERIFY(cells.contains(std::pair{0, int{SessionsModel::LastSeen}})); // "1 min 1 s ago"
        QVERIFY(!cells.contains(std::pair{1, int{SessionsModel::ExpiresIn}}));
        QVERIFY(!cells.contains(std::pair{0, int{SessionsModel::User}}));
        QVERIFY(!cells.contains(std::pair{0, int{SessionsModel::Age}})); // 2 h 0 min
        QCOMPARE(cell(model, 0, SessionsModel::ExpiresIn), QStringLiteral("19 min 59 s"));
        QCOMPARE(cell(model, 1, SessionsModel::ExpiresIn), QStringLiteral("5 h 0 min"));
    }

    void countdownAdvancesOnItsOwn()
    {
        // The panel's own once-a-second timer, no new snapshot, on a clock the test moves.
        SimulatedClock clock{QDateTime::currentMSecsSinceEpoch()};
        const ScopedClock held{clock};
        LiveSessions engine{defaultBaseline()};
        SessionsPanel panel{defaultBaseline()};
        panel.setTarget(&engine);
        engine.takeSnapshot(snapshotOf({session(QStringLiteral("a@x"), 30 * 60, "tok-a")}));
        QCOMPARE(cell(*panel.model(), 0, SessionsModel::ExpiresIn), QStringLiteral("30 min 0 s"));
        clock.advanceBy(999);
        QCOMPARE(cell(*panel.model(), 0, SessionsModel::ExpiresIn), QStringLiteral("30 min 0 s"));
        clock.advanceBy(1);
        QCOMPARE(cell(*panel.model(), 0, SessionsModel::ExpiresIn), QStringLiteral("29 min 59 s"));
        clock.advanceBy(60 * 1000);
        QCOMPARE(cell(*panel.model(), 0, SessionsModel::ExpiresIn), QStringLiteral("28 min 59 s"));
        QCOMPARE(panel.model()->elapsed(), 61 * 1000);
    }

    void twoHundredSessionsTick()
    {
        LiveSessions engine{defaultBaseline()};
        SessionsPanel panel{defaultBaseline()};
        panel.setTarget(&engine);
        QAbstractItemModelTester tester{
            panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest};
        panel.resize(1600, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (int tick = 0; tick < 3; ++tick) {
            engine.takeSnapshot(demoSnapshot(200, kServerTime.addSecs(30 * tick)));
            panel.advanceCountdown();
            QCOMPARE(panel.model()->rowCount(), 200);
            QCOMPARE(panel.model()->summary().active, 200);
            QCOMPARE(panel.summaryText(),
                QStringLiteral("200 active · 9 expire within 1 h · 3 within 15 min"));
            // Nearest expiry first, all the way down.
            for (int row = 1; row < 200; ++row) {
                QVERIFY(panel.model()
                            ->data(panel.model()->index(row - 1, 0),
                                SessionsModel::MillisecondsLeftRole)
                            .toLongLong()
                    <= panel.model()
                           ->data(panel.model()->index(row, 0), SessionsModel::MillisecondsLeftRole)
                           .toLongLong());
            }
        }
        int histogramTotal = panel.histogram()->later();
        for (const int count : panel.histogram()->bins())
            histogramTotal += count;
        QCOMPARE(histogramTotal, 200);
    }

    void skewLabelOnlyOverFiveSeconds_data()
    {
        QTest::addColumn<qint64>("skewMs");
        QTest::addColumn<bool>("shown");
        QTest::newRow("in step: hidden") << qint64{0} << false;
        QTest::newRow("4 s ahead: hidden") << qint64{4000} << false;
        QTest::newRow("exactly 5 s behind: hidden") << qint64{-5000} << false;
        QTest::newRow("6 s ahead: shown") << qint64{6000} << true;
        QTest::newRow("2 h behind: shown") << qint64{-7200 * 1000} << true;
    }
    void skewLabelOnlyOverFiveSeconds()
    {
        QFETCH(qint64, skewMs);
        QFETCH(bool, shown);
        MainWindow window{defaultBaseline(), TargetOptions{}};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!labelVisible(window, "clockSkew"));
        QVERIFY2(labelText(window, "sessionSourceState").contains(QStringLiteral("no source")),
            qPrintable(labelText(window, "sessionSourceState")));

        window.liveSessions()->takeSnapshot(demoSnapshot(20, kServerTime, 3, skewMs));
        QCOMPARE(labelVisible(window, "clockSkew"), shown);
        QVERIFY2(
            labelText(window, "sessionSourceState").contains(QStringLiteral("fresh · 20 active")),
            qPrintable(labelText(window, "sessionSourceState")));
        if (shown) {
            QVERIFY2(
                labelText(window, "clockSkew").contains(SessionExpiry::formatLeft(qAbs(skewMs))),
                qPrintable(labelText(window, "clockSkew")));
        }
    }

    void mainWindowPollsTheAdminEndpointAndMarksStale()
    {
        // The real source against a real server on loopback, token from the environment.
        TestHttpServer server;
        QVERIFY(server.start());
        const QDateTime serverTime = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        server.route("/api/admin/sessions", HttpReply::json(goodPayload(serverTime)));
        qputenv("OPSDASH_SESSIONS_TOKEN", "tst-sessionspanel-token");
        TargetOptions options;
        options.sessionsUrl = server.baseUrl().toString();
        MainWindow window{defaultBaseline(), options};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionsPanel* panel = window.sessionsPanel();
        QVERIFY(panel != nullptr);
        QVERIFY(window.findChild<QTabWidget*>()->indexOf(panel) >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(panel->sourceState(), SessionsPanel::SourceState::Fresh, 15000);
        QCOMPARE(server.requests.value(0).headers.value("authorization"),
            QByteArray{"Bearer tst-sessionspanel-token"});
        QCOMPARE(panel->model()->rowCount(), 3); // the fourth has expired
        // The desktop is 3 h ahead of this server's serverTime.
        QVERIFY(labelVisible(window, "clockSkew"));

        server.route("/api/admin/sessions", HttpReply::json("{}", 503));
        QVERIFY(panel->source()->fetchNow());
        QTRY_COMPARE_WITH_TIMEOUT(panel->sourceState(), SessionsPanel::SourceState::Stale, 15000);
        QVERIFY2(labelText(window, "sessionSourceState").contains(QStringLiteral("server-error")),
            qPrintable(labelText(window, "sessionSourceState")));
        QCOMPARE(panel->model()->rowCount(), 3);
        qunsetenv("OPSDASH_SESSIONS_TOKEN");
    }

    void canaryHeaderShowsTheLiveIdleLimit_data()
    {
        QTest::addColumn<qint64>("idleSeconds");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("colour");
        QTest::newRow("24 h passes, in green")
            << qint64{86400} << "canary: idle limit 24 h 0 min (baseline 24 h ± 60 s) — pass"
            << static_cast<int>(CheckStatus::Pass) << Palette::ok().name();
        QTest::newRow("24 h less one updateAge still passes (database sessions)")
            << qint64{86400 - 240} << "canary: idle limit 23 h 56 min (baseline 24 h ± 60 s) — pass"
            << static_cast<int>(CheckStatus::Pass) << Palette::ok().name();
        QTest::newRow("30 days fails, in red")
            << qint64{30 * 86400}
            << "canary: idle limit 720 h 0 min (30 days) (baseline 24 h ± 60 s) — fail"
            << static_cast<int>(CheckStatus::Fail) << Palette::critical().name();
        QTest::newRow("24 h and 2 min fails")
            << qint64{86400 + 120} << "canary: idle limit 24 h 2 min (baseline 24 h ± 60 s) — fail"
            << static_cast<int>(CheckStatus::Fail) << Palette::critical().name();
    }
    void canaryHeaderShowsTheLiveIdleLimit()
    {
        QFETCH(qint64, idleSeconds);
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(QString, colour);
        LiveSessions engine{defaultBaseline()};
        SessionsPanel panel{defaultBaseline()};
        panel.setTarget(&engine);
        QVERIFY(!labelVisible(panel, "canaryState"));
        QSignalSpy checked{&panel, &SessionsPanel::canaryChecked};
        engine.takeCanary(canaryObserved(idleSeconds));
        QCOMPARE(panel.canaryText(), text);
        QVERIFY(labelVisible(panel, "canaryState"));
        QVERIFY2(labelText(panel, "canaryState").contains(colour),
            qPrintable(labelText(panel, "canaryState")));
        QCOMPARE(checked.size(), 1);
        const auto finding = checked.at(0).at(0).value<Finding>();
        QCOMPARE(finding.checkId, QStringLiteral("live.session.maxAge"));
        QCOMPARE(static_cast<int>(finding.status), status);
        QCOMPARE(static_cast<int>(panel.canaryFinding()->status), status);
    }

    void canaryWithoutCookieIsNotConfigured()
    {
        qunsetenv("OPSDASH_CANARY_COOKIE");
        LiveSessions engine{defaultBaseline()};
        SessionsPanel panel{defaultBaseline()};
        panel.setTarget(&engine);
        QSignalSpy checked{&panel, &SessionsPanel::canaryChecked};
        // No Secret Service in this test's environment, or no entry: either way none.
        engine.startCanary(QUrl{QStringLiteral("http://127.0.0.1:1")});
        QVERIFY(checked.wait(15000));
        QCOMPARE(panel.canaryText(), QStringLiteral("canary: not configured"));
        QCOMPARE(toString(panel.canaryFinding()->status), toString(CheckStatus::NotChecked));
        QVERIFY(labelText(panel, "canaryState").contains(QStringLiteral("not configured")));
        engine.stopCanary();
        QVERIFY(!labelVisible(panel, "canaryState"));
        QVERIFY(!panel.canaryFinding());
    }

    // The window runs the canary (cookie from OPSDASH_CANARY_COOKIE, as `opsdash sessions`
    // reads it) against a real server whose clock is 2 h behind, shows the idle limit and
    // hands live.session.maxAge to the drift panel.
    void mainWindowRunsTheCanaryAndFeedsTheDriftPanel()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        const QDateTime date
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 7200, Qt::UTC);
        server.route("/api/auth/session", canarySessionReply(date, 86400));
        qputenv("OPSDASH_CANARY_COOKIE", "next-auth.session-token=tst-canary-cookie");
        TargetOptions options;
        options.canaryUrl = server.baseUrl().toString();
        MainWindow window{defaultBaseline(), options};
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionsPanel* panel = window.sessionsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->canaryFinding().has_value(), 15000);
        QCOMPARE(toString(panel->canaryFinding()->status), toString(CheckStatus::Pass));
        QCOMPARE(panel->canaryText(),
            QStringLiteral("canary: idle limit 24 h 0 min (baseline 24 h ± 60 s) — pass"));
        QCOMPARE(server.requests.value(0).headers.value("cookie"),
            QByteArray{"next-auth.session-token=tst-canary-cookie"});
        QTRY_VERIFY_WITH_TIMEOUT(driftFinding(window, QStringLiteral("live.session.maxAge")), 5000);
        QCOMPARE(toString(driftFinding(window, QStringLiteral("live.session.maxAge"))->status),
            toString(CheckStatus::Pass));

        // The app's maxAge goes to 30 days: the next check fails, in the header and in drift.
        server.route("/api/auth/session", canarySessionReply(date, 30 * 86400));
        window.liveSessions()->startCanary(server.baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(toString(panel->canaryFinding().value_or(Finding{}).status),
            toString(CheckStatus::Fail), 15000);
        QVERIFY(panel->canaryText().contains(QStringLiteral("(30 days)")));
        QTRY_COMPARE_WITH_TIMEOUT(
            toString(driftFinding(window, QStringLiteral("live.session.maxAge"))
                         .value_or(Finding{})
                         .status),
            toString(CheckStatus::Fail), 5000);
        // The cookie never shows.
        QVERIFY(!labelText(*panel, "canaryState").contains(QStringLiteral("tst-canary-cookie")));
        const auto* canaryLabel = panel->findChild<QLabel*>(QStringLiteral("canaryState"));
        QVERIFY(!canaryLabel->toolTip().contains(QStringLiteral("tst-canary-cookie")));

        // A target without a canary takes it away again, from drift too.
        window.setTarget(TargetOptions{});
        QVERIFY(!panel->canaryFinding());
        QVERIFY(!driftFinding(window, QStringLiteral("live.session.maxAge")));
        qunsetenv("OPSDASH_CANARY_COOKIE");
    }

    void canaryScreenshots_data()
    {
        QTest::addColumn<qint64>("idleSeconds");
        QTest::addColumn<QString>("name");
        QTest::newRow("pass") << qint64{86400} << "canary-pass";
        QTest::newRow("fail") << qint64{30 * 86400} << "canary-fail";
    }
    void canaryScreenshots()
    {
        QFETCH(qint64, idleSeconds);
        QFETCH(QString, name);
        MainWindow window{defaultBaseline(), TargetOptions{}};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPanel(window.sessionsPanel());
        window.liveSessions()->takeSnapshot(
            demoSnapshot(412, QDateTime::currentDateTimeUtc().addSecs(-7203), 9, 7203 * 1000));
        window.liveSessions()->takeCanary(canaryObserved(idleSeconds));
        saveScreenshot(
            window, QStringLiteral("sessions-1280x720-%1.png").arg(name), {window.sessionsPanel()});
        saveScreenshot(*window.sessionsPanel(), QStringLiteral("panel-sessions-%1.png").arg(name));
    }

    void screenshots_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("stale");
        QTest::newRow("1600x1000") << QSize{1600, 1000} << false;
        QTest::newRow("1280x720") << QSize{1280, 720} << false;
        QTest::newRow("1280x720 stale") << QSize{1280, 720} << true;
    }
    void screenshots()
    {
        QFETCH(QSize, size);
        QFETCH(bool, stale);
        MainWindow window{defaultBaseline(), TargetOptions{}};
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPanel(window.sessionsPanel());
        window.liveSessions()->takeSnapshot(
            demoSnapshot(412, QDateTime::currentDateTimeUtc().addSecs(-7203), 9, 7203 * 1000));
        if (stale) {
            window.liveSessions()->takeError(SourceError{SourceError::Kind::Timeout,
                QStringLiteral("no response for 10 s; gave up"),
                QStringLiteral("https://app.clinic.example/api/admin/sessions"), {}});
        }
        const QString name = QStringLiteral("sessions-%1x%2%3.png")
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(stale ? QStringLiteral("-stale") : QString{});
        saveScreenshot(window, name, {window.sessionsPanel()});
        // The panel alone at the size it gets in the window, for a closer look.
        saveScreenshot(*window.sessionsPanel(), QStringLiteral("panel-") + name);
    }
};

QTEST_MAIN(TestSessionsPanel)
#include "tst_sessionspanel.moc"
