// The drift panel's table model: findings from three feeds grouped by plane, counts per
// status, the file locations of source evidence, and refreshes that keep the rows.
#include "gui/drift/DriftModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace opsdash;

namespace {

Finding make(const char* id, Plane plane, CheckStatus status, const char* evidence = "",
    const char* actual = "")
{
    Finding finding;
    finding.checkId = QLatin1String{id};
    finding.plane = plane;
    finding.status = status;
    finding.expected = QStringLiteral("expected of ") + finding.checkId;
    finding.actual = QLatin1String{actual};
    finding.evidence = QLatin1String{evidence};
    finding.firstSeen = QDateTime{QDate{2026, 11, 27}, QTime{8, 0}, Qt::UTC};
    return finding;
}

const QList<Finding> sourceFindings{
    make("session.maxAge", Plane::Source, CheckStatus::Pass, "apps/web/src/server/auth.ts:8",
        "86400 s"),
    make("pool.web.max", Plane::Source, CheckStatus::Fail, "packages/database/src/client.ts:13",
        "100"),
    [] {
        Finding finding = make("login.sessionExpiredMessage", Plane::Source, CheckStatus::Missing,
            "apps/web/src/**/LoginForm.tsx");
        finding.reason = QStringLiteral("no file matches 'apps/web/src/**/LoginForm.tsx'");
        return finding;
    }(),
};
const QList<Finding> targetFindings{
    make("live.web.budget", Plane::Live, CheckStatus::Pass, "pg_stat_activity on h:5432/db"),
    make("server.maxConnections", Plane::Server, CheckStatus::Pass, "pg_settings on h:5432/db",
        "200"),
    make("server.capacity", Plane::Server, CheckStatus::Fail, "pg_settings on h:5432/db",
        "over by 4"),
    make("live.web.idleTimeout", Plane::Live, CheckStatus::NotChecked, "pg_stat_activity"),
};
const QList<Finding> sessionFindings{
    make("live.session.maxAge", Plane::Live, CheckStatus::Unknown, "GET /api/auth/session"),
};

QStringList column(const DriftModel& model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

} // namespace

class TestDriftModel final : public QObject
{
    Q_OBJECT

private slots:
    void groupsByPlaneWithCounts_data()
    {
        QTest::addColumn<QList<Finding>>("source");
        QTest::addColumn<QList<Finding>>("target");
        QTest::addColumn<QList<Finding>>("sessions");
        QTest::addColumn<QStringList>("checks"); // in display order
        QTest::addColumn<QStringList>("planes"); // the plane column: name on a group's first row
        QTest::addColumn<QList<int>>("counts"); // pass fail unknown missing not-checked

        QTest::newRow("empty: no rows, all counts zero")
            << QList<Finding>{} << QList<Finding>{} << QList<Finding>{} << QStringList{}
            << QStringList{} << QList<int>{0, 0, 0, 0, 0};
        QTest::newRow("source only, in the order reported")
            << sourceFindings << QList<Finding>{} << QList<Finding>{}
            << QStringList{QStringLiteral("session.maxAge"), QStringLiteral("pool.web.max"),
                   QStringLiteral("login.sessionExpiredMessage")}
            << QStringList{QStringLiteral("source"), QString{}, QString{}}
            << QList<int>{1, 1, 0, 1, 0};
        QTest::newRow("target's server rows come before its live rows, after source")
            << sourceFindings << targetFindings << QList<Finding>{}
            << QStringList{QStringLiteral("session.maxAge"), QStringLiteral("pool.web.max"),
                   QStringLiteral("login.sessionExpiredMessage"),
                   QStringLiteral("server.maxConnections"), QStringLiteral("server.capacity"),
                   QStringLiteral("live.web.budget"), QStringLiteral("live.web.idleTimeout")}
            << QStringList{QStringLiteral("source"), QString{}, QString{}, QStringLiteral("server"),
                   QString{}, QStringLiteral("live"), QString{}}
            << QList<int>{3, 2, 0, 1, 1};
        QTest::newRow("the canary's session check is a group of its own, last")
            << QList<Finding>{} << targetFindings << sessionFindings
            << QStringList{QStringLiteral("server.maxConnections"),
                   QStringLiteral("server.capacity"), QStringLiteral("live.web.budget"),
                   QStringLiteral("live.web.idleTimeout"), QStringLiteral("live.session.maxAge")}
            << QStringList{QStringLiteral("server"), QString{}, QStringLiteral("live"), QString{},
                   QStringLiteral("sessions")}
            << QList<int>{2, 1, 1, 0, 1};
    }
    void groupsByPlaneWithCounts()
    {
        QFETCH(QList<Finding>, source);
        QFETCH(QList<Finding>, target);
        QFETCH(QList<Finding>, sessions);
        QFETCH(QStringList, checks);
        QFETCH(QStringList, planes);
        QFETCH(QList<int>, counts);

        DriftModel model;
        QAbstractItemModelTester tester{
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        model.setFindings(DriftModel::Feed::Sessions, sessions);
        model.setFindings(DriftModel::Feed::Target, target);
        model.setFindings(DriftModel::Feed::Source, source);

        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(column(model, DriftModel::CheckColumn), checks);
        QCOMPARE(column(model, DriftModel::PlaneColumn), planes);
        for (int row = 0; row < model.rowCount(); ++row) {
            const Finding& finding = model.finding(row);
            QCOMPARE(model.index(row, DriftModel::StatusColumn).data().toString(),
                toString(finding.status));
            QVERIFY(!model.index(row, DriftModel::StatusColumn)
                         .data(Qt::DecorationRole)
                         .value<QIcon>()
                         .isNull());
            QCOMPARE(
                model.index(row, DriftModel::ExpectedColumn).data().toString(), finding.expected);
            QCOMPARE(model.index(row, DriftModel::ActualColumn).data().toString(),
                !finding.actual.isEmpty()      ? finding.actual
                    : finding.reason.isEmpty() ? QStringLiteral("—")
                                               : QStringLiteral("— ") + finding.reason);
            QCOMPARE(
                model.index(row, DriftModel::EvidenceColumn).data().toString(), finding.evidence);
            QVERIFY(model.index(row, DriftModel::CheckColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(finding.checkId));
        }
        const StatusCounts total = model.counts();
        QCOMPARE(
            (QList<int>{total.pass, total.fail, total.unknown, total.missing, total.notChecked}),
            counts);
        QCOMPARE(total.total(), static_cast<int>(checks.size()));
    }

    void aPollWithTheSameChecksChangesDataWithoutReset()
    {
        DriftModel model;
        QAbstractItemModelTester tester{
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        model.setFindings(DriftModel::Feed::Source, sourceFindings);
        model.setFindings(DriftModel::Feed::Target, targetFindings);
        QSignalSpy resets{&model, &QAbstractItemModel::modelReset};
        QSignalSpy changes{&model, &QAbstractItemModel::dataChanged};

        QList<Finding> next = targetFindings;
        next[0].status = CheckStatus::Fail; // live.web.budget over budget now
        model.setFindings(DriftModel::Feed::Target, next);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.counts().fail, 3);
        // Just the changed row: a whole-table dataChanged each poll re-measured every cell.
        const auto changedRows = [&] {
            const QList<QVariant> last = changes.last();
            return std::pair{last.at(0).toModelIndex().row(), last.at(1).toModelIndex().row()};
        };
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, DriftModel::CheckColumn).data().toString() == next[0].checkId)
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(changedRows(), (std::pair{row, row}));

        model.setFindings(DriftModel::Feed::Target, next); // the same again: nothing to repaint
        QCOMPARE(changes.count(), 1);

        next.removeLast(); // a different set of checks: rows change
        model.setFindings(DriftModel::Feed::Target, next);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 6);
    }

