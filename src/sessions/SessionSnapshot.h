#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace opsdash {

// One login session as opsdash keeps it. Never holds a session id, token or cookie: only
// a 12-hex-digit hash of it, the same shape the sessions-table source reads with
// left(md5(token), 12), so nothing secret can leak into logs, history or screenshots.
struct SessionRecord final
{
    QString hash; // first 12 hex digits of md5(id or token)
    QString user; // shown to the user on purpose: who is about to be logged out
    QDateTime expiresAt; // UTC
    std::optional<QDateTime> createdAt; // UTC; the sessions table has none
    std::optional<QDateTime> lastSeenAt; // UTC; the sessions table has none

    // left(md5(secret), 12), as PostgreSQL computes it.
    static QString shortHash(QByteArrayView secret);
};

// Which clock a snapshot's serverTime came from: never the desktop's.
enum class ServerClock { ResponseServerTime, HttpDate, DatabaseNow };

QString toString(ServerClock clock);

// One successful read of a sessions source.
struct SessionSnapshot final
{
    QString source; // the URL or "host:port/db", for display
    QDateTime serverTime; // UTC, the server's "now" when it answered
    ServerClock clock{ServerClock::ResponseServerTime};
    QDateTime receivedAt; // UTC, the desktop's clock when the answer arrived (skew, age)
    QList<SessionRecord> sessions;
    bool truncated{false}; // the source held more rows than opsdash reads
};

} // namespace opsdash
