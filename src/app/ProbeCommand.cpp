#include "CommandLine.h"
#include "Console.h"
#include "Subcommands.h"
#include "Version.h"
#include "drift/LiveRules.h"
#include "live/LiveTarget.h"
#include "model/BaselineLoader.h"
#include "model/Capacity.h"
#include "model/ConnectionLimits.h"
#include "pg/ActivityMonitor.h"
#include "pg/PgConnection.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace opsdash {

namespace {

// tr() for this file; a class rather than a function so that lupdate files the strings
// under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
};

QString iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString{};
}

struct Observation
{
    QString target;
    std::optional<ServerFacts> facts;
    UsageWindow window;
    std::optional<LiveRules> rules;
    std::optional<ConnectionLimits> limits;
    QList<QPair<QDateTime, QString>> events; // disconnections and reconnections, UTC
    std::optional<Error> fatal;
};

std::optional<int> secondsOption(const QCommandLineParser& parser, const QString& name, int min,
    int max, int fallback, QString* error)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = Text::tr("--%1 must be a whole number of seconds from %2 to %3, got '%4'")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name));
        return std::nullopt;
    }
    return value;
}

Observation observe(
    const Baseline& baseline, const ActivityMonitor::Options& options, int durationSeconds)
{
    Observation observation;
    observation.rules.emplace(baseline);
    observation.limits.emplace(baseline);
    ActivityMonitor monitor{baseline};
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);

    QObject::connect(&monitor, &ActivityMonitor::serverFactsRead, &loop,
        [&](const ServerFacts& facts) { observation.facts = facts; });
    QObject::connect(&monitor, &ActivityMonitor::sampled, &loop, [&](const ActivitySample& sample) {
        observation.window.add(sample);
        observation.rules->add(sample);
        observation.limits->add(sample);
        if (durationSeconds == 0)
            loop.quit();
        else if (!deadline.isActive() && observation.window.samples() == 1)
            deadline.start(std::chrono::seconds{durationSeconds});
    });
    QObject::connect(&monitor, &ActivityMonitor::disconnected, &loop,
        [&](const Error& error, const QDateTime& retryAt) {
            if (observation.window.samples() == 0) {
                // Nothing observed yet: a probe reports the reason instead of waiting.
                observation.fatal = error;
                loop.quit();
                return;
            }
            observation.events.append({QDateTime::currentDateTimeUtc(),
                Text::tr("disconnected: %1")
                    .arg(LiveTarget::disconnectedText(error.message, retryAt))});
        });
    QObject::connect(&monitor, &ActivityMonitor::reconnected, &loop, [&](const QDateTime& since) {
        observation.events.append({QDateTime::currentDateTimeUtc(),
            Text::tr("reconnected: %1").arg(LiveTarget::reconnectedText(since))});
    });
    QObject::connect(&monitor, &ActivityMonitor::pollFailed, &loop, [&](const Error& error) {
        observation.events.append(
            {QDateTime::currentDateTimeUtc(), Text::tr("poll failed: %1").arg(error.message)});
    });

    monitor.start(options);
    loop.exec();
    observation.target = monitor.target();
    monitor.stop();
    return observation;
}

QList<Finding> findingsOf(
    const Baseline& baseline, const Observation& observation, int intervalSeconds)
{
    const ServerFacts& facts = *observation.facts;
    const QString settingsEvidence
        = Text::tr("pg_settings on %1 at %2").arg(observation.target, iso(facts.readAt));
    const QString windowEvidence
        = Text::tr("pg_stat_activity on %1, %2 – %3, %4 samples every %5 s")
              .arg(observation.target, iso(observation.window.from()), iso(observation.window.to()))
              .arg(observation.window.samples())
              .arg(intervalSeconds);
    return serverFindings(baseline, facts, settingsEvidence)
        + observation.limits->findings(facts,
            Text::tr("pg_roles, pg_database and pg_stat_activity on %1 at %2")
                .arg(observation.target, iso(facts.readAt)))
        + budgetFindings(baseline, facts, observation.window, windowEvidence)
        + observation.rules->findings(windowEvidence);
}

