#pragma once

#include "model/Baseline.h"
#include "sessions/SessionSnapshot.h"

#include <QCoreApplication>
#include <QList>

#include <array>
#include <optional>

namespace opsdash {

// Where a session stands against the baseline's thresholds.session.
enum class ExpiryBucket {
    Ok,
    Warn, // less than warnBefore left
    Critical, // less than criticalBefore left
    OverAge, // older than the optional absolute age limit
};

QString toString(ExpiryBucket bucket);

// One session, placed on the server's clock.
struct SessionStanding final
{
    SessionRecord record;
    qint64 millisecondsLeft{0}; // to the effective deadline (expiry, or the age limit)
    std::optional<qint64> ageMilliseconds; // serverTime − createdAt, when known
    ExpiryBucket bucket{ExpiryBucket::Ok};
};

struct ExpirySummary final
{
    static constexpr int kHistogramHours{24};
    static constexpr qint64 kNotableSkewMs{5000};

    QDateTime serverTime;
    QDateTime desktopTime;
    qint64 clockSkewMs{0}; // desktop − server; positive when the desktop is ahead

    int active{0}; // not yet expired on the server's clock
    int expired{0}; // listed by the source but already past expiry: not counted as active
    int ok{0};
    int warn{0};
    int critical{0};
    int overAge{0};
    int ageUnknown{0}; // an age limit is set but the source has no creation times
    bool truncated{false};

    // Sessions nearest their deadline first.
    QList<SessionStanding> sessions;
    // Expiries per hour over the next 24 h (bin 0: within the first hour), and after that.
    std::array<int, kHistogramHours> histogram{};
    int later{0};

    // The one count of an active session: its bucket, and its hour of the histogram by its
    // own expiry (not an age limit). clearCounts() empties both before a recount.
    void count(ExpiryBucket bucket, qint64 millisecondsToExpiry);
    void clearCounts();

    bool clockSkewNotable() const { return qAbs(clockSkewMs) > kNotableSkewMs; }
    const SessionStanding* soonest() const
    {
        return sessions.isEmpty() ? nullptr : &sessions.front();
    }
};

// The expiry model: time left and age against the server's clock (the snapshot's
// serverTime, which came from the response body, the HTTP Date header or the database's
// now()), never the desktop's; the desktop clock is only compared, to report skew.
class SessionExpiry final
{
    Q_DECLARE_TR_FUNCTIONS(SessionExpiry)

public:
    SessionExpiry() = delete;

    static ExpiryBucket classify(qint64 millisecondsLeft, std::optional<qint64> ageMilliseconds,
        const Thresholds::Session& thresholds);
    static ExpirySummary evaluate(
        const SessionSnapshot& snapshot, const Thresholds::Session& thresholds);

    // "412 active · 9 expire within 1 h · 2 within 15 min" (cumulative: the 9 include the 2),
    // plus "· 3 over the 12 h age limit" when an age limit is set.
    static QString summaryLine(const ExpirySummary& summary, const Thresholds::Session& thresholds);
    // "desktop clock is 2 h 0 min ahead of the server" or an empty string under 5 s.
    static QString skewLine(const ExpirySummary& summary);
    // "1 h 4 min", "4 min 12 s", "12 s", "expired".
    static QString formatLeft(qint64 milliseconds);
};

} // namespace opsdash
