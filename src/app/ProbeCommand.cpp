#include "CommandLine.h"
#include "Console.h"
#include "Subcommands.h"
#include "TargetInputs.h"
#include "Version.h"
#include "drift/LiveRules.h"
#include "live/LiveTarget.h"
#include "live/PoolMetricsPoller.h"
#include "model/BaselineLoader.h"
#include "model/Capacity.h"
#include "model/ConnectionLimits.h"
#include "model/PgBouncer.h"
#include "pg/ActivityMonitor.h"
#include "pg/PgBouncerMonitor.h"
#include "pg/PgConnection.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

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
    // Pools with a metricsUrl: their application's statistics as the window ended.
    QList<PoolStatistics> poolStatistics;
    QList<QPair<QDateTime, QString>> events; // disconnections and reconnections, UTC
    std::optional<Error> fatal;
    // With a PgBouncer admin connection: its polls, and whether it answered or failed once.
    std::optional<PgBouncerWatch> pgbouncer;
    QString pgbouncerTarget;
    bool pgbouncerSettled{true};
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

// One target to probe: the monitor's options and the baseline to judge it by.
struct ProbeTarget
{
    QString name; // the profile's name; empty for --db (the observed target names it)
    Baseline baseline;
    ActivityMonitor::Options options;
    QString pgbouncerAdmin; // the profile's, else the baseline's; empty: none
};

