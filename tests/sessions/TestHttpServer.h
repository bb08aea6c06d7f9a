#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for the sessions tests: one response per path,
// each able to misbehave the ways a real service does (wrong status, wrong type, huge
// body streamed, headers then silence, no answer at all). Optionally TLS, with a
// certificate the test made. Keep-alive, except after a misbehaving answer.
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QLocale>
#include <QMap>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace opsdash::test {

struct HttpReply
{
    enum class Mode {
        Normal,
        NeverAnswer, // accept, read the request, say nothing
        HeadersThenStall, // send the status line and headers, then nothing
        Stream, // send streamBytes of body in chunks, as fast as the client reads
        Trickle, // announce the body's length, then send it one byte per trickleInterval
    };

    int status{200};
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    QByteArray body;
    Mode mode{Mode::Normal};
    qint64 streamBytes{0};
    bool announceLength{true}; // Content-Length for Stream; chunked when false
    int trickleIntervalMs{200};

    static HttpReply json(QByteArray body, int status = 200)
    {
        HttpReply reply;
        reply.status = status;
        reply.body = std::move(body);
        return reply;
    }
    static HttpReply withMode(Mode mode)
    {
        HttpReply reply;
        reply.mode = mode;
        return reply;
    }
    // `bytes` of body, with Content-Length or chunked.
    static HttpReply streamed(qint64 bytes, bool withLength)
    {
        HttpReply reply = withMode(Mode::Stream);
        reply.streamBytes = bytes;
        reply.announceLength = withLength;
        return reply;
    }
    HttpReply& header(QByteArray name, QByteArray value)
    {
        for (auto& [key, existing] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                existing = std::move(value);
                return *this;
            }
        }
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
    HttpReply& withoutHeader(const QByteArray& name)
    {
        headers.removeIf(
            [&](const auto& pair) { return pair.first.compare(name, Qt::CaseInsensitive) == 0; });
        return *this;
    }
};

struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

class TestHttpServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit TestHttpServer(QObject* parent = nullptr)
        : QTcpServer{parent}
    { }

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    void useTls(const QSslCertificate& certificate, const QSslKey& key)
    {
        m_certificate = certificate;
        m_key = key;
    }
    QUrl baseUrl() const
    {
        QUrl url;
        url.setScheme(m_key.isNull() ? QStringLiteral("http") : QStringLiteral("https"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(serverPort());
        return url;
    }
    QByteArray origin() const { return baseUrl().toString().toLatin1(); }

    void route(const QByteArray& path, HttpReply reply) { m_routes.insert(path, std::move(reply)); }
    // The answer to every path no route names (default: a JSON 404), query string or not.
    void routeOthers(HttpReply reply) { m_others = std::move(reply); }

    QList<HttpRequest> requests;
    qint64 bodyBytesSent{0}; // of the last streamed reply

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket* socket = nullptr;
        if (m_key.isNull()) {
            socket = new QTcpSocket{this};
            socket->setSocketDescriptor(descriptor);
        } else {
            auto* tls = new QSslSocket{this};
            tls->setSocketDescriptor(descriptor);
            tls->setLocalCertificate(m_certificate);
            tls->setPrivateKey(m_key);
            tls->setPeerVerifyMode(QSslSocket::VerifyNone);
            // A client that rejects the certificate just goes away.
            connect(tls, &QSslSocket::sslErrors, tls, [] {});
            tls->startServerEncryption();
            socket = tls;
        }
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            // Keep-alive, as real servers do: one request after another on the same socket.
            QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
            qsizetype end = buffer.indexOf("\r\n\r\n");
            while (end >= 0 && !socket->property("busy").toBool()) {
                const HttpRequest request = parse(buffer.left(end));
                buffer.remove(0, end + 4);
                answer(socket, request);
                end = buffer.indexOf("\r\n\r\n");
            }
            socket->setProperty("buffer", buffer);
        });
    }

private:
    HttpReply m_others{HttpReply::json("{}", 404)};
    static HttpRequest parse(const QByteArray& head)
    {
        HttpRequest request;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                    lines.at(i).mid(colon + 1).trimmed());
        }
        return request;
    }

    void answer(QTcpSocket* socket, const HttpRequest& request)
    {
        requests.append(request);
        const HttpReply reply = m_routes.value(request.path, m_others);
        if (reply.mode == HttpReply::Mode::NeverAnswer)
            return;

        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\n";
        for (const auto& [name, value] : reply.headers)
            head += name + ": " + value + "\r\n";
        // Only a normal answer leaves the connection open for the next request.
        if (reply.mode != HttpReply::Mode::Normal) {
            head += "Connection: close\r\n";
            socket->setProperty("busy", true);
        }
        if (reply.mode == HttpReply::Mode::Stream) {
            head += reply.announceLength
                ? "Content-Length: " + QByteArray::number(reply.streamBytes) + "\r\n"
                : QByteArray{"Transfer-Encoding: chunked\r\n"};
        } else if (reply.mode == HttpReply::Mode::Normal
            || reply.mode == HttpReply::Mode::Trickle) {
            head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        }
        head += "\r\n";
        socket->write(head);
        if (reply.mode == HttpReply::Mode::HeadersThenStall)
            return;
        if (reply.mode == HttpReply::Mode::Normal) {
            socket->write(reply.body);
            return;
        }
        if (reply.mode == HttpReply::Mode::Trickle) {
            trickle(socket, reply);
            return;
        }
        stream(socket, reply);
    }

    // One byte at a time, slower than any client would wait for the whole body but fast
    // enough that no gap ever reaches a transfer timeout.
    void trickle(QTcpSocket* socket, const HttpReply& reply)
    {
        bodyBytesSent = 0;
        auto* timer = new QTimer{socket};
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, body = reply.body] {
            if (bodyBytesSent >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(body.mid(bodyBytesSent, 1));
            ++bodyBytesSent;
        });
        timer->start(reply.trickleIntervalMs);
    }

    // Writes the body as the client drains it, so a client that aborts stops the flow.
    void stream(QTcpSocket* socket, const HttpReply& reply)
    {
        bodyBytesSent = 0;
        const qint64 total = reply.streamBytes;
        const bool chunked = !reply.announceLength;
        auto pump = [this, socket, total, chunked] {
            static const QByteArray chunk(64 * 1024, 'x');
            while (socket->bytesToWrite() < 512 * 1024 && bodyBytesSent < total) {
                const qint64 size = std::min<qint64>(chunk.size(), total - bodyBytesSent);
                if (chunked)
                    socket->write(
                        QByteArray::number(size, 16) + "\r\n" + chunk.left(size) + "\r\n");
                else
                    socket->write(chunk.left(size));
                bodyBytesSent += size;
            }
            if (bodyBytesSent >= total && !socket->property("ended").toBool()) {
                socket->setProperty("ended", true);
                if (chunked)
                    socket->write("0\r\n\r\n");
                socket->disconnectFromHost();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    }

    QMap<QByteArray, HttpReply> m_routes;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

// A Date header value (the HTTP form, always GMT) for time.
inline QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

// The canary's GET /api/auth/session answer: a session that expires idleSeconds after the
// response's Date, which is how NextAuth shows the live idle limit.
inline HttpReply canarySessionReply(const QDateTime& date, qint64 idleSeconds)
{
    const QByteArray expires = date.addSecs(idleSeconds).toString(Qt::ISODateWithMs).toLatin1();
    return HttpReply::json(R"({"user": {"name": "canary"}, "expires": ")" + expires + R"("})")
        .header("Date", httpDate(date));
}

} // namespace opsdash::test
