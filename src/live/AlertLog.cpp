#include "AlertLog.h"

#include "clock/Clock.h"
#include "history/HistoryStore.h"
#include "live/LiveLogging.h"
#include "live/LiveSessions.h"
#include "live/LiveTarget.h"

namespace opsdash {

namespace {
// Findings are evaluated over a window; once every few seconds is plenty for alerts.
constexpr qint64 FindingsEveryMs = 10'000;
} // namespace

AlertLog::AlertLog(const Baseline& baseline, QObject* parent)
    : AlertLog{baseline, AlertRules::Options{}, parent}
{ }

AlertLog::AlertLog(const Baseline& baseline, AlertRules::Options options, QObject* parent)
    : QObject{parent}
    , m_rules{baseline, options}
{
    qRegisterMetaType<Alert>();
    followAcknowledgements(m_ownAcknowledgements);
}

AlertLog::~AlertLog() = default;

void AlertLog::attach(LiveTarget& target, Persist persist)
{
    detach();
    m_persistRules = persist == Persist::Everything;
    m_target = &target;
    m_history = &target.history();
    m_lastSampleAt = {};
    followAcknowledgements(target.acknowledgements());
    connect(&target, &LiveTarget::sampled, this, [this](const ActivitySample& sample) {
        addSample(sample, m_target->serverFacts());
        m_lastSampleAt = sample.observedAt();
    });
    // The tick's findings, as the target computed them once for everyone.
    connect(&target, &LiveTarget::findingsChanged, this, [this](const QList<Finding>& findings) {
        const QDateTime at = m_lastSampleAt;
        if (!at.isValid())
            return; // the server's facts alone, before the first sample
        if (!m_lastFindings.isValid() || m_lastFindings.msecsTo(at) >= FindingsEveryMs) {
            m_lastFindings = at;
            addFindings(findings, at);
        }
    });
    // LiveTarget already stores these (one per attempt); here they only raise alerts.
    connect(&target.monitor(), &ActivityMonitor::disconnected, this,
        [this](const Error& error, const QDateTime&) {
            publish(m_rules.connectionLost(error.message, Clock::current().nowUtc()), false);
        });
    connect(&target.monitor(), &ActivityMonitor::reconnected, this, [this](const QDateTime& since) {
        publish(m_rules.connectionRestored(since, Clock::current().nowUtc()), false);
    });
    connect(
        m_history, &HistoryStore::rangeReady, this, [this](quint64 id, const HistoryRange& range) {
            if (id != m_restoreRequest)
                return;
            m_restoreRequest = 0;
            emit restored(fromHistoryEvents(range.events));
        });
    connect(m_history, &HistoryStore::rangeFailed, this, [this](quint64 id, const Error& error) {
        if (id != m_restoreRequest)
            return;
        m_restoreRequest = 0;
        qCWarning(lcLive) << "cannot read back recent events:" << error.message;
    });
}

void AlertLog::detach()
{
    if (m_target != nullptr) {
        disconnect(m_target, nullptr, this, nullptr);
        disconnect(&m_target->monitor(), nullptr, this, nullptr);
    }
    if (m_history != nullptr)
        disconnect(m_history, nullptr, this, nullptr);
    m_target = nullptr;
    m_history = nullptr;
    m_restoreRequest = 0;
    m_persistRules = true;
    followAcknowledgements(m_ownAcknowledgements);
}

void AlertLog::followAcknowledgements(Acknowledgements& acknowledgements)
{
    if (m_acknowledgements == &acknowledgements)
        return;
    if (m_acknowledgements != nullptr)
        disconnect(m_acknowledgements, nullptr, this, nullptr);
    m_acknowledgements = &acknowledgements;
    connect(&acknowledgements, &Acknowledgements::expired, this, &AlertLog::onMuteExpired);
    connect(
        &acknowledgements, &Acknowledgements::changed, this, &AlertLog::acknowledgementsChanged);
    connect(&acknowledgements, &Acknowledgements::readBackDone, this, &AlertLog::releaseHeldBack);
    emit acknowledgementsChanged();
    releaseHeldBack();
}

Acknowledgements& AlertLog::acknowledgements()
{
    return m_acknowledgements != nullptr ? *m_acknowledgements : m_ownAcknowledgements;
}

Acknowledgement AlertLog::acknowledge(const QString& subject, const QString& note)
{
    const Acknowledgement made = acknowledgements().acknowledge(subject, note);
    const QString message = note.isEmpty()
        ? tr("%1 acknowledged %2").arg(made.who, subject)
        : tr("%1 acknowledged %2: %3").arg(made.who, subject, note);
    record(Alert{made.when, Severity::Info, QString{AlertKind::Acknowledged}, subject, message});
    return made;
}

Acknowledgement AlertLog::mute(const QString& subject, const QString& note, const QDateTime& until)
{
    const Acknowledgement made = acknowledgements().mute(subject, note, until);
    const QString end = made.until.toString(Qt::ISODate);
    const QString message = note.isEmpty()
        ? tr("%1 muted %2 until %3").arg(made.who, subject, end)
        : tr("%1 muted %2 until %3: %4").arg(made.who, subject, end, note);
    record(Alert{made.when, Severity::Info, QString{AlertKind::Muted}, subject, message});
    return made;
}

void AlertLog::releaseHeldBack()
{
    if (acknowledgements().isReadingBack())
        return;
    for (const Alert& alert : std::exchange(m_heldBack, {})) {
        const QString key = alertKey(alert);
        if (key.isEmpty() || !acknowledgements().inForce(key))
            emit announced(alert);
    }
}

void AlertLog::onMuteExpired(const Acknowledgement& mute)
{
    const QDateTime at = acknowledgements().now();
    publish({Alert{at, Severity::Info, QString{AlertKind::MuteEnded}, mute.subject,
                tr("the mute of %1 by %2 ended").arg(mute.subject, mute.who)}},
        m_persistRules);
    const auto condition = m_conditions.constFind(mute.subject);
    if (condition == m_conditions.constEnd() || acknowledgements().inForce(mute.subject))
        return;
    Alert again = *condition;
    again.time = at;
    again.message = tr("still present after its mute ended: %1").arg(condition->message);
    emit announced(again);
}

void AlertLog::attach(LiveSessions& sessions)
{
    connect(&sessions, &LiveSessions::sourceEvent, this, &AlertLog::record, Qt::UniqueConnection);
    connect(&sessions, &LiveSessions::criticalSessions, this, &AlertLog::setCriticalSessions,
        Qt::UniqueConnection);
}

void AlertLog::restoreRecent(std::chrono::hours age)
{
    if (m_history == nullptr)
        return;
    const QDateTime to = Clock::current().nowUtc();
    const QDateTime from
        = to.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(age).count());
    // Only the events are wanted; one bucket keeps the series part of the read small.
    m_restoreRequest = m_history->requestRange(from, to, 1);
}

