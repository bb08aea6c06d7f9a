#include "SessionSnapshot.h"

#include <QCryptographicHash>

namespace opsdash {

QString SessionRecord::shortHash(QByteArrayView secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret, QCryptographicHash::Md5).toHex().left(12));
}

QString toString(ServerClock clock)
{
    switch (clock) {
    case ServerClock::ResponseServerTime:
        return QStringLiteral("serverTime");
    case ServerClock::HttpDate:
        return QStringLiteral("http-date");
    case ServerClock::DatabaseNow:
        return QStringLiteral("database-now");
    }
    return {};
}

} // namespace opsdash
