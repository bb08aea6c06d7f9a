// AlertRules: scripted sequences of polls, findings and session counts in, exactly the
// expected alerts out — and a value hovering at a threshold raises one alert, not one a tick.
#include "live/AlertRules.h"
#include "support/DefaultBaseline.h"
#include "support/ScriptedActivity.h"

#include <QTest>

#include <array>

using namespace opsdash;

namespace {

// "threshold web warning": what a test expects of an alert, in one comparable string.
QString brief(const Alert& alert)
{
    QStringList parts{alert.kind};
    if (!alert.subject.isEmpty())
        parts << alert.subject;
    parts << toString(alert.severity);
    return parts.join(QLatin1Char{' '});
}

QStringList briefs(const QList<Alert>& alerts)
{
    QStringList out;
    for (const Alert& alert : alerts)
        out << brief(alert);
    return out;
}

Finding finding(const QString& id, CheckStatus status)
{
    Finding f;
    f.checkId = id;
    f.plane = Plane::Live;
    f.status = status;
    f.expected = QStringLiteral("≤ 150");
    f.actual = status == CheckStatus::Fail ? QStringLiteral("162") : QString{};
    return f;
}

} // namespace

class TestAlertRules final : public QObject
{
    Q_OBJECT

private slots:
    void poolThresholds_data()
    {
        // The default baseline: web budget 150, warn 80 % (120), critical 95 % (142.5);
        // leaving a level needs < threshold − 5 points for 3 samples (warn: < 112.5).
        QTest::addColumn<QList<int>>("web");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("below warn raises nothing") << QList<int>{100, 110, 119, 0} << QStringList{};
        QTest::newRow("reaching warn raises one warning")
            << QList<int>{100, 120, 125, 130} << scripted::names({"threshold web warning"});
        QTest::newRow("oscillating ±1 around warn raises one warning") << QList<int>{119, 121, 119,
            121, 119, 121, 119, 121, 119, 121, 119} << scripted::names({"threshold web warning"});
        QTest::newRow("oscillating ±1 around critical raises one critical")
            << QList<int>{141, 143, 141, 143, 141, 143, 141, 143}
            << scripted::names({"threshold web warning", "threshold web critical"});
        QTest::newRow("jumping straight to critical raises one critical")
            << QList<int>{100, 145, 149} << scripted::names({"threshold web critical"});
        QTest::newRow("hovering inside the margin never clears") << QList<int>{
            121, 115, 115, 115, 115, 115, 113} << scripted::names({"threshold web warning"});
        QTest::newRow("clears after three calm samples, once") << QList<int>{121, 100, 100, 100,
            100, 100} << scripted::names({"threshold web warning", "threshold web info"});
        QTest::newRow("a spike between calm samples restarts the count") << QList<int>{
            121, 100, 100, 121, 100, 100} << scripted::names({"threshold web warning"});
        QTest::newRow("critical steps down to warning, then to normal")
            << QList<int>{145, 140, 130, 130, 130, 100, 100, 100}
            << scripted::names(
                   {"threshold web critical", "threshold web warning", "threshold web info"});
        QTest::newRow("falling from critical to normal at once is one info") << QList<int>{
            145, 10, 10, 10} << scripted::names({"threshold web critical", "threshold web info"});
    }
    void poolThresholds()
    {
        QFETCH(QList<int>, web);
        QFETCH(QStringList, expected);
        AlertRules rules{defaultBaseline()};
        QList<Alert> alerts;
        for (int i = 0; i < web.size(); ++i) {
            alerts << rules.addSample(
                scripted::counts({{QStringLiteral("web"), web.at(i)}}, scripted::Start.addSecs(i)),
                scripted::serverFacts());
        }
        QCOMPARE(briefs(alerts), expected);
    }

