#include "SessionsProbe.h"

#include "evidence/EvidenceCollector.h"
#include "secrets/SecretStore.h"
#include "sessions/AdminEndpointSource.h"
#include "sessions/CanaryCheck.h"
#include "sessions/CanarySource.h"
#include "sessions/HttpFetch.h"
#include "sessions/SessionsTableSource.h"

#include <QUrl>

namespace opsdash {

SessionsProbe::SessionsProbe(const Baseline& baseline, const TargetOptions& options,
    ActivityMonitor* monitor, QObject* parent)
    : QObject{parent}
    , m_baseline{baseline}
    , m_options{options}
    , m_monitor{monitor}
    , m_secrets{new SecretStore{this}}
{
    connect(m_secrets, &SecretStore::lookedUp, this, &SessionsProbe::onSecret);
}

SessionsProbe::~SessionsProbe() = default;

void SessionsProbe::start()
{
    m_outcome = {};
    m_plan = SessionSourcePlan::forTarget(m_options, m_monitor != nullptr);
    switch (m_plan.sessions) {
    case SessionSourcePlan::Sessions::AdminEndpoint:
        m_tokenKey = SecretStore::sessionsTokenKey(AdminEndpointSource::origin(m_plan.adminUrl));
        m_secrets->lookup(m_tokenKey, SecretStore::kSessionsTokenVariable);
        return;
    case SessionSourcePlan::Sessions::SessionsTable:
        fetch(std::make_unique<SessionsTableSource>(
                  *m_monitor, SessionSourcePlan::tableOptions(m_baseline)),
            QStringLiteral("sessions-table"));
        return;
    case SessionSourcePlan::Sessions::None:
        break;
    }
    m_outcome.sessions.reason = m_plan.noSessionsReason;
    askCanary();
}

void SessionsProbe::onSecret(const QString& key, const SecretStore::Lookup& lookup)
{
    if (key == m_tokenKey) {
        m_tokenKey.clear();
        if (lookup.status != SecretStore::Status::Found) {
            m_outcome.sessions.reason = tr("no admin token for %1: %2")
                                            .arg(AdminEndpointSource::origin(m_plan.adminUrl),
                                                SecretStore::missingReason(lookup,
                                                    SecretStore::kSessionsTokenVariable, key));
            askCanary();
            return;
        }
        AdminEndpointSource::Options admin;
        admin.baseUrl = m_plan.adminUrl;
        admin.token = lookup.secret;
        fetch(std::make_unique<AdminEndpointSource>(admin), QStringLiteral("admin-endpoint"));
    } else if (key == m_cookieKey) {
        m_cookieKey.clear();
        if (lookup.status != SecretStore::Status::Found) {
            m_outcome.noCanaryReason = tr("no canary account configured: %1")
                                           .arg(SecretStore::missingReason(
                                               lookup, SecretStore::kCanaryCookieVariable, key));
            finish();
            return;
        }
        CanarySource::Options options;
        options.baseUrl = m_plan.canaryUrl;
        options.cookie = lookup.secret;
        auto* canary = new CanarySource{options, this};
        connect(canary, &CanarySource::observed, this,
            [this, canary](const CanaryObservation& observation) {
                m_outcome.canary = CanaryCheck::evaluate(m_baseline, observation);
                canary->deleteLater();
                finish();
            });
        canary->check();
    }
}

void SessionsProbe::fetch(std::unique_ptr<LoginSessionSource> source, const QString& kind)
{
    m_source = std::move(source);
    connect(m_source.get(), &LoginSessionSource::finished, this, [this, kind] { onFetched(kind); });
    if (!m_source->fetchNow())
        onFetched(kind); // refused before asking: the feed holds the reason
}

void SessionsProbe::onFetched(const QString& kind)
{
    const SessionFeed& feed = m_source->feed();
    if (feed.isFresh()) {
        m_outcome.sessions = EvidenceCollector::summarizeSessions(
            *feed.lastGood(), m_baseline.thresholds.session, kind);
    } else {
        m_outcome.sessions.reason = feed.error()
            ? tr("%1 failed: %2").arg(kind, feed.error()->toString())
            : tr("%1 gave no answer").arg(kind);
    }
    // Not deleted from inside its own signal, and owned by the probe until the deferred
    // delete runs: `opsdash evidence` quits its loop on finished(), and when that comes
    // from a socket or timer event (the table read waited for the monitor's connection) no
    // event loop runs again to delete it — a parentless source leaked at exit.
    LoginSessionSource* done = m_source.release();
    done->setParent(this);
    done->deleteLater();
    askCanary();
}

void SessionsProbe::askCanary()
{
    if (m_plan.canaryUrl.isEmpty()) {
        m_outcome.noCanaryReason = m_plan.noCanaryReason;
        finish();
        return;
    }
    // A canary URL the window would refuse is a check that could not be made: unknown, with
    // the reason, as the window's sessions panel shows it.
    if (const std::optional<QString> problem
        = AdminEndpointSource::checkBaseUrl(m_plan.canaryUrl)) {
        CanaryObservation observation;
        observation.state = CanaryObservation::State::Failed;
        observation.url = HttpFetch::display(CanarySource::endpointUrl(m_plan.canaryUrl));
        observation.observedAt = QDateTime::currentDateTimeUtc();
        observation.error = SourceError{SourceError::Kind::NetworkError,
            tr("canary URL: %1").arg(*problem), observation.url, {}};
        m_outcome.canary = CanaryCheck::evaluate(m_baseline, observation);
        finish();
        return;
    }
    m_cookieKey = SecretStore::canaryCookieKey(AdminEndpointSource::origin(m_plan.canaryUrl));
    m_secrets->lookup(m_cookieKey, SecretStore::kCanaryCookieVariable);
}

void SessionsProbe::finish()
{
    emit finished(m_outcome);
}

} // namespace opsdash
