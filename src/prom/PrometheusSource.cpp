#include "PrometheusSource.h"

#include "clock/Clock.h"
#include "clock/ClockTimer.h"
#include "model/PoolAttributor.h"
#include "prom/PromLogging.h"
#include "sessions/HttpFetch.h"

#include <QNetworkAccessManager>

#include <algorithm>
#include <cmath>

namespace opsdash {

namespace {

// Every series serve exports of one target that a window shows.
constexpr const char* kPolledFamilies = "opsdash_up|opsdash_pool_connections|"
                                        "opsdash_pool_budget_connections|"
                                        "opsdash_server_usable_connections|"
                                        "opsdash_committed_connections|opsdash_check|"
                                        "opsdash_login_sessions|pg_settings_max_connections|"
                                        "pg_settings_superuser_reserved_connections|"
                                        "pg_settings_reserved_connections";

QString seconds(qint64 ms)
{
    return QString::number(static_cast<double>(ms) / 1000.0, 'f', 3);
}

} // namespace

PrometheusSource::PrometheusSource(const Baseline& baseline, QObject* parent)
    : QObject{parent}
    , m_baseline{baseline}
    , m_network{new QNetworkAccessManager{this}}
    , m_timer{new ClockTimer{this}}
{
    connect(m_timer, &ClockTimer::timeout, this, &PrometheusSource::pollNow);
}

PrometheusSource::~PrometheusSource() = default;

QString PrometheusSource::describe() const
{
    return tr("%1 (target %2)")
        .arg(HttpFetch::display(QUrl{m_options.access.url}), m_options.access.target);
}

QString PrometheusSource::problem() const
{
    if (!m_lastError)
        return {};
    if (m_targetMissing)
        return tr("no series of the target");
    using Kind = SourceError::Kind;
    switch (m_lastError->kind) {
    case Kind::Timeout:
        return tr("Prometheus timeout");
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::ServerError:
    case Kind::UnexpectedStatus:
        return tr("Prometheus HTTP %1").arg(m_lastError->code);
    case Kind::InvalidJson:
    case Kind::WrongType:
    case Kind::MissingField:
    case Kind::AbsurdDate:
    case Kind::WrongContentType:
    case Kind::TooLarge:
        return tr("bad JSON from Prometheus (%1)").arg(m_lastError->kindName());
    case Kind::QueryFailed:
        return tr("Prometheus query error");
    default:
        break;
    }
    return tr("Prometheus unreachable (%1)").arg(m_lastError->kindName());
}

QString PrometheusSource::pollQuery(const QString& target)
{
    return QStringLiteral("{__name__=~\"%1\",target=%2}")
        .arg(QLatin1String{kPolledFamilies}, promqlString(target));
}

QString PrometheusSource::rangeQuery(const QString& target)
{
    const QString selector = QStringLiteral("{target=%1}").arg(promqlString(target));
    return QStringLiteral("sum by (pool) (opsdash_pool_connections%1) or "
                          "label_replace(max(opsdash_server_usable_connections%1), "
                          "\"series\", \"usable\", \"\", \"\")")
        .arg(selector);
}

namespace {

std::chrono::milliseconds clampedInterval(std::chrono::milliseconds interval)
{
    return std::clamp(interval, std::chrono::milliseconds{1000}, std::chrono::milliseconds{60'000});
}

} // namespace

void PrometheusSource::start(const Options& options)
{
    stop();
    m_options = options;
    m_options.interval = clampedInterval(m_options.interval);
    m_scrapeMs.reset();
    setState(State::Waiting);
    if (m_paused)
        return; // the first poll when resumed
    m_timer->start(m_options.interval);
    pollNow();
}

void PrometheusSource::stop()
{
    ++m_generation;
    m_timer->stop();
    m_polling = false;
    m_heldRanges.clear();
    setState(State::Stopped);
}

void PrometheusSource::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        m_timer->stop();
        return;
    }
    if (m_state == State::Stopped)
        return;
    m_timer->start(m_options.interval);
    pollNow();
    for (const HeldRange& held : std::exchange(m_heldRanges, {}))
        sendRange(held.id, held.from, held.to, held.columns);
}

void PrometheusSource::setInterval(std::chrono::milliseconds interval)
{
    m_options.interval = clampedInterval(interval);
    if (m_timer->isActive())
        m_timer->start(m_options.interval);
}

void PrometheusSource::pollNow()
{
    if (m_state == State::Stopped || m_polling)
        return;
    m_polling = true;
    get(QLatin1String{"/api/v1/query"},
        {{QStringLiteral("query"), pollQuery(m_options.access.target)}},
        [this](
            Result<QList<PrometheusSeries>, SourceError> answer) { onPolled(std::move(answer)); });
    if (!m_scrapeMs)
        readScrapeInterval();
}

void PrometheusSource::readScrapeInterval()
{
    // The raw samples of the last minute: their spacing is the scrape interval.
    const QString query
        = QStringLiteral("opsdash_up{target=%1}[1m]").arg(promqlString(m_options.access.target));
    get(QLatin1String{"/api/v1/query"}, {{QStringLiteral("query"), query}},
        [this](Result<QList<PrometheusSeries>, SourceError> answer) {
            if (!answer || answer.value().isEmpty())
                return;
            const QList<std::pair<qint64, double>>& points = answer.value().constFirst().points;
            QList<qint64> steps;
            for (qsizetype i = 1; i < points.size(); ++i)
                steps.append(points.at(i).first - points.at(i - 1).first);
            if (steps.isEmpty())
                return;
            std::sort(steps.begin(), steps.end());
            m_scrapeMs = std::max<qint64>(1000, steps.at(steps.size() / 2));
            qCDebug(lcProm) << "scrape interval" << *m_scrapeMs << "ms";
        });
}

void PrometheusSource::onPolled(Result<QList<PrometheusSeries>, SourceError> answer)
{
    m_polling = false;
    m_targetMissing = false;
    if (!answer) {
        m_lastError = answer.error();
        qCInfo(lcProm).noquote() << "poll failed:" << SourceError::kindName(answer.error().kind)
                                 << answer.error().toString();
        setState(State::Failed);
        emit failed(answer.error());
        return;
    }
    const QList<PrometheusSeries>& series = answer.value();
    QDateTime at = Clock::current().nowUtc();
    if (!series.isEmpty() && !series.constFirst().points.isEmpty())
        at = QDateTime::fromMSecsSinceEpoch(series.constFirst().points.constFirst().first, Qt::UTC);
    PrometheusReading reading = readingFromSeries(m_baseline, series, at);
    if (!reading.found) {
        // Prometheus answers, but has nothing of this target: a wrong label, or serve is not
        // scraped. A named state too, so the window does not show zeros as data.
        SourceError error{SourceError::Kind::MissingField,
            tr("Prometheus has no series with target=%1 (is opsdash serve scraped, and is the "
               "target label right?)")
                .arg(promqlString(m_options.access.target)),
            HttpFetch::display(QUrl{m_options.access.url}), {}};
        m_lastError = error;
        m_targetMissing = true;
        setState(State::Failed);
        emit failed(error);
        return;
    }
    m_lastError.reset();
    setState(State::Reading);
    emit read(reading);
}

qint64 PrometheusSource::stepFor(qint64 rangeMs, int columns, qint64 scrapeMs)
{
    const qint64 perColumn = (rangeMs + std::max(1, columns) - 1) / std::max(1, columns);
    const qint64 limit = (rangeMs + kMaxPointsPerSeries - 1) / kMaxPointsPerSeries;
    const qint64 step = std::max({perColumn, scrapeMs, limit, qint64{1000}});
    return (step + 999) / 1000 * 1000;
}

HistoryRange PrometheusSource::rangeFromSeries(const QList<PrometheusSeries>& series, qint64 fromMs,
    qint64 toMs, qint64 stepMs, qint64 intervalMs, const QStringList& poolOrder)
{
    HistoryRange range;
    range.from = fromMs;
    range.to = toMs;
    range.bucketMs = stepMs;
    range.sessions.name = QStringLiteral("sessions");
    range.usableSlots.name = QStringLiteral("usableSlots");
    range.latencyMs.name = QStringLiteral("latencyMs");
    // Each point stands for its whole step, as a rollup minute does: lines join across steps,
    // and a step Prometheus has no sample in breaks them.
    const qint64 interval = std::max<qint64>(1, std::min(intervalMs, stepMs));
    const auto bucket = [&](qint64 time, double value) {
        return HistoryPoint{time, value, value, value, time + stepMs - interval,
            std::max<qint64>(1, stepMs / interval)};
    };
    QMap<qint64, double> sessions;
    for (const PrometheusSeries& one : series) {
        const bool usable = one.label(QStringLiteral("series")) == QLatin1String{"usable"};
        HistorySeries converted;
        converted.name = usable ? QStringLiteral("usableSlots") : one.label(QStringLiteral("pool"));
        converted.points.reserve(one.points.size());
        for (const auto& [time, value] : one.points) {
            if (!std::isfinite(value))
                continue;
            converted.points.append(bucket(time, value));
            if (!usable)
                sessions[time] += value;
        }
        if (usable)
            range.usableSlots.points = std::move(converted.points);
        else
            range.pools.append(std::move(converted));
    }
    const auto rank = [&poolOrder](const HistorySeries& pool) {
        const qsizetype index = poolOrder.indexOf(pool.name);
        return std::pair{index < 0 ? poolOrder.size() : index, pool.name};
    };
    std::sort(range.pools.begin(), range.pools.end(),
        [&rank](const HistorySeries& a, const HistorySeries& b) { return rank(a) < rank(b); });
    for (auto it = sessions.cbegin(); it != sessions.cend(); ++it)
        range.sessions.points.append(bucket(it.key(), it.value()));
    return range;
}

quint64 PrometheusSource::requestRange(const QDateTime& from, const QDateTime& to, int columns)
{
    const quint64 id = ++m_lastRange;
    if (m_paused)
        m_heldRanges.append(HeldRange{id, from, to, columns});
    else
        sendRange(id, from, to, columns);
    return id;
}

void PrometheusSource::sendRange(
    quint64 id, const QDateTime& from, const QDateTime& to, int columns)
{
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    const qint64 stepMs = stepFor(std::max<qint64>(0, toMs - fromMs), columns, scrapeIntervalMs());
    // Aligned to the step, so a range read again a poll later asks for the same points.
    const qint64 start = fromMs / stepMs * stepMs;
    const qint64 intervalMs = m_options.interval.count();
    get(QLatin1String{"/api/v1/query_range"},
        {{QStringLiteral("query"), rangeQuery(m_options.access.target)},
            {QStringLiteral("start"), seconds(start)}, {QStringLiteral("end"), seconds(toMs)},
            {QStringLiteral("step"), seconds(stepMs)}},
        [this, id, fromMs, toMs, stepMs, intervalMs](
            Result<QList<PrometheusSeries>, SourceError> answer) {
            if (!answer) {
                emit rangeFailed(id, answer.error().toError());
                return;
            }
            emit rangeReady(id,
                rangeFromSeries(answer.value(), fromMs, toMs, stepMs, intervalMs,
                    PoolAttributor{m_baseline}.poolOrder()));
        });
}

void PrometheusSource::get(
    QLatin1String path, const QList<std::pair<QString, QString>>& query, Answer answer)
{
    QUrl url = HttpFetch::endpointUrl(QUrl{m_options.access.url}, path);
    const QString where = HttpFetch::display(url);
    // Encoded by hand: Prometheus reads the query form-encoded, where a bare '+' is a space.
    QByteArrayList items;
    for (const auto& [key, value] : query)
        items << key.toLatin1() + '=' + QUrl::toPercentEncoding(value);
    url.setQuery(QString::fromLatin1(items.join('&')), QUrl::StrictMode);
    QNetworkRequest request{url};
    const PrometheusAccess& access = m_options.access;
    if (access.auth == PrometheusAccess::Auth::Bearer && !access.secret.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + access.secret);
    else if (access.auth == PrometheusAccess::Auth::Basic) {
        const QByteArray credentials = access.user.toUtf8() + ':' + access.secret;
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    }
    auto* fetch = new HttpFetch{m_network,
        HttpFetch::Options{m_options.timeout, m_options.timeout, m_options.maxBytes, {}}, this};
    const quint64 generation = m_generation;
    const auto finish
        = [this, fetch, generation, answer](Result<QList<PrometheusSeries>, SourceError> result) {
              fetch->deleteLater();
              if (generation == m_generation)
                  answer(std::move(result));
          };
    connect(
        fetch, &HttpFetch::received, this, [finish, where](const HttpFetch::Response& response) {
            if (response.status == 200) {
                finish(parsePrometheusAnswer(response.body, where));
                return;
            }
            // 400: the query does not parse; 422: it cannot be executed (Prometheus' API).
            if (response.status == 400 || response.status == 422) {
                finish(SourceError{SourceError::Kind::QueryFailed,
                    tr("Prometheus refused the query (HTTP %1)").arg(response.status), where,
                    QString::number(response.status)});
                return;
            }
            finish(HttpFetch::statusError(
                response.status, where, tr("the profile's Prometheus credentials")));
        });
    connect(fetch, &HttpFetch::failed, this, [finish](const SourceError& error) { finish(error); });
    fetch->get(request);
}

void PrometheusSource::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace opsdash
