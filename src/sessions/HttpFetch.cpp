#include "HttpFetch.h"

#include "sessions/SessionsLogging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace opsdash {

namespace {

using Kind = SourceError::Kind;

// Qt reads at most this much ahead of us, so the cap bounds memory inside Qt as well.
constexpr qint64 kReadBufferBytes{256 * 1024};

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    const int defaultPort = a.scheme() == QLatin1String{"https"} ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort) == b.port(defaultPort);
}

int statusOf(const QNetworkReply& reply)
{
    return reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

HttpFetch::HttpFetch(QNetworkAccessManager* network, Options options, QObject* parent)
    : QObject{parent}
    , m_network{network}
    , m_options{std::move(options)}
    , m_deadline{new QTimer{this}}
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &HttpFetch::onDeadline);
}

HttpFetch::~HttpFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

HttpFetch* HttpFetch::forSource(Options options, const QString& caFile, const QString& where,
    QObject* owner, std::optional<SourceError>* caError)
{
    if (!caFile.isEmpty()) {
        if (Result<void, SourceError> loaded = loadCaFile(caFile, where, &options.extraCas);
            !loaded)
            *caError = std::move(loaded).error();
    }
    // The manager is the fetch's child: created and destroyed with it.
    auto* fetch = new HttpFetch{nullptr, std::move(options), owner};
    fetch->m_network = new QNetworkAccessManager{fetch};
    return fetch;
}

QUrl HttpFetch::endpointUrl(const QUrl& baseUrl, QLatin1String path)
{
    QUrl url = baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

QString HttpFetch::display(const QUrl& url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

void HttpFetch::get(QNetworkRequest request)
{
    if (m_reply)
        return;
    m_request = std::move(request);
    m_redirects = 0;
    m_deadline->start(deadline());
    send(m_request.url());
}

void HttpFetch::send(const QUrl& url)
{
    m_url = url;
    m_body.clear();
    m_bodyBytes = 0;
    m_abortReason.reset();
    m_tlsErrors.clear();

    QNetworkRequest request = m_request;
    request.setUrl(url);
    // Redirects are followed here, one fresh request per hop, after the origin checks. (Qt
    // 6.4's own following, even user-verified, joins the headers of every hop into the
    // final reply and, on keep-alive connections, sometimes ends a hop with no answer.)
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(static_cast<int>(m_options.timeout.count()));
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (m_url.scheme() == QLatin1String{"https"}) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_options.extraCas.isEmpty())
            tls.addCaCertificates(m_options.extraCas);
        request.setSslConfiguration(tls);
    }

    qCDebug(lcSessions).noquote() << "GET" << display(m_url);
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpFetch::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Recorded for the message, never ignored.
        for (const QSslError& error : errors)
            m_tlsErrors.append(error.errorString());
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpFetch::onFinished);
}

void HttpFetch::onMetaDataChanged()
{
    if (statusOf(*m_reply) != 200)
        return;
    // Refused before a byte of the body is read: the wrong type, or announced too large.
    if (const Result<void, SourceError> accepted
        = contentTypeError(m_reply->rawHeader("Content-Type"), display(m_url), m_options.mediaType);
        !accepted) {
        abortWith(accepted.error());
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxBytes) {
        abortWith(errorHere(Kind::TooLarge,
            tr("the response announces %1 bytes, more than the %2-byte limit")
                .arg(length.toLongLong())
                .arg(m_options.maxBytes)));
    }
}

void HttpFetch::onReadyRead()
{
    if (m_abortReason)
        return;
    const QByteArray chunk = m_reply->readAll();
    m_bodyBytes += chunk.size();
    // Only a 200's body is ever used; other bodies are drained and dropped.
    if (statusOf(*m_reply) != 200)
        return;
    if (m_body.size() + chunk.size() > m_options.maxBytes) {
        abortWith(errorHere(Kind::TooLarge,
            tr("the response exceeded the %1-byte limit; aborted").arg(m_options.maxBytes)));
        return;
    }
    m_body.append(chunk);
}

Result<void, SourceError> HttpFetch::redirectError(const QUrl& url) const
{
    if (m_redirects > kMaxRedirects) {
        return errorHere(Kind::BadRedirect,
            tr("more than %1 redirects; the last to %2").arg(kMaxRedirects).arg(display(url)));
    }
    if (m_url.scheme() == QLatin1String{"https"} && url.scheme() != QLatin1String{"https"}) {
        return errorHere(Kind::BadRedirect,
            tr("refused a redirect from https to %1: %2").arg(url.scheme(), display(url)));
    }
    if (!sameOrigin(m_url, url)) {
        return errorHere(
            Kind::BadRedirect, tr("refused a redirect to another origin: %1").arg(display(url)));
    }
    return {};
}

std::chrono::milliseconds HttpFetch::deadline() const
{
    return m_options.deadline.value_or(m_options.timeout);
}

SourceError HttpFetch::deadlineError() const
{
    // The transfer timeout restarts with every byte; this one does not, so a server that
    // trickles its answer cannot hold a fetch (and the poll behind it) open forever.
    const double seconds = static_cast<double>(deadline().count()) / 1000.0;
    if (m_bodyBytes == 0)
        return errorHere(Kind::Timeout, tr("no response for %1 s; gave up").arg(seconds));
    return errorHere(Kind::Timeout,
        tr("no complete response within %1 s (%2 bytes had arrived); gave up")
            .arg(seconds)
            .arg(m_bodyBytes));
}

