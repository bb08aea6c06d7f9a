// PrometheusRules: the duration syntax of --for and the rules text made from a baseline's
// thresholds (promtool checks the whole file in tst_rulescommand).
#include "serve/PrometheusRules.h"
#include "support/DefaultBaseline.h"

#include <QTest>

using namespace opsdash;
using namespace std::chrono_literals;

class TestPrometheusRules final : public QObject
{
    Q_OBJECT

private slots:
    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: refused
        QTest::newRow("seconds") << QStringLiteral("45s") << qint64{45};
        QTest::newRow("minutes") << QStringLiteral("2m") << qint64{120};
        QTest::newRow("hours and minutes") << QStringLiteral("1h30m") << qint64{5400};
        QTest::newRow("zero turns the delay off") << QStringLiteral("0s") << qint64{0};
        QTest::newRow("a bare number is refused") << QStringLiteral("45") << qint64{-1};
        QTest::newRow("empty is refused") << QString{} << qint64{-1};
        QTest::newRow("units out of order are refused") << QStringLiteral("5s1m") << qint64{-1};
        QTest::newRow("negative is refused") << QStringLiteral("-5s") << qint64{-1};
    }
    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const Result<std::chrono::seconds> parsed = PrometheusRules::parseDuration(text);
        if (seconds < 0) {
            QVERIFY(!parsed);
            QVERIFY2(parsed.error().message.contains(u'\'' + text + u'\''),
                qPrintable(parsed.error().message));
            return;
        }
        if (!parsed)
            QFAIL(qPrintable(parsed.error().message));
        QCOMPARE(parsed->count(), seconds);
        QCOMPARE(PrometheusRules::parseDuration(PrometheusRules::formatDuration(*parsed))->count(),
            seconds);
    }

    void thresholdsAndDelayComeFromTheBaseline()
    {
        Baseline baseline = defaultBaseline();
        baseline.thresholds.pool.warnPercent = 70;
        baseline.thresholds.pool.criticalPercent = 90;
        const QString rules = PrometheusRules::generate(baseline, 2min);
        QVERIFY(rules.contains(
            QStringLiteral("opsdash_pool_budget_connections{pool=\\\"web\\\"} >= 70 < 90\"")));
        QVERIFY(rules.contains(
            QStringLiteral("opsdash_pool_budget_connections{pool=\\\"scheduling\\\"} >= 90\"")));
        QCOMPARE(rules.count(QStringLiteral("        for: 2m\n")), 10);
        QCOMPARE(rules.count(QStringLiteral("        keep_firing_for: 2m\n")), 10);
        QVERIFY(rules.contains(QStringLiteral("(200 budgeted + 1 monitor)")));
    }

    void poolsWithoutBudgetGetNoRule()
    {
        Baseline baseline = defaultBaseline();
        baseline.pools[1].budget = 0;
        const QString rules = PrometheusRules::generate(baseline, PrometheusRules::kDefaultFor);
        QCOMPARE(rules.count(QStringLiteral("alert: OpsdashPoolNearBudget")), 1);
        QVERIFY(!rules.contains(QStringLiteral("Pool scheduling")));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusRules)
#include "tst_prometheusrules.moc"
