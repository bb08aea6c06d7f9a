#pragma once

#include "model/Baseline.h"
#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace opsdash {

// Reads and validates a baseline. Strict on purpose: unknown keys, fractional counts and
// dangling references are errors, because a typo in a sign-off baseline would otherwise
// silently turn a check off. Every Error names where: "FILE:LINE:COLUMN" for JSON syntax,
// "FILE: pools[1].budget" for content, the path itself for I/O.
class BaselineLoader final
{
    Q_DECLARE_TR_FUNCTIONS(BaselineLoader)

public:
    static constexpr qint64 kMaxFileBytes{4 * 1024 * 1024};
    static inline const QString kDefaultResource{QStringLiteral(":/baselines/default.json")};

    BaselineLoader() = delete;

    static Result<Baseline> loadFile(const QString& path);
    static Result<Baseline> loadDefault();
    // The file at path, or the built-in baseline when path is empty (no --baseline given).
    static Result<Baseline> loadFileOrDefault(const QString& path);
    // sourceName is used in every Error::where and kept as Baseline::sourcePath.
    static Result<Baseline> parse(const QByteArray& json, const QString& sourceName);
    // The top-level JSON object of a file opsdash reads (a baseline, serve's config), with
    // syntax errors located as "FILE:LINE:COLUMN" and said the way this loader says them.
    static Result<QJsonObject> parseObject(const QByteArray& json, const QString& sourceName);
};

} // namespace opsdash
