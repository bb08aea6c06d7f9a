#include "SourceError.h"

namespace opsdash {

QString SourceError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Kind::HostNotFound:
        return QStringLiteral("host-not-found");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::TlsError:
        return QStringLiteral("tls-error");
    case Kind::BadRedirect:
        return QStringLiteral("bad-redirect");
    case Kind::NetworkError:
        return QStringLiteral("network-error");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::UnexpectedStatus:
        return QStringLiteral("unexpected-status");
    case Kind::WrongContentType:
        return QStringLiteral("wrong-content-type");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::InvalidJson:
        return QStringLiteral("invalid-json");
    case Kind::WrongType:
        return QStringLiteral("wrong-type");
    case Kind::MissingField:
        return QStringLiteral("missing-field");
    case Kind::AbsurdDate:
        return QStringLiteral("absurd-date");
    case Kind::DatabaseUnavailable:
        return QStringLiteral("database-unavailable");
    case Kind::MissingTable:
        return QStringLiteral("missing-table");
    case Kind::MissingColumn:
        return QStringLiteral("missing-column");
    case Kind::UnsupportedColumnType:
        return QStringLiteral("unsupported-column-type");
    case Kind::PermissionDenied:
        return QStringLiteral("permission-denied");
    case Kind::QueryFailed:
        return QStringLiteral("query-failed");
    case Kind::MissingSecret:
        return QStringLiteral("missing-secret");
    }
    return QStringLiteral("unknown");
}

QString SourceError::toString() const
{
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace opsdash
