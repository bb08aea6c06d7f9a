#include "PrometheusResponse.h"

#include "clock/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace opsdash {

namespace {

using Kind = SourceError::Kind;

SourceError payloadError(Kind kind, const QString& message, const QString& where)
{
    return SourceError{kind, message, where, {}};
}

// [1712345678.123, "42"]: seconds with a fraction, and the value as a string ("NaN", "+Inf").
std::optional<std::pair<qint64, double>> point(const QJsonValue& value)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isString())
        return std::nullopt;
    bool ok = false;
    const double number = pair.at(1).toString().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return std::pair{std::llround(pair.at(0).toDouble() * 1000.0), number};
}

int count(double value)
{
    return std::isfinite(value) ? static_cast<int>(std::lround(value)) : 0;
}

} // namespace

Result<QList<PrometheusSeries>, SourceError> parsePrometheusAnswer(
    const QByteArray& body, const QString& where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return payloadError(Kind::InvalidJson,
            SourceError::tr("invalid JSON at byte %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()),
            where);
    if (!document.isObject())
        return payloadError(
            Kind::WrongType, SourceError::tr("the answer must be a JSON object"), where);
    const QJsonObject root = document.object();
    const QString status = root.value(QLatin1String{"status"}).toString();
    if (status == QLatin1String{"error"}) {
        SourceError error{Kind::QueryFailed,
            SourceError::tr("Prometheus refused the query (%1): %2")
                .arg(root.value(QLatin1String{"errorType"}).toString(),
                    root.value(QLatin1String{"error"}).toString()),
            where, root.value(QLatin1String{"errorType"}).toString()};
        return error;
    }
    if (status != QLatin1String{"success"})
        return payloadError(Kind::MissingField,
            SourceError::tr("required field \"status\" is missing or not \"success\""), where);
    const QJsonObject data = root.value(QLatin1String{"data"}).toObject();
    const QString type = data.value(QLatin1String{"resultType"}).toString();
    const QJsonValue result = data.value(QLatin1String{"result"});
    if (!result.isArray() || (type != QLatin1String{"vector"} && type != QLatin1String{"matrix"}))
        return payloadError(Kind::WrongType,
            SourceError::tr("data.result must be a vector or a matrix, got \"%1\"").arg(type),
            where);
    const bool vector = type == QLatin1String{"vector"};
    QList<PrometheusSeries> series;
    const QJsonArray items = result.toArray();
    series.reserve(items.size());
    for (const QJsonValue& item : items) {
        const QJsonObject object = item.toObject();
        PrometheusSeries one;
        const QJsonObject metric = object.value(QLatin1String{"metric"}).toObject();
        for (auto it = metric.constBegin(); it != metric.constEnd(); ++it)
            one.labels.insert(it.key(), it.value().toString());
        if (vector) {
            const std::optional<std::pair<qint64, double>> value
                = point(object.value(QLatin1String{"value"}));
            if (!value)
                return payloadError(Kind::WrongType,
                    SourceError::tr("a sample's value must be [time, \"number\"]"), where);
            one.points.append(*value);
        } else {
            const QJsonArray values = object.value(QLatin1String{"values"}).toArray();
            one.points.reserve(values.size());
            for (const QJsonValue& value : values) {
                const std::optional<std::pair<qint64, double>> parsed = point(value);
                if (!parsed)
                    return payloadError(Kind::WrongType,
                        SourceError::tr("a sample's value must be [time, \"number\"]"), where);
                one.points.append(*parsed);
            }
        }
        series.append(std::move(one));
    }
    return series;
}

QString promqlString(const QString& value)
{
    QString escaped = value;
    escaped.replace(u'\\', QLatin1String{"\\\\"});
    escaped.replace(u'"', QLatin1String{"\\\""});
    escaped.replace(u'\n', QLatin1String{"\\n"});
    return u'"' + escaped + u'"';
}

PrometheusReading readingFromSeries(
    const Baseline& baseline, const QList<PrometheusSeries>& series, const QDateTime& evaluatedAt)
{
    PrometheusReading reading;
    reading.found = !series.isEmpty();
    ActivitySample& sample = reading.sample;
    sample.serverTime = evaluatedAt;
    sample.receivedAt = Clock::current().nowUtc();
    for (const PoolSpec& pool : baseline.pools)
        sample.pools.append(PoolUsage{pool.id, {}});
    const auto poolAt = [&sample](const QString& id) -> PoolUsage& {
        for (PoolUsage& usage : sample.pools) {
            if (usage.pool == id)
                return usage;
        }
        sample.pools.append(PoolUsage{id, {}});
        return sample.pools.last();
    };
    ServerFacts facts;
    bool haveFacts = false;
    QHash<QString, Finding> checks; // by check id, in the order first seen
    QStringList checkOrder;
    std::array<int, 3> login{};
    bool haveLogin = false;
    for (const PrometheusSeries& one : series) {
        if (one.points.isEmpty())
            continue;
        const QString name = one.label(QStringLiteral("__name__"));
        const double value = one.points.constFirst().second;
        if (name == QLatin1String{"opsdash_up"}) {
            reading.up = value > 0.5;
        } else if (name == QLatin1String{"opsdash_pool_connections"}) {
            PoolUsage& usage = poolAt(one.label(QStringLiteral("pool")));
            for (std::size_t s = 0; s < BackendStateCount; ++s) {
                if (toString(static_cast<BackendState>(s)) == one.label(QStringLiteral("state")))
                    usage.byState.at(s) += count(value);
            }
        } else if (name == QLatin1String{"opsdash_pool_budget_connections"}) {
            reading.budgets.insert(one.label(QStringLiteral("pool")), count(value));
        } else if (name == QLatin1String{"pg_settings_max_connections"}) {
            facts.maxConnections = count(value);
            haveFacts = true;
        } else if (name == QLatin1String{"pg_settings_superuser_reserved_connections"}) {
            facts.superuserReservedConnections = count(value);
        } else if (name == QLatin1String{"pg_settings_reserved_connections"}) {
            facts.reservedConnections = count(value);
        } else if (name == QLatin1String{"opsdash_check"}) {
            // A stateset: one series per state, 1 on the state that holds.
            const QString id = one.label(QStringLiteral("check"));
            if (!checks.contains(id)) {
                Finding finding;
                finding.checkId = id;
                finding.plane
                    = planeFromString(one.label(QStringLiteral("plane"))).value_or(Plane::Live);
                finding.status = CheckStatus::Unknown;
                finding.evidence = QStringLiteral("opsdash_check{check=%1}").arg(promqlString(id));
                checks.insert(id, finding);
                checkOrder << id;
            }
            if (value > 0.5) {
                if (const std::optional<CheckStatus> status
                    = checkStatusFromString(one.label(QStringLiteral("opsdash_check"))))
                    checks[id].status = *status;
            }
        } else if (name == QLatin1String{"opsdash_login_sessions"}) {
            static const std::array<QLatin1String, 3> levels{
                QLatin1String{"ok"}, QLatin1String{"warn"}, QLatin1String{"critical"}};
            for (std::size_t level = 0; level < levels.size(); ++level) {
                if (one.label(QStringLiteral("level")) == levels.at(level)) {
                    login.at(level) = count(value);
                    haveLogin = true;
                }
            }
        }
    }
    if (haveFacts) {
        facts.readAt = evaluatedAt;
        reading.facts = facts;
    }
    std::optional<int> committed;
    std::optional<int> usable;
    for (const PrometheusSeries& one : series) {
        const QString name = one.label(QStringLiteral("__name__"));
        if (one.points.isEmpty())
            continue;
        if (name == QLatin1String{"opsdash_committed_connections"})
            committed = count(one.points.constFirst().second);
        else if (name == QLatin1String{"opsdash_server_usable_connections"})
            usable = count(one.points.constFirst().second);
    }
    for (const QString& id : std::as_const(checkOrder)) {
        Finding finding = checks.value(id);
        finding.firstSeen = evaluatedAt;
        // The stateset carries the verdict only; the capacity check's numbers are series of
        // their own, and every other check's detail stays on serve's side.
        if (id == QLatin1String{"server.capacity"} && committed && usable) {
            finding.expected = PrometheusReading::tr("≤ %1 usable slots").arg(*usable);
            finding.actual = PrometheusReading::tr("%1 committed").arg(*committed);
        } else {
            finding.reason = PrometheusReading::tr(
                "as opsdash serve judged it (read from Prometheus; its evidence is serve's)");
        }
        reading.findings.append(finding);
    }
    if (haveLogin)
        reading.loginSessions = login;
    return reading;
}

} // namespace opsdash
