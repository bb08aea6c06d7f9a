#pragma once

#include "history/HistoryTypes.h"
#include "model/Activity.h"
#include "model/Alert.h"
#include "model/Baseline.h"
#include "model/Profile.h"
#include "model/TargetOptions.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <deque>

namespace opsdash {

class AlertLog;
class LiveSessions;
class LiveTarget;
class ProfileSecrets;
class ProfileStore;

// One target of the fleet: its own engine (LiveTarget: one backend, its own history), its
// own login sessions (read through that backend when they come from the sessions table)
// and its own alerts, written to its history. The last 15 minutes of client sessions are
// kept for a sparkline. A team-mode target (a Prometheus profile) reads all of it from
// Prometheus: its login sessions are serve's counts by level, and its sparkline starts from
// a query_range of the last 15 minutes.
class WatchedTarget final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchedTarget)

public:
    struct Point
    {
        QDateTime at; // the sample's observedAt()
        int sessions{0}; // client sessions, opsdash's own included
    };
    static constexpr qint64 kRecentSeconds{15 * 60};
    // The sparkline read from Prometheus: a point per 5 s at most (the scrape interval if longer).
    static constexpr int kRecentColumns{180};

    WatchedTarget(const Baseline& baseline, const QString& name, const TargetOptions& options,
        QObject* parent = nullptr);
    ~WatchedTarget() override;

    QString name() const { return m_name; }
    const TargetOptions& options() const { return m_options; }
    LiveTarget& target() const { return *m_target; }
    LiveSessions& sessions() const { return *m_sessions; }
    AlertLog& alerts() const { return *m_alerts; }

    // Starts polling at the options' interval (history file per target, as the window does).
    void start();
    void stop();

    const std::deque<Point>& recent() const { return m_recent; }
    QDateTime lastPollAt() const { return m_lastPollAt; } // desktop clock, UTC; none yet: null
    const QList<PoolUsage>& pools() const { return m_pools; } // as of the last poll
    // The worst of the alerts' status, a lost connection and a failing check.
    Severity severity() const;
    int failingChecks() const;

signals:
    void changed();

private:
    void onSampled(const ActivitySample& sample);
    void onRecentRange(quint64 id, const HistoryRange& range);

    QString m_name;
    TargetOptions m_options;
    LiveTarget* m_target;
    LiveSessions* m_sessions;
    AlertLog* m_alerts;
    std::deque<Point> m_recent;
    QList<PoolUsage> m_pools;
    QDateTime m_lastPollAt;
    quint64 m_recentRange{0}; // the range read for the sparkline, until it answers
};

// Every saved target watched at once (the overview and the tray): one WatchedTarget per
// profile, each started as soon as its secrets are read.
class TargetFleet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetFleet)

public:
    explicit TargetFleet(const Baseline& baseline, QObject* parent = nullptr);
    ~TargetFleet() override;

    // Reads each profile's secrets (asynchronously) and watches it; profiles already
    // watched are left alone, and targets whose profile is gone are forgotten (but the one
    // whose engine is `inUse`, shown elsewhere until it is switched away from).
    void watchProfiles(const ProfileStore& store, const LiveTarget* inUse = nullptr);
    // Watches a target under a name (a profile's, or the command line's); the same name
    // again returns the one already watched.
    WatchedTarget* watch(const QString& name, const TargetOptions& options);
    // Stops and forgets one target (a removed profile).
    void forget(const QString& name);
    void stopAll();

    const QList<WatchedTarget*>& targets() const { return m_targets; }
    WatchedTarget* find(const QString& name) const;
    // The worst severity across the fleet (Info when empty).
    Severity worstSeverity() const;

signals:
    void added(opsdash::WatchedTarget* target);
    void removed(const QString& name);
    // Something one target shows changed: a poll, its alerts, its sessions.
    void changed(opsdash::WatchedTarget* target);
    // An alert of one target for a notification that names it (AlertLog::announced()).
    void announced(opsdash::WatchedTarget* target, const opsdash::Alert& alert);
    void notice(const QString& text);

private:
    Baseline m_baseline;
    ProfileSecrets* m_secrets;
    QList<WatchedTarget*> m_targets;
    QHash<QString, Profile> m_loading; // profiles whose secrets are being read
    QStringList m_told;
};

} // namespace opsdash