// Watches every target at once, each until its window is over (from its first sample) or
// it failed before any sample.
QList<Observation> observeAll(const QList<ProbeTarget>& targets, int durationSeconds)
{
    const qsizetype count = targets.size();
    QList<Observation> observations(count);
    std::vector<std::unique_ptr<ActivityMonitor>> monitors;
    std::vector<std::unique_ptr<PgBouncerMonitor>> bouncers;
    std::vector<std::unique_ptr<QTimer>> deadlines;
    std::vector<std::vector<std::unique_ptr<PoolMetricsPoller>>> pollers(
        static_cast<std::size_t>(count));
    QList<bool> done(count, false);
    qsizetype pending = count;
    QEventLoop loop;
    const auto finish = [&](qsizetype i) {
        if (done[i])
            return;
        done[i] = true;
        if (--pending == 0)
            loop.quit();
    };

    for (qsizetype i = 0; i < count; ++i) {
        Observation& observation = observations[i];
        observation.rules.emplace(targets.at(i).baseline);
        observation.limits.emplace(targets.at(i).baseline);
        monitors.push_back(std::make_unique<ActivityMonitor>(targets.at(i).baseline));
        for (const PoolSpec& pool : targets.at(i).baseline.pools) {
            if (!pool.metricsUrl.isEmpty())
                pollers[static_cast<std::size_t>(i)].push_back(std::make_unique<PoolMetricsPoller>(
                    pool, targets.at(i).baseline.thresholds.live));
        }
        bouncers.push_back(std::make_unique<PgBouncerMonitor>());
        deadlines.push_back(std::make_unique<QTimer>());
        ActivityMonitor* monitor = monitors.back().get();
        QTimer* deadline = deadlines.back().get();
        deadline->setSingleShot(true);
        QObject::connect(deadline, &QTimer::timeout, &loop, [&finish, i] { finish(i); });

        QObject::connect(monitor, &ActivityMonitor::serverFactsRead, &loop,
            [&observation, &done, i](const ServerFacts& facts) {
                if (!done[i])
                    observation.facts = facts;
            });
        QObject::connect(monitor, &ActivityMonitor::sampled, &loop,
            [&, deadline, i](const ActivitySample& sample) {
                if (done[i])
                    return;
                // As LiveTarget reads a poll: PgBouncer's server connections in its own pool.
                observation.limits->add(sample);
                observation.rules->add(sample);
                if (observation.pgbouncer)
                    observation.pgbouncer->add(sample);
                observation.window.add(
                    observation.pgbouncer ? observation.pgbouncer->attributed(sample) : sample);
                if (durationSeconds == 0 && observation.pgbouncerSettled)
                    finish(i);
                else if (!deadline->isActive() && observation.window.samples() == 1)
                    deadline->start(std::chrono::seconds{durationSeconds});
            });
        QObject::connect(monitor, &ActivityMonitor::disconnected, &loop,
            [&, i](const Error& error, const QDateTime& retryAt) {
                if (done[i])
                    return;
                if (observation.window.samples() == 0) {
                    // Nothing observed yet: a probe reports the reason instead of waiting.
                    observation.fatal = error;
                    finish(i);
                    return;
                }
                observation.events.append({QDateTime::currentDateTimeUtc(),
                    Text::tr("disconnected: %1")
                        .arg(LiveTarget::disconnectedText(error.message, retryAt))});
            });
        QObject::connect(
            monitor, &ActivityMonitor::reconnected, &loop, [&, i](const QDateTime& since) {
                if (!done[i])
                    observation.events.append({QDateTime::currentDateTimeUtc(),
                        Text::tr("reconnected: %1").arg(LiveTarget::reconnectedText(since))});
            });
        QObject::connect(monitor, &ActivityMonitor::pollFailed, &loop, [&, i](const Error& error) {
            if (!done[i])
                observation.events.append({QDateTime::currentDateTimeUtc(),
                    Text::tr("poll failed: %1").arg(error.message)});
        });
    }

    for (qsizetype i = 0; i < count; ++i) {
        if (targets.at(i).pgbouncerAdmin.isEmpty())
            continue;
        Observation& observation = observations[i];
        PgBouncerMonitor* bouncer = bouncers.at(static_cast<std::size_t>(i)).get();
        observation.pgbouncer.emplace(targets.at(i).baseline);
        observation.pgbouncerSettled = false;
        // A one-shot probe waits for the console's first answer (or failure) too.
        const auto settle = [&, i] {
            observations[i].pgbouncerSettled = true;
            if (durationSeconds == 0 && observations[i].window.samples() > 0)
                finish(i);
        };
        QObject::connect(
            bouncer, &PgBouncerMonitor::sampled, &loop, [&, i, settle](const PgBouncerSample& s) {
                if (done[i])
                    return;
                observations[i].pgbouncer->add(s);
                settle();
            });
        QObject::connect(bouncer, &PgBouncerMonitor::failed, &loop, [&, i, bouncer, settle] {
            if (done[i])
                return;
            observations[i].pgbouncer->setUnavailable(bouncer->stateText());
            settle();
        });
        PgBouncerMonitor::Options options;
        options.conninfo = targets.at(i).pgbouncerAdmin.toUtf8();
        options.interval = targets.at(i).options.interval;
        bouncer->start(options);
    }
    for (qsizetype i = 0; i < count; ++i) {
        monitors[static_cast<std::size_t>(i)]->start(targets.at(i).options);
        PoolMetricsPoller::Options metrics;
        metrics.interval = targets.at(i).options.interval;
        for (const auto& poller : pollers[static_cast<std::size_t>(i)])
            poller->start(metrics);
    }
    loop.exec();
    for (qsizetype i = 0; i < count; ++i) {
        observations[i].target = monitors[static_cast<std::size_t>(i)]->target();
        observations[i].pgbouncerTarget = bouncers[static_cast<std::size_t>(i)]->target();
        monitors[static_cast<std::size_t>(i)]->stop();
        for (const auto& poller : pollers[static_cast<std::size_t>(i)]) {
            poller->stop();
            observations[i].poolStatistics.append(poller->statistics());
        }
        bouncers[static_cast<std::size_t>(i)]->stop();
    }
    return observations;
}

QList<Finding> poolStatisticsFindings(const Observation& observation)
{
    QList<Finding> findings;
    for (const PoolStatistics& statistics : observation.poolStatistics)
        findings += statistics.findings();
    return findings;
}

