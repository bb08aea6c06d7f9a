#pragma once

#include "drift/LiveRules.h"
#include "history/HistoryStore.h"
#include "live/Acknowledgements.h"
#include "live/PoolMetricsPoller.h"
#include "model/Baseline.h"
#include "model/Capacity.h"
#include "model/ConnectionLimits.h"
#include "model/PgBouncer.h"
#include "model/PrometheusAccess.h"
#include "pg/ActivityMonitor.h"
#include "pg/PgBouncerMonitor.h"
#include "pg/PgConnection.h"

#include <QHash>
#include <QObject>

#include <array>
#include <chrono>
#include <optional>

namespace opsdash {

class PrometheusSource;
struct PrometheusReading;
struct SourceError;

// One watched server with its memory: the monitor, the history file, the usage window and
// the live rules, wired so a tick reads as one straight path — result → sample → history,
// window and rules → sampled(), then the findings computed once → findingsChanged() for
// whoever shows or judges them. Disconnections and reconnections go to the history as
// events, which is how charts know where the gaps are.
//
// In team mode (startPrometheus) the same signals come from Prometheus instead: samples with
// pool counts (no per-session rows), serve's server facts and findings, and ranges from
// query_range; no database connection is opened and no history file is written. Views read
// both the same way: sampled(), findingsChanged(), serverFactsRead(), requestRange().
class LiveTarget final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTarget)

public:
    explicit LiveTarget(const Baseline& baseline, QObject* parent = nullptr);
    ~LiveTarget() override;

    // historyPath empty: one file per target under the XDG data dir.
    // PgBouncer's admin console is watched when the baseline names one (pgbouncer.admin)
    // or setPgBouncerAdmin() did before start(); at the monitor's interval.
    void start(const ActivityMonitor::Options& options, const QString& historyPath = {});
    // Team mode: reads the target from Prometheus every interval; the monitor stays stopped.
    void startPrometheus(const PrometheusAccess& access, std::chrono::milliseconds interval);
    void stop();

    // The controls every view uses, whatever the target reads (its database or Prometheus).
    // Paused: no poll reaches the database or Prometheus (nor a Prometheus range) until
    // resumed; resuming polls at once.
    void setPaused(bool paused);
    bool isPaused() const;
    // The poll period from now on.
    void setInterval(std::chrono::milliseconds interval);
    void pollNow();

    // How the data source stands, for a dot and a word: not started or stopped by the user;
    // no answer yet; answering; lost (the database connection dropped, Prometheus fails, or
    // serve reports the target down: opsdash_up 0).
    enum class Link { Stopped, Connecting, Live, Lost };
    Q_ENUM(Link)
    Link link() const;
    // Why the link is Lost, in a few words: "disconnected", "Prometheus timeout",
    // "Prometheus HTTP 503", "target down (opsdash_up 0)", …; empty otherwise.
    QString linkProblem() const;
    // A pool's budget: as serve exports it (opsdash_pool_budget_connections) in team mode
    // once read, else the baseline's.
    int poolBudget(const PoolSpec& pool) const;

    // A profile's (or serve's config's) PgBouncer admin conninfo; overrides the baseline's,
    // empty keeps it. `parameters` are applied after it (serve's password file).
    void setPgBouncerAdmin(const QString& conninfo, const ConnectionParameters& parameters = {});
    // A target's own app metrics URLs (pool id → URL) in place of the baseline's, before
    // start(): the pools' pollers read them (Baseline::overrideMetricsUrls).
    void setPoolMetricsUrls(const QMap<QString, QString>& urls, MetricsUrlOrigin origin);

    PgBouncerMonitor& pgbouncerMonitor() { return *m_pgbouncer; }
    const PgBouncerMonitor& pgbouncerMonitor() const { return *m_pgbouncer; }
    // The latest admin console poll and the backends PgBouncer owns; no sample without one.
    const PgBouncerWatch& pgbouncer() const { return m_pgbouncerWatch; }
    bool watchesPgBouncer() const { return !m_pgbouncerAdmin.isEmpty(); }

    // Null unless in team mode.
    PrometheusSource* prometheus() const { return m_prometheus; }
    // Where the data comes from, for the status bar: "Prometheus http://… (target eu)";
    // empty for a database target (the monitor names its server).
    QString dataSource() const;
    // The poll interval in force (the monitor's, or the Prometheus source's).
    std::chrono::milliseconds interval() const;
    // Reads [from, to] decimated to about `columns` points from the history file, or from
    // Prometheus in team mode; ends in rangeReady(id, …) or rangeFailed(id, …).
    quint64 requestRange(const QDateTime& from, const QDateTime& to, int columns);
    // Login sessions by level (ok, warn, critical) as serve counts them; team mode only.
    std::optional<std::array<int, 3>> loginSessions() const { return m_loginSessions; }

    ActivityMonitor& monitor() { return *m_monitor; }
    const ActivityMonitor& monitor() const { return *m_monitor; }
    HistoryStore& history() { return *m_history; }
    // The user's acknowledgements and mutes on this target, kept in its history.
    Acknowledgements& acknowledgements() { return *m_acknowledgements; }
    const UsageWindow& window() const { return m_window; }
    // The roles and databases the pools connect as, for their connection limits.
    const ConnectionLimits& connectionLimits() const { return m_limits; }
    std::optional<ServerFacts> serverFacts() const;

    // One per pool whose baseline entry names a metricsUrl: its application's own statistics,
    // read on the poll interval from start() to stop().
    const QList<PoolMetricsPoller*>& poolMetrics() const { return m_poolMetrics; }
    const PoolMetricsPoller* poolMetrics(QStringView pool) const;

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
    // The server's limits, read on connect (or from serve's pg_settings series).
    void serverFactsRead(const opsdash::ServerFacts& facts);
    void rangeReady(quint64 id, const opsdash::HistoryRange& range);
    void rangeFailed(quint64 id, const opsdash::Error& error);
    // Team mode: Prometheus answered again, or failed (its named error).
    void sourceChanged();
    // A pool's application metrics were read, or could not be (poolMetrics()).
    void poolMetricsUpdated(const QString& pool);
    // After each PgBouncer poll (or its failure): pgbouncer() holds the news.
    void pgbouncerChanged();

private:
    void onSample(const ActivitySample& polled);
    void onReading(const PrometheusReading& reading);
    QList<Finding> evaluate() const;
    QList<Finding> poolMetricsFindings() const;
    void makePoolMetricsPollers();

    Baseline m_baseline;
    ActivityMonitor* m_monitor{nullptr};
    HistoryStore* m_history{nullptr};
    Acknowledgements* m_acknowledgements{nullptr};
    UsageWindow m_window;
    LiveRules m_rules;
    ConnectionLimits m_limits;
    QList<PoolMetricsPoller*> m_poolMetrics;
    PgBouncerMonitor* m_pgbouncer{nullptr};
    PgBouncerWatch m_pgbouncerWatch;
    QString m_pgbouncerAdmin;
    ConnectionParameters m_pgbouncerParameters;
    QList<Finding> m_findings;
    bool m_historyOpen{false};
    PrometheusSource* m_prometheus{nullptr};
    std::optional<ServerFacts> m_prometheusFacts;
    std::optional<std::array<int, 3>> m_loginSessions;
    QHash<QString, int> m_prometheusBudgets;
    bool m_prometheusUp{false};
};

} // namespace opsdash
