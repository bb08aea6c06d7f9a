#include "SecretStore.h"

#include "secrets/SecretsLogging.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace opsdash {

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Found;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NoEntry;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Status::Failed;
}

// QtKeychain's libsecret backend reports a missing Secret Service (no D-Bus session, no
// daemon, D-Bus unable to autolaunch) as OtherError; only its message tells it apart from
// a real failure. These are GLib's and D-Bus's own words for "nothing to talk to".
SecretStore::Status refine(SecretStore::Status status, const QString& message)
{
    if (status != SecretStore::Status::Failed)
        return status;
    static const QLatin1String markers[]{
        QLatin1String{"Could not connect"},
        QLatin1String{"autolaunch"},
        QLatin1String{"org.freedesktop.secrets"},
        QLatin1String{"ServiceUnknown"},
        QLatin1String{"was not provided by any .service files"},
    };
    for (const QLatin1String& marker : markers) {
        if (message.contains(marker, Qt::CaseInsensitive))
            return SecretStore::Status::NoBackend;
    }
    return status;
}

// Secrets the user gave while no keychain backend existed: this process only, never a file.
struct RunOnlySecrets
{
    QMutex mutex;
    QHash<QString, QByteArray> secrets; // "service/key" → secret

    static RunOnlySecrets& instance()
    {
        static RunOnlySecrets memory;
        return memory;
    }
    void keep(const QString& id, const QByteArray& secret)
    {
        const QMutexLocker lock{&mutex};
        secrets.insert(id, secret);
    }
    QByteArray find(const QString& id)
    {
        const QMutexLocker lock{&mutex};
        return secrets.value(id);
    }
    void forget(const QString& id)
    {
        const QMutexLocker lock{&mutex};
        secrets.remove(id);
    }
};

std::chrono::milliseconds& configuredTimeout()
{
    static std::chrono::milliseconds timeout{SecretStore::kDefaultTimeout};
    return timeout;
}

} // namespace

void SecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    configuredTimeout() = timeout;
}

std::chrono::milliseconds SecretStore::timeout()
{
    return configuredTimeout();
}

QString SecretStore::missingReason(const Lookup& lookup, const char* variable, const QString& key)
{
    const QString name = QString::fromLatin1(variable);
    switch (lookup.status) {
    case Status::NoEntry:
        return tr("%1 is not set and the keychain has no entry opsdash/%2").arg(name, key);
    case Status::NoBackend:
        return tr("%1 is not set and no keychain is available (%2)").arg(name, lookup.message);
    case Status::AccessDenied:
        return tr("%1 is not set and the keychain refused access to opsdash/%2 (%3)")
            .arg(name, key, lookup.message);
    case Status::Failed:
    case Status::Found:
        break;
    }
    return tr("%1 is not set and reading opsdash/%2 from the keychain failed (%3)")
        .arg(name, key, lookup.message);
}

QString SecretStore::timeoutMessage()
{
    return tr("the keychain did not answer within %1 s")
        .arg(QLocale{}.toString(static_cast<double>(timeout().count()) / 1000.0, 'g', 3));
}

void SecretStore::startWatched(
    const std::shared_ptr<bool>& done, QKeychain::Job* job, std::function<void()> onTimeout)
{
    QTimer::singleShot(timeout(), this,
        [this, job = QPointer<QKeychain::Job>{job}, done, onTimeout = std::move(onTimeout)] {
            if (*done)
                return;
            *done = true;
            if (job != nullptr) {
                // It may still answer (a stopped daemon continued): then it deletes itself, and
                // must not go with this store meanwhile, nor tell it anything.
                job->disconnect(this);
                job->setParent(nullptr);
            }
            qCWarning(lcSecrets).noquote()
                << "keychain job timed out after" << timeout().count() << "ms";
            onTimeout();
        });
    job->start();
}

SecretStore::SecretStore(QObject* parent, const QString& service)
    : QObject{parent}
    , m_service{service}
{ }

QString SecretStore::sessionsTokenKey(const QString& target)
{
    return QStringLiteral("sessions-token/") + target;
}

QString SecretStore::canaryCookieKey(const QString& target)
{
    return QStringLiteral("canary-cookie/") + target;
}

QString SecretStore::databasePasswordKey(const QString& profile)
{
    return QStringLiteral("pg-password/") + profile;
}

QString SecretStore::prometheusSecretKey(const QString& profile)
{
    return QStringLiteral("prometheus-secret/") + profile;
}

void SecretStore::lookup(const QString& key, const QByteArray& environmentVariable)
{
    if (!environmentVariable.isEmpty()) {
        const QByteArray value = qgetenv(environmentVariable.constData());
        if (!value.isEmpty()) {
            Lookup result{Status::Found, value,
                tr("environment variable %1").arg(QString::fromLatin1(environmentVariable)), {}};
            QTimer::singleShot(0, this, [this, key, result] { emit lookedUp(key, result); });
            return;
        }
    }

    auto* job = new QKeychain::ReadPasswordJob{m_service, this};
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    const QString origin = tr("keychain entry %1/%2").arg(m_service, key);
    auto done = std::make_shared<bool>(false);
    connect(
        job, &QKeychain::Job::finished, this, [this, key, origin, done](QKeychain::Job* finished) {
            if (std::exchange(*done, true))
                return; // timed out before
            auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
            Lookup result;
            result.origin = origin;
            result.status = refine(statusOf(read->error()), read->errorString());
            if (result.status == Status::Found)
                result.secret = read->binaryData();
            else
                result.message = read->errorString();
            if (result.status == Status::NoBackend) {
                const QByteArray kept = RunOnlySecrets::instance().find(m_service + u'/' + key);
                if (!kept.isEmpty()) {
                    result.status = Status::Found;
                    result.secret = kept;
                    result.origin = tr("this run's memory (no keychain backend)");
                }
            }
            qCDebug(lcSecrets).noquote() << "read" << origin << "→" << result.status;
            emit lookedUp(key, result);
        });
    startWatched(done, job, [this, key, origin] {
        emit lookedUp(key, Lookup{Status::Failed, {}, origin, timeoutMessage()});
    });
}

void SecretStore::store(const QString& key, const QByteArray& secret)
{
    auto* job = new QKeychain::WritePasswordJob{m_service, this};
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(secret);
    auto done = std::make_shared<bool>(false);
    connect(
        job, &QKeychain::Job::finished, this, [this, key, secret, done](QKeychain::Job* finished) {
            if (std::exchange(*done, true))
                return; // timed out before
            const Status status = refine(statusOf(finished->error()), finished->errorString());
            if (status == Status::NoBackend)
                RunOnlySecrets::instance().keep(m_service + u'/' + key, secret);
            emit stored(key, status, finished->errorString());
        });
    startWatched(done, job, [this, key] { emit stored(key, Status::Failed, timeoutMessage()); });
}

void SecretStore::remove(const QString& key)
{
    RunOnlySecrets::instance().forget(m_service + u'/' + key);
    auto* job = new QKeychain::DeletePasswordJob{m_service, this};
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    auto done = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, this, [this, key, done](QKeychain::Job* finished) {
        if (std::exchange(*done, true))
            return; // timed out before
        emit removed(key, refine(statusOf(finished->error()), finished->errorString()),
            finished->errorString());
    });
    startWatched(done, job, [this, key] { emit removed(key, Status::Failed, timeoutMessage()); });
}

} // namespace opsdash
