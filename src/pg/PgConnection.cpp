#include "PgConnection.h"

#include "pg/PgLogging.h"

#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimer>

#include <libpq-fe.h>
#include <memory>
#include <vector>

namespace opsdash {

namespace {

QString libpqMessage(const char* message)
{
    // libpq messages end in newlines and may span lines; a user wants one line.
    return QString::fromUtf8(message).simplified();
}

void routeNotice(void*, const PGresult* result)
{
    qCInfo(lcPg).noquote() << "server notice:" << libpqMessage(PQresultErrorMessage(result));
}

using ConninfoOptions = std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)>;

ConninfoOptions parseConninfo(const QByteArray& conninfo, QString* error)
{
    char* message = nullptr;
    ConninfoOptions options{PQconninfoParse(conninfo.constData(), &message), &PQconninfoFree};
    if (!options && error != nullptr) {
        *error = message != nullptr ? libpqMessage(message)
                                    : QStringLiteral("out of memory parsing the connection string");
    }
    PQfreemem(message);
    return options;
}

// A shown value must be a plain name or number. When keyword and URI syntax are mixed
// ("postgresql://db:5432 password=…"), libpq keeps the rest of the string in one value
// (here the port): shown, that would put a password in logs, evidence and screenshots.
QString shownValue(const char* value, bool numeric)
{
    static const QRegularExpression ports{QStringLiteral("^[0-9]+(,[0-9]*)*$")};
    const QString text = QString::fromUtf8(value);
    if (text.isEmpty())
        return text; // unset: the caller falls back to PGHOST, PGPORT, ...
    const bool plain
        = numeric ? ports.match(text).hasMatch() : !text.contains(u'=') && !text.contains(u'@');
    return plain ? text : QStringLiteral("?");
}

} // namespace

PgConnection::PgConnection(QObject* parent)
    : QObject{parent}
    , m_connectTimer{new QTimer{this}}
{
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        failConnecting(tr("timed out after %1 s").arg(m_connectTimer->interval() / 1000.0));
    });
}

PgConnection::~PgConnection()
{
    dropNotifiers();
    if (m_conn != nullptr)
        PQfinish(m_conn);
}

Result<void> PgConnection::checkConninfo(const QByteArray& conninfo)
{
    QString message;
    if (!parseConninfo(conninfo, &message))
        return Error{tr("invalid connection string: %1").arg(message)};
    return {};
}

bool PgConnection::conninfoHasPassword(const QByteArray& conninfo)
{
    const ConninfoOptions options = parseConninfo(conninfo, nullptr);
    for (const PQconninfoOption* option = options.get();
         option != nullptr && option->keyword != nullptr; ++option) {
        if (QLatin1String{option->keyword} == QLatin1String{"password"} && option->val != nullptr
            && option->val[0] != '\0')
            return true;
    }
    return false;
}

QString PgConnection::describeTarget(
    const QByteArray& conninfo, const ConnectionParameters& parameters)
{
    const ConninfoOptions options = parseConninfo(conninfo, nullptr);
    QString host;
    QString port;
    QString dbname;
    QString service;
    for (const PQconninfoOption* option = options.get();
         option != nullptr && option->keyword != nullptr; ++option) {
        if (option->val == nullptr)
            continue;
        const QLatin1String keyword{option->keyword};
        if (keyword == QLatin1String{"host"}
            || (keyword == QLatin1String{"hostaddr"} && host.isEmpty()))
            host = shownValue(option->val, false);
        else if (keyword == QLatin1String{"port"})
            port = shownValue(option->val, true);
        else if (keyword == QLatin1String{"dbname"})
            dbname = shownValue(option->val, false);
        else if (keyword == QLatin1String{"service"})
            service = shownValue(option->val, false);
    }
    // Later parameters override the conninfo, as they do in open().
    for (const auto& [keyword, value] : parameters) {
        if (keyword == "host" || (keyword == "hostaddr" && host.isEmpty()))
            host = QString::fromUtf8(value);
        else if (keyword == "port")
            port = QString::fromUtf8(value);
        else if (keyword == "dbname")
            dbname = QString::fromUtf8(value);
        else if (keyword == "service")
            service = QString::fromUtf8(value);
    }
    if (host.isEmpty())
        host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
    if (port.isEmpty())
        port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
    if (dbname.isEmpty())
        dbname = qEnvironmentVariable("PGDATABASE");
    QString text = host + u':' + port;
    if (!dbname.isEmpty())
        text += u'/' + dbname;
    if (!service.isEmpty())
        text += QStringLiteral(" (service %1)").arg(service);
    return text;
}

