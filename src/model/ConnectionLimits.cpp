#include "ConnectionLimits.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace opsdash {

namespace {

// tr() for this file; a class rather than a function so that lupdate files the strings
// under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionLimits)
};

QStringList sorted(const QSet<QString>& values)
{
    QStringList list{values.cbegin(), values.cend()};
    list.sort();
    return list;
}

Finding limitFinding(const QString& checkId, const QString& expected, const QString& evidence,
    const ServerFacts& facts)
{
    Finding finding;
    finding.checkId = checkId;
    finding.plane = Plane::Server;
    finding.status = CheckStatus::NotChecked;
    finding.expected = expected;
    finding.evidence = evidence;
    finding.firstSeen = facts.readAt;
    return finding;
}

// The worst of several statuses of one check: fail, then missing, then pass.
CheckStatus worse(CheckStatus a, CheckStatus b)
{
    const auto rank = [](CheckStatus s) {
        return s == CheckStatus::Fail ? 2 : s == CheckStatus::Missing ? 1 : 0;
    };
    return rank(b) > rank(a) ? b : a;
}

} // namespace

ConnectionLimits::ConnectionLimits(const Baseline& baseline)
{
    for (const PoolSpec& spec : baseline.pools)
        m_pools.append(Pool{spec.id, spec.budget, spec.role, spec.database, {}, {}});
}

void ConnectionLimits::add(const ActivitySample& sample)
{
    if (!sample.source)
        return;
    // The pools, by the sample's pool index, whose role or database is still to be seen.
    QList<Pool*> watched(sample.pools.size(), nullptr);
    bool any = false;
    for (qsizetype i = 0; i < sample.pools.size(); ++i) {
        for (Pool& pool : m_pools) {
            if (pool.id == sample.pools.at(i).pool
                && (pool.role.isEmpty() || pool.database.isEmpty()))
                watched[i] = &pool;
        }
        any = any || watched.at(i) != nullptr;
    }
    if (!any)
        return;
    // Only a backend not read before is read: its role and database never change.
    QHash<int, qint64> read;
    for (const SessionRow& row : sample.rows) {
        Pool* pool = row.poolIndex < watched.size() ? watched.at(row.poolIndex) : nullptr;
        if (pool == nullptr)
            continue;
        read.insert(row.pid, row.backendStartMs);
        if (const auto it = m_read.constFind(row.pid);
            it != m_read.constEnd() && it.value() == row.backendStartMs)
            continue;
        const BackendSession session = sample.source->session(row.row);
        if (!session.usename.isEmpty())
            pool->seenRoles.insert(session.usename);
        // A database created since the server's facts were read has no name yet.
        if (!session.datname.isEmpty() && !sample.unknownDatabase)
            pool->seenDatabases.insert(session.datname);
    }
    if (!sample.unknownDatabase)
        m_read = std::move(read);
}

const ConnectionLimits::Pool* ConnectionLimits::pool(QStringView id) const
{
    for (const Pool& pool : m_pools) {
        if (pool.id == id)
            return &pool;
    }
    return nullptr;
}

QStringList ConnectionLimits::rolesOf(const Pool& pool) const
{
    return pool.role.isEmpty() ? sorted(pool.seenRoles) : QStringList{pool.role};
}

QStringList ConnectionLimits::databasesOf(const Pool& pool) const
{
    return pool.database.isEmpty() ? sorted(pool.seenDatabases) : QStringList{pool.database};
}

QStringList ConnectionLimits::roles(const QString& id) const
{
    const Pool* found = pool(id);
    return found != nullptr ? rolesOf(*found) : QStringList{};
}

QStringList ConnectionLimits::databases(const QString& id) const
{
    const Pool* found = pool(id);
    return found != nullptr ? databasesOf(*found) : QStringList{};
}

bool ConnectionLimits::exempt(const Pool& pool, const ServerFacts& facts) const
{
    const QStringList roles = rolesOf(pool);
    return !roles.isEmpty() && std::all_of(roles.cbegin(), roles.cend(), [&](const QString& role) {
        const auto it = facts.roleConnectionLimits.constFind(role);
        return it != facts.roleConnectionLimits.constEnd() && !it.value();
    });
}

std::optional<qint64> ConnectionLimits::limitOf(const QString& id, const ServerFacts& facts) const
{
    const Pool* found = pool(id);
    if (found == nullptr || exempt(*found, facts))
        return std::nullopt;
    std::optional<qint64> lowest;
    const auto consider = [&](int limit) {
        if (limit >= 0 && (!lowest || limit < *lowest))
            lowest = limit;
    };
    for (const QString& role : rolesOf(*found))
        consider(facts.roleConnectionLimits.value(role).value_or(-1));
    for (const QString& database : databasesOf(*found))
        consider(facts.databaseConnectionLimits.value(database, -1));
    return lowest;
}

