#include "LiveSessions.h"

#include "clock/Clock.h"
#include "clock/ClockTimer.h"
#include "live/LiveLogging.h"
#include "live/LiveTarget.h"
#include "pg/ActivityMonitor.h"
#include "prom/PrometheusSource.h"
#include "sessions/AdminEndpointSource.h"
#include "sessions/CanarySource.h"
#include "sessions/HttpFetch.h"
#include "sessions/LoginSessionSource.h"
#include "sessions/SessionsTableSource.h"

#include <QUrl>

namespace opsdash {

namespace {

constexpr const char* TokenVariable{SecretStore::kSessionsTokenVariable};
constexpr const char* CookieVariable{SecretStore::kCanaryCookieVariable};

QString sourceKindName(LiveSessions::SourceKind kind)
{
    switch (kind) {
    case LiveSessions::SourceKind::AdminEndpoint:
        return QStringLiteral("admin-endpoint");
    case LiveSessions::SourceKind::SessionsTable:
        return QStringLiteral("sessions-table");
    case LiveSessions::SourceKind::Prometheus:
        return QStringLiteral("prometheus");
    case LiveSessions::SourceKind::None:
    case LiveSessions::SourceKind::Other:
        break;
    }
    return {};
}

// One keychain (or environment) lookup, answered from the event loop: the caller never
// waits on the keychain. `answer` runs unless `alive` says the request is out of date.
template<typename Alive, typename Answer>
void lookupSecret(
    QObject* owner, const QString& key, const char* variable, Alive alive, Answer answer)
{
    auto* store = new SecretStore{owner};
    QObject::connect(store, &SecretStore::lookedUp, owner,
        [store, alive, answer](const QString&, const SecretStore::Lookup& lookup) mutable {
            store->deleteLater();
            if (alive())
                answer(lookup);
        });
    store->lookup(key, QByteArray{variable});
}

} // namespace

LiveSessions::LiveSessions(const Baseline& baseline, QObject* parent)
    : QObject{parent}
    , m_baseline{baseline}
    , m_countdown{new ClockTimer{this}}
{
    qRegisterMetaType<Outcome>();
    qRegisterMetaType<Alert>();
    m_countdown->setInterval(1000);
    connect(m_countdown, &ClockTimer::timeout, this, &LiveSessions::countCritical);
}

LiveSessions::~LiveSessions() = default;

// --- watching ---------------------------------------------------------------------------

void LiveSessions::start(const TargetOptions& options, ActivityMonitor* monitor)
{
    // The sessions table reads through the target's monitor: one backend per target.
    SessionSourcePlan plan = SessionSourcePlan::forTarget(options, monitor != nullptr);
    const bool builtInBaseline
        = m_baseline.sourcePath.isEmpty() || m_baseline.sourcePath.startsWith(u':');
    m_tableImplied = plan.sessions == SessionSourcePlan::Sessions::SessionsTable
        && options.profile.isEmpty() && builtInBaseline;
    if (m_baseline.session.strategy == SessionSpec::Strategy::Jwt) {
        showNotApplicable(tr("The baseline says session.strategy is \"jwt\": JWT sessions "
                             "leave nothing on the server to list, so server-side session "
                             "monitoring does not apply. The canary still checks maxAge."));
        plan.sessions = SessionSourcePlan::Sessions::None;
    }
    switch (plan.sessions) {
    case SessionSourcePlan::Sessions::AdminEndpoint:
        startAdminEndpoint(plan.adminUrl);
        break;
    case SessionSourcePlan::Sessions::SessionsTable:
        startSessionsTable(*monitor);
        break;
    case SessionSourcePlan::Sessions::None:
        if (m_state != State::NotApplicable)
            showNoSource();
        break;
    }
    if (plan.canaryUrl.isEmpty())
        stopCanary();
    else
        startCanary(plan.canaryUrl);
}

void LiveSessions::stop()
{
    showNoSource();
    stopCanary();
}

void LiveSessions::setSourceStrategy(const QString& strategy)
{
    if (strategy != QLatin1String{"jwt"} || m_state == State::NotApplicable)
        return;
    showNotApplicable(tr("The checked source sets session.strategy to \"jwt\": JWT sessions "
                         "leave nothing on the server to list, so server-side session "
                         "monitoring does not apply. The canary still checks maxAge."));
}

void LiveSessions::showNotApplicable(const QString& reason)
{
    showNoSource();
    m_notWatchedReason = reason;
    setState(State::NotApplicable);
}

void LiveSessions::setState(State state)
{
    m_state = state;
    emit changed();
}

void LiveSessions::setKind(SourceKind kind)
{
    m_kind = kind;
}

void LiveSessions::dropSource()
{
    ++m_generation; // a keychain answer still on its way is for the old source
    if (m_followed != nullptr)
        m_followed->disconnect(this);
    m_followed = nullptr;
    m_counts.reset();
    if (m_source != nullptr) {
        m_source->disconnect(this);
        if (m_source->parent() == this) // made here; an attached one belongs to its caller
            m_source->deleteLater();
        m_source = nullptr;
    }
}

void LiveSessions::showNoSource()
{
    dropSource();
    m_countdown->stop();
    m_snapshot.reset();
    m_error.reset();
    m_skewMs.reset();
    m_staleSince = {};
    m_receivedAt = {};
    m_target.clear();
    m_notWatchedReason.clear();
    setKind(SourceKind::None);
    setState(State::None);
}

void LiveSessions::setWaiting(const QString& target)
{
    m_target = target;
    setState(State::Waiting);
}

void LiveSessions::attach(LoginSessionSource* source)
{
    if (source != m_source)
        dropSource();
    m_source = source;
    connect(source, &LoginSessionSource::updated, this, &LiveSessions::takeSnapshot);
    connect(source, &LoginSessionSource::failed, this, &LiveSessions::takeError);
    if (m_kind == SourceKind::None)
        setKind(SourceKind::Other);
    setWaiting(source->target());
}

void LiveSessions::startAdminEndpoint(const QUrl& baseUrl)
{
    dropSource();
    // Another source's sessions are not this one's, not even stale.
    m_snapshot.reset();
    m_error.reset();
    m_countdown->stop();
    setKind(SourceKind::AdminEndpoint);
    const QString shown = HttpFetch::display(baseUrl);
    if (const std::optional<QString> problem = AdminEndpointSource::checkBaseUrl(baseUrl)) {
        takeError(SourceError{
            SourceError::Kind::NetworkError, tr("--sessions: %1").arg(*problem), shown, {}});
        if (m_once.running)
            onceSessionsDone();
        return;
    }
    setWaiting(shown);
    const QString key = SecretStore::sessionsTokenKey(AdminEndpointSource::origin(baseUrl));
    lookupSecret(
        this, key, TokenVariable,
        [this, generation = m_generation] { return generation == m_generation; },
        [this, baseUrl, key, shown](const SecretStore::Lookup& token) {
            if (token.status != SecretStore::Status::Found) {
                takeError(SourceError{SourceError::Kind::MissingSecret,
                    SecretStore::missingReason(token, TokenVariable, key), shown, {}});
                if (m_once.running)
                    onceSessionsDone();
                return;
            }
            AdminEndpointSource::Options options;
            options.baseUrl = baseUrl;
            options.token = token.secret;
            options.caFile = m_caFile;
            run(new AdminEndpointSource{options, this});
        });
}

void LiveSessions::startSessionsTable(ActivityMonitor& monitor)
{
    dropSource();
    m_snapshot.reset();
    m_error.reset();
    m_countdown->stop();
    setKind(SourceKind::SessionsTable);
    auto* source
        = new SessionsTableSource{monitor, SessionSourcePlan::tableOptions(m_baseline), this};
    // The table rides on the monitor's connection: read again as soon as it is back, not at
    // the source's next tick up to an interval later.
    connect(&monitor, &ActivityMonitor::reconnected, source, [source] { source->fetchNow(); });
    run(source);
}

void LiveSessions::followPrometheus(LiveTarget& target)
{
    dropSource();
    m_snapshot.reset();
    m_error.reset();
    m_countdown->stop();
    m_notWatchedReason.clear();
    setKind(SourceKind::Prometheus);
    m_followed = &target;
    // The counts come with each reading (sampled); a failure with the source's state.
    connect(&target, &LiveTarget::sampled, this, &LiveSessions::readPrometheus);
    connect(&target, &LiveTarget::sourceChanged, this, [this] {
        const PrometheusSource* prometheus
            = m_followed != nullptr ? m_followed->prometheus() : nullptr;
        if (prometheus != nullptr && prometheus->state() == PrometheusSource::State::Failed
            && prometheus->lastError())
            takeError(*prometheus->lastError());
    });
    setWaiting(target.dataSource());
    if (target.prometheus() != nullptr
        && target.prometheus()->state() == PrometheusSource::State::Reading)
        readPrometheus(); // a target the overview already reads
}

void LiveSessions::readPrometheus()
{
    if (m_followed == nullptr)
        return;
    if (const std::optional<std::array<int, 3>> counts = m_followed->loginSessions()) {
        takeCounts(*counts);
        return;
    }
    if (m_state == State::NotConfigured)
        return;
    m_counts.reset();
    m_error.reset();
    m_notWatchedReason = tr("opsdash serve exports no login sessions for this target "
                            "(opsdash_login_sessions): it watches no session source there. Give "
                            "serve's target an admin endpoint or a sessions table.");
    setState(State::NotConfigured);
}

void LiveSessions::takeCounts(const std::array<int, 3>& counts)
{
    if (m_error && (m_state == State::Stale || m_state == State::Failed))
        announceRecovery(m_followed != nullptr ? m_followed->dataSource() : m_target);
    m_counts = counts;
    m_receivedAtMs = Clock::current().nowMs();
    m_receivedAt = Clock::current().nowUtc();
    if (m_followed != nullptr)
        m_target = m_followed->dataSource();
    m_error.reset();
    m_staleSince = {};
    setState(State::Fresh);
    countCritical();
}

void LiveSessions::announceRecovery(const QString& source)
{
    emit sourceEvent(Alert{Clock::current().nowUtc(), Severity::Info,
        QString{AlertKind::SessionSource}, QStringLiteral("recovered"),
        tr("%1 answers again (after %2)").arg(source, m_error->kindName())});
}

void LiveSessions::run(LoginSessionSource* source)
{
    attach(source);
    if (!m_once.running) {
        source->start(m_interval);
        return;
    }
    connect(source, &LoginSessionSource::finished, this, &LiveSessions::onceSessionsDone);
    if (!source->fetchNow())
        onceSessionsDone(); // refused: no answer will come
}

void LiveSessions::takeSnapshot(const SessionSnapshot& snapshot)
{
    if (m_error && (m_state == State::Stale || m_state == State::Failed))
        announceRecovery(snapshot.source);
    m_snapshot = snapshot;
    ++m_snapshotSerial;
    m_receivedAtMs = Clock::current().nowMs();
    m_receivedAt = snapshot.receivedAt.isValid() ? snapshot.receivedAt : Clock::current().nowUtc();
    m_target = snapshot.source;
    m_error.reset();
    m_staleSince = {};
    m_skewMs = snapshot.receivedAt.isValid() && snapshot.serverTime.isValid()
        ? std::optional<qint64>{snapshot.serverTime.msecsTo(snapshot.receivedAt)}
        : std::nullopt;
    setState(State::Fresh);
    // Restarted with every snapshot, so the recount lands just after whole seconds since
    // receipt, in step with the views' countdowns.
    m_countdown->start();
    countCritical();
}

void LiveSessions::takeError(const SourceError& error)
{
    // Nobody asked for the sessions table: without one there is nothing to report, only
    // how to give a source (no alert, no error colour).
    if (m_tableImplied && !m_snapshot && error.kind == SourceError::Kind::MissingTable
        && !m_once.running) {
        m_error = error;
        m_countdown->stop();
        m_notWatchedReason
            = tr("No session source configured: this database has no sessions table (%1). "
                 "To watch login sessions, give the app's admin endpoint (--sessions URL, or "
                 "a profile's admin URL), or a baseline (--baseline) naming the table the "
                 "app's NextAuth adapter uses.")
                  .arg(m_baseline.sessionsTable.schema + u'.' + m_baseline.sessionsTable.table);
        setState(State::NotConfigured);
        return;
    }
    const bool failing = m_state == State::Stale || m_state == State::Failed;
    if (!failing || !m_error || m_error->kind != error.kind) {
        emit sourceEvent(
            Alert{Clock::current().nowUtc(), hasData() ? Severity::Warning : Severity::Critical,
                QString{AlertKind::SessionSource}, error.kindName(), error.toString()});
    }
    qCDebug(lcLive) << "sessions source failed:" << error.toString();
    m_error = error;
    if (hasData()) {
        if (m_state != State::Stale)
            m_staleSince = Clock::current().nowUtc();
        setState(State::Stale);
        return;
    }
    m_countdown->stop();
    setState(State::Failed);
}

qint64 LiveSessions::elapsedMs() const
{
    return hasData() && m_receivedAtMs >= 0 ? Clock::current().nowMs() - m_receivedAtMs : 0;
}

ExpirySummary LiveSessions::summary() const
{
    if (m_counts) {
        // Counts only: serve placed each session already, on its server's clock.
        ExpirySummary summary;
        summary.serverTime = m_receivedAt;
        summary.desktopTime = m_receivedAt;
        summary.ok = m_counts->at(0);
        summary.warn = m_counts->at(1);
        summary.critical = m_counts->at(2);
        summary.active = summary.ok + summary.warn + summary.critical;
        return summary;
    }
    if (!m_snapshot)
        return {};
    SessionSnapshot now = *m_snapshot;
    now.serverTime = now.serverTime.addMSecs(elapsedMs());
    now.receivedAt = now.receivedAt.isValid() ? now.receivedAt.addMSecs(elapsedMs()) : QDateTime{};
    return SessionExpiry::evaluate(now, m_baseline.thresholds.session);
}

void LiveSessions::countCritical()
{
    if (!hasData())
        return;
    // No new snapshot for two of the source's intervals: not fresh any more, whatever the
    // source is still waiting for (a fetch in flight, a monitor reconnecting).
    if (m_state == State::Fresh && m_snapshot && !m_once.running
        && elapsedMs() > 2 * m_interval.count()) {
        takeError(SourceError{SourceError::Kind::Timeout,
            tr("no new data for %1 s (two polls)").arg(elapsedMs() / 1000), m_target, {}});
    }
    // Stale data still counts: those sessions are still about to end.
    const ExpirySummary now = summary();
    emit criticalSessions(now.critical, now.serverTime);
}

// --- the canary -------------------------------------------------------------------------

void LiveSessions::startCanary(const QUrl& baseUrl)
{
    stopCanary();
    const QString key = SecretStore::canaryCookieKey(AdminEndpointSource::origin(baseUrl));
    CanaryObservation observation;
    observation.url = HttpFetch::display(CanarySource::endpointUrl(baseUrl));
    if (const std::optional<QString> problem = AdminEndpointSource::checkBaseUrl(baseUrl)) {
        // A canary URL that cannot be asked is a check that could not be made: unknown,
        // with the reason.
        observation.state = CanaryObservation::State::Failed;
        observation.observedAt = Clock::current().nowUtc();
        observation.error = SourceError{SourceError::Kind::NetworkError,
            tr("canary URL: %1").arg(*problem), observation.url, {}};
        takeCanary(observation);
        return;
    }
    m_canaryChecking = true;
    emit canaryChanged();
    lookupSecret(
        this, key, CookieVariable,
        [this, generation = m_canaryGeneration] { return generation == m_canaryGeneration; },
        [this, baseUrl, key, observation](const SecretStore::Lookup& cookie) mutable {
            if (cookie.status != SecretStore::Status::Found) {
                observation.state = CanaryObservation::State::NotConfigured;
                observation.observedAt = Clock::current().nowUtc();
                observation.reason
                    = tr("no canary account configured: %1")
                          .arg(SecretStore::missingReason(cookie, CookieVariable, key));
                takeCanary(observation);
                return;
            }
            CanarySource::Options options;
            options.baseUrl = baseUrl;
            options.cookie = cookie.secret;
            options.caFile = m_caFile;
            m_canary = new CanarySource{options, this};
            connect(m_canary, &CanarySource::observed, this, &LiveSessions::takeCanary);
            if (m_once.running)
                m_canary->check();
            else
                m_canary->start();
        });
}

void LiveSessions::stopCanary()
{
    ++m_canaryGeneration; // a keychain answer still on its way is for the old canary
    if (m_canary != nullptr) {
        m_canary->disconnect(this);
        m_canary->stop();
        m_canary->deleteLater();
        m_canary = nullptr;
    }
    const bool had = m_canaryFinding.has_value() || m_canaryChecking;
    m_canaryFinding.reset();
    m_canaryObservation.reset();
    m_canaryChecking = false;
    if (had) {
        emit canaryChanged();
        announceFindings();
    }
}

void LiveSessions::takeCanary(const CanaryObservation& observation)
{
    m_canaryObservation = observation;
    m_canaryChecking = false;
    m_canaryFinding = CanaryCheck::evaluate(m_baseline, observation);
    emit canaryChanged();
    announceFindings();
    if (m_once.running)
        onceFinish();
}

QList<Finding> LiveSessions::findings() const
{
    return m_canaryFinding ? QList<Finding>{*m_canaryFinding} : QList<Finding>{};
}

void LiveSessions::announceFindings()
{
    emit findingsChanged(findings());
}

// --- one look ---------------------------------------------------------------------------

void LiveSessions::runOnce(
    const TargetOptions& options, ActivityMonitor* monitor, OneShotOptions oneShot)
{
    stop();
    m_once = OneShot{};
    m_once.running = true;
    m_once.options = oneShot;
    m_once.monitor = monitor;
    m_once.plan = SessionSourcePlan::forTarget(options, monitor != nullptr);
    onceAskSessions();
}

void LiveSessions::onceAskSessions()
{
    switch (m_once.plan.sessions) {
    case SessionSourcePlan::Sessions::AdminEndpoint:
        startAdminEndpoint(m_once.plan.adminUrl); // ends in onceSessionsDone()
        return;
    case SessionSourcePlan::Sessions::SessionsTable:
        startSessionsTable(*m_once.monitor);
        return;
    case SessionSourcePlan::Sessions::None:
        break;
    }
    m_once.outcome.noSessionsReason = m_once.plan.noSessionsReason;
    onceAskCanary();
}

void LiveSessions::onceSessionsDone()
{
    if (!m_once.running)
        return;
    Outcome& outcome = m_once.outcome;
    outcome.kind = m_kind;
    outcome.sourceKind = sourceKindName(m_kind);
    outcome.target = m_target;
    if (m_state == State::Fresh) {
        outcome.snapshot = m_snapshot;
    } else {
        outcome.error = m_error.value_or(
            SourceError{SourceError::Kind::NetworkError, tr("no answer"), m_target, {}});
    }
    // Not deleted from inside its own signal; the deferred delete also runs when the caller's
    // loop quits on finished() (the source is this object's child).
    dropSource();
    m_countdown->stop();
    if (!outcome.snapshot && !m_once.options.canaryAfterFailure) {
        onceFinish();
        return;
    }
    onceAskCanary();
}

void LiveSessions::onceAskCanary()
{
    if (m_once.plan.canaryUrl.isEmpty()) {
        m_once.outcome.noCanaryReason = m_once.plan.noCanaryReason;
        onceFinish();
        return;
    }
    startCanary(m_once.plan.canaryUrl); // ends in takeCanary() → onceFinish()
}

void LiveSessions::onceFinish()
{
    if (!m_once.running)
        return;
    Outcome& outcome = m_once.outcome;
    if (m_canaryObservation) {
        outcome.canaryObservation = m_canaryObservation;
        outcome.canary = m_canaryFinding;
        if (m_canary != nullptr) { // one answer is all a look needs
            m_canary->disconnect(this);
            m_canary->deleteLater();
            m_canary = nullptr;
        }
    }
    const Outcome done = outcome;
    m_once = OneShot{};
    emit finished(done);
}

} // namespace opsdash
