#pragma once

#include "model/Result.h"
#include "serve/ServeTarget.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace opsdash {

// `opsdash serve --config FILE`: the targets to watch (resources/schemas/serve-config.schema.json,
// docs/serve.md). Strict like the baseline: unknown keys and duplicate names are errors,
// syntax errors are located FILE:LINE:COLUMN, content errors FILE: targets[1].conninfo.
struct ServeConfig final
{
    Q_DECLARE_TR_FUNCTIONS(ServeConfig)

public:
    static constexpr qint64 kMaxFileBytes{1024 * 1024};

    QString listen; // "ADDR:PORT"; empty when the file sets none
    QList<ServeTargetConfig> targets;

    // Reads and validates; refuses a file other users may read or write (as ssh does),
    // since it names secret files and may hold passwords in conninfo strings.
    static Result<ServeConfig> load(const QString& path);
    static Result<ServeConfig> parse(const QByteArray& json, const QString& sourceName);

    // A file holding a secret (the config, a password file) must be its owner's alone.
    static std::optional<Error> checkPrivate(const QString& path);
    // The first line of a password file, after checkPrivate().
    static Result<QByteArray> readSecretFile(const QString& path);
};

} // namespace opsdash
