// The activity panel fed through its real models with scripted polls: rows updated in
// place (selection kept by pid), filters, numeric sorting of durations, copy, and cancel /
// terminate — off unless allowed, and then only after a confirmation naming the backend.
#include "evidence/Redaction.h"
#include "gui/activity/ActivityFilterModel.h"
#include "gui/activity/ActivityModel.h"
#include "gui/activity/ActivityPanel.h"
#include "support/DefaultBaseline.h"
#include "support/ScriptedActivity.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace opsdash;
using scripted::session;

namespace {

const QString LongQuery = QStringLiteral(
    "SELECT o.id, o.total\n  FROM orders o\n  JOIN customers c ON c.id = o.customer_id\n"
    " WHERE o.created_at > now() - interval '1 day'");

QList<BackendSession> firstPoll()
{
    return {
        session(4242, QStringLiteral("web"), BackendState::Active, LongQuery, 30),
        session(4243, QStringLiteral("web"), BackendState::Idle, QStringLiteral("COMMIT"), 5),
        session(4244, QStringLiteral("web"), BackendState::Active,
            QStringLiteral("UPDATE carts SET touched_at = now() WHERE id = $1"), 2 * 3600),
        session(5100, QStringLiteral("scheduling"), BackendState::IdleInTransaction,
            QStringLiteral("SELECT * FROM jobs FOR UPDATE SKIP LOCKED"), 9 * 60),
        session(5101, QStringLiteral("scheduling"), BackendState::Active,
            QStringLiteral("SELECT pg_sleep(1)"), 9),
        session(6000, QStringLiteral("other"), BackendState::Unknown,
            QStringLiteral("<insufficient privilege>"), 0),
    };
}

QList<int> shownPids(const ActivityPanel& panel)
{
    QList<int> pids;
    const QAbstractItemModel* model = panel.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        pids << model->index(row, 0).data(ActivityModel::PidRole).toInt();
    return pids;
}

} // namespace

