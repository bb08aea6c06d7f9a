// `opsdash evidence` end to end against the throwaway cluster, and `snapshot --panel`:
// the five files, checksums that `sha256sum -c` accepts, a PDF whose text carries every
// check id, a schema-valid report.json, not-checked source checks without --repo, and the
// password the test connected with nowhere in the bundle.
#include "Sha256Sums.h"
#include "support/ReportFindings.h"
#include "support/RunOpsdash.h"
#include "support/SchemaCheck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString password()
{
    return qEnvironmentVariable("OPSDASH_TEST_PG_PASSWORD");
}

// Over TCP with the password in the conninfo: the worst case for leaks.
QString conninfoWithPassword()
{
    return qEnvironmentVariable("OPSDASH_TEST_PG_TCP_CONNINFO") + QStringLiteral(" password=")
        + password();
}

QByteArray readAll(const QString& path)
{
    QFile file{path};
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray{};
}

struct Tool
{
    int exitCode{-1};
    QString out;
};

Tool runTool(const QString& program, const QStringList& arguments, const QString& dir)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(),
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

} // namespace

class TestEvidenceCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!password().isEmpty(), "the cluster fixture gives OPSDASH_TEST_PG_PASSWORD");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
            "pdftotext (poppler-utils, scripts/setup) is needed");
    }

    void writesASealedBundleWithEveryCheck()
    {
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("evidence"));
        const OpsdashRun run
            = runOpsdash({QStringLiteral("evidence"), QStringLiteral("--out"), dir,
                             QStringLiteral("--db"), conninfoWithPassword(),
                             QStringLiteral("--repo"), QStringLiteral(OPSDASH_TEST_MONOREPO),
                             QStringLiteral("--duration"), QStringLiteral("4")},
                180000);
        // The sign-off's 150 + 50 on 200 slots is over-committed: server.capacity fails.
        OPSDASH_COMPARE_EXIT(run, 1);

        const QStringList files = QDir{dir}.entryList(QDir::Files, QDir::Name);
        QCOMPARE(files,
            QStringList({QStringLiteral("SHA256SUMS"), QStringLiteral("dashboard.png"),
                QStringLiteral("report.json"), QStringLiteral("report.md"),
                QStringLiteral("report.pdf")}));

        const Sha256SumsCheck sums = checkSha256Sums(dir);
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.output));
        QCOMPARE(sums.output.count(QLatin1String{": OK"}), 4);

        const QByteArray json = readAll(dir + QStringLiteral("/report.json"));
        const QString violations = schemaViolations(QStringLiteral("evidence.schema.json"), json);
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
        const QJsonObject report = QJsonDocument::fromJson(json).object();
        QVERIFY(report.value(QStringLiteral("window"))
                    .toObject()
                    .value(QStringLiteral("samples"))
                    .toInt()
            >= 2);
        // The window has both ends everywhere: in JSON, in the summary and in every live
        // row's evidence (its start was blank when the first sample lost its clock).
        const QJsonObject window = report.value(QStringLiteral("window")).toObject();
        const QDateTime firstSample = QDateTime::fromString(
            window.value(QStringLiteral("firstSample")).toString(), Qt::ISODate);
        const QDateTime lastSample = QDateTime::fromString(
            window.value(QStringLiteral("lastSample")).toString(), Qt::ISODate);
        QVERIFY2(firstSample.isValid() && lastSample.isValid() && firstSample < lastSample,
            QJsonDocument{window}.toJson().constData());
        const QString markdown = QString::fromUtf8(readAll(dir + QStringLiteral("/report.md")));
        const QString human = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        QVERIFY2(
            markdown.contains(QStringLiteral("server clock %1 UTC – %2 UTC")
                                  .arg(firstSample.toString(human), lastSample.toString(human))),
            qPrintable(markdown));
        const QString liveWindow = QStringLiteral("%1 – %2").arg(
            firstSample.toString(Qt::ISODate), lastSample.toString(Qt::ISODate));
        QVERIFY2(findingOf(report, QStringLiteral("live.web.budget"))
                     .value(QStringLiteral("evidence"))
                     .toString()
                     .endsWith(liveWindow),
            qPrintable(liveWindow));
        QCOMPARE(findingOf(report, QStringLiteral("session.maxAge"))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("pass"));
        QCOMPARE(findingOf(report, QStringLiteral("server.capacity"))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("fail"));
        QCOMPARE(report.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("exitStatus"))
                     .toInt(),
            1);
        // No web or scheduling backend in the fixture: their live rules are not-checked,
        // with the reason, never a pass.
        for (const char* rule : {"live.web.idleTimeout", "live.scheduling.maxIdle"}) {
            const QJsonObject finding = findingOf(report, QLatin1String{rule});
            QCOMPARE(
                finding.value(QStringLiteral("status")).toString(), QStringLiteral("not-checked"));
            QVERIFY2(!finding.value(QStringLiteral("reason")).toString().isEmpty(), rule);
        }

        // Every check id is in the PDF's text, whole: the verification notes list each on a
        // line of its own even where the checks table wraps a long id.
        const Tool pdf = runTool(
            QStringLiteral("pdftotext"), {QStringLiteral("report.pdf"), QStringLiteral("-")}, dir);
        QCOMPARE(pdf.exitCode, 0);
        const QString& pdfText = pdf.out;
        const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
        QVERIFY(findings.size() >= 30);
        for (const QJsonValue& value : findings) {
            const QString id = value.toObject().value(QStringLiteral("check")).toString();
            QVERIFY2(pdfText.contains(id), qPrintable(id));
        }
        QVERIFY(pdfText.contains(QLatin1String{"Verification notes for tasks.md"}));

        const QByteArray png = readAll(dir + QStringLiteral("/dashboard.png"));
        QVERIFY(png.startsWith("\x89PNG"));

        // The password the bundle was made with is in none of its files, nor the output.
        for (const QString& name : files)
            QVERIFY2(!readAll(dir + u'/' + name).contains(password().toUtf8()), qPrintable(name));
        QVERIFY(!pdf.out.contains(password()));
        QVERIFY(!run.out.contains(password()) && !run.err.contains(password()));
    }

    void withoutRepoTheSourceChecksAreNotChecked()
    {
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("evidence"));
        const OpsdashRun run = runOpsdash(
            {QStringLiteral("evidence"), QStringLiteral("--out"), dir, QStringLiteral("--db"),
                conninfoWithPassword(), QStringLiteral("--duration"), QStringLiteral("2")},
            180000);
        OPSDASH_COMPARE_EXIT(run, 1);
        const QJsonObject report
            = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/report.json"))).object();
        int source = 0;
        for (const QJsonValue& value : report.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            if (finding.value(QStringLiteral("plane")).toString() != QLatin1String{"source"})
                continue;
            ++source;
            QCOMPARE(
                finding.value(QStringLiteral("status")).toString(), QStringLiteral("not-checked"));
            QVERIFY(finding.value(QStringLiteral("reason"))
                        .toString()
                        .contains(QLatin1String{"--repo"}));
        }
        QVERIFY(source >= 15);
        const QString markdown = QString::fromUtf8(readAll(dir + QStringLiteral("/report.md")));
        QVERIFY(markdown.contains(QLatin1String{"- [ ] **T167**"}));
        QVERIFY(!markdown.contains(QLatin1String{"- [x] **T"}));
    }

    void queryTextsAreFingerprintsUnlessIncluded_data()
    {
        QTest::addColumn<bool>("include");
        QTest::newRow("default: fingerprints only") << false;
        QTest::newRow("--include-queries: the redacted text") << true;
    }

    void queryTextsAreFingerprintsUnlessIncluded()
    {
        QFETCH(bool, include);
        // A web-pool backend busy with a statement that carries a literal.
        QProcess client;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("postgres.js"));
        client.setProcessEnvironment(environment);
        client.start(QStringLiteral("psql"),
            {qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO"), QStringLiteral("-qc"),
                QStringLiteral("select pg_sleep(15), 'EvidenceLiteral42'")});
        QVERIFY(client.waitForStarted());

        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("evidence"));
        QStringList arguments{QStringLiteral("evidence"), QStringLiteral("--out"), dir,
            QStringLiteral("--db"), qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO"),
            QStringLiteral("--duration"), QStringLiteral("3")};
        if (include)
            arguments << QStringLiteral("--include-queries");
        const OpsdashRun run = runOpsdash(arguments, 180000);
        client.kill();
        client.waitForFinished();
        OPSDASH_COMPARE_EXIT(run, 1);

        const QByteArray markdown = readAll(dir + QStringLiteral("/report.md"));
        const QJsonObject report
            = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/report.json"))).object();
        QString webQuery;
        for (const QJsonValue& value : report.value(QStringLiteral("backends")).toArray()) {
            if (value.toObject().value(QStringLiteral("pool")).toString() == QLatin1String{"web"})
                webQuery = value.toObject().value(QStringLiteral("query")).toString();
        }
        QVERIFY2(!webQuery.isEmpty(), markdown.constData());
        if (include) {
            QVERIFY2(webQuery.contains(QLatin1String{"EvidenceLiteral42"}), qPrintable(webQuery));
            QVERIFY(markdown.contains("EvidenceLiteral42"));
        } else {
            QVERIFY2(
                QRegularExpression{QStringLiteral("^q:[0-9a-f]{12}$")}.match(webQuery).hasMatch(),
                qPrintable(webQuery));
            for (const char* name : {"report.md", "report.json"})
                QVERIFY2(
                    !readAll(dir + u'/' + QLatin1String{name}).contains("EvidenceLiteral42"), name);
            // The PDF's streams are compressed: look at its text.
            const Tool pdf = runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("report.pdf"), QStringLiteral("-")}, dir);
            QCOMPARE(pdf.exitCode, 0);
            QVERIFY(pdf.out.contains(webQuery));
            QVERIFY(!pdf.out.contains(QLatin1String{"EvidenceLiteral42"}));
        }
    }

    void anUnreachableDatabaseExitsTwoButStillWritesWhyNothingWasChecked()
    {
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("evidence"));
        // Port 1 on loopback: refused at once.
        const OpsdashRun run = runOpsdash(
            {QStringLiteral("evidence"), QStringLiteral("--out"), dir, QStringLiteral("--db"),
                QStringLiteral("host=127.0.0.1 port=1 dbname=none"), QStringLiteral("--duration"),
                QStringLiteral("2")},
            180000);
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(QLatin1String{"no sample was taken"}), qPrintable(run.err));
        QCOMPARE(QDir{dir}.entryList(QDir::Files).size(), 5);
        const QJsonObject report
            = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/report.json"))).object();
        const QJsonObject capacity = findingOf(report, QStringLiteral("server.capacity"));
        QCOMPARE(
            capacity.value(QStringLiteral("status")).toString(), QStringLiteral("not-checked"));
        QVERIFY2(capacity.value(QStringLiteral("reason"))
                     .toString()
                     .contains(QLatin1String{"no sample was taken from 127.0.0.1:1/none"}),
            qPrintable(capacity.value(QStringLiteral("reason")).toString()));
        QCOMPARE(report.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("pass"))
                     .toInt(),
            0);
    }

    // A server that accepts and never answers: the window's connection is still being made
    // when the sessions-table read is asked, so that read ends on the connect timeout, from
    // a timer event, and the command's last event loop quits right there. A sanitized
    // opsdash used to report the read's source as leaked at exit (exit 1, now 86, where 2
    // is right): the flaky CI run of the test above, made certain.
    void aDatabaseThatNeverAnswersExitsTwoAndLeaksNothing()
    {
        QTcpServer silent; // the kernel completes the handshake; nobody reads or answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("evidence"));
        const OpsdashRun run = runOpsdash(
            {QStringLiteral("evidence"), QStringLiteral("--out"), dir, QStringLiteral("--db"),
                QStringLiteral("host=127.0.0.1 port=%1 dbname=none").arg(silent.serverPort()),
                QStringLiteral("--duration"), QStringLiteral("1")},
            180000);
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(QLatin1String{"no sample was taken"}), qPrintable(run.err));
        QCOMPARE(QDir{dir}.entryList(QDir::Files).size(), 5);
        const QJsonObject report
            = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/report.json"))).object();
        QVERIFY(!report.value(QStringLiteral("sessions"))
                     .toObject()
                     .value(QStringLiteral("available"))
                     .toBool(true));
    }

    void refusesAFolderThatIsNotEmpty()
    {
        QTemporaryDir temp;
        QFile earlier{temp.filePath(QStringLiteral("report.md"))};
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("signed off last week\n");
        earlier.close();
        const OpsdashRun run = runOpsdash({QStringLiteral("evidence"), QStringLiteral("--out"),
            temp.path(), QStringLiteral("--duration"), QStringLiteral("1")});
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(QLatin1String{"not empty"}), qPrintable(run.err));
        QCOMPARE(readAll(earlier.fileName()), QByteArray{"signed off last week\n"});
    }

    void snapshotCapturesOnePanel()
    {
        QTemporaryDir temp;
        const QString file = temp.filePath(QStringLiteral("pools.png"));
        const OpsdashRun run = runOpsdash(
            {QStringLiteral("snapshot"), QStringLiteral("--out"), file, QStringLiteral("--panel"),
                QStringLiteral("pools"), QStringLiteral("--wait"), QStringLiteral("0")});
        OPSDASH_COMPARE_EXIT(run, 0);
        QVERIFY(readAll(file).startsWith("\x89PNG"));

        const OpsdashRun bogus = runOpsdash({QStringLiteral("snapshot"), QStringLiteral("--out"),
            file, QStringLiteral("--panel"), QStringLiteral("bogus")});
        OPSDASH_COMPARE_EXIT(bogus, 2);
        QVERIFY2(
            bogus.err.contains(QLatin1String{"pools, chart, sessions, drift, activity, events"}),
            qPrintable(bogus.err));
    }

    void snapshotCapturesEveryKnownPanel_data()
    {
        QTest::addColumn<QString>("panel");
        for (const char* name : {"chart", "sessions", "drift", "activity", "events"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    // Every panel the usage error names is in this build: each one is captured.
    void snapshotCapturesEveryKnownPanel()
    {
        QFETCH(QString, panel);
        QTemporaryDir temp;
        const QString file = temp.filePath(panel + QStringLiteral(".png"));
        const OpsdashRun run = runOpsdash({QStringLiteral("snapshot"), QStringLiteral("--out"),
            file, QStringLiteral("--panel"), panel, QStringLiteral("--wait"), QStringLiteral("0")});
        OPSDASH_COMPARE_EXIT(run, 0);
        QVERIFY(readAll(file).startsWith("\x89PNG"));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCommand)
#include "tst_evidencecommand.moc"
