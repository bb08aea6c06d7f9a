#include "PgBouncerMonitor.h"

#include "clock/Clock.h"
#include "pg/PgConnection.h"
#include "pg/PgLogging.h"
#include "pg/PollLoop.h"

#include <algorithm>
#include <array>
#include <utility>

namespace opsdash {

namespace {

// The answer may take this long past the interval before the console counts as stalled.
constexpr std::chrono::milliseconds kAnswerMargin{std::chrono::seconds{5}};

int intOf(const PgResult& result, int row, const char* column)
{
    return static_cast<int>(result.integer(row, result.column(column)));
}

} // namespace

PgBouncerMonitor::PgBouncerMonitor(QObject* parent)
    : QObject{parent}
    , m_connection{new PgConnection{this}}
    , m_loop{new PollLoop{this}}
{
    connect(m_loop, &PollLoop::tick, this, &PgBouncerMonitor::tick);
    connect(m_loop, &PollLoop::retryDue, this, &PgBouncerMonitor::connectNow);
    connect(m_loop, &PollLoop::answerOverdue, this, [this] {
        onConnectionFailed(Error{tr("no answer from the PgBouncer admin console for %1 s")
                                     .arg((m_options.interval + kAnswerMargin).count() / 1000),
            target()});
    });
    connect(m_connection, &PgConnection::connected, this, [this] {
        m_loop->connected();
        setState(State::Connected);
        m_lastError.reset();
        tick();
    });
    connect(
        m_connection, &PgConnection::connectFailed, this, &PgBouncerMonitor::onConnectionFailed);
    connect(m_connection, &PgConnection::lost, this, &PgBouncerMonitor::onConnectionFailed);
    connect(m_connection, &PgConnection::resultReady, this, &PgBouncerMonitor::onResult);
    connect(m_connection, &PgConnection::queryFailed, this, &PgBouncerMonitor::onQueryFailed);
}

PgBouncerMonitor::~PgBouncerMonitor() = default;

void PgBouncerMonitor::start(const Options& options)
{
    stop();
    m_options = options;
    m_options.interval = std::max(options.interval, std::chrono::milliseconds{250});
    m_loop->setInterval(m_options.interval);
    connectNow();
}

void PgBouncerMonitor::stop()
{
    m_loop->stop();
    m_connection->close();
    m_step = Step::Nothing;
    setState(State::Stopped);
}

void PgBouncerMonitor::setPaused(bool paused)
{
    m_loop->setPaused(paused);
}

void PgBouncerMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_options.interval = std::max(interval, std::chrono::milliseconds{250});
    m_loop->setInterval(m_options.interval);
}

QString PgBouncerMonitor::target() const
{
    return m_connection->target().isEmpty()
        ? PgConnection::describeTarget(m_options.conninfo, m_options.parameters)
        : m_connection->target();
}

QString PgBouncerMonitor::stateText() const
{
    const QString error = m_lastError ? m_lastError->message : QString{};
    switch (m_state) {
    case State::Stopped:
        return tr("PgBouncer not watched");
    case State::Connecting:
        return tr("connecting to the PgBouncer admin console");
    case State::Connected:
        return tr("PgBouncer admin console connected");
    case State::Disconnected:
        return tr("PgBouncer admin console unreachable: %1").arg(error);
    case State::NotConsole:
        return tr("not a PgBouncer admin console (dbname=pgbouncer, a user in stats_users): %1")
            .arg(error);
    }
    return {};
}

void PgBouncerMonitor::connectNow()
{
    m_step = Step::Nothing;
    setState(State::Connecting);
    m_connection->open({m_options.conninfo, QByteArrayLiteral("opsdash"), m_options.connectTimeout,
        m_options.parameters});
}

void PgBouncerMonitor::tick()
{
    // One poll at a time: a tick that comes while the last is out is skipped.
    if (m_state != State::Connected || m_step != Step::Nothing || !m_connection->isReady())
        return;
    m_building = {};
    sendStep(Step::Pools);
}

void PgBouncerMonitor::sendStep(Step step)
{
    static constexpr std::array<const char*, 4> statements{
        "SHOW POOLS", "SHOW STATS", "SHOW CONFIG", "SHOW SERVERS"};
    m_step = step;
    m_loop->expectAnswer(m_options.interval + kAnswerMargin);
    m_connection->sendSimple(QByteArray{statements.at(static_cast<std::size_t>(step) - 1)});
}

