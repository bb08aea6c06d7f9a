// Runs the real opsdash executable and checks the command-line contract of docs/cli.md:
// exit statuses, where messages go, and that nothing unimplemented pretends to succeed.
#include "support/RunOpsdash.h"
#include "support/SchemaCheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace {

using Run = OpsdashRun;

QString dataFile(const char* name)
{
    return QStringLiteral(OPSDASH_TEST_DATA_DIR "/baselines/") + QLatin1String{name};
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void versionPrintsTheProjectVersion()
    {
        const Run run = runOpsdash({QStringLiteral("--version")});
        OPSDASH_COMPARE_EXIT(run, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("opsdash " OPSDASH_VERSION));
    }

    void topLevelHelpListsEverySubcommand()
    {
        const Run run = runOpsdash({QStringLiteral("--help")});
        OPSDASH_COMPARE_EXIT(run, 0);
        for (const char* name : {"baseline", "verify", "probe", "sessions", "snapshot", "evidence"})
            QVERIFY2(run.out.contains(QLatin1String{name}), name);
    }

    void subcommandHelpExitsZero_data()
    {
        QTest::addColumn<QString>("subcommand");
        QTest::addColumn<QString>("option");
        QTest::newRow("baseline offers --dump") << "baseline"
                                                << "--dump";
        QTest::newRow("verify offers --repo") << "verify"
                                              << "--repo";
        QTest::newRow("probe offers --interval") << "probe"
                                                 << "--interval";
        QTest::newRow("sessions offers --url") << "sessions"
                                               << "--url";
        QTest::newRow("snapshot offers --size") << "snapshot"
                                                << "--size";
        QTest::newRow("evidence offers --duration") << "evidence"
                                                    << "--duration";
    }
    void subcommandHelpExitsZero()
    {
        QFETCH(QString, subcommand);
        QFETCH(QString, option);
        const Run run = runOpsdash({subcommand, QStringLiteral("--help")});
        OPSDASH_COMPARE_EXIT(run, 0);
        QVERIFY2(run.out.contains(option), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("opsdash ") + subcommand), qPrintable(run.out));
    }

    void evidenceRefusesBadInputBeforeCollecting_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no --out") << QStringList{QStringLiteral("evidence")}
                                  << "--out DIR is required";
        QTest::newRow("--duration out of range") << QStringList{QStringLiteral("evidence"),
            QStringLiteral("--out"), QStringLiteral("/nonexistent/evidence"),
            QStringLiteral("--duration"), QStringLiteral("0")}
                                                 << "--duration";
        QTest::newRow("--out is a file") << QStringList{QStringLiteral("evidence"),
            QStringLiteral("--out"), QStringLiteral(OPSDASH_SOURCE_DIR "/README.md")}
                                         << "not a directory";
        QTest::newRow("--repo is not a directory") << QStringList{QStringLiteral("evidence"),
            QStringLiteral("--out"), QStringLiteral("/nonexistent/evidence"),
            QStringLiteral("--repo"), QStringLiteral("/nonexistent/repo")}
                                                   << "--repo";
        QTest::newRow("an unknown --profile") << QStringList{QStringLiteral("evidence"),
            QStringLiteral("--out"), QStringLiteral("/nonexistent/evidence"),
            QStringLiteral("--profile"), QStringLiteral("prod")}
                                              << "no saved target is called 'prod'";
        QTest::newRow("--profile with --db") << QStringList{QStringLiteral("evidence"),
            QStringLiteral("--out"), QStringLiteral("/nonexistent/evidence"),
            QStringLiteral("--profile"), QStringLiteral("prod"), QStringLiteral("--db"),
            QStringLiteral("dbname=x")} << "--profile and --db name two targets";
    }
    void evidenceRefusesBadInputBeforeCollecting()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const Run run = runOpsdash(arguments);
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void usageErrorsExitTwoWithOneLineReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("frobnicate")} << "unknown subcommand 'frobnicate'";
        QTest::newRow("unknown dashboard option, no display needed")
            << QStringList{QStringLiteral("--frob")} << "Unknown option 'frob'";
        QTest::newRow("dashboard interval out of range")
            << QStringList{QStringLiteral("--interval"), QStringLiteral("0")} << "--interval";
        QTest::newRow("dashboard with a broken baseline")
            << QStringList{QStringLiteral("--baseline"),
                   QStringLiteral(OPSDASH_TEST_DATA_DIR "/baselines/syntax-error-line3.json")}
            << "syntax-error-line3.json:3:";
        QTest::newRow("dashboard with an unknown profile")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("no-such-target")}
            << "no saved target is called 'no-such-target'";
        QTest::newRow("dashboard with both --profile and --db") << QStringList{
            QStringLiteral("--profile"), QStringLiteral("a"), QStringLiteral("--db"),
            QStringLiteral("dbname=x")} << "--profile and --db";
        QTest::newRow("dashboard theme that does not exist")
            << QStringList{QStringLiteral("--theme"), QStringLiteral("blue")} << "--theme";
        QTest::newRow("unknown subcommand option")
            << QStringList{QStringLiteral("baseline"), QStringLiteral("--frob")} << "frob";
        QTest::newRow("option without its value")
            << QStringList{QStringLiteral("baseline"), QStringLiteral("--baseline")} << "baseline";
        QTest::newRow("stray positional argument") << QStringList{QStringLiteral("baseline"),
            QStringLiteral("extra")} << "unexpected argument 'extra'";
    }
    void usageErrorsExitTwoWithOneLineReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const Run run = runOpsdash(arguments);
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    }

    void defaultBaselinePrintsOk()
    {
        const Run run = runOpsdash({QStringLiteral("baseline")});
        OPSDASH_COMPARE_EXIT(run, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("ok\n")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("150")), qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
    }

    void baselineSyntaxErrorNamesFileLineAndColumn()
    {
        const QString file = dataFile("syntax-error-line3.json");
        const Run run
            = runOpsdash({QStringLiteral("baseline"), QStringLiteral("--baseline"), file});
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(file + QStringLiteral(":3:")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void missingBaselineFileExitsTwo()
    {
        const Run run = runOpsdash({QStringLiteral("baseline"), QStringLiteral("--baseline"),
            QStringLiteral("/nonexistent/baseline.json")});
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(
            run.err.contains(QStringLiteral("/nonexistent/baseline.json")), qPrintable(run.err));
    }

    void snapshotWritesThePictureWithItsFooter()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const Run run = runOpsdash(
            {QStringLiteral("snapshot"), QStringLiteral("--out"), png, QStringLiteral("--wait"),
                QStringLiteral("0"), QStringLiteral("--size"), QStringLiteral("1280x720")});
        OPSDASH_COMPARE_EXIT(run, 0);
        // The PNG's own header (IHDR) says its size; no image library needed.
        QFile file{png};
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(24);
        QVERIFY(header.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 16), 1280u);
        QVERIFY2(qFromBigEndian<quint32>(header.constData() + 20) > 720u,
            "no footer band below the window");
    }

    void snapshotRefusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no --out") << QStringList{} << "--out";
        QTest::newRow("malformed --size") << QStringList{QStringLiteral("--out"),
            QStringLiteral("x.png"), QStringLiteral("--size"), QStringLiteral("big")}
                                          << "--size";
        QTest::newRow("--theme other than light or dark") << QStringList{QStringLiteral("--out"),
            QStringLiteral("x.png"), QStringLiteral("--theme"), QStringLiteral("blue")}
                                                          << "--theme must be light or dark";
        QTest::newRow("unknown --panel") << QStringList{QStringLiteral("--out"),
            QStringLiteral("x.png"), QStringLiteral("--panel"), QStringLiteral("bogus")}
                                         << "--panel must be one of pools, chart";
        QTest::newRow("unwritable file") << QStringList{QStringLiteral("--out"),
            QStringLiteral("/nonexistent/dir/x.png"), QStringLiteral("--wait"), QStringLiteral("0")}
                                         << "cannot write";
    }
    void snapshotRefusesWhatItCannotDo()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, reason);
        const Run run = runOpsdash(QStringList{QStringLiteral("snapshot")} + extra);
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    }

    void dumpedBaselineLoadsAgain()
    {
        const Run dump = runOpsdash({QStringLiteral("baseline"), QStringLiteral("--dump")});
        OPSDASH_COMPARE_EXIT(dump, 0);
        const QString violations
            = schemaViolations(QStringLiteral("baseline.schema.json"), dump.out.toUtf8());
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("dumped.json"));
        QFile file{path};
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(dump.out.toUtf8());
        file.close();

        const Run again
            = runOpsdash({QStringLiteral("baseline"), QStringLiteral("--baseline"), path});
        OPSDASH_COMPARE_EXIT(again, 0);
        const Run redump = runOpsdash({QStringLiteral("baseline"), QStringLiteral("--baseline"),
            path, QStringLiteral("--dump")});
        QCOMPARE(redump.out, dump.out);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
