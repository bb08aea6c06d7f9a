// Connection strings (PgConnection::checkConninfo / describeTarget): any bytes are judged
// without crashing, and the text shown for a target never carries a password.
#include "FuzzSupport.h"
#include "pg/PgConnection.h"

#include <QRegularExpression>

#include <libpq-fe.h>

using namespace opsdash;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::ensureApplication();
    // describeTarget falls back to these; fixed so that runs are reproducible.
    qputenv("PGHOST", "localhost");
    qputenv("PGPORT", "5432");
    qunsetenv("PGDATABASE");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const QByteArray conninfo = fuzz::bytes(data, size);
    const Result<void> checked = PgConnection::checkConninfo(conninfo);
    if (!checked && checked.error().message.isEmpty())
        fuzz::violated("a rejected conninfo has an empty error message");
    const QString shown = PgConnection::describeTarget(conninfo);

    // The password libpq would use must not be shown (a display string goes to logs,
    // evidence and screenshots).
    char* message = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.constData(), &message);
    PQfreemem(message);
    if (options != nullptr) {
        for (PQconninfoOption* option = options; option->keyword != nullptr; ++option) {
            if (qstrcmp(option->keyword, "password") != 0 || option->val == nullptr)
                continue;
            // Compared piece by piece, between bytes that are not UTF-8 (shown as U+FFFD,
            // whatever they were) and the separators describeTarget puts between fields:
            // otherwise a host ending in "abcdefgh" (or in invalid bytes) followed by ':'
            // and the port reads as the password "abcdefgh:" (or invalid bytes and ':').
            static const QRegularExpression separators{QStringLiteral("[\\x{FFFD}:/ ()]")};
            const QStringList stretches = QString::fromUtf8(option->val).split(separators);
            for (const QString& stretch : stretches) {
                // Short or repeated values may coincide with host or database names.
                if (stretch.size() < 8 || !shown.contains(stretch))
                    continue;
                bool alsoElsewhere = false;
                for (PQconninfoOption* other = options; other->keyword != nullptr; ++other) {
                    if (other != option && other->val != nullptr
                        && QString::fromUtf8(other->val).contains(stretch))
                        alsoElsewhere = true;
                }
                if (!alsoElsewhere)
                    fuzz::violated("describeTarget shows the password");
            }
        }
        PQconninfoFree(options);
    }
    // A URI or a conninfo nested in a shown value (dbname='postgresql://u:pw@h/d') is a
    // password on display too.
    static const QRegularExpression nested{QStringLiteral("://[^/@\\s]*:[^/@\\s]+@|password\\s*="),
        QRegularExpression::CaseInsensitiveOption};
    if (shown.contains(nested))
        fuzz::violated("describeTarget shows a nested password");
    return 0;
}
