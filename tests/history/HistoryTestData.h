#pragma once

// Deterministic synthetic samples shared by the history tests, the kill -9 writer and the
// benchmark: sample i has a known count for every pool and state, so a reader can tell
// exactly which samples made it to the file.
#include "history/HistoryTypes.h"
#include "model/Activity.h"

#include <QDateTime>
#include <QStringList>

namespace historytest {

inline constexpr qint64 Epoch = 1'800'000'000'000; // 2027-01-15, a whole minute
inline constexpr qint64 StepMs = 1000;

// The default baseline's pools, plus the two opsdash always reports.
inline QStringList pools()
{
    return {QStringLiteral("web"), QStringLiteral("scheduling"), QStringLiteral("monitor"),
        QStringLiteral("other")};
}

inline qint64 timeOf(qint64 index)
{
    return Epoch + index * StepMs;
}

inline int countOf(qint64 index, int pool, int state)
{
    const int spread = state == 0 ? 37 : (state == 1 ? 53 : 5);
    return static_cast<int>((index * (pool + 3) + state * 7 + pool) % spread);
}

inline int poolTotalOf(qint64 index, int pool)
{
    int total = 0;
    for (int state = 0; state < static_cast<int>(opsdash::BackendStateCount); ++state)
        total += countOf(index, pool, state);
    return total;
}

inline qint64 latencyOf(qint64 index)
{
    return 2 + index % 7;
}

inline constexpr int UsableSlots = 197;

inline opsdash::ActivitySample sample(qint64 index)
{
    opsdash::ActivitySample sample;
    sample.serverTime = QDateTime::fromMSecsSinceEpoch(timeOf(index), Qt::UTC);
    sample.receivedAt = sample.serverTime;
    sample.latencyMs = latencyOf(index);
    const QStringList names = pools();
    for (int pool = 0; pool < names.size(); ++pool) {
        opsdash::PoolUsage usage{names.at(pool), {}};
        for (int state = 0; state < static_cast<int>(opsdash::BackendStateCount); ++state)
            usage.byState[static_cast<std::size_t>(state)] = countOf(index, pool, state);
        sample.pools.append(usage);
    }
    return sample;
}

inline opsdash::HistoryTick tick(qint64 index)
{
    return opsdash::HistoryTick::fromSample(sample(index), UsableSlots);
}

inline constexpr qint64 EventEvery = 100;

inline opsdash::HistoryEvent eventFor(qint64 index)
{
    return opsdash::HistoryEvent{QDateTime::fromMSecsSinceEpoch(timeOf(index), Qt::UTC),
        QString{opsdash::HistoryEventKind::Annotation}, QStringLiteral("tick %1").arg(index)};
}

} // namespace historytest
