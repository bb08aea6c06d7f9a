#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

class QJsonValue;

namespace opsdash {

// Reading JSON the one way every reader here does (the baseline loader, the admin
// sessions payload, the canary's session body, durations): a syntax error placed at its
// line and column, and one wording for "this value has the wrong type".
class JsonRead final
{
    Q_DECLARE_TR_FUNCTIONS(JsonRead)

public:
    JsonRead() = delete;

    // Where and why bytes are not JSON: 1-based line and column (in characters, a UTF-8
    // BOM not counted), and a sentence a user can act on.
    struct SyntaxError
    {
        qsizetype line{1};
        qsizetype column{1};
        QString reason; // "the input ends inside an object (missing '}')"

        QString position() const { return QString::number(line) + u':' + QString::number(column); }
    };

    static Result<QJsonDocument, SyntaxError> parse(const QByteArray& json);

    enum class Type { Object, Array, String, Integer, Boolean };

    // "expected a string, got 5", "expected an object, got an array": the one wording of a
    // type error.
    static QString typeError(Type expected, const QJsonValue& got);
    // What a value is, for those messages: "null", "a boolean", "150.5", "a string", …
    static QString describe(const QJsonValue& value);
};

} // namespace opsdash