void printText(
    const Baseline& baseline, const Observation& observation, const QList<Finding>& findings)
{
    QTextStream& out = standardOutput();
    const ServerFacts& facts = *observation.facts;
    const Capacity capacity = Capacity::of(baseline, facts);
    out << Text::tr("target   %1 — PostgreSQL %2").arg(observation.target, facts.version) << '\n'
        << Text::tr("window   %1 – %2, %n sample(s)", nullptr, observation.window.samples())
               .arg(iso(observation.window.from()), iso(observation.window.to()))
        << '\n'
        << Text::tr("capacity %1 usable (%2)")
               .arg(capacity.usable())
               .arg(capacity.usableExplained())
        << '\n'
        << Text::tr("budgets  %1%2")
               .arg(capacity.committedExplained(),
                   capacity.overCommitted() ? Text::tr(" — OVER-COMMITTED by %1")
                                                  .arg(capacity.committed() - capacity.usable())
                                            : QString{})
        << "\n\n";

    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(Text::tr("pool"), -12)
               .arg(Text::tr("now"), 6)
               .arg(Text::tr("peak"), 6)
               .arg(Text::tr("avg"), 8)
               .arg(Text::tr("budget"), 7)
               .arg(Text::tr("use"), 6)
               .arg(Text::tr("new/min"), 8);
    for (const UsageWindow::PoolStats& pool : observation.window.pools()) {
        const PoolSpec* spec = baseline.pool(pool.pool);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(pool.pool, -12)
                   .arg(pool.current, 6)
                   .arg(pool.peak, 6)
                   .arg(pool.average, 8, 'f', 1)
                   .arg(spec ? QString::number(spec->budget) : QStringLiteral("-"), 7)
                   .arg(spec && spec->budget > 0
                           ? QStringLiteral("%1 %").arg(100 * pool.current / spec->budget)
                           : QStringLiteral("-"),
                       6)
                   .arg(pool.newPerMinute, 8);
    }
    out << Text::tr("client sessions %1 / %2 usable (peak %3)")
               .arg(observation.window.currentClientSessions())
               .arg(capacity.usable())
               .arg(observation.window.peakClientSessions())
        << "\n\n";

    qsizetype idWidth = 0;
    for (const Finding& finding : findings)
        idWidth = std::max(idWidth, finding.checkId.size());
    for (const Finding& finding : findings) {
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(finding.checkId, -static_cast<int>(idWidth + 1))
                   .arg(toString(finding.status), -12)
                   .arg(finding.actual.isEmpty() ? finding.reason : finding.actual);
    }
    if (!observation.events.isEmpty()) {
        out << '\n' << Text::tr("events") << '\n';
        for (const auto& [at, text] : observation.events)
            out << QStringLiteral("  %1 %2\n").arg(iso(at), text);
    }
    out.flush();
}

