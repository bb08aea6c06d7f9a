#pragma once

// A TCP proxy on 127.0.0.1 between opsdash and a server, for fault-injection tests: it
// forwards, stalls (holds every byte, accepts but never connects on), resets (aborts every
// connection and each new one) or slices (forwards a few bytes at a time, with pauses).
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <utility>

class TcpProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Forward, Stall, Reset, Slice };

    TcpProxy(quint16 upstreamPort, QObject* parent = nullptr);
    ~TcpProxy() override;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int openPairs() const;
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray toUpstream; // held while stalled or sliced
        QByteArray toClient;
        bool dropped{false};
    };

    void accept();
    void pump();
    void drop(Pair& pair);

    QTcpServer m_server;
    quint16 m_upstreamPort{0};
    Mode m_mode{Mode::Forward};
    QList<Pair*> m_pairs;
    QTimer m_sliceTimer;
};
