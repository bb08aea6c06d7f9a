// The admin endpoint's JSON (AdminSessionsParser): any bytes give a snapshot or a named
// error; a snapshot it accepts goes through the expiry model without trouble.
#include "FuzzSupport.h"
#include "sessions/AdminSessionsParser.h"
#include "sessions/SessionExpiry.h"

using namespace opsdash;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    auto parsed = AdminSessionsParser::parse(json);
    if (const SourceError* error = std::get_if<SourceError>(&parsed)) {
        Q_UNUSED(error->toString());
        return 0;
    }
    SessionSnapshot& snapshot = std::get<SessionSnapshot>(parsed);
    if (!snapshot.serverTime.isValid())
        fuzz::violated("an accepted payload has no valid serverTime");
    for (const SessionRecord& record : snapshot.sessions) {
        if (!record.expiresAt.isValid())
            fuzz::violated("an accepted session has no valid expiresAt");
        if (record.hash.size() != 12)
            fuzz::violated("a session id was not reduced to its 12-digit hash");
    }
    snapshot.receivedAt = snapshot.serverTime.addSecs(3);
    Thresholds::Session thresholds;
    thresholds.maxAge = Duration::fromMinutes(12 * 60);
    const ExpirySummary summary = SessionExpiry::evaluate(snapshot, thresholds);
    Q_UNUSED(SessionExpiry::summaryLine(summary, thresholds));
    Q_UNUSED(SessionExpiry::skewLine(summary));
    for (const SessionStanding& standing : summary.sessions)
        Q_UNUSED(SessionExpiry::formatLeft(standing.millisecondsLeft));
    return 0;
}
