#include "ActivityMonitor.h"

#include "clock/Clock.h"
#include "pg/ActivityQuery.h"
#include "pg/PgConnection.h"
#include "pg/PgLogging.h"
#include "pg/PollLoop.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace opsdash {

using namespace std::chrono_literals;

ActivityMonitor::ActivityMonitor(const Baseline& baseline, QObject* parent)
    : QObject{parent}
    , m_attributor{baseline}
    , m_connection{new PgConnection{this}}
    , m_loop{new PollLoop{this}}
    , m_jitter{QRandomGenerator::global()->generate()}
{
    connect(m_loop, &PollLoop::answerOverdue, this, &ActivityMonitor::onAnswerOverdue);
    connect(m_loop, &PollLoop::tick, this, &ActivityMonitor::tick);
    connect(m_loop, &PollLoop::retryDue, this, &ActivityMonitor::connectNow);
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
    m_loop->setInterval(m_options.interval);
    m_failedAttempts = 0;
    m_downSince = {};
    connectNow();
}

void ActivityMonitor::stop()
{
    m_loop->stop();
    m_connection->close();
    m_pending = Pending::Nothing;
    m_previous.reset();
    refuseQueued(Error{tr("monitoring was stopped"), target()});
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
    m_loop->setPaused(paused);
}

bool ActivityMonitor::isPaused() const
{
    return m_loop->isPaused();
}

void ActivityMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_options.interval = std::clamp(interval, MinInterval, MaxInterval);
    m_loop->setInterval(m_options.interval);
    // The statement timeout follows the interval; it is set again on the next connect.
}

QDateTime ActivityMonitor::nextRetry() const
{
    return m_loop->nextRetry();
}

QString ActivityMonitor::target() const
{
    return m_connection->target().isEmpty()
        ? PgConnection::describeTarget(m_options.conninfo, m_options.parameters)
        : m_connection->target();
}

int ActivityMonitor::backendPid() const
{
    return m_connection->backendPid();
}

Result<QByteArray> ActivityMonitor::escapeIdentifier(QStringView name) const
{
    if (m_state != State::Connected)
        return Error{tr("not connected: cannot quote the identifier"), target()};
    return m_connection->escapeIdentifier(name);
}

quint64 ActivityMonitor::enqueueQuery(const QByteArray& sql, const QByteArrayList& parameters)
{
    const quint64 id = ++m_lastQueryId;
    if (m_state != State::Connected) {
        const Error error{tr("not connected to the server"), target()};
        QTimer::singleShot(0, this, [this, id, error] { emit queryRefused(id, error); });
        return id;
    }
    m_queue.push_back({id, sql, parameters});
    if (m_pending == Pending::Nothing && m_connection->isReady())
        sendNext();
    return id;
}

void ActivityMonitor::connectNow()
{
    m_loop->stop();
    m_pending = Pending::Nothing;
    setState(State::Connecting);
    // open() closes any earlier connection first: opsdash never holds two backends.
    m_connection->open({m_options.conninfo, QByteArrayLiteral("opsdash"), m_options.connectTimeout,
        m_options.parameters});
}

void ActivityMonitor::onConnected()
{
    sendSetup();
}

void ActivityMonitor::onConnectionFailed(const Error& error)
{
    m_loop->stop();
    m_pending = Pending::Nothing;
    m_connection->close();
    m_previous.reset(); // another backend's texts: the next session starts full
    refuseQueued(error);
    m_lastError = error;
    if (!m_downSince.isValid())
        m_downSince = Clock::current().nowUtc();
    const QDateTime retryAt = m_loop->retryIn(nextBackoff());
    setState(State::Disconnected);
    emit disconnected(error, retryAt);
}

void ActivityMonitor::send(Pending pending, const QByteArray& sql, const QByteArrayList& parameters)
{
    m_pending = pending;
    // The server ends any statement at statement_timeout; an answer later than that plus
    // a margin means the network or the server stalls, and waiting on would show stale
    // data as fresh.
    m_loop->expectAnswer(statementTimeout() + AnswerMargin);
    m_connection->send(sql, parameters);
}

void ActivityMonitor::onAnswerOverdue()
{
    if (m_pending == Pending::Nothing)
        return;
    const qint64 seconds
        = std::chrono::duration_cast<std::chrono::seconds>(statementTimeout() + AnswerMargin)
              .count();
    qCWarning(lcPg).noquote() << "no answer within" << seconds << "s; reconnecting";
    onConnectionFailed(Error{
        tr("no answer from the server for %1 s: the network or the server stalls").arg(seconds),
        target()});
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
    send(Pending::Setup, setup.sql, setup.parameters);
}

void ActivityMonitor::sendFacts()
{
    send(Pending::Facts, ActivityQuery::serverFactsSql());
}

void ActivityMonitor::sendActivity()
{
    m_roundTrip.start();
    const QByteArray cutoff
        = m_fullPollDue || !m_previous ? QByteArray{} : ActivityQuery::carryCutoff(*m_previous);
    const QByteArray limit = QByteArray::number(m_options.queryLength);
    // While few sessions change, finding them costs less than reading every session.
    if (!cutoff.isEmpty() && m_sessionsSent <= ActivityQuery::kQuietPollMaxSent) {
        send(Pending::Activity, ActivityQuery::quietActivitySql(),
            {limit, cutoff, ActivityQuery::carryablePids(*m_previous)});
        return;
    }
    // A full poll, or one where most sessions changed: every session as a row costs less
    // than listing the unchanged ones by pid.
    if (cutoff.isEmpty() || !ActivityQuery::sendIdleByPid(*m_previous)) {
        send(Pending::Activity, ActivityQuery::changingActivitySql(), {limit, cutoff});
        return;
    }
    send(Pending::Activity, ActivityQuery::activitySql(m_facts ? m_facts->versionNum : 0),
        {limit, cutoff});
}

