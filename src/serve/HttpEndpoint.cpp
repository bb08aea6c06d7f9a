#include "HttpEndpoint.h"

#include <QCoreApplication>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

namespace opsdash {

namespace {

// The value of a header (case-insensitive name) in a request head; empty when absent.
QByteArray headerValue(const QList<QByteArray>& lines, const QByteArray& name, bool* present)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            if (present != nullptr)
                *present = true;
            return line.mid(colon + 1).trimmed();
        }
    }
    if (present != nullptr)
        *present = false;
    return {};
}

} // namespace

HttpEndpoint::HttpEndpoint(Handler handler, QObject* parent)
    : QObject{parent}
    , m_handler{std::move(handler)}
{ }

HttpEndpoint::~HttpEndpoint()
{
    // Its sockets go with it and leave m_connections, which must still be there.
    delete m_server;
}

Result<quint16> HttpEndpoint::listen(const Options& options)
{
    m_options = options;
    delete m_server;
    if (options.tls) {
        // The connection is handed over once its handshake is done (pendingConnectionAvailable);
        // a client that never finishes it is dropped after QSslServer's handshake timeout.
        auto* server = new QSslServer{this};
        server->setSslConfiguration(*options.tls);
        m_server = server;
    } else {
        m_server = new QTcpServer{this};
    }
    connect(
        m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpEndpoint::onNewConnection);
    // A burst of connections is accepted at once and answered 503 above the limit, rather
    // than left in the kernel's backlog (Qt's default: 50) where a scraper sees a timeout.
    m_server->setListenBacklogSize(std::max(options.maxConnections, 1) * 8);
    m_server->setMaxPendingConnections(std::max(options.maxConnections, 1) * 8);
    if (!m_server->listen(options.address, options.port)) {
        return Error{QCoreApplication::translate("HttpEndpoint", "cannot listen: %1")
                         .arg(m_server->errorString()),
            QStringLiteral("%1:%2").arg(options.address.toString()).arg(options.port)};
    }
    return m_server->serverPort();
}

QByteArray HttpEndpoint::gzip(const QByteArray& data)
{
    z_stream stream{};
    // 15 + 16: a gzip header and trailer around the deflate stream.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.resize(static_cast<qsizetype>(stream.total_out));
    return out;
}

QByteArray HttpEndpoint::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

void HttpEndpoint::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_connections.size() >= m_options.maxConnections) {
            refuse(socket, 503,
                QStringLiteral("more than %1 concurrent connections")
                    .arg(m_options.maxConnections));
            continue;
        }
        Connection& connection = m_connections[socket];
        connection.idle = new QTimer{socket};
        connection.idle->setSingleShot(true);
        connection.idle->setInterval(m_options.idleTimeout);
        connect(connection.idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
        connection.idle->start();
        connect(
            socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void HttpEndpoint::onReadyRead(QTcpSocket* socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    // The idle timer is not restarted by partial data: a client sending its request a byte
    // at a time still loses the connection idleTimeout after its last answer.
    found->buffer += socket->readAll();
    while (serveOne(socket, *found)) { }
}

bool HttpEndpoint::serveOne(QTcpSocket* socket, Connection& connection)
{
    const qsizetype end = connection.buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (connection.buffer.size() > m_options.maxHeadBytes) {
            refuse(socket, 431,
                QStringLiteral("request head over %1 bytes").arg(m_options.maxHeadBytes));
            return false;
        }
        return false;
    }
    if (end > m_options.maxHeadBytes) {
        refuse(
            socket, 431, QStringLiteral("request head over %1 bytes").arg(m_options.maxHeadBytes));
        return false;
    }
    const QByteArray head = connection.buffer.left(end);
    connection.buffer.remove(0, end + 4);

    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(1).startsWith('/')
        || (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0")) {
        refuse(socket, 400, QStringLiteral("malformed request line"));
        return false;
    }
    const QByteArray& method = requestLine.at(0);
    if (method != "GET" && method != "HEAD") {
        refuse(socket, 405, QStringLiteral("method %1").arg(QString::fromLatin1(method.left(16))));
        return false;
    }
    bool hasLength = false;
    bool hasEncoding = false;
    const QByteArray length = headerValue(lines, "Content-Length", &hasLength);
    headerValue(lines, "Transfer-Encoding", &hasEncoding);
    if (hasEncoding || (hasLength && length != "0")) {
        refuse(socket, 400, QStringLiteral("a body on %1").arg(QString::fromLatin1(method)));
        return false;
    }

    Request request;
    request.method = method;
    request.path = requestLine.at(1).split('?').constFirst();
    request.accept = headerValue(lines, "Accept", nullptr);
    for (const QByteArray& coding : headerValue(lines, "Accept-Encoding", nullptr).split(',')) {
        const QList<QByteArray> parts = coding.split(';');
        if (parts.constFirst().trimmed().toLower() == "gzip")
            request.acceptsGzip = parts.size() < 2 || parts.at(1).trimmed() != "q=0";
    }
    const QByteArray connectionHeader = headerValue(lines, "Connection", nullptr).toLower();
    const bool keepAlive = requestLine.at(2) == "HTTP/1.1" ? connectionHeader != "close"
                                                           : connectionHeader == "keep-alive";
    if (m_options.authorize && !m_options.authorize(headerValue(lines, "Authorization", nullptr))) {
        refuse(socket, 401, QStringLiteral("wrong or missing credentials"), keepAlive);
        connection.idle->start();
        return keepAlive && socket->state() == QAbstractSocket::ConnectedState;
    }
    Response response = m_handler(request);
    QByteArray encoding;
    if (request.acceptsGzip && response.body.size() > 1024) {
        response.body = gzip(response.body);
        encoding = "gzip";
    }
    reply(socket, response, method == "HEAD", keepAlive, encoding);
    connection.idle->start();
    return keepAlive && socket->state() == QAbstractSocket::ConnectedState;
}

void HttpEndpoint::reply(QTcpSocket* socket, const Response& response, bool head, bool keepAlive,
    const QByteArray& encoding, const QByteArray& moreHeaders)
{
    QByteArray out;
    out.reserve(256 + (head ? 0 : response.body.size()));
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!encoding.isEmpty())
        out += "Content-Encoding: " + encoding + "\r\nVary: Accept-Encoding\r\n";
    out += moreHeaders;
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (!head)
        out += response.body;
    socket->write(out);
    if (!keepAlive)
        socket->disconnectFromHost();
}

void HttpEndpoint::refuse(QTcpSocket* socket, int status, const QString& reason, bool keepAlive)
{
    emit refused(status, reason);
    reply(socket, Response{status, "text/plain; charset=utf-8", reason.toUtf8() + '\n'}, false,
        keepAlive, {},
        status == 401 ? QByteArrayLiteral("WWW-Authenticate: Basic realm=\"opsdash\", "
                                          "charset=\"UTF-8\"\r\n")
                      : QByteArray{});
}

} // namespace opsdash
