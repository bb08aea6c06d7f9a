#pragma once

#include "model/PoolStatistics.h"

#include <QObject>

#include <chrono>

class QTimer;

namespace opsdash {

class HttpFetch;

// Reads one pool's own statistics from its application's /metrics page (pools[].metricsUrl)
// once per poll interval, asynchronously: an HttpFetch with a size cap and a deadline, the
// page parsed by MetricsText, the go_sql_* series kept in PoolStatistics. A page that cannot
// be read (refused, slow, too large, malformed, without the series) is a named error
// ("timeout: …", "too-large: …", "malformed: line 3: bad-value: …", "missing-series: …")
// and the last good values stay, marked stale. A fetch still running when the next tick
// comes is left to finish: ticks never pile up on a slow application.
class PoolMetricsPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolMetricsPoller)

public:
    struct Options
    {
        std::chrono::milliseconds interval{std::chrono::seconds{2}};
        // For the whole fetch; a /metrics page answers in milliseconds.
        std::chrono::milliseconds timeout{std::chrono::seconds{5}};
        qint64 maxBytes{MetricsText::DefaultMaxBytes};
    };

    PoolMetricsPoller(
        const PoolSpec& pool, const Thresholds::Live& thresholds, QObject* parent = nullptr);
    ~PoolMetricsPoller() override;

    void start(const Options& options);
    void stop();
    // One fetch now (a no-op while one runs).
    void poll();

    const PoolStatistics& statistics() const { return m_statistics; }

signals:
    // After every fetch, read or failed.
    void updated();

private:
    void onPage(const QByteArray& body);
    void onError(const QString& error);

    PoolStatistics m_statistics;
    Options m_options;
    QTimer* m_timer{nullptr};
    HttpFetch* m_fetch{nullptr};
};

} // namespace opsdash