void HttpFetch::onDeadline()
{
    if (m_reply)
        abortWith(deadlineError());
    // Between two redirect hops there is no reply to abort: the next hop sees the deadline
    // gone and fails instead of starting.
}

void HttpFetch::abortWith(SourceError error)
{
    if (m_abortReason)
        return;
    m_abortReason = std::move(error);
    m_reply->abort(); // finished() follows and reports m_abortReason
}

void HttpFetch::onFinished()
{
    QNetworkReply* reply = m_reply.data();
    if (!m_abortReason && reply->bytesAvailable() > 0)
        onReadyRead(); // the last bytes, if readyRead did not deliver them
    m_reply = nullptr;
    reply->deleteLater();
    reply->disconnect(this);

    if (m_abortReason) {
        m_deadline->stop();
        emit failed(*m_abortReason);
        return;
    }
    const int status = statusOf(*reply);
    const QByteArray location = reply->rawHeader("Location");
    const bool redirect
        = (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
        && !location.isEmpty();
    if (!redirect)
        m_deadline->stop();
    if (redirect) {
        const QUrl next = m_url.resolved(QUrl::fromEncoded(location));
        ++m_redirects;
        if (const Result<void, SourceError> allowed = redirectError(next); !allowed) {
            m_deadline->stop();
            emit failed(allowed.error());
            return;
        }
        qCDebug(lcSessions).noquote() << "following a same-origin redirect to" << display(next);
        // From the event loop, once this hop's reply has let go of its connection: sent
        // from inside finished(), the next hop may land on a connection being closed.
        QTimer::singleShot(0, this, [this, next] {
            if (m_deadline->isActive())
                send(next);
            else
                emit failed(deadlineError());
        });
        return;
    }
    if (status > 0 && status < 200) {
        // Qt reports a connection closed before any status line as an interim status.
        emit failed(errorHere(
            Kind::NetworkError, tr("the server closed the connection without an answer")));
        return;
    }
    if (status > 0 && (status != 200 || reply->error() == QNetworkReply::NoError)) {
        Response response;
        response.status = status;
        response.body = std::move(m_body);
        response.date = reply->rawHeader("Date");
        response.setCookies
            = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
        m_body.clear();
        emit received(response);
        return;
    }

    const QString tls = m_tlsErrors.join(QStringLiteral("; "));
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        emit failed(errorHere(Kind::ConnectionRefused, tr("connection refused")));
        return;
    case QNetworkReply::HostNotFoundError:
        emit failed(errorHere(Kind::HostNotFound, tr("host not found")));
        return;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // how setTransferTimeout ends a reply
        emit failed(errorHere(Kind::Timeout,
            tr("no response for %1 s; gave up")
                .arg(static_cast<double>(m_options.timeout.count()) / 1000.0)));
        return;
    default:
        if (!m_tlsErrors.isEmpty()) {
            emit failed(errorHere(Kind::TlsError, tr("TLS verification failed: %1").arg(tls)));
            return;
        }
        if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            emit failed(errorHere(
                Kind::TlsError, tr("TLS handshake failed: %1").arg(reply->errorString())));
            return;
        }
        emit failed(errorHere(Kind::NetworkError, reply->errorString()));
        return;
    }
}

SourceError HttpFetch::statusError(int status, const QString& where, const QString& credentialHint)
{
    const QString code = QString::number(status);
    if (status == 401) {
        return SourceError{Kind::Unauthorized,
            tr("401 Unauthorized: %1 was not accepted").arg(credentialHint), where, code};
    }
    if (status == 403) {
        return SourceError{Kind::Forbidden,
            tr("403 Forbidden: %1 does not grant access").arg(credentialHint), where, code};
    }
    if (status == 404) {
        return SourceError{
            Kind::NotFound, tr("404 Not Found: the app does not serve this endpoint"), where, code};
    }
    if (status >= 500 && status <= 599)
        return SourceError{Kind::ServerError, tr("server error %1").arg(status), where, code};
    return SourceError{
        Kind::UnexpectedStatus, tr("unexpected HTTP status %1").arg(status), where, code};
}

Result<void, SourceError> HttpFetch::contentTypeError(
    const QByteArray& header, const QString& where, const QByteArray& mediaType)
{
    // An HTML login page or a proxy's error page is not the contract, whatever it says.
    const QList<QByteArray> parts = header.split(';');
    bool ok = parts.value(0).trimmed().toLower() == mediaType;
    for (qsizetype i = 1; ok && i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed().toLower();
        if (parameter.startsWith("charset="))
            ok = parameter == "charset=utf-8" || parameter == "charset=\"utf-8\"";
    }
    if (ok)
        return {};
    return SourceError{Kind::WrongContentType,
        header.isEmpty()
            ? tr("the response has no Content-Type; expected %1")
                  .arg(QString::fromLatin1(mediaType))
            : tr("the response is %1, not %2")
                  .arg(QString::fromLatin1(header.left(80)), QString::fromLatin1(mediaType)),
        where, {}};
}

Result<void, SourceError> HttpFetch::loadCaFile(
    const QString& path, const QString& where, QList<QSslCertificate>* certificates)
{
    *certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (!certificates->isEmpty())
        return {};
    return SourceError{
        Kind::TlsError, tr("the CA file %1 holds no PEM certificate").arg(path), where, {}};
}

SourceError HttpFetch::errorHere(SourceError::Kind kind, const QString& message) const
{
    return SourceError{kind, message, display(m_url), {}};
}

} // namespace opsdash
