#pragma once

#include "model/Activity.h"
#include "model/Baseline.h"
#include "model/Finding.h"
#include "model/Result.h"
#include "sessions/SourceError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace opsdash {

// One series of a Prometheus answer: its labels (with __name__) and its points, ms since
// epoch and value. An instant vector has one point per series; a range matrix many.
struct PrometheusSeries
{
    QHash<QString, QString> labels;
    QList<std::pair<qint64, double>> points;

    QString label(const QString& name) const { return labels.value(name); }
};

// What /api/v1/query and /api/v1/query_range answer, read into series. A body that is not
// the documented envelope ({"status":"success","data":{"resultType":…,"result":[…]}}) is
// a named error: invalid JSON, a field missing or of the wrong type, or status "error"
// (a query error, with Prometheus' own errorType and message).
Result<QList<PrometheusSeries>, SourceError> parsePrometheusAnswer(
    const QByteArray& body, const QString& where);

// The string literal of a label value inside PromQL: quoted, backslash and quote escaped.
QString promqlString(const QString& value);

// What one instant poll of `opsdash serve`'s series says about one target, in the shapes a
// database target's engine produces: a sample (pool counts by state, no per-session rows),
// the server facts serve read from pg_settings, the check findings of its stateset, and
// the login sessions by level (ok, warn, critical) when serve has a session source.
struct PrometheusReading
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusReading)

public:
    ActivitySample sample;
    std::optional<ServerFacts> facts;
    QList<Finding> findings;
    std::optional<std::array<int, 3>> loginSessions;
    QHash<QString, int> budgets; // opsdash_pool_budget_connections by pool
    bool up{false}; // opsdash_up: serve's last poll of the database succeeded
    bool found{false}; // any series of the target at all
};

// Builds the reading from an instant vector of the target's series (pools in the baseline's
// order, then any other pool serve reported). evaluatedAt: the query's evaluation time.
PrometheusReading readingFromSeries(
    const Baseline& baseline, const QList<PrometheusSeries>& series, const QDateTime& evaluatedAt);

} // namespace opsdash
