// `opsdash evidence` without a database, as CI runs it: a source-plane bundle over the
// fixture checkout, signed with --sign and checked with --verify. GnuPG runs for real in
// throwaway homes with keys this test makes, each with its own gpg-agent, stopped at the
// end; one home's pinentry answers a passphrase, the other's cannot (headless).
#include "Sha256Sums.h"
#include "ThrowawayGnuPG.h"
#include "support/ReportFindings.h"
#include "support/RunOpsdash.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr char kCiKey[] = "ci@opsdash.invalid"; // no passphrase
constexpr char kPersonalKey[] = "person@opsdash.invalid"; // passphrase "evidence-pass"
constexpr char kPassphrase[] = "evidence-pass";

QByteArray readAll(const QString& path)
{
    QFile file{path};
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray{};
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file{path};
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A pinentry speaking just enough of the Assuan protocol to give the agent a passphrase.
QByteArray answeringPinentry()
{
    return QByteArrayLiteral("#!/bin/sh\n"
                             "echo 'OK pinentry for tst_evidencebundle'\n"
                             "while read -r command rest; do\n"
                             "  case \"$command\" in\n"
                             "    GETPIN) echo 'D ")
        + kPassphrase
        + QByteArrayLiteral("'; echo OK ;;\n"
                            "    BYE) echo OK; exit 0 ;;\n"
                            "    *) echo OK ;;\n"
                            "  esac\n"
                            "done\n");
}

} // namespace

