#include "SessionsProbe.h"

#include "evidence/EvidenceCollector.h"
#include "secrets/SecretStore.h"
#include "sessions/AdminEndpointSource.h"
#include "sessions/CanaryCheck.h"
#include "sessions/CanarySource.h"
#include "sessions/SessionsTableSource.h"

#include <QUrl>

namespace opsdash {

namespace {

constexpr char TokenVariable[] = "OPSDASH_SESSIONS_TOKEN";
constexpr char CookieVariable[] = "OPSDASH_CANARY_COOKIE";

QString unavailableSecret(
    const SecretStore::Lookup& lookup, const char* variable, const QString& key)
{
    return lookup.status == SecretStore::Status::NoEntry
        ? SessionsProbe::tr("%1 is not set and the keychain has no entry opsdash/%2")
              .arg(QLatin1String{variable}, key)
        : SessionsProbe::tr("%1 is not set and the keychain gave no entry opsdash/%2 (%3)")
              .arg(QLatin1String{variable}, key, lookup.message);
}

} // namespace

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
    if (m_options.sessionsUrl.isEmpty()) {
        m_outcome.noCanaryReason
            = tr("no sessions URL given (--sessions): the canary was not asked");
        if (!m_options.hasDatabase) {
            m_outcome.sessions.reason
                = tr("no session source given (--sessions URL or --db CONNINFO)");
            finish();
            return;
        }
        if (m_monitor == nullptr) {
            m_outcome.sessions.reason
                = tr("no monitoring connection to read the sessions table through");
            finish();
            return;
        }
        SessionsTableSource::Options table;
        table.table = m_baseline.sessionsTable;
        table.baselineName = m_baseline.sourcePath;
        fetch(std::make_unique<SessionsTableSource>(*m_monitor, table),
            QStringLiteral("sessions-table"));
        return;
    }

    const QUrl baseUrl{m_options.sessionsUrl};
    m_tokenKey = SecretStore::sessionsTokenKey(AdminEndpointSource::origin(baseUrl));
    m_secrets->lookup(m_tokenKey, TokenVariable);
}

void SessionsProbe::onSecret(const QString& key, const SecretStore::Lookup& lookup)
{
    const QUrl baseUrl{m_options.sessionsUrl};
    if (key == m_tokenKey) {
        m_tokenKey.clear();
        if (lookup.status != SecretStore::Status::Found) {
            m_outcome.sessions.reason = tr("no admin token for %1: %2")
                                            .arg(AdminEndpointSource::origin(baseUrl),
                                                unavailableSecret(lookup, TokenVariable, key));
            askCanary();
            return;
        }
        AdminEndpointSource::Options admin;
        admin.baseUrl = baseUrl;
        admin.token = lookup.secret;
        fetch(std::make_unique<AdminEndpointSource>(admin), QStringLiteral("admin-endpoint"));
    } else if (key == m_cookieKey) {
        m_cookieKey.clear();
        if (lookup.status != SecretStore::Status::Found) {
            m_outcome.noCanaryReason = tr("no canary account configured: %1")
                                           .arg(unavailableSecret(lookup, CookieVariable, key));
            finish();
            return;
        }
        CanarySource::Options options;
        options.baseUrl = baseUrl;
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
    // event loop runs again to delete it — a parentless source leaked at exit, which a
    // sanitized build reported with exit 1 (the flaky tst_evidencecommand run).
    LoginSessionSource* done = m_source.release();
    done->setParent(this);
    done->deleteLater();
    if (m_options.sessionsUrl.isEmpty())
        finish();
    else
        askCanary();
}

void SessionsProbe::askCanary()
{
    m_cookieKey
        = SecretStore::canaryCookieKey(AdminEndpointSource::origin(QUrl{m_options.sessionsUrl}));
    m_secrets->lookup(m_cookieKey, CookieVariable);
}

void SessionsProbe::finish()
{
    emit finished(m_outcome);
}

} // namespace opsdash
