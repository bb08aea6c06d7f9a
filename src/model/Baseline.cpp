#include "model/Baseline.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <utility>

namespace opsdash {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QLatin1String>, N>& table, Enum value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QString{name};
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(
    const std::array<std::pair<Enum, QLatin1String>, N>& table, QStringView text)
{
    for (const auto& [e, name] : table) {
        if (text == name)
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<SessionSpec::Strategy, QLatin1String>, 3> kStrategies{{
    {SessionSpec::Strategy::Any, QLatin1String{"any"}},
    {SessionSpec::Strategy::Jwt, QLatin1String{"jwt"}},
    {SessionSpec::Strategy::Database, QLatin1String{"database"}},
}};

constexpr std::array<std::pair<PoolClient, QLatin1String>, 2> kClients{{
    {PoolClient::PostgresJs, QLatin1String{"postgres.js"}},
    {PoolClient::GoDatabaseSql, QLatin1String{"go-database-sql"}},
}};

constexpr std::array<std::pair<AttributionRule::Field, QLatin1String>, 4> kFields{{
    {AttributionRule::Field::ApplicationName, QLatin1String{"application_name"}},
    {AttributionRule::Field::Usename, QLatin1String{"usename"}},
    {AttributionRule::Field::Datname, QLatin1String{"datname"}},
    {AttributionRule::Field::ClientAddr, QLatin1String{"client_addr"}},
}};

constexpr std::array<std::pair<AttributionRule::Match, QLatin1String>, 3> kMatches{{
    {AttributionRule::Match::Exact, QLatin1String{"exact"}},
    {AttributionRule::Match::Prefix, QLatin1String{"prefix"}},
    {AttributionRule::Match::Regex, QLatin1String{"regex"}},
}};

// "24 h (86400 s)": the readable form, plus the form the file wrote when that differs.
QString describe(const Duration& d)
{
    const QString human{d.toString()};
    const QString written{d.toWrittenString()};
    return human == written ? human : human + QStringLiteral(" (") + written + QLatin1Char{')'};
}

QJsonValue toJson(const std::optional<Duration>& d)
{
    return d ? QJsonValue{d->toJson()} : QJsonValue{QJsonValue::Null};
}

} // namespace

QString toString(SessionSpec::Strategy strategy)
{
    return nameOf(kStrategies, strategy);
}
QString toString(PoolClient client)
{
    return nameOf(kClients, client);
}
QString toString(AttributionRule::Field field)
{
    return nameOf(kFields, field);
}
QString toString(AttributionRule::Match match)
{
    return nameOf(kMatches, match);
}
std::optional<SessionSpec::Strategy> strategyFromString(QStringView text)
{
    return valueOf(kStrategies, text);
}
std::optional<PoolClient> poolClientFromString(QStringView text)
{
    return valueOf(kClients, text);
}
std::optional<AttributionRule::Field> attributionFieldFromString(QStringView text)
{
    return valueOf(kFields, text);
}
std::optional<AttributionRule::Match> attributionMatchFromString(QStringView text)
{
    return valueOf(kMatches, text);
}

std::optional<qint64> PoolSpec::integerSetting(const QString& name) const
{
    const auto it{settings.constFind(name)};
    if (it == settings.cend())
        return std::nullopt;
    if (const auto* n = std::get_if<qint64>(&it.value()))
        return *n;
    return std::nullopt;
}

std::optional<Duration> PoolSpec::durationSetting(const QString& name) const
{
    const auto it{settings.constFind(name)};
    if (it == settings.cend())
        return std::nullopt;
    if (const auto* d = std::get_if<Duration>(&it.value()))
        return *d;
    return std::nullopt;
}

bool AttributionRule::matches(const QString& fieldValue) const
{
    switch (match) {
    case Match::Exact:
        return fieldValue == value;
    case Match::Prefix:
        return fieldValue.startsWith(value);
    case Match::Regex:
        return regex.match(fieldValue).hasMatch();
    }
    return false;
}

const PoolSpec* Baseline::pool(QStringView id) const
{
    const auto it{
        std::find_if(pools.cbegin(), pools.cend(), [id](const PoolSpec& p) { return p.id == id; })};
    return it == pools.cend() ? nullptr : &*it;
}

const ProviderSpec* Baseline::provider(QStringView id) const
{
    const auto it{std::find_if(
        providers.cbegin(), providers.cend(), [id](const ProviderSpec& p) { return p.id == id; })};
    return it == providers.cend() ? nullptr : &*it;
}

bool Baseline::knowsPool(QStringView id) const
{
    return id == kMonitorPool || id == kOtherPool || pool(id) != nullptr;
}

qint64 Baseline::totalBudget() const
{
    qint64 total{0};
    for (const auto& p : pools)
        total += p.budget;
    return total;
}

QStringList Baseline::overrideMetricsUrls(
    const QMap<QString, QString>& urls, MetricsUrlOrigin origin)
{
    QStringList unknown;
    for (auto it = urls.cbegin(); it != urls.cend(); ++it) {
        const auto spec = std::find_if(
            pools.begin(), pools.end(), [&](const PoolSpec& p) { return p.id == it.key(); });
        if (spec == pools.end()) {
            unknown << it.key();
            continue;
        }
        if (it.value().isEmpty())
            continue;
        spec->metricsUrl = it.value();
        spec->metricsUrlOrigin = origin;
    }
    return unknown;
}

QString toString(MetricsUrlOrigin origin)
{
    switch (origin) {
    case MetricsUrlOrigin::Baseline:
        break;
    case MetricsUrlOrigin::Profile:
        return QStringLiteral("profile");
    case MetricsUrlOrigin::ServeConfig:
        return QStringLiteral("config");
    }
    return QStringLiteral("baseline");
}

QJsonObject Baseline::toJson() const
{
    QJsonObject json;
    if (!schemaRef.isEmpty())
        json.insert(QStringLiteral("$schema"), schemaRef);
    json.insert(QStringLiteral("schemaVersion"), kSchemaVersion);
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("description"), description);

    QJsonObject filesJson;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        filesJson.insert(it.key(), it.value());
    json.insert(QStringLiteral("files"), filesJson);

    json.insert(QStringLiteral("session"),
        QJsonObject{{QStringLiteral("strategy"), opsdash::toString(session.strategy)},
            {QStringLiteral("maxAge"), session.maxAge.toJson()},
            {QStringLiteral("updateAge"), session.updateAge.toJson()}});

    QJsonArray providersJson;
    for (const auto& p : providers) {
        providersJson.append(
            QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("file"), p.fileKey},
                {QStringLiteral("refetchInterval"), p.refetchInterval.toJson()},
                {QStringLiteral("refetchOnWindowFocus"), p.refetchOnWindowFocus}});
    }
    json.insert(QStringLiteral("providers"), providersJson);

    json.insert(QStringLiteral("login"),
        QJsonObject{
            {QStringLiteral("errorParameter"), login.errorParameter},
            {QStringLiteral("sessionExpiredCode"), login.sessionExpiredCode},
            {QStringLiteral("errorVocabulary"), QJsonArray::fromStringList(login.errorVocabulary)},
        });

    QJsonArray poolsJson;
    for (const auto& p : pools) {
        QJsonObject settingsJson;
        for (auto it = p.settings.cbegin(); it != p.settings.cend(); ++it) {
            if (const auto* n = std::get_if<qint64>(&it.value()))
                settingsJson.insert(it.key(), *n);
            else
                settingsJson.insert(it.key(), std::get<Duration>(it.value()).toJson());
        }
        QJsonObject poolJson{{QStringLiteral("id"), p.id}, {QStringLiteral("label"), p.label},
            {QStringLiteral("client"), opsdash::toString(p.client)},
            {QStringLiteral("budget"), p.budget}, {QStringLiteral("settings"), settingsJson}};
        if (!p.binding.isEmpty())
            poolJson.insert(QStringLiteral("binding"), p.binding);
        if (p.call)
            poolJson.insert(QStringLiteral("call"), *p.call);
        if (!p.role.isEmpty())
            poolJson.insert(QStringLiteral("role"), p.role);
        if (!p.database.isEmpty())
            poolJson.insert(QStringLiteral("database"), p.database);
        if (!p.metricsUrl.isEmpty())
            poolJson.insert(QStringLiteral("metricsUrl"), p.metricsUrl);
        poolsJson.append(poolJson);
    }
    json.insert(QStringLiteral("pools"), poolsJson);

    json.insert(QStringLiteral("server"),
        QJsonObject{{QStringLiteral("maxConnections"), server.maxConnections},
            {QStringLiteral("monitorConnections"), server.monitorConnections}});

    QJsonArray rulesJson;
    for (const auto& r : attribution) {
        rulesJson.append(QJsonObject{{QStringLiteral("pool"), r.pool},
            {QStringLiteral("field"), opsdash::toString(r.field)},
            {QStringLiteral("match"), opsdash::toString(r.match)},
            {QStringLiteral("value"), r.value}});
    }
    json.insert(QStringLiteral("attribution"), rulesJson);
    json.insert(QStringLiteral("attributionFallback"), attributionFallback);

    json.insert(QStringLiteral("thresholds"),
        QJsonObject{
            {QStringLiteral("pool"),
                QJsonObject{{QStringLiteral("warnPercent"), thresholds.pool.warnPercent},
                    {QStringLiteral("criticalPercent"), thresholds.pool.criticalPercent}}},
            {QStringLiteral("session"),
                QJsonObject{{QStringLiteral("warnBefore"), thresholds.session.warnBefore.toJson()},
                    {QStringLiteral("criticalBefore"), thresholds.session.criticalBefore.toJson()},
                    {QStringLiteral("maxAge"), opsdash::toJson(thresholds.session.maxAge)}}},
            {QStringLiteral("live"),
                QJsonObject{{QStringLiteral("grace"), thresholds.live.grace.toJson()},
                    {QStringLiteral("canaryTolerance"), thresholds.live.canaryTolerance.toJson()},
                    {QStringLiteral("idleInTransaction"),
                        thresholds.live.idleInTransaction.toJson()},
                    {QStringLiteral("idleInTransactionExcluded"),
                        QJsonArray::fromStringList(thresholds.live.idleInTransactionExcluded)},
                    {QStringLiteral("poolWaitsPerMinute"), thresholds.live.poolWaitsPerMinute},
                    {QStringLiteral("poolIdleClosedPerMinute"),
                        thresholds.live.poolIdleClosedPerMinute}}},
        });

    json.insert(QStringLiteral("sessionsTable"),
        QJsonObject{{QStringLiteral("schema"), sessionsTable.schema},
            {QStringLiteral("table"), sessionsTable.table},
            {QStringLiteral("columns"),
                QJsonObject{{QStringLiteral("userId"), sessionsTable.userIdColumn},
                    {QStringLiteral("expires"), sessionsTable.expiresColumn},
                    {QStringLiteral("sessionToken"), sessionsTable.sessionTokenColumn}}}});

    json.insert(QStringLiteral("pgbouncer"),
        QJsonObject{{QStringLiteral("admin"),
                        pgbouncer.admin.isEmpty() ? QJsonValue{} : QJsonValue{pgbouncer.admin}},
            {QStringLiteral("maxWait"), pgbouncer.maxWait.toJson()}});

    json.insert(QStringLiteral("tasks"),
        QJsonObject{{QStringLiteral("required"), QJsonArray::fromStringList(tasks.required)},
            {QStringLiteral("progress"),
                tasks.progress ? QJsonValue{*tasks.progress} : QJsonValue{QJsonValue::Null}}});
    return json;
}

