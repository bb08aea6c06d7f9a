#pragma once

#include "model/Activity.h"
#include "model/Alert.h"
#include "model/Baseline.h"
#include "model/Finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace opsdash {

// Turns what the monitor observes into alerts: a pool or the server's capacity crossing the
// baseline's warn/critical thresholds, a finding changing status, login sessions entering
// critical, the connection going down and coming back. Pure logic, fed by the caller; each
// call returns the alerts it raised (usually none).
//
// Hysteresis, so that a value hovering at a threshold raises one alert, not one per tick:
// a level is entered as soon as the value reaches its threshold, but left only once the
// value stayed below the threshold minus a margin for several consecutive samples.
class AlertRules final
{
    Q_DECLARE_TR_FUNCTIONS(AlertRules)

public:
    struct Options
    {
        // Percentage points under a threshold the value must fall to leave that level.
        double clearMarginPercent{5.0};
        // Consecutive samples (or session updates) below the margin before a level is left.
        int clearSamples{3};
    };

    explicit AlertRules(const Baseline& baseline);
    AlertRules(const Baseline& baseline, Options options);

    // Per-pool thresholds (pools with a budget) and, once the server's facts are known,
    // client sessions against the usable slots.
    QList<Alert> addSample(const ActivitySample& sample, const std::optional<ServerFacts>& facts);
    // A new evaluation of the checks: an alert for each check whose status changed since
    // the previous one (pass ↔ not-checked is not news). The first evaluation only records.
    QList<Alert> addFindings(const QList<Finding>& findings, const QDateTime& at);
    // Login sessions within the baseline's critical window, counted by the sessions panel.
    QList<Alert> setCriticalSessions(int count, const QDateTime& at);
    // Every failed attempt may be reported; only the first after being up raises an alert.
    QList<Alert> connectionLost(const QString& reason, const QDateTime& at);
    QList<Alert> connectionRestored(const QDateTime& since, const QDateTime& at);

    // The worst of everything currently raised: what the tray icon shows.
    Severity status() const;
    // One line per raised condition, worst first, for a tooltip.
    QStringList statusReasons() const;
    const Options& options() const { return m_options; }

private:
    struct Gauge
    {
        Severity level{Severity::Info};
        int calmSamples{0};
        QString reason; // while raised
    };

    std::optional<Severity> step(Gauge& gauge, double percent) const;
    Alert levelAlert(const QDateTime& at, const QString& kind, const QString& subject,
        const QString& what, Severity from, Severity to, double percent) const;

    Baseline m_baseline;
    Options m_options;
    QHash<QString, Gauge> m_pools;
    Gauge m_capacity;
    QHash<QString, CheckStatus> m_findings;
    QStringList m_failingChecks;
    bool m_sessionsCritical{false};
    int m_calmSessionUpdates{0};
    int m_criticalSessions{0};
    bool m_connectionDown{false};
    QString m_downReason;
};

} // namespace opsdash
