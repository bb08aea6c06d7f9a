#pragma once

#include "model/Profile.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QStringList>

namespace opsdash {

// The secrets of one profile — database password, admin bearer token, canary cookie, or for
// a team-mode profile the Prometheus token or password — read from and written to the
// keychain in asynchronous jobs. The password and the Prometheus secret are keyed by
// profile ("pg-password/NAME", "prometheus-secret/NAME"); token and cookie by origin, the
// keys `opsdash sessions` uses too. With no keychain backend the user is told (notices) and the
// secret is held in memory for this run only.
class ProfileSecrets final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSecrets)

public:
    struct Secrets
    {
        QByteArray password;
        QByteArray sessionsToken;
        QByteArray canaryCookie;
        QByteArray prometheusSecret{}; // bearer token or basic-auth password (team mode)
    };

    explicit ProfileSecrets(
        QObject* parent = nullptr, const QString& service = SecretStore::kService);

    static QString passwordKey(const Profile& profile);
    static QString sessionsTokenKey(const Profile& profile); // empty without an admin URL
    static QString canaryCookieKey(const Profile& profile); // empty without a canary URL
    // Empty but for a Prometheus profile with authentication.
    static QString prometheusSecretKey(const Profile& profile);

    // Ends in loaded(); "no entry" is not a notice (libpq may still find .pgpass).
    void load(const Profile& profile);
    // Stores the non-empty secrets (empty: leave as is); ends in saved().
    void save(const Profile& profile, const Secrets& secrets);
    // Removes the entries keyed by the profile's name (password, Prometheus secret); ends in
    // removed().
    void forget(const Profile& profile);

    // The target options of a profile with its secrets added (the password as a libpq
    // parameter, never in a string).
    static TargetOptions targetOptions(const Profile& profile, const Secrets& secrets);

signals:
    // notices: what the user must be told (no keychain, access denied), already worded.
    void loaded(const QString& profile, const opsdash::ProfileSecrets::Secrets& secrets,
        const QStringList& notices);
    void saved(const QString& profile, const QStringList& notices);
    void removed(const QString& profile);

private:
    SecretStore* m_store;
};

} // namespace opsdash
