#pragma once

#include "model/ConnectionParameters.h"
#include "model/TargetOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace opsdash {

// A saved target: how to reach its PostgreSQL server (or, in team mode, the Prometheus that
// keeps `opsdash serve`'s series of it), where its sessions come from, which checkout and
// baseline go with it. Holds no secret: the password, the bearer tokens and the canary
// cookie live in the keychain (ProfileSecrets), keyed by the profile.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    // Where the data comes from: the server itself, or Prometheus (team mode).
    enum class Kind { Database, Prometheus };
    // Exactly one way to name the server.
    enum class ConnectionStyle { Fields, Service, Conninfo };

    // The fields a problem can point at, so a form can show it beside the right widget.
    enum class Field {
        Name,
        Host,
        Port,
        Database,
        SslMode,
        SslRootCert,
        Service,
        Conninfo,
        AdminUrl,
        CanaryUrl,
        RepoDir,
        BaselineFile,
        Interval,
        PrometheusUrl,
        PrometheusUser,
        PrometheusTarget,
        PgBouncerAdmin,
        PoolMetricsUrls,
    };

    struct Problem
    {
        Field field;
        QString message;
    };

    QString name;
    Kind kind{Kind::Database};
    ConnectionStyle style{ConnectionStyle::Fields};
    QString host;
    int port{5432};
    QString database;
    QString user;
    QString sslMode; // empty: libpq's default (prefer)
    QString sslRootCert;
    QString service;
    QString conninfo; // a conninfo string or postgresql:// URI, without password
    QString adminUrl; // base URL of GET /api/admin/sessions
    bool sessionsTable{false};
    QString canaryUrl; // base URL of the canary account's /api/auth/session
    QString repoDir;
    QString baselineFile;
    int intervalSeconds{2};
    bool allowBackendSignals{false}; // cancel query / terminate backend; read-only by default
    // Kind::Prometheus: the base URL, the `target` label to show, how to authenticate.
    QString prometheusUrl;
    QString prometheusTarget;
    PrometheusAccess::Auth prometheusAuth{PrometheusAccess::Auth::None};
    QString prometheusUser; // basic auth only
    // libpq conninfo to PgBouncer's admin console (dbname=pgbouncer, a stats user), without
    // password; empty: the baseline's pgbouncer.admin, if any.
    QString pgbouncerAdmin;
    // Pools' application /metrics URLs in place of the baseline's pools[].metricsUrl, as
    // written in the form: "scheduling=http://host:9102/metrics", entries apart by spaces or
    // commas; empty: the baseline's.
    QString poolMetricsUrls;

    static const QStringList& sslModes();

    // Everything wrong with this profile, in form order; empty when it can be saved.
    // otherNames: the names of the other saved profiles (names are unique).
    // Conninfo syntax is libpq's business and checked where libpq is at hand.
    QList<Problem> problems(const QStringList& otherNames) const;

    // libpq keyword/value pairs for the chosen style (Conninfo: none, see conninfo).
    ConnectionParameters connectionParameters() const;
    // poolMetricsUrls read (pool id → URL); malformed entries are left out (problems() names
    // them).
    QMap<QString, QString> poolMetricsUrlMap() const;
    // What the engine and the panels need; secrets are added by whoever read them. A
    // Prometheus profile names no database (hasDatabase false) and no session source.
    TargetOptions toTargetOptions() const;

    friend bool operator==(const Profile&, const Profile&) = default;
};

} // namespace opsdash
