#pragma once

#include "sessions/SessionFeed.h"

#include <QObject>

#include <chrono>

namespace opsdash {

class ClockTimer;

// What the admin-endpoint and sessions-table sources share: a poll timer, at most one
// fetch in flight, and the feed (last good data, current error). Every fetch ends in
// exactly one of updated() or failed(), then finished().
class LoginSessionSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginSessionSource)

public:
    static constexpr std::chrono::seconds kDefaultInterval{30};

    explicit LoginSessionSource(QObject* parent = nullptr);
    ~LoginSessionSource() override;

    // Fetches now, then every interval, until stop(). A tick while a fetch is still in flight
    // is skipped rather than queued.
    void start(std::chrono::milliseconds interval = kDefaultInterval);
    void stop();
    // One fetch, started from the event loop; ignored (returns false) while one is in flight.
    bool fetchNow();
    bool isFetching() const { return m_fetching; }

    const SessionFeed& feed() const { return m_feed; }
    // The URL or "host:port/db" this source reads, for display.
    virtual QString target() const = 0;

signals:
    void updated(const opsdash::SessionSnapshot& snapshot);
    void failed(const opsdash::SourceError& error);
    void finished();

protected:
    // Starts one fetch; must end in succeed() or fail(), possibly from the event loop.
    virtual void beginFetch() = 0;
    void succeed(SessionSnapshot snapshot);
    void fail(SourceError error);

private:
    ClockTimer* m_timer{nullptr};
    SessionFeed m_feed;
    bool m_fetching{false};
};

} // namespace opsdash
