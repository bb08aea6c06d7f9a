#pragma once

#include "history/HistoryTypes.h"
#include "model/Baseline.h"
#include "model/PrometheusAccess.h"
#include "model/Result.h"
#include "prom/PrometheusResponse.h"
#include "sessions/SourceError.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace opsdash {

class ClockTimer;
class HttpFetch;

// Team mode: one target's data read from the Prometheus that scrapes `opsdash serve`, never
// from the database. Each poll is one instant query (/api/v1/query) for every series serve
// exports of the target (pools by state, budgets, pg_settings, the check stateset, login
// sessions, up), read into the shapes a database target's engine produces. The chart's
// ranges come from /api/v1/query_range with a step of the range over the chart's pixel
// columns, never under the scrape interval (read from the target's own samples), so a range
// reaches as far back as Prometheus keeps. Every failure is a named SourceError
// (connection refused, timeout, HTTP status, invalid JSON, query error…); answers have a
// size cap and a deadline (HttpFetch). Paused, it sends nothing: no poll, and the ranges asked
// meanwhile wait until resume, which polls at once.
class PrometheusSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusSource)

public:
    struct Options
    {
        PrometheusAccess access;
        std::chrono::milliseconds interval{std::chrono::seconds{2}};
        std::chrono::milliseconds timeout{std::chrono::seconds{10}};
        qint64 maxBytes{32 * 1024 * 1024}; // a 30-day range at ~1000 columns is far below
    };

    enum class State { Stopped, Waiting, Reading, Failed };
    Q_ENUM(State)

    // Prometheus answers at most this many points per series (query_range).
    static constexpr qint64 kMaxPointsPerSeries{11'000};
    // Until the target's own samples tell: Prometheus' default scrape interval.
    static constexpr qint64 kDefaultScrapeMs{15'000};

    explicit PrometheusSource(const Baseline& baseline, QObject* parent = nullptr);
    ~PrometheusSource() override;

    void start(const Options& options);
    void stop();
    // Polls now, paused or not (the user's Refresh); never two polls at once.
    void pollNow();
    // Paused: no query reaches Prometheus until resumed; resuming polls at once and sends
    // the range asked meanwhile.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // The query period from now on (clamped to 1–60 s, as start() does).
    void setInterval(std::chrono::milliseconds interval);

    State state() const { return m_state; }
    std::optional<SourceError> lastError() const { return m_lastError; }
    // The last error in a few words, for a tile: "Prometheus unreachable (connection-refused)",
    // "Prometheus HTTP 503", "bad JSON from Prometheus", "Prometheus query error",
    // "Prometheus timeout", "no series of the target"; empty without one.
    QString problem() const;
    const Options& options() const { return m_options; }
    // "http://prometheus:9090 (target eu)": where the data comes from, never with secrets.
    QString describe() const;
    qint64 scrapeIntervalMs() const { return m_scrapeMs.value_or(kDefaultScrapeMs); }

    // Reads [from, to] at about one point per column; ends in rangeReady(id, …) or
    // rangeFailed(id, …) for the returned id.
    quint64 requestRange(const QDateTime& from, const QDateTime& to, int columns);

    // The query_range step for a range drawn over `columns` pixel columns: the range over the
    // columns, at least the scrape interval, whole seconds, within Prometheus' point limit.
    static qint64 stepFor(qint64 rangeMs, int columns, qint64 scrapeMs);
    // A query_range answer (pools summed by pool, and usable capacity as series="usable") as
    // the chart reads a history range: one bucket per step, each covering its whole step.
    // Pools come in `poolOrder` (PoolAttributor::poolOrder(), the order a database target's
    // history has, so the chart gives each pool the same colour in both), then by name.
    static HistoryRange rangeFromSeries(const QList<PrometheusSeries>& series, qint64 fromMs,
        qint64 toMs, qint64 stepMs, qint64 intervalMs, const QStringList& poolOrder = {});
    // The PromQL of a poll and of a range, for a target label value.
    static QString pollQuery(const QString& target);
    static QString rangeQuery(const QString& target);

signals:
    void read(const opsdash::PrometheusReading& reading);
    void failed(const opsdash::SourceError& error);
    void stateChanged(opsdash::PrometheusSource::State state);
    void rangeReady(quint64 id, const opsdash::HistoryRange& range);
    void rangeFailed(quint64 id, const opsdash::Error& error);

private:
    using Answer = std::function<void(Result<QList<PrometheusSeries>, SourceError>)>;
    void get(QLatin1String path, const QList<std::pair<QString, QString>>& query, Answer answer);
    void onPolled(Result<QList<PrometheusSeries>, SourceError> answer);
    void readScrapeInterval();
    void sendRange(quint64 id, const QDateTime& from, const QDateTime& to, int columns);
    void setState(State state);

    struct HeldRange
    {
        quint64 id{0};
        QDateTime from;
        QDateTime to;
        int columns{0};
    };

    Baseline m_baseline;
    Options m_options;
    QNetworkAccessManager* m_network;
    ClockTimer* m_timer;
    State m_state{State::Stopped};
    std::optional<SourceError> m_lastError;
    std::optional<qint64> m_scrapeMs;
    bool m_polling{false};
    bool m_paused{false};
    bool m_targetMissing{false}; // Prometheus answered, with no series of the target
    QList<HeldRange> m_heldRanges; // asked while paused
    quint64 m_lastRange{0};
    quint64 m_generation{0}; // answers of an earlier start() are dropped
};

} // namespace opsdash
