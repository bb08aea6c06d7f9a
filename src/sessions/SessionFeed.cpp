#include "SessionFeed.h"

namespace opsdash {

void SessionFeed::succeed(SessionSnapshot snapshot)
{
    m_lastGood = std::move(snapshot);
    m_error.reset();
}

void SessionFeed::fail(SourceError error)
{
    m_error = std::move(error);
}

qint64 SessionFeed::ageMilliseconds(const QDateTime& now) const
{
    return m_lastGood ? m_lastGood->receivedAt.msecsTo(now) : -1;
}

} // namespace opsdash
