// What an evidence report says and what it never says: not-checked (with the reason) for
// everything not evaluated, the verification notes' verdicts, no secret in any output, a
// schema-valid report.json and a SHA256SUMS that `sha256sum -c` accepts.
#include "Sha256Sums.h"
#include "evidence/EvidenceBundle.h"
#include "evidence/EvidenceCollector.h"
#include "evidence/EvidenceReport.h"
#include "evidence/EvidenceSet.h"
#include "support/DefaultBaseline.h"
#include "support/SchemaCheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;

namespace {

Finding finding(const char* id, Plane plane, CheckStatus status, const QString& evidence = {})
{
    Finding result;
    result.checkId = QLatin1String{id};
    result.plane = plane;
    result.status = status;
    result.expected = QStringLiteral("86400 s");
    result.actual = status == CheckStatus::NotChecked ? QString{} : QStringLiteral("86400 s");
    result.evidence = evidence;
    if (status != CheckStatus::Pass)
        result.reason = QStringLiteral("because");
    result.firstSeen = QDateTime{QDate{2026, 11, 27}, QTime{8, 40}, Qt::UTC};
    return result;
}

EvidenceReport skeleton()
{
    EvidenceReport report;
    report.start = QDateTime{QDate{2026, 11, 27}, QTime{8, 40}, Qt::UTC};
    report.end = report.start.addSecs(30);
    report.hostName = QStringLiteral("desk");
    report.opsdashVersion = QStringLiteral("0.0.1");
    report.baselinePath = QStringLiteral(":/baselines/default.json");
    report.baselineSha256 = QString{64, u'a'};
    report.sessions.reason = QStringLiteral("no session source given");
    return report;
}

// A report with nothing observed: no --db, no --repo, no --sessions.
EvidenceReport nothingGiven()
{
    const Baseline baseline = defaultBaseline();
    EvidenceCollector collector{baseline, nullptr};
    EvidenceCollector::Inputs inputs;
    inputs.sourceFindings = EvidenceCollector::sourceFindings(baseline, QString{});
    inputs.sessions.reason = QStringLiteral("no session source given");
    return collector.report(inputs, QDateTime::currentDateTimeUtc());
}

} // namespace

