#include "SessionsTableSource.h"

#include "clock/Clock.h"
#include "pg/PgResult.h"
#include "sessions/SessionsLogging.h"

namespace opsdash {

namespace {
using Kind = SourceError::Kind;
}

SessionsTableSource::SessionsTableSource(ActivityMonitor& monitor, Options options, QObject* parent)
    : LoginSessionSource{parent}
    , m_monitor{&monitor}
    , m_options{std::move(options)}
{
    connect(&monitor, &ActivityMonitor::queryAnswered, this, &SessionsTableSource::onAnswered);
    connect(&monitor, &ActivityMonitor::queryRefused, this, &SessionsTableSource::onRefused);
    connect(&monitor, &ActivityMonitor::stateChanged, this, &SessionsTableSource::onMonitorState);
}

SessionsTableSource::~SessionsTableSource() = default;

QString SessionsTableSource::target() const
{
    const QString server = m_monitor ? m_monitor->target() : QString{};
    return server + u' ' + SessionsTableQuery::qualifiedName(m_options.table);
}

void SessionsTableSource::beginFetch()
{
    if (!m_monitor) {
        failUnavailable(tr("no monitoring connection"));
        return;
    }
    switch (m_monitor->state()) {
    case ActivityMonitor::State::Connected:
        inspect();
        return;
    case ActivityMonitor::State::Connecting:
        // The monitor's first connect (or a reconnect) is under way: ride on it.
        m_step = Step::WaitingForConnection;
        return;
    case ActivityMonitor::State::Stopped:
        failUnavailable(tr("the monitoring connection is stopped"));
        return;
    case ActivityMonitor::State::Disconnected: {
        const std::optional<Error> error = m_monitor->lastError();
        failUnavailable(error ? error->message : tr("the monitoring connection is down"),
            error ? error->code : QString{});
        return;
    }
    }
}

void SessionsTableSource::onMonitorState(ActivityMonitor::State state)
{
    // Quoted anew on each connection: its client encoding may not be the last one's.
    m_names.reset();
    if (state == ActivityMonitor::State::Connected)
        escapeNames(); // an error is told when a fetch needs the names
    if (m_step != Step::WaitingForConnection)
        return;
    if (state == ActivityMonitor::State::Connected) {
        inspect();
    } else if (state == ActivityMonitor::State::Disconnected
        || state == ActivityMonitor::State::Stopped) {
        const std::optional<Error> error = m_monitor->lastError();
        failUnavailable(error ? error->message : tr("the monitoring connection is down"),
            error ? error->code : QString{});
    }
}

void SessionsTableSource::send(Step step, const QByteArray& sql, const QByteArrayList& parameters)
{
    m_step = step;
    m_pending = m_monitor->enqueueQuery(sql, parameters);
}

std::optional<Error> SessionsTableSource::escapeNames()
{
    Result<SessionsTableQuery::Identifiers> names = SessionsTableQuery::escape(
        m_options.table, [this](QStringView name) { return m_monitor->escapeIdentifier(name); });
    if (!names) {
        m_names.reset();
        return names.error();
    }
    m_names = std::move(names).value();
    return std::nullopt;
}

void SessionsTableSource::inspect()
{
    if (!m_names) {
        if (const std::optional<Error> error = escapeNames()) {
            m_step = Step::Idle;
            fail(SourceError{Kind::QueryFailed,
                tr("cannot quote the names of sessionsTable in the baseline (%1): %2")
                    .arg(m_options.baselineName, error->message),
                target(), {}});
            return;
        }
    }
    send(Step::Inspecting, SessionsTableQuery::inspectSql(), {m_names->table});
}

void SessionsTableSource::onAnswered(quint64 id, const PgResult& result)
{
    if (id != m_pending || (m_step != Step::Inspecting && m_step != Step::Querying))
        return; // another client's query on the same connection, or one this source gave up
    if (m_step == Step::Inspecting) {
        const Result<bool, SourceError> checked
            = SessionsTableQuery::checkColumns(SessionsTableQuery::readColumns(result),
                m_options.table, m_options.baselineName, target());
        if (!checked) {
            m_step = Step::Idle;
            fail(checked.error());
            return;
        }
        const QByteArray sql = SessionsTableQuery::selectSql(*m_names, checked.value());
        qCDebug(lcSessions).noquote() << "sessions query:" << QString::fromUtf8(sql);
        send(Step::Querying, sql, {QByteArray::number(m_options.maxRows + 1)});
        return;
    }
    m_step = Step::Idle;
    Result<SessionSnapshot, SourceError> read
        = SessionsTableQuery::readSessions(result, m_options.maxRows, target());
    if (!read) {
        fail(read.error());
        return;
    }
    SessionSnapshot snapshot = std::move(read).value();
    snapshot.source = target();
    snapshot.receivedAt = Clock::current().nowUtc();
    succeed(std::move(snapshot));
}

void SessionsTableSource::onRefused(quint64 id, const Error& error)
{
    if (id != m_pending || (m_step != Step::Inspecting && m_step != Step::Querying))
        return;
    m_step = Step::Idle;
    // Without a SQLSTATE the statement never ran: the connection is not there.
    if (error.code.isEmpty() || error.code.startsWith(QLatin1String{"08"})) {
        failUnavailable(error.message, error.code);
        return;
    }
    // The catalog check runs first, so these mean the table changed in between, or the role
    // may not read it.
    Kind kind = Kind::QueryFailed;
    if (error.code == QLatin1String{"42P01"})
        kind = Kind::MissingTable;
    else if (error.code == QLatin1String{"42703"})
        kind = Kind::MissingColumn;
    else if (error.code == QLatin1String{"42501"})
        kind = Kind::PermissionDenied;
    QString message = error.message;
    if (kind == Kind::PermissionDenied) {
        message = tr("%1; grant SELECT on %2 to the monitoring role")
                      .arg(error.message, SessionsTableQuery::qualifiedName(m_options.table));
    } else if (kind != Kind::QueryFailed) {
        message = tr("%1; check sessionsTable in the baseline (%2)")
                      .arg(error.message, m_options.baselineName);
    }
    fail(SourceError{kind, message, target(), error.code});
}

void SessionsTableSource::failUnavailable(const QString& message, const QString& code)
{
    m_step = Step::Idle;
    m_pending = 0;
    fail(SourceError{Kind::DatabaseUnavailable, message, target(), code});
}

} // namespace opsdash
