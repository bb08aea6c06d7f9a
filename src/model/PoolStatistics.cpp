#include "model/PoolStatistics.h"

#include <algorithm>
#include <cmath>

namespace opsdash {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

QString milliseconds(double seconds)
{
    return QStringLiteral("%1 ms").arg(seconds * 1000.0, 0, 'f', 1);
}

QString perMinute(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

Result<PoolStatsReading, QString> PoolStatsReading::fromPage(
    const MetricsText::Page& page, QDateTime at)
{
    PoolStatsReading reading;
    reading.at = std::move(at);
    struct Series
    {
        QLatin1String name;
        double PoolStatsReading::*field;
        bool required;
    };
    static const Series series[]{
        {QLatin1String{"go_sql_open_connections"}, &PoolStatsReading::open, true},
        {QLatin1String{"go_sql_in_use_connections"}, &PoolStatsReading::inUse, true},
        {QLatin1String{"go_sql_idle_connections"}, &PoolStatsReading::idle, true},
        {QLatin1String{"go_sql_max_open_connections"}, &PoolStatsReading::maxOpen, true},
        {QLatin1String{"go_sql_wait_count_total"}, &PoolStatsReading::waitCount, true},
        {QLatin1String{"go_sql_wait_duration_seconds_total"}, &PoolStatsReading::waitSeconds, true},
        {QLatin1String{"go_sql_max_idle_closed_total"}, &PoolStatsReading::maxIdleClosed, true},
        {QLatin1String{"go_sql_max_lifetime_closed_total"}, &PoolStatsReading::maxLifetimeClosed,
            false},
    };
    for (const Series& s : series) {
        const std::optional<double> value = page.value(QString{s.name});
        if (value && std::isfinite(*value) && *value >= 0)
            reading.*s.field = *value;
        else if (value)
            return tr("%1 is %2, not a count").arg(s.name, number(*value));
        else if (s.required)
            return tr("the page has no %1 series (client_golang's DBStats collector)").arg(s.name);
    }
    return reading;
}

std::optional<double> PoolStatistics::PollWindow::averageWaitSeconds() const
{
    if (waits <= 0)
        return std::nullopt;
    return waitSeconds / waits;
}

PoolStatistics::PoolStatistics(const PoolSpec& pool, const Thresholds::Live& thresholds)
    : m_pool{pool}
    , m_waitsPerMinute{thresholds.poolWaitsPerMinute}
    , m_idleClosedPerMinute{thresholds.poolIdleClosedPerMinute}
{ }

void PoolStatistics::add(const PoolStatsReading& reading)
{
    m_readings.append(reading);
    const QDateTime from = reading.at.addMSecs(-kWindowMs);
    // The oldest reading inside the window stays as the base of the increases.
    while (m_readings.size() > 2 && m_readings.at(1).at <= from)
        m_readings.removeFirst();
    m_error.clear();
    m_errorAt = {};
}

void PoolStatistics::fail(const QString& error, const QDateTime& at)
{
    m_error = error;
    m_errorAt = at;
}

std::optional<PoolStatsReading> PoolStatistics::latest() const
{
    if (m_readings.isEmpty())
        return std::nullopt;
    return m_readings.constLast();
}

std::optional<PoolStatistics::PollWindow> PoolStatistics::pollWindow() const
{
    if (m_readings.size() < 2)
        return std::nullopt;
    const PoolStatsReading& before = m_readings.at(m_readings.size() - 2);
    const PoolStatsReading& after = m_readings.constLast();
    const auto delta = [](double a, double b) {
        return b >= a ? b - a : b;
    };
    PollWindow window;
    window.seconds = static_cast<double>(before.at.msecsTo(after.at)) / 1000.0;
    window.waits = delta(before.waitCount, after.waitCount);
    window.waitSeconds = delta(before.waitSeconds, after.waitSeconds);
    return window;
}

double PoolStatistics::increase(double PoolStatsReading::*counter) const
{
    double total = 0;
    for (qsizetype i = 1; i < m_readings.size(); ++i) {
        const double a = m_readings.at(i - 1).*counter;
        const double b = m_readings.at(i).*counter;
        total += b >= a ? b - a : b; // lower: the application restarted, counting from 0
    }
    return total;
}

double PoolStatistics::waitsInWindow() const
{
    return increase(&PoolStatsReading::waitCount);
}

double PoolStatistics::waitSecondsInWindow() const
{
    return increase(&PoolStatsReading::waitSeconds);
}

double PoolStatistics::idleClosedInWindow() const
{
    return increase(&PoolStatsReading::maxIdleClosed);
}

double PoolStatistics::windowMinutes() const
{
    if (m_readings.size() < 2)
        return 1.0;
    const double minutes
        = static_cast<double>(m_readings.constFirst().at.msecsTo(m_readings.constLast().at))
        / 60000.0;
    return std::max(1.0, minutes);
}

QString PoolStatistics::urlInEffect() const
{
    switch (m_pool.metricsUrlOrigin) {
    case MetricsUrlOrigin::Baseline:
        break;
    case MetricsUrlOrigin::Profile:
        return tr("%1 (the profile's, in place of the baseline's)").arg(m_pool.metricsUrl);
    case MetricsUrlOrigin::ServeConfig:
        return tr("%1 (serve's config, in place of the baseline's)").arg(m_pool.metricsUrl);
    }
    return tr("%1 (the baseline's)").arg(m_pool.metricsUrl);
}

QString PoolStatistics::evidence(const QString& series) const
{
    QString text = tr("GET %1 (%2)").arg(m_pool.metricsUrl, series);
    if (m_readings.size() >= 2) {
        text += tr(", %1 – %2")
                    .arg(m_readings.constFirst().at.toString(Qt::ISODate),
                        m_readings.constLast().at.toString(Qt::ISODate));
    } else if (!m_readings.isEmpty()) {
        text += tr(" at %1").arg(m_readings.constLast().at.toString(Qt::ISODate));
    }
    return text;
}

QList<Finding> PoolStatistics::findings() const
{
    const std::optional<qint64> maxOpenSetting
        = m_pool.integerSetting(QStringLiteral("maxOpenConns"));
    const qint64 expectedMaxOpen = maxOpenSetting.value_or(m_pool.budget);

    Finding maxOpen;
    maxOpen.checkId = QStringLiteral("live.%1.maxOpenConns").arg(m_pool.id);
    maxOpen.expected = maxOpenSetting
        ? tr("go_sql_max_open_connections = %1 (maxOpenConns)").arg(expectedMaxOpen)
        : tr("go_sql_max_open_connections = %1 (the budget)").arg(expectedMaxOpen);
    maxOpen.evidence = evidence(QStringLiteral("go_sql_max_open_connections"));

    Finding waits;
    waits.checkId = QStringLiteral("live.%1.waits").arg(m_pool.id);
    waits.expected = m_waitsPerMinute == 0
        ? tr("no wait for a connection in the window")
        : tr("under %1 waits for a connection per minute").arg(m_waitsPerMinute);
    waits.evidence
        = evidence(QStringLiteral("go_sql_wait_count_total, go_sql_wait_duration_seconds_total"));

    Finding churn;
    churn.checkId = QStringLiteral("live.%1.idleChurn").arg(m_pool.id);
    churn.expected
        = tr("under %1 connections closed per minute by MaxIdleConns").arg(m_idleClosedPerMinute);
    churn.evidence = evidence(QStringLiteral("go_sql_max_idle_closed_total"));

    QList<Finding> findings{maxOpen, waits, churn};
    for (Finding& finding : findings)
        finding.plane = Plane::Live;

    const std::optional<PoolStatsReading> last = latest();
    if (!last) {
        for (Finding& finding : findings) {
            finding.status = m_error.isEmpty() ? CheckStatus::NotChecked : CheckStatus::Unknown;
            finding.reason = m_error.isEmpty()
                ? tr("no reading of %1 yet").arg(m_pool.metricsUrl)
                : tr("%1 could not be read: %2").arg(m_pool.metricsUrl, m_error);
            finding.firstSeen = m_errorAt;
        }
        return findings;
    }
    const QString staleReason = m_error.isEmpty()
        ? QString{}
        : tr("stale: the values of %1; the page could not be read since %2: %3")
              .arg(last->at.toString(Qt::ISODate), m_errorAt.toString(Qt::ISODate), m_error);
    for (Finding& finding : findings) {
        finding.reason = staleReason;
        finding.firstSeen = last->at;
    }

    Finding& open = findings[0];
    open.actual = last->maxOpen == 0 ? tr("0 (unlimited)") : number(last->maxOpen);
    // Compared as doubles: a page may say anything, and a cast of 1e300 would overflow.
    open.status = last->maxOpen == static_cast<double>(expectedMaxOpen) ? CheckStatus::Pass
                                                                        : CheckStatus::Fail;

    Finding& wait = findings[1];
    const double count = waitsInWindow();
    const double rate = count / windowMinutes();
    const double seconds = waitSecondsInWindow();
    wait.actual = count == 0
        ? tr("no wait")
        : tr("%1 waits (%2 a minute), average wait %3")
              .arg(number(count), perMinute(rate), milliseconds(seconds / count));
    wait.status = count == 0 || rate < static_cast<double>(m_waitsPerMinute) ? CheckStatus::Pass
                                                                             : CheckStatus::Fail;

    Finding& idle = findings[2];
    const double closed = idleClosedInWindow();
    const double closedRate = closed / windowMinutes();
    idle.actual = tr("%1 a minute (%2 in the window)").arg(perMinute(closedRate), number(closed));
    idle.status = closedRate < static_cast<double>(m_idleClosedPerMinute) ? CheckStatus::Pass
                                                                          : CheckStatus::Fail;
    return findings;
}

} // namespace opsdash
