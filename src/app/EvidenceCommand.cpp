// `opsdash evidence --out DIR [--db … --repo … --sessions … --baseline …] [--duration S]
// [--include-queries]`: one observation window with the real dashboard rendered offscreen,
// written as dashboard.png, report.md, report.json, report.pdf and SHA256SUMS.
#include "CommandLine.h"
#include "Console.h"
#include "Subcommands.h"
#include "evidence/EvidenceBundle.h"
#include "evidence/EvidenceCollector.h"
#include "evidence/Redaction.h"
#include "gui/EvidenceCapture.h"
#include "gui/MainWindow.h"
#include "model/BaselineLoader.h"
#include "pg/ActivityMonitor.h"
#include "pg/PgConnection.h"
#include "secrets/SecretStore.h"
#include "sessions/AdminEndpointSource.h"
#include "sessions/CanaryCheck.h"
#include "sessions/CanarySource.h"
#include "sessions/SessionsTableSource.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <memory>

namespace opsdash {

namespace {

constexpr QSize kWindowSize{1600, 1000};

QString tr(const char* text)
{
    return QCoreApplication::translate("EvidenceCommand", text);
}

// A keychain or environment secret, waited for in a local event loop (command line only).
SecretStore::Lookup lookupSecret(const QString& key, const QByteArray& environmentVariable)
{
    SecretStore store;
    SecretStore::Lookup found;
    QEventLoop loop;
    QObject::connect(&store, &SecretStore::lookedUp, &loop,
        [&](const QString&, const SecretStore::Lookup& result) {
            found = result;
            loop.quit();
        });
    store.lookup(key, environmentVariable);
    loop.exec();
    return found;
}

QString noSecretReason(const SecretStore::Lookup& lookup, const char* variable, const QString& key)
{
    return lookup.status == SecretStore::Status::NoEntry
        ? tr("%1 is not set and the keychain has no entry opsdash/%2")
              .arg(QLatin1String{variable}, key)
        : tr("%1 is not set and the keychain gave no entry opsdash/%2 (%3)")
              .arg(QLatin1String{variable}, key, lookup.message);
}

struct SessionsResult
{
    EvidenceReport::Sessions sessions;
    std::optional<Finding> canary;
    QString noCanaryReason;
};

EvidenceReport::Sessions unavailable(const QString& reason)
{
    EvidenceReport::Sessions sessions;
    sessions.reason = reason;
    return sessions;
}

EvidenceReport::Sessions fetchSessions(
    LoginSessionSource& source, const Baseline& baseline, const QString& kind)
{
    QEventLoop loop;
    QObject::connect(&source, &LoginSessionSource::finished, &loop, &QEventLoop::quit);
    if (source.fetchNow())
        loop.exec();
    const SessionFeed& feed = source.feed();
    if (!feed.isFresh()) {
        return unavailable(feed.error() ? tr("%1 failed: %2").arg(kind, feed.error()->toString())
                                        : tr("%1 gave no answer").arg(kind));
    }
    return EvidenceCollector::summarizeSessions(
        *feed.lastGood(), baseline.thresholds.session, kind);
}

// The sessions summary and the canary: from the admin endpoint with --sessions, from the
// sessions table through --db otherwise; the reason when neither can serve.
SessionsResult collectSessions(const Baseline& baseline, const TargetOptions& options)
{
    SessionsResult result;
    if (options.sessionsUrl.isEmpty()) {
        result.noCanaryReason = tr("no sessions URL given (--sessions): the canary was not asked");
        if (!options.hasDatabase) {
            result.sessions
                = unavailable(tr("no session source given (--sessions URL or --db CONNINFO)"));
            return result;
        }
        SessionsTableSource::Options table;
        table.conninfo = options.conninfo.toUtf8();
        table.table = baseline.sessionsTable;
        table.baselineName = baseline.sourcePath;
        SessionsTableSource source{table};
        result.sessions = fetchSessions(source, baseline, QStringLiteral("sessions-table"));
        return result;
    }

    const QUrl baseUrl{options.sessionsUrl};
    const QString origin = AdminEndpointSource::origin(baseUrl);
    const QString tokenKey = SecretStore::sessionsTokenKey(origin);
    const SecretStore::Lookup token = lookupSecret(tokenKey, "OPSDASH_SESSIONS_TOKEN");
    if (token.status != SecretStore::Status::Found) {
        result.sessions = unavailable(
            tr("no admin token for %1: %2")
                .arg(origin, noSecretReason(token, "OPSDASH_SESSIONS_TOKEN", tokenKey)));
    } else {
        AdminEndpointSource::Options admin;
        admin.baseUrl = baseUrl;
        admin.token = token.secret;
        AdminEndpointSource source{admin};
        result.sessions = fetchSessions(source, baseline, QStringLiteral("admin-endpoint"));
    }

    const QString cookieKey = SecretStore::canaryCookieKey(origin);
    const SecretStore::Lookup cookie = lookupSecret(cookieKey, "OPSDASH_CANARY_COOKIE");
    if (cookie.status != SecretStore::Status::Found) {
        result.noCanaryReason
            = tr("no canary account configured: %1")
                  .arg(noSecretReason(cookie, "OPSDASH_CANARY_COOKIE", cookieKey));
        return result;
    }
    CanarySource::Options canaryOptions;
    canaryOptions.baseUrl = baseUrl;
    canaryOptions.cookie = cookie.secret;
    CanarySource canary{canaryOptions};
    CanaryObservation observation;
    QEventLoop loop;
    QObject::connect(&canary, &CanarySource::observed, &loop, [&](const CanaryObservation& seen) {
        observation = seen;
        loop.quit();
    });
    canary.check();
    loop.exec();
    result.canary = CanaryCheck::evaluate(baseline, observation);
    return result;
}

} // namespace

int runEvidenceCommand(const QCommandLineParser& parser)
{
    if (qobject_cast<QApplication*>(QCoreApplication::instance()) == nullptr)
        return usageError(tr("evidence: internal error: no GUI application"));
    if (parser.isSet(QStringLiteral("profile")))
        return usageError(tr("evidence: --profile is not implemented yet"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(tr("evidence: --out DIR is required"));
    if (const std::optional<Error> problem = EvidenceBundle::checkDirectory(out))
        return usageError(QStringLiteral("evidence: --out ") + problem->toString());

    bool ok = true;
    const int duration = parser.isSet(QStringLiteral("duration"))
        ? parser.value(QStringLiteral("duration")).toInt(&ok)
        : 30;
    if (!ok || duration < 1 || duration > 24 * 3600)
        return usageError(tr("evidence: --duration must be whole seconds from 1 to 86400, got '%1'")
                              .arg(parser.value(QStringLiteral("duration"))));

    const QString baselinePath = parser.value(QStringLiteral("baseline"));
    const Result<Baseline> baseline = baselinePath.isEmpty()
        ? BaselineLoader::loadDefault()
        : BaselineLoader::loadFile(baselinePath);
    if (!baseline)
        return usageError(baseline.error().toString());

    TargetOptions options;
    options.hasDatabase = parser.isSet(QStringLiteral("db"));
    options.conninfo = parser.value(QStringLiteral("db"));
    options.sessionsUrl = parser.value(QStringLiteral("sessions"));
    options.repoDir = parser.value(QStringLiteral("repo"));
    options.baselinePath = baselinePath;
    if (options.hasDatabase) {
        if (const std::optional<Error> invalid
            = PgConnection::checkConninfo(options.conninfo.toUtf8()))
            return usageError(QStringLiteral("evidence: --db: ") + invalid->message);
    }
    if (!options.sessionsUrl.isEmpty()) {
        if (const std::optional<QString> problem
            = AdminEndpointSource::checkBaseUrl(QUrl{options.sessionsUrl}))
            return usageError(QStringLiteral("evidence: --sessions: ") + *problem);
    }
    if (!options.repoDir.isEmpty() && !QFileInfo{options.repoDir}.isDir())
        return usageError(tr("evidence: --repo %1 is not a directory").arg(options.repoDir));

    EvidenceCollector::Inputs inputs;
    inputs.repoDir = options.repoDir;
    inputs.sessionsUrl = options.sessionsUrl;
    inputs.includeQueries = parser.isSet(QStringLiteral("include-queries"));
    inputs.intervalSeconds = static_cast<int>(options.interval.count());
    inputs.screenshot = EvidenceCapture::ScreenshotName;

    MainWindow window{*baseline, options};
    EvidenceCollector collector{*baseline, window.liveTarget()};
    window.resize(kWindowSize);
    window.show();
    // The source plane is read while the window collects: the command line may block.
    inputs.sourceFindings = EvidenceCollector::sourceFindings(*baseline, options.repoDir);
    const qint64 elapsedMs = collector.startedAt().msecsTo(QDateTime::currentDateTimeUtc());
    QEventLoop loop;
    QTimer::singleShot(
        std::chrono::milliseconds{std::max<qint64>(0, duration * 1000LL - elapsedMs)}, &loop,
        &QEventLoop::quit);
    loop.exec();

    const SessionsResult sessions = collectSessions(*baseline, options);
    inputs.sessions = sessions.sessions;
    inputs.canary = sessions.canary;
    inputs.noCanaryReason = sessions.noCanaryReason;

    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const EvidenceReport report = collector.report(inputs, end);
    const QImage screenshot = EvidenceCapture::screenshot(window, report);
    const Result<QStringList> written
        = EvidenceBundle::write(out, EvidenceCapture::bundleFiles(report, screenshot));
    if (!written)
        return usageError(QStringLiteral("evidence: ") + written.error().toString());

    for (const QString& path : *written)
        standardOutput() << path << '\n';
    standardOutput() << report.summaryLine() << Qt::endl;
    if (options.hasDatabase && report.samples == 0)
        return usageError(tr("evidence: written, but no sample was taken from %1")
                              .arg(Redaction::redact(report.target)));
    return report.exitStatus();
}

} // namespace opsdash