    void locationOfEvidence_data()
    {
        QTest::addColumn<Finding>("finding");
        QTest::addColumn<QString>("location"); // empty: none

        QTest::newRow("source path:line") << make(
            "pool.web.max", Plane::Source, CheckStatus::Fail, "packages/database/src/client.ts:13")
                                          << "packages/database/src/client.ts:13";
        QTest::newRow("source path with parentheses")
            << make("provider.dashboard.refetchInterval", Plane::Source, CheckStatus::Pass,
                   "apps/web/src/app/(dashboard)/layout.tsx:7")
            << "apps/web/src/app/(dashboard)/layout.tsx:7";
        QTest::newRow("source file without a line")
            << make("pool.scheduling.maxIdleConns", Plane::Source, CheckStatus::Missing,
                   "apps/scheduling-service/internal/repository/connection.go")
            << "apps/scheduling-service/internal/repository/connection.go";
        QTest::newRow("a glob names no file") << make("login.sessionExpiredMessage", Plane::Source,
            CheckStatus::Missing, "apps/web/src/**/LoginForm.tsx")
                                              << "";
        QTest::newRow("a missing checkout is no file in it")
            << make("session.maxAge", Plane::Source, CheckStatus::Missing, "/nonexistent/repo")
            << "";
        QTest::newRow("no evidence")
            << make("session.maxAge", Plane::Source, CheckStatus::NotChecked) << "";
        QTest::newRow("server evidence with a time is no file")
            << make("server.capacity", Plane::Server, CheckStatus::Pass, "pg_settings at 08:30")
            << "";
    }
    void locationOfEvidence()
    {
        QFETCH(Finding, finding);
        QFETCH(QString, location);
        const std::optional<DriftModel::Location> found = DriftModel::locationOf(finding);
        QCOMPARE(found ? found->toString() : QString{}, location);
        DriftModel model;
        model.setFindings(DriftModel::Feed::Source, {finding});
        QCOMPARE(model.index(0, 0).data(DriftModel::LocationRole).toString(), location);
    }
};

QTEST_MAIN(TestDriftModel)
#include "tst_driftmodel.moc"
