#include "CanaryCheck.h"

#include "model/JsonRead.h"
#include "sessions/AdminSessionsParser.h"
#include "sessions/TimeParsing.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace opsdash {

namespace {

using Kind = SourceError::Kind;

QString seconds(qint64 ms)
{
    return CanaryCheck::tr("%1 s").arg(
        static_cast<double>(ms) / 1000.0, 0, 'f', ms % 1000 == 0 ? 0 : 1);
}

// The baseline allows durations up to ~292 million years; the range is clamped rather than
// wrapped, so an absurd baseline gives an absurd range, never a negative upper bound.
qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum{0};
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

} // namespace

Result<std::optional<QDateTime>, SourceError> CanaryCheck::parseSessionBody(QByteArrayView body)
{
    // next-auth v5 answers a bare `null`, which QJsonDocument does not take as a document.
    if (body.trimmed() == QByteArrayView{"null"})
        return std::optional<QDateTime>{};
    const Result<QJsonDocument, JsonRead::SyntaxError> parsed
        = JsonRead::parse(QByteArray::fromRawData(body.data(), body.size()));
    if (!parsed) {
        return SourceError{Kind::InvalidJson,
            tr("invalid JSON at %1: %2").arg(parsed.error().position(), parsed.error().reason), {},
            {}};
    }
    const QJsonDocument& document = parsed.value();
    if (!document.isObject())
        return SourceError{Kind::WrongType, tr("the session must be an object or null"), {}, {}};
    const QJsonObject session = document.object();
    if (session.isEmpty())
        return std::optional<QDateTime>{}; // next-auth v4: {}
    const QJsonValue expires = session.value(QStringLiteral("expires"));
    if (expires.isUndefined())
        return SourceError{Kind::MissingField, tr("the session has no \"expires\""), {}, {}};
    if (!expires.isString())
        return SourceError{Kind::WrongType,
            QStringLiteral("\"expires\": ") + JsonRead::typeError(JsonRead::Type::String, expires),
            {}, {}};
    const std::optional<QDateTime> time = parseIsoTimestamp(expires.toString());
    if (!time) {
        return SourceError{Kind::WrongType,
            tr("\"expires\" is not an ISO-8601 date-time with a time zone"), {}, {}};
    }
    if (time->date().year() < AdminSessionsParser::kMinYear
        || time->date().year() > AdminSessionsParser::kMaxYear) {
        return SourceError{
            Kind::AbsurdDate, tr("\"expires\" is in the year %1").arg(time->date().year()), {}, {}};
    }
    return time;
}

std::pair<qint64, qint64> CanaryCheck::acceptedRange(const Baseline& baseline)
{
    const qint64 maxAge = baseline.session.maxAge.milliseconds();
    const qint64 tolerance = baseline.thresholds.live.canaryTolerance.milliseconds();
    const qint64 slide = baseline.session.strategy == SessionSpec::Strategy::Jwt
        ? 0
        : baseline.session.updateAge.milliseconds();
    return {
        saturatingAdd(maxAge, -saturatingAdd(slide, tolerance)), saturatingAdd(maxAge, tolerance)};
}

Finding CanaryCheck::evaluate(const Baseline& baseline, const CanaryObservation& observation)
{
    Finding finding;
    finding.checkId = kCheckId;
    finding.plane = Plane::Live;
    finding.firstSeen = observation.observedAt;
    const auto [low, high] = acceptedRange(baseline);
    const qint64 tolerance = baseline.thresholds.live.canaryTolerance.milliseconds();
    finding.expected = baseline.session.strategy == SessionSpec::Strategy::Jwt
        ? tr("idle limit %1 ± %2 (session.maxAge)")
              .arg(seconds(baseline.session.maxAge.milliseconds()), seconds(tolerance))
        : tr("idle limit %1 to %2 (session.maxAge %3, less up to updateAge %4, ± %5)")
              .arg(seconds(low), seconds(high), seconds(baseline.session.maxAge.milliseconds()),
                  seconds(baseline.session.updateAge.milliseconds()), seconds(tolerance));
    finding.evidence = tr("GET %1 with the canary account's cookie").arg(observation.url);

    switch (observation.state) {
    case CanaryObservation::State::NotConfigured:
        finding.status = CheckStatus::NotChecked;
        finding.reason = observation.reason.isEmpty() ? tr("no canary account is configured")
                                                      : observation.reason;
        finding.evidence.clear();
        return finding;
    case CanaryObservation::State::NoSession:
        finding.status = CheckStatus::NotChecked;
        finding.reason = tr("the canary cookie has no session (the endpoint answered {} or null); "
                            "log the canary account in again and store its new cookie");
        return finding;
    case CanaryObservation::State::Failed:
        finding.status = CheckStatus::Unknown;
        finding.reason
            = observation.error ? observation.error->toString() : tr("the request failed");
        return finding;
    case CanaryObservation::State::Observed:
        break;
    }
    const qint64 limit = observation.idleLimitMs();
    finding.actual = tr("%1 (expires %2 − Date %3)")
                         .arg(seconds(limit), observation.expires.toString(Qt::ISODateWithMs),
                             observation.serverDate.toString(Qt::ISODate));
    finding.evidence
        += tr(" at %1 (server time)").arg(observation.serverDate.toString(Qt::ISODate));
    finding.status = limit >= low && limit <= high ? CheckStatus::Pass : CheckStatus::Fail;
    return finding;
}

} // namespace opsdash
