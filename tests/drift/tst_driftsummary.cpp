// The drift summary under the pool budgets: counts and one line per check that does not
// pass, from whatever the drift model holds (any feed), each line a link to its row in
// the Drift tab — by mouse and by keyboard.
#include "gui/common/Theme.h"
#include "gui/drift/DriftModel.h"
#include "gui/drift/DriftPanel.h"
#include "gui/drift/DriftSummary.h"
#include "gui/window/MainWindow.h"
#include "support/DefaultBaseline.h"

#include <QFontMetrics>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace opsdash;

namespace {

Finding finding(const QString& id, Plane plane, CheckStatus status, const QString& expected = {},
    const QString& actual = {}, const QString& evidence = {})
{
    Finding f;
    f.checkId = id;
    f.plane = plane;
    f.status = status;
    f.expected = expected;
    f.actual = actual;
    f.evidence = evidence;
    return f;
}

using Findings = QList<Finding>;

// A summary over a model of its own, shown at a size; once it is on screen, the model gets
// the findings of the checkout (source) and of the target (server and live).
struct ShownSummary
{
    DriftModel model;
    DriftSummary summary{&model};
    bool exposed = false;

    ShownSummary(const QSize& size, const Findings& source, const Findings& target = {})
    {
        summary.resize(size);
        summary.show();
        exposed = QTest::qWaitForWindowExposed(&summary);
        if (!source.isEmpty())
            model.setFindings(DriftModel::Feed::Source, source);
        if (!target.isEmpty())
            model.setFindings(DriftModel::Feed::Target, target);
    }
};

} // namespace

