#include "HistorySchema.h"

#include <array>

namespace opsdash {

namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE pool(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
        // Raw tier: one row per poll. Times are ms since epoch on the server's clock.
        QStringLiteral("CREATE TABLE tick(t INTEGER PRIMARY KEY, latency_ms INTEGER NOT NULL,"
                       " sessions INTEGER NOT NULL, usable_slots INTEGER NOT NULL)"),
        // One row per (poll, pool). WITHOUT ROWID keeps the key in the row itself: ~25
        // bytes a row, against ~43 for a rowid table plus an index on (t, pool).
        QStringLiteral(
            "CREATE TABLE pool_tick(t INTEGER NOT NULL, pool INTEGER NOT NULL,"
            " active INTEGER NOT NULL, idle INTEGER NOT NULL, idle_tx INTEGER NOT NULL,"
            " idle_tx_aborted INTEGER NOT NULL, other INTEGER NOT NULL, unknown INTEGER NOT NULL,"
            " PRIMARY KEY(t, pool)) WITHOUT ROWID"),
        // Rollup tier: one row per minute; sums and counts rather than averages so that a
        // late raw row merges exactly.
        QStringLiteral("CREATE TABLE tick_rollup(t INTEGER PRIMARY KEY, n INTEGER NOT NULL,"
                       " sessions_min INTEGER NOT NULL, sessions_max INTEGER NOT NULL, "
                       "sessions_sum INTEGER NOT NULL,"
                       " latency_min INTEGER NOT NULL, latency_max INTEGER NOT NULL, latency_sum "
                       "INTEGER NOT NULL,"
                       " usable_min INTEGER NOT NULL, usable_max INTEGER NOT NULL, usable_sum "
                       "INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE pool_rollup(t INTEGER NOT NULL, pool INTEGER NOT NULL, n INTEGER NOT "
            "NULL,"
            " total_min INTEGER NOT NULL, total_max INTEGER NOT NULL, total_sum INTEGER NOT NULL,"
            " PRIMARY KEY(t, pool)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE event(id INTEGER PRIMARY KEY, t INTEGER NOT NULL, kind TEXT NOT NULL,"
            " message TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX event_t ON event(t)"),
    };
}

// Acknowledgements and mutes (model/Acknowledgement.h): one row each, updated when it ends;
// ended ones stay as history. Times in ms since epoch (UTC); until and ended may be NULL.
QStringList version2()
{
    return {
        QStringLiteral(
            "CREATE TABLE acknowledgement(id TEXT PRIMARY KEY, subject TEXT NOT NULL,"
            " target TEXT NOT NULL, kind TEXT NOT NULL, who TEXT NOT NULL, t INTEGER NOT NULL,"
            " note TEXT NOT NULL, until INTEGER, ended INTEGER)"),
        QStringLiteral("CREATE INDEX acknowledgement_t ON acknowledgement(t)"),
    };
}

} // namespace

std::span<const QStringList> HistorySchema::migrations()
{
    static const std::array<QStringList, 2> all{version1(), version2()};
    return all;
}

} // namespace opsdash
