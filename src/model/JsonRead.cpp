#include "model/JsonRead.h"

#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>

namespace opsdash {

namespace {

QString readableReason(const QJsonParseError& e, bool atEnd)
{
    switch (e.error) {
    case QJsonParseError::UnterminatedObject:
        return atEnd ? JsonRead::tr("the input ends inside an object (missing '}')")
                     : JsonRead::tr("expected ',' or '}' after an object member");
    case QJsonParseError::MissingNameSeparator:
        return JsonRead::tr("expected ':' after an object key");
    case QJsonParseError::UnterminatedArray:
        return atEnd ? JsonRead::tr("the input ends inside an array (missing ']')")
                     : JsonRead::tr("expected ',' or ']' after an array element");
    case QJsonParseError::MissingValueSeparator:
        return JsonRead::tr("expected ',' between values");
    case QJsonParseError::IllegalValue:
        return JsonRead::tr("illegal value (strings need double quotes; true, false and null are "
                            "lower case)");
    case QJsonParseError::TerminationByNumber:
        return JsonRead::tr("the input ends inside a number");
    case QJsonParseError::IllegalNumber:
        return JsonRead::tr("invalid or out-of-range number");
    case QJsonParseError::IllegalEscapeSequence:
        return JsonRead::tr("invalid escape sequence in a string");
    case QJsonParseError::IllegalUTF8String:
        return JsonRead::tr("invalid UTF-8 in a string");
    case QJsonParseError::UnterminatedString:
        return JsonRead::tr("unterminated string (missing '\"')");
    case QJsonParseError::MissingObject:
        return JsonRead::tr("expected a key in double quotes (trailing commas are not allowed)");
    case QJsonParseError::DeepNesting:
        return JsonRead::tr("nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return JsonRead::tr("document too large");
    case QJsonParseError::GarbageAtEnd:
        return JsonRead::tr("unexpected text after the end of the document");
    case QJsonParseError::NoError:
        break;
    }
    return e.errorString();
}

} // namespace

Result<QJsonDocument, JsonRead::SyntaxError> JsonRead::parse(const QByteArray& json)
{
    QJsonParseError e{};
    QJsonDocument document{QJsonDocument::fromJson(json, &e)};
    if (e.error == QJsonParseError::NoError)
        return document;

    // Qt reports the offset just past the character it choked on (except for trailing
    // garbage, where it points at the garbage); point at that character.
    const qsizetype pastBy{e.error == QJsonParseError::GarbageAtEnd ? 0 : 1};
    const qsizetype offset{std::clamp<qsizetype>(e.offset - pastBy, 0, json.size())};
    SyntaxError error;
    qsizetype lineStart{0};
    for (qsizetype i = 0; i < offset; ++i) {
        if (json[i] == '\n') {
            ++error.line;
            lineStart = i + 1;
        }
    }
    // A UTF-8 BOM is no character an editor shows.
    if (lineStart == 0 && json.startsWith("\xEF\xBB\xBF"))
        lineStart = std::min<qsizetype>(3, offset);
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<uchar>(json[i]) & 0xC0) != 0x80) // not a UTF-8 continuation byte
            ++error.column;
    }
    const bool atEnd{json.mid(std::clamp<qsizetype>(e.offset, 0, json.size())).trimmed().isEmpty()};
    error.reason = readableReason(e, atEnd);
    return error;
}

QString JsonRead::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString JsonRead::typeError(Type expected, const QJsonValue& got)
{
    switch (expected) {
    case Type::Object:
        return tr("expected an object, got %1").arg(describe(got));
    case Type::Array:
        return tr("expected an array, got %1").arg(describe(got));
    case Type::String:
        return tr("expected a string, got %1").arg(describe(got));
    case Type::Integer:
        return tr("expected an integer, got %1").arg(describe(got));
    case Type::Boolean:
        return tr("expected true or false, got %1").arg(describe(got));
    }
    return {};
}

} // namespace opsdash
