#include "Alert.h"

namespace opsdash {

QString toString(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("info");
}

std::optional<Severity> severityFromString(QStringView text)
{
    for (const Severity severity : {Severity::Info, Severity::Warning, Severity::Critical}) {
        if (text == toString(severity))
            return severity;
    }
    return std::nullopt;
}

bool isUserAction(const Alert& alert)
{
    for (const QLatin1String kind : {AlertKind::Backend, AlertKind::Annotation,
             AlertKind::Acknowledged, AlertKind::Muted, AlertKind::MuteEnded}) {
        if (alert.kind == kind)
            return true;
    }
    return false;
}

} // namespace opsdash
