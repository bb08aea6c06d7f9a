// One input, three faces, one answer: the same admin endpoint and canary on 127.0.0.1 read
// by `opsdash sessions --format json`, by `opsdash evidence` and by the window give the same
// counts and the same live.session.maxAge finding — all three run the one live engine
// (LiveSessions), so none can drift from the others.
#include "gui/sessions/SessionsModel.h"
#include "gui/sessions/SessionsPanel.h"
#include "gui/window/MainWindow.h"
#include "sessions/SessionPayloads.h"
#include "sessions/TestHttpServer.h"
#include "support/DefaultBaseline.h"
#include "support/ReportFindings.h"
#include "support/RunOpsdash.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;
using namespace opsdash::test;

namespace {

struct Face
{
    QString name;
    int active{-1};
    int warn{-1};
    int critical{-1};
    QString canaryStatus;
    QString canaryExpected;
    QString canaryActual;
};

Face counted(const QString& name, int active, int warn, int critical)
{
    Face face;
    face.name = name;
    face.active = active;
    face.warn = warn;
    face.critical = critical;
    return face;
}

QString describe(const Face& face)
{
    return QStringLiteral("%1: active %2, warn %3, critical %4, canary %5 (%6; %7)")
        .arg(face.name)
        .arg(face.active)
        .arg(face.warn)
        .arg(face.critical)
        .arg(face.canaryStatus, face.canaryExpected, face.canaryActual);
}

Face canaryOf(Face face, const QJsonObject& report)
{
    const QJsonObject canary = findingOf(report, QStringLiteral("live.session.maxAge"));
    face.canaryStatus = canary.value(QStringLiteral("status")).toString();
    face.canaryExpected = canary.value(QStringLiteral("expected")).toString();
    face.canaryActual = canary.value(QStringLiteral("actual")).toString();
    return face;
}

} // namespace

class TestSessionFaces final : public QObject
{
    Q_OBJECT

private slots:
    void sessionsEvidenceAndTheWindowAgree()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        const QDateTime now
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        // 2 h, 30 min and 5 min left, one expired; a canary 30 days long (a fail, so that a
        // face that did not ask it could not pass for one that did).
        server.route("/api/admin/sessions", HttpReply::json(goodPayload(now)));
        server.route("/api/auth/session", canarySessionReply(now, 30 * 86400));
        const QString url = server.baseUrl().toString();
        const QStringList secrets{QStringLiteral("OPSDASH_SESSIONS_TOKEN=faces-token"),
            QStringLiteral("OPSDASH_CANARY_COOKIE=next-auth.session-token=faces-canary")};

        // 1. opsdash sessions --format json
        const OpsdashRun sessions
            = runOpsdashServing({QStringLiteral("sessions"), QStringLiteral("--url"), url,
                                    QStringLiteral("--format"), QStringLiteral("json")},
                60000, secrets);
        OPSDASH_COMPARE_EXIT(sessions, 1); // carol's 5 minutes, and the canary
        const QJsonObject sessionsReport = QJsonDocument::fromJson(sessions.out.toUtf8()).object();
        const QJsonObject summary = sessionsReport.value(QStringLiteral("summary")).toObject();
        Face command = counted(QStringLiteral("opsdash sessions"),
            summary.value(QStringLiteral("active")).toInt(-1),
            summary.value(QStringLiteral("warn")).toInt(-1),
            summary.value(QStringLiteral("critical")).toInt(-1));
        command = canaryOf(command, sessionsReport);

        // 2. opsdash evidence (no database: the sessions and the canary only)
        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("evidence"));
        const OpsdashRun evidence = runOpsdashServing(
            {QStringLiteral("evidence"), QStringLiteral("--out"), dir, QStringLiteral("--sessions"),
                url, QStringLiteral("--duration"), QStringLiteral("1")},
            120000, secrets);
        QVERIFY2(evidence.exitCode == 0 || evidence.exitCode == 1,
            qPrintable(evidence.err + evidence.out));
        QFile json{dir + QStringLiteral("/report.json")};
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject evidenceReport = QJsonDocument::fromJson(json.readAll()).object();
        const QJsonObject evidenceSessions
            = evidenceReport.value(QStringLiteral("sessions")).toObject();
        QVERIFY2(evidenceSessions.value(QStringLiteral("available")).toBool(),
            qPrintable(evidenceSessions.value(QStringLiteral("reason")).toString()));
        Face bundle = counted(QStringLiteral("opsdash evidence"),
            evidenceSessions.value(QStringLiteral("active")).toInt(-1),
            evidenceSessions.value(QStringLiteral("warn")).toInt(-1),
            evidenceSessions.value(QStringLiteral("critical")).toInt(-1));
        bundle = canaryOf(bundle, evidenceReport);

        // 3. the window, in this process
        for (const QString& entry : secrets)
            qputenv(
                entry.section(u'=', 0, 0).toLatin1().constData(), entry.section(u'=', 1).toUtf8());
        TargetOptions options;
        options.sessionsUrl = url;
        options.canaryUrl = url;
        MainWindow window{defaultBaseline(), options};
        window.resize(1280, 720);
        window.show();
        auto* panel = window.findChild<SessionsPanel*>();
        QVERIFY(panel != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(panel->sourceState(), SessionsPanel::SourceState::Fresh, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->canaryFinding().has_value(), 15000);
        const ExpirySummary& shown = panel->model()->summary();
        Face view = counted(QStringLiteral("the window"), shown.active, shown.warn, shown.critical);
        const Finding canary = *panel->canaryFinding();
        view.canaryStatus = toString(canary.status);
        view.canaryExpected = canary.expected;
        view.canaryActual = canary.actual;

        // The input, as the faces must all read it.
        Face input = counted(command.name, 3, 1, 1);
        input.canaryStatus = QStringLiteral("fail");
        input.canaryExpected = command.canaryExpected;
        input.canaryActual = command.canaryActual;
        QCOMPARE(describe(command), describe(input));
        QVERIFY2(command.canaryActual.contains(QStringLiteral("2592000 s")),
            qPrintable(command.canaryActual));
        Face expected = command;
        expected.name = bundle.name;
        QCOMPARE(describe(bundle), describe(expected));
        expected.name = view.name;
        QCOMPARE(describe(view), describe(expected));
    }
};

QTEST_MAIN(TestSessionFaces)
#include "tst_sessionfaces.moc"