QStringList Baseline::summaryLines() const
{
    QStringList lines;
    lines << tr("baseline: %1").arg(name);
    lines << tr("source: %1 (sha256 %2)").arg(sourcePath, QString::fromLatin1(sha256.left(12)));

    QStringList poolParts;
    for (const auto& p : pools)
        poolParts << tr("%1 %2 (%3)").arg(p.id, QString::number(p.budget), p.label);
    lines << tr("pools: %1").arg(poolParts.join(QStringLiteral(", ")));

    // Only the arithmetic the baseline itself states; reserved slots are the server's to
    // report (server.capacity), not the baseline's.
    const qint64 budgets{totalBudget()};
    const qint64 committed{budgets + server.monitorConnections};
    lines << tr("budget: pools %1 + opsdash %2 = %3 of server.maxConnections %4 (%5)")
                 .arg(QString::number(budgets), QString::number(server.monitorConnections),
                     QString::number(committed), QString::number(server.maxConnections),
                     committed > server.maxConnections
                         ? tr("over by %1 even before reserved slots")
                               .arg(committed - server.maxConnections)
                         : tr("%1 spare before reserved slots")
                               .arg(server.maxConnections - committed));
    lines << tr("session: maxAge %1, updateAge %2 (%3)")
                 .arg(describe(session.maxAge), describe(session.updateAge),
                     opsdash::toString(session.strategy));
    lines << tr("files: %1, providers: %2, attribution rules: %3 (fallback %4)")
                 .arg(QString::number(files.size()), QString::number(providers.size()),
                     QString::number(attribution.size()), attributionFallback);
    return lines;
}

} // namespace opsdash
