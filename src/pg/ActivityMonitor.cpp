#include "ActivityMonitor.h"

#include "pg/ActivityQuery.h"
#include "pg/PgConnection.h"
#include "pg/PgLogging.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace opsdash {

using namespace std::chrono_literals;

ActivityMonitor::ActivityMonitor(const Baseline& baseline, QObject* parent)
    : QObject{parent}
    , m_attributor{baseline}
    , m_connection{new PgConnection{this}}
    , m_tickTimer{new QTimer{this}}
    , m_retryTimer{new QTimer{this}}
    , m_jitter{QRandomGenerator::global()->generate()}
{
    m_tickTimer->setTimerType(Qt::PreciseTimer);
    m_retryTimer->setSingleShot(true);
    connect(m_tickTimer, &QTimer::timeout, this, &ActivityMonitor::tick);
    connect(m_retryTimer, &QTimer::timeout, this, &ActivityMonitor::connectNow);
    connect(m_connection, &PgConnection::connected, this, &ActivityMonitor::onConnected);
    connect(m_connection, &PgConnection::connectFailed, this, &ActivityMonitor::onConnectionFailed);
    connect(m_connection, &PgConnection::lost, this, &ActivityMonitor::onConnectionFailed);
    connect(m_connection, &PgConnection::resultReady, this, &ActivityMonitor::onResult);
    connect(m_connection, &PgConnection::queryFailed, this, &ActivityMonitor::onQueryFailed);
}

ActivityMonitor::~ActivityMonitor() = default;

void ActivityMonitor::start(const Options& options)
{
    stop();
    m_options = options;
    m_options.interval = std::clamp(options.interval, MinInterval, MaxInterval);
    m_failedAttempts = 0;
    m_downSince = {};
    connectNow();
}

void ActivityMonitor::stop()
{
    m_tickTimer->stop();
    m_retryTimer->stop();
    m_connection->close();
    m_pending = Pending::Nothing;
    m_nextRetry = {};
    setState(State::Stopped);
}

void ActivityMonitor::pollNow()
{
    if (m_state == State::Connected)
        tick();
    else if (m_state == State::Disconnected)
        connectNow();
}

void ActivityMonitor::setPaused(bool paused)
{
    m_paused = paused;
    if (paused) {
        m_tickTimer->stop();
    } else if (m_state == State::Connected) {
        m_tickTimer->start(m_options.interval);
        tick();
    }
}

void ActivityMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_options.interval = std::clamp(interval, MinInterval, MaxInterval);
    if (m_tickTimer->isActive() && !m_paused)
        m_tickTimer->start(m_options.interval);
    // The statement timeout follows the interval; it is set again on the next connect.
}

QString ActivityMonitor::target() const
{
    return m_connection->target().isEmpty() ? PgConnection::describeTarget(m_options.conninfo)
                                            : m_connection->target();
}

int ActivityMonitor::backendPid() const
{
    return m_connection->backendPid();
}

void ActivityMonitor::connectNow()
{
    m_retryTimer->stop();
    m_nextRetry = {};
    m_pending = Pending::Nothing;
    setState(State::Connecting);
    // open() closes any earlier connection first: opsdash never holds two backends.
    m_connection->open(
        {m_options.conninfo, QByteArrayLiteral("opsdash"), m_options.connectTimeout});
}

void ActivityMonitor::onConnected()
{
    sendSetup();
}

void ActivityMonitor::onConnectionFailed(const Error& error)
{
    m_tickTimer->stop();
    m_pending = Pending::Nothing;
    m_connection->close();
    m_lastError = error;
    if (!m_downSince.isValid())
        m_downSince = QDateTime::currentDateTimeUtc();
    const std::chrono::milliseconds delay = nextBackoff();
    m_nextRetry = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    m_retryTimer->start(delay);
    setState(State::Disconnected);
    emit disconnected(error, m_nextRetry);
}

