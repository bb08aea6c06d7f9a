#pragma once

#include "model/Baseline.h"
#include "model/ConnectionParameters.h"
#include "model/Result.h"
#include "serve/Exposition.h"

#include <QDateTime>
#include <QObject>

#include <chrono>

namespace opsdash {

class AlertLog;
class EventLog;
class LiveSessions;
class LiveTarget;

// One target of `opsdash serve`, as the config file (or --db) describes it.
struct ServeTargetConfig final
{
    QString name; // the `target` label; unique in a config
    QString conninfo; // a conninfo string, a URI or "service=NAME"
    ConnectionParameters parameters; // a saved profile's fields, applied after conninfo
    QString baselinePath; // empty: the built-in baseline
    QString historyPath; // empty: one file per target under the XDG data dir
    QString passwordFile; // empty: libpq's own (PGPASSFILE, .pgpass, pg_service.conf)
    // Login sessions (LiveSessions): the admin endpoint's base URL, or the baseline's
    // sessions table through the monitoring connection; the canary's base URL.
    QString sessionsUrl;
    bool sessionsTable{false};
    QString canaryUrl;
    // A checkout of the monorepo for the source plane (SourceChecks, as `opsdash verify`);
    // empty: no source checks.
    QString checkout;
    std::chrono::seconds interval{std::chrono::seconds{2}};
    // PgBouncer in front: its admin console (conninfo to the `pgbouncer` database), and a
    // password file read as passwordFile is; empty conninfo: the baseline's, if any.
    QString pgbouncerConninfo;
    QString pgbouncerPasswordFile;
    // Pool id → the application's /metrics URL in place of the baseline's pools[].metricsUrl.
    QMap<QString, QString> poolMetricsUrls;
    MetricsUrlOrigin poolMetricsOrigin{MetricsUrlOrigin::ServeConfig};

    friend bool operator==(const ServeTargetConfig&, const ServeTargetConfig&) = default;
};

// A watched target with the same engine the window runs (LiveTarget: one backend, its own
// history file; LiveSessions: the login sessions; AlertLog: its own alert evaluation,
// written to that history), and the copy of its state that /metrics renders. This class is
// the one place `serve` creates an engine.
class ServeTarget final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServeTarget)

public:
    // The baseline is loaded by the caller (a config with a bad one does not start).
    ServeTarget(const ServeTargetConfig& config, const Baseline& baseline, EventLog& log,
        QObject* parent = nullptr);
    ~ServeTarget() override;

    // password: from the config's passwordFile, already read; empty for libpq's own.
    // pgbouncerPassword likewise, from pgbouncer.passwordFile.
    void start(const QByteArray& password = {}, const QByteArray& pgbouncerPassword = {});
    // Stops polling and flushes the history.
    void stop();
    // Runs the source checks on the config's checkout (at start and on SIGHUP, not on
    // every poll: a checkout changes with a deploy, not within seconds); nothing without
    // one. Synchronous: a checkout of the size the baseline names takes milliseconds.
    void checkSources();

    const ServeTargetConfig& config() const { return m_config; }
    // The engine itself, for what drives it without a server (bench_serve_memory).
    LiveTarget& engine() { return *m_live; }
    const TargetMetrics& metrics() const { return m_metrics; }
    int backendPid() const;
    // No poll answered within three intervals (since the last one, or since start).
    bool isLate(const QDateTime& now) const;
    QDateTime lastPoll() const { return m_lastPoll; }

private:
    ServeTargetConfig m_config;
    Baseline m_baseline;
    EventLog& m_log;
    void updateLoginSessions();
    void updateFindings();

    LiveTarget* m_live{nullptr};
    LiveSessions* m_sessions{nullptr};
    AlertLog* m_alerts{nullptr};
    QList<Finding> m_targetFindings;
    QList<Finding> m_sessionFindings;
    QList<Finding> m_sourceFindings;
    TargetMetrics m_metrics;
    QDateTime m_started;
    QDateTime m_lastPoll;
};

} // namespace opsdash
