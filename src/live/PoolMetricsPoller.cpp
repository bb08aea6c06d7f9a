#include "live/PoolMetricsPoller.h"

#include "live/LiveLogging.h"
#include "sessions/HttpFetch.h"

#include <QTimer>

namespace opsdash {

PoolMetricsPoller::PoolMetricsPoller(
    const PoolSpec& pool, const Thresholds::Live& thresholds, QObject* parent)
    : QObject{parent}
    , m_statistics{pool, thresholds}
    , m_timer{new QTimer{this}}
{
    connect(m_timer, &QTimer::timeout, this, &PoolMetricsPoller::poll);
}

PoolMetricsPoller::~PoolMetricsPoller() = default;

void PoolMetricsPoller::start(const Options& options)
{
    stop();
    m_options = options;
    HttpFetch::Options fetch;
    fetch.timeout = options.timeout;
    fetch.deadline = options.timeout;
    fetch.maxBytes = options.maxBytes;
    fetch.mediaType = QByteArrayLiteral("text/plain");
    std::optional<SourceError> caError; // no CA file: never set
    m_fetch = HttpFetch::forSource(fetch, {}, m_statistics.url(), this, &caError);
    connect(m_fetch, &HttpFetch::received, this, [this](const HttpFetch::Response& response) {
        if (response.status != 200) {
            const SourceError error = HttpFetch::statusError(response.status,
                HttpFetch::display(QUrl{m_statistics.url()}),
                tr("the request without credentials"));
            onError(QStringLiteral("%1: %2").arg(error.kindName(), error.message));
            return;
        }
        onPage(response.body);
    });
    connect(m_fetch, &HttpFetch::failed, this, [this](const SourceError& error) {
        onError(QStringLiteral("%1: %2").arg(error.kindName(), error.message));
    });
    m_timer->start(m_options.interval);
    poll();
}

void PoolMetricsPoller::stop()
{
    m_timer->stop();
    delete m_fetch; // aborts a fetch in flight
    m_fetch = nullptr;
}

void PoolMetricsPoller::poll()
{
    if (!m_fetch || m_fetch->isRunning())
        return;
    QNetworkRequest request{QUrl{m_statistics.url()}};
    // The Prometheus text format; an OpenMetrics page would differ in its details.
    request.setRawHeader("Accept", "text/plain;version=0.0.4");
    m_fetch->get(request);
}

void PoolMetricsPoller::onPage(const QByteArray& body)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    Result<MetricsText::Page, MetricsText::ParseError> page
        = MetricsText::parse(body, m_options.maxBytes);
    if (!page) {
        onError(QStringLiteral("malformed: %1").arg(page.error().toString()));
        return;
    }
    Result<PoolStatsReading, QString> reading = PoolStatsReading::fromPage(*page, at);
    if (!reading) {
        onError(QStringLiteral("missing-series: %1").arg(reading.error()));
        return;
    }
    m_statistics.add(*reading);
    emit updated();
}

void PoolMetricsPoller::onError(const QString& error)
{
    qCInfo(lcLive).noquote() << "pool" << m_statistics.poolId() << "metrics:" << error;
    m_statistics.fail(error, QDateTime::currentDateTimeUtc());
    emit updated();
}

} // namespace opsdash
