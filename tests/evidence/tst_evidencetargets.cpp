// `opsdash evidence` over several targets in one bundle: two throwaway PostgreSQL clusters
// saved as profiles (`--profile prod --profile staging`), or given as `--db` twice. One
// report.json with a `targets` array (schema-valid), a screenshot per target, a PDF whose
// text names both targets and holds the one verdict over all, SHA256SUMS and the signature
// over every file (`--verify` passes), and the worst exit status over the targets.
#include "../pg/ClusterProfile.h"
#include "Sha256Sums.h"
#include "ThrowawayGnuPG.h"
#include "support/RunOpsdash.h"
#include "support/SchemaCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace opsdash;

namespace {

constexpr char kKey[] = "targets@opsdash.invalid";

QByteArray readAll(const QString& path)
{
    QFile file{path};
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray{};
}

// A tool's standard output, whitespace collapsed (a PDF line may wrap anywhere).
QString toolText(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class TestEvidenceTargets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        shareSettingsWithTheExecutable();
        for (const char* tool : {"gpg", "pdftotext", "pdfimages"}) {
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String{tool}).isEmpty(),
                "gnupg and poppler-utils (scripts/setup) are needed");
        }
        QVERIFY(m_dir.isValid());
        m_prod = std::make_unique<TestCluster>();
        QVERIFY2(m_prod->ok(), qPrintable(m_prod->error()));
        m_staging = std::make_unique<TestCluster>();
        QVERIFY2(m_staging->ok(), qPrintable(m_staging->error()));
        m_gnupg = std::make_unique<ThrowawayGnuPG>(
            m_dir.filePath(QStringLiteral("gnupg")), QLatin1String{kKey});
        QVERIFY2(m_gnupg->ok(), qPrintable(m_gnupg->error()));
        saveClusterProfile(QStringLiteral("prod"), *m_prod);
        saveClusterProfile(QStringLiteral("staging"), *m_staging);
    }

    void cleanupTestCase()
    {
        m_gnupg.reset();
        m_staging.reset();
        m_prod.reset();
    }

    void twoProfilesMakeOneSignedBundle()
    {
        const QString dir = m_dir.filePath(QStringLiteral("two-profiles"));
        const OpsdashRun run = runOpsdash(
            {QStringLiteral("evidence"), QStringLiteral("--out"), dir, QStringLiteral("--profile"),
                QStringLiteral("prod"), QStringLiteral("--profile"), QStringLiteral("staging"),
                QStringLiteral("--repo"), QStringLiteral(OPSDASH_TEST_MONOREPO),
                QStringLiteral("--duration"), QStringLiteral("3"), QStringLiteral("--sign"),
                QLatin1String{kKey}},
            240000, {m_gnupg->environment()});
        // The default baseline's 150 + 50 on a fixture cluster's 200 slots is over-committed:
        // server.capacity fails on both, and the worst exit status is 1.
        OPSDASH_COMPARE_EXIT(run, 1);

        QCOMPARE(QDir{dir}.entryList(QDir::Files, QDir::Name),
            QStringList({QStringLiteral("SHA256SUMS"), QStringLiteral("SHA256SUMS.asc"),
                QStringLiteral("dashboard-prod.png"), QStringLiteral("dashboard-staging.png"),
                QStringLiteral("report.json"), QStringLiteral("report.md"),
                QStringLiteral("report.pdf")}));

        const QByteArray json = readAll(dir + QStringLiteral("/report.json"));
        const QString violations = schemaViolations(QStringLiteral("evidence.schema.json"), json);
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
        const QJsonObject report = QJsonDocument::fromJson(json).object();
        const QJsonArray targets = report.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 2);
        QStringList databases;
        for (int i = 0; i < 2; ++i) {
            const QJsonObject target = targets.at(i).toObject();
            QCOMPARE(target.value(QStringLiteral("name")).toString(),
                i == 0 ? QStringLiteral("prod") : QStringLiteral("staging"));
            QCOMPARE(target.value(QStringLiteral("screenshot")).toString(),
                i == 0 ? QStringLiteral("dashboard-prod.png")
                       : QStringLiteral("dashboard-staging.png"));
            QVERIFY(target.value(QStringLiteral("window"))
                        .toObject()
                        .value(QStringLiteral("samples"))
                        .toInt()
                >= 1);
            databases << target.value(QStringLiteral("target"))
                             .toObject()
                             .value(QStringLiteral("database"))
                             .toString();
        }
        QVERIFY2(databases.at(0) != databases.at(1), qPrintable(databases.join(u' ')));
        const QString verdict = report.value(QStringLiteral("verdict")).toString();
        QCOMPARE(verdict,
            QStringLiteral("2 checks fail across 2 targets: prod server.capacity, staging "
                           "server.capacity"));
        QCOMPARE(report.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("exitStatus"))
                     .toInt(),
            1);

        // Page 1 holds the one verdict over all; each target has its section.
        const QString pdf = dir + QStringLiteral("/report.pdf");
        const QString firstPage = toolText(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                pdf, QStringLiteral("-")});
        QVERIFY2(firstPage.contains(verdict), qPrintable(firstPage));
        const QString text = toolText(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QLatin1String{"Target: prod"}), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String{"Target: staging"}), qPrintable(text));
        for (const QString& database : databases)
            QVERIFY2(text.contains(database), qPrintable(database));
        QCOMPARE(text.count(verdict), 1);
        const QString images
            = toolText(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QVERIFY2(images.count(QLatin1String{" image "}) == 2, qPrintable(images));

        const QString markdown = QString::fromUtf8(readAll(dir + QStringLiteral("/report.md")));
        QVERIFY(markdown.contains(QLatin1String{"# Target: prod"}));
        QVERIFY(markdown.contains(QLatin1String{"](dashboard-staging.png)"}));

        // Every file sealed and signed.
        const Sha256SumsCheck sums = checkSha256Sums(dir);
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.output));
        QCOMPARE(sums.output.count(QLatin1String{": OK"}), 5);
        const OpsdashRun verified
            = runOpsdash({QStringLiteral("evidence"), QStringLiteral("--verify"), dir}, 60000,
                {m_gnupg->environment()});
        OPSDASH_COMPARE_EXIT(verified, 0);
        QVERIFY2(verified.out.contains(QLatin1String{"dashboard-staging.png: OK"}),
            qPrintable(verified.out));
    }

    // --db twice, one of them refusing: the bundle is still written with both targets,
    // and the exit status is the worst (2: no sample from one).
    void theWorstTargetGivesTheExitStatus()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now: connections are refused
        const QString refusing
            = QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres connect_timeout=2").arg(port);
        const QString dir = m_dir.filePath(QStringLiteral("two-databases"));
        const OpsdashRun run = runOpsdash(
            {QStringLiteral("evidence"), QStringLiteral("--out"), dir, QStringLiteral("--db"),
                QString::fromUtf8(m_prod->conninfo()), QStringLiteral("--db"), refusing,
                QStringLiteral("--duration"), QStringLiteral("3")},
            240000);
        OPSDASH_COMPARE_EXIT(run, 2);
        // Only the refusing target is named.
        QVERIFY2(run.err.contains(
                     QStringLiteral("no sample was taken from 127.0.0.1:%1/postgres\n").arg(port)),
            qPrintable(run.err));

        const QByteArray json = readAll(dir + QStringLiteral("/report.json"));
        const QString violations = schemaViolations(QStringLiteral("evidence.schema.json"), json);
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
        const QJsonArray targets
            = QJsonDocument::fromJson(json).object().value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 2);
        QVERIFY(targets.at(0)
                    .toObject()
                    .value(QStringLiteral("window"))
                    .toObject()
                    .value(QStringLiteral("samples"))
                    .toInt()
            >= 1);
        QCOMPARE(targets.at(1)
                     .toObject()
                     .value(QStringLiteral("window"))
                     .toObject()
                     .value(QStringLiteral("samples"))
                     .toInt(),
            0);
        QCOMPARE(checkSha256Sums(dir).exitCode, 0);
    }

    void severalTargetsRefuseWhatNamesOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("--profile and --db together") << QStringList{QStringLiteral("--profile"),
            QStringLiteral("prod"), QStringLiteral("--db"), QStringLiteral("dbname=x"),
            QStringLiteral("--db"), QStringLiteral("dbname=y")}
                                                     << QStringLiteral("not both");
        QTest::newRow("one --sessions for two targets")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("prod"),
                   QStringLiteral("--profile"), QStringLiteral("staging"),
                   QStringLiteral("--sessions"), QStringLiteral("http://127.0.0.1:9/")}
            << QStringLiteral("--sessions names one web app");
    }
    void severalTargetsRefuseWhatNamesOne()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString dir = m_dir.filePath(QStringLiteral("refused"));
        const OpsdashRun run = runOpsdash(
            QStringList{QStringLiteral("evidence"), QStringLiteral("--out"), dir} + arguments);
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(dir));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestCluster> m_prod;
    std::unique_ptr<TestCluster> m_staging;
    std::unique_ptr<ThrowawayGnuPG> m_gnupg;
};

QTEST_GUILESS_MAIN(TestEvidenceTargets)
#include "tst_evidencetargets.moc"
