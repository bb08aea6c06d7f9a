#pragma once

#include "sessions/SessionSnapshot.h"
#include "sessions/SourceError.h"

#include <optional>

namespace opsdash {

// What a sessions source currently knows: the last good snapshot and, when the latest
// fetch failed, why. A failure never throws the last good data away, but from then on the
// data is stale (with its age) until a fetch succeeds again: nothing is reported fresh that
// is not.
class SessionFeed final
{
public:
    void succeed(SessionSnapshot snapshot);
    void fail(SourceError error);

    bool hasData() const { return m_lastGood.has_value(); }
    bool isFresh() const { return m_lastGood && !m_error; }
    bool isStale() const { return m_lastGood && m_error; }

    const std::optional<SessionSnapshot>& lastGood() const { return m_lastGood; }
    const std::optional<SourceError>& error() const { return m_error; }
    // Desktop time since the last good snapshot arrived (the data's age, not a session's);
    // -1 without data.
    qint64 ageMilliseconds(const QDateTime& now) const;

private:
    std::optional<SessionSnapshot> m_lastGood;
    std::optional<SourceError> m_error;
};

} // namespace opsdash
