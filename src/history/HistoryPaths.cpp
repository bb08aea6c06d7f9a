#include "HistoryPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace opsdash {

namespace {
constexpr qsizetype MaxReadableLength = 64;
}

QString HistoryPaths::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/history");
}

QString HistoryPaths::fileNameForTarget(const QString& target)
{
    QString readable;
    readable.reserve(target.size());
    for (const QChar c : target) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'_';
        // Collapse runs of unsafe characters so "host:5432/db" stays readable.
        if (safe)
            readable.append(c);
        else if (!readable.endsWith(u'_'))
            readable.append(u'_');
    }
    // No hidden files, no "." or "..".
    while (readable.startsWith(u'.'))
        readable.remove(0, 1);
    readable.truncate(MaxReadableLength);
    if (readable.isEmpty())
        readable = QStringLiteral("target");
    const QByteArray hash
        = QCryptographicHash::hash(target.toUtf8(), QCryptographicHash::Sha256).toHex().left(10);
    return readable + u'-' + QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

QString HistoryPaths::defaultPathForTarget(const QString& target)
{
    return QDir{defaultDirectory()}.filePath(fileNameForTarget(target));
}

} // namespace opsdash
