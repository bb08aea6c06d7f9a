#include "AdminSessionsParser.h"

#include "model/JsonRead.h"
#include "sessions/TimeParsing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace opsdash {

namespace {

using Kind = SourceError::Kind;

SourceError failure(Kind kind, const QString& where, const QString& message)
{
    return SourceError{kind, message, where, {}};
}

// A required string member; the error says which and why.
Result<QString, SourceError> requiredString(
    const QJsonObject& object, const QString& key, const QString& path)
{
    const auto found = object.constFind(key);
    if (found == object.constEnd()) {
        return failure(Kind::MissingField, path,
            AdminSessionsParser::tr("required field \"%1\" is missing").arg(key));
    }
    if (!found->isString()) {
        return failure(Kind::WrongType, path + u'.' + key,
            JsonRead::typeError(JsonRead::Type::String, *found));
    }
    return found->toString();
}

Result<QDateTime, SourceError> requiredTimestamp(
    const QJsonObject& object, const QString& key, const QString& path)
{
    Result<QString, SourceError> text = requiredString(object, key, path);
    if (!text)
        return std::move(text).error();
    const QString where = path + u'.' + key;
    const std::optional<QDateTime> time = parseIsoTimestamp(text.value());
    if (!time) {
        return failure(Kind::WrongType, where,
            AdminSessionsParser::tr("\"%1\" is not an ISO-8601 date-time with a time zone")
                .arg(text.value().left(40)));
    }
    const int year = time->date().year();
    if (year < AdminSessionsParser::kMinYear || year > AdminSessionsParser::kMaxYear) {
        return failure(Kind::AbsurdDate, where,
            AdminSessionsParser::tr("year %1 is outside %2–%3")
                .arg(year)
                .arg(AdminSessionsParser::kMinYear)
                .arg(AdminSessionsParser::kMaxYear));
    }
    return *time;
}

} // namespace

Result<SessionSnapshot, SourceError> AdminSessionsParser::parse(QByteArrayView json)
{
    const Result<QJsonDocument, JsonRead::SyntaxError> parsed
        = JsonRead::parse(QByteArray::fromRawData(json.data(), json.size()));
    if (!parsed) {
        return failure(Kind::InvalidJson, {},
            tr("invalid JSON at %1: %2").arg(parsed.error().position(), parsed.error().reason));
    }
    const QJsonDocument& document = parsed.value();
    if (!document.isObject()) {
        return failure(Kind::WrongType, QStringLiteral("$"),
            JsonRead::typeError(JsonRead::Type::Object,
                document.isArray() ? QJsonValue{document.array()} : QJsonValue{}));
    }
    const QJsonObject root = document.object();
    const QString rootPath = QStringLiteral("$");

    SessionSnapshot snapshot;
    snapshot.clock = ServerClock::ResponseServerTime;
    Result<QDateTime, SourceError> serverTime
        = requiredTimestamp(root, QStringLiteral("serverTime"), rootPath);
    if (!serverTime)
        return std::move(serverTime).error();
    snapshot.serverTime = serverTime.value();

    const auto sessions = root.constFind(QStringLiteral("sessions"));
    if (sessions == root.constEnd())
        return failure(Kind::MissingField, rootPath, tr("required field \"sessions\" is missing"));
    if (!sessions->isArray()) {
        return failure(Kind::WrongType, QStringLiteral("$.sessions"),
            JsonRead::typeError(JsonRead::Type::Array, *sessions));
    }

    const QJsonArray list = sessions->toArray();
    snapshot.sessions.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("$.sessions[%1]").arg(i);
        const QJsonValue item = list.at(i);
        if (!item.isObject())
            return failure(
                Kind::WrongType, path, JsonRead::typeError(JsonRead::Type::Object, item));
        const QJsonObject object = item.toObject();

        Result<QString, SourceError> id = requiredString(object, QStringLiteral("id"), path);
        if (!id)
            return std::move(id).error();
        if (id.value().isEmpty())
            return failure(Kind::WrongType, path + QStringLiteral(".id"), tr("must not be empty"));
        Result<QString, SourceError> user = requiredString(object, QStringLiteral("user"), path);
        if (!user)
            return std::move(user).error();

        std::array<QDateTime, 3> times;
        const std::array<QString, 3> keys{
            QStringLiteral("createdAt"), QStringLiteral("lastSeenAt"), QStringLiteral("expiresAt")};
        for (std::size_t k = 0; k < keys.size(); ++k) {
            Result<QDateTime, SourceError> time = requiredTimestamp(object, keys.at(k), path);
            if (!time)
                return std::move(time).error();
            times.at(k) = time.value();
        }
        const QDateTime& created = times.at(0);
        const QDateTime& lastSeen = times.at(1);
        const QDateTime& expires = times.at(2);
        if (expires < created) {
            return failure(Kind::AbsurdDate, path + QStringLiteral(".expiresAt"),
                tr("expires before it was created (%1 < %2)")
                    .arg(expires.toString(Qt::ISODate), created.toString(Qt::ISODate)));
        }
        if (lastSeen < created) {
            return failure(Kind::AbsurdDate, path + QStringLiteral(".lastSeenAt"),
                tr("last seen before it was created (%1 < %2)")
                    .arg(lastSeen.toString(Qt::ISODate), created.toString(Qt::ISODate)));
        }

        SessionRecord record;
        record.hash = SessionRecord::shortHash(id.value().toUtf8());
        record.user = user.value();
        record.createdAt = created;
        record.lastSeenAt = lastSeen;
        record.expiresAt = expires;
        snapshot.sessions.append(std::move(record));
    }
    return snapshot;
}

} // namespace opsdash