void AlertLog::addSample(const ActivitySample& sample, const std::optional<ServerFacts>& facts)
{
    publish(m_rules.addSample(sample, facts), m_persistRules);
}

void AlertLog::addFindings(const QList<Finding>& findings, const QDateTime& at)
{
    publish(m_rules.addFindings(findings, at), m_persistRules);
}

void AlertLog::setCriticalSessions(int count, const QDateTime& at)
{
    publish(m_rules.setCriticalSessions(count, at), m_persistRules);
}

void AlertLog::connectionLost(const QString& reason, const QDateTime& at)
{
    publish(m_rules.connectionLost(reason, at), m_target == nullptr);
}

void AlertLog::connectionRestored(const QDateTime& since, const QDateTime& at)
{
    publish(m_rules.connectionRestored(since, at), m_target == nullptr);
}

void AlertLog::record(const Alert& alert)
{
    publish({alert}, true);
}

void AlertLog::publish(const QList<Alert>& alerts, bool persist)
{
    for (const Alert& alert : alerts) {
        if (persist && m_history != nullptr)
            m_history->recordEvent(toHistoryEvent(alert));
        const QString key = alertKey(alert);
        // Asked before the condition clears: an acknowledgement covers its all-clear too.
        const bool silenced = !key.isEmpty() && acknowledgements().inForce(key).has_value();
        if (!key.isEmpty()) {
            if (clearsCondition(alert)) {
                m_conditions.remove(key);
                acknowledgements().conditionCleared(key, alert.time);
            } else {
                m_conditions.insert(key, alert);
            }
        }
        emit raised(alert);
        if (silenced || isUserAction(alert))
            continue;
        // After a restart, a mute read back a moment later must still silence this.
        if (acknowledgements().isReadingBack())
            m_heldBack << alert;
        else
            emit announced(alert);
    }
    const Severity now = m_rules.status();
    if (now != m_status) {
        m_status = now;
        emit statusChanged(now);
    }
}

HistoryEvent AlertLog::toHistoryEvent(const Alert& alert)
{
    return HistoryEvent{
        alert.time, alert.kind + QLatin1Char{'.'} + toString(alert.severity), alert.message};
}

Alert AlertLog::fromHistoryEvent(const HistoryEvent& event)
{
    Alert alert{event.time, Severity::Info, event.kind, {}, event.message};
    const qsizetype dot = event.kind.lastIndexOf(QLatin1Char{'.'});
    if (dot > 0) {
        if (const std::optional<Severity> severity
            = severityFromString(QStringView{event.kind}.mid(dot + 1))) {
            alert.kind = event.kind.left(dot);
            alert.severity = *severity;
            return alert;
        }
    }
    // Kinds written by others without a severity.
    if (event.kind == HistoryEventKind::Disconnected)
        alert.severity = Severity::Critical;
    return alert;
}

QList<Alert> AlertLog::fromHistoryEvents(const QList<HistoryEvent>& events)
{
    QList<Alert> alerts;
    alerts.reserve(events.size());
    bool down = false;
    for (const HistoryEvent& event : events) {
        if (event.kind == HistoryEventKind::Disconnected) {
            if (std::exchange(down, true))
                continue; // another failed attempt of the same outage
        } else if (event.kind == HistoryEventKind::Reconnected) {
            down = false;
        }
        alerts << fromHistoryEvent(event);
    }
    return alerts;
}

} // namespace opsdash
