// `opsdash verify` end to end: the real executable on the fixture monorepo and on a
// drifted copy, in every output format, and its usage errors (exit statuses of
// docs/cli.md).
#include "MonorepoCopy.h"
#include "TerminalRun.h"
#include "support/RunOpsdash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

using Run = OpsdashRun;

QString fixture()
{
    return QStringLiteral(OPSDASH_MONOREPO_FIXTURE);
}

// A copy with three drifts: the web pool, T167 and the portal's focus refetch.
void drift(const MonorepoCopy& repo)
{
    for (const MonorepoEdit& edit :
        {MonorepoEdit::replace(QStringLiteral("packages/database/src/client.ts"),
             QStringLiteral("max: 150,"), QStringLiteral("max: 100,")),
            MonorepoEdit::replace(QStringLiteral("specs/001-platform/tasks.md"),
                QStringLiteral("- [x] T167"), QStringLiteral("- [ ] T167")),
            MonorepoEdit::replace(QStringLiteral("apps/web/src/app/portal/layout.tsx"),
                QStringLiteral("refetchOnWindowFocus={true}"),
                QStringLiteral("refetchOnWindowFocus={false}"))}) {
        const QString problem = repo.apply(edit);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

} // namespace

class TestVerifyCommand final : public QObject
{
    Q_OBJECT

private slots:
    void fixturePassesInEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("marker");
        QTest::newRow("text") << "text"
                              << "21 checks: 21 pass, 0 fail, 0 unknown, 0 missing";
        QTest::newRow("json") << "json"
                              << "\"exitStatus\": 0";
        QTest::newRow("markdown") << "markdown"
                                  << "Result: **all 21 checks pass**";
    }
    void fixturePassesInEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, marker);
        const Run run = runOpsdash({QStringLiteral("verify"), QStringLiteral("--repo"), fixture(),
            QStringLiteral("--format"), format});
        OPSDASH_COMPARE_EXIT(run, 0);
        QVERIFY2(run.out.contains(marker), qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY2(
            !run.out.contains(QStringLiteral("\x1b[")), "no colour when stdout is not a terminal");
    }

    void driftedCopyFailsNamingTheChecks_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("text") << "text";
        QTest::newRow("json") << "json";
        QTest::newRow("markdown") << "markdown";
    }
    void driftedCopyFailsNamingTheChecks()
    {
        QFETCH(QString, format);
        MonorepoCopy repo;
        QVERIFY(repo.isValid());
        drift(repo);
        const Run run = runOpsdash({QStringLiteral("verify"), QStringLiteral("--repo"), repo.root(),
            QStringLiteral("--format"), format});
        OPSDASH_COMPARE_EXIT(run, 1);
        const QStringList failing{QStringLiteral("pool.web.max"), QStringLiteral("tasks.T167"),
            QStringLiteral("provider.portal.refetchOnWindowFocus"),
            QStringLiteral("docs.poolDocumentation"), QStringLiteral("tasks.progress")};
        if (format == QLatin1String{"text"}) {
            for (const QString& id : failing) {
                const qsizetype line = run.out.indexOf(id);
                QVERIFY2(line >= 0, qPrintable(id));
                const QString text
                    = run.out.mid(run.out.lastIndexOf(u'\n', line) + 1).section(u'\n', 0, 0);
                QVERIFY2(text.contains(QStringLiteral("fail")), qPrintable(text));
            }
            QVERIFY(run.out.contains(
                QStringLiteral("expected 150, found 100  [packages/database/src/client.ts:13]")));
            QVERIFY(run.out.contains(
                QStringLiteral("21 checks: 16 pass, 5 fail, 0 unknown, 0 missing")));
        } else if (format == QLatin1String{"markdown"}) {
            for (const QString& id : failing)
                QVERIFY2(run.out.contains(QStringLiteral("| `%1` | **fail** |").arg(id)),
                    qPrintable(id));
            QVERIFY(run.out.contains(QStringLiteral("Result: **5 of 21 checks do not pass**")));
            QVERIFY(run.out.contains(QStringLiteral("`packages/database/src/client.ts:13`")));
        } else {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            const QJsonObject report = document.object();
            QCOMPARE(report.value(QStringLiteral("command")).toString(), QStringLiteral("verify"));
            QCOMPARE(report.value(QStringLiteral("exitStatus")).toInt(), 1);
            QCOMPARE(report.value(QStringLiteral("summary"))
                         .toObject()
                         .value(QStringLiteral("fail"))
                         .toInt(),
                5);
            const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
            QCOMPARE(findings.size(), 21);
            QStringList failed;
            for (const QJsonValue& value : findings) {
                const QJsonObject finding = value.toObject();
                for (const char* field :
                    {"check", "plane", "status", "expected", "actual", "evidence", "firstSeen"})
                    QVERIFY2(finding.contains(QLatin1String{field}), field);
                QCOMPARE(
                    finding.value(QStringLiteral("plane")).toString(), QStringLiteral("source"));
                if (finding.value(QStringLiteral("status")).toString() == QLatin1String{"fail"})
                    failed.append(finding.value(QStringLiteral("check")).toString());
                if (finding.value(QStringLiteral("check")).toString()
                    == QLatin1String{"pool.web.max"}) {
                    QCOMPARE(
                        finding.value(QStringLiteral("actual")).toString(), QStringLiteral("100"));
                    QCOMPARE(finding.value(QStringLiteral("expected")).toString(),
                        QStringLiteral("150"));
                    QCOMPARE(finding.value(QStringLiteral("evidence")).toString(),
                        QStringLiteral("packages/database/src/client.ts:13"));
                }
            }
            failed.sort();
            QStringList expected = failing;
            expected.sort();
            QCOMPARE(failed, expected);
        }
    }

    // Status words are coloured only on a terminal and only without NO_COLOR; the text is
    // otherwise the same, so scripts and the tests above read plain output.
    void colourOnlyOnATerminalWithoutNoColor_data()
    {
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<QString>("noColor"); // empty: unset
        QTest::addColumn<bool>("coloured");
        QTest::newRow("terminal: status words coloured") << true << QString{} << true;
        QTest::newRow("terminal with NO_COLOR=1: plain") << true << QStringLiteral("1") << false;
        QTest::newRow("pipe: plain") << false << QString{} << false;
    }
    void colourOnlyOnATerminalWithoutNoColor()
    {
        QFETCH(bool, terminal);
        QFETCH(QString, noColor);
        QFETCH(bool, coloured);
        MonorepoCopy repo;
        QVERIFY(repo.isValid());
        drift(repo); // passes and fails, so two colours show
        const QStringList arguments{
            QStringLiteral("verify"), QStringLiteral("--repo"), repo.root()};

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("NO_COLOR"));
        const Run plain = runOpsdash(arguments);
        OPSDASH_COMPARE_EXIT(plain, 1);
        QVERIFY(!plain.out.contains(u'\x1b'));

        QString out;
        if (terminal) {
            if (!noColor.isEmpty())
                environment.insert(QStringLiteral("NO_COLOR"), noColor);
            const TerminalRun run = runOpsdashOnTerminal(arguments, environment);
            QCOMPARE(run.exitCode, 1);
            out = run.out;
            out.remove(u'\r'); // the terminal's line discipline writes \r\n
        } else {
            out = plain.out;
        }

        static const QRegularExpression escape{QStringLiteral("\x1b\\[[0-9;]*m")};
        static const QRegularExpression colouredStatus{
            QStringLiteral("\x1b\\[[0-9;]+m(pass|fail|unknown|missing|not-checked) *\x1b\\[0m")};
        if (coloured) {
            QVERIFY2(out.contains(QStringLiteral("\x1b[32mpass")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("\x1b[31;1mfail")), qPrintable(out));
            // Only the status words: one coloured word per check, nothing else escaped.
            QCOMPARE(out.count(colouredStatus), 21);
            QCOMPARE(out.count(escape), 2 * 21);
        } else {
            QVERIFY2(!out.contains(u'\x1b'), qPrintable(out));
        }
        QString stripped = out;
        stripped.remove(escape);
        QCOMPARE(stripped, plain.out);
    }

    void unusableInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no --repo")
            << QStringList{QStringLiteral("verify")} << "--repo DIR is required";
        QTest::newRow("repo does not exist") << QStringList{QStringLiteral("verify"),
            QStringLiteral("--repo"), QStringLiteral("/nonexistent/checkout")}
                                             << "no such directory";
        QTest::newRow("repo is a file") << QStringList{QStringLiteral("verify"),
            QStringLiteral("--repo"), QStringLiteral(OPSDASH_MONOREPO_FIXTURE "/CLAUDE.md")}
                                        << "not a directory";
        QTest::newRow("unknown format") << QStringList{QStringLiteral("verify"),
            QStringLiteral("--repo"), fixture(), QStringLiteral("--format"), QStringLiteral("yaml")}
                                        << "--format must be text, json or markdown";
        QTest::newRow("baseline file missing")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--repo"), fixture(),
                   QStringLiteral("--baseline"), QStringLiteral("/nonexistent/baseline.json")}
            << "/nonexistent/baseline.json";
    }
    void unusableInputExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const Run run = runOpsdash(arguments);
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.out.isEmpty());
    }

    void unusableFileIsAFindingNotACrash()
    {
        MonorepoCopy repo;
        QVERIFY(repo.isValid());
        const QString auth{QStringLiteral("apps/web/src/server/auth.ts")};
        QVERIFY(repo.apply(MonorepoEdit::remove(auth)).isEmpty());
        QVERIFY(repo.apply(MonorepoEdit::makeDirectory(auth)).isEmpty());
        const Run run
            = runOpsdash({QStringLiteral("verify"), QStringLiteral("--repo"), repo.root()});
        OPSDASH_COMPARE_EXIT(run, 1);
        QVERIFY2(run.out.contains(
                     QStringLiteral("apps/web/src/server/auth.ts: is a directory, not a file")),
            qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestVerifyCommand)
#include "tst_verifycommand.moc"
