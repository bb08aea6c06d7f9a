#pragma once

// What the `opsdash serve` tests share: a free loopback port, raw HTTP/1.1 exchanges, the
// daemons they start (serve, prometheus, alertmanager) and Prometheus instant queries.
#include "support/RunOpsdash.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <csignal>

inline quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

struct HttpReply
{
    int status{0}; // 0: no answer
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// Writes request on a connected (or encrypted) socket and reads the answer until its body
// is complete or the peer closes.
inline HttpReply exchange(QTcpSocket& socket, const QByteArray& request, int timeoutMs = 10000)
{
    socket.write(request);
    QByteArray data;
    QElapsedTimer clock;
    clock.start();
    HttpReply reply;
    while (clock.elapsed() < timeoutMs) {
        socket.waitForReadyRead(100);
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            reply.head = data.left(end);
            const QByteArray length = reply.header("Content-Length");
            if (!length.isEmpty() && data.size() >= end + 4 + length.toLongLong())
                break;
        }
        if (socket.state() != QAbstractSocket::ConnectedState) {
            data += socket.readAll();
            break;
        }
    }
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return {};
    reply.head = data.left(end);
    reply.body = data.mid(end + 4);
    reply.status = reply.head.split(' ').value(1).toInt();
    return reply;
}

// One request on its own connection.
inline HttpReply rawHttp(quint16 port, const QByteArray& request, int timeoutMs = 10000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    return exchange(socket, request, timeoutMs);
}

inline HttpReply get(quint16 port, const QByteArray& path, const QByteArray& accept = "text/plain")
{
    return rawHttp(port,
        "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept
            + "\r\nConnection: close\r\n\r\n");
}

// A daemon the test starts and stops: serve, prometheus, alertmanager.
class Daemon final
{
public:
    ~Daemon() { stop(); }
    bool start(const QString& program, const QStringList& arguments)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setProcessEnvironment(opsdashEnvironment({}));
        m_process.start(program, arguments);
        return m_process.waitForStarted(10000);
    }
    // SIGTERM, then the exit status (-1: had to be killed).
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        m_process.terminate();
        if (m_process.waitForFinished(20000))
            return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    void signal(int number) const { ::kill(static_cast<pid_t>(m_process.processId()), number); }
    bool running() const { return m_process.state() == QProcess::Running; }
    // Everything it wrote to stderr so far (waits briefly for what is still in the pipe).
    QString log()
    {
        m_process.setReadChannel(QProcess::StandardError);
        while (m_process.state() == QProcess::Running && m_process.waitForReadyRead(50))
            m_log += QString::fromUtf8(m_process.readAllStandardError());
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_log;
    }

private:
    QProcess m_process;
    QString m_log;
};

// The value of an instant query's single sample; empty when no series matched.
inline QStringList queryValues(quint16 prometheus, const QString& promql)
{
    const HttpReply reply = rawHttp(prometheus,
        "GET /api/v1/query?query=" + QUrl::toPercentEncoding(promql)
            + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
    QStringList values;
    for (const QJsonValue& result :
        answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray())
        values << result.toObject().value(QStringLiteral("value")).toArray().at(1).toString();
    return values;
}
