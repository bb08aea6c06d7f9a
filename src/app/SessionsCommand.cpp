// `opsdash sessions (--url URL | --db CONNINFO) [--format text|json] [--baseline F]`:
// one fetch of the login sessions, the summary and the sessions nearest expiry.
#include "CommandLine.h"
#include "Console.h"
#include "Subcommands.h"
#include "Version.h"
#include "live/LiveSessions.h"
#include "model/BaselineLoader.h"
#include "pg/ActivityMonitor.h"
#include "pg/PgConnection.h"
#include "sessions/AdminEndpointSource.h"
#include "sessions/SessionExpiry.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace opsdash {

namespace {

constexpr int kTextRows{50};

// tr() for this file; a class rather than a function so that lupdate files the strings
// under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SessionsCommand)
};

QString iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString{};
}

QJsonValue isoOrNull(const std::optional<QDateTime>& time)
{
    return time && time->isValid() ? QJsonValue{iso(*time)} : QJsonValue{};
}

// Starts the monitor and waits (a local event loop: this is the command line) for its
// first connect to succeed or fail; it does not retry here.
bool waitConnected(ActivityMonitor& monitor, const ActivityMonitor::Options& options)
{
    QEventLoop loop;
    QObject::connect(
        &monitor, &ActivityMonitor::stateChanged, &loop, [&](ActivityMonitor::State state) {
            if (state != ActivityMonitor::State::Connecting)
                loop.quit();
        });
    monitor.start(options);
    if (monitor.state() == ActivityMonitor::State::Connecting)
        loop.exec();
    const bool connected = monitor.state() == ActivityMonitor::State::Connected;
    if (!connected)
        monitor.stop();
    return connected;
}

// One look through the live engine's one-shot mode (a local event loop: this is the
// command line, not the GUI): the same sources, secrets and judgement as the window's.
LiveSessions::Outcome lookOnce(
    LiveSessions& sessions, const TargetOptions& options, ActivityMonitor* monitor)
{
    LiveSessions::Outcome outcome;
    QEventLoop loop;
    QObject::connect(
        &sessions, &LiveSessions::finished, &loop, [&](const LiveSessions::Outcome& look) {
            outcome = look;
            loop.quit();
        });
    LiveSessions::OneShotOptions once;
    once.canaryAfterFailure = false; // a failed read is reported alone
    QTimer::singleShot(0, &sessions, [&] { sessions.runOnce(options, monitor, once); });
    loop.exec();
    return outcome;
}

QJsonObject standingJson(const SessionStanding& standing)
{
    const SessionRecord& record = standing.record;
    return QJsonObject{
        {QStringLiteral("hash"), record.hash},
        {QStringLiteral("user"), record.user},
        {QStringLiteral("expiresAt"), iso(record.expiresAt)},
        {QStringLiteral("secondsLeft"), standing.millisecondsLeft / 1000},
        {QStringLiteral("createdAt"), isoOrNull(record.createdAt)},
        {QStringLiteral("lastSeenAt"), isoOrNull(record.lastSeenAt)},
        {QStringLiteral("ageSeconds"),
            standing.ageMilliseconds ? QJsonValue{*standing.ageMilliseconds / 1000} : QJsonValue{}},
        {QStringLiteral("bucket"), toString(standing.bucket)},
    };
}

