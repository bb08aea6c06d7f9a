#include "AdminSessionsParser.h"

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

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// A required string member; the error says which and why.
std::variant<QString, SourceError> requiredString(
    const QJsonObject& object, const QString& key, const QString& path)
{
    const auto found = object.constFind(key);
    if (found == object.constEnd()) {
        return failure(Kind::MissingField, path,
            AdminSessionsParser::tr("required field \"%1\" is missing").arg(key));
    }
    if (!found->isString()) {
        return failure(Kind::WrongType, path + u'.' + key,
            AdminSessionsParser::tr("must be a string, got %1").arg(typeName(*found)));
    }
    return found->toString();
}

std::variant<QDateTime, SourceError> requiredTimestamp(
    const QJsonObject& object, const QString& key, const QString& path)
{
    std::variant<QString, SourceError> text = requiredString(object, key, path);
    if (auto* error = std::get_if<SourceError>(&text))
        return std::move(*error);
    const QString where = path + u'.' + key;
    const std::optional<QDateTime> time = parseIsoTimestamp(std::get<QString>(text));
    if (!time) {
        return failure(Kind::WrongType, where,
            AdminSessionsParser::tr("\"%1\" is not an ISO-8601 date-time with a time zone")
                .arg(std::get<QString>(text).left(40)));
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

std::variant<SessionSnapshot, SourceError> AdminSessionsParser::parse(QByteArrayView json)
{
    QJsonParseError parseError{};
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failure(Kind::InvalidJson, {},
            tr("invalid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return failure(Kind::WrongType, QStringLiteral("$"),
            tr("the response must be a JSON object, got %1")
                .arg(document.isArray() ? QStringLiteral("an array") : QStringLiteral("a scalar")));
    }
    const QJsonObject root = document.object();
    const QString rootPath = QStringLiteral("$");

    SessionSnapshot snapshot;
    snapshot.clock = ServerClock::ResponseServerTime;
    std::variant<QDateTime, SourceError> serverTime
        = requiredTimestamp(root, QStringLiteral("serverTime"), rootPath);
    if (auto* error = std::get_if<SourceError>(&serverTime))
        return std::move(*error);
    snapshot.serverTime = std::get<QDateTime>(serverTime);

    const auto sessions = root.constFind(QStringLiteral("sessions"));
    if (sessions == root.constEnd())
        return failure(Kind::MissingField, rootPath, tr("required field \"sessions\" is missing"));
    if (!sessions->isArray()) {
        return failure(Kind::WrongType, QStringLiteral("$.sessions"),
            tr("must be an array, got %1").arg(typeName(*sessions)));
    }

    const QJsonArray list = sessions->toArray();
    snapshot.sessions.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("$.sessions[%1]").arg(i);
        const QJsonValue item = list.at(i);
        if (!item.isObject())
            return failure(
                Kind::WrongType, path, tr("must be an object, got %1").arg(typeName(item)));
        const QJsonObject object = item.toObject();

        std::variant<QString, SourceError> id = requiredString(object, QStringLiteral("id"), path);
        if (auto* error = std::get_if<SourceError>(&id))
            return std::move(*error);
        if (std::get<QString>(id).isEmpty())
            return failure(Kind::WrongType, path + QStringLiteral(".id"), tr("must not be empty"));
        std::variant<QString, SourceError> user
            = requiredString(object, QStringLiteral("user"), path);
        if (auto* error = std::get_if<SourceError>(&user))
            return std::move(*error);

        std::array<QDateTime, 3> times;
        const std::array<QString, 3> keys{
            QStringLiteral("createdAt"), QStringLiteral("lastSeenAt"), QStringLiteral("expiresAt")};
        for (std::size_t k = 0; k < keys.size(); ++k) {
            std::variant<QDateTime, SourceError> time = requiredTimestamp(object, keys.at(k), path);
            if (auto* error = std::get_if<SourceError>(&time))
                return std::move(*error);
            times.at(k) = std::get<QDateTime>(time);
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
        record.hash = SessionRecord::shortHash(std::get<QString>(id).toUtf8());
        record.user = std::get<QString>(user);
        record.createdAt = created;
        record.lastSeenAt = lastSeen;
        record.expiresAt = expires;
        snapshot.sessions.append(std::move(record));
    }
    return snapshot;
}

} // namespace opsdash
