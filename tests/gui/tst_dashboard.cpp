// The dashboard on a real server (the shared throwaway cluster): pools, capacity and the
// over-commit badge as an on-call engineer sees them.
#include "gui/chart/HistoryChart.h"
#include "gui/pools/PoolBar.h"
#include "gui/pools/PoolBudgetPanel.h"
#include "gui/window/MainWindow.h"
#include "model/BaselineLoader.h"
#include "pg/ActivityMonitor.h"

#include <QLabel>
#include <QSettings>
#include <QTest>

#include <libpq-fe.h>
#include <memory>

using namespace opsdash;

class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dashboard"));
        QSettings{}.clear();
        QVERIFY2(qEnvironmentVariableIsSet("OPSDASH_TEST_PG_CONNINFO"),
            "run through ctest (fixture pg)");
    }

    void poolsCapacityAndOverCommitAreShown()
    {
        // A few postgres.js sessions so the web pool has something to show.
        const QByteArray conninfo = qgetenv("OPSDASH_TEST_PG_CONNINFO");
        std::vector<std::unique_ptr<PGconn, decltype(&PQfinish)>> web;
        for (int i = 0; i < 3; ++i) {
            const char* keywords[] = {"dbname", "application_name", nullptr};
            const char* values[] = {conninfo.constData(), "postgres.js", nullptr};
            web.emplace_back(PQconnectdbParams(keywords, values, 1), &PQfinish);
            QVERIFY2(PQstatus(web.back().get()) == CONNECTION_OK, PQerrorMessage(web.back().get()));
        }

        Result<Baseline> baseline = BaselineLoader::loadDefault();
        QVERIFY(baseline.ok());
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = QString::fromUtf8(conninfo);
        options.interval = std::chrono::seconds{1};
        MainWindow window{*baseline, options};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto* panel = window.findChild<PoolBudgetPanel*>(QStringLiteral("poolBudgetPanel"));
        QVERIFY(panel != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(panel->bar(QStringLiteral("web")) != nullptr
                && panel->bar(QStringLiteral("web"))->caption().contains(QStringLiteral("/ 150")),
            15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel*>(QStringLiteral("capacityLine"))
                                     ->text()
                                     .contains(QStringLiteral("/ 197 usable")),
            15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->bar(QStringLiteral("web"))->caption().startsWith(QStringLiteral("web  3 / 150")),
            15000);

        const auto* badge = window.findChild<QLabel*>(QStringLiteral("overCommitBadge"));
        QVERIFY(badge->isVisible());
        QVERIFY2(badge->text().contains(QStringLiteral("OVER-COMMITTED by 4")),
            qPrintable(badge->text()));
        QVERIFY2(badge->text().contains(QStringLiteral("201 > 197")), qPrintable(badge->text()));
        QVERIFY(panel->bar(QStringLiteral("monitor"))
                    ->caption()
                    .startsWith(QStringLiteral("monitor  1")));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("connectionState"))
                    ->text()
                    .contains(QStringLiteral("Connected")));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("serverVersion"))
                    ->text()
                    .contains(QStringLiteral("max_connections 200")));
        QTRY_VERIFY(window.findChild<QLabel*>(QStringLiteral("lastPoll"))
                        ->text()
                        .contains(QStringLiteral("ms")));

        // The chart draws the history: every pool with sessions has a line; hovering reads it out.
        auto* chart = window.findChild<HistoryChart*>(QStringLiteral("historyChart"));
        QVERIFY(chart != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!chart->pointsOf(QStringLiteral("web")).isEmpty(), 15000);
        QCOMPARE(chart->pointsOf(QStringLiteral("web")).last().y(), 3.0);
        QCOMPARE(chart->pointsOf(QStringLiteral("monitor")).last().y(), 1.0);
        QCOMPARE(chart->gapCount(), 0);
        // A history range arriving between the move and the check changes the axes and
        // what the readout showed: hover again until it reads the newest range.
        const auto hover = [&] {
            // The plot area moves as the axes' labels change width: aim at it anew.
            const QRectF plot = chart->chart()->plotArea();
            const QPointF at = chart->mapFromScene(
                chart->chart()->mapToScene(QPointF{plot.right() - 2, plot.center().y()}));
            QMouseEvent move{QEvent::MouseMove, at, chart->viewport()->mapToGlobal(at),
                Qt::NoButton, Qt::NoButton, Qt::NoModifier};
            QCoreApplication::sendEvent(chart->viewport(), &move);
            return chart->readout();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(
            hover().contains(QStringLiteral("web: 3")), qPrintable(chart->readout()), 10000);

        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QString png = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/dashboard.png");
        QVERIFY2(window.grab().save(png), qPrintable(png));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
