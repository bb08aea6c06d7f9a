#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <compare>

class QJsonValue;

namespace opsdash {

// A configured length of time, as the baseline writes it: {"value": 30, "unit": "min"}.
// Kept in milliseconds for arithmetic, but remembers the unit it was written in so a dump
// of the effective baseline reads like the file it came from.
class Duration final
{
    Q_DECLARE_TR_FUNCTIONS(Duration)

public:
    enum class Unit { Milliseconds, Seconds, Minutes, Hours, Days, Weeks };

    constexpr Duration() = default;

    // Fails (instead of wrapping) when value × unit does not fit in qint64 milliseconds.
    static Result<Duration> from(qint64 value, Unit unit);
    static Duration fromMilliseconds(qint64 ms) { return Duration{ms, ms, Unit::Milliseconds}; }
    static Duration fromSeconds(qint64 s) { return Duration{s * 1000, s, Unit::Seconds}; }
    static Duration fromMinutes(qint64 m) { return Duration{m * 60 * 1000, m, Unit::Minutes}; }

    // Parses {"value": N, "unit": "ms"|"s"|"min"|"h"} with N a non-negative integer.
    // Error::where holds the offending key ("value", "unit", or a foreign key name) so
    // the caller can prefix its own path.
    static Result<Duration> fromJson(const QJsonValue& json);

    static std::optional<Unit> unitFromString(QStringView text);
    static QString unitToString(Unit unit);
    static qint64 millisecondsPer(Unit unit);

    qint64 milliseconds() const { return m_ms; }
    qint64 seconds() const { return m_ms / 1000; } // whole seconds, truncated
    qint64 value() const { return m_value; } // in unit(), as written
    Unit unit() const { return m_unit; }

    // {"value": N, "unit": "…"} in the unit the duration was written in.
    QJsonObject toJson() const;
    // In the largest unit that represents it exactly: "24 h", "4 min", "30 s", "1500 ms".
    QString toString() const;
    // As written: "86400 s", "240 s", "30 min".
    QString toWrittenString() const;

    // Equal lengths compare equal whatever unit they were written in.
    friend bool operator==(const Duration& a, const Duration& b) { return a.m_ms == b.m_ms; }
    friend std::strong_ordering operator<=>(const Duration& a, const Duration& b)
    {
        return a.m_ms <=> b.m_ms;
    }

private:
    constexpr Duration(qint64 ms, qint64 value, Unit unit)
        : m_ms{ms}
        , m_value{value}
        , m_unit{unit}
    { }

    qint64 m_ms{0};
    qint64 m_value{0};
    Unit m_unit{Unit::Seconds};
};

} // namespace opsdash
