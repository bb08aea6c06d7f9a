#include "LiveTarget.h"

#include "clock/Clock.h"
#include "prom/PrometheusSource.h"

#include <algorithm>

namespace opsdash {

LiveTarget::LiveTarget(const Baseline& baseline, QObject* parent)
    : QObject{parent}
    , m_baseline{baseline}
    , m_monitor{new ActivityMonitor{baseline, this}}
    , m_history{new HistoryStore{this}}
    , m_acknowledgements{new Acknowledgements{m_history, this}}
    , m_rules{baseline}
    , m_limits{baseline}
    , m_pgbouncer{new PgBouncerMonitor{this}}
    , m_pgbouncerWatch{baseline}
    , m_pgbouncerAdmin{baseline.pgbouncer.admin}
{
    connect(m_monitor, &ActivityMonitor::sampled, this, &LiveTarget::onSample);
    connect(m_monitor, &ActivityMonitor::disconnected, this,
        [this](const Error& error, const QDateTime& retryAt) {
            m_history->recordEvent(HistoryEvent{Clock::current().nowUtc(),
                QString{HistoryEventKind::Disconnected}, disconnectedText(error.message, retryAt)});
        });
    connect(m_monitor, &ActivityMonitor::reconnected, this, [this](const QDateTime& since) {
        m_history->recordEvent(HistoryEvent{Clock::current().nowUtc(),
            QString{HistoryEventKind::Reconnected}, reconnectedText(since)});
    });
    // The server's settings alone already decide the server and capacity checks.
    connect(m_monitor, &ActivityMonitor::serverFactsRead, this, [this](const ServerFacts& facts) {
        emit serverFactsRead(facts);
        m_findings = evaluate();
        emit findingsChanged(m_findings);
    });
    connect(m_history, &HistoryStore::rangeReady, this, &LiveTarget::rangeReady);
    connect(m_history, &HistoryStore::rangeFailed, this, &LiveTarget::rangeFailed);
    makePoolMetricsPollers();
    // PgBouncer's findings follow its own polls; the window's follow the activity's.
    connect(m_pgbouncer, &PgBouncerMonitor::sampled, this, [this](const PgBouncerSample& sample) {
        m_pgbouncerWatch.add(sample);
        m_findings = evaluate();
        emit pgbouncerChanged();
        emit findingsChanged(m_findings);
    });
    connect(m_pgbouncer, &PgBouncerMonitor::failed, this, [this] {
        m_pgbouncerWatch.setUnavailable(m_pgbouncer->stateText());
        m_findings = evaluate();
        emit pgbouncerChanged();
        emit findingsChanged(m_findings);
    });
    connect(m_history, &HistoryStore::openFailed, this, &LiveTarget::historyUnavailable);
    connect(m_history, &HistoryStore::writeFailed, this, &LiveTarget::historyUnavailable);
}

LiveTarget::~LiveTarget() = default;

void LiveTarget::start(const ActivityMonitor::Options& options, const QString& historyPath)
{
    if (!m_historyOpen) {
        // The history file is named after the target, never after its credentials.
        const QString target = PgConnection::describeTarget(options.conninfo, options.parameters);
        if (historyPath.isEmpty())
            m_history->openForTarget(target);
        else
            m_history->open(historyPath);
        m_historyOpen = true;
        m_acknowledgements->setTarget(target);
        m_acknowledgements->readBack();
    }
    m_monitor->start(options);
    PoolMetricsPoller::Options metrics;
    metrics.interval = options.interval;
    // A fetch never outlasts the interval it belongs to by much, nor is cut shorter than 5 s.
    metrics.timeout
        = std::max(options.interval, std::chrono::milliseconds{std::chrono::seconds{5}});
    for (PoolMetricsPoller* poller : std::as_const(m_poolMetrics))
        poller->start(metrics);
    if (watchesPgBouncer()) {
        PgBouncerMonitor::Options pgbouncer;
        pgbouncer.conninfo = m_pgbouncerAdmin.toUtf8();
        pgbouncer.parameters = m_pgbouncerParameters;
        pgbouncer.interval = options.interval;
        pgbouncer.connectTimeout = options.connectTimeout;
        m_pgbouncer->start(pgbouncer);
    }
}

void LiveTarget::setPgBouncerAdmin(const QString& conninfo, const ConnectionParameters& parameters)
{
    if (conninfo.isEmpty())
        return;
    m_pgbouncerAdmin = conninfo;
    m_pgbouncerParameters = parameters;
}

void LiveTarget::setPoolMetricsUrls(const QMap<QString, QString>& urls, MetricsUrlOrigin origin)
{
    if (urls.isEmpty())
        return;
    m_baseline.overrideMetricsUrls(urls, origin);
    makePoolMetricsPollers();
}

void LiveTarget::makePoolMetricsPollers()
{
    qDeleteAll(m_poolMetrics);
    m_poolMetrics.clear();
    for (const PoolSpec& pool : std::as_const(m_baseline.pools)) {
        if (pool.metricsUrl.isEmpty())
            continue;
        auto* poller = new PoolMetricsPoller{pool, m_baseline.thresholds.live, this};
        connect(poller, &PoolMetricsPoller::updated, this,
            [this, id = pool.id] { emit poolMetricsUpdated(id); });
        m_poolMetrics << poller;
    }
}

const PoolMetricsPoller* LiveTarget::poolMetrics(QStringView pool) const
{
    for (const PoolMetricsPoller* poller : m_poolMetrics) {
        if (poller->statistics().poolId() == pool)
            return poller;
    }
    return nullptr;
}

void LiveTarget::startPrometheus(const PrometheusAccess& access, std::chrono::milliseconds interval)
{
    if (m_prometheus == nullptr) {
        m_prometheus = new PrometheusSource{m_baseline, this};
        connect(m_prometheus, &PrometheusSource::read, this, &LiveTarget::onReading);
        connect(m_prometheus, &PrometheusSource::stateChanged, this, &LiveTarget::sourceChanged);
        connect(m_prometheus, &PrometheusSource::failed, this, &LiveTarget::sourceChanged);
        connect(m_prometheus, &PrometheusSource::rangeReady, this, &LiveTarget::rangeReady);
        connect(m_prometheus, &PrometheusSource::rangeFailed, this, &LiveTarget::rangeFailed);
    }
    PrometheusSource::Options options;
    options.access = access;
    options.interval = interval;
    m_prometheus->start(options);
}

void LiveTarget::stop()
{
    for (PoolMetricsPoller* poller : std::as_const(m_poolMetrics))
        poller->stop();
    m_pgbouncer->stop();
    if (m_prometheus != nullptr) {
        m_prometheus->stop();
        return;
    }
    m_monitor->stop();
    m_history->flush();
}

void LiveTarget::setPaused(bool paused)
{
    if (m_prometheus != nullptr) {
        m_prometheus->setPaused(paused);
        return;
    }
    m_monitor->setPaused(paused);
    m_pgbouncer->setPaused(paused);
}

bool LiveTarget::isPaused() const
{
    return m_prometheus != nullptr ? m_prometheus->isPaused() : m_monitor->isPaused();
}

void LiveTarget::setInterval(std::chrono::milliseconds interval)
{
    if (m_prometheus != nullptr) {
        m_prometheus->setInterval(interval);
        return;
    }
    m_monitor->setInterval(interval);
    m_pgbouncer->setInterval(interval);
}

void LiveTarget::pollNow()
{
    if (m_prometheus != nullptr)
        m_prometheus->pollNow();
    else
        m_monitor->pollNow();
}

LiveTarget::Link LiveTarget::link() const
{
    if (m_prometheus != nullptr) {
        switch (m_prometheus->state()) {
        case PrometheusSource::State::Stopped:
            return Link::Stopped;
        case PrometheusSource::State::Waiting:
            return Link::Connecting;
        case PrometheusSource::State::Failed:
            return Link::Lost;
        case PrometheusSource::State::Reading:
            break;
        }
        return m_prometheusUp ? Link::Live : Link::Lost;
    }
    switch (m_monitor->state()) {
    case ActivityMonitor::State::Stopped:
        return Link::Stopped;
    case ActivityMonitor::State::Connecting:
        return Link::Connecting;
    case ActivityMonitor::State::Disconnected:
        return Link::Lost;
    case ActivityMonitor::State::Connected:
        break;
    }
    return Link::Live;
}

QString LiveTarget::linkProblem() const
{
    if (link() != Link::Lost)
        return {};
    if (m_prometheus == nullptr)
        return tr("disconnected");
    const QString problem = m_prometheus->problem();
    return problem.isEmpty() ? tr("target down (opsdash_up 0)") : problem;
}

int LiveTarget::poolBudget(const PoolSpec& pool) const
{
    return m_prometheusBudgets.value(pool.id, pool.budget);
}

QString LiveTarget::dataSource() const
{
    return m_prometheus != nullptr ? tr("Prometheus %1").arg(m_prometheus->describe()) : QString{};
}

std::chrono::milliseconds LiveTarget::interval() const
{
    return m_prometheus != nullptr ? m_prometheus->options().interval : m_monitor->interval();
}

quint64 LiveTarget::requestRange(const QDateTime& from, const QDateTime& to, int columns)
{
    return m_prometheus != nullptr ? m_prometheus->requestRange(from, to, columns)
                                   : m_history->requestRange(from, to, columns);
}

std::optional<ServerFacts> LiveTarget::serverFacts() const
{
    return m_prometheus != nullptr ? m_prometheusFacts : m_monitor->serverFacts();
}

void LiveTarget::onReading(const PrometheusReading& reading)
{
    // serve has judged the checks already: its stateset is the findings, nothing re-derived.
    if (reading.facts) {
        const bool changed = !m_prometheusFacts
            || m_prometheusFacts->usableSlots() != reading.facts->usableSlots()
            || m_prometheusFacts->maxConnections != reading.facts->maxConnections;
        m_prometheusFacts = reading.facts;
        if (changed)
            emit serverFactsRead(*reading.facts);
    }
    m_loginSessions = reading.loginSessions;
    m_prometheusBudgets = reading.budgets;
    m_prometheusUp = reading.up;
    m_findings = reading.findings;
    m_window.add(reading.sample);
    emit sampled(reading.sample);
    emit findingsChanged(m_findings);
    emit sourceChanged();
}

QString LiveTarget::disconnectedText(const QString& reason, const QDateTime& retryAt)
{
    return tr("%1; next attempt %2").arg(reason, retryAt.toUTC().toString(Qt::ISODate));
}

QString LiveTarget::reconnectedText(const QDateTime& since)
{
    return tr("polling again after a gap since %1").arg(since.toUTC().toString(Qt::ISODate));
}

int LiveTarget::usableSlots() const
{
    const std::optional<ServerFacts> facts = serverFacts();
    return facts ? facts->usableSlots() : 0;
}

QList<Finding> LiveTarget::evaluate() const
{
    const std::optional<ServerFacts> facts = m_monitor->serverFacts();
    if (!facts)
        return {};
    const QString target = m_monitor->target();
    const QString window = tr("pg_stat_activity on %1, %2 – %3")
                               .arg(target, m_window.from().toString(Qt::ISODate),
                                   m_window.to().toString(Qt::ISODate));
    return serverFindings(m_baseline, *facts, tr("pg_settings on %1").arg(target))
        + m_limits.findings(*facts,
            tr("pg_roles, pg_database and pg_stat_activity on %1 at %2")
                .arg(target, facts->readAt.toString(Qt::ISODate)))
        + budgetFindings(m_baseline, *facts, m_window, window) + m_rules.findings(window)
        + poolMetricsFindings()
        + (watchesPgBouncer() ? m_pgbouncerWatch.findings(
               facts->usableSlots(), m_pgbouncerWatch.evidence(m_pgbouncer->target()))
                              : QList<Finding>{});
}

QList<Finding> LiveTarget::poolMetricsFindings() const
{
    QList<Finding> findings;
    for (const PoolMetricsPoller* poller : m_poolMetrics)
        findings += poller->statistics().findings();
    return findings;
}

void LiveTarget::onSample(const ActivitySample& polled)
{
    // The limits, the behaviour rules (a transaction left open through PgBouncer is still
    // the application's) and PgBouncer's per-pool count read the attribution rules' view.
    m_limits.add(polled);
    m_rules.add(polled);
    m_pgbouncerWatch.add(polled);
    // The counts have PgBouncer's server connections in its own pool, and only there.
    const ActivitySample sample = watchesPgBouncer() ? m_pgbouncerWatch.attributed(polled) : polled;
    m_window.add(sample);
    m_history->append(sample, usableSlots());
    m_findings = evaluate();
    emit sampled(sample);
    emit findingsChanged(m_findings);
}

} // namespace opsdash
