#pragma once

#include "model/Result.h"
#include "serve/HttpEndpoint.h"
#include "serve/ServeTarget.h"

#include <QList>
#include <QObject>

#include <optional>

namespace opsdash {

class EventLog;

// What `opsdash serve` runs: its targets, each with its own engine (ServeTarget), and the
// HTTP endpoint that exports them — /metrics (OpenMetrics or the 0.0.4 text format, as
// the scrape's Accept asks), /healthz (200, or 503 naming the targets that are late).
class ServeService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServeService)

public:
    explicit ServeService(EventLog& log, QObject* parent = nullptr);
    ~ServeService() override;

    // Starts the targets new in `targets`, stops those no longer in it, restarts the ones
    // whose config changed and leaves the rest alone (same connection, same state). All
    // or nothing: a baseline or password file that fails to load keeps everything as it
    // was and says why.
    std::optional<Error> apply(const QList<ServeTargetConfig>& targets);
    Result<quint16> listen(const HttpEndpoint::Options& options);
    // Stops every target, flushing its history.
    void stop();

    const QList<ServeTarget*>& targets() const { return m_targets; }
    HttpEndpoint::Response handle(const HttpEndpoint::Request& request) const;

private:
    EventLog& m_log;
    HttpEndpoint* m_http{nullptr};
    QList<ServeTarget*> m_targets; // in config order
};

} // namespace opsdash
