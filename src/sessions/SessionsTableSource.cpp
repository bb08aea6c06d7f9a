#include "SessionsTableSource.h"

#include "pg/PgConnection.h"
#include "sessions/SessionsLogging.h"
#include "sessions/SessionsTableQuery.h"

namespace opsdash {

namespace {
using Kind = SourceError::Kind;
}

SessionsTableSource::SessionsTableSource(Options options, QObject* parent)
    : LoginSessionSource{parent}
    , m_options{std::move(options)}
    , m_connection{new PgConnection{this}}
{
    connect(m_connection, &PgConnection::connected, this, &SessionsTableSource::inspect);
    connect(
        m_connection, &PgConnection::connectFailed, this, &SessionsTableSource::onConnectionError);
    connect(m_connection, &PgConnection::lost, this, &SessionsTableSource::onConnectionError);
    connect(m_connection, &PgConnection::resultReady, this, &SessionsTableSource::onResult);
    connect(m_connection, &PgConnection::queryFailed, this, &SessionsTableSource::onQueryFailed);
}

SessionsTableSource::~SessionsTableSource()
{
    m_connection->disconnect(this);
}

QString SessionsTableSource::target() const
{
    const QString server = m_connection->state() == PgConnection::State::Closed
        ? PgConnection::describeTarget(m_options.conninfo)
        : m_connection->target();
    return server + u' ' + SessionsTableQuery::qualifiedName(m_options.table);
}

void SessionsTableSource::beginFetch()
{
    if (m_connection->isReady()) {
        inspect();
        return;
    }
    m_step = Step::Connecting;
    PgConnection::Options options;
    options.conninfo = m_options.conninfo;
    options.connectTimeout = m_options.connectTimeout;
    m_connection->open(options);
}

void SessionsTableSource::inspect()
{
    m_step = Step::Inspecting;
    if (!m_connection->send(SessionsTableQuery::inspectSql(),
            {SessionsTableQuery::qualifiedName(m_options.table).toUtf8()})) {
        m_step = Step::Idle;
        fail(SourceError{
            Kind::DatabaseUnavailable, tr("the connection is not ready"), target(), {}});
    }
}

void SessionsTableSource::onResult(const PgResult& result)
{
    if (m_step == Step::Inspecting) {
        const std::variant<bool, SourceError> checked
            = SessionsTableQuery::checkColumns(SessionsTableQuery::readColumns(result),
                m_options.table, m_options.baselineName, target());
        if (const auto* error = std::get_if<SourceError>(&checked)) {
            m_step = Step::Idle;
            fail(*error);
            return;
        }
        m_step = Step::Querying;
        const QByteArray sql
            = SessionsTableQuery::selectSql(m_options.table, std::get<bool>(checked));
        qCDebug(lcSessions).noquote() << "sessions query:" << QString::fromUtf8(sql);
        if (!m_connection->send(sql, {QByteArray::number(m_options.maxRows + 1)})) {
            m_step = Step::Idle;
            fail(SourceError{
                Kind::DatabaseUnavailable, tr("the connection is not ready"), target(), {}});
        }
        return;
    }
    if (m_step != Step::Querying)
        return;
    m_step = Step::Idle;
    std::variant<SessionSnapshot, SourceError> read
        = SessionsTableQuery::readSessions(result, m_options.maxRows, target());
    if (auto* error = std::get_if<SourceError>(&read)) {
        fail(*error);
        return;
    }
    SessionSnapshot snapshot = std::get<SessionSnapshot>(std::move(read));
    snapshot.source = target();
    snapshot.receivedAt = QDateTime::currentDateTimeUtc();
    succeed(std::move(snapshot));
}

void SessionsTableSource::onQueryFailed(const Error& error)
{
    if (m_step == Step::Idle)
        return;
    m_step = Step::Idle;
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

void SessionsTableSource::onConnectionError(const Error& error)
{
    if (m_step == Step::Idle)
        return; // an idle connection went away; the next fetch reconnects
    m_step = Step::Idle;
    fail(SourceError{Kind::DatabaseUnavailable, error.message, target(), error.code});
}

} // namespace opsdash
