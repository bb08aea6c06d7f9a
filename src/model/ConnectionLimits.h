#pragma once

#include "model/Activity.h"
#include "model/Baseline.h"
#include "model/Finding.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace opsdash {

// The roles and databases each pool connects as, against the server's per-role and
// per-database connection limits (rolconnlimit, datconnlimit): a pool can run out at its
// role's limit while the server still has free slots. A pool's role and database are the
// baseline's (pools[].role, pools[].database) when it names them, else those of the pool's
// backends seen in the window, so application-name attribution keeps working.
class ConnectionLimits final
{
public:
    explicit ConnectionLimits(const Baseline& baseline);

    // Reads the role and database of each backend of a budgeted pool not read before.
    void add(const ActivitySample& sample);

    QStringList roles(const QString& pool) const;
    QStringList databases(const QString& pool) const;
    // The lowest role or database limit that applies to the pool; none when no limit does.
    std::optional<qint64> limitOf(const QString& pool, const ServerFacts& facts) const;

    // server.roleLimit.<pool> for every pool of the baseline, then server.databaseLimit
    // (docs/checks.md, server plane).
    QList<Finding> findings(const ServerFacts& facts, const QString& evidence) const;

private:
    struct Pool
    {
        QString id;
        qint64 budget{0};
        QString role; // from the baseline; empty: the roles seen
        QString database; // from the baseline; empty: the databases seen
        QSet<QString> seenRoles;
        QSet<QString> seenDatabases;
    };

    const Pool* pool(QStringView id) const;
    QStringList rolesOf(const Pool& pool) const;
    QStringList databasesOf(const Pool& pool) const;
    // True when every role of the pool is a superuser: PostgreSQL applies no limit to them.
    bool exempt(const Pool& pool, const ServerFacts& facts) const;

    QList<Pool> m_pools;
    QHash<int, qint64> m_read; // pid → backend start of the backends already read
};

} // namespace opsdash
