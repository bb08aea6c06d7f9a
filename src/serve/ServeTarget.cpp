#include "ServeTarget.h"

#include "drift/SourceChecks.h"
#include "live/AlertLog.h"
#include "live/LiveSessions.h"
#include "live/LiveTarget.h"
#include "serve/EventLog.h"

#include <QElapsedTimer>

namespace opsdash {

ServeTarget::ServeTarget(
    const ServeTargetConfig& config, const Baseline& baseline, EventLog& log, QObject* parent)
    : QObject{parent}
    , m_config{config}
    , m_baseline{baseline}
    , m_log{log}
    , m_live{new LiveTarget{baseline, this}}
    , m_sessions{new LiveSessions{baseline, this}}
    , m_alerts{new AlertLog{baseline, this}}
{
    m_metrics.target = config.name;
    m_alerts->attach(*m_live);
    m_alerts->attach(*m_sessions);
    connect(m_live, &LiveTarget::findingsChanged, this, [this](const QList<Finding>& findings) {
        m_targetFindings = findings;
        updateFindings();
    });
    connect(
        m_sessions, &LiveSessions::findingsChanged, this, [this](const QList<Finding>& findings) {
            m_sessionFindings = findings;
            updateFindings();
        });
    connect(m_sessions, &LiveSessions::changed, this, &ServeTarget::updateLoginSessions);
    connect(m_sessions, &LiveSessions::criticalSessions, this, &ServeTarget::updateLoginSessions);
    connect(m_live, &LiveTarget::sampled, this, [this](const ActivitySample& sample) {
        const bool wasUp = m_metrics.up;
        m_lastPoll = QDateTime::currentDateTimeUtc();
        m_metrics.up = true;
        m_metrics.facts = m_live->serverFacts();
        m_metrics.setSample(m_baseline, sample);
        m_metrics.polls.observe(static_cast<double>(sample.latencyMs) / 1000.0);
        if (!wasUp) {
            m_log.info(QStringLiteral("target.up"),
                {{QStringLiteral("target"), m_config.name},
                    {QStringLiteral("backend_pid"), QString::number(backendPid())}});
        }
    });
    ActivityMonitor& monitor = m_live->monitor();
    connect(&monitor, &ActivityMonitor::disconnected, this,
        [this](const Error& error, const QDateTime& retryAt) {
            m_metrics.up = false;
            ++m_metrics.pollErrors[QStringLiteral("connect")];
            m_log.warning(QStringLiteral("target.down"),
                {{QStringLiteral("target"), m_config.name},
                    {QStringLiteral("reason"), error.toString()},
                    {QStringLiteral("retry_at"), retryAt.toString(Qt::ISODate)}});
        });
    connect(&monitor, &ActivityMonitor::pollFailed, this, [this](const Error& error) {
        ++m_metrics.pollErrors[QStringLiteral("query")];
        m_log.warning(QStringLiteral("poll.failed"),
            {{QStringLiteral("target"), m_config.name},
                {QStringLiteral("reason"), error.toString()}});
    });
    connect(m_alerts, &AlertLog::raised, this, [this](const Alert& alert) {
        m_log.write(alert.severity == Severity::Critical ? EventLog::Level::Error
                : alert.severity == Severity::Warning    ? EventLog::Level::Warning
                                                         : EventLog::Level::Info,
            QStringLiteral("alert"),
            {{QStringLiteral("target"), m_config.name}, {QStringLiteral("kind"), alert.kind},
                {QStringLiteral("subject"), alert.subject},
                {QStringLiteral("severity"), toString(alert.severity)},
                {QStringLiteral("message"), alert.message}});
    });
    connect(m_live, &LiveTarget::historyUnavailable, this, [this](const Error& error) {
        m_log.error(QStringLiteral("history.unavailable"),
            {{QStringLiteral("target"), m_config.name},
                {QStringLiteral("reason"), error.toString()}});
    });
}

ServeTarget::~ServeTarget()
{
    stop();
}

void ServeTarget::start(const QByteArray& password, const QByteArray& pgbouncerPassword)
{
    ActivityMonitor::Options options;
    options.conninfo = m_config.conninfo.toUtf8();
    options.interval = m_config.interval;
    options.parameters = m_config.parameters;
    if (!password.isEmpty())
        options.parameters << std::pair{QByteArrayLiteral("password"), password};
    m_started = QDateTime::currentDateTimeUtc();
    ConnectionParameters pgbouncer;
    if (!pgbouncerPassword.isEmpty())
        pgbouncer << std::pair{QByteArrayLiteral("password"), pgbouncerPassword};
    m_live->setPgBouncerAdmin(m_config.pgbouncerConninfo, pgbouncer);
    m_live->start(options, m_config.historyPath);
    if (!m_config.sessionsUrl.isEmpty() || m_config.sessionsTable
        || !m_config.canaryUrl.isEmpty()) {
        TargetOptions sessions;
        sessions.conninfo = m_config.conninfo;
        sessions.hasDatabase = true;
        sessions.connectionParameters = options.parameters;
        sessions.sessionsUrl = m_config.sessionsUrl;
        sessions.sessionsTable = m_config.sessionsTable;
        sessions.canaryUrl = m_config.canaryUrl;
        sessions.interval = m_config.interval;
        m_sessions->start(sessions, &m_live->monitor());
    }
    m_log.info(QStringLiteral("target.start"),
        {{QStringLiteral("target"), m_config.name},
            {QStringLiteral("server"), m_live->monitor().target()},
            {QStringLiteral("interval_s"), QString::number(m_config.interval.count())}});
}

void ServeTarget::stop()
{
    if (m_live->monitor().state() == ActivityMonitor::State::Stopped)
        return;
    m_sessions->stop();
    m_live->stop();
    m_metrics.up = false;
    m_log.info(QStringLiteral("target.stop"), {{QStringLiteral("target"), m_config.name}});
}

void ServeTarget::updateFindings()
{
    m_metrics.findings = m_sourceFindings + m_targetFindings + m_sessionFindings;
}

void ServeTarget::checkSources()
{
    if (m_config.checkout.isEmpty())
        return;
    QElapsedTimer clock;
    clock.start();
    SourceChecks::Statistics statistics;
    m_sourceFindings = SourceChecks::run(
        m_baseline, m_config.checkout, QDateTime::currentDateTimeUtc(), &statistics);
    updateFindings();
    qsizetype pass = 0;
    qsizetype fail = 0;
    for (const Finding& finding : std::as_const(m_sourceFindings)) {
        pass += finding.status == CheckStatus::Pass ? 1 : 0;
        fail += finding.status == CheckStatus::Fail ? 1 : 0;
    }
    m_log.info(QStringLiteral("source.checked"),
        {{QStringLiteral("target"), m_config.name}, {QStringLiteral("checkout"), m_config.checkout},
            {QStringLiteral("pass"), QString::number(pass)},
            {QStringLiteral("fail"), QString::number(fail)},
            {QStringLiteral("other"), QString::number(m_sourceFindings.size() - pass - fail)},
            {QStringLiteral("files_parsed"), QString::number(statistics.filesParsed)},
            {QStringLiteral("duration_ms"), QString::number(clock.elapsed())}});
}

void ServeTarget::updateLoginSessions()
{
    // Counted while the source's data is good or kept stale; none before it or after it failed.
    if (!m_sessions->snapshot()) {
        m_metrics.loginSessions.reset();
        return;
    }
    const ExpirySummary summary = m_sessions->summary();
    m_metrics.loginSessions = std::array<int, 3>{summary.ok, summary.warn, summary.critical};
}

int ServeTarget::backendPid() const
{
    return m_live->monitor().backendPid();
}

bool ServeTarget::isLate(const QDateTime& now) const
{
    const QDateTime since = m_lastPoll.isValid() ? m_lastPoll : m_started;
    return !since.isValid()
        || since.msecsTo(now) > 3 * std::chrono::milliseconds{m_config.interval}.count();
}

} // namespace opsdash
