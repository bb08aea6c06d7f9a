#pragma once

#include <QString>

namespace opsdash::Redaction {

// The one gate every free text of an evidence bundle passes (findings' actual, evidence and
// reason, event messages, error messages, targets, query texts): removes what a reviewer
// must never receive —
//  - values of password/secret/token/cookie/api-key keywords (conninfo `password=…`,
//    `PGPASSWORD=…`, JSON `"password": "…"`, `next-auth.session-token=…`);
//  - the password of a URI's user:password@ part;
//  - `Authorization:` header values, `Bearer`/`Basic` credentials, `Cookie:` headers;
//  - SQL `PASSWORD '…'` literals;
//  - JSON Web Tokens and other long opaque tokens;
//  - hex digests longer than the 12 digits opsdash shows of a session hash (cut to 12).
// Idempotent: redacting redacted text changes nothing.
QString redact(const QString& text);

// "q:" plus 12 hex digits of SHA-256 over the query with its literals and spacing
// normalised, so the same statement with other values shares a fingerprint and no value
// of it leaks.
QString queryFingerprint(const QString& query);

// What a report shows of a query: the fingerprint, or with includeText the redacted text.
QString queryForReport(const QString& query, bool includeText);

// The marker that replaces a removed secret.
inline constexpr char Marker[] = "[redacted]";

} // namespace opsdash::Redaction