void PgConnection::open(const Options& options)
{
    close();
    m_target = describeTarget(options.conninfo, options.parameters);

    // The user's conninfo is expanded first; later keywords override it, so opsdash always
    // identifies itself as its own pool. Nothing is string-built.
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    if (!options.conninfo.isEmpty()) {
        keywords.push_back("dbname");
        values.push_back(options.conninfo.constData());
    }
    for (const auto& [keyword, value] : options.parameters) {
        keywords.push_back(keyword.constData());
        values.push_back(value.constData());
    }
    keywords.push_back("application_name");
    values.push_back(options.applicationName.constData());
    keywords.push_back(nullptr);
    values.push_back(nullptr);

    setState(State::Connecting);
    // Only a user's conninfo is expanded: a profile's dbname parameter is a plain name, even
    // one that looks like "host=...".
    m_conn = PQconnectStartParams(
        keywords.data(), values.data(), /*expand_dbname=*/options.conninfo.isEmpty() ? 0 : 1);
    if (m_conn == nullptr) {
        failConnecting(tr("out of memory starting a connection"));
        return;
    }
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        // Reported from the event loop, like every other outcome of open().
        const QString message = libpqMessage(PQerrorMessage(m_conn));
        QTimer::singleShot(0, this, [this, message] { failConnecting(message); });
        return;
    }
    m_connectTimer->start(options.connectTimeout);
    // As if PQconnectPoll had returned PGRES_POLLING_WRITING (libpq's documented start).
    armNotifiers(Wait::Write);
}

void PgConnection::close()
{
    m_connectTimer->stop();
    dropNotifiers();
    if (m_conn != nullptr) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    m_pendingResult = {};
    m_pendingError.reset();
    setState(State::Closed);
}

int PgConnection::backendPid() const
{
    return m_conn != nullptr && m_state >= State::Ready ? PQbackendPID(m_conn) : 0;
}

