#include "LiveTarget.h"

#include "clock/Clock.h"

namespace opsdash {

LiveTarget::LiveTarget(const Baseline& baseline, QObject* parent)
    : QObject{parent}
    , m_baseline{baseline}
    , m_monitor{new ActivityMonitor{baseline, this}}
    , m_history{new HistoryStore{this}}
    , m_rules{baseline}
    , m_limits{baseline}
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
    connect(m_monitor, &ActivityMonitor::serverFactsRead, this, [this] {
        m_findings = evaluate();
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
        if (historyPath.isEmpty())
            m_history->openForTarget(
                PgConnection::describeTarget(options.conninfo, options.parameters));
        else
            m_history->open(historyPath);
        m_historyOpen = true;
    }
    m_monitor->start(options);
}

void LiveTarget::stop()
{
    m_monitor->stop();
    m_history->flush();
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
    const std::optional<ServerFacts> facts = m_monitor->serverFacts();
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
        + budgetFindings(m_baseline, *facts, m_window, window) + m_rules.findings(window);
}

void LiveTarget::onSample(const ActivitySample& sample)
{
    m_window.add(sample);
    m_rules.add(sample);
    m_limits.add(sample);
    m_history->append(sample, usableSlots());
    m_findings = evaluate();
    emit sampled(sample);
    emit findingsChanged(m_findings);
}

} // namespace opsdash
