// `opsdash probe` over several targets: two throwaway PostgreSQL clusters saved as profiles
// (`--profile prod --profile staging`, their passwords — none here — read from a real
// keychain), or given as `--db` twice. One document, `{"targets": [...]}`, valid against
// probe.schema.json; one target keeps the one-target shape; the exit status is the worst.
#include "ClusterProfile.h"
#include "support/RunOpsdash.h"
#include "support/SchemaCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace opsdash;

class TestProbeTargets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        shareSettingsWithTheExecutable();
        m_prod = std::make_unique<TestCluster>();
        QVERIFY2(m_prod->ok(), qPrintable(m_prod->error()));
        m_staging = std::make_unique<TestCluster>();
        QVERIFY2(m_staging->ok(), qPrintable(m_staging->error()));
        saveClusterProfile(QStringLiteral("prod"), *m_prod);
        saveClusterProfile(QStringLiteral("staging"), *m_staging);
    }

    void cleanupTestCase()
    {
        m_staging.reset();
        m_prod.reset();
    }

    void twoProfilesGiveOneDocument()
    {
        const OpsdashRun run = runOpsdash({QStringLiteral("probe"), QStringLiteral("--profile"),
            QStringLiteral("prod"), QStringLiteral("--profile"), QStringLiteral("staging"),
            QStringLiteral("--duration"), QStringLiteral("2"), QStringLiteral("--format"),
            QStringLiteral("json")});
        // The default baseline's 150 + 50 on a fixture cluster's 200 slots: server.capacity
        // fails on both.
        OPSDASH_COMPARE_EXIT(run, 1);
        const QJsonArray targets = targetsOf(run);
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("prod"));
        QCOMPARE(targets.at(1).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("staging"));
        const QString prodPort = m_prod->value("OPSDASH_TEST_PG_PORT");
        const QString stagingPort = m_staging->value("OPSDASH_TEST_PG_PORT");
        QVERIFY2(targets.at(0)
                     .toObject()
                     .value(QStringLiteral("target"))
                     .toString()
                     .contains(QLatin1Char{':'} + prodPort + QLatin1Char{'/'}),
            qPrintable(run.out));
        QVERIFY2(targets.at(1)
                     .toObject()
                     .value(QStringLiteral("target"))
                     .toString()
                     .contains(QLatin1Char{':'} + stagingPort + QLatin1Char{'/'}),
            qPrintable(run.out));
        for (const QJsonValue& target : targets) {
            // Each profile's own interval (1 s), polled for the whole duration.
            const QJsonObject window = target.toObject().value(QStringLiteral("window")).toObject();
            QCOMPARE(window.value(QStringLiteral("intervalSeconds")).toInt(), 1);
            QVERIFY2(window.value(QStringLiteral("samples")).toInt() >= 2, qPrintable(run.out));
        }

        // As text: each target's report under its name.
        const OpsdashRun text = runOpsdash({QStringLiteral("probe"), QStringLiteral("--profile"),
            QStringLiteral("prod"), QStringLiteral("--profile"), QStringLiteral("staging")});
        OPSDASH_COMPARE_EXIT(text, 1);
        const qsizetype prod = text.out.indexOf(QLatin1String{"== prod =="});
        const qsizetype staging = text.out.indexOf(QLatin1String{"== staging =="});
        QVERIFY2(prod >= 0 && staging > prod, qPrintable(text.out));
        QCOMPARE(text.out.count(QLatin1String{"server.capacity"}), 2);
    }

    void oneProfileKeepsTheOneTargetShape()
    {
        const OpsdashRun run = runOpsdash({QStringLiteral("probe"), QStringLiteral("--profile"),
            QStringLiteral("staging"), QStringLiteral("--format"), QStringLiteral("json")});
        OPSDASH_COMPARE_EXIT(run, 1);
        const QString violations
            = schemaViolations(QStringLiteral("probe.schema.json"), run.out.toUtf8());
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
        const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(!document.contains(QStringLiteral("targets")));
        QVERIFY(!document.contains(QStringLiteral("name")));
        QVERIFY(document.value(QStringLiteral("target"))
                    .toString()
                    .contains(QLatin1Char{':'} + m_staging->value("OPSDASH_TEST_PG_PORT")));
    }

    // --db twice, one refusing: both in the document, the refusing one with its reason, and
    // the worst exit status (2).
    void theWorstTargetGivesTheExitStatus()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now: connections are refused
        const OpsdashRun run = runOpsdash({QStringLiteral("probe"), QStringLiteral("--db"),
            QString::fromUtf8(m_prod->conninfo()), QStringLiteral("--db"),
            QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres").arg(port),
            QStringLiteral("--format"), QStringLiteral("json")});
        OPSDASH_COMPARE_EXIT(run, 2);
        const QJsonArray targets = targetsOf(run);
        QCOMPARE(targets.size(), 2);
        QVERIFY(targets.at(0).toObject().contains(QStringLiteral("findings")));
        const QJsonObject refused = targets.at(1).toObject();
        QCOMPARE(refused.value(QStringLiteral("name")).toString(),
            QStringLiteral("127.0.0.1:%1/postgres").arg(port));
        QVERIFY2(
            refused.value(QStringLiteral("error")).toString().contains(QLatin1String{"refused"}),
            qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1:%1/postgres").arg(port)),
            qPrintable(run.err));
    }

private:
    // The targets of a probe's JSON, checked against probe.schema.json (empty: invalid).
    static QJsonArray targetsOf(const OpsdashRun& run)
    {
        const QString violations
            = schemaViolations(QStringLiteral("probe.schema.json"), run.out.toUtf8());
        if (!violations.isEmpty()) {
            qWarning().noquote() << violations;
            return {};
        }
        return QJsonDocument::fromJson(run.out.toUtf8())
            .object()
            .value(QStringLiteral("targets"))
            .toArray();
    }

    std::unique_ptr<TestCluster> m_prod;
    std::unique_ptr<TestCluster> m_staging;
};

QTEST_GUILESS_MAIN(TestProbeTargets)
#include "tst_probetargets.moc"
