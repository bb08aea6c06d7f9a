// Issue 24 items 2, 3 and 5 and issue 25 item 7: the window names what fails at every size and
// in every language. With a checkout failing 9 checks, at 1280×720 and 1600×900, light and
// dark, English and German, the drift summary names the worst check (live, then server, then
// source; fail, missing, unknown) and links to the rest; its status words speak the window's
// language while check ids stay ids; every status-bar text fits its label, elided with "…",
// the whole text in its tooltip; at 1280×720, with the usual texts at their longest, every
// status-bar item is whole and inside the window.
#include "../pg/SyntheticActivity.h"
#include "gui/chart/HistoryChart.h"
#include "gui/common/ElidedLabel.h"
#include "gui/common/Theme.h"
#include "gui/common/TimeDisplay.h"
#include "gui/drift/DriftModel.h"
#include "gui/drift/DriftPanel.h"
#include "gui/drift/DriftSummary.h"
#include "gui/window/MainWindow.h"
#include "gui/window/StatusBar.h"
#include "history/HistoryPaths.h"
#include "i18n/Language.h"
#include "model/PoolAttributor.h"
#include "pg/ActivityMonitor.h"
#include "pg/ActivityQuery.h"
#include "pg/PgConnection.h"
#include "support/DefaultBaseline.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;

