#include "ProfileSecrets.h"

#include "sessions/AdminEndpointSource.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <memory>

namespace opsdash {

namespace {

QString noBackendNotice(const QString& message)
{
    return ProfileSecrets::tr(
        "No keychain is available (%1). Secrets are kept in memory for this run only; "
        "enter them again next time, or set PGPASSWORD / use .pgpass for the database.")
        .arg(message);
}

// libpq finds the database password in a password file without the keychain: a keychain
// that cannot be read then costs nothing worth a notice.
bool passwordFileExists()
{
    const QString named = qEnvironmentVariable("PGPASSFILE");
    return QFileInfo::exists(
        named.isEmpty() ? QDir::home().filePath(QStringLiteral(".pgpass")) : named);
}

} // namespace

ProfileSecrets::ProfileSecrets(QObject* parent, const QString& service)
    : QObject{parent}
    , m_store{new SecretStore{this, service}}
{ }

QString ProfileSecrets::passwordKey(const Profile& profile)
{
    return profile.kind == Profile::Kind::Database ? SecretStore::databasePasswordKey(profile.name)
                                                   : QString{};
}

QString ProfileSecrets::prometheusSecretKey(const Profile& profile)
{
    return profile.kind == Profile::Kind::Prometheus
            && profile.prometheusAuth != PrometheusAccess::Auth::None
        ? SecretStore::prometheusSecretKey(profile.name)
        : QString{};
}

QString ProfileSecrets::sessionsTokenKey(const Profile& profile)
{
    return profile.kind == Profile::Kind::Prometheus || profile.adminUrl.isEmpty()
        ? QString{}
        : SecretStore::sessionsTokenKey(AdminEndpointSource::origin(QUrl{profile.adminUrl}));
}

QString ProfileSecrets::canaryCookieKey(const Profile& profile)
{
    return profile.kind == Profile::Kind::Prometheus || profile.canaryUrl.isEmpty()
        ? QString{}
        : SecretStore::canaryCookieKey(AdminEndpointSource::origin(QUrl{profile.canaryUrl}));
}

void ProfileSecrets::load(const Profile& profile)
{
    struct Pending
    {
        int left{0};
        Secrets secrets;
        QStringList notices;
        bool toldNoBackend{false};
    };
    auto pending = std::make_shared<Pending>();
    // A store of its own per operation: its signals then belong to this load alone.
    auto* store = new SecretStore{this, m_store->service()};
    const QString name = profile.name;
    struct Wanted
    {
        QString key;
        QByteArray Secrets::*field;
        const char* variable; // set, it answers instead of the keychain
    };
    const Wanted wanted[]{
        {passwordKey(profile), &Secrets::password, "PGPASSWORD"},
        {sessionsTokenKey(profile), &Secrets::sessionsToken, SecretStore::kSessionsTokenVariable},
        {canaryCookieKey(profile), &Secrets::canaryCookie, SecretStore::kCanaryCookieVariable},
        {prometheusSecretKey(profile), &Secrets::prometheusSecret, nullptr},
    };
    QHash<QString, QByteArray Secrets::*> fields;
    QHash<QString, QByteArray> variables;
    for (const Wanted& one : wanted) {
        if (!one.key.isEmpty()) {
            fields.insert(one.key, one.field);
            variables.insert(one.key, one.variable ? QByteArray{one.variable} : QByteArray{});
        }
    }
    // Nothing to tell about a keychain that cannot be read when the secret has another home.
    const QString fileKey = passwordFileExists() && profile.kind == Profile::Kind::Database
        ? passwordKey(profile)
        : QString{};
    pending->left = static_cast<int>(fields.size());
    connect(store, &SecretStore::lookedUp, this,
        [this, store, pending, fields, name, fileKey](
            const QString& key, const SecretStore::Lookup& result) {
            const bool elsewhere = key == fileKey;
            switch (result.status) {
            case SecretStore::Status::Found:
                pending->secrets.*(fields.value(key)) = result.secret;
                break;
            case SecretStore::Status::NoEntry:
                break;
            case SecretStore::Status::NoBackend:
                if (!elsewhere && !std::exchange(pending->toldNoBackend, true))
                    pending->notices << noBackendNotice(result.message);
                break;
            case SecretStore::Status::AccessDenied:
            case SecretStore::Status::Failed:
                // One notice for the whole read, however many entries it wanted.
                if (!elsewhere && !std::exchange(pending->toldNoBackend, true))
                    pending->notices << tr("Could not read %1: %2. opsdash carries on without "
                                           "it; enter it again if asked.")
                                            .arg(result.origin, result.message);
                break;
            }
            if (--pending->left == 0) {
                store->deleteLater();
                emit loaded(name, pending->secrets, pending->notices);
            }
        });
    if (fields.isEmpty()) {
        store->deleteLater();
        QMetaObject::invokeMethod(
            this, [this, name] { emit loaded(name, {}, {}); }, Qt::QueuedConnection);
        return;
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        store->lookup(it.key(), variables.value(it.key()));
}

void ProfileSecrets::save(const Profile& profile, const Secrets& secrets)
{
    struct Pending
    {
        int left{0};
        QStringList notices;
        bool toldNoBackend{false};
    };
    auto pending = std::make_shared<Pending>();
    auto* store = new SecretStore{this, m_store->service()};
    const QString name = profile.name;
    QList<std::pair<QString, QByteArray>> writes;
    if (!secrets.password.isEmpty() && profile.kind == Profile::Kind::Database)
        writes.append({passwordKey(profile), secrets.password});
    if (!secrets.prometheusSecret.isEmpty() && !prometheusSecretKey(profile).isEmpty())
        writes.append({prometheusSecretKey(profile), secrets.prometheusSecret});
    if (!secrets.sessionsToken.isEmpty() && !profile.adminUrl.isEmpty())
        writes.append({sessionsTokenKey(profile), secrets.sessionsToken});
    if (!secrets.canaryCookie.isEmpty() && !profile.canaryUrl.isEmpty())
        writes.append({canaryCookieKey(profile), secrets.canaryCookie});
    pending->left = static_cast<int>(writes.size());
    connect(store, &SecretStore::stored, this,
        [this, store, pending, name](
            const QString& key, SecretStore::Status status, const QString& message) {
            if (status == SecretStore::Status::NoBackend) {
                if (!std::exchange(pending->toldNoBackend, true))
                    pending->notices << noBackendNotice(message);
            } else if (status != SecretStore::Status::Found) {
                pending->notices << tr("Could not store %1 in the keychain: %2").arg(key, message);
            }
            if (--pending->left == 0) {
                store->deleteLater();
                emit saved(name, pending->notices);
            }
        });
    if (writes.isEmpty()) {
        store->deleteLater();
        QMetaObject::invokeMethod(
            this, [this, name] { emit saved(name, {}); }, Qt::QueuedConnection);
        return;
    }
    for (const auto& [key, secret] : writes)
        store->store(key, secret);
}

void ProfileSecrets::forget(const Profile& profile)
{
    // Only the password and the Prometheus secret are the profile's own (whatever its kind:
    // a rename forgets the old name's); token and cookie are per origin and may be shared
    // with another profile or with `opsdash sessions`.
    auto* store = new SecretStore{this, m_store->service()};
    const QString name = profile.name;
    auto left = std::make_shared<int>(2);
    connect(store, &SecretStore::removed, this, [this, store, name, left] {
        if (--*left > 0)
            return;
        store->deleteLater();
        emit removed(name);
    });
    store->remove(SecretStore::databasePasswordKey(profile.name));
    store->remove(SecretStore::prometheusSecretKey(profile.name));
}

TargetOptions ProfileSecrets::targetOptions(const Profile& profile, const Secrets& secrets)
{
    TargetOptions options = profile.toTargetOptions();
    if (options.prometheus.isSet())
        options.prometheus.secret = secrets.prometheusSecret;
    if (!secrets.password.isEmpty() && options.hasDatabase)
        options.connectionParameters.append({QByteArrayLiteral("password"), secrets.password});
    return options;
}

} // namespace opsdash