void PgBouncerMonitor::onResult(const PgResult& result)
{
    m_loop->answered();
    switch (std::exchange(m_step, Step::Nothing)) {
    case Step::Nothing:
        return;
    case Step::Pools:
        m_building.pools = parsePools(result);
        sendStep(Step::Stats);
        return;
    case Step::Stats:
        m_building.stats = parseStats(result);
        sendStep(Step::Config);
        return;
    case Step::Config:
        m_building.config = parseConfig(result);
        sendStep(Step::Servers);
        return;
    case Step::Servers:
        m_building.serverPids = parseServerPids(result);
        m_building.receivedAt = Clock::current().nowUtc();
        emit sampled(m_building);
        return;
    }
}

void PgBouncerMonitor::onQueryFailed(const Error& error)
{
    m_loop->answered();
    m_step = Step::Nothing;
    // A server that answers but knows no SHOW POOLS is PostgreSQL, or PgBouncer's pooled
    // database instead of its console: polling again cannot help until it is fixed.
    m_connection->close();
    fail(State::NotConsole, error);
}

void PgBouncerMonitor::onConnectionFailed(const Error& error)
{
    m_loop->answered();
    m_step = Step::Nothing;
    m_connection->close();
    fail(State::Disconnected, error);
}

void PgBouncerMonitor::fail(State state, const Error& error)
{
    m_lastError = error;
    qCInfo(lcPg).noquote() << "PgBouncer admin console" << error.toString();
    m_loop->retryIn(m_options.retry);
    setState(state);
    emit failed(error);
}

void PgBouncerMonitor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QList<PgBouncerPool> PgBouncerMonitor::parsePools(const PgResult& result)
{
    QList<PgBouncerPool> pools;
    const int database = result.column("database");
    const int user = result.column("user");
    const int mode = result.column("pool_mode");
    for (int row = 0; row < result.rows(); ++row) {
        PgBouncerPool pool;
        pool.database = result.text(row, database);
        if (pool.database == PgBouncerSample::kAdminDatabase)
            continue;
        pool.user = result.text(row, user);
        pool.clActive = intOf(result, row, "cl_active");
        pool.clWaiting = intOf(result, row, "cl_waiting");
        pool.svActive = intOf(result, row, "sv_active");
        pool.svIdle = intOf(result, row, "sv_idle");
        pool.svUsed = intOf(result, row, "sv_used");
        pool.maxWaitUs = result.integer(row, result.column("maxwait")) * 1000000
            + result.integer(row, result.column("maxwait_us"));
        pool.poolMode = result.text(row, mode);
        pools << pool;
    }
    return pools;
}

QList<PgBouncerStats> PgBouncerMonitor::parseStats(const PgResult& result)
{
    QList<PgBouncerStats> stats;
    const int database = result.column("database");
    for (int row = 0; row < result.rows(); ++row) {
        PgBouncerStats line;
        line.database = result.text(row, database);
        if (line.database == PgBouncerSample::kAdminDatabase)
            continue;
        line.totalXactCount = result.integer(row, result.column("total_xact_count"));
        line.totalQueryCount = result.integer(row, result.column("total_query_count"));
        line.totalWaitTimeUs = result.integer(row, result.column("total_wait_time"));
        line.avgWaitTimeUs = result.integer(row, result.column("avg_wait_time"));
        stats << line;
    }
    return stats;
}

PgBouncerConfig PgBouncerMonitor::parseConfig(const PgResult& result)
{
    PgBouncerConfig config;
    const int key = result.column("key");
    const int value = result.column("value");
    for (int row = 0; row < result.rows(); ++row) {
        const QString name = result.text(row, key);
        const auto number = [&] {
            return static_cast<int>(result.integer(row, value));
        };
        if (name == QLatin1String{"default_pool_size"})
            config.defaultPoolSize = number();
        else if (name == QLatin1String{"reserve_pool_size"})
            config.reservePoolSize = number();
        else if (name == QLatin1String{"max_client_conn"})
            config.maxClientConn = number();
        else if (name == QLatin1String{"max_db_connections"})
            config.maxDbConnections = number();
        else if (name == QLatin1String{"pool_mode"})
            config.poolMode = result.text(row, value);
    }
    return config;
}

QSet<int> PgBouncerMonitor::parseServerPids(const PgResult& result)
{
    QSet<int> pids;
    const int pid = result.column("remote_pid");
    for (int row = 0; row < result.rows(); ++row) {
        const int value = static_cast<int>(result.integer(row, pid));
        if (value > 0)
            pids.insert(value);
    }
    return pids;
}

} // namespace opsdash
