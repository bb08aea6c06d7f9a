#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QStringView>

#include <optional>

namespace opsdash {

// Strict readers for the two timestamp shapes session sources send. Both are pure and
// total: any input gives a UTC QDateTime or nullopt, never a guess.

// RFC 3339 / ISO-8601 date-time with a mandatory zone: "2025-03-01T12:00:00Z",
// "2025-03-01T13:00:00.123+01:00". Fractions beyond milliseconds are truncated. A time
// without a zone is rejected: it would silently mean the desktop's zone.
std::optional<QDateTime> parseIsoTimestamp(QStringView text);

// An HTTP Date header in IMF-fixdate form: "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110).
std::optional<QDateTime> parseHttpDate(QByteArrayView text);

} // namespace opsdash
