// The Drift panel as a user meets it: source checks verified off the UI thread on the
// fixture, a broken path, no path at all; the target's findings joining in; opening and
// copying a file location; and screenshots of the panel in the window at two sizes.
#include "MonorepoCopy.h"
#include "gui/drift/DriftModel.h"
#include "gui/drift/DriftPanel.h"
#include "gui/window/MainWindow.h"
#include "support/DefaultBaseline.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace opsdash;

namespace {

QString fixture()
{
    return QStringLiteral(OPSDASH_MONOREPO_FIXTURE);
}

QString labelText(const QWidget& panel, const char* name)
{
    const auto* label = panel.findChild<QLabel*>(QLatin1String{name});
    return label != nullptr ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String{name});
}

int rowOf(const DriftModel& model, const QString& checkId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.finding(row).checkId == checkId)
            return row;
    }
    return -1;
}

Finding serverFinding(const char* id, CheckStatus status)
{
    Finding finding;
    finding.checkId = QLatin1String{id};
    finding.plane = Plane::Server;
    finding.status = status;
    finding.expected = QStringLiteral("200");
    finding.actual = QStringLiteral("200");
    finding.evidence = QStringLiteral("pg_settings on 127.0.0.1:5432/postgres");
    return finding;
}

void saveScreenshot(QWidget& widget, const QString& name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString png = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/") + name;
    QVERIFY2(widget.grab().save(png), qPrintable(png));
    qInfo("screenshot: %s", qPrintable(png));
}

} // namespace