class TestDriftSummary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_driftsummary"));
        QSettings{}.clear();
    }

    void linesFollowTheModel_data()
    {
        QTest::addColumn<Findings>("source");
        QTest::addColumn<Findings>("sessions");
        QTest::addColumn<QString>("counts");
        QTest::addColumn<QStringList>("lines");

        QTest::newRow("nothing checked yet")
            << Findings{} << Findings{} << QStringLiteral("Checks: none yet") << QStringList{};
        QTest::newRow("all pass: counts only, no lines")
            << Findings{finding(QStringLiteral("pool.web.max"), Plane::Source, CheckStatus::Pass),
                   finding(QStringLiteral("session.maxAge"), Plane::Source, CheckStatus::Pass)}
            << Findings{} << QStringLiteral("Checks: 2 pass") << QStringList{};
        QTest::newRow("a failing source check names its file and line")
            << Findings{finding(QStringLiteral("pool.web.max"), Plane::Source, CheckStatus::Fail,
                            QStringLiteral("150"), QStringLiteral("180"),
                            QStringLiteral("packages/database/src/client.ts:13")),
                   finding(
                       QStringLiteral("pool.web.idle_timeout"), Plane::Source, CheckStatus::Pass)}
            << Findings{} << QStringLiteral("Checks: 1 pass · 1 fail")
            << QStringList{QStringLiteral(
                   "pool.web.max  expected 150, found 180  packages/database/src/client.ts:13")};
        QTest::newRow("worst first: fail, missing, unknown; not-checked only counted")
            << Findings{finding(QStringLiteral("tasks.progress"), Plane::Source,
                            CheckStatus::Unknown, QStringLiteral("36/36"), QString{},
                            QStringLiteral("specs/tasks.md")),
                   finding(QStringLiteral("pool.scheduling.connMaxIdleTime"), Plane::Source,
                       CheckStatus::Missing, QStringLiteral("5 min"), QString{},
                       QStringLiteral("apps/scheduling-service/internal/repository/connection.go")),
                   finding(QStringLiteral("docs.poolDocumentation"), Plane::Source,
                       CheckStatus::NotChecked),
                   finding(QStringLiteral("pool.web.max"), Plane::Source, CheckStatus::Fail,
                       QStringLiteral("150"), QStringLiteral("180"),
                       QStringLiteral("packages/database/src/client.ts:13"))}
            << Findings{}
            << QStringLiteral("Checks: 0 pass · 1 fail · 1 missing · 1 unknown · 1 not-checked")
            << QStringList{QStringLiteral("pool.web.max  expected 150, found 180  "
                                          "packages/database/src/client.ts:13"),
                   QStringLiteral("pool.scheduling.connMaxIdleTime  expected 5 min, found nothing  "
                                  "apps/scheduling-service/internal/repository/connection.go"),
                   QStringLiteral("tasks.progress  expected 36/36, found nothing  specs/tasks.md")};
        // A feed the summary knows nothing about in particular (the canary's session
        // checks) shows up like any other, under its plane's name.
        QTest::newRow("the sessions feed's canary check shows up too")
            << Findings{}
            << Findings{finding(QStringLiteral("live.session.maxAge"), Plane::Live,
                   CheckStatus::Fail, QStringLiteral("86400 s"), QStringLiteral("2592000 s"),
                   QStringLiteral("GET /api/auth/session"))}
            << QStringLiteral("Checks: 0 pass · 1 fail")
            << QStringList{QStringLiteral(
                   "live.session.maxAge  expected 86400 s, found 2592000 s  sessions")};
    }

    void linesFollowTheModel()
    {
        QFETCH(Findings, source);
        QFETCH(Findings, sessions);
        QFETCH(QString, counts);
        QFETCH(QStringList, lines);
        DriftModel model;
        DriftSummary summary{&model};
        summary.resize(1400, 400); // wide and tall enough for every line unelided
        summary.show();
        QVERIFY(QTest::qWaitForWindowExposed(&summary));
        model.setFindings(DriftModel::Feed::Source, source);
        model.setFindings(DriftModel::Feed::Sessions, sessions);
        QCOMPARE(summary.countsText(), counts);
        QTRY_COMPARE(summary.problemLines(), lines);
    }

    void linesComeByImpact()
    {
        // Live breaches happening now, then the server, then the source; within a plane,
        // fail, missing, unknown — whatever order the feeds deliver them in.
        ShownSummary shown{QSize{1400, 400},
            {finding(QStringLiteral("tasks.progress"), Plane::Source, CheckStatus::Unknown),
                finding(QStringLiteral("pool.web.max"), Plane::Source, CheckStatus::Fail)},
            {finding(QStringLiteral("server.capacity"), Plane::Server, CheckStatus::Unknown),
                finding(QStringLiteral("server.maxConnections"), Plane::Server, CheckStatus::Fail),
                finding(QStringLiteral("live.web.idleTimeout"), Plane::Live, CheckStatus::Missing),
                finding(QStringLiteral("live.web.budget"), Plane::Live, CheckStatus::Fail)}};
        QVERIFY(shown.exposed);
        const DriftSummary& summary = shown.summary;
        const auto ids = [&summary] {
            QStringList ids;
            for (const QString& line : summary.problemLines())
                ids << line.section(QLatin1Char{' '}, 0, 0);
            return ids;
        };
        QTRY_COMPARE(ids(),
            QStringList({QStringLiteral("live.web.budget"), QStringLiteral("live.web.idleTimeout"),
                QStringLiteral("server.maxConnections"), QStringLiteral("server.capacity"),
                QStringLiteral("pool.web.max"), QStringLiteral("tasks.progress")}));
    }

    void serverAndLiveLinesGreyWhileNotLive()
    {
        ShownSummary shown{QSize{1400, 400},
            {finding(QStringLiteral("pool.web.max"), Plane::Source, CheckStatus::Fail)},
            {finding(QStringLiteral("server.capacity"), Plane::Server, CheckStatus::Fail),
                finding(QStringLiteral("live.web.budget"), Plane::Live, CheckStatus::Fail)}};
        QVERIFY(shown.exposed);
        DriftSummary& summary = shown.summary;
        auto* problems = summary.findChild<QLabel*>(QStringLiteral("driftSummaryProblems"));
        auto* note = summary.findChild<QLabel*>(QStringLiteral("driftSummaryStale"));
        QVERIFY(problems && note);
        const QString grey = summary.palette().color(QPalette::Disabled, QPalette::Text).name();
        const auto rowOf = [problems](const QString& id) {
            const QString html = problems->text();
            const qsizetype at = html.indexOf(QStringLiteral(">") + id + QStringLiteral("<"));
            return html.mid(html.lastIndexOf(QStringLiteral("<tr"), at),
                html.indexOf(QStringLiteral("</tr>"), at)
                    - html.lastIndexOf(QStringLiteral("<tr"), at));
        };
        QTRY_COMPARE(summary.problemLines().size(), 3);
        QVERIFY(!note->isVisible());
        QVERIFY(!rowOf(QStringLiteral("server.capacity")).contains(grey));

        const QDateTime lastPoll = QDateTime::currentDateTimeUtc().addSecs(-42);
        summary.setStaleSince(lastPoll);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(lastPoll.toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
            qPrintable(note->text()));
        for (const QString& id :
            {QStringLiteral("server.capacity"), QStringLiteral("live.web.budget")})
            QVERIFY2(rowOf(id).contains(grey), qPrintable(rowOf(id)));
        // The checkout is read, not polled: its line stays as it is.
        QVERIFY2(!rowOf(QStringLiteral("pool.web.max")).contains(grey),
            qPrintable(rowOf(QStringLiteral("pool.web.max"))));

        summary.setStaleSince({});
        QVERIFY(!note->isVisible());
        QVERIFY(!rowOf(QStringLiteral("server.capacity")).contains(grey));
    }

    void linksFollowTheThemeAtRunTime()
    {
        Theme::apply(Theme::Choice::Light);
        ShownSummary shown{QSize{1000, 300},
            {finding(QStringLiteral("pool.web.max"), Plane::Source, CheckStatus::Fail,
                QStringLiteral("150"), QStringLiteral("180"),
                QStringLiteral("packages/database/src/client.ts:13"))}};
        QVERIFY(shown.exposed);
        const DriftSummary& summary = shown.summary;
        const QList<QLabel*> labels{
            summary.findChild<QLabel*>(QStringLiteral("driftSummaryCounts")),
            summary.findChild<QLabel*>(QStringLiteral("driftSummaryProblems"))};
        const QString light = Theme::lightPalette().color(QPalette::Link).name();
        const QString dark = Theme::darkPalette().color(QPalette::Link).name();
        QVERIFY(light != dark);
        const auto style = [](const QString& colour) {
            return QStringLiteral("<a style=\"color:%1\" href=").arg(colour);
        };
        for (const QLabel* label : labels) {
            QVERIFY(label != nullptr);
            QCOMPARE(label->palette().color(QPalette::Link).name(), light);
            QTRY_VERIFY2(label->text().contains(style(light)), qPrintable(label->text()));
        }

        // Switched while shown, with no new findings: the same text, its links re-coloured.
        Theme::apply(Theme::Choice::Dark);
        for (const QLabel* label : labels) {
            QTRY_COMPARE(label->palette().color(QPalette::Link).name(), dark);
            QTRY_VERIFY2(label->text().contains(style(dark)), qPrintable(label->text()));
            QVERIFY2(!label->text().contains(light), qPrintable(label->text()));
            QCOMPARE(label->text().count(QStringLiteral("<a ")), label->text().count(style(dark)));
        }
        Theme::apply(Theme::Choice::Light);
        QTRY_VERIFY(labels.constLast()->text().contains(style(light)));
    }

    void aRefreshOfTheSameChecksUpdatesTheLines()
    {
        // Same checks in the same order: the model only emits dataChanged (no reset).
        ShownSummary shown{QSize{1400, 400}, {},
            {finding(QStringLiteral("live.web.budget"), Plane::Live, CheckStatus::Pass)}};
        QVERIFY(shown.exposed);
        DriftModel& model = shown.model;
        const DriftSummary& summary = shown.summary;
        QVERIFY(summary.problemLines().isEmpty());
        QSignalSpy resets{&model, &QAbstractItemModel::modelReset};
        model.setFindings(DriftModel::Feed::Target,
            {finding(QStringLiteral("live.web.budget"), Plane::Live, CheckStatus::Fail,
                QStringLiteral("≤ 150 connections"), QStringLiteral("peak 191"))});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(summary.countsText(), QStringLiteral("Checks: 0 pass · 1 fail"));
        QCOMPARE(summary.problemLines(),
            QStringList{QStringLiteral(
                "live.web.budget  expected ≤ 150 connections, found peak 191  live")});
    }

    void asManyLinesAsFitThenAMoreLine()
    {
        DriftModel model;
        DriftSummary summary{&model};
        Findings findings;
        for (int i = 0; i < 13; ++i)
            findings << finding(QStringLiteral("check.%1").arg(i), Plane::Server, CheckStatus::Fail,
                QStringLiteral("a"), QStringLiteral("b"));
        model.setFindings(DriftModel::Feed::Target, findings);
        // Not shown yet: kMaxLines, the last of them counting the rest.
        QStringList lines = summary.problemLines();
        QCOMPARE(lines.size(), DriftSummary::kMaxLines);
        QCOMPARE(lines.constLast(), QStringLiteral("… 4 more in the Drift tab"));

        // Tall enough for all: every check has its line, no "more" line.
        summary.resize(600, 800);
        summary.show();
        QVERIFY(QTest::qWaitForWindowExposed(&summary));
        QTRY_COMPARE(summary.problemLines().size(), 13);
        QVERIFY(!summary.problemLines().constLast().startsWith(u'…'));

        // Short: fewer lines, and the last counts the rest, so none goes unmentioned.
        summary.resize(600, 160);
        QTRY_VERIFY(summary.problemLines().size() < 13);
        lines = summary.problemLines();
        QCOMPARE(lines.constLast(),
            QStringLiteral("… %1 more in the Drift tab").arg(13 - (lines.size() - 1)));
    }

    void narrowLinesDropTheAsidesFirst()
    {
        DriftModel model;
        DriftSummary summary{&model};
        model.setFindings(DriftModel::Feed::Source,
            {finding(QStringLiteral("session.maxAge"), Plane::Source, CheckStatus::Fail,
                QStringLiteral("86400 s (24 h)"), QStringLiteral("2592000 s (SESSION_MAX_AGE)"),
                QStringLiteral("apps/web/src/server/auth.ts:17"))});
        summary.resize(1400, 200);
        summary.show();
        QVERIFY(QTest::qWaitForWindowExposed(&summary));
        QTRY_COMPARE(summary.problemLines().value(0),
            QStringLiteral("session.maxAge  expected 86400 s (24 h), found 2592000 s "
                           "(SESSION_MAX_AGE)  apps/web/src/server/auth.ts:17"));
        // Too narrow for the whole values: the numbers stay, their asides go.
        summary.resize(QFontMetrics{summary.font()}.averageCharWidth() * 90, 200);
        QTRY_VERIFY2(summary.problemLines().value(0).contains(
                         QStringLiteral("expected 86400 s, found 2592000 s")),
            qPrintable(summary.problemLines().value(0)));
    }

    void enterOnALineShowsItsCheckInTheDriftTab()
    {
        TargetOptions options; // no target: the summary is there all the same
        MainWindow window{defaultBaseline(), options};
        window.resize(1600, 1000);
        window.show();
        window.activateWindow(); // focus and keys go to the active window only
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* panel = window.findChild<DriftPanel*>(QStringLiteral("driftPanel"));
        auto* summary = window.findChild<DriftSummary*>(QStringLiteral("driftSummary"));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("panelTabs"));
        QVERIFY(panel && summary && tabs);
        QVERIFY(summary->isVisible());
        QVERIFY(tabs->currentWidget() != panel); // the Drift tab is behind another

        panel->setSessionFindings({finding(QStringLiteral("live.session.maxAge"), Plane::Live,
            CheckStatus::Fail, QStringLiteral("86400 s"), QStringLiteral("2592000 s"))});
        QTRY_COMPARE(summary->problemLines().size(), 1);
        auto* problems = summary->findChild<QLabel*>(QStringLiteral("driftSummaryProblems"));
        QVERIFY(problems != nullptr && problems->isVisible());
        QVERIFY(problems->focusPolicy() & Qt::TabFocus); // reachable with Tab

        QSignalSpy activated{summary, &DriftSummary::checkActivated};
        problems->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(problems->hasFocus());
        QTest::keyClick(problems, Qt::Key_Tab); // inside the label, Tab walks its links
        QVERIFY(problems->hasFocus());
        QCOMPARE(problems->selectedText(), QStringLiteral("live.session.maxAge")); // its link
        QTest::keyClick(problems, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(
            activated.constFirst().constFirst().toString(), QStringLiteral("live.session.maxAge"));
        QCOMPARE(tabs->currentWidget(), panel);
        const auto* view = panel->findChild<QTableView*>(QStringLiteral("findingsView"));
        QVERIFY(view != nullptr && view->currentIndex().isValid());
        QCOMPARE(panel->model()->finding(view->currentIndex().row()).checkId,
            QStringLiteral("live.session.maxAge"));

        // The counts line opens the tab as a whole.
        tabs->setCurrentIndex(0);
        auto* counts = summary->findChild<QLabel*>(QStringLiteral("driftSummaryCounts"));
        counts->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(counts->hasFocus());
        QTest::keyClick(counts, Qt::Key_Tab);
        QTest::keyClick(counts, Qt::Key_Return);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.constLast().constFirst().toString(), QString{});
        QCOMPARE(tabs->currentWidget(), panel);
    }
};

QTEST_MAIN(TestDriftSummary)
#include "tst_driftsummary.moc"
