#pragma once

// Demo-like login sessions for the panel's tests, screenshots and benchmark: NextAuth's
// sliding 24 h idle limit, so a session expires 24 h after it was last seen. Deterministic:
// session i was last seen a fixed, spread-out while ago, with a few idle ones near expiry.
#include "sessions/SessionSnapshot.h"

#include <QCryptographicHash>
#include <QStringList>

namespace opsdash::test {

inline QString demoUser(int i)
{
    static const QStringList names{QStringLiteral("alice"), QStringLiteral("bob"),
        QStringLiteral("carol"), QStringLiteral("dave"), QStringLiteral("erin"),
        QStringLiteral("frank"), QStringLiteral("grace"), QStringLiteral("heidi"),
        QStringLiteral("ivan"), QStringLiteral("judy"), QStringLiteral("mallory"),
        QStringLiteral("niaj"), QStringLiteral("olivia"), QStringLiteral("peggy")};
    return QStringLiteral("%1.%2@clinic.example").arg(names.at(i % names.size())).arg(i);
}

// count sessions on serverTime; `nearExpiry` of them idle for 23 h+ (expiring within the
// hour), a quarter of those within 15 min.
inline SessionSnapshot demoSnapshot(
    int count, const QDateTime& serverTime, int nearExpiry = 9, qint64 skewMs = 0)
{
    SessionSnapshot snapshot;
    snapshot.source = QStringLiteral("https://app.clinic.example/api/admin/sessions");
    snapshot.serverTime = serverTime;
    snapshot.receivedAt = serverTime.addMSecs(skewMs);
    snapshot.clock = ServerClock::ResponseServerTime;
    constexpr qint64 day = 24 * 3600;
    for (int i = 0; i < count; ++i) {
        qint64 idle = 0; // seconds since last seen
        if (i < nearExpiry) {
            // 23 h 2 min … 23 h 58 min idle; the first ceil(n/4) under 15 min left.
            const int critical = (nearExpiry + 3) / 4;
            idle = i < critical ? day - 60 * (3 + 4 * i) : day - 60 * (16 + 5 * (i - critical));
        } else {
            // A multiplicative hash spreads the idle times without a visible lattice.
            idle = static_cast<qint64>((static_cast<quint64>(i) * 2654435761ULL) % (22 * 3600));
        }
        const QDateTime lastSeen = serverTime.addSecs(-idle);
        SessionRecord record;
        record.hash = SessionRecord::shortHash(
            QByteArray{QByteArray{"demo-token-"} + QByteArray::number(i)});
        record.user = demoUser(i);
        record.lastSeenAt = lastSeen;
        record.createdAt = lastSeen.addSecs(-((static_cast<qint64>(i) * 4391) % (30 * 3600)));
        record.expiresAt = lastSeen.addSecs(day);
        snapshot.sessions.append(record);
    }
    return snapshot;
}

} // namespace opsdash::test