// A pool's application statistics for the JSON report; null for a pool without a metricsUrl.
QJsonValue poolStatisticsJson(const Observation& observation, const QString& pool)
{
    for (const PoolStatistics& statistics : observation.poolStatistics) {
        if (statistics.poolId() != pool)
            continue;
        const std::optional<PoolStatsReading> last = statistics.latest();
        QJsonObject json{{QStringLiteral("url"), statistics.url()},
            {QStringLiteral("urlFrom"), toString(statistics.urlOrigin())},
            {QStringLiteral("stale"), statistics.stale()},
            {QStringLiteral("error"),
                statistics.error().isEmpty() ? QJsonValue{} : QJsonValue{statistics.error()}},
            {QStringLiteral("at"), last ? QJsonValue{iso(last->at)} : QJsonValue{}}};
        if (last) {
            json.insert(QStringLiteral("open"), last->open);
            json.insert(QStringLiteral("inUse"), last->inUse);
            json.insert(QStringLiteral("idle"), last->idle);
            json.insert(QStringLiteral("maxOpen"), last->maxOpen);
            json.insert(QStringLiteral("waitsInWindow"), statistics.waitsInWindow());
            json.insert(QStringLiteral("waitSecondsInWindow"), statistics.waitSecondsInWindow());
            json.insert(QStringLiteral("maxIdleClosedInWindow"), statistics.idleClosedInWindow());
        }
        return json;
    }
    return QJsonValue{};
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
        + observation.rules->findings(windowEvidence) + poolStatisticsFindings(observation)
        + (observation.pgbouncer ? observation.pgbouncer->findings(
               facts.usableSlots(), observation.pgbouncer->evidence(observation.pgbouncerTarget))
                                 : QList<Finding>{});
}

// A pool's budget: the baseline's, or for PgBouncer's own pool the server connections its
// pool sizes allow; none for monitor and other.
std::optional<qint64> budgetOf(
    const Baseline& baseline, const Observation& observation, const QString& pool)
{
    if (const PoolSpec* spec = baseline.pool(pool))
        return spec->budget;
    if (pool == Baseline::kPgBouncerPool && observation.pgbouncer
        && observation.pgbouncer->hasSample())
        return observation.pgbouncer->sample()->serverConnectionBound();
    return std::nullopt;
}

// The PgBouncer part of the JSON document (resources/schemas/probe.schema.json).
QJsonObject pgbouncerJson(const Observation& observation)
{
    const PgBouncerWatch& watch = *observation.pgbouncer;
    QJsonObject json{{QStringLiteral("admin"), observation.pgbouncerTarget},
        {QStringLiteral("answered"), watch.hasSample()}};
    if (!watch.hasSample())
        return json;
    const PgBouncerSample& sample = *watch.sample();
    QJsonArray pools;
    for (const PgBouncerPool& pool : sample.pools) {
        pools.append(QJsonObject{{QStringLiteral("database"), pool.database},
            {QStringLiteral("user"), pool.user}, {QStringLiteral("clActive"), pool.clActive},
            {QStringLiteral("clWaiting"), pool.clWaiting},
            {QStringLiteral("svActive"), pool.svActive}, {QStringLiteral("svIdle"), pool.svIdle},
            {QStringLiteral("maxWaitSeconds"), static_cast<double>(pool.maxWaitUs) / 1e6},
            {QStringLiteral("poolMode"), pool.poolMode}});
    }
    json.insert(QStringLiteral("pools"), pools);
    json.insert(QStringLiteral("defaultPoolSize"), sample.config.defaultPoolSize);
    json.insert(QStringLiteral("reservePoolSize"), sample.config.reservePoolSize);
    json.insert(QStringLiteral("maxClientConn"), sample.config.maxClientConn);
    json.insert(QStringLiteral("serverConnectionBound"), sample.serverConnectionBound());
    json.insert(QStringLiteral("ownedBackends"), watch.ownedBackends());
    return json;
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
        const std::optional<qint64> budget = budgetOf(baseline, observation, pool.pool);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(pool.pool, -12)
                   .arg(pool.current, 6)
                   .arg(pool.peak, 6)
                   .arg(pool.average, 8, 'f', 1)
                   .arg(budget ? QString::number(*budget) : QStringLiteral("-"), 7)
                   .arg(budget && *budget > 0
                           ? QStringLiteral("%1 %").arg(100 * pool.current / *budget)
                           : QStringLiteral("-"),
                       6)
                   .arg(pool.newPerMinute, 8);
    }
    out << Text::tr("client sessions %1 / %2 usable (peak %3)")
               .arg(observation.window.currentClientSessions())
               .arg(capacity.usable())
               .arg(observation.window.peakClientSessions())
        << "\n\n";
    for (const PoolStatistics& statistics : observation.poolStatistics)
        out << Text::tr("app metrics of %1: %2").arg(statistics.poolId(), statistics.urlInEffect())
            << '\n';
    if (!observation.poolStatistics.isEmpty())
        out << '\n';
    if (observation.pgbouncer && observation.pgbouncer->hasSample()) {
        for (const PgBouncerPool& pool : observation.pgbouncer->sample()->pools)
            out << PgBouncerWatch::describe(pool) << '\n';
        out << observation.pgbouncer->sizesLine(capacity.usable()) << "\n\n";
    }

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

