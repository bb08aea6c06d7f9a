#pragma once

#include "model/Activity.h"
#include "model/PoolAttributor.h"
#include "pg/PgResult.h"

#include <QByteArray>

namespace opsdash {

// The poll's statements and how their rows become model values. One round trip per
// tick: pg_stat_activity is snapshotted once per transaction, and each poll is its own
// autocommit transaction.
namespace ActivityQuery {

// Client sessions only (datid IS NOT NULL; background and parallel workers left out when
// the role may see that they are such). Timestamps come as epoch milliseconds. $1 is the
// query-text length cap. $2 (epoch ms, or NULL for a full poll) is the carry-over cutoff:
// a session in an idle state whose state has not changed since then is sent only as its
// pid, in the summary row (pid NULL, which also holds the server clock); an active one
// whose state has not changed comes without its query text. A backend that started before
// the cutoff comes without its role, database, client address and backend start (datid
// NULL): they never change for a backend, and it was in the previous poll. parseActivity
// takes what was not sent from the previous sample. Chosen by server_version_num (13–17).
QByteArray activitySql(int serverVersionNum);

// The poll for a server whose sessions keep changing, with the result of activitySql: every
// session is a row (idle ones too, without their text if it has not changed), so no CTE
// holds the sessions for a second pass to list the unchanged ones by pid. $1 and $2 as for
// activitySql. The summary row holds only the server clock.
QByteArray changingActivitySql();

// Whether the poll after `previous` lists the sessions that stay idle by pid (activitySql)
// rather than sending each as a row (changingActivitySql): when at least three quarters of
// its sessions were idle since before the cutoff that poll will use.
bool sendIdleByPid(const ActivitySample& previous);

// The poll for a quiet server, with the result of activitySql: it finds the sessions that
// may have changed without pg_stat_get_activity(NULL), whose cost is every session's
// text clipped and every backend looked up in the process array (quadratic in the
// backends). Per backend it reads the pid and the backend, query and transaction starts
// (pg_stat_get_backend_*: no clipping, no lookup); a session in $3 (carryablePids) whose
// three starts are all before the cutoff $2 (required) ran no statement since the
// previous poll, and is sent by pid. Every other session is read alone with
// pg_stat_get_activity(pid) — one pass over the backends each — so the statement pays
// off only while few sessions change: ActivityMonitor uses it while the previous poll
// sent at most kQuietPollMaxSent sessions whole.
QByteArray quietActivitySql();
inline constexpr int kQuietPollMaxSent = 32;

// The sessions of `previous` in an idle state, as an int[] literal ("{12,34}"): those the
// quiet poll may send by pid.
QByteArray carryablePids(const ActivitySample& previous);

// The cutoff for a poll that follows `previous`: a second before its server clock, so a
// text written just before the previous snapshot but stamped earlier is still sent again.
QByteArray carryCutoff(const ActivitySample& previous);

// Version, max_connections, reserved slots (16+), idle timeouts, the server clock, the
// connection limits of login roles and databases (pg_roles, pg_database: no superuser needed).
QByteArray serverFactsSql();

// What parseActivity could not take from the previous sample.
struct CarryOver
{
    // A session sent only by pid, or without its fixed fields (role, database, address,
    // backend start), is not in the previous sample (or not as the same backend): the
    // sample lacks it, so the monitor must poll again in full at once.
    bool sessionsMissing{false};
    // A query text the server did not send again is not in the previous sample: it stays
    // empty until the next full poll.
    bool textsMissing{false};
    // Sessions the server sent whole (not by pid): what the next poll's choice of
    // statement goes by.
    int sessionsSent{0};
};

// Sessions (opsdash's own backend excluded but counted in the monitor pool), per-pool ×
// state counts in the attributor's pool order. Database names come from `databases`
// (ServerFacts::databaseNames); a database it does not know yet sets
// ActivitySample::unknownDatabase so the monitor reads the facts again. Sessions, fixed
// fields and query texts the server did not send again are carried over from `previous`
// (same pid and, for a text, the same backend start: a pid can be reused); *carry says what
// could not be.
ActivitySample parseActivity(const PgResult& result, const PoolAttributor& attributor, int ownPid,
    const QHash<quint32, QString>& databases = {}, const ActivitySample* previous = nullptr,
    CarryOver* carry = nullptr);

// Empty optional when the result does not have the expected shape.
std::optional<ServerFacts> parseServerFacts(const PgResult& result);

} // namespace ActivityQuery

} // namespace opsdash
