#pragma once

#include "model/Activity.h"
#include "model/Baseline.h"
#include "model/Capacity.h"
#include "model/PoolStatistics.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QLabel;

#include <memory>

namespace Ui {
class PoolBudgetPanel;
}

namespace opsdash {

class ConnectionLimits;
class LiveTarget;
class PgBouncerWatch;
class PoolBar;

// Every pool against its budget, the server's usable slots, and the over-commit badge.
// Three states: waiting for data, data (fresh), data kept but stale while disconnected.
class PoolBudgetPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolBudgetPanel)

public:
    explicit PoolBudgetPanel(const Baseline& baseline, QWidget* parent = nullptr);
    ~PoolBudgetPanel() override;

    // Follows `target` (null: none): its polls, its server's limits, its disconnections.
    void setTarget(opsdash::LiveTarget* target);

    void showWaiting(const QString& message);
    void showDisconnected(const QString& message);
    void showServerFacts(const ServerFacts& facts);
    void showUsage(const ActivitySample& sample, const UsageWindow& window);
    // Paused or disconnected: the bars, the over-commit badge and the capacity line greyed.
    void setStale(bool stale);
    // When the data shown was polled (invalid: none yet).
    QDateTime lastPollAt() const { return m_lastPollAt; }
    // Marks each pool's role or database connection limit (with the server's facts).
    void showLimits(const ConnectionLimits& limits);
    // One line under the pool's bar: in use / idle / open against the budget, the waits per
    // second and the average wait of the latest poll window; greyed with the error when stale.
    void showPoolStatistics(const PoolStatistics& statistics);

    // For tests: the line of a pool's application statistics, or nullptr (no metricsUrl).
    const QLabel* statisticsLine(const QString& pool) const;

    // PgBouncer's pools (cl_active, cl_waiting, sv_active, sv_idle, maxwait), its pool sizes
    // against the usable slots and the backends it owns; `state` when it cannot be read.
    // Hidden for a target without PgBouncer (watched false).
    void showPgBouncer(bool watched, const PgBouncerWatch& watch, const QString& state);

    // For tests and screenshots: the bar of one pool, or nullptr.
    const PoolBar* bar(const QString& pool) const;

private:
    PoolBar* barFor(const QString& pool);
    QLabel* statisticsLineFor(const QString& pool);

    std::unique_ptr<Ui::PoolBudgetPanel> m_ui;
    Baseline m_baseline;
    QList<PoolBar*> m_bars;
    QHash<QString, QLabel*> m_statisticsLines; // pool → line, for pools with a metricsUrl
    std::optional<ServerFacts> m_facts;
    bool m_hasData{false};
    bool m_stale{false};
    QDateTime m_lastPollAt; // of the data shown
    QPointer<LiveTarget> m_target;
};

} // namespace opsdash
