#pragma once

#include <QDateTime>
#include <QLatin1String>
#include <QMetaType>
#include <QString>

#include <optional>

namespace opsdash {

// How bad an event, or the current state, is. Ordered: a worse severity compares greater.
enum class Severity { Info, Warning, Critical };

QString toString(Severity severity); // "info", "warning", "critical"
std::optional<Severity> severityFromString(QStringView text);

// What an alert is about; also the event kinds the history store keeps for them.
namespace AlertKind {
inline constexpr QLatin1String Threshold{"threshold"}; // a pool against its budget
inline constexpr QLatin1String Capacity{"capacity"}; // client sessions against usable slots
inline constexpr QLatin1String Drift{"drift"}; // a finding's status changed
inline constexpr QLatin1String Sessions{"sessions"}; // login sessions about to expire
inline constexpr QLatin1String SessionSource{"session-source"}; // its source failed or recovered
inline constexpr QLatin1String Disconnected{"disconnected"};
inline constexpr QLatin1String Reconnected{"reconnected"};
inline constexpr QLatin1String Backend{"backend"}; // cancel / terminate asked by the user
inline constexpr QLatin1String Annotation{"annotation"};
inline constexpr QLatin1String Notice{"notice"}; // the window's own word (a keychain out of reach)
// The user's acknowledgements and mutes (model/Acknowledgement.h), and a mute's end.
inline constexpr QLatin1String Acknowledged{"acknowledged"};
inline constexpr QLatin1String Muted{"muted"};
inline constexpr QLatin1String MuteEnded{"mute-ended"};
} // namespace AlertKind

// One thing that happened and deserves a line in the events panel (and maybe a desktop
// notification).
struct Alert
{
    QDateTime time; // UTC
    Severity severity{Severity::Info};
    QString kind; // AlertKind::…
    QString subject; // pool id, check id, … ; empty when the kind says it all
    QString message;

    friend bool operator==(const Alert&, const Alert&) = default;
};

// What the user did (a backend signal, an annotation, an acknowledgement or mute) or said
// about itself (a mute's end): listed, never announced back as a notification.
bool isUserAction(const Alert& alert);

} // namespace opsdash

Q_DECLARE_METATYPE(opsdash::Alert)