QJsonObject jsonOf(const Baseline& baseline, const Observation& observation,
    const QList<Finding>& findings, int intervalSeconds)
{
    const ServerFacts& facts = *observation.facts;
    const Capacity capacity = Capacity::of(baseline, facts);
    QJsonArray pools;
    for (const UsageWindow::PoolStats& pool : observation.window.pools()) {
        const std::optional<qint64> budget = budgetOf(baseline, observation, pool.pool);
        const std::optional<qint64> limit = observation.limits->limitOf(pool.pool, facts);
        pools.append(QJsonObject{
            {QStringLiteral("pool"), pool.pool},
            {QStringLiteral("current"), pool.current},
            {QStringLiteral("peak"), pool.peak},
            {QStringLiteral("average"), pool.average},
            {QStringLiteral("budget"), budget ? QJsonValue{*budget} : QJsonValue{}},
            {QStringLiteral("roles"),
                QJsonArray::fromStringList(observation.limits->roles(pool.pool))},
            {QStringLiteral("databases"),
                QJsonArray::fromStringList(observation.limits->databases(pool.pool))},
            {QStringLiteral("newConnectionsPerMinute"), pool.newPerMinute},
            {QStringLiteral("peakNewConnectionsPerMinute"), pool.peakNewPerMinute},
            {QStringLiteral("connectionLimit"), limit ? QJsonValue{*limit} : QJsonValue{}},
            {QStringLiteral("appStatistics"), poolStatisticsJson(observation, pool.pool)},
        });
    }
    QJsonArray findingArray;
    for (const Finding& finding : findings)
        findingArray.append(finding.toJson());
    const QJsonValue pgbouncer
        = observation.pgbouncer ? QJsonValue{pgbouncerJson(observation)} : QJsonValue{};
    QJsonArray events;
    for (const auto& [at, text] : observation.events)
        events.append(
            QJsonObject{{QStringLiteral("at"), iso(at)}, {QStringLiteral("event"), text}});

    return QJsonObject{
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
        {QStringLiteral("pgbouncer"), pgbouncer},
        {QStringLiteral("findings"), findingArray},
        {QStringLiteral("events"), events},
    };
}

void printJson(const QJsonObject& document)
{
    standardOutput() << QString::fromUtf8(QJsonDocument{document}.toJson(QJsonDocument::Indented));
    standardOutput().flush();
}

// Why a target gave nothing to report; empty when it was observed.
QString failureOf(const Observation& observation)
{
    if (observation.fatal)
        return Text::tr("cannot connect to %1: %2")
            .arg(observation.fatal->where, observation.fatal->message);
    if (!observation.facts || observation.window.samples() == 0)
        return Text::tr("no sample was taken from %1").arg(observation.target);
    return {};
}

// What is wrong with --format or --sessions; empty when nothing is. (Here, inside the
// namespace, so that lupdate files the words under Text's context, ProbeCommand.)
QString formatProblem(const QCommandLineParser& parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String{"text"} && format != QLatin1String{"json"})
        return Text::tr("probe: --format must be text or json, got '%1'").arg(format);
    if (parser.isSet(QStringLiteral("sessions")))
        return Text::tr("probe: --sessions is not implemented yet");
    return {};
}

} // namespace

