#include "HistoryTypes.h"

namespace opsdash {

HistoryTick HistoryTick::fromSample(const ActivitySample& sample, int usableSlots)
{
    return HistoryTick{sample.observedAt().toMSecsSinceEpoch(), sample.latencyMs,
        sample.clientSessions(), usableSlots, sample.pools};
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