    void alertSaysWhatCrossedWhichThresholdAndWhen()
    {
        AlertRules rules{defaultBaseline()};
        const QDateTime at = scripted::Start.addSecs(42);
        const QList<Alert> alerts = rules.addSample(
            scripted::counts({{QStringLiteral("web"), 121}}, at), scripted::serverFacts());
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().time, at);
        QCOMPARE(alerts.first().message,
            QStringLiteral(
                "web: 121 of 150 connections (81 %) reached the warn threshold of 80 %"));
        QCOMPARE(toString(rules.status()), toString(Severity::Warning));
        QCOMPARE(rules.statusReasons(), scripted::names({"web: 121 of 150 connections (81 %)"}));
    }

    void pools_without_budget_never_alert()
    {
        AlertRules rules{defaultBaseline()};
        QList<Alert> alerts;
        for (int count : {500, 0, 500})
            alerts << rules.addSample(scripted::counts({{QStringLiteral("other"), count},
                                          {QStringLiteral("monitor"), count}}),
                std::nullopt);
        QCOMPARE(briefs(alerts), QStringList{});
    }

    void capacityAgainstUsableSlots()
    {
        // 197 usable: warn at 157.6, critical at 187.15 client sessions.
        AlertRules rules{defaultBaseline()};
        QList<Alert> alerts;
        const QList<std::array<int, 3>> polls{
            {100, 30, 0}, {119, 39, 0}, {119, 39, 1}, {119, 39, 30}, {119, 39, 30}};
        for (const auto& [web, scheduling, other] : polls) {
            alerts << rules.addSample(
                scripted::counts({{QStringLiteral("web"), web},
                    {QStringLiteral("scheduling"), scheduling}, {QStringLiteral("other"), other}}),
                scripted::serverFacts());
        }
        // 158 of 197 (80.2 %): warning; 188 (95.4 %): critical; no pool reaches its warn.
        QCOMPARE(briefs(alerts),
            (scripted::names({"capacity capacity warning", "capacity capacity critical"})));
        QCOMPARE(toString(rules.status()), toString(Severity::Critical));
    }

    void capacityNeedsTheServerFacts()
    {
        AlertRules rules{defaultBaseline()};
        QCOMPARE(briefs(rules.addSample(
                     scripted::counts({{QStringLiteral("other"), 199}}), std::nullopt)),
            QStringList{});
    }

    void driftStatusChanges_data()
    {
        QTest::addColumn<QList<int>>("statuses"); // of live.web.budget, one evaluation each
        QTest::addColumn<QStringList>("expected");
        const auto s = [](CheckStatus status) {
            return static_cast<int>(status);
        };
        QTest::newRow("the first evaluation only records")
            << QList<int>{s(CheckStatus::Fail)} << QStringList{};
        QTest::newRow("pass to fail is a warning") << QList<int>{s(CheckStatus::Pass),
            s(CheckStatus::Fail)} << scripted::names({"drift live.web.budget warning"});
        QTest::newRow("a status that stays raises nothing") << QList<int>{s(CheckStatus::Fail),
            s(CheckStatus::Fail), s(CheckStatus::Fail)} << QStringList{};
        QTest::newRow("fail back to pass is info")
            << QList<int>{s(CheckStatus::Pass), s(CheckStatus::Fail), s(CheckStatus::Pass)}
            << scripted::names({"drift live.web.budget warning", "drift live.web.budget info"});
        QTest::newRow("not-checked to pass is not news")
            << QList<int>{s(CheckStatus::NotChecked), s(CheckStatus::Pass)} << QStringList{};
        QTest::newRow("pass to unknown is info") << QList<int>{s(CheckStatus::Pass),
            s(CheckStatus::Unknown)} << scripted::names({"drift live.web.budget info"});
    }
    void driftStatusChanges()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(QStringList, expected);
        AlertRules rules{defaultBaseline()};
        QList<Alert> alerts;
        for (const int status : statuses) {
            alerts << rules.addFindings(
                {finding(QStringLiteral("live.web.budget"), static_cast<CheckStatus>(status)),
                    finding(QStringLiteral("server.capacity"), CheckStatus::Fail)},
                scripted::Start);
        }
        QCOMPARE(briefs(alerts), expected);
    }

    void driftMessageNamesBothStatuses()
    {
        AlertRules rules{defaultBaseline()};
        rules.addFindings({finding(QStringLiteral("live.web.budget"), CheckStatus::Pass)}, {});
        const QList<Alert> alerts = rules.addFindings(
            {finding(QStringLiteral("live.web.budget"), CheckStatus::Fail)}, scripted::Start);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().message,
            QStringLiteral("live.web.budget: pass → fail (expected ≤ 150, actual 162)"));
        QCOMPARE(toString(rules.status()), toString(Severity::Warning));
    }

    void sessionsEnteringCritical_data()
    {
        QTest::addColumn<QList<int>>("critical"); // sessions within 15 min, one update each
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none critical raises nothing") << QList<int>{0, 0, 0} << QStringList{};
        QTest::newRow("0 to 3 raises one critical")
            << QList<int>{0, 3, 5, 2} << scripted::names({"sessions critical"});
        QTest::newRow("flickering 0/1 raises one critical")
            << QList<int>{0, 1, 0, 1, 0, 0, 1, 0, 1} << scripted::names({"sessions critical"});
        QTest::newRow("back to 0 for three updates clears once") << QList<int>{
            2, 0, 0, 0, 0, 0} << scripted::names({"sessions critical", "sessions info"});
    }
    void sessionsEnteringCritical()
    {
        QFETCH(QList<int>, critical);
        QFETCH(QStringList, expected);
        AlertRules rules{defaultBaseline()};
        QList<Alert> alerts;
        for (const int count : critical)
            alerts << rules.setCriticalSessions(count, scripted::Start);
        QCOMPARE(briefs(alerts), expected);
    }

    void oneAlertPerOutageNotPerAttempt()
    {
        AlertRules rules{defaultBaseline()};
        QList<Alert> alerts;
        for (int attempt = 0; attempt < 5; ++attempt)
            alerts << rules.connectionLost(QStringLiteral("connection refused"), scripted::Start);
        QCOMPARE(toString(rules.status()), toString(Severity::Critical));
        alerts << rules.connectionRestored(scripted::Start, scripted::Start.addSecs(31));
        alerts << rules.connectionRestored(scripted::Start, scripted::Start.addSecs(32));
        QCOMPARE(briefs(alerts), (scripted::names({"disconnected critical", "reconnected info"})));
        QCOMPARE(alerts.last().message, QStringLiteral("polling again after a gap of 31 s"));
        QCOMPARE(toString(rules.status()), toString(Severity::Info));
    }

    void statusIsTheWorstRaisedCondition()
    {
        AlertRules rules{defaultBaseline()};
        QCOMPARE(toString(rules.status()), toString(Severity::Info));
        QVERIFY(rules.statusReasons().isEmpty());
        rules.addSample(scripted::counts({{QStringLiteral("web"), 125}}), scripted::serverFacts());
        QCOMPARE(toString(rules.status()), toString(Severity::Warning));
        rules.setCriticalSessions(2, scripted::Start);
        QCOMPARE(toString(rules.status()), toString(Severity::Critical));
        QCOMPARE(rules.statusReasons().first(),
            QStringLiteral("login sessions expiring within 15 min: 2"));
    }

    void marginAndCalmSamplesAreOptions()
    {
        AlertRules rules{defaultBaseline(), AlertRules::Options{0.0, 1}};
        QList<Alert> alerts;
        for (const int web : {121, 119, 121})
            alerts << rules.addSample(
                scripted::counts({{QStringLiteral("web"), web}}), scripted::serverFacts());
        // Without hysteresis the same series flaps.
        QCOMPARE(briefs(alerts),
            (scripted::names(
                {"threshold web warning", "threshold web info", "threshold web warning"})));
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
