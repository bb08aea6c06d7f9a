#include "SessionExpiry.h"

#include <algorithm>

namespace opsdash {

QString toString(ExpiryBucket bucket)
{
    switch (bucket) {
    case ExpiryBucket::Ok:
        return QStringLiteral("ok");
    case ExpiryBucket::Warn:
        return QStringLiteral("warn");
    case ExpiryBucket::Critical:
        return QStringLiteral("critical");
    case ExpiryBucket::OverAge:
        return QStringLiteral("over-age");
    }
    return {};
}

ExpiryBucket SessionExpiry::classify(qint64 millisecondsLeft, std::optional<qint64> ageMilliseconds,
    const Thresholds::Session& thresholds)
{
    if (thresholds.maxAge && ageMilliseconds
        && *ageMilliseconds >= thresholds.maxAge->milliseconds())
        return ExpiryBucket::OverAge;
    if (millisecondsLeft < thresholds.criticalBefore.milliseconds())
        return ExpiryBucket::Critical;
    if (millisecondsLeft < thresholds.warnBefore.milliseconds())
        return ExpiryBucket::Warn;
    return ExpiryBucket::Ok;
}

void ExpirySummary::count(ExpiryBucket bucket, qint64 millisecondsToExpiry)
{
    switch (bucket) {
    case ExpiryBucket::Ok:
        ++ok;
        break;
    case ExpiryBucket::Warn:
        ++warn;
        break;
    case ExpiryBucket::Critical:
        ++critical;
        break;
    case ExpiryBucket::OverAge:
        ++overAge;
        break;
    }
    const qint64 hour = millisecondsToExpiry / (3600 * 1000);
    if (hour < kHistogramHours)
        ++histogram.at(static_cast<std::size_t>(hour));
    else
        ++later;
}

void ExpirySummary::clearCounts()
{
    ok = warn = critical = overAge = 0;
    histogram.fill(0);
    later = 0;
}

ExpirySummary SessionExpiry::evaluate(
    const SessionSnapshot& snapshot, const Thresholds::Session& thresholds)
{
    ExpirySummary summary;
    summary.serverTime = snapshot.serverTime;
    summary.desktopTime = snapshot.receivedAt;
    summary.truncated = snapshot.truncated;
    if (snapshot.receivedAt.isValid() && snapshot.serverTime.isValid())
        summary.clockSkewMs = snapshot.serverTime.msecsTo(snapshot.receivedAt);

    const QDateTime& now = snapshot.serverTime;
    for (const SessionRecord& record : snapshot.sessions) {
        const qint64 toExpiry = now.msecsTo(record.expiresAt);
        if (toExpiry <= 0) {
            ++summary.expired;
            continue;
        }
        SessionStanding standing;
        standing.record = record;
        standing.millisecondsLeft = toExpiry;
        if (record.createdAt) {
            standing.ageMilliseconds = record.createdAt->msecsTo(now);
            // An absolute age limit ends a session sooner than its idle expiry may.
            if (thresholds.maxAge) {
                standing.millisecondsLeft = std::min(
                    toExpiry, thresholds.maxAge->milliseconds() - *standing.ageMilliseconds);
            }
        } else if (thresholds.maxAge) {
            ++summary.ageUnknown;
        }
        standing.bucket = classify(standing.millisecondsLeft, standing.ageMilliseconds, thresholds);
        summary.count(standing.bucket, toExpiry);
        summary.sessions.append(std::move(standing));
    }
    summary.active = static_cast<int>(summary.sessions.size());
    std::stable_sort(summary.sessions.begin(), summary.sessions.end(),
        [](const SessionStanding& a, const SessionStanding& b) {
            return a.millisecondsLeft < b.millisecondsLeft;
        });
    return summary;
}

QString SessionExpiry::summaryLine(
    const ExpirySummary& summary, const Thresholds::Session& thresholds)
{
    QString line = tr("%1 active · %2 expire within %3 · %4 within %5")
                       .arg(summary.active)
                       .arg(summary.warn + summary.critical)
                       .arg(thresholds.warnBefore.toString())
                       .arg(summary.critical)
                       .arg(thresholds.criticalBefore.toString());
    if (thresholds.maxAge) {
        line += tr(" · %1 over the %2 age limit")
                    .arg(summary.overAge)
                    .arg(thresholds.maxAge->toString());
    }
    if (summary.truncated)
        line
            += tr(" (only the first %1 by expiry were read)").arg(summary.active + summary.expired);
    return line;
}

QString SessionExpiry::skewLine(const ExpirySummary& summary)
{
    if (!summary.clockSkewNotable())
        return {};
    const QString amount = formatLeft(qAbs(summary.clockSkewMs));
    return summary.clockSkewMs > 0
        ? tr("desktop clock is %1 ahead of the server (times use the server's clock)").arg(amount)
        : tr("desktop clock is %1 behind the server (times use the server's clock)").arg(amount);
}

QString SessionExpiry::formatLeft(qint64 milliseconds)
{
    if (milliseconds <= 0)
        return tr("expired");
    const qint64 seconds = milliseconds / 1000;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
    return tr("%1 s").arg(seconds);
}

} // namespace opsdash
