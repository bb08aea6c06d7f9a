#pragma once

#include "sessions/SourceError.h"

#include <QByteArray>
#include <QList>
#include <QNetworkCookie>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace opsdash {

// One hardened GET against a service opsdash does not control, shared by the admin
// endpoint and canary sources: a transfer timeout (no byte moving) and a whole-request
// deadline (a server trickling a byte a second never trips the first); a size cap enforced while
// the body streams in (never buffered whole first); TLS verification always on, with extra CA
// certificates if given and errors never ignored; redirects followed only within the
// same origin and never from https to http; no cookie jar and no cache. Ends in exactly
// one of received() or failed(); failures are named SourceErrors whose `where` is the URL.
class HttpFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFetch)

public:
    // An API endpoint has no business with long redirect chains.
    static constexpr int kMaxRedirects{3};

    struct Options
    {
        std::chrono::milliseconds timeout{std::chrono::seconds{10}}; // without a byte moving
        // For the whole request, redirects included; unset: the same as timeout.
        std::optional<std::chrono::milliseconds> deadline;
        qint64 maxBytes{8 * 1024 * 1024};
        QList<QSslCertificate> extraCas;
        // The one media type a 200 may carry (an application's /metrics: "text/plain").
        QByteArray mediaType{"application/json"};
    };

    struct Response
    {
        int status{0};
        QByteArray body; // only a 200's body is kept, and only of Options::mediaType
        QByteArray date; // the Date header, raw
        QList<QNetworkCookie> setCookies;
    };

    HttpFetch(QNetworkAccessManager* network, Options options, QObject* parent = nullptr);
    ~HttpFetch() override;

    // The fetch a source (admin endpoint, canary) owns, with a network manager of its own:
    // the source's limits, and its extra CA file loaded. A CA file that cannot be used does
    // not stop construction; it comes back in *caError for the source's first fetch to report.
    template<typename SourceOptions>
    static HttpFetch* forSource(const SourceOptions& source, const QString& where, QObject* owner,
        std::optional<SourceError>* caError)
    {
        return forSource(Options{source.timeout, source.deadline, source.maxBytes, {}},
            source.caFile, where, owner, caError);
    }
    static HttpFetch* forSource(Options options, const QString& caFile, const QString& where,
        QObject* owner, std::optional<SourceError>* caError);
    // base + path, keeping any path prefix of the base ("https://h/portal/" + "/api/x").
    static QUrl endpointUrl(const QUrl& baseUrl, QLatin1String path);

    // Starts the GET; request carries the caller's headers. Ignored while one is in flight.
    void get(QNetworkRequest request);
    bool isRunning() const { return !m_reply.isNull(); }

    // For any non-200 status: the named error, with a hint about the credential for 401/403.
    static SourceError statusError(int status, const QString& where, const QString& credentialHint);
    // mediaType, optionally with charset=utf-8; anything else is a named error.
    static Result<void, SourceError> contentTypeError(const QByteArray& header,
        const QString& where, const QByteArray& mediaType = QByteArrayLiteral("application/json"));
    // A PEM file's certificates; an error naming the file when it holds none.
    static Result<void, SourceError> loadCaFile(
        const QString& path, const QString& where, QList<QSslCertificate>* certificates);
    // The URL as shown to users and in errors: never with user info.
    static QString display(const QUrl& url);

signals:
    // Any HTTP status; a 200 has passed the content type check and the size cap.
    void received(const opsdash::HttpFetch::Response& response);
    void failed(const opsdash::SourceError& error);

private:
    void onMetaDataChanged();
    void onReadyRead();
    void send(const QUrl& url);
    Result<void, SourceError> redirectError(const QUrl& url) const;
    void onFinished();
    void onDeadline();
    std::chrono::milliseconds deadline() const;
    void abortWith(SourceError error);
    SourceError errorHere(SourceError::Kind kind, const QString& message) const;
    SourceError deadlineError() const;

    QNetworkAccessManager* m_network;
    Options m_options;
    QNetworkRequest m_request; // as the caller gave it; each redirect hop reuses its headers
    QUrl m_url; // of the current hop
    QPointer<QNetworkReply> m_reply;
    QTimer* m_deadline{nullptr}; // runs from get() to the final answer, across redirects
    QByteArray m_body;
    qint64 m_bodyBytes{0}; // of this hop, whatever the status: for the deadline's message
    std::optional<SourceError> m_abortReason; // set when opsdash itself aborted the reply
    QStringList m_tlsErrors;
    int m_redirects{0};
};

} // namespace opsdash
