#pragma once

#include "sessions/SessionSnapshot.h"
#include "sessions/SourceError.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace opsdash {

// The admin endpoint's payload (resources/schemas/admin-sessions.schema.json), read
// strictly: every required field present with its type, timestamps RFC 3339 with a zone,
// years within [kMinYear, kMaxYear], no session expiring or last seen before it was created.
// Pure and total — any bytes give a snapshot or a named error — so it can be fuzzed alone.
// Unknown fields are allowed (the app team may add some); ids are hashed at once.
class AdminSessionsParser final
{
    Q_DECLARE_TR_FUNCTIONS(AdminSessionsParser)

public:
    static constexpr int kMinYear{2000};
    static constexpr int kMaxYear{2200};

    AdminSessionsParser() = delete;

    // On success: serverTime, clock and sessions are set (source and receivedAt are the
    // caller's). On failure: the error's `where` is the JSON path ("sessions[3].expiresAt").
    static Result<SessionSnapshot, SourceError> parse(QByteArrayView json);
};

} // namespace opsdash