class TestDriftPanel final : public QObject
{
    Q_OBJECT

public slots:
    // QDesktopServices hands file URLs here instead of to the desktop.
    void openFile(const QUrl& url) { m_opened.append(url); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_driftpanel"));
        QSettings{}.clear();
        qunsetenv("VISUAL"); // no editor command: files go to the desktop's handler
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openFile");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    void cleanup() { QSettings{}.remove(QStringLiteral("drift")); } // the order and filter

    void withoutRepositorySourceChecksAreNotCheckedNeverPass()
    {
        DriftPanel panel{defaultBaseline(), QString{}};
        QCOMPARE(panel.objectName(), QStringLiteral("driftPanel"));
        QVERIFY(!panel.isVerifying());
        const DriftModel& model = *panel.model();
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(model.counts().notChecked, 21);
        QCOMPARE(model.counts().pass, 0);
        for (const Finding& finding : model.findings()) {
            QVERIFY(finding.plane == Plane::Source);
            QCOMPARE(finding.reason, QStringLiteral("no repository given"));
        }
        QCOMPARE(labelText(panel, "verifyState"), QStringLiteral("no repository given"));
        QVERIFY(labelText(panel, "statusCounts").contains(QStringLiteral("21 checks")));
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("reverifyButton"))->isEnabled());
        panel.reverify(); // F6 without a repository: still not-checked, no worker
        QVERIFY(!panel.isVerifying());
        QCOMPARE(panel.model()->counts().notChecked, 21);
        panel.resize(1280, 400);
        saveScreenshot(panel, QStringLiteral("driftpanel-no-repository.png"));
    }

    void reverifyOnTheFixtureRunsOffTheUiThread()
    {
        DriftPanel panel{defaultBaseline(), fixture()};
        QSignalSpy verified{&panel, &DriftPanel::verified};
        // The constructor has started the run and returned without its results: they
        // arrive through the event loop from the worker.
        QVERIFY(panel.isVerifying());
        QCOMPARE(labelText(panel, "verifyState"), QStringLiteral("verifying…"));
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("reverifyButton"))->isEnabled());

        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 30000);
        QVERIFY(!panel.isVerifying());
        QCOMPARE(panel.model()->counts().pass, 21);
        QVERIFY2(labelText(panel, "verifyState").startsWith(QStringLiteral("verified at")),
            qPrintable(labelText(panel, "verifyState")));
        QVERIFY(labelText(panel, "statusCounts").contains(QStringLiteral("<b>21</b>&nbsp;pass")));

        auto* button = panel.findChild<QPushButton*>(QStringLiteral("reverifyButton"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(panel.isVerifying());
        QCOMPARE(labelText(panel, "verifyState"), QStringLiteral("verifying…"));
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 2, 30000);
        QCOMPARE(panel.model()->counts().pass, 21);
    }

    void reverifySeesAChangedCheckout()
    {
        MonorepoCopy repo;
        QVERIFY(repo.isValid());
        DriftPanel panel{defaultBaseline(), repo.root()};
        QSignalSpy verified{&panel, &DriftPanel::verified};
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 30000);
        QCOMPARE(panel.model()->counts().fail, 0);

        QVERIFY(repo.apply(MonorepoEdit::replace(QStringLiteral("packages/database/src/client.ts"),
                               QStringLiteral("max: 150,"), QStringLiteral("max: 180,")))
                    .isEmpty());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::keyClick(&panel, Qt::Key_F6);
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 2, 30000);
        const int row = rowOf(*panel.model(), QStringLiteral("pool.web.max"));
        QVERIFY(row >= 0);
        QVERIFY(panel.model()->finding(row).status == CheckStatus::Fail);
        QCOMPARE(panel.model()->finding(row).actual, QStringLiteral("180"));
    }

    void firstProblemIsBroughtIntoView()
    {
        MonorepoCopy repo;
        QVERIFY(repo.isValid());
        QVERIFY(repo.apply(MonorepoEdit::replace(QStringLiteral("specs/001-platform/tasks.md"),
                               QStringLiteral("- [x] T178"), QStringLiteral("- [ ] T178")))
                    .isEmpty());
        DriftPanel panel{defaultBaseline(), repo.root()};
        QSignalSpy verified{&panel, &DriftPanel::verified};
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 30000);
        const auto* view = panel.findChild<QTableView*>(QStringLiteral("findingsView"));
        QCOMPARE(panel.model()->finding(view->currentIndex().row()).checkId,
            QStringLiteral("tasks.T178"));
        QVERIFY2(labelText(panel, "findingDetails").contains(QStringLiteral("tasks.T178")),
            qPrintable(labelText(panel, "findingDetails")));
    }

    void brokenPathIsMissingWithThePath()
    {
        const QString path{QStringLiteral("/nonexistent/opsdash-checkout")};
        DriftPanel panel{defaultBaseline(), path};
        QSignalSpy verified{&panel, &DriftPanel::verified};
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 30000);
        QCOMPARE(panel.model()->counts().missing, 21);
        for (const Finding& finding : panel.model()->findings()) {
            QCOMPARE(finding.evidence, path);
            QVERIFY2(finding.reason.contains(path), qPrintable(finding.reason));
        }
        QCOMPARE(panel.locationAt(0), QString{}); // the checkout is not a file to open
    }

    void targetFindingsJoinTheirGroups()
    {
        DriftPanel panel{defaultBaseline(), QString{}};
        panel.setTargetState(QStringLiteral("waiting for the first poll"));
        QVERIFY(
            labelText(panel, "scopeLine").contains(QStringLiteral("waiting for the first poll")));
        panel.setTargetFindings({serverFinding("server.maxConnections", CheckStatus::Pass),
            serverFinding("server.capacity", CheckStatus::Fail)});
        const DriftModel& model = *panel.model();
        QCOMPARE(model.rowCount(), 23);
        QCOMPARE(
            model.index(21, DriftModel::PlaneColumn).data().toString(), QStringLiteral("server"));
        QCOMPARE(model.counts().fail, 1);
        QVERIFY(labelText(panel, "statusCounts").contains(QStringLiteral("23 checks")));
        QVERIFY(!labelText(panel, "scopeLine").contains(QStringLiteral("waiting")));
    }

    void onlyChecksThatDoNotPass()
    {
        DriftPanel panel{defaultBaseline(), QString{}};
        panel.setTargetFindings({serverFinding("server.maxConnections", CheckStatus::Pass),
            serverFinding("server.capacity", CheckStatus::Fail)});
        QTRY_COMPARE(panel.model()->rowCount(), 23);
        auto* view = panel.findChild<QTableView*>(QStringLiteral("findingsView"));
        auto* only = panel.findChild<QCheckBox*>(QStringLiteral("notPassingOnly"));
        const auto* noRows = panel.findChild<QLabel*>(QStringLiteral("noRowsMatch"));
        QVERIFY(only != nullptr && !only->isChecked());
        const auto shown = [&panel, view] {
            QList<CheckStatus> statuses;
            for (int row = 0; row < panel.model()->rowCount(); ++row) {
                if (!view->isRowHidden(row))
                    statuses << panel.model()->finding(row).status;
            }
            return statuses;
        };
        QCOMPARE(shown().size(), 23);

        only->setChecked(true);
        QCOMPARE(shown().size(), 22);
        QVERIFY(!shown().contains(CheckStatus::Pass));
        QVERIFY(shown().contains(CheckStatus::Fail));
        QVERIFY(!noRows->isVisibleTo(&panel));
        // A check asked for by name is shown even when the filter would hide it.
        QVERIFY(panel.selectCheck(QStringLiteral("server.maxConnections")));
        QVERIFY(!only->isChecked());
        QCOMPARE(shown().size(), 23);

        // Everything passes and only failures are asked for: the view says so.
        panel.model()->setFindings(DriftModel::Feed::Source, {});
        panel.setTargetFindings({serverFinding("server.maxConnections", CheckStatus::Pass)});
        only->setChecked(true);
        QVERIFY(shown().isEmpty());
        QVERIFY(noRows->isVisibleTo(&panel));
        only->setChecked(false);
        QVERIFY(!noRows->isVisibleTo(&panel));
    }

    void sortedByStatusWorstFirstAndRemembered()
    {
        QSettings{}.remove(QStringLiteral("drift"));
        {
            DriftPanel panel{defaultBaseline(), QString{}};
            panel.setTargetFindings({serverFinding("server.maxConnections", CheckStatus::Pass),
                serverFinding("server.capacity", CheckStatus::Fail)});
            panel.setSessionFindings({serverFinding("live.session.maxAge", CheckStatus::Unknown)});
            QTRY_COMPARE(panel.model()->rowCount(), 24);
            panel.resize(1200, 700);
            panel.show();
            QVERIFY(QTest::qWaitForWindowActive(&panel));
            auto* view = panel.findChild<QTableView*>(QStringLiteral("findingsView"));
            const auto viewStatus = [view](int row) {
                return static_cast<CheckStatus>(view->model()
                                                    ->index(row, DriftModel::StatusColumn)
                                                    .data(DriftModel::StatusRole)
                                                    .toInt());
            };
            // The design's order first: the source group leads.
            QVERIFY(viewStatus(0) == CheckStatus::NotChecked);

            // A click on the status header: worst first; the plane named on every row.
            auto* header = view->horizontalHeader();
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                QPoint{header->sectionViewportPosition(DriftModel::StatusColumn) + 5,
                    header->height() / 2});
            QTRY_COMPARE(header->sortIndicatorSection(), int{DriftModel::StatusColumn});
            QVERIFY(viewStatus(0) == CheckStatus::Fail);
            QCOMPARE(view->model()->index(0, DriftModel::CheckColumn).data().toString(),
                QStringLiteral("server.capacity"));
            QVERIFY(viewStatus(1) == CheckStatus::Unknown);
            QVERIFY(viewStatus(23) == CheckStatus::Pass);
            for (const int row : {0, 1, 23}) {
                const QModelIndex plane = view->model()->index(row, DriftModel::PlaneColumn);
                QCOMPARE(plane.data().toString(), plane.data(DriftModel::GroupNameRole).toString());
            }

            // The row under the cursor is the model's row, whatever the order.
            view->setFocus();
            view->setCurrentIndex(view->model()->index(0, DriftModel::CheckColumn));
            QVERIFY2(labelText(panel, "findingDetails").contains(QStringLiteral("server.capacity")),
                qPrintable(labelText(panel, "findingDetails")));

            // The filter by keyboard (Alt+O), over the sorted rows.
            auto* only = panel.findChild<QCheckBox*>(QStringLiteral("notPassingOnly"));
            QTest::keyClick(&panel, Qt::Key_O, Qt::AltModifier);
            QTRY_VERIFY(only->isChecked());
            for (int row = 0; row < view->model()->rowCount(); ++row)
                QCOMPARE(view->isRowHidden(row), viewStatus(row) == CheckStatus::Pass);
        }
        // A new panel (the next start) keeps both choices.
        DriftPanel again{defaultBaseline(), QString{}};
        auto* view = again.findChild<QTableView*>(QStringLiteral("findingsView"));
        QVERIFY(again.findChild<QCheckBox*>(QStringLiteral("notPassingOnly"))->isChecked());
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int{DriftModel::StatusColumn});
        QSettings{}.remove(QStringLiteral("drift"));
    }

    void copyAndOpenLocation()
    {
        DriftPanel panel{defaultBaseline(), fixture()};
        QSignalSpy verified{&panel, &DriftPanel::verified};
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 30000);
        panel.setTargetFindings({serverFinding("server.maxConnections", CheckStatus::Pass)});
        panel.resize(1200, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        auto* view = panel.findChild<QTableView*>(QStringLiteral("findingsView"));
        const int row = rowOf(*panel.model(), QStringLiteral("pool.web.max"));
        QVERIFY(row >= 0);
        const QString expected = fixture() + QStringLiteral("/packages/database/src/client.ts:13");
        QCOMPARE(panel.locationAt(row), expected);

        view->setFocus();
        view->setCurrentIndex(panel.model()->index(row, DriftModel::CheckColumn));
        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), expected);
        QVERIFY2(labelText(panel, "findingDetails").contains(QStringLiteral("pool.web.max")),
            qPrintable(labelText(panel, "findingDetails")));

        m_opened.clear();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.first(),
            QUrl::fromLocalFile(fixture() + QStringLiteral("/packages/database/src/client.ts")));

        // A server finding names a query, not a file: no location to copy or open; Ctrl+C
        // copies the cell as any table does.
        const int server = rowOf(*panel.model(), QStringLiteral("server.maxConnections"));
        QCOMPARE(panel.locationAt(server), QString{});
        view->setCurrentIndex(panel.model()->index(server, DriftModel::CheckColumn));
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("server.maxConnections"));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(m_opened.size(), 1);
        auto* copy = view->findChild<QAction*>(QStringLiteral("copyLocationAction"));
        QVERIFY(copy && view->actions().contains(copy));
        QVERIFY(!copy->isEnabled());
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("drifted");
        QTest::addColumn<QSize>("size");
        QTest::newRow("fixture at 1600x1000") << false << QSize{1600, 1000};
        QTest::newRow("fixture at 1280x720") << false << QSize{1280, 720};
        QTest::newRow("drift variant at 1600x1000") << true << QSize{1600, 1000};
        QTest::newRow("drift variant at 1280x720") << true << QSize{1280, 720};
    }
    void screenshots()
    {
        QFETCH(bool, drifted);
        QFETCH(QSize, size);
        QTemporaryDir temp;
        QString repo = fixture();
        if (drifted) {
            // The demo's own drift (demo/drift-monorepo), as `scripts/demo --drift` shows it.
            repo = temp.filePath(QStringLiteral("drift-monorepo"));
            QProcess make;
            make.start(
                QStringLiteral(OPSDASH_SOURCE_DIR "/demo/drift-monorepo"), {fixture(), repo});
            QVERIFY(make.waitForFinished(60000));
            QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
        }
        TargetOptions options;
        options.repoDir = repo;
        MainWindow window{defaultBaseline(), options};
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* panel = window.findChild<DriftPanel*>(QStringLiteral("driftPanel"));
        QVERIFY(panel != nullptr);
        window.showPanel(panel);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isVerifying() && panel->verifiedAt().isValid(), 30000);
        if (drifted) {
            // The value edits of demo/drift-monorepo, plus budget.total (180 + 60 > 200) and
            // docs.poolDocumentation (the docs still say 150 and 50); the dropped
            // SetConnMaxIdleTime is missing.
            QCOMPARE(panel->model()->counts().fail, 8);
            QCOMPARE(panel->model()->counts().missing, 1);
            QCOMPARE(panel->model()->counts().pass, 12);
            const int row = rowOf(*panel->model(), QStringLiteral("pool.web.max"));
            panel->findChild<QTableView*>(QStringLiteral("findingsView"))
                ->setCurrentIndex(panel->model()->index(row, DriftModel::CheckColumn));
        } else {
            QCOMPARE(panel->model()->counts().pass, 21);
        }
        saveScreenshot(window,
            QStringLiteral("drift-%1-%2x%3.png")
                .arg(drifted ? QStringLiteral("variant") : QStringLiteral("fixture"))
                .arg(size.width())
                .arg(size.height()));
        saveScreenshot(*panel,
            QStringLiteral("driftpanel-%1-%2x%3.png")
                .arg(drifted ? QStringLiteral("variant") : QStringLiteral("fixture"))
                .arg(size.width())
                .arg(size.height()));
    }

private:
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestDriftPanel)
#include "tst_driftpanel.moc"
