#pragma once

// A sessions table of a test's own on the PostgreSQL fixture, in Prisma's shape (the
// built-in baseline's "Session"), and a baseline file that points opsdash at its schema.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace opsdash::test {

// Creates `schema`."Session" (schema quoted as needed) with three live sessions — alice
// 10 min, bob 2 h, carol 20 h left — and dave's, expired an hour ago. Prisma keeps UTC
// wall times in timestamp(3), hence AT TIME ZONE 'UTC'.
inline QString prismaSessionsSql(const QString& schema)
{
    return QStringLiteral(
        R"(CREATE TABLE %1."Session" (id text PRIMARY KEY, "sessionToken" text UNIQUE NOT NULL, "userId" text NOT NULL, expires timestamp(3) NOT NULL);
           INSERT INTO %1."Session" VALUES
             ('a', 'tok-a', 'alice', (now() AT TIME ZONE 'UTC') + interval '10 minutes'),
             ('b', 'tok-b', 'bob', (now() AT TIME ZONE 'UTC') + interval '2 hours'),
             ('c', 'tok-c', 'carol', (now() AT TIME ZONE 'UTC') + interval '20 hours'),
             ('d', 'tok-d', 'dave', (now() AT TIME ZONE 'UTC') - interval '1 hour'))")
        .arg(schema);
}

// Writes the built-in baseline to `path` with sessionsTable.schema set to `schema`
// (unquoted, as a baseline names it); false when a file cannot be read or written.
inline bool writeBaselineNamingSchema(const QString& path, const QString& schema)
{
    QFile defaults{QStringLiteral(OPSDASH_SOURCE_DIR "/resources/baselines/default.json")};
    if (!defaults.open(QIODevice::ReadOnly))
        return false;
    QJsonObject baseline = QJsonDocument::fromJson(defaults.readAll()).object();
    baseline.remove(QStringLiteral("$schema"));
    QJsonObject table = baseline.value(QStringLiteral("sessionsTable")).toObject();
    table.insert(QStringLiteral("schema"), schema);
    baseline.insert(QStringLiteral("sessionsTable"), table);
    QFile file{path};
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument{baseline}.toJson()) > 0;
}

} // namespace opsdash::test
