#include "TargetFleet.h"

#include "clock/Clock.h"
#include "live/AlertLog.h"
#include "live/LiveSessions.h"
#include "live/LiveTarget.h"
#include "secrets/ProfileSecrets.h"
#include "secrets/ProfileStore.h"

#include <algorithm>

namespace opsdash {

WatchedTarget::WatchedTarget(
    const Baseline& baseline, const QString& name, const TargetOptions& options, QObject* parent)
    : QObject{parent}
    , m_name{name}
    , m_options{options}
    , m_target{new LiveTarget{baseline, this}}
    , m_sessions{new LiveSessions{baseline, this}}
    , m_alerts{new AlertLog{baseline, this}}
{
    m_target->setPoolMetricsUrls(options.poolMetricsUrls, MetricsUrlOrigin::Profile);
    m_alerts->attach(*m_target);
    m_alerts->attach(*m_sessions);
    connect(m_target, &LiveTarget::sampled, this,
        [this](const ActivitySample& sample) { onSampled(sample); });
    connect(&m_target->monitor(), &ActivityMonitor::stateChanged, this, &WatchedTarget::changed);
    connect(m_target, &LiveTarget::sourceChanged, this, &WatchedTarget::changed);
    connect(m_target, &LiveTarget::rangeReady, this, &WatchedTarget::onRecentRange);
    connect(m_target, &LiveTarget::rangeFailed, this, [this](quint64 id) {
        if (id == m_recentRange)
            m_recentRange = 0; // the polls fill the sparkline from now on
    });
    connect(m_target, &LiveTarget::findingsChanged, this, &WatchedTarget::changed);
    connect(m_alerts, &AlertLog::statusChanged, this, &WatchedTarget::changed);
    connect(m_sessions, &LiveSessions::changed, this, &WatchedTarget::changed);
}

WatchedTarget::~WatchedTarget() = default;

void WatchedTarget::start()
{
    // A team-mode profile names no database: Prometheus only, never libpq's defaults.
    if (m_options.prometheus.isSet()) {
        m_target->startPrometheus(m_options.prometheus, m_options.interval);
        m_sessions->followPrometheus(*m_target);
        // Prometheus keeps what came before this window: the sparkline starts full.
        const QDateTime now = Clock::current().nowUtc();
        m_recentRange = m_target->requestRange(now.addSecs(-kRecentSeconds), now, kRecentColumns);
        return;
    }
    ActivityMonitor::Options options;
    options.conninfo = m_options.conninfo.toUtf8();
    options.parameters = m_options.connectionParameters;
    options.interval = m_options.interval;
    m_target->setPgBouncerAdmin(m_options.pgbouncerAdmin);
    m_target->start(options);
    // After the monitor: the sessions table rides on its connection.
    m_sessions->start(m_options, &m_target->monitor());
}

void WatchedTarget::stop()
{
    m_sessions->stop();
    m_target->stop();
}

void WatchedTarget::onSampled(const ActivitySample& sample)
{
    m_lastPollAt = Clock::current().nowUtc();
    m_pools = sample.pools;
    const QDateTime observedAt = sample.observedAt();
    m_recent.push_back(Point{observedAt, sample.clientSessions()});
    const QDateTime oldest = observedAt.addSecs(-kRecentSeconds);
    while (!m_recent.empty() && m_recent.front().at < oldest)
        m_recent.pop_front();
    emit changed();
}

void WatchedTarget::onRecentRange(quint64 id, const HistoryRange& range)
{
    if (id != m_recentRange)
        return; // the chart's
    m_recentRange = 0;
    // Before the polls that came meanwhile, which are newer.
    std::deque<Point> read;
    const QDateTime first = m_recent.empty() ? QDateTime{} : m_recent.front().at;
    for (const HistoryPoint& point : range.sessions.points) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(point.time, Qt::UTC);
        if (first.isValid() && at >= first)
            break;
        read.push_back(Point{at, qRound(point.max)});
    }
    m_recent.insert(m_recent.begin(), read.cbegin(), read.cend());
    emit changed();
}

Severity WatchedTarget::severity() const
{
    if (m_target->link() == LiveTarget::Link::Lost)
        return Severity::Critical;
    return m_alerts->status();
}

int WatchedTarget::failingChecks() const
{
    const QList<Finding>& findings = m_target->findings();
    return static_cast<int>(std::count_if(findings.cbegin(), findings.cend(),
        [](const Finding& finding) { return finding.status == CheckStatus::Fail; }));
}

TargetFleet::TargetFleet(const Baseline& baseline, QObject* parent)
    : QObject{parent}
    , m_baseline{baseline}
    , m_secrets{new ProfileSecrets{this}}
{
    connect(m_secrets, &ProfileSecrets::loaded, this,
        [this](const QString& name, const ProfileSecrets::Secrets& secrets,
            const QStringList& notices) {
            for (const QString& text : notices) {
                if (!m_told.contains(text)) {
                    m_told << text;
                    emit notice(text);
                }
            }
            if (!m_loading.contains(name))
                return; // forgotten meanwhile
            const Profile profile = m_loading.take(name);
            if (find(name) == nullptr)
                watch(name, ProfileSecrets::targetOptions(profile, secrets));
        });
}

TargetFleet::~TargetFleet()
{
    stopAll();
}

void TargetFleet::watchProfiles(const ProfileStore& store, const LiveTarget* inUse)
{
    const QStringList names = store.names();
    for (const WatchedTarget* watched : QList<WatchedTarget*>{m_targets}) {
        if (!names.contains(watched->name()) && &watched->target() != inUse)
            forget(watched->name());
    }
    for (const QString& name : names) {
        if (find(name) != nullptr || m_loading.contains(name))
            continue;
        if (const std::optional<Profile> profile = store.load(name)) {
            m_loading.insert(name, *profile);
            m_secrets->load(*profile);
        }
    }
}

WatchedTarget* TargetFleet::watch(const QString& name, const TargetOptions& options)
{
    if (WatchedTarget* known = find(name))
        return known;
    auto* watched = new WatchedTarget{m_baseline, name, options, this};
    m_targets.append(watched);
    connect(watched, &WatchedTarget::changed, this, [this, watched] { emit changed(watched); });
    connect(&watched->alerts(), &AlertLog::announced, this,
        [this, watched](const Alert& alert) { emit announced(watched, alert); });
    watched->start();
    emit added(watched);
    return watched;
}

void TargetFleet::forget(const QString& name)
{
    m_loading.remove(name);
    WatchedTarget* watched = find(name);
    if (watched == nullptr)
        return;
    m_targets.removeOne(watched);
    watched->stop();
    watched->deleteLater();
    emit removed(name);
}

void TargetFleet::stopAll()
{
    for (WatchedTarget* watched : std::as_const(m_targets))
        watched->stop();
}

WatchedTarget* TargetFleet::find(const QString& name) const
{
    const auto it = std::find_if(m_targets.cbegin(), m_targets.cend(),
        [&name](const WatchedTarget* watched) { return watched->name() == name; });
    return it != m_targets.cend() ? *it : nullptr;
}

Severity TargetFleet::worstSeverity() const
{
    Severity worst = Severity::Info;
    for (const WatchedTarget* watched : m_targets)
        worst = std::max(worst, watched->severity());
    return worst;
}

} // namespace opsdash
