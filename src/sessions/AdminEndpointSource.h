#pragma once

#include "sessions/HttpFetch.h"
#include "sessions/LoginSessionSource.h"

#include <QByteArray>
#include <QUrl>

#include <chrono>
#include <optional>

namespace opsdash {

// GET <base>/api/admin/sessions with "Authorization: Bearer <token>" (docs/sessions.md,
// resources/schemas/admin-sessions.schema.json), through HttpFetch's guards; the payload
// is read by AdminSessionsParser. Every failure becomes a named SourceError while the last
// good data stays in feed(), marked stale.
class AdminEndpointSource final : public LoginSessionSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminEndpointSource)

public:
    static constexpr std::chrono::seconds kDefaultTimeout{10};
    static constexpr qint64 kDefaultMaxBytes{8 * 1024 * 1024};
    static constexpr QLatin1String kPath{"/api/admin/sessions"};

    struct Options
    {
        QUrl baseUrl; // http(s)://host[:port][/prefix]
        QByteArray token; // from SecretStore or OPSDASH_SESSIONS_TOKEN; never logged
        std::chrono::milliseconds timeout{kDefaultTimeout}; // without a byte moving
        // For the whole request, however slowly the bytes move; unset: the same as timeout.
        std::optional<std::chrono::milliseconds> deadline;
        qint64 maxBytes{kDefaultMaxBytes};
        QString caFile; // PEM certificates trusted in addition to the system's
    };

    explicit AdminEndpointSource(Options options, QObject* parent = nullptr);
    ~AdminEndpointSource() override;

    // Why a base URL cannot be used (not http/https, no host, credentials, query or
    // fragment); nullopt when it can.
    static std::optional<QString> checkBaseUrl(const QUrl& baseUrl);
    // base + /api/admin/sessions, keeping any path prefix.
    static QUrl endpointUrl(const QUrl& baseUrl);
    // "scheme://host:port": what keychain entries are keyed by.
    static QString origin(const QUrl& url);

    QString target() const override;

protected:
    void beginFetch() override;

private:
    void onReceived(const HttpFetch::Response& response);

    Options m_options;
    QUrl m_endpoint;
    std::optional<SourceError> m_caError; // before m_fetch, which sets it
    HttpFetch* m_fetch{nullptr};
};

} // namespace opsdash
