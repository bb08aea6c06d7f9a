#pragma once

// Reads one finding out of a JSON report that opsdash printed or wrote (probe --format json,
// verify --format json, evidence's report.json): they all list findings by check id.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// The finding with that check id; an empty object when the report has none.
inline QJsonObject findingOf(const QJsonObject& report, const QString& checkId)
{
    for (const QJsonValue& value : report.value(QStringLiteral("findings")).toArray()) {
        if (value.toObject().value(QStringLiteral("check")).toString() == checkId)
            return value.toObject();
    }
    return {};
}