class TestActivityPanel final : public QObject
{
    Q_OBJECT

private slots:
    void modelsPassTheModelTesterThroughChangingPolls()
    {
        ActivityModel model;
        ActivityFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(ActivityModel::QueryDurationColumn, Qt::DescendingOrder);
        QAbstractItemModelTester modelTester{
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        QAbstractItemModelTester filterTester{
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest};
        QList<BackendSession> sessions = firstPoll();
        model.setSample(scripted::sample(sessions));
        QCOMPARE(model.rowCount(), 6);
        sessions.removeAt(1); // a backend leaves
        sessions.removeAt(3);
        sessions << session(7000, QStringLiteral("web"), BackendState::Active, LongQuery, 1);
        filter.setHideIdle(true);
        model.setSample(scripted::sample(sessions, scripted::Start.addSecs(2)));
        QCOMPARE(model.rowCount(), 5);
        model.setSample(scripted::sample({}, scripted::Start.addSecs(4)));
        QCOMPARE(model.rowCount(), 0);
        model.setSample(scripted::sample(firstPoll(), scripted::Start.addSecs(6)));
        model.clear();
        QCOMPARE(filter.rowCount(), 0);
    }

    void aTickUpdatesRowsInPlaceAndKeepsTheSelectionByPid()
    {
        ActivityPanel panel{defaultBaseline()};
        panel.showSample(scripted::sample(firstPoll()));
        QVERIFY(panel.selectPid(5100));
        QSignalSpy resets{panel.model(), &QAbstractItemModel::modelAboutToBeReset};

        QList<BackendSession> next = firstPoll();
        next.removeFirst(); // rows before and after the selected one change
        next.removeLast();
        next.prepend(session(8000, QStringLiteral("web"), BackendState::Active, LongQuery, 1));
        next[3].query = QStringLiteral("SELECT * FROM jobs WHERE id = 7"); // pid 5100
        panel.showSample(scripted::sample(next, scripted::Start.addSecs(2)));

        QCOMPARE(resets.size(), 0);
        QCOMPARE(panel.model()->rowCount(), 5);
        const std::optional<BackendSession> selected = panel.selectedSession();
        QVERIFY(selected.has_value());
        QCOMPARE(selected->pid, 5100);
        QCOMPARE(selected->query, QStringLiteral("SELECT * FROM jobs WHERE id = 7"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pool");
        QTest::addColumn<int>("state"); // −1: all
        QTest::addColumn<bool>("hideIdle");
        QTest::addColumn<QList<int>>("pids"); // sorted
        const int all = -1;
        QTest::newRow("no filter shows every session")
            << ""
            << "" << all << false << QList<int>{4242, 4243, 4244, 5100, 5101, 6000};
        QTest::newRow("text matches the query, case-insensitively")
            << "CUSTOMERS"
            << "" << all << false << QList<int>{4242};
        QTest::newRow("text matches the application")
            << "postgres.js"
            << "" << all << false << QList<int>{4242, 4243, 4244};
        QTest::newRow("text matches the user") << "scheduler"
                                               << "" << all << false << QList<int>{5100, 5101};
        QTest::newRow("text matches the pid") << "4243"
                                              << "" << all << false << QList<int>{4243};
        QTest::newRow("pool filter") << ""
                                     << "scheduling" << all << false << QList<int>{5100, 5101};
        QTest::newRow("state filter") << ""
                                      << "" << static_cast<int>(BackendState::Active) << false
                                      << QList<int>{4242, 4244, 5101};
        QTest::newRow("hide idle keeps idle in transaction and unknown")
            << ""
            << "" << all << true << QList<int>{4242, 4244, 5100, 5101, 6000};
        QTest::newRow("filters combine") << "SELECT"
                                         << "web" << all << true << QList<int>{4242};
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, pool);
        QFETCH(int, state);
        QFETCH(bool, hideIdle);
        QFETCH(QList<int>, pids);
        ActivityPanel panel{defaultBaseline()};
        panel.showSample(scripted::sample(firstPoll()));
        // Through the widgets, as a user sets them.
        panel.findChild<QLineEdit*>(QStringLiteral("activityFilter"))->setText(text);
        auto* pools = panel.findChild<QComboBox*>(QStringLiteral("poolFilter"));
        pools->setCurrentIndex(pools->findData(pool));
        auto* states = panel.findChild<QComboBox*>(QStringLiteral("stateFilter"));
        states->setCurrentIndex(states->findData(state));
        panel.findChild<QCheckBox*>(QStringLiteral("hideIdle"))->setChecked(hideIdle);
        QList<int> shown = shownPids(panel);
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, pids);
    }

    void countsSayConnectionsAndAFilterThatHidesAllSaysSo()
    {
        ActivityPanel panel{defaultBaseline()};
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showSample(scripted::sample(firstPoll()));
        // Backends are connections; "sessions" is the login sessions' word alone.
        const QString summary = panel.findChild<QLabel*>(QStringLiteral("activitySummary"))->text();
        QVERIFY2(summary.startsWith(QStringLiteral("6 connections · 3 active · 6 shown")),
            qPrintable(summary));
        const auto* noRows
            = panel.table()->viewport()->findChild<QLabel*>(QStringLiteral("noRowsMatch"));
        QVERIFY(noRows != nullptr && !noRows->isVisible());
        panel.findChild<QLineEdit*>(QStringLiteral("activityFilter"))
            ->setText(QStringLiteral("no such thing"));
        QCOMPARE(panel.table()->model()->rowCount(), 0);
        QVERIFY(noRows->isVisible());
        QCOMPARE(noRows->text(), QStringLiteral("No rows match the filter."));
        panel.findChild<QLineEdit*>(QStringLiteral("activityFilter"))->clear();
        QVERIFY(!noRows->isVisible());
        // No data at all is not a filter's doing: nothing said here.
        panel.showSample(scripted::sample({}));
        QVERIFY(!noRows->isVisible());
    }

    void durationsSortAsNumbersNotText()
    {
        ActivityPanel panel{defaultBaseline()};
        panel.showSample(scripted::sample(firstPoll()));
        auto* states = panel.findChild<QComboBox*>(QStringLiteral("stateFilter"));
        states->setCurrentIndex(states->findData(static_cast<int>(BackendState::Active)));
        panel.table()->sortByColumn(ActivityModel::QueryDurationColumn, Qt::DescendingOrder);
        // 2 h, 30 s, 9 s — as text "9.0 s" would come first.
        QCOMPARE(shownPids(panel), (QList<int>{4244, 4242, 5101}));
        QCOMPARE(panel.table()->model()->index(0, ActivityModel::QueryDurationColumn).data(),
            QVariant{QStringLiteral("2 h 00 min")});
        panel.table()->sortByColumn(ActivityModel::PidColumn, Qt::AscendingOrder);
        QCOMPARE(shownPids(panel), (QList<int>{4242, 4244, 5101}));
    }

    void queryIsOneLineWithTheFullTextInTheTooltip()
    {
        ActivityModel model;
        model.setSample(scripted::sample(firstPoll()));
        const QModelIndex query = model.index(model.rowOfPid(4242), ActivityModel::QueryColumn);
        QVERIFY(!query.data().toString().contains(QLatin1Char{'\n'}));
        QVERIFY(query.data().toString().startsWith(QStringLiteral("SELECT o.id, o.total FROM")));
        QCOMPARE(query.data(Qt::ToolTipRole).toString(), LongQuery);
        const QModelIndex idle
            = model.index(model.rowOfPid(4243), ActivityModel::QueryDurationColumn);
        QCOMPARE(idle.data().toString(), QString{}); // an idle backend runs no query
        QCOMPARE(idle.data(ActivityModel::SortRole).toLongLong(), -1);
    }

    void keyboardCopiesTheRowOrTheQuery()
    {
        ActivityPanel panel{defaultBaseline()};
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.showSample(scripted::sample(firstPoll()));
        QVERIFY(panel.selectPid(4242));
        panel.table()->setFocus();

        // The selection under a header line, the query as its fingerprint (tst_tableexport).
        QTest::keyClick(panel.table(), Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char{'\n'});
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Pool\t")), qPrintable(lines.at(0)));
        const QString row = lines.at(1);
        QVERIFY2(row.startsWith(QStringLiteral("web\t4242\tapp\tplatform\tpostgres.js\t")),
            qPrintable(row));
        QVERIFY2(row.endsWith(Redaction::queryFingerprint(LongQuery)), qPrintable(row));

        QTest::keyClick(panel.table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), LongQuery);
    }

