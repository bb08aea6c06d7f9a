#include "TcpProxy.h"

namespace {
// Odd-sized slices, so protocol messages are cut everywhere: 16 KiB/s in all.
constexpr int SliceBytes = 7;
} // namespace

TcpProxy::TcpProxy(quint16 upstreamPort, QObject* parent)
    : QObject{parent}
    , m_upstreamPort{upstreamPort}
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::accept);
    m_sliceTimer.setInterval(1);
    connect(&m_sliceTimer, &QTimer::timeout, this, &TcpProxy::pump);
}

TcpProxy::~TcpProxy()
{
    // The sockets may outlive this object by a moment; their signals must not reach it.
    for (Pair* pair : std::as_const(m_pairs)) {
        if (pair->upstream)
            pair->upstream->disconnect(this);
        if (pair->client) {
            pair->client->disconnect(this);
            delete pair->client; // and its upstream, a child
        }
    }
    qDeleteAll(m_pairs);
}

int TcpProxy::openPairs() const
{
    int open = 0;
    for (const Pair* pair : m_pairs)
        open += pair->client && pair->client->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return open;
}

void TcpProxy::setMode(Mode mode)
{
    m_mode = mode;
    if (mode == Mode::Reset) {
        for (Pair* pair : std::as_const(m_pairs))
            drop(*pair);
    }
    if (mode == Mode::Slice)
        m_sliceTimer.start();
    else
        m_sliceTimer.stop();
    pump();
}

void TcpProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* pair = new Pair;
        pair->client = client;
        m_pairs.append(pair);
        connect(client, &QTcpSocket::disconnected, this, [this, pair] { drop(*pair); });
        if (m_mode == Mode::Reset) {
            drop(*pair);
            continue;
        }
        connect(client, &QTcpSocket::readyRead, this, [this, pair] {
            pair->toUpstream += pair->client->readAll();
            pump();
        });
        if (m_mode == Mode::Stall)
            continue; // accepted, never connected on: what a black-holed route looks like
        auto* upstream = new QTcpSocket{client};
        pair->upstream = upstream;
        connect(upstream, &QTcpSocket::readyRead, this, [this, pair] {
            pair->toClient += pair->upstream->readAll();
            pump();
        });
        connect(upstream, &QTcpSocket::disconnected, this, [this, pair] { drop(*pair); });
        connect(upstream, &QTcpSocket::connected, this, &TcpProxy::pump);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void TcpProxy::pump()
{
    if (m_mode == Mode::Stall || m_mode == Mode::Reset)
        return;
    const qsizetype chunk = m_mode == Mode::Slice ? SliceBytes : -1;
    for (Pair* pair : std::as_const(m_pairs)) {
        if (!pair->client || !pair->upstream
            || pair->upstream->state() != QAbstractSocket::ConnectedState)
            continue;
        auto forward = [chunk](QByteArray& held, QTcpSocket* to) {
            if (held.isEmpty())
                return;
            const qsizetype n = chunk < 0 ? held.size() : std::min(chunk, held.size());
            to->write(held.constData(), n);
            held.remove(0, n);
        };
        forward(pair->toUpstream, pair->upstream);
        forward(pair->toClient, pair->client);
    }
}

void TcpProxy::drop(Pair& pair)
{
    if (std::exchange(pair.dropped, true))
        return;
    // abort(), not close(): a reset is what the far side should see.
    if (pair.upstream)
        pair.upstream->abort();
    if (pair.client) {
        pair.client->abort();
        pair.client->deleteLater();
    }
    pair.toUpstream.clear();
    pair.toClient.clear();
}