Result<QByteArray> PgConnection::escapeIdentifier(QStringView name) const
{
    if (m_conn == nullptr || m_state < State::Ready)
        return errorHere(tr("not connected: cannot quote the identifier"));
    const QByteArray utf8 = name.toUtf8();
    const std::unique_ptr<char, decltype(&PQfreemem)> escaped{
        PQescapeIdentifier(m_conn, utf8.constData(), static_cast<size_t>(utf8.size())), &PQfreemem};
    if (!escaped) {
        return errorHere(tr("cannot quote the identifier: %1")
                             .arg(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
    }
    return QByteArray{escaped.get()};
}

int PgConnection::serverVersion() const
{
    return m_conn != nullptr && m_state >= State::Ready ? PQserverVersion(m_conn) : 0;
}

QString PgConnection::target() const
{
    return m_target;
}

bool PgConnection::send(const QByteArray& sql, const QByteArrayList& parameters)
{
    if (m_state != State::Ready)
        return false;
    std::vector<const char*> values;
    values.reserve(static_cast<std::size_t>(parameters.size()));
    for (const QByteArray& parameter : parameters)
        values.push_back(parameter.isNull() ? nullptr : parameter.constData());

    return sent(PQsendQueryParams(m_conn, sql.constData(), static_cast<int>(values.size()), nullptr,
        values.data(), nullptr, nullptr, /*resultFormat=*/0));
}

bool PgConnection::sendSimple(const QByteArray& sql)
{
    if (m_state != State::Ready)
        return false;
    return sent(PQsendQuery(m_conn, sql.constData()));
}

bool PgConnection::sent(int accepted)
{
    if (accepted == 0) {
        const QString message = libpqMessage(PQerrorMessage(m_conn));
        if (PQstatus(m_conn) == CONNECTION_BAD)
            breakConnection(message);
        else
            emit queryFailed(errorHere(message));
        return false;
    }
    setState(State::Busy);
    flushOutgoing();
    return true;
}

void PgConnection::continueConnecting()
{
    switch (PQconnectPoll(m_conn)) {
    case PGRES_POLLING_READING:
        armNotifiers(Wait::Read);
        return;
    case PGRES_POLLING_WRITING:
        armNotifiers(Wait::Write);
        return;
    case PGRES_POLLING_FAILED:
        failConnecting(libpqMessage(PQerrorMessage(m_conn)));
        return;
    case PGRES_POLLING_OK:
        break;
    case PGRES_POLLING_ACTIVE: // unused by libpq since 7.4
        armNotifiers(Wait::Write);
        return;
    }

    m_connectTimer->stop();
    if (PQsetnonblocking(m_conn, 1) != 0) {
        failConnecting(libpqMessage(PQerrorMessage(m_conn)));
        return;
    }
    PQsetNoticeReceiver(m_conn, &routeNotice, nullptr);
    m_target = QStringLiteral("%1:%2/%3")
                   .arg(QString::fromUtf8(PQhost(m_conn)), QString::fromUtf8(PQport(m_conn)),
                       QString::fromUtf8(PQdb(m_conn)));
    // From now on, reading is always armed: it is how a server going away is noticed.
    armNotifiers(Wait::Read);
    setState(State::Ready);
    qCDebug(lcPg) << "connected to" << m_target << "backend pid" << PQbackendPID(m_conn);
    emit connected();
}

void PgConnection::onSocketReadable()
{
    if (m_state == State::Connecting) {
        continueConnecting();
        return;
    }
    if (m_conn == nullptr)
        return;
    if (PQconsumeInput(m_conn) == 0) {
        breakConnection(libpqMessage(PQerrorMessage(m_conn)));
        return;
    }
    if (m_state == State::Busy) {
        drainResults();
        return;
    }
    // Idle: the server spoke on its own (a notice, a FATAL before closing) or hung up.
    while (PGnotify* notify = PQnotifies(m_conn))
        PQfreemem(notify);
    if (PQstatus(m_conn) == CONNECTION_BAD)
        breakConnection(libpqMessage(PQerrorMessage(m_conn)));
}

void PgConnection::onSocketWritable()
{
    if (m_state == State::Connecting) {
        continueConnecting();
        return;
    }
    flushOutgoing();
}

void PgConnection::flushOutgoing()
{
    const int flushed = PQflush(m_conn);
    if (flushed < 0) {
        breakConnection(libpqMessage(PQerrorMessage(m_conn)));
        return;
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(flushed == 1);
}

void PgConnection::drainResults()
{
    // Collect every result of the statement until libpq returns NULL; only then is the
    // connection free for the next one.
    while (m_conn != nullptr && PQisBusy(m_conn) == 0) {
        PGresult* raw = PQgetResult(m_conn);
        if (raw == nullptr) {
            PgResult result = std::move(m_pendingResult);
            std::optional<Error> error = std::move(m_pendingError);
            m_pendingResult = {};
            m_pendingError.reset();
            if (PQstatus(m_conn) == CONNECTION_BAD) {
                breakConnection(error ? error->message : libpqMessage(PQerrorMessage(m_conn)));
                return;
            }
            setState(State::Ready);
            if (error)
                emit queryFailed(*error);
            else
                emit resultReady(result);
            return;
        }
        switch (PQresultStatus(raw)) {
        case PGRES_TUPLES_OK:
        case PGRES_COMMAND_OK:
            m_pendingResult = PgResult{raw};
            break;
        default:
            if (!m_pendingError) {
                m_pendingError = errorHere(libpqMessage(PQresultErrorMessage(raw)),
                    QString::fromLatin1(PQresultErrorField(raw, PG_DIAG_SQLSTATE)));
            }
            PQclear(raw);
            break;
        }
    }
}

void PgConnection::armNotifiers(Wait wait)
{
    const int socket = PQsocket(m_conn);
    if (socket < 0) {
        failConnecting(libpqMessage(PQerrorMessage(m_conn)));
        return;
    }
    // libpq may move to another socket between connection steps (another host, SSL retry).
    if (socket != m_socket || !m_readNotifier) {
        dropNotifiers();
        m_socket = socket;
        m_readNotifier = new QSocketNotifier{socket, QSocketNotifier::Read, this};
        m_writeNotifier = new QSocketNotifier{socket, QSocketNotifier::Write, this};
        connect(m_readNotifier, &QSocketNotifier::activated, this, &PgConnection::onSocketReadable);
        connect(
            m_writeNotifier, &QSocketNotifier::activated, this, &PgConnection::onSocketWritable);
    }
    m_readNotifier->setEnabled(wait == Wait::Read);
    m_writeNotifier->setEnabled(wait == Wait::Write);
}

void PgConnection::dropNotifiers()
{
    // Notifiers go before the socket closes: a notifier on a closed descriptor misfires.
    for (QSocketNotifier* notifier : {m_readNotifier.data(), m_writeNotifier.data()}) {
        if (notifier != nullptr) {
            notifier->setEnabled(false);
            notifier->disconnect(this);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    m_socket = -1;
}

void PgConnection::failConnecting(const QString& message)
{
    const Error error = errorHere(message);
    close();
    qCInfo(lcPg).noquote() << "connecting to" << error.where << "failed:" << error.message;
    emit connectFailed(error);
}

void PgConnection::breakConnection(const QString& message)
{
    const Error error = errorHere(message.isEmpty() ? tr("connection lost") : message);
    close();
    qCInfo(lcPg).noquote() << "connection to" << error.where << "lost:" << error.message;
    emit lost(error);
}

void PgConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

Error PgConnection::errorHere(const QString& message, const QString& code) const
{
    return Error{message, m_target, code};
}

} // namespace opsdash
