#include "EvaluatedValue.h"

#include <cmath>

namespace opsdash {

EvaluatedValue EvaluatedValue::makeNumber(double value)
{
    EvaluatedValue result;
    result.kind = Kind::Number;
    result.number = value;
    return result;
}

EvaluatedValue EvaluatedValue::makeString(QString value)
{
    EvaluatedValue result;
    result.kind = Kind::String;
    result.string = std::move(value);
    return result;
}

EvaluatedValue EvaluatedValue::makeBoolean(bool value)
{
    EvaluatedValue result;
    result.kind = Kind::Boolean;
    result.boolean = value;
    return result;
}

EvaluatedValue EvaluatedValue::makeNull()
{
    EvaluatedValue result;
    result.kind = Kind::Null;
    return result;
}

EvaluatedValue EvaluatedValue::makeUnknown(QString reason)
{
    EvaluatedValue result;
    result.reason = std::move(reason);
    return result;
}

void locateEntriesIn(EvaluatedValue& value, const QString& path)
{
    if (value.kind != EvaluatedValue::Kind::Object || !value.object)
        return;
    auto copy = std::make_shared<ObjectValue>(*value.object);
    for (ObjectEntry& entry : copy->entries) {
        if (entry.file.isEmpty())
            entry.file = path;
        locateEntriesIn(entry.value, path);
    }
    value.object = std::move(copy);
}

bool EvaluatedValue::isIntegral() const
{
    return kind == Kind::Number && std::isfinite(number) && std::trunc(number) == number;
}

QString formatNumber(double value)
{
    if (std::isfinite(value) && std::trunc(value) == value && std::abs(value) < 9.0e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

QString EvaluatedValue::display() const
{
    switch (kind) {
    case Kind::Number:
        return formatNumber(number);
    case Kind::String: {
        QString shown = string;
        shown.replace(QChar{kHole}, QChar{0x2026});
        return u'\'' + shown + u'\'';
    }
    case Kind::Boolean:
        return boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Object:
        return QStringLiteral("{…}");
    case Kind::Unknown:
        break;
    }
    return tr("unknown");
}

QString EvaluatedValue::explain() const
{
    if (kind != Kind::Unknown)
        return {};
    if (fallback && fallback->isKnown())
        return tr("%1; its literal default is %2").arg(reason, fallback->display());
    return reason;
}

std::optional<ObjectEntry> ObjectValue::lookup(const QString& key) const
{
    for (qsizetype i = entries.size(); i > 0; --i) {
        const ObjectEntry& entry = entries.at(i - 1);
        if (entry.opaque) {
            ObjectEntry unknown = ObjectEntry::known(
                key, EvaluatedValue::makeUnknown(entry.opaqueReason), entry.line);
            unknown.value.line = entry.line;
            unknown.file = entry.file;
            return unknown;
        }
        if (entry.key == key)
            return entry;
    }
    return std::nullopt;
}

} // namespace opsdash