void printJson(const Baseline& baseline, const QString& sourceKind, const SessionSnapshot& snapshot,
    const ExpirySummary& summary, const QList<Finding>& findings)
{
    const Thresholds::Session& thresholds = baseline.thresholds.session;
    QJsonArray histogram;
    for (const int count : summary.histogram)
        histogram.append(count);
    QJsonArray sessions;
    for (const SessionStanding& standing : summary.sessions)
        sessions.append(standingJson(standing));
    QJsonArray findingArray;
    for (const Finding& finding : findings)
        findingArray.append(finding.toJson());
    const SessionStanding* soonest = summary.soonest();

    const QJsonObject report{
        {QStringLiteral("opsdash"), QLatin1String{Version}},
        {QStringLiteral("baseline"),
            QJsonObject{{QStringLiteral("path"), baseline.sourcePath},
                {QStringLiteral("sha256"), QString::fromLatin1(baseline.sha256)}}},
        {QStringLiteral("source"),
            QJsonObject{{QStringLiteral("kind"), sourceKind},
                {QStringLiteral("target"), snapshot.source},
                {QStringLiteral("serverClock"), toString(snapshot.clock)}}},
        {QStringLiteral("serverTime"), iso(summary.serverTime)},
        {QStringLiteral("desktopTime"), iso(summary.desktopTime)},
        {QStringLiteral("clockSkewSeconds"), static_cast<double>(summary.clockSkewMs) / 1000.0},
        {QStringLiteral("clockSkewNotable"), summary.clockSkewNotable()},
        {QStringLiteral("thresholds"),
            QJsonObject{{QStringLiteral("warnBeforeSeconds"), thresholds.warnBefore.seconds()},
                {QStringLiteral("criticalBeforeSeconds"), thresholds.criticalBefore.seconds()},
                {QStringLiteral("maxAgeSeconds"),
                    thresholds.maxAge ? QJsonValue{thresholds.maxAge->seconds()} : QJsonValue{}}}},
        {QStringLiteral("summary"),
            QJsonObject{
                {QStringLiteral("line"), SessionExpiry::summaryLine(summary, thresholds)},
                {QStringLiteral("active"), summary.active},
                {QStringLiteral("ok"), summary.ok},
                {QStringLiteral("warn"), summary.warn},
                {QStringLiteral("critical"), summary.critical},
                {QStringLiteral("overAge"), summary.overAge},
                {QStringLiteral("expiredListed"), summary.expired},
                {QStringLiteral("truncated"), summary.truncated},
                {QStringLiteral("soonestExpiry"),
                    soonest ? QJsonValue{iso(soonest->record.expiresAt)} : QJsonValue{}},
                {QStringLiteral("soonestSecondsLeft"),
                    soonest ? QJsonValue{soonest->millisecondsLeft / 1000} : QJsonValue{}},
                {QStringLiteral("histogram"),
                    QJsonObject{{QStringLiteral("binSeconds"), 3600},
                        {QStringLiteral("counts"), histogram},
                        {QStringLiteral("later"), summary.later}}},
            }},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("findings"), findingArray},
    };
    standardOutput() << QString::fromUtf8(QJsonDocument{report}.toJson(QJsonDocument::Indented));
    standardOutput().flush();
}

void printText(const Baseline& baseline, const SessionSnapshot& snapshot,
    const ExpirySummary& summary, const QList<Finding>& findings)
{
    QTextStream& out = standardOutput();
    const Thresholds::Session& thresholds = baseline.thresholds.session;
    out << Text::tr("source   %1").arg(snapshot.source) << '\n'
        << Text::tr("server   %1 (clock: %2)")
               .arg(iso(summary.serverTime), toString(snapshot.clock))
        << '\n';
    if (const QString skew = SessionExpiry::skewLine(summary); !skew.isEmpty())
        out << Text::tr("skew     %1").arg(skew) << '\n';
    out << SessionExpiry::summaryLine(summary, thresholds) << '\n';
    if (const SessionStanding* soonest = summary.soonest()) {
        out << Text::tr("soonest  %1 in %2")
                   .arg(soonest->record.user, SessionExpiry::formatLeft(soonest->millisecondsLeft))
            << '\n';
        QStringList bins;
        for (const int count : summary.histogram)
            bins.append(QString::number(count));
        out << Text::tr("next 24 h, per hour: %1 · later: %2")
                   .arg(bins.join(u' '))
                   .arg(summary.later)
            << '\n';
    }
    for (const Finding& finding : findings) {
        out << QStringLiteral("%1  %2  %3")
                   .arg(finding.checkId, toString(finding.status),
                       finding.actual.isEmpty() ? finding.reason : finding.actual)
            << '\n';
    }
    if (summary.sessions.isEmpty()) {
        out.flush();
        return;
    }
    out << '\n'
        << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(Text::tr("TIME LEFT"), -12)
               .arg(Text::tr("STATE"), -9)
               .arg(Text::tr("EXPIRES (server)"), -21)
               .arg(Text::tr("LAST SEEN"), -21)
               .arg(Text::tr("HASH"), -13)
               .arg(Text::tr("USER"));
    for (qsizetype i = 0; i < summary.sessions.size() && i < kTextRows; ++i) {
        const SessionStanding& standing = summary.sessions.at(i);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(SessionExpiry::formatLeft(standing.millisecondsLeft), -12)
                   .arg(toString(standing.bucket), -9)
                   .arg(iso(standing.record.expiresAt), -21)
                   .arg(standing.record.lastSeenAt ? iso(*standing.record.lastSeenAt)
                                                   : QStringLiteral("-"),
                       -21)
                   .arg(standing.record.hash, -13)
                   .arg(standing.record.user);
    }
    if (summary.sessions.size() > kTextRows) {
        out << Text::tr("… and %1 more; --format json lists them all")
                   .arg(summary.sessions.size() - kTextRows)
            << '\n';
    }
    out.flush();
}

} // namespace

