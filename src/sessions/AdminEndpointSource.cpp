#include "AdminEndpointSource.h"

#include "clock/Clock.h"
#include "sessions/AdminSessionsParser.h"

namespace opsdash {

AdminEndpointSource::AdminEndpointSource(Options options, QObject* parent)
    : LoginSessionSource{parent}
    , m_options{std::move(options)}
    , m_endpoint{endpointUrl(m_options.baseUrl)}
    , m_fetch{HttpFetch::forSource(m_options, target(), this, &m_caError)}
{
    connect(m_fetch, &HttpFetch::received, this, &AdminEndpointSource::onReceived);
    connect(m_fetch, &HttpFetch::failed, this, &AdminEndpointSource::fail);
}

AdminEndpointSource::~AdminEndpointSource() = default;

std::optional<QString> AdminEndpointSource::checkBaseUrl(const QUrl& baseUrl)
{
    const QString shown = HttpFetch::display(baseUrl);
    if (!baseUrl.isValid() || baseUrl.isRelative())
        return tr("'%1' is not an absolute URL").arg(shown);
    if (baseUrl.scheme() != QLatin1String{"http"} && baseUrl.scheme() != QLatin1String{"https"})
        return tr("'%1' must start with http:// or https://").arg(shown);
    if (baseUrl.host().isEmpty())
        return tr("'%1' has no host").arg(shown);
    if (!baseUrl.userInfo().isEmpty()) {
        return tr("'%1' carries credentials; the token comes from the keychain or "
                  "OPSDASH_SESSIONS_TOKEN")
            .arg(shown);
    }
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return tr("'%1' must be a base URL, without query or fragment").arg(shown);
    return std::nullopt;
}

QUrl AdminEndpointSource::endpointUrl(const QUrl& baseUrl)
{
    return HttpFetch::endpointUrl(baseUrl, kPath);
}

QString AdminEndpointSource::origin(const QUrl& url)
{
    const int port = url.port(url.scheme() == QLatin1String{"https"} ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host().toLower()).arg(port);
}

QString AdminEndpointSource::target() const
{
    return HttpFetch::display(m_endpoint);
}

void AdminEndpointSource::beginFetch()
{
    if (m_caError) {
        fail(*m_caError);
        return;
    }
    QNetworkRequest request{m_endpoint};
    request.setRawHeader("Authorization", "Bearer " + m_options.token);
    request.setRawHeader("Accept", "application/json");
    m_fetch->get(request);
}

void AdminEndpointSource::onReceived(const HttpFetch::Response& response)
{
    if (response.status != 200) {
        fail(HttpFetch::statusError(response.status, target(),
            tr("the bearer token (OPSDASH_SESSIONS_TOKEN or keychain entry opsdash/%1)")
                .arg(QStringLiteral("sessions-token/") + origin(m_endpoint))));
        return;
    }
    Result<SessionSnapshot, SourceError> parsed = AdminSessionsParser::parse(response.body);
    if (!parsed) {
        // The JSON path goes into the message; `where` stays the URL.
        const SourceError& error = parsed.error();
        fail(SourceError{error.kind, error.toString(), target(), {}});
        return;
    }
    SessionSnapshot snapshot = std::move(parsed).value();
    snapshot.source = target();
    snapshot.receivedAt = Clock::current().nowUtc();
    succeed(std::move(snapshot));
}

} // namespace opsdash
