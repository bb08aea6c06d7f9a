#pragma once

#include "model/SettingKey.h"

#include <QByteArray>
#include <QString>

// Every QSettings key opsdash owns, with its type and default.
// Secrets never appear here: they go to the keychain (src/secrets/).
namespace opsdash::SettingsKeys {

// Top level.
inline const SettingKey<QString> LastProfile{QLatin1String{"profiles/lastUsed"}, {}};
// "system", "light" or "dark".
inline const SettingKey<QString> Theme{QLatin1String{"appearance/theme"}, QStringLiteral("system")};
// The zone every displayed time is shown in: "utc", "local" or "server" (the target's
// TimeZone setting).
inline const SettingKey<QString> TimeZone{
    QLatin1String{"appearance/timeZone"}, QStringLiteral("utc")};

// Whether alerts pop up as desktop notifications.
inline const SettingKey<bool> NotificationsMuted{QLatin1String{"notifications/muted"}, false};
// What closing the window does while the overview watches: "ask" (not chosen yet), "tray"
// (hide and keep watching from the tray) or "quit".
inline const SettingKey<QString> CloseToTray{
    QLatin1String{"notifications/onClose"}, QStringLiteral("ask")};

// The GnuPG key the window's Capture evidence signs bundles with; empty: not signed. A key
// identifier (fingerprint, key id or user id), not a secret.
inline const SettingKey<QString> EvidenceSigningKey{QLatin1String{"evidence/signingKey"}, {}};

// How a source file is opened at a line: a command with {file} and {line} ("code -g
// {file}:{line}"); empty: one made from $VISUAL, else the desktop's handler.
inline const SettingKey<QString> EditorCommand{QLatin1String{"editor/command"}, {}};
// The folder the last Capture evidence wrote its bundle folder into (empty: the documents
// folder).
inline const SettingKey<QString> EvidenceFolder{QLatin1String{"evidence/lastFolder"}, {}};

// The main window's geometry and layout as Qt saves them, and its choices.
namespace WindowKeys {
inline const SettingKey<QByteArray> Geometry{QLatin1String{"mainWindow/geometry"}, {}};
inline const SettingKey<QByteArray> State{QLatin1String{"mainWindow/state"}, {}};
inline const SettingKey<QByteArray> PanelSplitter{QLatin1String{"mainWindow/splitter"}, {}};
inline const SettingKey<QByteArray> MainSplitter{QLatin1String{"mainWindow/mainSplitter"}, {}};
inline const SettingKey<int> CurrentTab{QLatin1String{"mainWindow/currentTab"}, 0};
// 0: the chart's own default (15 min).
inline const SettingKey<int> ChartRangeSeconds{QLatin1String{"mainWindow/chartRangeSeconds"}, 0};
} // namespace WindowKeys

// The Drift tab's choices.
namespace DriftKeys {
inline const SettingKey<bool> NotPassingOnly{QLatin1String{"drift/notPassingOnly"}, false};
// -1: the model's order (grouped by plane); else a DriftModel::Column.
inline const SettingKey<int> SortColumn{QLatin1String{"drift/sortColumn"}, -1};
inline const SettingKey<int> SortOrder{QLatin1String{"drift/sortOrder"}, 0}; // Qt::SortOrder
} // namespace DriftKeys

// The folder the last File → Export… wrote to (empty: the documents folder).
inline const SettingKey<QString> ExportFolder{QLatin1String{"export/lastFolder"}, {}};

// The group holding one child group per profile, named after the profile.
inline constexpr QLatin1String ProfilesGroup{"profile"};

// Inside a profile's group.
namespace ProfileKeys {
// "fields", "service" or "conninfo".
inline const SettingKey<QString> Style{QLatin1String{"connection/style"}, QStringLiteral("fields")};
inline const SettingKey<QString> Host{QLatin1String{"connection/host"}, {}};
inline const SettingKey<int> Port{QLatin1String{"connection/port"}, 5432};
inline const SettingKey<QString> Database{QLatin1String{"connection/dbname"}, {}};
inline const SettingKey<QString> User{QLatin1String{"connection/user"}, {}};
inline const SettingKey<QString> SslMode{QLatin1String{"connection/sslmode"}, {}};
inline const SettingKey<QString> SslRootCert{QLatin1String{"connection/sslrootcert"}, {}};
inline const SettingKey<QString> Service{QLatin1String{"connection/service"}, {}};
inline const SettingKey<QString> Conninfo{QLatin1String{"connection/conninfo"}, {}};
inline const SettingKey<QString> AdminUrl{QLatin1String{"sessions/adminUrl"}, {}};
inline const SettingKey<bool> SessionsTable{QLatin1String{"sessions/table"}, false};
inline const SettingKey<QString> CanaryUrl{QLatin1String{"sessions/canaryUrl"}, {}};
inline const SettingKey<QString> RepoDir{QLatin1String{"repoDir"}, {}};
inline const SettingKey<QString> BaselineFile{QLatin1String{"baselineFile"}, {}};
inline const SettingKey<int> Interval{QLatin1String{"pollIntervalSeconds"}, 2};
inline const SettingKey<bool> AllowBackendSignals{QLatin1String{"allowBackendSignals"}, false};
// "database" or "prometheus" (team mode).
inline const SettingKey<QString> Kind{QLatin1String{"kind"}, QStringLiteral("database")};
inline const SettingKey<QString> PrometheusUrl{QLatin1String{"prometheus/url"}, {}};
inline const SettingKey<QString> PrometheusTarget{QLatin1String{"prometheus/target"}, {}};
// "none", "bearer" or "basic".
inline const SettingKey<QString> PrometheusAuth{
    QLatin1String{"prometheus/auth"}, QStringLiteral("none")};
inline const SettingKey<QString> PrometheusUser{QLatin1String{"prometheus/user"}, {}};
inline const SettingKey<QString> PgBouncerAdmin{QLatin1String{"pgbouncer/admin"}, {}};
// "pool=URL" entries apart by spaces (Profile::poolMetricsUrls).
inline const SettingKey<QString> PoolMetricsUrls{QLatin1String{"pools/metricsUrls"}, {}};
} // namespace ProfileKeys

} // namespace opsdash::SettingsKeys
