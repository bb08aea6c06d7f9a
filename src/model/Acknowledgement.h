#pragma once

#include "model/Alert.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace opsdash {

// An engineer's word on an alert's condition or on a check: acknowledged (until the
// condition clears) or muted (until a time). Either keeps the item's notifications quiet;
// the item is still listed and shown, marked. Kept in the target's history, ended ones too.
struct Acknowledgement
{
    enum class Kind { Ack, Mute };

    QString id; // stable across updates (its row in the history)
    QString subject; // alertKey() of the condition, or a check id
    QString target; // the watched target, as its history file is named
    Kind kind{Kind::Ack};
    QString who; // the OS user
    QDateTime when; // UTC
    QString note;
    QDateTime until; // a mute's end (UTC); null for an acknowledgement
    QDateTime
        ended; // when it stopped being in force (expired, condition cleared); null while it is

    bool inForce(const QDateTime& now) const
    {
        return !ended.isValid() && (kind == Kind::Ack || now < until);
    }

    friend bool operator==(const Acknowledgement&, const Acknowledgement&) = default;
};

QString toString(Acknowledgement::Kind kind); // "ack", "mute"
std::optional<Acknowledgement::Kind> acknowledgementKindFromString(QStringView text);

// The condition an alert raises or clears, as acknowledgements name it: a check id for drift,
// "threshold:<pool>", "capacity", "sessions", "session-source", "connection". Empty for
// what is no condition (a user's own action, a notice).
QString alertKey(const Alert& alert);
// Whether the alert ends its condition (a level back to info, a reconnection).
bool clearsCondition(const Alert& alert);

// The mute lengths the window offers: an hour from now, and tomorrow 09:00 in `zone`.
QDateTime muteForAnHour(const QDateTime& now);
QDateTime tomorrowMorning(
    const QDateTime& now, const QTimeZone& zone = QTimeZone::systemTimeZone());

// The acknowledgements of one target: which are in force, which a cleared condition or
// the clock ends. Pure logic: every call takes the time.
class AcknowledgementBook final
{
public:
    // A record with a known id replaces it (read back from the history, or updated).
    void add(const Acknowledgement& acknowledgement);
    const QList<Acknowledgement>& all() const { return m_all; }

    // The latest acknowledgement in force on `subject` at `now`.
    std::optional<Acknowledgement> inForce(const QString& subject, const QDateTime& now) const;
    // The condition cleared: acknowledgements in force on it end at `at` (mutes keep their
    // time). Returns those it ended.
    QList<Acknowledgement> conditionCleared(const QString& subject, const QDateTime& at);
    // Mutes whose time has come end at their `until`. Returns those it ended.
    QList<Acknowledgement> expire(const QDateTime& now);
    // The earliest end of a mute still in force; null when none.
    QDateTime nextExpiry() const;

private:
    QList<Acknowledgement> m_all; // oldest first
};

} // namespace opsdash

Q_DECLARE_METATYPE(opsdash::Acknowledgement)
