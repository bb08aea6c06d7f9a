#pragma once

// Admin-endpoint payloads for the tests, built from times relative to a chosen server clock.
#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opsdash::test {

inline QString isoMs(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QJsonObject sessionJson(const QString& id, const QString& user, const QDateTime& created,
    const QDateTime& lastSeen, const QDateTime& expires)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("user"), user},
        {QStringLiteral("createdAt"), isoMs(created)},
        {QStringLiteral("lastSeenAt"), isoMs(lastSeen)},
        {QStringLiteral("expiresAt"), isoMs(expires)}};
}

// Three live sessions (2 h, 30 min and 5 min left) and one expired, on serverTime's clock.
inline QByteArray goodPayload(const QDateTime& serverTime)
{
    const QDateTime t = serverTime;
    QJsonArray sessions{
        sessionJson(QStringLiteral("tok-alice-secret"), QStringLiteral("alice@example.com"),
            t.addSecs(-3600), t.addSecs(-60), t.addSecs(2 * 3600)),
        sessionJson(QStringLiteral("tok-bob-secret"), QStringLiteral("bob@example.com"),
            t.addSecs(-7200), t.addSecs(-1800), t.addSecs(30 * 60)),
        sessionJson(QStringLiteral("tok-carol-secret"), QStringLiteral("carol@example.com"),
            t.addSecs(-86000), t.addSecs(-86000), t.addSecs(5 * 60)),
        sessionJson(QStringLiteral("tok-dave-secret"), QStringLiteral("dave@example.com"),
            t.addSecs(-90000), t.addSecs(-90000), t.addSecs(-600)),
    };
    return QJsonDocument{QJsonObject{{QStringLiteral("serverTime"), isoMs(serverTime)},
                             {QStringLiteral("sessions"), sessions}}}
        .toJson(QJsonDocument::Compact);
}

} // namespace opsdash::test
