// The Drift tab of the window on a real server (the shared throwaway cluster) and the
// fixture checkout: source checks from the worker, server and live checks from each poll
// of the watched target, all in one table grouped by plane.
#include "MonorepoCopy.h"
#include "gui/drift/DriftModel.h"
#include "gui/drift/DriftPanel.h"
#include "gui/window/MainWindow.h"
#include "support/DefaultBaseline.h"

#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace opsdash;

namespace {

const Finding* findingFor(const DriftModel& model, const QString& checkId, int* row = nullptr)
{
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.finding(i).checkId == checkId) {
            if (row != nullptr)
                *row = i;
            return &model.finding(i);
        }
    }
    return nullptr;
}

} // namespace

class TestDriftWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_driftwindow"));
        QSettings{}.clear();
        QVERIFY2(qEnvironmentVariableIsSet("OPSDASH_TEST_PG_CONNINFO"),
            "run through ctest (fixture pg)");
    }

    void serverAndLiveChecksJoinTheSourceChecksOnEachPoll()
    {
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = QString::fromUtf8(qgetenv("OPSDASH_TEST_PG_CONNINFO"));
        options.interval = std::chrono::seconds{1};
        options.repoDir = QStringLiteral(OPSDASH_MONOREPO_FIXTURE);
        MainWindow window{defaultBaseline(), options};
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* panel = window.findChild<DriftPanel*>(QStringLiteral("driftPanel"));
        QVERIFY(panel != nullptr);
        window.showPanel(panel);
        const DriftModel& model = *panel->model();

        QTRY_VERIFY_WITH_TIMEOUT(panel->verifiedAt().isValid(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(findingFor(model, QStringLiteral("server.capacity")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(findingFor(model, QStringLiteral("live.web.budget")), 15000);

        // The cluster has max_connections 200 as signed off, and 150 + 50 + the monitor
        // do not fit its 197 usable slots.
        const Finding* maxConnections = findingFor(model, QStringLiteral("server.maxConnections"));
        QVERIFY(maxConnections && maxConnections->status == CheckStatus::Pass);
        QCOMPARE(maxConnections->actual, QStringLiteral("max_connections = 200"));
        const Finding* capacity = findingFor(model, QStringLiteral("server.capacity"));
        QVERIFY(capacity->status == CheckStatus::Fail);
        QVERIFY2(capacity->actual.contains(QStringLiteral("over-committed")),
            qPrintable(capacity->actual));

        // Grouped: the 21 source checks, then server, then live.
        int previous = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            const int group = model.index(row, 0).data(DriftModel::GroupRole).toInt();
            QVERIFY2(group >= previous, qPrintable(model.finding(row).checkId));
            previous = group;
        }
        int serverRow = -1;
        findingFor(model, QStringLiteral("server.maxConnections"), &serverRow);
        QCOMPARE(serverRow, 21);
        QCOMPARE(model.index(serverRow, DriftModel::PlaneColumn).data().toString(),
            QStringLiteral("server"));
        int sourcePassing = 0;
        for (const Finding& finding : model.findings())
            sourcePassing += finding.plane == Plane::Source && finding.status == CheckStatus::Pass;
        QCOMPARE(sourcePassing, 21);
        // Nothing picked yet: the first check that does not pass is the current row.
        const auto* view = panel->findChild<QTableView*>(QStringLiteral("findingsView"));
        QCOMPARE(
            model.finding(view->currentIndex().row()).checkId, QStringLiteral("server.capacity"));

        const QString scope = window.findChild<QLabel*>(QStringLiteral("scopeLine"))->text();
        QVERIFY2(!scope.contains(QStringLiteral("waiting")), qPrintable(scope));

        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QString png
            = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/drift-window-live-1600x1000.png");
        QVERIFY2(window.grab().save(png), qPrintable(png));
        qInfo("screenshot: %s", qPrintable(png));
    }
};

QTEST_MAIN(TestDriftWindow)
#include "tst_driftwindow.moc"