QList<Finding> ConnectionLimits::findings(const ServerFacts& facts, const QString& evidence) const
{
    QList<Finding> findings;
    const bool read = facts.readAt.isValid();
    for (const Pool& pool : m_pools) {
        Finding finding = limitFinding(QStringLiteral("server.roleLimit.%1").arg(pool.id),
            Text::tr("no CONNECTION LIMIT below the budget %1 on the pool's role").arg(pool.budget),
            evidence, facts);
        const QStringList roles = rolesOf(pool);
        if (!read) {
            finding.reason = Text::tr("the server's roles were not read");
        } else if (roles.isEmpty()) {
            finding.reason = Text::tr("no session of pool %1 in the window, and the baseline "
                                      "names no role for it (pools[].role)")
                                 .arg(pool.id);
        } else {
            CheckStatus status = CheckStatus::Pass;
            QStringList actual;
            for (const QString& role : roles) {
                const auto it = facts.roleConnectionLimits.constFind(role);
                if (it == facts.roleConnectionLimits.constEnd()) {
                    status = worse(status, CheckStatus::Missing);
                    actual << Text::tr("role %1 is not a login role on the server").arg(role);
                    finding.reason = actual.constLast();
                } else if (!it.value()) {
                    actual << Text::tr("role %1: superuser, no limit applies").arg(role);
                } else if (*it.value() < 0) {
                    actual << Text::tr("role %1: no limit").arg(role);
                } else if (*it.value() < pool.budget) {
                    status = worse(status, CheckStatus::Fail);
                    actual << Text::tr("role %1: CONNECTION LIMIT %2 < budget %3")
                                  .arg(role)
                                  .arg(*it.value())
                                  .arg(pool.budget);
                } else {
                    actual << Text::tr("role %1: CONNECTION LIMIT %2").arg(role).arg(*it.value());
                }
            }
            finding.status = status;
            finding.actual = actual.join(QStringLiteral("; "));
            if (status != CheckStatus::Missing)
                finding.reason.clear();
        }
        findings << finding;
    }

    // Each database against the budgets of the pools that use it (superuser pools left out).
    QMap<QString, QStringList> terms;
    QMap<QString, qint64> sums;
    for (const Pool& pool : m_pools) {
        if (read && exempt(pool, facts))
            continue;
        for (const QString& database : databasesOf(pool)) {
            terms[database] << QStringLiteral("%1 %2").arg(pool.budget).arg(pool.id);
            sums[database] += pool.budget;
        }
    }
    Finding finding = limitFinding(QStringLiteral("server.databaseLimit"),
        Text::tr("no CONNECTION LIMIT on a database below Σ budgets of the pools that use it"),
        evidence, facts);
    if (!read) {
        finding.reason = Text::tr("the server's databases were not read");
    } else if (sums.isEmpty()) {
        finding.reason = Text::tr("no pool's database is known: no session of a pool in the "
                                  "window, and the baseline names none (pools[].database)");
    } else {
        CheckStatus status = CheckStatus::Pass;
        QStringList actual;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            const QString sum = QStringLiteral("%1 = %2")
                                    .arg(terms.value(it.key()).join(QStringLiteral(" + ")))
                                    .arg(it.value());
            const auto limit = facts.databaseConnectionLimits.constFind(it.key());
            if (limit == facts.databaseConnectionLimits.constEnd()) {
                status = worse(status, CheckStatus::Missing);
                actual << Text::tr("database %1 does not exist on the server").arg(it.key());
                finding.reason = actual.constLast();
            } else if (limit.value() < 0) {
                actual << Text::tr("database %1: no limit (%2)").arg(it.key(), sum);
            } else if (limit.value() < it.value()) {
                status = worse(status, CheckStatus::Fail);
                actual << Text::tr("database %1: CONNECTION LIMIT %2 < %3")
                              .arg(it.key())
                              .arg(limit.value())
                              .arg(sum);
            } else {
                actual << Text::tr("database %1: CONNECTION LIMIT %2 ≥ %3")
                              .arg(it.key())
                              .arg(limit.value())
                              .arg(sum);
            }
        }
        finding.status = status;
        finding.actual = actual.join(QStringLiteral("; "));
        if (status != CheckStatus::Missing)
            finding.reason.clear();
    }
    findings << finding;
    return findings;
}

} // namespace opsdash
