#pragma once

#include "model/Activity.h"
#include "model/Alert.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

namespace opsdash {

class ActivityMonitor;
class PgResult;
struct Error;

// Cancel a backend's query or terminate the backend, through the monitor's own connection
// (opsdash holds one backend per target). Every outcome becomes an alert for the event log:
// who was signalled (pid, application, user, query) and whether the server did it.
class BackendSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendSignals)

public:
    enum class Action { CancelQuery, TerminateBackend };
    Q_ENUM(Action)

    explicit BackendSignals(ActivityMonitor& monitor, QObject* parent = nullptr);
    ~BackendSignals() override;

    void send(Action action, const BackendSession& session);

    // "pid 4242 · postgres.js · user app · SELECT …" (query cut to a line)
    static QString describe(const BackendSession& session);

signals:
    void finished(const opsdash::Alert& alert);

private:
    struct Pending
    {
        Action action{Action::CancelQuery};
        BackendSession session;
    };

    void onAnswered(quint64 id, const PgResult& result);
    void onRefused(quint64 id, const Error& error);

    ActivityMonitor& m_monitor;
    QHash<quint64, Pending> m_pending;
};

} // namespace opsdash
