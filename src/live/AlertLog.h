#pragma once

#include "history/HistoryTypes.h"
#include "live/Acknowledgements.h"
#include "live/AlertRules.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>

namespace opsdash {

class HistoryStore;
class LiveSessions;
class LiveTarget;

// The alerts of one target: AlertRules fed by the engine — the target's ticks, connection
// changes and findings (LiveTarget), its login sessions' critical count and source failures
// (LiveSessions) — every alert written to the target's history (events table) and announced
// with raised(). No view feeds it. Usable without a target too (nothing persisted).
//
// The events table has no severity column; an alert's severity rides in the stored kind as
// "<kind>.<severity>" ("threshold.warning"), which older readers still show as text.
// Disconnections and reconnections are stored by LiveTarget itself (one per attempt, for
// the charts' gaps); they are read back as one event per outage.
//
// Every alert is raised(); announced() only those that deserve a desktop notification: not
// one whose condition is acknowledged or muted (the target's Acknowledgements). When a mute
// ends while its condition is still raised, the condition is announced() again.
class AlertLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertLog)

public:
    explicit AlertLog(const Baseline& baseline, QObject* parent = nullptr);
    AlertLog(const Baseline& baseline, AlertRules::Options options, QObject* parent = nullptr);
    ~AlertLog() override;

    // Who writes the rules' alerts to the target's history: this log (Everything), or
    // another log following the same target (the overview's), so that this one writes only
    // what the user did (record()) and every alert is stored once.
    enum class Persist { Everything, UserActionsOnly };

    // Follows the target's samples, connection and findings; writes to its history.
    void attach(LiveTarget& target, Persist persist = Persist::Everything);
    // Stops following the attached target (which may live on, watched elsewhere).
    void detach();
    // Follows the login sessions' critical count and their source's failures and recoveries
    // (once; it outlives targets in the window). Written to the attached target's history.
    void attach(LiveSessions& sessions);
    // Reads back the events of the last `age` from the attached target's history:
    // restored() with them, oldest first.
    void restoreRecent(std::chrono::hours age = std::chrono::hours{24});

    void addSample(const ActivitySample& sample, const std::optional<ServerFacts>& facts);
    void addFindings(const QList<Finding>& findings, const QDateTime& at);
    void setCriticalSessions(int count, const QDateTime& at);
    void connectionLost(const QString& reason, const QDateTime& at);
    void connectionRestored(const QDateTime& since, const QDateTime& at);
    // Something the user did (cancel, terminate, an annotation): written and raised as is.
    void record(const Alert& alert);

    // The attached target's acknowledgements (this log's own, unpersisted, without one).
    Acknowledgements& acknowledgements();
    // Acknowledges a condition (alertKey()) or a check until it clears, or mutes it until a
    // time: recorded, and listed as an event.
    Acknowledgement acknowledge(const QString& subject, const QString& note);
    Acknowledgement mute(const QString& subject, const QString& note, const QDateTime& until);
    // The conditions raised now, by alertKey(): the alert that raised each (latest level).
    const QHash<QString, Alert>& conditions() const { return m_conditions; }

    Severity status() const { return m_rules.status(); }
    QStringList statusReasons() const { return m_rules.statusReasons(); }

    static HistoryEvent toHistoryEvent(const Alert& alert);
    static Alert fromHistoryEvent(const HistoryEvent& event);
    // History events as the events panel lists them: one event per outage, not per attempt.
    static QList<Alert> fromHistoryEvents(const QList<HistoryEvent>& events);

signals:
    void raised(const opsdash::Alert& alert);
    // An alert for a desktop notification: raised and not acknowledged or muted, or a
    // condition still raised when its mute ended.
    void announced(const opsdash::Alert& alert);
    // acknowledgements() changed, or is another target's now.
    void acknowledgementsChanged();
    void restored(const QList<opsdash::Alert>& alerts);
    void statusChanged(opsdash::Severity status);

private:
    void publish(const QList<Alert>& alerts, bool persist);
    void onMuteExpired(const Acknowledgement& mute);
    void releaseHeldBack();
    void followAcknowledgements(Acknowledgements& acknowledgements);

    AlertRules m_rules;
    Acknowledgements m_ownAcknowledgements{nullptr};
    QPointer<Acknowledgements> m_acknowledgements;
    QHash<QString, Alert> m_conditions;
    // Raised while the target's acknowledgements were still being read back: announced once
    // they are known, unless one silences them.
    QList<Alert> m_heldBack;
    // Guarded: a target may go before the next attach() or detach().
    QPointer<LiveTarget> m_target;
    QPointer<HistoryStore> m_history;
    quint64 m_restoreRequest{0};
    bool m_persistRules{true};
    QDateTime m_lastFindings;
    QDateTime m_lastSampleAt; // the latest sample's observedAt()
    Severity m_status{Severity::Info};
};

} // namespace opsdash
