#include "LoginSessionSource.h"

#include "clock/ClockTimer.h"
#include "sessions/SessionsLogging.h"

#include <QTimer>

namespace opsdash {

LoginSessionSource::LoginSessionSource(QObject* parent)
    : QObject{parent}
    , m_timer{new ClockTimer{this}}
{
    connect(m_timer, &ClockTimer::timeout, this, &LoginSessionSource::fetchNow);
}

LoginSessionSource::~LoginSessionSource() = default;

void LoginSessionSource::start(std::chrono::milliseconds interval)
{
    m_timer->start(interval);
    fetchNow();
}

void LoginSessionSource::stop()
{
    m_timer->stop();
}

bool LoginSessionSource::fetchNow()
{
    if (m_fetching) {
        qCDebug(lcSessions).noquote() << "skipping a poll of" << target() << "still in flight";
        return false;
    }
    m_fetching = true;
    // Always from the event loop, so a caller connected after fetchNow() still hears the end.
    QTimer::singleShot(0, this, [this] { beginFetch(); });
    return true;
}

void LoginSessionSource::succeed(SessionSnapshot snapshot)
{
    m_fetching = false;
    m_feed.succeed(snapshot);
    emit updated(m_feed.lastGood().value());
    emit finished();
}

void LoginSessionSource::fail(SourceError error)
{
    m_fetching = false;
    qCInfo(lcSessions).noquote() << "sessions source failed:" << error.kindName()
                                 << error.toString();
    m_feed.fail(error);
    emit failed(error);
    emit finished();
}

} // namespace opsdash
