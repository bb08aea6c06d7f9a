#include "Acknowledgement.h"

#include <algorithm>

namespace opsdash {

QString toString(Acknowledgement::Kind kind)
{
    return kind == Acknowledgement::Kind::Mute ? QStringLiteral("mute") : QStringLiteral("ack");
}

std::optional<Acknowledgement::Kind> acknowledgementKindFromString(QStringView text)
{
    for (const auto kind : {Acknowledgement::Kind::Ack, Acknowledgement::Kind::Mute}) {
        if (text == toString(kind))
            return kind;
    }
    return std::nullopt;
}

QString alertKey(const Alert& alert)
{
    // Events read back from the history have no subject: no condition to name.
    if (alert.kind == AlertKind::Drift)
        return alert.subject;
    if (alert.kind == AlertKind::Threshold)
        return alert.subject.isEmpty()
            ? QString{}
            : QString{AlertKind::Threshold} + QLatin1Char{':'} + alert.subject;
    if (alert.kind == AlertKind::Disconnected || alert.kind == AlertKind::Reconnected)
        return QStringLiteral("connection");
    if (alert.kind == AlertKind::Capacity || alert.kind == AlertKind::Sessions
        || alert.kind == AlertKind::SessionSource)
        return alert.kind;
    return {};
}

bool clearsCondition(const Alert& alert)
{
    return alert.kind == AlertKind::Reconnected
        || (alert.severity == Severity::Info && !alertKey(alert).isEmpty());
}

QDateTime muteForAnHour(const QDateTime& now)
{
    return now.toUTC().addSecs(60 * 60);
}

QDateTime tomorrowMorning(const QDateTime& now, const QTimeZone& zone)
{
    const QDate tomorrow = now.toTimeZone(zone).date().addDays(1);
    return QDateTime{tomorrow, QTime{9, 0}, zone}.toUTC();
}

void AcknowledgementBook::add(const Acknowledgement& acknowledgement)
{
    const auto known = std::find_if(m_all.begin(), m_all.end(),
        [&](const Acknowledgement& other) { return other.id == acknowledgement.id; });
    if (known != m_all.end()) {
        *known = acknowledgement;
        return;
    }
    // Kept in time order: history read back may come after one made meanwhile.
    const auto at = std::upper_bound(m_all.begin(), m_all.end(), acknowledgement,
        [](const Acknowledgement& a, const Acknowledgement& b) { return a.when < b.when; });
    m_all.insert(at, acknowledgement);
}

std::optional<Acknowledgement> AcknowledgementBook::inForce(
    const QString& subject, const QDateTime& now) const
{
    for (auto it = m_all.crbegin(); it != m_all.crend(); ++it) {
        if (it->subject == subject && it->inForce(now))
            return *it;
    }
    return std::nullopt;
}

QList<Acknowledgement> AcknowledgementBook::conditionCleared(
    const QString& subject, const QDateTime& at)
{
    QList<Acknowledgement> ended;
    for (Acknowledgement& acknowledgement : m_all) {
        if (acknowledgement.subject == subject && acknowledgement.kind == Acknowledgement::Kind::Ack
            && !acknowledgement.ended.isValid()) {
            acknowledgement.ended = at.toUTC();
            ended << acknowledgement;
        }
    }
    return ended;
}

QList<Acknowledgement> AcknowledgementBook::expire(const QDateTime& now)
{
    QList<Acknowledgement> ended;
    for (Acknowledgement& acknowledgement : m_all) {
        if (acknowledgement.kind == Acknowledgement::Kind::Mute && !acknowledgement.ended.isValid()
            && acknowledgement.until <= now) {
            acknowledgement.ended = acknowledgement.until;
            ended << acknowledgement;
        }
    }
    return ended;
}

QDateTime AcknowledgementBook::nextExpiry() const
{
    QDateTime next;
    for (const Acknowledgement& acknowledgement : m_all) {
        if (acknowledgement.kind == Acknowledgement::Kind::Mute && !acknowledgement.ended.isValid()
            && (!next.isValid() || acknowledgement.until < next))
            next = acknowledgement.until;
    }
    return next;
}

} // namespace opsdash