class TestEvidenceBundle final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty(),
            "gpg (gnupg, scripts/setup) is needed");
        QVERIFY(m_temp.isValid());
        m_home = m_temp.filePath(QStringLiteral("gnupg"));
        m_headless = m_temp.filePath(QStringLiteral("headless"));
        const QString pinentry = m_temp.filePath(QStringLiteral("pinentry"));
        QVERIFY(writeFile(pinentry, answeringPinentry()));
        QVERIFY(QFile::setPermissions(pinentry, QFile::ReadOwner | QFile::ExeOwner));
        for (const QString& home : {m_home, m_headless}) {
            QVERIFY(QDir{}.mkpath(home));
            QVERIFY(QFile::setPermissions(
                home, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
            // Nothing cached: every signature with the personal key asks the pinentry.
            QVERIFY(writeFile(home + QStringLiteral("/gpg-agent.conf"),
                "default-cache-ttl 0\nmax-cache-ttl 0\npinentry-program "
                    + (home == m_home ? pinentry : QStringLiteral("/nonexistent/pinentry")).toUtf8()
                    + '\n'));
            const GnuPGTool agent = runWithGnuPGHome(home, QStringLiteral("gpgconf"),
                {QStringLiteral("--launch"), QStringLiteral("gpg-agent")});
            QVERIFY2(agent.exitCode == 0, qPrintable(agent.output));
            const GnuPGTool personal = runWithGnuPGHome(home, QStringLiteral("gpg"),
                {QStringLiteral("--batch"), QStringLiteral("--pinentry-mode"),
                    QStringLiteral("loopback"), QStringLiteral("--passphrase"),
                    QLatin1String{kPassphrase}, QStringLiteral("--quick-gen-key"),
                    QStringLiteral("opsdash person <%1>").arg(QLatin1String{kPersonalKey}),
                    QStringLiteral("ed25519"), QStringLiteral("sign"), QStringLiteral("never")});
            QVERIFY2(personal.exitCode == 0, qPrintable(personal.output));
        }
        const GnuPGTool ci = runWithGnuPGHome(m_home, QStringLiteral("gpg"),
            {QStringLiteral("--batch"), QStringLiteral("--gen-key")},
            QByteArrayLiteral("%no-protection\nKey-Type: EDDSA\nKey-Curve: ed25519\n"
                              "Name-Real: opsdash CI\nName-Email: ")
                + kCiKey + QByteArrayLiteral("\nExpire-Date: 0\n%commit\n"));
        QVERIFY2(ci.exitCode == 0, qPrintable(ci.output));
    }

    void cleanupTestCase()
    {
        for (const QString& home : {m_home, m_headless})
            runWithGnuPGHome(home, QStringLiteral("gpgconf"),
                {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    }

    // CI: the source plane alone, no database, no screenshot; exit as `opsdash verify`.
    void withoutADatabaseTheBundleIsTheSourcePlane()
    {
        const QString dir = m_temp.filePath(QStringLiteral("ci"));
        const OpsdashRun run = runOpsdash({QStringLiteral("evidence"), QStringLiteral("--out"), dir,
            QStringLiteral("--repo"), QStringLiteral(OPSDASH_TEST_MONOREPO)});
        OPSDASH_COMPARE_EXIT(run, 0);
        const OpsdashRun verify = runOpsdash({QStringLiteral("verify"), QStringLiteral("--repo"),
            QStringLiteral(OPSDASH_TEST_MONOREPO)});
        OPSDASH_COMPARE_EXIT(verify, 0);

        QCOMPARE(QDir{dir}.entryList(QDir::Files, QDir::Name),
            QStringList({QStringLiteral("SHA256SUMS"), QStringLiteral("report.json"),
                QStringLiteral("report.md"), QStringLiteral("report.pdf")}));
        const Sha256SumsCheck sums = checkSha256Sums(dir);
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.output));

        const QJsonObject report
            = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/report.json"))).object();
        QVERIFY(report.value(QStringLiteral("screenshot")).isNull());
        int source = 0;
        int notChecked = 0;
        for (const QJsonValue& value : report.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            const QString plane = finding.value(QStringLiteral("plane")).toString();
            const QString status = finding.value(QStringLiteral("status")).toString();
            if (plane == QLatin1String{"source"}) {
                ++source;
                QCOMPARE(status, QStringLiteral("pass"));
                continue;
            }
            // server, live and the canary's session check: not-checked, with the reason.
            ++notChecked;
            QCOMPARE(status, QStringLiteral("not-checked"));
            QVERIFY2(!finding.value(QStringLiteral("reason")).toString().isEmpty(),
                qPrintable(finding.value(QStringLiteral("check")).toString()));
        }
        QVERIFY(source >= 20);
        QVERIFY(notChecked >= 11);
        QVERIFY(findingOf(report, QStringLiteral("server.capacity"))
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QLatin1String{"--db"}));
        QVERIFY(findingOf(report, QStringLiteral("live.session.maxAge"))
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QLatin1String{"--sessions"}));
        QVERIFY(!report.value(QStringLiteral("sessions"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString()
                     .isEmpty());
        QCOMPARE(report.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("exitStatus"))
                     .toInt(),
            0);
    }

    // --lang de: the PDF a German reviewer signs is German, footer included.
    void theBundleSpeaksGermanWithLangDe()
    {
        const QString dir = m_temp.filePath(QStringLiteral("deutsch"));
        const OpsdashRun run = runOpsdash({QStringLiteral("--lang"), QStringLiteral("de"),
            QStringLiteral("evidence"), QStringLiteral("--out"), dir, QStringLiteral("--repo"),
            QStringLiteral(OPSDASH_TEST_MONOREPO)});
        OPSDASH_COMPARE_EXIT(run, 0);
        const GnuPGTool text = runWithGnuPGHome(m_home, QStringLiteral("pdftotext"),
            {dir + QStringLiteral("/report.pdf"), QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        for (const char* german : {"Seite 1 von", "ausgewerteten Prüfungen bestehen",
                 "nur die Quellebene", "Prüfungen", "Beobachtet", "Erwartet"})
            QVERIFY2(text.output.contains(QString::fromUtf8(german)), german);
        QVERIFY(!text.output.contains(QLatin1String{"page 1 of"}));
    }

    void signedBundleVerifies()
    {
        const QString dir = signedBundle(QStringLiteral("signed"));
        QVERIFY(!dir.isEmpty());
        QVERIFY(QFile::exists(dir + QStringLiteral("/SHA256SUMS.asc")));

        const OpsdashRun verify = verifyBundle(dir);
        OPSDASH_COMPARE_EXIT(verify, 0);
        QVERIFY2(
            verify.out.contains(QStringLiteral("SHA256SUMS.asc: good signature by opsdash CI <%1>")
                                    .arg(QLatin1String{kCiKey})),
            qPrintable(verify.out));
        for (const char* name : {"report.md", "report.json", "report.pdf"})
            QVERIFY2(verify.out.contains(QLatin1String{name} + QStringLiteral(": OK")), name);

        // A reviewer's own check, without opsdash.
        const GnuPGTool gpg = runWithGnuPGHome(m_home, QStringLiteral("gpg"),
            {QStringLiteral("--verify"), dir + QStringLiteral("/SHA256SUMS.asc"),
                dir + QStringLiteral("/SHA256SUMS")});
        QVERIFY2(gpg.exitCode == 0, qPrintable(gpg.output));
    }

    void oneChangedByteFailsNamingTheFile()
    {
        const QString dir = signedBundle(QStringLiteral("changed"));
        QVERIFY(!dir.isEmpty());
        QByteArray markdown = readAll(dir + QStringLiteral("/report.md"));
        QVERIFY(markdown.size() > 100);
        markdown[100] = markdown.at(100) == 'x' ? 'y' : 'x';
        QVERIFY(writeFile(dir + QStringLiteral("/report.md"), markdown));

        const OpsdashRun verify = verifyBundle(dir);
        OPSDASH_COMPARE_EXIT(verify, 1);
        QVERIFY2(verify.out.contains(QLatin1String{"report.md: CHANGED"}), qPrintable(verify.out));
        QVERIFY(verify.out.contains(QLatin1String{"report.json: OK"}));
        QVERIFY(verify.out.contains(QLatin1String{"NOT verified: 1 changed, 0 added, 0 removed"}));
    }

    void anAddedOrRemovedFileFails()
    {
        const QString dir = signedBundle(QStringLiteral("added"));
        QVERIFY(!dir.isEmpty());
        QVERIFY(writeFile(dir + QStringLiteral("/approved.txt"), "looks good\n"));
        const OpsdashRun added = verifyBundle(dir);
        OPSDASH_COMPARE_EXIT(added, 1);
        QVERIFY2(added.out.contains(QLatin1String{"approved.txt: ADDED"}), qPrintable(added.out));

        QVERIFY(QFile::remove(dir + QStringLiteral("/approved.txt")));
        QVERIFY(QFile::remove(dir + QStringLiteral("/report.pdf")));
        const OpsdashRun removed = verifyBundle(dir);
        OPSDASH_COMPARE_EXIT(removed, 1);
        QVERIFY2(
            removed.out.contains(QLatin1String{"report.pdf: REMOVED"}), qPrintable(removed.out));
    }

    // SHA256SUMS rewritten to match a changed file: the signature no longer covers it.
    void rewrittenChecksumsBreakTheSignature()
    {
        const QString dir = signedBundle(QStringLiteral("resealed"));
        QVERIFY(!dir.isEmpty());
        QVERIFY(writeFile(dir + QStringLiteral("/report.md"), "# all pass\n"));
        QVERIFY(QFile::remove(dir + QStringLiteral("/SHA256SUMS")));
        const GnuPGTool sums = runWithGnuPGHome(m_home, QStringLiteral("sh"),
            {QStringLiteral("-c"),
                QStringLiteral("cd '%1' && sha256sum report.json report.md report.pdf > SHA256SUMS")
                    .arg(dir)});
        QCOMPARE(sums.exitCode, 0);
        QCOMPARE(checkSha256Sums(dir).exitCode, 0);

        const OpsdashRun verify = verifyBundle(dir);
        OPSDASH_COMPARE_EXIT(verify, 1);
        QVERIFY2(verify.out.contains(QLatin1String{"SHA256SUMS.asc: NOT good: BAD signature"}),
            qPrintable(verify.out));
    }

    void anUnsignedBundleIsNotVerified()
    {
        const QString dir = m_temp.filePath(QStringLiteral("unsigned"));
        OPSDASH_COMPARE_EXIT(
            runOpsdash({QStringLiteral("evidence"), QStringLiteral("--out"), dir}), 0);
        const OpsdashRun verify = verifyBundle(dir);
        OPSDASH_COMPARE_EXIT(verify, 1);
        QVERIFY2(
            verify.out.contains(QLatin1String{"SHA256SUMS.asc: MISSING"}), qPrintable(verify.out));
    }

    void aMissingKeyIsRefusedBeforeAnythingIsWritten()
    {
        const QString dir = m_temp.filePath(QStringLiteral("nokey"));
        const OpsdashRun run
            = runOpsdash({QStringLiteral("evidence"), QStringLiteral("--out"), dir,
                             QStringLiteral("--sign"), QStringLiteral("nobody@opsdash.invalid")},
                60000, {QStringLiteral("GNUPGHOME=") + m_home});
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(QLatin1String{"no secret key for 'nobody@opsdash.invalid'"}),
            qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(dir));
    }

    // The agent's pinentry is asked for the passphrase (here one that answers it).
    void aPassphraseKeySignsThroughThePinentry()
    {
        const QString dir = signedBundle(QStringLiteral("personal"), QLatin1String{kPersonalKey});
        QVERIFY(!dir.isEmpty());
        const OpsdashRun verify = verifyBundle(dir);
        OPSDASH_COMPARE_EXIT(verify, 0);
        QVERIFY(verify.out.contains(QLatin1String{kPersonalKey}));
    }

    // Headless: no pinentry can ask. Written unsigned, exit 2, and the way out is named.
    void aPassphraseKeyWithoutAPinentrySaysToUseACiKey()
    {
        const QString dir = m_temp.filePath(QStringLiteral("headless-bundle"));
        const OpsdashRun run
            = runOpsdash({QStringLiteral("evidence"), QStringLiteral("--out"), dir,
                             QStringLiteral("--sign"), QLatin1String{kPersonalKey}},
                120000, {QStringLiteral("GNUPGHOME=") + m_headless});
        OPSDASH_COMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(QLatin1String{"not signed"})
                && run.err.contains(QLatin1String{"needs its passphrase"})
                && run.err.contains(QLatin1String{"without a passphrase (--sign CI-KEY"}),
            qPrintable(run.err));
        QVERIFY(QFile::exists(dir + QStringLiteral("/SHA256SUMS")));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/SHA256SUMS.asc")));
    }

private:
    // A CI bundle signed with key; empty when opsdash failed (the failure is recorded).
    QString signedBundle(const QString& name, const QString& key = QLatin1String{kCiKey})
    {
        const QString dir = m_temp.filePath(name);
        const OpsdashRun run = runOpsdash(
            {QStringLiteral("evidence"), QStringLiteral("--out"), dir, QStringLiteral("--repo"),
                QStringLiteral(OPSDASH_TEST_MONOREPO), QStringLiteral("--sign"), key},
            120000, {QStringLiteral("GNUPGHOME=") + m_home});
        if (run.exitCode != 0) {
            qWarning().noquote() << run.describe(0);
            return {};
        }
        return dir;
    }

    OpsdashRun verifyBundle(const QString& dir)
    {
        return runOpsdash({QStringLiteral("evidence"), QStringLiteral("--verify"), dir}, 60000,
            {QStringLiteral("GNUPGHOME=") + m_home});
    }

    QTemporaryDir m_temp;
    QString m_home; // the CI key and the personal key, with a pinentry that answers
    QString m_headless; // the personal key, and no pinentry at all
};

QTEST_GUILESS_MAIN(TestEvidenceBundle)
#include "tst_evidencebundle.moc"
