#pragma once

#include "model/Duration.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace opsdash {

// The expected configuration of the watched platform, as loaded from a baseline JSON file
// (resources/baselines/default.json is the reference; docs/baseline.md describes every key).
// Plain data: BaselineLoader validates, everything else only reads.

struct SessionSpec final
{
    enum class Strategy { Any, Jwt, Database };

    Strategy strategy{Strategy::Any};
    Duration maxAge; // NextAuth session.maxAge: an idle (sliding) timeout
    Duration updateAge; // NextAuth session.updateAge
};

// A NextAuth <SessionProvider> whose props the source plane checks.
struct ProviderSpec final
{
    QString id; // check ids: provider.<id>.refetchInterval, …
    QString fileKey; // a key of Baseline::files
    Duration refetchInterval;
    bool refetchOnWindowFocus{true};
};

struct LoginSpec final
{
    QString errorParameter{QStringLiteral("error")};
    QString sessionExpiredCode{QStringLiteral("SessionExpired")};
    QStringList errorVocabulary{QStringLiteral("SessionExpired")};
};

enum class PoolClient { PostgresJs, GoDatabaseSql };

// A pool setting is either a count (max, maxIdleConns, …) or a length of time.
using PoolSettingValue = std::variant<qint64, Duration>;

// Where a pool's metricsUrl in effect comes from (overrideMetricsUrls).
enum class MetricsUrlOrigin { Baseline, Profile, ServeConfig };
// "baseline", "profile", "config": the word of probe's JSON (resources/schemas/probe.schema.json).
QString toString(MetricsUrlOrigin origin);

struct PoolSpec final
{
    QString id; // check ids: pool.<id>.<setting>, live.<id>.budget
    QString label;
    PoolClient client{PoolClient::PostgresJs};
    qint64 budget{0}; // connections this pool may hold on the server
    // Which call in the client file is this pool when the file makes several: the variable
    // the postgres(…) call is bound to (`const sql = postgres(…)`) or the receiver of the Go
    // setters (`db.SetMaxOpenConns`), and/or the 1-based position of the call in the file.
    QString binding;
    std::optional<qint64> call;
    // The role and database the pool connects as, when the baseline names them; otherwise
    // they are taken from the pool's backends (server.roleLimit.<id>, server.databaseLimit).
    QString role;
    QString database;
    // The application's own /metrics page (Prometheus text; a Go service's go_sql_* from
    // client_golang's DBStats collector), when the pool's process serves one: opsdash reads
    // the pool's statistics from it (live.<id>.maxOpenConns, .waits, .idleChurn). Empty: none.
    QString metricsUrl;
    // Whether metricsUrl is the baseline's, or the target's own (a profile, serve's config)
    // in its place: views and reports say which is in effect.
    MetricsUrlOrigin metricsUrlOrigin{MetricsUrlOrigin::Baseline};
    // Keyed by the client's own option name (postgres.js: max, idle_timeout, …; Go
    // database/sql: maxOpenConns, connMaxLifetime, …); only the ones the baseline sets.
    QMap<QString, PoolSettingValue> settings;

    std::optional<qint64> integerSetting(const QString& name) const;
    std::optional<Duration> durationSetting(const QString& name) const;
};

struct ServerSpec final
{
    qint64 maxConnections{0};
    qint64 monitorConnections{1}; // backends opsdash itself holds; counted in capacity math
};

// One rule of the ordered attribution list: the first rule that matches a backend names
// its pool.
struct AttributionRule final
{
    enum class Field { ApplicationName, Usename, Datname, ClientAddr };
    enum class Match { Exact, Prefix, Regex };

    QString pool;
    Field field{Field::ApplicationName};
    Match match{Match::Exact};
    QString value;
    QRegularExpression regex; // compiled from value when match is Regex (unanchored search)

    // Case-sensitive; a regex matches anywhere unless anchored with ^…$.
    bool matches(const QString& fieldValue) const;
};

struct Thresholds final
{
    struct Pool
    {
        qint64 warnPercent{80};
        qint64 criticalPercent{95};
    };
    struct Session
    {
        Duration warnBefore{Duration::fromMinutes(60)};
        Duration criticalBefore{Duration::fromMinutes(15)};
        std::optional<Duration> maxAge; // absolute age limit; none when empty
    };
    struct Live
    {
        Duration grace{Duration::fromSeconds(60)};
        Duration canaryTolerance{Duration::fromSeconds(60)};
        // live.<pool>.idleInTransaction: a session idle in transaction, or in a transaction
        // open, longer than this; sessions of these application names never count.
        Duration idleInTransaction{Duration::fromSeconds(60)};
        QStringList idleInTransactionExcluded{QStringLiteral("pg_dump")};
        // A pool's own statistics (pools[].metricsUrl): live.<pool>.waits passes with no wait
        // for a connection in the window, or fewer than this many per minute (0: none at all);
        // live.<pool>.idleChurn passes under this many max-idle closes per minute.
        qint64 poolWaitsPerMinute{0};
        qint64 poolIdleClosedPerMinute{30};
    };