ActivityMonitor::SessionSetup ActivityMonitor::sessionSetup(
    std::chrono::milliseconds statementTimeout)
{
    // Read-only, and never able to hold a lock or a transaction long: opsdash must not
    // hurt the server it watches. Set by statement so the user's own options stay intact.
    const QByteArray statementMs = QByteArray::number(statementTimeout.count());
    return {QByteArrayLiteral("SELECT set_config('default_transaction_read_only', 'on', false), "
                              "set_config('statement_timeout', $1, false), "
                              "set_config('lock_timeout', $1, false), "
                              "set_config('idle_in_transaction_session_timeout', $2, false)"),
        {statementMs, QByteArrayLiteral("10000")}};
}

void ActivityMonitor::sendSetup()
{
    const SessionSetup setup = sessionSetup(statementTimeout());
    m_pending = Pending::Setup;
    m_connection->send(setup.sql, setup.parameters);
}

void ActivityMonitor::sendFacts()
{
    m_pending = Pending::Facts;
    m_connection->send(ActivityQuery::serverFactsSql());
}

void ActivityMonitor::sendActivity()
{
    m_pending = Pending::Activity;
    m_roundTrip.start();
    m_connection->send(ActivityQuery::activitySql(m_facts ? m_facts->versionNum : 0),
        {QByteArray::number(m_options.queryLength)});
}

void ActivityMonitor::tick()
{
    if (m_state != State::Connected || !m_connection->isReady())
        return; // the previous poll is still out; never queue a second one
    if (!m_sinceFacts.isValid() || m_sinceFacts.elapsed() >= m_options.factsInterval.count())
        sendFacts();
    else
        sendActivity();
}

void ActivityMonitor::onResult(const PgResult& result)
{
    const Pending pending = std::exchange(m_pending, Pending::Nothing);
    switch (pending) {
    case Pending::Nothing:
        return;
    case Pending::Setup:
        sendFacts();
        return;
    case Pending::Facts: {
        std::optional<ServerFacts> facts = ActivityQuery::parseServerFacts(result);
        if (!facts) {
            onConnectionFailed(Error{
                tr("the server returned an unexpected answer to the settings query"), target()});
            return;
        }
        m_facts = facts;
        m_sinceFacts.start();
        emit serverFactsRead(*facts);
        if (m_state != State::Connected) {
            m_failedAttempts = 0;
            m_lastError.reset();
            setState(State::Connected);
            if (m_downSince.isValid())
                emit reconnected(std::exchange(m_downSince, {}));
            if (!m_paused)
                m_tickTimer->start(m_options.interval);
        }
        sendActivity();
        return;
    }
    case Pending::Activity: {
        ActivitySample sample
            = ActivityQuery::parseActivity(result, m_attributor, m_connection->backendPid());
        sample.latencyMs = m_roundTrip.elapsed();
        sample.receivedAt = QDateTime::currentDateTimeUtc();
        emit sampled(sample);
        return;
    }
    }
}

void ActivityMonitor::onQueryFailed(const Error& error)
{
    const Pending pending = std::exchange(m_pending, Pending::Nothing);
    if (pending == Pending::Activity) {
        qCWarning(lcPg).noquote() << "poll failed:" << error.toString();
        emit pollFailed(error);
        return;
    }
    // Without its session settings or the server's limits opsdash cannot poll safely.
    m_connection->close();
    onConnectionFailed(error);
}

void ActivityMonitor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

std::chrono::milliseconds ActivityMonitor::statementTimeout() const
{
    // Below the interval, so one slow poll can never overlap the next.
    return std::max(std::chrono::milliseconds{250}, m_options.interval * 8 / 10);
}

std::chrono::milliseconds ActivityMonitor::nextBackoff()
{
    const int exponent = std::min(m_failedAttempts, 16);
    ++m_failedAttempts;
    const std::chrono::milliseconds base = std::min<std::chrono::milliseconds>(
        m_options.firstRetry * (1LL << exponent), m_options.retryCap);
    // ±20 % jitter, so many desktops do not reconnect in lockstep after a server restart.
    std::uniform_real_distribution<double> spread{0.8, 1.2};
    const std::chrono::milliseconds jittered{static_cast<std::chrono::milliseconds::rep>(
        static_cast<double>(base.count()) * spread(m_jitter))};
    return std::clamp(jittered, std::chrono::milliseconds{100}, m_options.retryCap);
}

} // namespace opsdash
