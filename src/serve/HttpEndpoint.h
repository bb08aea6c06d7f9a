#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <chrono>
#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace opsdash {

// A small HTTP/1.1 server for GET and HEAD on a handful of paths: what a Prometheus scrape
// and a health check need, and nothing else. Built on QTcpServer rather than Qt 6.4's
// QHttpServer (a technology preview), which can neither cap concurrent connections, nor
// time out idle ones, nor bound a request's header size (docs/serve.md).
//
// Bodies over 1 KiB go gzip-compressed to a client that accepts it (/metrics of ten
// targets: ~80 kB of text, ~6 kB on the wire).
//
// With Options::tls it speaks HTTPS only (Qt 6.4's QSslServer); with Options::authorize
// every request must carry credentials it accepts, else 401 with `WWW-Authenticate: Basic`
// (`opsdash serve --web-config`, serve/WebConfig).
//
// Refused: more than maxConnections at once (503, then closed), a body on GET (400), an
// oversized or malformed head (431/400), any other method (405). Keep-alive as HTTP/1.1
// says, so Prometheus reuses one connection per target.
class HttpEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpEndpoint)

public:
    struct Options
    {
        QHostAddress address{QHostAddress::LocalHost};
        quint16 port{9187};
        int maxConnections{64};
        std::chrono::milliseconds idleTimeout{std::chrono::seconds{30}};
        qsizetype maxHeadBytes{8 * 1024};
        // HTTPS with this certificate and key when set (else plain HTTP).
        std::optional<QSslConfiguration> tls;
        // When set, called with each request's Authorization header (empty when absent);
        // false answers 401.
        std::function<bool(const QByteArray& authorization)> authorize;
    };
    struct Request
    {
        QByteArray method; // GET or HEAD
        QByteArray path; // without the query string
        QByteArray accept;
        bool acceptsGzip{false}; // Accept-Encoding names gzip (as Prometheus' scrapes do)
    };
    struct Response
    {
        int status{200};
        QByteArray contentType{"text/plain; charset=utf-8"};
        QByteArray body;
    };
    using Handler = std::function<Response(const Request&)>;

    explicit HttpEndpoint(Handler handler, QObject* parent = nullptr);
    ~HttpEndpoint() override;

    // Listens; the port actually bound (options.port 0: any free one).
    Result<quint16> listen(const Options& options);
    int openConnections() const { return static_cast<int>(m_connections.size()); }

    static QByteArray reasonPhrase(int status);
    // RFC 1952 gzip of data (zlib, default level).
    static QByteArray gzip(const QByteArray& data);

signals:
    // Every refused connection or request: status and why, for the log.
    void refused(int status, const QString& reason);

private:
    struct Connection
    {
        QByteArray buffer;
        QTimer* idle{nullptr};
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    // Handles every complete request in the buffer; false once the connection is closing.
    bool serveOne(QTcpSocket* socket, Connection& connection);
    void reply(QTcpSocket* socket, const Response& response, bool head, bool keepAlive,
        const QByteArray& encoding = {}, const QByteArray& moreHeaders = {});
    void refuse(QTcpSocket* socket, int status, const QString& reason, bool keepAlive = false);

    Handler m_handler;
    Options m_options;
    QTcpServer* m_server{nullptr};
    QHash<QTcpSocket*, Connection> m_connections;
};

} // namespace opsdash