class TestEvidenceReport final : public QObject
{
    Q_OBJECT

private slots:
    void everyCheckNotEvaluatedIsNotCheckedWithItsReason()
    {
        const EvidenceReport report = nothingGiven();
        QVERIFY(report.findings.size() >= 30); // every check id of docs/checks.md
        QStringList ids;
        for (const Finding& f : report.findings) {
            QVERIFY2(f.status == CheckStatus::NotChecked, qPrintable(f.checkId));
            QVERIFY2(!f.reason.isEmpty(), qPrintable(f.checkId));
            QVERIFY2(f.actual.isEmpty(), qPrintable(f.checkId));
            if (f.plane == Plane::Source)
                QVERIFY2(f.reason.contains(QLatin1String{"--repo"}), qPrintable(f.reason));
            else if (f.checkId == QLatin1String{"live.session.maxAge"})
                QVERIFY2(f.reason.contains(QLatin1String{"--sessions"}), qPrintable(f.reason));
            else
                QVERIFY2(f.reason.contains(QLatin1String{"--db"}), qPrintable(f.reason));
            ids << f.checkId;
        }
        for (const char* id : {"session.maxAge", "tasks.T167", "tasks.T178", "pool.web.max",
                 "server.capacity", "live.web.budget", "live.total.capacity",
                 "live.scheduling.maxIdle", "live.session.maxAge"})
            QVERIFY2(ids.contains(QLatin1String{id}), id);
        const EvidenceReport::Summary summary = report.summary();
        QCOMPARE(summary.pass, 0);
        QCOMPARE(summary.notChecked, report.findings.size());
        QVERIFY(report.summaryLine().contains(
            QStringLiteral("0 pass · 0 fail · 0 unknown · 0 missing · %1 not-checked")
                .arg(report.findings.size())));
        QCOMPARE(report.exitStatus(), 0); // not-checked alone does not fail a run (docs/cli.md)
        // …but no task is signed off on it.
        const QString notes = report.verificationNotes();
        QVERIFY2(notes.contains(QLatin1String{"- [ ] **T167**"}), qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String{"- [ ] **T178**"}), qPrintable(notes));
        QVERIFY(!notes.contains(QLatin1String{"[x]"}));
        QVERIFY(notes.contains(QLatin1String{"NOT verified"}));
    }

    void markdownAndJsonListEveryCheckAndValidate()
    {
        EvidenceReport report = nothingGiven();
        report.screenshot = QStringLiteral("dashboard.png");
        const QString markdown = report.toMarkdown();
        for (const Finding& f : report.findings) {
            QVERIFY2(markdown.contains(QLatin1Char{'`'} + f.checkId + QLatin1Char{'`'}),
                qPrintable(f.checkId));
        }
        QVERIFY(markdown.contains(QLatin1String{"![The dashboard"}));
        QVERIFY(markdown.contains(QLatin1String{"## Verification notes for tasks.md"}));
        QVERIFY(markdown.contains(QLatin1String{"No sessions summary: no session source given"}));
        QVERIFY(markdown.contains(QLatin1String{"*not-checked*"}));
        QVERIFY(!markdown.contains(QLatin1String{"| pass |"}));

        const QByteArray json = QJsonDocument{report.toJson()}.toJson();
        const QString violations = schemaViolations(QStringLiteral("evidence.schema.json"), json);
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
        const QJsonObject object = report.toJson();
        QCOMPARE(object.value(QStringLiteral("findings")).toArray().size(), report.findings.size());
        QCOMPARE(object.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("notChecked"))
                     .toInt(),
            report.findings.size());
        QVERIFY(object.value(QStringLiteral("target"))
                    .toObject()
                    .value(QStringLiteral("database"))
                    .isNull());
    }

    void sourcePlaneReadsTheFixtureCheckout()
    {
        const Baseline baseline = defaultBaseline();
        const QList<Finding> findings
            = EvidenceCollector::sourceFindings(baseline, QStringLiteral(OPSDASH_TEST_MONOREPO));
        QVERIFY(!findings.isEmpty());
        bool sawMaxAge = false;
        for (const Finding& f : findings) {
            QVERIFY(f.plane == Plane::Source);
            QVERIFY2(f.status != CheckStatus::NotChecked, qPrintable(f.checkId));
            if (f.checkId == QLatin1String{"session.maxAge"}) {
                sawMaxAge = true;
                QVERIFY(f.status == CheckStatus::Pass);
                QVERIFY2(f.evidence.contains(QLatin1String{"auth.ts:"}), qPrintable(f.evidence));
            }
        }
        QVERIFY(sawMaxAge);
    }

    void verificationNotesSignOffOnlyWhenEveryCheckOfTheTaskPasses_data()
    {
        QTest::addColumn<int>("t178Status"); // CheckStatus of pool.web.max
        QTest::addColumn<bool>("t167Verified");
        QTest::addColumn<bool>("t178Verified");
        QTest::newRow("everything passes: both verified") << int(CheckStatus::Pass) << true << true;
        QTest::newRow("a pool check fails: T178 not verified, T167 still is")
            << int(CheckStatus::Fail) << true << false;
        QTest::newRow("a pool check not-checked: T178 not verified")
            << int(CheckStatus::NotChecked) << true << false;
        QTest::newRow("a pool check unknown: T178 not verified")
            << int(CheckStatus::Unknown) << true << false;
    }

    void verificationNotesSignOffOnlyWhenEveryCheckOfTheTaskPasses()
    {
        QFETCH(int, t178Status);
        QFETCH(bool, t167Verified);
        QFETCH(bool, t178Verified);
        EvidenceReport report = skeleton();
        report.findings = {
            finding("session.maxAge", Plane::Source, CheckStatus::Pass,
                QStringLiteral("apps/web/src/server/auth.ts:14")),
            finding("tasks.T167", Plane::Source, CheckStatus::Pass, QStringLiteral("tasks.md:40")),
            finding("pool.web.max", Plane::Source, static_cast<CheckStatus>(t178Status),
                QStringLiteral("packages/database/src/client.ts:7")),
            finding(
                "server.capacity", Plane::Server, CheckStatus::Pass, QStringLiteral("pg_settings")),
        };
        const QString notes = report.verificationNotes();
        QCOMPARE(notes.contains(QLatin1String{"- [x] **T167**"}), t167Verified);
        QCOMPARE(notes.contains(QLatin1String{"- [x] **T178**"}), t178Verified);
        // Cites the check ids and file:line under the task they belong to.
        const qsizetype t178At = notes.indexOf(QLatin1String{"**T178**"});
        QVERIFY(notes.indexOf(QLatin1String{"`session.maxAge` pass"}) < t178At);
        QVERIFY(notes.contains(QLatin1String{"apps/web/src/server/auth.ts:14"}));
        QVERIFY(notes.indexOf(QLatin1String{"`pool.web.max`"}) > t178At);
        QVERIFY(notes.indexOf(QLatin1String{"packages/database/src/client.ts:7"}) > t178At);
        QVERIFY(notes.indexOf(QLatin1String{"`server.capacity` pass"}) > t178At);
    }

    void noSecretReachesAnyOutput()
    {
        EvidenceReport report = skeleton();
        Finding leaky = finding("live.web.budget", Plane::Live, CheckStatus::Unknown,
            QStringLiteral("pg_stat_activity on postgresql://ops:Hunter2Hunter2@db/app"));
        leaky.reason = QStringLiteral("poll failed: host=db password=Hunter2Hunter2");
        leaky.actual = QStringLiteral("Authorization: Bearer T0kenT0kenT0ken");
        report.findings = {leaky};
        report.events = {{report.start, QStringLiteral("poll-failed"),
            QStringLiteral("Cookie: next-auth.session-token=C00kieC00kie")}};
        report.sessions = {};
        report.sessions.available = true;
        report.sessions.sourceKind = QStringLiteral("admin-endpoint");
        report.sessions.source = QStringLiteral("https://admin:Hunter2Hunter2@web/api");
        report.sessions.soonestHash = QStringLiteral("0123456789abcdef0123456789abcdef");
        report.backends = {{42, QStringLiteral("web"), QStringLiteral("active"),
            QStringLiteral("postgres.js"), 12, QStringLiteral("SET password = 'Hunter2Hunter2'")}};
        report.target = QStringLiteral("db:5432/app");
        report.screenshot = QStringLiteral("dashboard.png");

        const QString markdown = report.toMarkdown();
        const QString json = QString::fromUtf8(QJsonDocument{report.toJson()}.toJson());
        for (const QString& output : {markdown, json}) {
            for (const char* secret :
                {"Hunter2Hunter2", "T0kenT0kenT0ken", "C00kieC00kie", "0123456789abc"})
                QVERIFY2(!output.contains(QLatin1String{secret}), secret);
        }
        QVERIFY(markdown.contains(QLatin1String{"0123456789ab"})); // the 12 digits shown
        const QString violations
            = schemaViolations(QStringLiteral("evidence.schema.json"), json.toUtf8());
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
    }

    // Acknowledgements and mutes in the window go into report.json (schema-valid) and the
    // Markdown, their notes redacted like every free text.
    void timesStayUtcAndTheWindowsZoneIsRecorded()
    {
        EvidenceReport report = skeleton();
        report.target = QStringLiteral("db:5432/app");
        report.events = {EvidenceReport::Event{
            report.start.addSecs(10), QStringLiteral("disconnected"), QStringLiteral("gone")}};
        report.timeZone = DisplayZone::of(ZoneChoice::Server, QStringLiteral("Asia/Kathmandu"));
        const QString markdown = report.toMarkdown();
        // Named, and beside UTC: 08:40 UTC is 14:25 in Kathmandu.
        QVERIFY2(markdown.contains(QLatin1String{"| Times | UTC, with the window's zone in "
                                                 "parentheses: server (Asia/Kathmandu, +05:45) |"}),
            qPrintable(markdown));
        QVERIFY2(
            markdown.contains(QStringLiteral(
                "- 2026-11-27 08:40:10 UTC (2026-11-27 14:25:10 +05:45) — disconnected: gone")),
            qPrintable(markdown));
        const QJsonObject window = report.toJson().value(QStringLiteral("window")).toObject();
        QCOMPARE(window.value(QStringLiteral("start")).toString(),
            QStringLiteral("2026-11-27T08:40:00Z"));
        const QJsonObject zone = window.value(QStringLiteral("timeZone")).toObject();
        QCOMPARE(zone.value(QStringLiteral("shown")).toString(), QStringLiteral("server"));
        QCOMPARE(zone.value(QStringLiteral("zone")).toString(), QStringLiteral("Asia/Kathmandu"));
        QCOMPARE(zone.value(QStringLiteral("offsetAtEnd")).toString(), QStringLiteral("+05:45"));
        QCOMPARE(zone.value(QStringLiteral("fellBackToLocal")).toBool(), false);
        const QString violations = schemaViolations(
            QStringLiteral("evidence.schema.json"), QJsonDocument{report.toJson()}.toJson());
        QVERIFY2(violations.isEmpty(), qPrintable(violations));

        // From the command line: UTC, nothing in parentheses.
        report.timeZone = {};
        const QString utcOnly = report.toMarkdown();
        QVERIFY(utcOnly.contains(QLatin1String{"| Times | UTC, as the window showed them |"}));
        QVERIFY(utcOnly.contains(QStringLiteral("- 2026-11-27 08:40:10 UTC — disconnected")));
    }

    void acknowledgementsAndMutesAreListedWithWhoWhenWhyAndUntil()
    {
        EvidenceReport report = skeleton();
        report.acknowledgements = {
            Acknowledgement{QStringLiteral("a1"), QStringLiteral("threshold:web"),
                QStringLiteral("db:5432/app"), Acknowledgement::Kind::Mute, QStringLiteral("alice"),
                report.start.addSecs(5), QStringLiteral("release 4.2; password=Hunter2Hunter2"),
                report.start.addSecs(3605), {}},
            Acknowledgement{QStringLiteral("a2"), QStringLiteral("live.web.budget"),
                QStringLiteral("db:5432/app"), Acknowledgement::Kind::Ack, QStringLiteral("bob"),
                report.start.addSecs(10), QStringLiteral("ticket OPS-81"), {},
                report.start.addSecs(20)},
        };
        const QString markdown = report.toMarkdown();
        QVERIFY(markdown.contains(QLatin1String{"### Acknowledged and muted"}));
        QVERIFY2(
            markdown.contains(QLatin1String{"| 2026-11-27 08:40:05 UTC | muted | "
                                            "threshold:web | alice | 2026-11-27 09:40:05 UTC |"}),
            qPrintable(markdown));
        QVERIFY2(markdown.contains(QLatin1String{"its condition clears (ended 2026-11-27 08:40:20 "
                                                 "UTC) | ticket OPS-81 |"}),
            qPrintable(markdown));

        const QByteArray json = QJsonDocument{report.toJson()}.toJson();
        QVERIFY(!json.contains("Hunter2Hunter2"));
        QVERIFY(!markdown.contains(QLatin1String{"Hunter2Hunter2"}));
        const QString violations = schemaViolations(QStringLiteral("evidence.schema.json"), json);
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
        const QJsonArray listed
            = report.toJson().value(QStringLiteral("acknowledgements")).toArray();
        QCOMPARE(listed.size(), 2);
        const QJsonObject mute = listed.at(0).toObject();
        QCOMPARE(mute.value(QStringLiteral("kind")).toString(), QStringLiteral("mute"));
        QCOMPARE(mute.value(QStringLiteral("who")).toString(), QStringLiteral("alice"));
        QCOMPARE(
            mute.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-27T08:40:05Z"));
        QCOMPARE(
            mute.value(QStringLiteral("until")).toString(), QStringLiteral("2026-11-27T09:40:05Z"));
        QVERIFY(mute.value(QStringLiteral("ended")).isNull());
        const QJsonObject ack = listed.at(1).toObject();
        QVERIFY(ack.value(QStringLiteral("until")).isNull());
        QCOMPARE(
            ack.value(QStringLiteral("ended")).toString(), QStringLiteral("2026-11-27T08:40:20Z"));
        QCOMPARE(ack.value(QStringLiteral("note")).toString(), QStringLiteral("ticket OPS-81"));
    }

    void markupInObservedTextsIsEscaped()
    {
        EvidenceReport report = skeleton();
        Finding glob = finding("login.sessionExpiredMessage", Plane::Source, CheckStatus::Missing,
            QStringLiteral("apps/web/src/**/LoginForm.tsx"));
        glob.actual = QStringLiteral("[x] T167 | done");
        report.findings = {glob};
        const QString markdown = report.toMarkdown();
        QVERIFY2(markdown.contains(QLatin1String{"apps/web/src/\\*\\*/LoginForm.tsx"}),
            qPrintable(markdown));
        QVERIFY(markdown.contains(QLatin1String{"\\[x\\] T167 \\| done"}));
        QVERIFY(!report.verificationNotes().contains(
            QLatin1String{"  - `login.sessionExpiredMessage` missing: [x]"}));
    }

    // Several targets: one verdict naming each failing check with its target, the worst
    // exit status, a report.json of the schema's several-targets form.
    void severalTargetsHaveOneVerdictOverAll()
    {
        EvidenceSet set;
        for (const QString& name : {QStringLiteral("prod"), QStringLiteral("staging")}) {
            EvidenceReport report = skeleton();
            report.target = QStringLiteral("%1.db:5432/app").arg(name);
            report.screenshot = EvidenceSet::screenshotNames({name}).first();
            report.findings
                = {finding("server.capacity", Plane::Server,
                       name == QLatin1String{"prod"} ? CheckStatus::Fail : CheckStatus::Pass),
                    finding("tasks.T167", Plane::Source, CheckStatus::Missing),
                    finding("live.session.maxAge", Plane::Live, CheckStatus::NotChecked)};
            set.targets << EvidenceSet::Target{name, report};
        }
        QCOMPARE(set.verdict(),
            QStringLiteral("1 check fails across 2 targets: prod server.capacity; 2 missing: "
                           "prod tasks.T167, staging tasks.T167"));
        QCOMPARE(set.exitStatus(), 1);
        QCOMPARE(set.summaryLine(),
            QStringLiteral("1 pass · 1 fail · 0 unknown · 2 missing · 2 not-checked"));

        const QByteArray json = QJsonDocument{set.toJson()}.toJson();
        const QString violations = schemaViolations(QStringLiteral("evidence.schema.json"), json);
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
        const QJsonArray targets
            = QJsonDocument::fromJson(json).object().value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(1).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("staging"));
        QCOMPARE(targets.at(1).toObject().value(QStringLiteral("screenshot")).toString(),
            QStringLiteral("dashboard-staging.png"));

        const QString markdown = set.toMarkdown();
        QVERIFY(markdown.startsWith(QLatin1String{"# opsdash evidence: 2 targets\n"}));
        QVERIFY(markdown.contains(QLatin1String{"\n# Target: prod\n"}));
        QVERIFY(markdown.contains(QLatin1String{"\n# Target: staging\n"}));
        QVERIFY(markdown.contains(QLatin1String{"](dashboard-prod.png)"}));

        // All passing: said so, over both targets.
        for (EvidenceSet::Target& target : set.targets)
            target.report.findings = {finding("server.capacity", Plane::Server, CheckStatus::Pass)};
        QCOMPARE(set.verdict(), QStringLiteral("all 2 checks pass across 2 targets"));
        QCOMPARE(set.exitStatus(), 0);
    }

    void screenshotNamesAreUniqueFileNames()
    {
        QCOMPARE(EvidenceSet::screenshotNames(
                     {QStringLiteral("Prod EU"), QStringLiteral("127.0.0.1:5432/app"),
                         QStringLiteral("prod eu"), QStringLiteral("../..")}),
            QStringList({QStringLiteral("dashboard-prod-eu.png"),
                QStringLiteral("dashboard-127.0.0.1-5432-app.png"),
                QStringLiteral("dashboard-prod-eu-2.png"),
                QStringLiteral("dashboard-target.png")}));
    }

    void bundleIsSealedBySha256sumsAndNeverOverwritten()
    {
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("bundle"));
        const QList<EvidenceBundle::File> files{
            {QStringLiteral("report.md"), QByteArray{"# report\n"}},
            {QStringLiteral("dashboard.png"), QByteArray{"\x89PNG fake", 9}},
        };
        const Result<QStringList> written = EvidenceBundle::write(dir, files);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
        QCOMPARE(written->size(), 3);

        const Sha256SumsCheck sums = checkSha256Sums(dir);
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.output));

        // A second bundle into the same folder is refused; the first stays intact.
        const Result<QStringList> again = EvidenceBundle::write(dir, files);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QLatin1String{"not empty"}),
            qPrintable(again.error().toString()));

        // The checksums mean something: a changed file fails the check.
        QFile report{dir + QStringLiteral("/report.md")};
        QVERIFY(report.open(QIODevice::Append));
        report.write("edited\n");
        report.close();
        QVERIFY(checkSha256Sums(dir).exitCode > 0);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceReport)
#include "tst_evidencereport.moc"
