#pragma once

// A window's poll without a server: synthetic pg_stat_activity rows (../pg/SyntheticActivity.h)
// read the way a live poll reads them, against the default baseline's pools, for the tests
// that feed the chart and the bars directly.
#include "../pg/SyntheticActivity.h"
#include "model/PoolAttributor.h"
#include "pg/ActivityQuery.h"
#include "support/DefaultBaseline.h"

#include <QDateTime>
#include <QList>

// `count` idle postgres.js backends of the role app, pids from `firstPid` up.
inline QList<SyntheticRow> webPoolRows(int count, int firstPid)
{
    QList<SyntheticRow> rows;
    for (int i = 0; i < count; ++i) {
        SyntheticRow row;
        row.pid = firstPid + i;
        row.applicationName = "postgres.js";
        row.usename = "app";
        row.state = "idle";
        rows << row;
    }
    return rows;
}

// The sample a poll of `rows` gives at `time`, the server's clock and its arrival both then.
inline opsdash::ActivitySample polledAt(const QList<SyntheticRow>& rows, const QDateTime& time)
{
    static const opsdash::PoolAttributor attributor{defaultBaseline()};
    opsdash::ActivitySample sample = opsdash::ActivityQuery::parseActivity(
        syntheticActivity(rows, time.toMSecsSinceEpoch()), attributor, 1, syntheticDatabases());
    sample.serverTime = time;
    sample.receivedAt = time;
    return sample;
}
