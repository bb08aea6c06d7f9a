#include "Redaction.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace opsdash::Redaction {

namespace {

const QString marker()
{
    return QLatin1String{Marker};
}

// Order matters: the header and scheme rules run before the keyword rule, which would
// otherwise take only the first word of "Authorization: Bearer x".
struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule>& rules()
{
    static const QList<Rule> list{
        // Cookie and Set-Cookie headers: every cookie on the line.
        {QRegularExpression{QStringLiteral("\\b((?:set-)?cookie)\\s*:\\s*[^\\r\\n]*"),
             QRegularExpression::CaseInsensitiveOption},
            QStringLiteral("\\1: ") + marker()},
        // Authorization headers, whatever the scheme.
        {QRegularExpression{
             QStringLiteral("\\b((?:proxy-)?authorization)\\s*:\\s*(?:[A-Za-z]+\\s+)?[^\\s,;]+"),
             QRegularExpression::CaseInsensitiveOption},
            QStringLiteral("\\1: ") + marker()},
        // Bearer and Basic credentials anywhere else.
        {QRegularExpression{QStringLiteral("\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]+"),
             QRegularExpression::CaseInsensitiveOption},
            QStringLiteral("\\1 ") + marker()},
        // URI user:password@host — keep the user, drop the password.
        {QRegularExpression{QStringLiteral("\\b([a-z][a-z0-9+.-]*://[^\\s/@:?#]*):[^\\s/@?#]*@"),
             QRegularExpression::CaseInsensitiveOption},
            QStringLiteral("\\1:") + marker() + QStringLiteral("@")},
        // SQL: CREATE/ALTER ROLE … PASSWORD '…'.
        {QRegularExpression{QStringLiteral("\\b(password)\\s+('(?:[^']|'')*'|\\$\\$.*?\\$\\$)"),
             QRegularExpression::CaseInsensitiveOption},
            QStringLiteral("\\1 '") + marker() + QStringLiteral("'")},
        // keyword = value / "keyword": "value", for every keyword that names a secret
        // (password, sslpassword, PGPASSWORD, client_secret, session-token, api_key, …).
        {QRegularExpression{
             QStringLiteral("([A-Za-z0-9_.-]*(?:passw(?:or)?d|pwd|secret|token|api[_-]?key|cookie)"
                            "[A-Za-z0-9_.-]*)(\"?'?\\s*(?:=|:(?=[\\s\"']))\\s*)(?!\\[redacted\\])"
                            "(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|[^\\s&;,\"'}\\]]+)"),
             QRegularExpression::CaseInsensitiveOption},
            QStringLiteral("\\1\\2") + marker()},
        // JSON Web Tokens (header.payload.signature, base64url).
        {QRegularExpression{
             QStringLiteral("\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*")},
            marker()},
    };
    return list;
}

// Hex runs longer than a session's short hash: cut to its 12 digits.
const QRegularExpression& longHex()
{
    static const QRegularExpression pattern{QStringLiteral("\\b[0-9a-fA-F]{13,}\\b")};
    return pattern;
}

// Other opaque tokens: 32+ characters of a token alphabet with both letters and digits.
const QRegularExpression& opaqueToken()
{
    static const QRegularExpression pattern{
        QStringLiteral("(?<![A-Za-z0-9_/.-])[A-Za-z0-9_+-]{32,}={0,2}")};
    return pattern;
}

bool mixesLettersAndDigits(QStringView text)
{
    bool letter = false;
    bool digit = false;
    for (const QChar c : text) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    return letter && digit;
}

} // namespace

QString redact(const QString& text)
{
    QString result = text;
    for (const Rule& rule : rules())
        result.replace(rule.pattern, rule.replacement);

    QString cut;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = longHex().globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        cut += QStringView{result}.mid(last, match.capturedStart() - last);
        cut += match.capturedView().left(12);
        last = match.capturedEnd();
    }
    cut += QStringView{result}.mid(last);

    QString tokens;
    last = 0;
    for (QRegularExpressionMatchIterator it = opaqueToken().globalMatch(cut); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        tokens += QStringView{cut}.mid(last, match.capturedStart() - last);
        tokens += mixesLettersAndDigits(match.capturedView()) ? marker() : match.captured();
        last = match.capturedEnd();
    }
    tokens += QStringView{cut}.mid(last);
    return tokens;
}

QString queryFingerprint(const QString& query)
{
    static const QRegularExpression strings{QStringLiteral("'(?:[^']|'')*'|\\$\\$.*?\\$\\$"),
        QRegularExpression::DotMatchesEverythingOption};
    static const QRegularExpression numbers{QStringLiteral("\\b\\d+(?:\\.\\d+)?\\b")};
    static const QRegularExpression spaces{QStringLiteral("\\s+")};
    QString normal = query;
    normal.replace(strings, QStringLiteral("?"));
    normal.replace(numbers, QStringLiteral("?"));
    normal.replace(spaces, QStringLiteral(" "));
    normal = normal.trimmed().toLower();
    return QStringLiteral("q:")
        + QString::fromLatin1(
            QCryptographicHash::hash(normal.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

QString queryForReport(const QString& query, bool includeText)
{
    return includeText ? redact(query) : queryFingerprint(query);
}

} // namespace opsdash::Redaction