    void ctrlFFocusesTheFilter()
    {
        ActivityPanel panel{defaultBaseline()};
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.table()->setFocus();
        QTest::keyClick(panel.table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(panel.findChild<QLineEdit*>(QStringLiteral("activityFilter"))->hasFocus());
    }

    void cancelAndTerminateAreOffByDefault()
    {
        ActivityPanel panel{defaultBaseline()};
        int asked = 0;
        panel.setConfirmer([&](const QString&, const QString&) {
            ++asked;
            return true;
        });
        QSignalSpy requested{&panel, &ActivityPanel::backendSignalRequested};
        panel.showSample(scripted::sample(firstPoll()));
        QVERIFY(panel.selectPid(4242));
        for (QAction* action : panel.actions()) {
            if (action->text().contains(QStringLiteral("ancel"))
                || action->text().contains(QStringLiteral("erminate")))
                QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        }
        panel.cancelSelectedQuery();
        panel.terminateSelectedBackend();
        QCOMPARE(asked, 0);
        QCOMPARE(requested.size(), 0);
    }

    void disabledCancelAndTerminateSayHowToEnableThem()
    {
        ActivityPanel panel{defaultBaseline()};
        panel.showSample(scripted::sample(firstPoll()));
        QVERIFY(panel.selectPid(4242));
        int checked = 0;
        for (QAction* action : panel.actions()) {
            const QString text = action->text().remove(u'&');
            if (!text.startsWith(QStringLiteral("Cancel query"))
                && !text.startsWith(QStringLiteral("Terminate backend")))
                continue;
            ++checked;
            QVERIFY(!action->isEnabled());
            // The profile's setting, by the words of its check box.
            QVERIFY2(action->toolTip().contains(
                         QStringLiteral("Allow cancel query and terminate backend")),
                qPrintable(action->toolTip()));
            QVERIFY2(
                action->toolTip().contains(QStringLiteral("Edit")), qPrintable(action->toolTip()));
            QCOMPARE(action->statusTip(), action->toolTip()); // menus show it in the status bar
        }
        QCOMPARE(checked, 2);
        panel.setBackendSignalsAllowed(true);
        for (QAction* action : panel.actions()) {
            if (action->text().contains(QStringLiteral("erminate")))
                QVERIFY(!action->toolTip().contains(QStringLiteral("Allow")));
        }
    }

    void allowedSignalsAskFirstShowingPidAppUserAndQuery_data()
    {
        QTest::addColumn<bool>("terminate");
        QTest::addColumn<bool>("confirmed");
        QTest::newRow("cancel declined") << false << false;
        QTest::newRow("cancel confirmed") << false << true;
        QTest::newRow("terminate declined") << true << false;
        QTest::newRow("terminate confirmed") << true << true;
    }
    void allowedSignalsAskFirstShowingPidAppUserAndQuery()
    {
        QFETCH(bool, terminate);
        QFETCH(bool, confirmed);
        ActivityPanel panel{defaultBaseline()};
        panel.setBackendSignalsAllowed(true);
        QString question;
        panel.setConfirmer([&](const QString&, const QString& text) {
            question = text;
            return confirmed;
        });
        QSignalSpy requested{&panel, &ActivityPanel::backendSignalRequested};
        panel.showSample(scripted::sample(firstPoll()));
        QVERIFY(panel.selectPid(4242));
        if (terminate)
            panel.terminateSelectedBackend();
        else
            panel.cancelSelectedQuery();
        for (const QString& part :
            {QStringLiteral("pid: 4242"), QStringLiteral("application: postgres.js"),
                QStringLiteral("user: app"), LongQuery})
            QVERIFY2(question.contains(part), qPrintable(question));
        QCOMPARE(requested.size(), confirmed ? 1 : 0);
        if (confirmed) {
            QCOMPARE(requested.first().at(0).value<BackendSignals::Action>(),
                terminate ? BackendSignals::Action::TerminateBackend
                          : BackendSignals::Action::CancelQuery);
            QCOMPARE(requested.first().at(1).value<BackendSession>().pid, 4242);
        }
    }
};

QTEST_MAIN(TestActivityPanel)
#include "tst_activitypanel.moc"