int runProbeCommand(const QCommandLineParser& parser)
{
    if (const QString wrong = formatProblem(parser); !wrong.isEmpty())
        return usageError(wrong);
    const QString format = parser.value(QStringLiteral("format"));

    QString problem;
    const std::optional<int> interval
        = secondsOption(parser, QStringLiteral("interval"), 1, 60, 2, &problem);
    const std::optional<int> duration = interval
        ? secondsOption(parser, QStringLiteral("duration"), 0, 7 * 24 * 3600, 0, &problem)
        : std::nullopt;
    if (!interval || !duration)
        return usageError(QStringLiteral("probe: ") + problem);

    QList<ProbeTarget> targets;
    const QStringList profiles = parser.values(QStringLiteral("profile"));
    if (profiles.isEmpty() && parser.values(QStringLiteral("db")).size() <= 1) {
        const Result<Baseline> baseline
            = BaselineLoader::loadFileOrDefault(parser.value(QStringLiteral("baseline")));
        if (!baseline)
            return usageError(baseline.error().toString());

        ActivityMonitor::Options options;
        options.conninfo = parser.value(QStringLiteral("db")).toUtf8();
        options.interval = std::chrono::seconds{*interval};
        if (const Result<void> checked = PgConnection::checkConninfo(options.conninfo); !checked)
            return usageError(QStringLiteral("--db: ") + checked.error().message);
        targets.append({QString{}, *baseline, options, baseline->pgbouncer.admin});
    } else {
        // Saved profiles (secrets from the keychain), or --db repeated: one document.
        const std::variant<QList<TargetInputs>, int> read
            = readTargetInputsList(parser, QStringLiteral("probe"));
        if (const int* status = std::get_if<int>(&read))
            return *status;
        for (const TargetInputs& input : std::get<QList<TargetInputs>>(read)) {
            ActivityMonitor::Options options;
            options.conninfo = input.options.conninfo.toUtf8();
            options.parameters = input.options.connectionParameters;
            // --interval for every target; otherwise each profile's own.
            options.interval = parser.isSet(QStringLiteral("interval"))
                ? std::chrono::seconds{*interval}
                : input.options.interval;
            targets.append({input.options.profile, input.baseline, options,
                input.options.pgbouncerAdmin.isEmpty() ? input.baseline.pgbouncer.admin
                                                       : input.options.pgbouncerAdmin});
        }
    }

    const QList<Observation> observations = observeAll(targets, *duration);
    const auto intervalOf = [&](qsizetype i) {
        return static_cast<int>(
            std::chrono::duration_cast<std::chrono::seconds>(targets.at(i).options.interval)
                .count());
    };
    if (targets.size() == 1) {
        const Observation& observation = observations.first();
        if (const QString failure = failureOf(observation); !failure.isEmpty())
            return usageError(failure);
        const Baseline& baseline = targets.first().baseline;
        const QList<Finding> findings = findingsOf(baseline, observation, intervalOf(0));
        if (format == QLatin1String{"json"})
            printJson(jsonOf(baseline, observation, findings, intervalOf(0)));
        else
            printText(baseline, observation, findings);
        return exitStatusFor(findings);
    }

    // Several targets: one document, the worst exit status over them.
    int worst = 0;
    QJsonArray documents;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const Observation& observation = observations.at(i);
        const QString name = targets.at(i).name.isEmpty() ? observation.target : targets.at(i).name;
        const QString failure = failureOf(observation);
        if (!failure.isEmpty()) {
            worst = std::max(worst, static_cast<int>(ExitStatus::UsageError));
            standardError() << QStringLiteral("opsdash probe: %1: %2").arg(name, failure)
                            << Qt::endl;
            documents.append(QJsonObject{{QStringLiteral("name"), name},
                {QStringLiteral("target"), observation.target},
                {QStringLiteral("error"), failure}});
            if (format != QLatin1String{"json"})
                standardOutput() << QStringLiteral("== %1 ==\n").arg(name) << failure << "\n\n";
            continue;
        }
        const Baseline& baseline = targets.at(i).baseline;
        const QList<Finding> findings = findingsOf(baseline, observation, intervalOf(i));
        worst = std::max(worst, exitStatusFor(findings));
        if (format == QLatin1String{"json"}) {
            QJsonObject document = jsonOf(baseline, observation, findings, intervalOf(i));
            document.insert(QStringLiteral("name"), name);
            documents.append(document);
        } else {
            standardOutput() << QStringLiteral("== %1 ==\n").arg(name);
            printText(baseline, observation, findings);
            standardOutput() << '\n';
        }
    }
    if (format == QLatin1String{"json"})
        printJson(QJsonObject{{QStringLiteral("targets"), documents}});
    standardOutput().flush();
    return worst;
}

} // namespace opsdash
