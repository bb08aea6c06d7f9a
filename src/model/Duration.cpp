#include "model/Duration.h"

#include "model/JsonRead.h"

#include <QJsonValue>

#include <array>
#include <cmath>
#include <limits>

namespace opsdash {

namespace {

struct UnitName
{
    Duration::Unit unit;
    QLatin1String name;
    qint64 ms;
};

constexpr std::array<UnitName, 4> kUnits{{
    {Duration::Unit::Milliseconds, QLatin1String{"ms"}, 1},
    {Duration::Unit::Seconds, QLatin1String{"s"}, 1000},
    {Duration::Unit::Minutes, QLatin1String{"min"}, 60 * 1000},
    {Duration::Unit::Hours, QLatin1String{"h"}, 60 * 60 * 1000},
}};

// 2^53: beyond this a JSON number is no longer an exact integer.
constexpr double kMaxExactInteger{9007199254740992.0};

} // namespace

qint64 Duration::millisecondsPer(Unit unit)
{
    for (const auto& u : kUnits) {
        if (u.unit == unit)
            return u.ms;
    }
    return 1;
}

std::optional<Duration::Unit> Duration::unitFromString(QStringView text)
{
    for (const auto& u : kUnits) {
        if (text == u.name)
            return u.unit;
    }
    return std::nullopt;
}

QString Duration::unitToString(Unit unit)
{
    for (const auto& u : kUnits) {
        if (u.unit == unit)
            return QString{u.name};
    }
    return QStringLiteral("ms");
}

Result<Duration> Duration::from(qint64 value, Unit unit)
{
    const qint64 factor{millisecondsPer(unit)};
    constexpr qint64 max{std::numeric_limits<qint64>::max()};
    if (value > max / factor || value < -(max / factor))
        return Error{tr("duration is too large"), QStringLiteral("value")};
    return Duration{value * factor, value, unit};
}

Result<Duration> Duration::fromJson(const QJsonValue& json)
{
    if (!json.isObject()) {
        return Error{tr("expected a duration such as {\"value\": 30, \"unit\": \"s\"}, got %1")
                         .arg(JsonRead::describe(json)),
            {}};
    }
    const QJsonObject obj{json.toObject()};
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (it.key() != QLatin1String{"value"} && it.key() != QLatin1String{"unit"})
            return Error{tr("unknown key (a duration has only \"value\" and \"unit\")"), it.key()};
    }

    const QJsonValue value{obj.value(QLatin1String{"value"})};
    if (value.isUndefined())
        return Error{tr("required field is missing"), QStringLiteral("value")};
    if (!value.isDouble())
        return Error{JsonRead::typeError(JsonRead::Type::Integer, value), QStringLiteral("value")};
    const double d{value.toDouble()};
    if (!std::isfinite(d) || std::trunc(d) != d)
        return Error{JsonRead::typeError(JsonRead::Type::Integer, value), QStringLiteral("value")};
    if (d < 0)
        return Error{tr("must not be negative"), QStringLiteral("value")};
    if (d > kMaxExactInteger)
        return Error{tr("duration is too large"), QStringLiteral("value")};

    const QJsonValue unitValue{obj.value(QLatin1String{"unit"})};
    if (unitValue.isUndefined())
        return Error{tr("required field is missing"), QStringLiteral("unit")};
    if (!unitValue.isString()) {
        return Error{
            JsonRead::typeError(JsonRead::Type::String, unitValue), QStringLiteral("unit")};
    }
    const auto unit{unitFromString(unitValue.toString())};
    if (!unit) {
        return Error{tr("unknown unit \"%1\" (expected ms, s, min or h)").arg(unitValue.toString()),
            QStringLiteral("unit")};
    }
    return from(static_cast<qint64>(d), *unit);
}

QJsonObject Duration::toJson() const
{
    return QJsonObject{
        {QStringLiteral("value"), m_value}, {QStringLiteral("unit"), unitToString(m_unit)}};
}

QString Duration::toString() const
{
    // Largest unit first; zero reads best in seconds.
    if (m_ms == 0)
        return QStringLiteral("0 s");
    for (auto it = kUnits.rbegin(); it != kUnits.rend(); ++it) {
        if (m_ms % it->ms == 0)
            return QString::number(m_ms / it->ms) + QLatin1Char{' '} + it->name;
    }
    return QString::number(m_ms) + QStringLiteral(" ms");
}

QString Duration::toWrittenString() const
{
    return QString::number(m_value) + QLatin1Char{' '} + unitToString(m_unit);
}

} // namespace opsdash