namespace {

// demo/drift-monorepo's deviations (8 fail, 1 missing) plus the portal's refetchInterval:
// 9 checks fail, 1 is missing.
bool makeDriftedCheckout(const QString& dest)
{
    QProcess script;
    script.start(QStringLiteral("bash"),
        {QStringLiteral(OPSDASH_SOURCE_DIR "/demo/drift-monorepo"),
            QStringLiteral(OPSDASH_SOURCE_DIR "/tests/fixtures/monorepo"), dest});
    if (!script.waitForFinished(60000) || script.exitCode() != 0) {
        qWarning("%s", script.readAllStandardError().constData());
        return false;
    }
    QFile layout{dest + QStringLiteral("/apps/web/src/app/portal/layout.tsx")};
    if (!layout.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(layout.readAll());
    layout.close();
    if (!text.contains(QStringLiteral("refetchInterval={240}")))
        return false;
    text.replace(QStringLiteral("refetchInterval={240}"), QStringLiteral("refetchInterval={300}"));
    return layout.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && layout.write(text.toUtf8()) > 0;
}

// The status bar's visible items but `except` that are elided, narrower than their text or
// cut by the window's edge, one per line ("name: why"); `all`: every visible item, cut or not.
QString cutItems(const QStatusBar& bar, const QList<const ElidedLabel*>& except, bool all = false)
{
    QString cut;
    for (const ElidedLabel* label : bar.findChildren<ElidedLabel*>()) {
        if (!label->isVisible() || label->fullText().isEmpty())
            continue;
        const int right = label->mapTo(&bar, QPoint{label->width(), 0}).x();
        const bool whole = except.contains(label)
            || (label->shownText() == label->fullText()
                && label->width() >= label->sizeHint().width() && right <= bar.width());
        if (all || !whole)
            cut += QStringLiteral("%1: \"%2\" %3 px for %4, ends at %5 of %6\n")
                       .arg(label->objectName(), label->shownText())
                       .arg(label->width())
                       .arg(label->sizeHint().width())
                       .arg(right)
                       .arg(bar.width());
    }
    return cut;
}

int failing(const QList<Finding>& findings)
{
    return static_cast<int>(std::count_if(findings.cbegin(), findings.cend(),
        [](const Finding& finding) { return finding.status == CheckStatus::Fail; }));
}

} // namespace

class TestWindowTexts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowtexts"));
        QSettings{}.clear();
        Theme::rememberSystemPalette();
        QVERIFY(m_dir.isValid());
        m_checkout = m_dir.filePath(QStringLiteral("drifted"));
        QVERIFY(makeDriftedCheckout(m_checkout));
    }

    void cleanup() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    void summaryNamesTheWorstFailingCheck_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("language");
        for (const QSize size : {QSize{1280, 720}, QSize{1600, 900}}) {
            for (const char* theme : {"light", "dark"}) {
                for (const char* language : {"en", "de"})
                    QTest::addRow("%dx%d %s %s", size.width(), size.height(), theme, language)
                        << size << QString::fromLatin1(theme) << QString::fromLatin1(language);
            }
        }
    }

    void summaryNamesTheWorstFailingCheck()
    {
        QFETCH(QSize, size);
        QFETCH(QString, theme);
        QFETCH(QString, language);
        QVERIFY(Language::apply(language));
        Theme::apply(*Theme::fromName(theme));
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = QStringLiteral("host=127.0.0.1 port=1 dbname=texts connect_timeout=1");
        options.repoDir = m_checkout;
        MainWindow window{defaultBaseline(), options};
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(QStringLiteral("actionConnect"))->setChecked(false);
        auto* drift = window.findChild<DriftPanel*>();
        QVERIFY(drift != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(failing(drift->model()->findings()), 9, 20000);
        auto* summary = window.findChild<DriftSummary*>(QStringLiteral("driftSummary"));
        QVERIFY(summary != nullptr);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();

        // The worst is the first failing source check (nothing live or server-side is
        // known without a connection), by id in either language.
        const QStringList lines = summary->problemLines();
        QVERIFY2(!lines.isEmpty(), qPrintable(summary->countsText()));
        QVERIFY2(lines.first().startsWith(QStringLiteral("session.maxAge")),
            qPrintable(lines.join(u'\n')));
        // The rest is a link away: when not all 10 fit, the last line counts the others.
        QVERIFY2(lines.size() >= 2, qPrintable(lines.join(u'\n')));
        if (lines.size() < 10) {
            QVERIFY2(lines.constLast().contains(QString::number(10 - (lines.size() - 1))),
                qPrintable(lines.join(u'\n')));
        }

        // Really shown: the label holds its lines inside the window, nothing cut away.
        auto* problems = summary->findChild<QLabel*>(QStringLiteral("driftSummaryProblems"));
        QVERIFY(problems->isVisible());
        const int row = problems->fontMetrics().lineSpacing() + 2;
        QVERIFY2(problems->height() >= 2 * row,
            qPrintable(QStringLiteral("%1 px for %2 px rows").arg(problems->height()).arg(row)));
        const QRect inWindow{problems->mapTo(&window, QPoint{0, 0}), problems->size()};
        QVERIFY(window.rect().contains(inWindow));
        QVERIFY(!problems->visibleRegion().isEmpty());

        // The counts speak the window's language: no English status word in German.
        const QString counts = summary->countsText();
        if (language == QLatin1String{"de"}) {
            QVERIFY2(!counts.contains(QStringLiteral(" fail")), qPrintable(counts));
            QVERIFY2(!counts.contains(QStringLiteral(" pass")), qPrintable(counts));
        } else {
            QVERIFY2(counts.contains(QStringLiteral("9 fail")), qPrintable(counts));
        }

        // "… N more" brings the Drift tab up.
        auto* tabs = window.findChild<QTabWidget*>();
        QVERIFY(tabs != nullptr);
        tabs->setCurrentIndex(0);
        QVERIFY(tabs->currentWidget() != drift);
        emit problems->linkActivated(QStringLiteral("drift:"));
        QCOMPARE(tabs->currentWidget(), drift);
    }

    void summaryOrdersByImpact()
    {
        // A live breach now, then the server, then the source; within each fail, missing,
        // unknown.
        const auto make = [](const char* id, Plane plane, CheckStatus status) {
            Finding finding;
            finding.checkId = QString::fromLatin1(id);
            finding.plane = plane;
            finding.status = status;
            return finding;
        };
        DriftModel model;
        DriftSummary summary{&model};
        summary.resize(1400, 600);
        summary.show();
        QVERIFY(QTest::qWaitForWindowExposed(&summary));
        model.setFindings(DriftModel::Feed::Source,
            {make("tasks.progress", Plane::Source, CheckStatus::Unknown),
                make("pool.web.max", Plane::Source, CheckStatus::Fail),
                make("pool.scheduling.connMaxIdleTime", Plane::Source, CheckStatus::Missing)});
        model.setFindings(DriftModel::Feed::Target,
            {make("server.capacity", Plane::Server, CheckStatus::Fail),
                make("live.web.idleTimeout", Plane::Live, CheckStatus::Unknown),
                make("live.web.budget", Plane::Live, CheckStatus::Fail),
                make("server.maxConnections", Plane::Server, CheckStatus::Missing)});
        QStringList ids;
        QTRY_COMPARE(summary.problemLines().size(), 7);
        for (const QString& line : summary.problemLines())
            ids << line.section(u' ', 0, 0);
        QCOMPARE(ids,
            (QStringList{QStringLiteral("live.web.budget"), QStringLiteral("live.web.idleTimeout"),
                QStringLiteral("server.capacity"), QStringLiteral("server.maxConnections"),
                QStringLiteral("pool.web.max"), QStringLiteral("pool.scheduling.connMaxIdleTime"),
                QStringLiteral("tasks.progress")}));
    }

    void withoutACheckoutSourceChecksAreNotRunNotPassed()
    {
        TargetOptions options; // no repository
        MainWindow window{defaultBaseline(), options};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* summary = window.findChild<DriftSummary*>(QStringLiteral("driftSummary"));
        QTRY_VERIFY(summary->countsText().contains(QStringLiteral("source checks not run")));
        const QString counts = summary->countsText();
        QVERIFY2(!counts.contains(QStringLiteral("0 pass")), qPrintable(counts));
        QVERIFY2(!counts.contains(QStringLiteral("not-checked")), qPrintable(counts));
        QVERIFY2(counts.contains(QStringLiteral("--repo")), qPrintable(counts));
    }

    void statusBarTextsElideAndCarryTheWholeTextInTheirTooltips_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }

    void statusBarTextsElideAndCarryTheWholeTextInTheirTooltips()
    {
        QFETCH(QString, language);
        QVERIFY(Language::apply(language));
        // A long target name and a connection that keeps failing: long texts everywhere.
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = QStringLiteral(
            "host=127.0.0.1 port=1 dbname=a_rather_long_database_name_for_the_status_bar "
            "connect_timeout=1");
        MainWindow window{defaultBaseline(), options};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* connection
            = window.statusBar()->findChild<ElidedLabel*>(QStringLiteral("connectionState"));
        QVERIFY(connection != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(connection->fullText().contains(QStringLiteral("5432"))
                || connection->fullText().contains(QStringLiteral(":1/")),
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(connection->shownText() != connection->fullText(), 10000);

        const QList<ElidedLabel*> labels = window.statusBar()->findChildren<ElidedLabel*>();
        QVERIFY(labels.size() >= 5);
        int elided = 0;
        for (const ElidedLabel* label : labels) {
            if (!label->isVisible() || label->fullText().isEmpty())
                continue;
            const QString name = label->objectName();
            QVERIFY2(label->shownWidth() <= label->contentsRect().width(),
                qPrintable(QStringLiteral("%1: %2 px of text in %3 px")
                               .arg(name)
                               .arg(label->shownWidth())
                               .arg(label->contentsRect().width())));
            QVERIFY2(label->toolTip().contains(label->fullText()), qPrintable(name));
            if (label->shownText() != label->fullText()) {
                ++elided;
                QVERIFY2(label->shownText().endsWith(QChar{0x2026}), qPrintable(name));
            }
        }
        QVERIFY(elided > 0); // the long connection text had to give way
    }

    void statusBarItemsAreWholeAt1280_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("doNotDisturb");
        QTest::addColumn<QString>("serverZone"); // empty: times in UTC
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
            QTest::addRow("%s, do not disturb", qPrintable(language))
                << language << true << QString{};
            QTest::addRow("%s, server zone", qPrintable(language))
                << language << false << QStringLiteral("Europe/Berlin");
        }
    }

    void statusBarItemsAreWholeAt1280()
    {
        QFETCH(QString, language);
        QFETCH(bool, doNotDisturb);
        QFETCH(QString, serverZone);
        QVERIFY(Language::apply(language));
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = QStringLiteral("host=127.0.0.1 port=1 dbname=orders connect_timeout=1");
        MainWindow window{defaultBaseline(), options};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(QStringLiteral("actionConnect"))->setChecked(false);
        // The server's facts at their longest usual, and "Do not disturb" or times in the
        // server's zone.
        ServerFacts facts;
        facts.version = QStringLiteral("16.4 (Debian 16.4-1.pgdg120+2)");
        facts.maxConnections = 1000;
        facts.superuserReservedConnections = 3;
        emit window.monitor()->serverFactsRead(facts);
        auto* bar = qobject_cast<StatusBar*>(window.statusBar());
        QVERIFY(bar != nullptr);
        bar->setDoNotDisturb(doNotDisturb);
        const auto restoreZone = qScopeGuard([] {
            TimeDisplay::instance().setChoice(ZoneChoice::Utc);
            TimeDisplay::instance().setServerZone({});
        });
        if (!serverZone.isEmpty()) {
            TimeDisplay::instance().setServerZone(serverZone);
            TimeDisplay::instance().setChoice(ZoneChoice::Server);
        }
        auto* version = bar->findChild<ElidedLabel*>(QStringLiteral("serverVersion"));
        QTRY_VERIFY(version->fullText().contains(QStringLiteral("max_connections 1000")));
        auto* connection = bar->findChild<ElidedLabel*>(QStringLiteral("connectionState"));
        QTRY_VERIFY(connection->fullText().contains(QStringLiteral("127.0.0.1:1/orders")));

        // The layout settles after the texts change: wait for it, then name what is cut. The
        // connection state alone may give way (a long target or error; the whole in its
        // tooltip), not below its minimum.
        QTRY_COMPARE(cutItems(*bar, {connection}), QString{});
        QVERIFY2(connection->width() >= 200, qPrintable(QString::number(connection->width())));
        QCOMPARE(window.width(), 1280); // nothing pushed the window wider
        // connection, version, sessions, poll, zone, and "Do not disturb" when on
        QCOMPARE(cutItems(*bar, {}, true).count(u'\n'), doNotDisturb ? 6 : 5);
    }

    // The pictures of issue 24 for docs/: the dashboard at 1280×720 in German and dark, the
    // drifted checkout in the summary and a chart with a 5-minute hole (polls of the last
    // 15 minutes, none between 10 and 5 minutes ago). Written to the build directory as
    // window-texts-*.png; the ones in docs/ are copies, looked at before they were kept.
    void picturesInGermanAndDark()
    {
        QVERIFY(Language::apply(QStringLiteral("de")));
        Theme::apply(*Theme::fromName(QStringLiteral("dark")));
        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo
            = QStringLiteral("host=127.0.0.1 port=1 dbname=texts_pictures connect_timeout=1");
        options.repoDir = m_checkout;
        const QString history = HistoryPaths::defaultPathForTarget(
            PgConnection::describeTarget(options.conninfo.toUtf8(), options.connectionParameters));
        for (const QString& end : {QString{}, QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(history + end);
        const QDateTime opened = QDateTime::currentDateTimeUtc();
        MainWindow window{defaultBaseline(), options};
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(QStringLiteral("actionConnect"))->setChecked(false);
        auto* drift = window.findChild<DriftPanel*>();
        QTRY_COMPARE_WITH_TIMEOUT(failing(drift->model()->findings()), 9, 20000);

        const PoolAttributor attributor{defaultBaseline()};
        // Ending before the window's refused first connection, whose recorded disconnection
        // would break the line a third time.
        const QDateTime now = opened.addSecs(-10);
        for (int second = -900; second <= 0; second += 2) {
            if (second > -600 && second < -300)
                continue; // opsdash was not running
            QList<SyntheticRow> rows;
            const int web = 40 + (second / 20) % 15;
            for (int i = 0; i < web + 12; ++i) {
                SyntheticRow row;
                row.pid = 40'000 + i;
                row.applicationName = i < web ? "postgres.js" : "";
                row.usename = "app";
                row.state = i % 3 == 0 ? "active" : "idle";
                rows << row;
            }
            ActivitySample sample = ActivityQuery::parseActivity(
                syntheticActivity(rows, now.addSecs(second).toMSecsSinceEpoch()), attributor, 1,
                syntheticDatabases());
            sample.serverTime = now.addSecs(second);
            sample.receivedAt = sample.serverTime;
            emit window.monitor()->sampled(sample);
        }
        auto* chart = window.findChild<HistoryChart*>(QStringLiteral("historyChart"));
        QTRY_COMPARE_WITH_TIMEOUT(chart->segmentCount(QStringLiteral("web")), 2, 5000);
        QTest::qWait(1500); // the store's flush and the drift run settle
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        QCOMPARE(chart->segmentCount(QStringLiteral("web")), 2);

        const QString dir = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR);
        const QImage whole = window.grab().toImage();
        QVERIFY(whole.save(dir + QStringLiteral("/window-texts-dashboard-de-dark-1280x720.png")));
        const QImage gap = chart->grab().toImage();
        QVERIFY(gap.save(dir + QStringLiteral("/window-texts-chart-gap-de-dark-1280x720.png")));
        Theme::apply(*Theme::fromName(QStringLiteral("light")));
    }

private:
    QTemporaryDir m_dir;
    QString m_checkout;
};

QTEST_MAIN(TestWindowTexts)
#include "tst_windowtexts.moc"
