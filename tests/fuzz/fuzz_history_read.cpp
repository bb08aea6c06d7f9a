// The history store's read path: a history file as found on disk (any bytes: damaged,
// foreign, from a newer build) opened as a Reader, then a range read. The input is the
// file followed by 20 bytes of range: from and to (ms since epoch, int64) and maxPoints
// (int32), little-endian. Either an error comes back or a range whose points lie in it.
#include "FuzzSupport.h"
#include "history/HistoryDatabase.h"

#include <QFile>

#include <algorithm>
#include <cstring>
#include <limits>

using namespace opsdash;

namespace {
template<typename T>
T take(const uint8_t* at)
{
    T value{};
    std::memcpy(&value, at, sizeof value);
    return value;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    constexpr std::size_t kRangeBytes{8 + 8 + 4};
    if (size < kRangeBytes)
        return 0;
    const std::size_t fileSize = size - kRangeBytes;
    const auto from = take<qint64>(data + fileSize);
    const auto to = take<qint64>(data + fileSize + 8);
    const auto maxPoints = take<qint32>(data + fileSize + 16);

    const QString path = fuzz::scratchDir() + QStringLiteral("/history.sqlite");
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String{suffix});
    fuzz::writeFile(path, fuzz::bytes(data, fileSize));

    auto database = HistoryDatabase::open(path, HistoryDatabase::Mode::Reader);
    if (!database)
        return 0;
    // The whole of time too: the input's range bytes are 20 of a ~36 KB file, so mutations
    // rarely reach the edges of qint64 by themselves.
    Q_UNUSED(database.value()->readRange(
        std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), maxPoints));
    const Result<HistoryRange> range = database.value()->readRange(from, to, maxPoints);
    if (!range)
        return 0;
    if (range->bucketMs <= 0)
        fuzz::violated("a range with no bucket width");
    const qsizetype asked = std::clamp(maxPoints, 1, HistoryDatabase::MaxPoints);
    for (const HistorySeries& series : range->pools) {
        if (series.points.size() > asked)
            fuzz::violated("a series with more points than asked for");
    }
    return 0;
}
