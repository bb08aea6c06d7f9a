#pragma once

// The web pool pushed over its budget on a real cluster: the default baseline with a web
// budget that a handful of connections overruns, and connections named like postgres.js
// (so attributed to the web pool) that a test opens and holds until it lets them go.
#include "DefaultBaseline.h"

#include <QByteArray>
#include <QtGlobal>

#include <libpq-fe.h>
#include <memory>
#include <vector>

namespace opsdash::test {

constexpr int kSmallWebBudget = 10;

// The default baseline with the web pool's budget at kSmallWebBudget.
inline Baseline smallWebBudget()
{
    Baseline baseline = defaultBaseline();
    for (PoolSpec& pool : baseline.pools) {
        if (pool.id == QLatin1String{"web"})
            pool.budget = kSmallWebBudget;
    }
    return baseline;
}

class WebPoolLoad final
{
public:
    // Opens `count` more connections to `conninfo`, named postgres.js; false (with libpq's
    // complaint printed) when one does not connect.
    bool hold(const QByteArray& conninfo, int count)
    {
        const QByteArray named = conninfo + " application_name=postgres.js";
        for (int i = 0; i < count; ++i) {
            m_held.emplace_back(PQconnectdb(named.constData()), &PQfinish);
            if (PQstatus(m_held.back().get()) != CONNECTION_OK) {
                qWarning("web pool load: %s", PQerrorMessage(m_held.back().get()));
                return false;
            }
        }
        return true;
    }

    void release() { m_held.clear(); }

private:
    std::vector<std::unique_ptr<PGconn, decltype(&PQfinish)>> m_held;
};

} // namespace opsdash::test
