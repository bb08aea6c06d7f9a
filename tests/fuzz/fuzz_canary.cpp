// The canary's session body (CanaryCheck::parseSessionBody): any bytes give "no session",
// an expiry time or a named error, and judging what it gave never fails.
#include "../support/DefaultBaseline.h"
#include "FuzzSupport.h"
#include "sessions/CanaryCheck.h"

using namespace opsdash;

namespace {
const Baseline& baseline()
{
    static const Baseline value = defaultBaseline();
    return value;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::ensureApplication();
    baseline();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const auto parsed = CanaryCheck::parseSessionBody(body);
    CanaryObservation observation;
    observation.url = QStringLiteral("http://127.0.0.1/api/auth/session");
    observation.serverDate = QDateTime{QDate{2026, 1, 1}, QTime{12, 0}, Qt::UTC};
    observation.observedAt = observation.serverDate;
    if (const SourceError* error = std::get_if<SourceError>(&parsed)) {
        observation.state = CanaryObservation::State::Failed;
        observation.error = *error;
    } else if (const auto& expires = std::get<std::optional<QDateTime>>(parsed)) {
        if (!expires->isValid())
            fuzz::violated("an accepted session body has an invalid expires");
        observation.state = CanaryObservation::State::Observed;
        observation.expires = *expires;
    } else {
        observation.state = CanaryObservation::State::NoSession;
    }
    const Finding finding = CanaryCheck::evaluate(baseline(), observation);
    if (finding.checkId != CanaryCheck::kCheckId)
        fuzz::violated("the canary finding lost its check id");
    return 0;
}
