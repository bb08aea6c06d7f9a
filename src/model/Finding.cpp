#include "Finding.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace opsdash {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Finding)
};

constexpr std::array planeNames{
    std::pair{Plane::Source, "source"},
    std::pair{Plane::Server, "server"},
    std::pair{Plane::Live, "live"},
};

constexpr std::array statusNames{
    std::pair{CheckStatus::Pass, "pass"},
    std::pair{CheckStatus::Fail, "fail"},
    std::pair{CheckStatus::Unknown, "unknown"},
    std::pair{CheckStatus::Missing, "missing"},
    std::pair{CheckStatus::NotChecked, "not-checked"},
};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value)
{
    for (const auto& [candidate, name] : names) {
        if (candidate == value)
            return QLatin1String{name};
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(
    const std::array<std::pair<Enum, const char*>, N>& names, QStringView text)
{
    for (const auto& [value, name] : names) {
        if (text == QLatin1String{name})
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toString(Plane plane)
{
    return nameOf(planeNames, plane);
}

QString toString(CheckStatus status)
{
    return nameOf(statusNames, status);
}

QString statusWord(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return Text::tr("pass");
    case CheckStatus::Fail:
        return Text::tr("fail");
    case CheckStatus::Unknown:
        return Text::tr("unknown");
    case CheckStatus::Missing:
        return Text::tr("missing");
    case CheckStatus::NotChecked:
        break;
    }
    return Text::tr("not-checked");
}

int worstFirstRank(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Fail:
        return 0;
    case CheckStatus::Missing:
        return 1;
    case CheckStatus::Unknown:
        return 2;
    case CheckStatus::Pass:
    case CheckStatus::NotChecked:
        break;
    }
    return 3;
}

namespace {

int impactRank(Plane plane)
{
    switch (plane) {
    case Plane::Live:
        return 0;
    case Plane::Server:
        return 1;
    case Plane::Source:
        break;
    }
    return 2;
}

} // namespace

bool worseByImpact(const Finding& a, const Finding& b)
{
    return std::pair{impactRank(a.plane), worstFirstRank(a.status)}
    < std::pair{impactRank(b.plane), worstFirstRank(b.status)};
}

QString statusGlyph(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Fail:
        return QStringLiteral("✕");
    case CheckStatus::Missing:
        return QStringLiteral("!");
    case CheckStatus::Unknown:
        return QStringLiteral("?");
    case CheckStatus::Pass:
        return QStringLiteral("✓");
    case CheckStatus::NotChecked:
        break;
    }
    return QStringLiteral("–");
}

std::optional<Plane> planeFromString(QStringView text)
{
    return valueOf(planeNames, text);
}

std::optional<CheckStatus> checkStatusFromString(QStringView text)
{
    return valueOf(statusNames, text);
}

QJsonObject Finding::toJson() const
{
    QJsonObject object{
        {QStringLiteral("check"), checkId},
        {QStringLiteral("plane"), toString(plane)},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("expected"), expected},
        {QStringLiteral("actual"), actual.isNull() ? QJsonValue{} : QJsonValue{actual}},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("firstSeen"),
            firstSeen.isValid() ? QJsonValue{firstSeen.toUTC().toString(Qt::ISODateWithMs)}
                                : QJsonValue{}},
    };
    if (!reason.isEmpty())
        object.insert(QStringLiteral("reason"), reason);
    return object;
}

int exitStatusFor(const QList<Finding>& findings)
{
    for (const Finding& finding : findings) {
        switch (finding.status) {
        case CheckStatus::Fail:
        case CheckStatus::Missing:
        case CheckStatus::Unknown:
            return 1;
        case CheckStatus::Pass:
        case CheckStatus::NotChecked:
            break;
        }
    }
    return 0;
}

} // namespace opsdash
