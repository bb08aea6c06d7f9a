#pragma once

#include <QByteArray>
#include <QString>

namespace opsdash {

// How a team-mode window reaches the Prometheus that keeps `opsdash serve`'s series, and
// which of serve's targets it shows. The secret (a bearer token, or the basic-auth password)
// comes from the keychain and is never written anywhere.
struct PrometheusAccess
{
    enum class Auth { None, Bearer, Basic };

    QString url; // base URL; /api/v1/query and /api/v1/query_range go below it
    QString target; // the `target` label value serve gives this target's series
    Auth auth{Auth::None};
    QString user; // basic auth only
    QByteArray secret; // bearer token or basic-auth password; empty: none

    bool isSet() const { return !url.isEmpty(); }
};

} // namespace opsdash
