#include "ProfileStore.h"

#include "model/SettingsKeys.h"

namespace opsdash {

namespace {

using Style = Profile::ConnectionStyle;

QString styleName(Style style)
{
    switch (style) {
    case Style::Fields:
        break;
    case Style::Service:
        return QStringLiteral("service");
    case Style::Conninfo:
        return QStringLiteral("conninfo");
    }
    return QStringLiteral("fields");
}

Style styleFromName(const QString& name)
{
    if (name == QLatin1String{"service"})
        return Style::Service;
    if (name == QLatin1String{"conninfo"})
        return Style::Conninfo;
    return Style::Fields;
}

using Auth = PrometheusAccess::Auth;

QString authName(Auth auth)
{
    switch (auth) {
    case Auth::None:
        break;
    case Auth::Bearer:
        return QStringLiteral("bearer");
    case Auth::Basic:
        return QStringLiteral("basic");
    }
    return QStringLiteral("none");
}

Auth authFromName(const QString& name)
{
    if (name == QLatin1String{"bearer"})
        return Auth::Bearer;
    if (name == QLatin1String{"basic"})
        return Auth::Basic;
    return Auth::None;
}

QString groupOf(const QString& name)
{
    return SettingsKeys::ProfilesGroup + u'/' + name;
}

// What a database and a Prometheus profile both have.
void writeCommon(QSettings& s, const Profile& profile)
{
    namespace K = SettingsKeys::ProfileKeys;
    K::RepoDir.write(s, profile.repoDir);
    K::BaselineFile.write(s, profile.baselineFile);
    K::Interval.write(s, profile.intervalSeconds);
}

} // namespace

ProfileStore::ProfileStore()
    : m_settings{std::make_unique<QSettings>()}
{ }

ProfileStore::ProfileStore(const QString& iniFile)
    : m_settings{std::make_unique<QSettings>(iniFile, QSettings::IniFormat)}
{ }

ProfileStore::~ProfileStore() = default;

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(SettingsKeys::ProfilesGroup);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<Profile> ProfileStore::load(const QString& name) const
{
    if (name.isEmpty() || !names().contains(name))
        return std::nullopt;
    namespace K = SettingsKeys::ProfileKeys;
    QSettings& s = *m_settings;
    s.beginGroup(groupOf(name));
    Profile profile;
    profile.name = name;
    profile.kind = K::Kind.read(s) == QLatin1String{"prometheus"} ? Profile::Kind::Prometheus
                                                                  : Profile::Kind::Database;
    profile.prometheusUrl = K::PrometheusUrl.read(s);
    profile.prometheusTarget = K::PrometheusTarget.read(s);
    profile.prometheusAuth = authFromName(K::PrometheusAuth.read(s));
    profile.prometheusUser = K::PrometheusUser.read(s);
    profile.style = styleFromName(K::Style.read(s));
    profile.host = K::Host.read(s);
    profile.port = K::Port.read(s);
    profile.database = K::Database.read(s);
    profile.user = K::User.read(s);
    profile.sslMode = K::SslMode.read(s);
    profile.sslRootCert = K::SslRootCert.read(s);
    profile.service = K::Service.read(s);
    profile.conninfo = K::Conninfo.read(s);
    profile.adminUrl = K::AdminUrl.read(s);
    profile.sessionsTable = K::SessionsTable.read(s);
    profile.canaryUrl = K::CanaryUrl.read(s);
    profile.repoDir = K::RepoDir.read(s);
    profile.baselineFile = K::BaselineFile.read(s);
    profile.intervalSeconds = K::Interval.read(s);
    profile.allowBackendSignals = K::AllowBackendSignals.read(s);
    profile.pgbouncerAdmin = K::PgBouncerAdmin.read(s);
    profile.poolMetricsUrls = K::PoolMetricsUrls.read(s);
    s.endGroup();
    return profile;
}

void ProfileStore::save(const Profile& profile, const QString& previousName)
{
    namespace K = SettingsKeys::ProfileKeys;
    QSettings& s = *m_settings;
    if (!previousName.isEmpty() && previousName != profile.name) {
        s.remove(groupOf(previousName));
        if (SettingsKeys::LastProfile.read(s) == previousName)
            setLastUsed(profile.name);
    }
    s.remove(groupOf(profile.name)); // no stale keys of another connection style
    s.beginGroup(groupOf(profile.name));
    if (profile.kind == Profile::Kind::Prometheus) {
        // Team mode: no server, no session source; the rest is shared with a database profile.
        K::Kind.write(s, QStringLiteral("prometheus"));
        K::PrometheusUrl.write(s, profile.prometheusUrl);
        K::PrometheusTarget.write(s, profile.prometheusTarget);
        K::PrometheusAuth.write(s, authName(profile.prometheusAuth));
        if (profile.prometheusAuth == Auth::Basic)
            K::PrometheusUser.write(s, profile.prometheusUser);
        writeCommon(s, profile);
        s.endGroup();
        return;
    }
    K::Style.write(s, styleName(profile.style));
    // Only the chosen style's fields: the others would be dead weight that looks live.
    switch (profile.style) {
    case Style::Fields:
        K::Host.write(s, profile.host);
        K::Port.write(s, profile.port);
        K::Database.write(s, profile.database);
        K::User.write(s, profile.user);
        K::SslMode.write(s, profile.sslMode);
        K::SslRootCert.write(s, profile.sslRootCert);
        break;
    case Style::Service:
        K::Service.write(s, profile.service);
        break;
    case Style::Conninfo:
        K::Conninfo.write(s, profile.conninfo);
        break;
    }
    K::AdminUrl.write(s, profile.adminUrl);
    K::SessionsTable.write(s, profile.sessionsTable);
    K::CanaryUrl.write(s, profile.canaryUrl);
    K::AllowBackendSignals.write(s, profile.allowBackendSignals);
    writeCommon(s, profile);
    if (!profile.pgbouncerAdmin.isEmpty()) // most targets have none: no key for them
        K::PgBouncerAdmin.write(s, profile.pgbouncerAdmin);
    if (!profile.poolMetricsUrls.trimmed().isEmpty())
        K::PoolMetricsUrls.write(s, profile.poolMetricsUrls.trimmed());
    s.endGroup();
}

void ProfileStore::remove(const QString& name)
{
    m_settings->remove(groupOf(name));
    if (lastUsed() == name)
        m_settings->remove(SettingsKeys::LastProfile.name);
}

QString ProfileStore::lastUsed() const
{
    const QString name = SettingsKeys::LastProfile.read(*m_settings);
    return names().contains(name) ? name : QString{};
}

void ProfileStore::setLastUsed(const QString& name)
{
    SettingsKeys::LastProfile.write(*m_settings, name);
}

void ProfileStore::sync()
{
    m_settings->sync();
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

} // namespace opsdash
