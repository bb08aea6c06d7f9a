#pragma once

#include "sessions/CanaryCheck.h"
#include "sessions/HttpFetch.h"

#include <QByteArray>
#include <QList>
#include <QNetworkCookie>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <optional>

namespace opsdash {

class ClockTimer;

// GET <base>/api/auth/session with one dedicated canary account's cookie, through
// HttpFetch's guards. Calling this endpoint slides that session's expiry, so it keeps the
// canary account logged in — by design, and never done with anyone else's cookie. Cookies
// the server rotates in its answer (JWT sessions are re-issued on every call) are kept for
// the rest of the run, in memory only.
class CanarySource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanarySource)

public:
    static constexpr QLatin1String kPath{"/api/auth/session"};
    // Often enough to notice a changed maxAge within minutes; each call also keeps the
    // canary account logged in.
    static constexpr std::chrono::seconds kDefaultInterval{60};

    struct Options
    {
        QUrl baseUrl;
        QByteArray cookie; // a Cookie header value: "next-auth.session-token=…"; never logged
        std::chrono::milliseconds timeout{std::chrono::seconds{10}};
        // For the whole request, however slowly the bytes move; unset: the same as timeout.
        std::optional<std::chrono::milliseconds> deadline;
        qint64 maxBytes{1024 * 1024}; // a session object is small
        QString caFile;
        std::chrono::milliseconds interval{kDefaultInterval}; // between checks after start()
    };

    explicit CanarySource(Options options, QObject* parent = nullptr);
    ~CanarySource() override;

    static QUrl endpointUrl(const QUrl& baseUrl);
    QString target() const;

    // One request; ends in observed(). Ignored while one is in flight.
    void check();
    // Checks now, then every Options::interval, until stop().
    void start();
    void stop();
    bool isChecking() const;

signals:
    void observed(const opsdash::CanaryObservation& observation);

private:
    void onReceived(const HttpFetch::Response& response);
    void onFailed(const SourceError& error);
    void adoptRotatedCookies(const QList<QNetworkCookie>& cookies);
    QByteArray cookieHeader() const;

    Options m_options;
    QUrl m_endpoint;
    std::optional<SourceError> m_caError; // before m_fetch, which sets it
    HttpFetch* m_fetch{nullptr};
    ClockTimer* m_timer{nullptr};
    QList<QNetworkCookie> m_cookies;
};

} // namespace opsdash
