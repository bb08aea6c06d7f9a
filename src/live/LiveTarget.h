#pragma once

#include "drift/LiveRules.h"
#include "history/HistoryStore.h"
#include "live/Acknowledgements.h"
#include "model/Baseline.h"
#include "model/Capacity.h"
#include "model/ConnectionLimits.h"
#include "pg/ActivityMonitor.h"
#include "pg/PgConnection.h"

#include <QObject>

#include <optional>

namespace opsdash {

// One watched server with its memory: the monitor, the history file, the usage window and
// the live rules, wired so a tick reads as one straight path — result → sample → history,
// window and rules → sampled(), then the findings computed once → findingsChanged() for
// whoever shows or judges them. Disconnections and reconnections go to the history as
// events, which is how charts know where the gaps are.
class LiveTarget final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTarget)

public:
    explicit LiveTarget(const Baseline& baseline, QObject* parent = nullptr);
    ~LiveTarget() override;

    // historyPath empty: one file per target under the XDG data dir.
    void start(const ActivityMonitor::Options& options, const QString& historyPath = {});
    void stop();

    ActivityMonitor& monitor() { return *m_monitor; }
    const ActivityMonitor& monitor() const { return *m_monitor; }
    HistoryStore& history() { return *m_history; }
    // The user's acknowledgements and mutes on this target, kept in its history.
    Acknowledgements& acknowledgements() { return *m_acknowledgements; }
    const UsageWindow& window() const { return m_window; }
    // The roles and databases the pools connect as, for their connection limits.
    const ConnectionLimits& connectionLimits() const { return m_limits; }
    std::optional<ServerFacts> serverFacts() const { return m_monitor->serverFacts(); }

    // Server, budget, capacity and live-behaviour findings as of the latest sample (computed
    // once per tick); empty until the server answered.
    const QList<Finding>& findings() const { return m_findings; }
    // The client sessions the server leaves to ordinary roles; 0 until its facts are read.
    int usableSlots() const;

    // The wording of a lost and a regained connection, for every log that records them
    // (history, evidence, `opsdash probe`).
    static QString disconnectedText(const QString& reason, const QDateTime& retryAt);
    static QString reconnectedText(const QDateTime& since);

signals:
    void sampled(const opsdash::ActivitySample& sample);
    // After each sample's sampled(): the findings() of that tick.
    void findingsChanged(const QList<opsdash::Finding>& findings);
    void historyUnavailable(const opsdash::Error& error);

private:
    void onSample(const ActivitySample& sample);
    QList<Finding> evaluate() const;

    Baseline m_baseline;
    ActivityMonitor* m_monitor{nullptr};
    HistoryStore* m_history{nullptr};
    Acknowledgements* m_acknowledgements{nullptr};
    UsageWindow m_window;
    LiveRules m_rules;
    ConnectionLimits m_limits;
    QList<Finding> m_findings;
    bool m_historyOpen{false};
};

} // namespace opsdash