void ActivityMonitor::sendNext()
{
    // A poll that fell due while a queued statement was out goes first.
    if (std::exchange(m_pollDue, false)) {
        tick();
        return;
    }
    if (m_queue.empty() || !m_connection->isReady())
        return;
    send(Pending::Queued, m_queue.front().sql, m_queue.front().parameters);
}

void ActivityMonitor::refuseQueued(const Error& error)
{
    m_pollDue = false;
    // Taken out first: a receiver may enqueue again (it is then refused asynchronously).
    const std::deque<QueuedQuery> refused = std::exchange(m_queue, {});
    for (const QueuedQuery& query : refused)
        emit queryRefused(query.id, error);
}

void ActivityMonitor::tick()
{
    if (m_state != State::Connected)
        return;
    if (!m_connection->isReady() || m_pending != Pending::Nothing) {
        // The previous poll is still out (never queue a second one), or a queued
        // statement is: then the poll follows it.
        m_pollDue = m_pending == Pending::Queued;
        return;
    }
    if (m_factsAtMs < 0
        || Clock::current().nowMs() - m_factsAtMs >= m_options.factsInterval.count())
        sendFacts();
    else
        sendActivity();
}

void ActivityMonitor::onResult(const PgResult& result)
{
    m_loop->answered();
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
        m_factsAtMs = Clock::current().nowMs();
        // Every text again with the facts: a carried-over text can never be older than
        // that, whatever happened between two polls.
        m_fullPollDue = true;
        emit serverFactsRead(*facts);
        if (m_state != State::Connected) {
            m_failedAttempts = 0;
            m_lastError.reset();
            m_loop->connected();
            setState(State::Connected);
            if (m_downSince.isValid())
                emit reconnected(std::exchange(m_downSince, {}));
        }
        // A receiver of the signals above may have queued a statement, which went out at
        // once (nothing was pending): the poll follows its answer, or the two answers
        // would be read as each other's (the first sample had no server clock).
        if (m_pending == Pending::Nothing)
            sendActivity();
        else
            m_pollDue = m_pending == Pending::Queued;
        return;
    }
    case Pending::Activity: {
        ActivityQuery::CarryOver carry;
        ActivitySample sample
            = ActivityQuery::parseActivity(result, m_attributor, m_connection->backendPid(),
                m_facts ? m_facts->databaseNames : QHash<quint32, QString>{},
                m_previous ? &*m_previous : nullptr, &carry);
        m_fullPollDue = carry.textsMissing || carry.sessionsMissing;
        m_sessionsSent = carry.sessionsSent;
        if (carry.sessionsMissing) {
            // Sessions would be missing from the counts: ask again in full, at once (a
            // full poll carries nothing, so this cannot repeat).
            qCDebug(lcPg) << "sessions sent by pid alone are not in the previous sample";
            sendActivity();
            return;
        }
        if (sample.unknownDatabase)
            m_factsAtMs = -1; // a new database: read its name with the next tick
        sample.latencyMs = m_roundTrip.elapsed();
        sample.receivedAt = Clock::current().nowUtc();
        m_previous = sample;
        emit sampled(sample);
        if (m_pending == Pending::Nothing)
            sendNext();
        return;
    }
    case Pending::Queued: {
        const QueuedQuery answered = m_queue.front();
        m_queue.pop_front();
        emit queryAnswered(answered.id, result);
        if (m_pending == Pending::Nothing && m_state == State::Connected)
            sendNext();
        return;
    }
    }
}

void ActivityMonitor::onQueryFailed(const Error& error)
{
    m_loop->answered();
    const Pending pending = std::exchange(m_pending, Pending::Nothing);
    if (pending == Pending::Activity) {
        qCWarning(lcPg).noquote() << "poll failed:" << error.toString();
        emit pollFailed(error);
        if (m_pending == Pending::Nothing)
            sendNext();
        return;
    }
    if (pending == Pending::Queued) {
        // The statement's own failure (a permission, a timeout); the connection stays.
        const QueuedQuery refused = m_queue.front();
        m_queue.pop_front();
        emit queryRefused(refused.id, error);
        if (m_pending == Pending::Nothing && m_state == State::Connected)
            sendNext();
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

std::chrono::milliseconds ActivityMonitor::retryDelay(
    const Options& options, int failedAttempts, std::chrono::milliseconds downFor, double jitter)
{
    using std::chrono::milliseconds;
    const auto spread = [jitter](milliseconds wait, double share) {
        return milliseconds{static_cast<milliseconds::rep>(
            static_cast<double>(wait.count()) * (1.0 + share * std::clamp(jitter, -1.0, 1.0)))};
    };
    milliseconds wait{0};
    if (downFor >= options.steadyFor) {
        wait = spread(options.retryCap, 0.2);
    } else {
        // A server that restarts is back within seconds: look again soon, and often.
        const milliseconds steady = std::max(options.steadyRetry, options.firstRetry);
        const milliseconds doubled = options.firstRetry * (1LL << std::min(failedAttempts, 16));
        wait = doubled < steady ? doubled : spread(steady, 0.1);
        wait = std::min(wait, options.retryCap);
    }
    return std::max(wait, milliseconds{100});
}

std::chrono::milliseconds ActivityMonitor::nextBackoff()
{
    const std::chrono::milliseconds downFor{
        m_downSince.isValid() ? m_downSince.msecsTo(Clock::current().nowUtc()) : 0};
    std::uniform_real_distribution<double> jitter{-1.0, 1.0};
    return retryDelay(m_options, m_failedAttempts++, downFor, jitter(m_jitter));
}

} // namespace opsdash