void printJson(const Baseline& baseline, const Observation& observation,
    const QList<Finding>& findings, int intervalSeconds)
{
    const ServerFacts& facts = *observation.facts;
    const Capacity capacity = Capacity::of(baseline, facts);
    QJsonArray pools;
    for (const UsageWindow::PoolStats& pool : observation.window.pools()) {
        const PoolSpec* spec = baseline.pool(pool.pool);
        const std::optional<qint64> limit = observation.limits->limitOf(pool.pool, facts);
        pools.append(QJsonObject{
            {QStringLiteral("pool"), pool.pool},
            {QStringLiteral("current"), pool.current},
            {QStringLiteral("peak"), pool.peak},
            {QStringLiteral("average"), pool.average},
            {QStringLiteral("budget"), spec ? QJsonValue{spec->budget} : QJsonValue{}},
            {QStringLiteral("roles"),
                QJsonArray::fromStringList(observation.limits->roles(pool.pool))},
            {QStringLiteral("databases"),
                QJsonArray::fromStringList(observation.limits->databases(pool.pool))},
            {QStringLiteral("newConnectionsPerMinute"), pool.newPerMinute},
            {QStringLiteral("peakNewConnectionsPerMinute"), pool.peakNewPerMinute},
            {QStringLiteral("connectionLimit"), limit ? QJsonValue{*limit} : QJsonValue{}},
        });
    }
    QJsonArray findingArray;
    for (const Finding& finding : findings)
        findingArray.append(finding.toJson());
    QJsonArray events;
    for (const auto& [at, text] : observation.events)
        events.append(
            QJsonObject{{QStringLiteral("at"), iso(at)}, {QStringLiteral("event"), text}});

    const QJsonObject report{
        {QStringLiteral("opsdash"), QLatin1String{Version}},
        {QStringLiteral("baseline"),
            QJsonObject{{QStringLiteral("path"), baseline.sourcePath},
                {QStringLiteral("sha256"), QString::fromLatin1(baseline.sha256)}}},
        {QStringLiteral("target"), observation.target},
        {QStringLiteral("window"),
            QJsonObject{{QStringLiteral("from"), iso(observation.window.from())},
                {QStringLiteral("to"), iso(observation.window.to())},
                {QStringLiteral("samples"), observation.window.samples()},
                {QStringLiteral("intervalSeconds"), intervalSeconds}}},
        {QStringLiteral("server"),
            QJsonObject{{QStringLiteral("version"), facts.version},
                {QStringLiteral("versionNum"), facts.versionNum},
                {QStringLiteral("maxConnections"), facts.maxConnections},
                {QStringLiteral("superuserReservedConnections"),
                    facts.superuserReservedConnections},
                {QStringLiteral("reservedConnections"), facts.reservedConnections},
                {QStringLiteral("idleSessionTimeout"), facts.idleSessionTimeout},
                {QStringLiteral("idleInTransactionSessionTimeout"),
                    facts.idleInTransactionSessionTimeout}}},
        {QStringLiteral("capacity"),
            QJsonObject{{QStringLiteral("usable"), capacity.usable()},
                {QStringLiteral("budgets"), capacity.budgets},
                {QStringLiteral("monitor"), capacity.monitor},
                {QStringLiteral("committed"), capacity.committed()},
                {QStringLiteral("overCommitted"), capacity.overCommitted()},
                {QStringLiteral("clientSessions"), observation.window.currentClientSessions()},
                {QStringLiteral("peakClientSessions"), observation.window.peakClientSessions()}}},
        {QStringLiteral("pools"), pools},
        {QStringLiteral("findings"), findingArray},
        {QStringLiteral("events"), events},
    };
    standardOutput() << QString::fromUtf8(QJsonDocument{report}.toJson(QJsonDocument::Indented));
    standardOutput().flush();
}

} // namespace

int runProbeCommand(const QCommandLineParser& parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String{"text"} && format != QLatin1String{"json"})
        return usageError(Text::tr("probe: --format must be text or json, got '%1'").arg(format));
    if (parser.isSet(QStringLiteral("sessions")))
        return usageError(Text::tr("probe: --sessions is not implemented yet"));

    QString problem;
    const std::optional<int> interval
        = secondsOption(parser, QStringLiteral("interval"), 1, 60, 2, &problem);
    const std::optional<int> duration = interval
        ? secondsOption(parser, QStringLiteral("duration"), 0, 7 * 24 * 3600, 0, &problem)
        : std::nullopt;
    if (!interval || !duration)
        return usageError(QStringLiteral("probe: ") + problem);

    const Result<Baseline> baseline
        = BaselineLoader::loadFileOrDefault(parser.value(QStringLiteral("baseline")));
    if (!baseline)
        return usageError(baseline.error().toString());

    ActivityMonitor::Options options;
    options.conninfo = parser.value(QStringLiteral("db")).toUtf8();
    options.interval = std::chrono::seconds{*interval};
    if (const Result<void> checked = PgConnection::checkConninfo(options.conninfo); !checked)
        return usageError(QStringLiteral("--db: ") + checked.error().message);

    const Observation observation = observe(*baseline, options, *duration);
    if (observation.fatal) {
        return usageError(Text::tr("cannot connect to %1: %2")
                              .arg(observation.fatal->where, observation.fatal->message));
    }
    if (!observation.facts || observation.window.samples() == 0)
        return usageError(Text::tr("no sample was taken from %1").arg(observation.target));

    const QList<Finding> findings = findingsOf(*baseline, observation, *interval);
    if (format == QLatin1String{"json"})
        printJson(*baseline, observation, findings, *interval);
    else
        printText(*baseline, observation, findings);
    return exitStatusFor(findings);
}

} // namespace opsdash
