#pragma once

#include "model/Baseline.h"
#include "model/Finding.h"
#include "sessions/SourceError.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace opsdash {

// What one canary request saw. The canary is a dedicated account whose cookie opsdash sends
// to GET /api/auth/session: NextAuth slides the session's expiry to now + maxAge on that
// call, so `expires − Date` is the live idle limit. It also keeps that account logged in,
// which is why only a dedicated account may be used (docs/sessions.md).
struct CanaryObservation final
{
    enum class State {
        NotConfigured, // no canary cookie anywhere
        NoSession, // 200 with {} (v4) or null (v5): the cookie's session is gone
        Observed,
        Failed, // a named error; see error
    };

    State state{State::NotConfigured};
    QString url; // the session endpoint, for evidence
    QDateTime serverDate; // the response's Date header (the server's clock)
    QDateTime expires; // the session's "expires"
    QDateTime observedAt; // desktop clock, when the answer arrived
    std::optional<SourceError> error;
    QString reason; // why NotConfigured, in words

    qint64 idleLimitMs() const { return serverDate.msecsTo(expires); }
};

// The pure part of the canary: reading the session endpoint's body and judging
// live.session.maxAge against the baseline.
class CanaryCheck final
{
    Q_DECLARE_TR_FUNCTIONS(CanaryCheck)

public:
    static constexpr QLatin1String kCheckId{"live.session.maxAge"};

    CanaryCheck() = delete;

    // `{}` and `null` give nullopt (no session); an object with an RFC 3339 "expires" gives
    // that time; anything else is a named error.
    static Result<std::optional<QDateTime>, SourceError> parseSessionBody(QByteArrayView body);

    // Accepted idle limits, in ms: maxAge ± thresholds.live.canaryTolerance. Unless the
    // baseline says the strategy is "jwt", the lower end also allows updateAge: database
    // sessions move their expiry at most once per updateAge.
    static std::pair<qint64, qint64> acceptedRange(const Baseline& baseline);

    static Finding evaluate(const Baseline& baseline, const CanaryObservation& observation);
};

} // namespace opsdash
