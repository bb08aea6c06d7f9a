#include "HistoryTypes.h"

namespace opsdash {

HistoryTick HistoryTick::fromSample(const ActivitySample& sample, int usableSlots)
{
    const QDateTime& when = sample.serverTime.isValid() ? sample.serverTime : sample.receivedAt;
    return HistoryTick{when.toMSecsSinceEpoch(), sample.latencyMs, sample.clientSessions(),
        usableSlots, sample.pools};
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
