#include "HistoryTypes.h"

#include <algorithm>

namespace opsdash {

HistoryTick HistoryTick::fromSample(const ActivitySample& sample, int usableSlots)
{
    return HistoryTick{sample.observedAt().toMSecsSinceEpoch(), sample.latencyMs,
        sample.clientSessions(), usableSlots, sample.pools};
}

qint64 historyLastSample(const HistoryPoint& point)
{
    return std::max(point.last, point.time);
}

double historyCoverage(const HistoryPoint& point, qint64 intervalMs)
{
    if (intervalMs <= 0)
        return 1.0;
    // n polls at one interval each account for n intervals of the span they reach over.
    const double span = static_cast<double>(historyLastSample(point) - point.time)
        + static_cast<double>(intervalMs);
    const double seen = static_cast<double>(point.samples) * static_cast<double>(intervalMs);
    return std::clamp(seen / span, 0.0, 1.0);
}

bool historyJoined(const HistoryPoint& before, const HistoryPoint& after, qint64 intervalMs)
{
    if (intervalMs <= 0)
        return true;
    return static_cast<double>(after.time - historyLastSample(before))
        <= HistoryGapFactor * static_cast<double>(intervalMs);
}

const HistorySeries* HistoryRange::pool(QStringView name) const
{
    for (const HistorySeries& series : pools) {
        if (series.name == name)
            return &series;
    }
    return nullptr;
}

} // namespace opsdash
