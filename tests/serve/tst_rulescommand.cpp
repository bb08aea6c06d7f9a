// `opsdash rules` end to end: the real executable's output through the real promtool —
// `check rules`, then `test rules` with tests/serve/rules/*.test.yml, whose series go over
// and under every threshold of the default baseline.
#include "support/RunOpsdash.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct ToolRun
{
    int exitCode{-1};
    QString output;
};

ToolRun runTool(const QString& program, const QStringList& arguments, const QString& directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    ToolRun run;
    run.output = QString::fromUtf8(process.readAll());
    if (finished && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    return run;
}

} // namespace

class TestRulesCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!m_promtool.isEmpty(), "promtool not found: scripts/setup installs prometheus");
        QVERIFY(m_dir.isValid());
    }

    void defaultRulesPassPromtool()
    {
        const OpsdashRun run = runOpsdash({QStringLiteral("rules")});
        OPSDASH_COMPARE_EXIT(run, 0);
        const QString rulesPath = m_dir.filePath(QStringLiteral("opsdash-rules.yml"));
        QFile file{rulesPath};
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(run.out.toUtf8());
        file.close();

        const ToolRun check = runTool(m_promtool,
            {QStringLiteral("check"), QStringLiteral("rules"), rulesPath}, m_dir.path());
        QVERIFY2(check.exitCode == 0, qPrintable(check.output));
        QVERIFY2(check.output.contains(QStringLiteral("SUCCESS: 10 rules found")),
            qPrintable(check.output));

        const QDir tests{QStringLiteral(OPSDASH_SOURCE_DIR "/tests/serve/rules")};
        const QStringList testFiles
            = tests.entryList({QStringLiteral("*.test.yml")}, QDir::Files, QDir::Name);
        QVERIFY(!testFiles.isEmpty());
        for (const QString& name : testFiles) {
            // rule_files are relative to the test file: it sits beside the rules.
            const QString copy = m_dir.filePath(name);
            QFile::remove(copy);
            QVERIFY(QFile::copy(tests.filePath(name), copy));
            const ToolRun test = runTool(
                m_promtool, {QStringLiteral("test"), QStringLiteral("rules"), copy}, m_dir.path());
            QVERIFY2(test.exitCode == 0, qPrintable(name + QStringLiteral(":\n") + test.output));
            QVERIFY2(test.output.contains(QStringLiteral("SUCCESS")), qPrintable(test.output));
        }
    }

    void forIsPassedThrough()
    {
        const OpsdashRun run = runOpsdash(
            {QStringLiteral("rules"), QStringLiteral("--for"), QStringLiteral("2m30s")});
        OPSDASH_COMPARE_EXIT(run, 0);
        QCOMPARE(run.out.count(QStringLiteral("for: 2m30s\n")), 20); // for + keep_firing_for
    }

    void badInputIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("--for without a unit")
            << QStringList{QStringLiteral("rules"), QStringLiteral("--for"), QStringLiteral("45")}
            << QStringLiteral("'45' is not a duration");
        QTest::newRow("a baseline that does not exist")
            << QStringList{QStringLiteral("rules"), QStringLiteral("--baseline"),
                   QStringLiteral("/nonexistent/baseline.json")}
            << QStringLiteral("/nonexistent/baseline.json");
    }
    void badInputIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const OpsdashRun run = runOpsdash(arguments);
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

private:
    QString m_promtool;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRulesCommand)
#include "tst_rulescommand.moc"
