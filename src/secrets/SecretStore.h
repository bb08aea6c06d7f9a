#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

namespace opsdash {

// The keychain, through QtKeychain's asynchronous jobs (the Secret Service on Linux):
// service "opsdash", one key per secret and target ("sessions-token/<origin>",
// "canary-cookie/<origin>"). Only secrets live here; everything else goes to QSettings.
// No insecure fallback: with no backend, store() keeps the secret in this process's memory
// (reported as NoBackend, so the caller tells the user) and lookup() finds it there for the
// rest of the run; nothing is written anywhere.
//
// Secrets are never taken from the command line; an environment variable, when named and
// set, takes precedence over the keychain (for scripts and CI).
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    static constexpr QLatin1String kService{"opsdash"};

    enum class Status {
        Found,
        NoEntry, // the keychain works but holds nothing under this key: ask the user
        NoBackend, // no keychain service at all: tell the user, keep secrets for this run only
        AccessDenied, // locked or refused by the user
        Failed, // anything else; message says what
    };
    Q_ENUM(Status)

    struct Lookup
    {
        Status status{Status::Failed};
        QByteArray secret; // only when Found; never logged
        QString origin; // "environment variable X" or "keychain opsdash/KEY", for messages
        QString message; // the backend's own words when not Found
    };

    explicit SecretStore(QObject* parent = nullptr, const QString& service = kService);

    // The environment variables that take precedence over the keychain entries.
    static constexpr const char* kSessionsTokenVariable{"OPSDASH_SESSIONS_TOKEN"};
    static constexpr const char* kCanaryCookieVariable{"OPSDASH_CANARY_COOKIE"};

    // The one wording of "this secret is missing", for a lookup that did not find it:
    // "OPSDASH_SESSIONS_TOKEN is not set and the keychain has no entry opsdash/KEY".
    static QString missingReason(const Lookup& lookup, const char* variable, const QString& key);

    static QString sessionsTokenKey(const QString& target);
    static QString canaryCookieKey(const QString& target);
    static QString databasePasswordKey(const QString& profile);
    // A team-mode profile's Prometheus bearer token or basic-auth password.
    static QString prometheusSecretKey(const QString& profile);

    // Ends in lookedUp() (always from the event loop, never inside this call).
    void lookup(const QString& key, const QByteArray& environmentVariable = {});
    // Ends in stored() / removed() with Found meaning success.
    void store(const QString& key, const QByteArray& secret);
    void remove(const QString& key);

    QString service() const { return m_service; }

    // How long a keychain job may take before it ends as Failed with "the keychain did not
    // answer within N s" (a stopped or hung Secret Service never answers, and QtKeychain runs
    // its jobs one after another, so one hung job holds up every later one). Process-wide;
    // default kDefaultTimeout. A job that answers after its time is ignored.
    static constexpr std::chrono::milliseconds kDefaultTimeout{10'000};
    static void setTimeout(std::chrono::milliseconds timeout);
    static std::chrono::milliseconds timeout();
    static QString timeoutMessage();

signals:
    void lookedUp(const QString& key, const opsdash::SecretStore::Lookup& result);
    void stored(const QString& key, opsdash::SecretStore::Status status, const QString& message);
    void removed(const QString& key, opsdash::SecretStore::Status status, const QString& message);

private:
    // Starts `job` and runs onTimeout instead of waiting for its answer if it takes longer
    // than timeout(). `done`: set by whichever comes first (the job's finished handler
    // checks and sets it too).
    void startWatched(
        const std::shared_ptr<bool>& done, QKeychain::Job* job, std::function<void()> onTimeout);

    QString m_service;
};

} // namespace opsdash
