#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace opsdash {

// SIGTERM, SIGINT, SIGHUP … delivered as a Qt signal in the event loop: the handler only
// writes the number to a pipe (async-signal-safe), a QSocketNotifier reads it. One
// instance per process.
class UnixSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignals)

public:
    explicit UnixSignals(std::initializer_list<int> numbers, QObject* parent = nullptr);
    ~UnixSignals() override;

signals:
    void received(int signal);

private:
    QSocketNotifier* m_notifier{nullptr};
};

} // namespace opsdash
