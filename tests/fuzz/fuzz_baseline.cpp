// Baseline loader: any bytes give a baseline or a named error; a baseline that loads is
// one the consumers of its numbers (capacity, canary range, expiry model) can use.
#include "FuzzSupport.h"
#include "model/BaselineLoader.h"
#include "model/Capacity.h"
#include "sessions/CanaryCheck.h"
#include "sessions/SessionExpiry.h"

using namespace opsdash;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const Result<Baseline> baseline
        = BaselineLoader::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!baseline) {
        if (baseline.error().message.isEmpty())
            fuzz::violated("a rejected baseline has an empty error message");
        return 0;
    }
    ServerFacts facts;
    facts.maxConnections = 200;
    facts.superuserReservedConnections = 3;
    const Capacity capacity = Capacity::of(*baseline, facts);
    Q_UNUSED(capacity.committedExplained());
    Q_UNUSED(serverFindings(*baseline, facts, QStringLiteral("fuzz")));
    Q_UNUSED(budgetFindings(*baseline, facts, UsageWindow{}, QStringLiteral("fuzz")));
    const auto [low, high] = CanaryCheck::acceptedRange(*baseline);
    if (low > high || high < baseline->session.maxAge.milliseconds())
        fuzz::violated("the canary's accepted range is empty or below maxAge");

    SessionSnapshot snapshot;
    snapshot.serverTime = QDateTime{QDate{2026, 1, 1}, QTime{12, 0}, Qt::UTC};
    snapshot.receivedAt = snapshot.serverTime;
    SessionRecord record;
    record.hash = QStringLiteral("0123456789ab");
    record.expiresAt = snapshot.serverTime.addSecs(600);
    record.createdAt = snapshot.serverTime.addDays(-1);
    snapshot.sessions.append(record);
    const ExpirySummary summary = SessionExpiry::evaluate(snapshot, baseline->thresholds.session);
    Q_UNUSED(SessionExpiry::summaryLine(summary, baseline->thresholds.session));
    return 0;
}