    Pool pool;
    Session session;
    Live live;
};

// Where NextAuth's database adapter keeps sessions (Prisma's names by default).
struct SessionsTableSpec final
{
    QString schema{QStringLiteral("public")};
    QString table{QStringLiteral("Session")};
    QString userIdColumn{QStringLiteral("userId")};
    QString expiresColumn{QStringLiteral("expires")};
    QString sessionTokenColumn{QStringLiteral("sessionToken")}; // only ever hashed, never shown
};

// A PgBouncer in front of the server (docs/baseline.md, `pgbouncer`): its admin console,
// polled with SHOW POOLS, SHOW STATS, SHOW CONFIG and SHOW SERVERS, and how long a client
// may wait there for a server connection (pgbouncer.<db>.waiting).
struct PgBouncerSpec final
{
    // libpq conninfo to the admin console's `pgbouncer` database, as a user in stats_users;
    // empty: no PgBouncer (a profile may name one).
    QString admin;
    Duration maxWait{Duration::fromSeconds(5)};
};

struct TasksSpec final
{
    QStringList required; // task ids that must be marked done (tasks.<id>)
    std::optional<QString> progress; // expected progress line, e.g. "36/36"
};

struct Baseline final
{
    // Pools every backend can be attributed to without being declared; neither has a budget.
    static constexpr QLatin1String kMonitorPool{"monitor"};
    static constexpr QLatin1String kOtherPool{"other"};
    // The server connections a PgBouncer in front owns, when one is watched: counted here
    // instead of in the pool the attribution rules give them (PgBouncerWatch::attributed).
    static constexpr QLatin1String kPgBouncerPool{"pgbouncer"};
    static constexpr int kSchemaVersion{1};

    QString schemaRef; // "$schema" as written, kept so a dump stays editor-checkable
    QString name;
    QString description;
    QMap<QString, QString> files; // key → path or glob, relative to the checkout
    SessionSpec session;
    QList<ProviderSpec> providers;
    LoginSpec login;
    QList<PoolSpec> pools;
    ServerSpec server;
    QList<AttributionRule> attribution;
    QString attributionFallback{kOtherPool};
    Thresholds thresholds;
    SessionsTableSpec sessionsTable;
    PgBouncerSpec pgbouncer;
    TasksSpec tasks;

    // What the loader accepted but found likely wrong ("FILE: key.path: message (line L,
    // column C)"): an updateAge longer than maxAge, files keys no check reads.
    QStringList warnings;
    QString sourcePath; // file path, or ":/baselines/default.json"
    QByteArray sha256; // hex digest of the raw bytes it was loaded from

    const PoolSpec* pool(QStringView id) const;
    const ProviderSpec* provider(QStringView id) const;
    // True for declared pools and for the implicit "monitor" and "other".
    bool knowsPool(QStringView id) const;
    qint64 totalBudget() const; // Σ pools[].budget
    // A target's own app metrics URLs (pool id → URL) in place of the baseline's, marked
    // with where they come from; an empty URL keeps the baseline's. Returns the ids that
    // name no pool of this baseline (nothing is changed for them).
    QStringList overrideMetricsUrls(const QMap<QString, QString>& urls, MetricsUrlOrigin origin);

    // The effective baseline: the file's shape with every field present. Loading it again
    // gives the same baseline.
    QJsonObject toJson() const;
    // A few lines for `opsdash baseline` and the GUI's baseline panel.
    QStringList summaryLines() const;

    Q_DECLARE_TR_FUNCTIONS(Baseline)
};

// The names the baseline file uses for its enumerations; one table each, shared by the
// loader and toJson().
QString toString(SessionSpec::Strategy strategy);
QString toString(PoolClient client);
QString toString(AttributionRule::Field field);
QString toString(AttributionRule::Match match);
std::optional<SessionSpec::Strategy> strategyFromString(QStringView text);
std::optional<PoolClient> poolClientFromString(QStringView text);
std::optional<AttributionRule::Field> attributionFieldFromString(QStringView text);
std::optional<AttributionRule::Match> attributionMatchFromString(QStringView text);

} // namespace opsdash
