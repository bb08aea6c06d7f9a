#pragma once

#include "model/Acknowledgement.h"
#include "model/Activity.h"

#include <QDateTime>
#include <QLatin1String>
#include <QList>
#include <QMetaType>
#include <QString>

#include <chrono>

namespace opsdash {

// Event kinds the store knows by name; any other kind is stored as given.
namespace HistoryEventKind {
inline constexpr QLatin1String Disconnected{"disconnected"}; // opens a gap in the charts
inline constexpr QLatin1String Reconnected{"reconnected"}; // closes it
inline constexpr QLatin1String Threshold{"threshold"};
inline constexpr QLatin1String Annotation{"annotation"};
} // namespace HistoryEventKind

struct HistoryEvent
{
    QDateTime time; // UTC
    QString kind;
    QString message;

    friend bool operator==(const HistoryEvent&, const HistoryEvent&) = default;
};

// One poll as the store keeps it: aggregates only, never per-session rows.
struct HistoryTick
{
    qint64 time{0}; // ms since epoch, server clock
    qint64 latencyMs{0};
    int sessions{0};
    int usableSlots{0};
    QList<PoolUsage> pools;

    static HistoryTick fromSample(const ActivitySample& sample, int usableSlots);
};

// One bucket of a series after decimation: min/max keep spikes visible at any zoom.
struct HistoryPoint
{
    qint64 time{0}; // ms since epoch of the first sample in the bucket
    double min{0};
    double max{0};
    double avg{0};
    // The bucket's last sample (a rollup minute counts as reaching its minute's end) and
    // how many polls it holds: what a chart needs to tell a gap from a line.
    qint64 last{0};
    qint64 samples{1};
};

inline constexpr qint64 HistoryRollupBucketMs = 60'000;

// Where a series breaks and which buckets are drawn (docs/history.md, Gaps): two consecutive
// samples further apart than HistoryGapFactor × the poll interval in force are not joined;
// a bucket whose polls cover less than HistoryMinCoverage of its time is not drawn, and one
// under HistoryFullCoverage is drawn as partial.
inline constexpr double HistoryGapFactor = 2.5;
inline constexpr double HistoryMinCoverage = 0.5;
inline constexpr double HistoryFullCoverage = 0.9;

// The bucket's last sample (its first when `last` was not given).
qint64 historyLastSample(const HistoryPoint& point);
// The share of a bucket's time its polls cover, at `intervalMs` per poll (0 … 1).
double historyCoverage(const HistoryPoint& point, qint64 intervalMs);
// True when a line may join `before` to `after` (consecutive drawn buckets).
bool historyJoined(const HistoryPoint& before, const HistoryPoint& after, qint64 intervalMs);

struct HistorySeries
{
    QString name; // pool id, or "sessions", "latencyMs", "usableSlots"
    QList<HistoryPoint> points;
};

// A stretch without data because the target was disconnected. `ongoing`: no reconnect
// before the end of the range (`to` is then the range end).
struct HistoryGap
{
    qint64 from{0};
    qint64 to{0};
    bool ongoing{false};
};

// What a range read returns: every series has at most maxPoints points.
struct HistoryRange
{
    qint64 from{0};
    qint64 to{0};
    qint64 bucketMs{1};
    QList<HistorySeries> pools; // sessions per pool, in the order pools were first stored
    HistorySeries sessions; // client sessions on the server
    HistorySeries latencyMs; // poll round trip
    HistorySeries usableSlots; // capacity
    QList<HistoryEvent> events; // in time order
    QList<HistoryGap> gaps;
    // Acknowledgements and mutes made by `to` and in force at some time of the range
    // (ended ones included), oldest first.
    QList<Acknowledgement> acknowledgements;

    const HistorySeries* pool(QStringView name) const;
};

struct HistoryRetention
{
    std::chrono::milliseconds rawAge{std::chrono::hours{48}};
    std::chrono::milliseconds rollupAge{std::chrono::hours{24 * 30}};
};
struct HistoryMaintenanceReport
{
    qint64 rolledTicks{0}; // raw ticks folded into 1-minute rollups and deleted
    qint64 deletedRollups{0}; // rollup minutes older than the rollup age
    qint64 deletedEvents{0};
};

struct HistoryOptions
{
    std::chrono::milliseconds flushInterval{1000};
    int batchTicks{512}; // flush early when this many ticks are queued
    // While another program holds the file's write lock the batches wait in memory (retried
    // every flushInterval); after this long the store reports the writes as delayed.
    std::chrono::milliseconds delayedAfter{2000};
    // Beyond this many waiting ticks the oldest are dropped (a day at 1 s).
    int maxPendingTicks{86'400};
    // 0 disables automatic maintenance (tests and benchmarks call it with their own clock).
    std::chrono::milliseconds maintenanceInterval{std::chrono::minutes{5}};
    HistoryRetention retention;
};

} // namespace opsdash

Q_DECLARE_METATYPE(opsdash::HistoryEvent)
Q_DECLARE_METATYPE(opsdash::HistoryRange)
Q_DECLARE_METATYPE(opsdash::HistoryMaintenanceReport)
