#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QString>

namespace opsdash {

// Why a sessions source has no fresh data. Every failure has its own kind so the GUI and
// the command line can say exactly what went wrong; the message names the URL or table.
struct SourceError final
{
    Q_DECLARE_TR_FUNCTIONS(SourceError)

public:
    enum class Kind {
        // transport
        ConnectionRefused,
        HostNotFound,
        Timeout,
        TlsError,
        BadRedirect,
        NetworkError,
        // HTTP
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        ServerError, // 5xx
        UnexpectedStatus, // anything else that is not 200
        WrongContentType,
        TooLarge,
        // payload
        InvalidJson,
        WrongType,
        MissingField,
        AbsurdDate,
        // database
        DatabaseUnavailable, // could not connect, or the connection broke
        MissingTable, // SQLSTATE 42P01
        MissingColumn, // SQLSTATE 42703
        UnsupportedColumnType,
        PermissionDenied, // SQLSTATE 42501
        QueryFailed,
        // configuration
        MissingSecret,
    };

    Kind kind{Kind::NetworkError};
    QString message; // one line a user can act on
    QString where; // the URL (never with credentials), "host:port/db", or a JSON path
    QString code; // the HTTP status or SQLSTATE when there is one

    // Stable, kebab-case: "timeout", "unauthorized", "missing-column", … (JSON output).
    static QString kindName(Kind kind);
    QString kindName() const { return kindName(kind); }

    // "WHERE: MESSAGE", one line.
    QString toString() const;
    Error toError() const { return Error{message, where, code}; }
};

} // namespace opsdash
