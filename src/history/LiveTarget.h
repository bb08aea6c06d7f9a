#pragma once

#include "drift/LiveRules.h"
#include "history/HistoryStore.h"
#include "model/Baseline.h"
#include "model/Capacity.h"
#include "pg/ActivityMonitor.h"
#include "pg/PgConnection.h"

#include <QObject>

#include <optional>

namespace opsdash {

// One watched server with its memory: the monitor, the history file and the usage
// window, wired so a tick reads as one straight path — result → sample → history and
// window → sampled() for whoever shows it. Disconnections and reconnections go to the
// history as events, which is how charts know where the gaps are.
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
    const UsageWindow& window() const { return m_window; }
    std::optional<ServerFacts> serverFacts() const { return m_monitor->serverFacts(); }

    // Server, budget, capacity and live-behaviour findings as of now; empty until the
    // server answered.
    QList<Finding> findings() const;

signals:
    void sampled(const opsdash::ActivitySample& sample);
    void historyUnavailable(const opsdash::Error& error);

private:
    void onSample(const ActivitySample& sample);

    Baseline m_baseline;
    ActivityMonitor* m_monitor{nullptr};
    HistoryStore* m_history{nullptr};
    UsageWindow m_window;
    LiveRules m_rules;
    bool m_historyOpen{false};
};

} // namespace opsdash