int runSessionsCommand(const QCommandLineParser& parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String{"text"} && format != QLatin1String{"json"})
        return usageError(
            Text::tr("sessions: --format must be text or json, got '%1'").arg(format));
    const bool byUrl = parser.isSet(QStringLiteral("url"));
    const bool byDb = parser.isSet(QStringLiteral("db"));
    if (byUrl == byDb)
        return usageError(Text::tr("sessions: give exactly one of --url or --db"));

    const Result<Baseline> baseline
        = BaselineLoader::loadFileOrDefault(parser.value(QStringLiteral("baseline")));
    if (!baseline)
        return usageError(baseline.error().toString());

    std::unique_ptr<ActivityMonitor> monitor; // --db: the one backend the source rides on
    TargetOptions target;
    if (byUrl) {
        const QUrl baseUrl{parser.value(QStringLiteral("url"))};
        if (const std::optional<QString> problem = AdminEndpointSource::checkBaseUrl(baseUrl))
            return usageError(QStringLiteral("sessions: --url: ") + *problem);
        // The admin endpoint, and the canary at the same URL.
        target.sessionsUrl = baseUrl.toString();
        target.canaryUrl = target.sessionsUrl;
    } else {
        const QByteArray conninfo = parser.value(QStringLiteral("db")).toUtf8();
        if (const Result<void> checked = PgConnection::checkConninfo(conninfo); !checked)
            return usageError(QStringLiteral("sessions: --db: ") + checked.error().message);
        // Exactly one backend, as in the GUI: the monitoring connection, which also carries
        // the sessions query. A long interval: this run needs no activity polls.
        monitor = std::make_unique<ActivityMonitor>(*baseline);
        ActivityMonitor::Options monitorOptions;
        monitorOptions.conninfo = conninfo;
        monitorOptions.interval = ActivityMonitor::MaxInterval;
        if (!waitConnected(*monitor, monitorOptions)) {
            const Error error = monitor->lastError().value_or(Error{Text::tr("could not connect")});
            return usageError(QStringLiteral("sessions: database-unavailable: %1: %2")
                                  .arg(monitor->target(), error.message));
        }
        target.hasDatabase = true;
        target.sessionsTable = true;
    }

    LiveSessions sessions{*baseline};
    sessions.setCaFile(parser.value(QStringLiteral("ca-file")));
    const LiveSessions::Outcome look = lookOnce(sessions, target, monitor.get());
    if (!look.snapshot) {
        const SourceError error = look.error.value_or(
            SourceError{SourceError::Kind::NetworkError, Text::tr("no answer"), look.target, {}});
        if (error.kind == SourceError::Kind::MissingSecret) {
            return usageError(
                Text::tr("sessions: no token for %1: %2")
                    .arg(AdminEndpointSource::origin(QUrl{target.sessionsUrl}), error.message));
        }
        return usageError(
            QStringLiteral("sessions: %1: %2").arg(error.kindName(), error.toString()));
    }
    QList<Finding> findings;
    if (look.canary)
        findings.append(*look.canary);
    const QString& sourceKind = look.sourceKind;

    const SessionSnapshot& snapshot = *look.snapshot;
    const ExpirySummary summary = SessionExpiry::evaluate(snapshot, baseline->thresholds.session);
    if (format == QLatin1String{"json"})
        printJson(*baseline, sourceKind, snapshot, summary, findings);
    else
        printText(*baseline, snapshot, summary, findings);

    // 1 when someone is about to be logged out (or past the age limit), or the canary's idle
    // limit disagrees with the baseline.
    if (summary.critical > 0 || summary.overAge > 0)
        return static_cast<int>(ExitStatus::ChecksFailed);
    return exitStatusFor(findings);
}

} // namespace opsdash
