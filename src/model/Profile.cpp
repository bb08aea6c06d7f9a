#include "Profile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace opsdash {

namespace {

std::optional<QString> urlProblem(const QString& text)
{
    const QUrl url{text, QUrl::StrictMode};
    if (!url.isValid()
        || (url.scheme() != QLatin1String{"http"} && url.scheme() != QLatin1String{"https"}))
        return Profile::tr("must be an http:// or https:// URL");
    if (url.host().isEmpty())
        return Profile::tr("needs a host name");
    if (!url.userInfo().isEmpty())
        return Profile::tr("must not carry a user or password; tokens go to the keychain");
    return std::nullopt;
}

// The entries of Profile::poolMetricsUrls: "pool=URL", apart by white space or commas.
QStringList metricsEntries(const QString& text)
{
    static const QRegularExpression separators{QStringLiteral("[\\s,]+")};
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

const QStringList& Profile::sslModes()
{
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"),
        QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
        QStringLiteral("verify-full")};
    return modes;
}

QList<Profile::Problem> Profile::problems(const QStringList& otherNames) const
{
    QList<Problem> found;
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        found.append({Field::Name, tr("A name is required.")});
    else if (otherNames.contains(trimmedName, Qt::CaseInsensitive))
        found.append({Field::Name, tr("Another target is already called “%1”.").arg(trimmedName)});
    else if (trimmedName.contains(u'/') || trimmedName.contains(u'\\'))
        found.append({Field::Name, tr("A name cannot contain / or \\.")});

    if (kind == Kind::Prometheus) {
        if (prometheusUrl.trimmed().isEmpty())
            found.append({Field::PrometheusUrl, tr("A Prometheus URL is required.")});
        else if (const std::optional<QString> problem = urlProblem(prometheusUrl.trimmed()))
            found.append({Field::PrometheusUrl, tr("Prometheus URL %1.").arg(*problem)});
        if (prometheusAuth == PrometheusAccess::Auth::Basic && prometheusUser.trimmed().isEmpty())
            found.append({Field::PrometheusUser, tr("Basic authentication needs a user.")});
        if (prometheusTarget.trimmed().isEmpty())
            found.append({Field::PrometheusTarget,
                tr("The target label is required: the `target` value opsdash serve gives this "
                   "database's series.")});
    }

    // A Prometheus profile names no server and no session source: those fields are unused.
    if (kind == Kind::Database) {
        switch (style) {
        case ConnectionStyle::Fields:
            if (host.trimmed().isEmpty())
                found.append(
                    {Field::Host, tr("A host (name, address or socket directory) is required.")});
            if (port < 1 || port > 65535)
                found.append({Field::Port, tr("The port must be from 1 to 65535.")});
            if (!sslMode.isEmpty() && !sslModes().contains(sslMode))
                found.append({Field::SslMode, tr("Unknown sslmode “%1”.").arg(sslMode)});
            if (!sslRootCert.isEmpty() && !QFileInfo{sslRootCert}.isFile())
                found.append({Field::SslRootCert, tr("No such file: %1").arg(sslRootCert)});
            break;
        case ConnectionStyle::Service:
            if (service.trimmed().isEmpty())
                found.append(
                    {Field::Service, tr("A service name (from pg_service.conf) is required.")});
            break;
        case ConnectionStyle::Conninfo:
            if (conninfo.trimmed().isEmpty())
                found.append(
                    {Field::Conninfo, tr("A connection string or postgresql:// URI is required.")});
            break;
        }

        if (!adminUrl.isEmpty()) {
            if (const std::optional<QString> problem = urlProblem(adminUrl))
                found.append({Field::AdminUrl, tr("Admin URL %1.").arg(*problem)});
        }
        if (!canaryUrl.isEmpty()) {
            if (const std::optional<QString> problem = urlProblem(canaryUrl))
                found.append({Field::CanaryUrl, tr("Canary URL %1.").arg(*problem)});
        }
        for (const QString& entry : metricsEntries(poolMetricsUrls)) {
            const qsizetype equals = entry.indexOf(u'=');
            if (equals <= 0) {
                found.append({Field::PoolMetricsUrls,
                    tr("Pool metrics “%1”: write pool=URL, e.g. "
                       "scheduling=http://127.0.0.1:9102/metrics.")
                        .arg(entry)});
            } else if (const std::optional<QString> problem = urlProblem(entry.mid(equals + 1))) {
                found.append({Field::PoolMetricsUrls,
                    tr("Metrics URL of pool %1 %2.").arg(entry.left(equals), *problem)});
            }
        }
    }
    if (!repoDir.isEmpty() && !QFileInfo{repoDir}.isDir())
        found.append({Field::RepoDir, tr("No such directory: %1").arg(repoDir)});
    if (!baselineFile.isEmpty() && !QFileInfo{baselineFile}.isFile())
        found.append({Field::BaselineFile, tr("No such file: %1").arg(baselineFile)});
    if (intervalSeconds < 1 || intervalSeconds > 60)
        found.append({Field::Interval, tr("The poll interval must be from 1 to 60 seconds.")});
    return found;
}

ConnectionParameters Profile::connectionParameters() const
{
    ConnectionParameters parameters;
    const auto add = [&parameters](const char* keyword, const QString& value) {
        if (!value.isEmpty())
            parameters.append({QByteArray{keyword}, value.toUtf8()});
    };
    switch (style) {
    case ConnectionStyle::Fields:
        add("host", host.trimmed());
        add("port", QString::number(port));
        add("dbname", database);
        add("user", user);
        add("sslmode", sslMode);
        add("sslrootcert", sslRootCert);
        break;
    case ConnectionStyle::Service:
        add("service", service.trimmed());
        break;
    case ConnectionStyle::Conninfo:
        break; // TargetOptions::conninfo carries it, expanded by libpq itself
    }
    return parameters;
}

QMap<QString, QString> Profile::poolMetricsUrlMap() const
{
    QMap<QString, QString> urls;
    for (const QString& entry : metricsEntries(poolMetricsUrls)) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals > 0 && !urlProblem(entry.mid(equals + 1)))
            urls.insert(entry.left(equals), entry.mid(equals + 1));
    }
    return urls;
}

TargetOptions Profile::toTargetOptions() const
{
    TargetOptions options;
    if (kind == Kind::Prometheus) {
        options.prometheus.url = prometheusUrl.trimmed();
        options.prometheus.target = prometheusTarget.trimmed();
        options.prometheus.auth = prometheusAuth;
        options.prometheus.user = prometheusAuth == PrometheusAccess::Auth::Basic
            ? prometheusUser.trimmed()
            : QString{};
        options.repoDir = repoDir;
        options.baselinePath = baselineFile;
        options.profile = name;
        options.interval = std::chrono::seconds{intervalSeconds};
        return options;
    }
    options.hasDatabase = true;
    options.conninfo = style == ConnectionStyle::Conninfo ? conninfo.trimmed() : QString{};
    options.connectionParameters = connectionParameters();
    options.sessionsUrl = adminUrl;
    options.sessionsTable = sessionsTable;
    options.canaryUrl = canaryUrl;
    options.repoDir = repoDir;
    options.baselinePath = baselineFile;
    options.profile = name;
    options.interval = std::chrono::seconds{intervalSeconds};
    options.allowBackendSignals = allowBackendSignals;
    options.pgbouncerAdmin = pgbouncerAdmin.trimmed();
    options.poolMetricsUrls = poolMetricsUrlMap();
    return options;
}

} // namespace opsdash
