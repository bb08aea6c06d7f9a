// Saved profiles: every field survives a save and a fresh load through QSettings, only the
// declared keys (model/SettingsKeys.h) are written, and no field can hold a secret.
#include "model/SettingsKeys.h"
#include "secrets/ProfileStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;

Q_DECLARE_METATYPE(opsdash::Profile)

namespace {

Profile withFields()
{
    Profile profile;
    profile.name = QStringLiteral("production");
    profile.style = Profile::ConnectionStyle::Fields;
    profile.host = QStringLiteral("db.internal");
    profile.port = 6432;
    profile.database = QStringLiteral("app");
    profile.user = QStringLiteral("opsdash_monitor");
    profile.sslMode = QStringLiteral("verify-full");
    profile.sslRootCert = QStringLiteral(OPSDASH_SOURCE_DIR "/CMakeLists.txt");
    profile.intervalSeconds = 5;
    return profile;
}

Profile teamMode()
{
    Profile profile;
    profile.name = QStringLiteral("eu-production (team)");
    profile.kind = Profile::Kind::Prometheus;
    profile.prometheusUrl = QStringLiteral("https://prometheus.internal:9090/eu");
    profile.prometheusTarget = QStringLiteral("eu-production");
    profile.prometheusAuth = PrometheusAccess::Auth::Basic;
    profile.prometheusUser = QStringLiteral("grafana");
    profile.intervalSeconds = 15;
    return profile;
}

} // namespace

class TestProfileStore final : public QObject
{
    Q_OBJECT

private slots:
    void savedProfileLoadsBackUnchanged_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::newRow("host, port, TLS and interval") << withFields();

        Profile service;
        service.name = QStringLiteral("staging (service)");
        service.style = Profile::ConnectionStyle::Service;
        service.port = 5432;
        service.service = QStringLiteral("staging");
        service.adminUrl = QStringLiteral("https://staging.example.com");
        service.sessionsTable = true;
        service.canaryUrl = QStringLiteral("https://staging.example.com:8443");
        service.allowBackendSignals = true;
        QTest::newRow("service name with all session sources, signals allowed") << service;

        Profile uri;
        uri.name = QStringLiteral("demo");
        uri.style = Profile::ConnectionStyle::Conninfo;
        uri.conninfo = QStringLiteral("postgresql://opsdash@127.0.0.1:55432/app?sslmode=disable");
        uri.repoDir = QStringLiteral(OPSDASH_SOURCE_DIR);
        uri.baselineFile = QStringLiteral(OPSDASH_SOURCE_DIR "/resources/baselines/default.json");
        uri.intervalSeconds = 60;
        QTest::newRow("URI with checkout and baseline") << uri;
        QTest::newRow("Prometheus with basic auth (team mode)") << teamMode();
        Profile bearer = teamMode();
        bearer.prometheusAuth = PrometheusAccess::Auth::Bearer;
        bearer.prometheusUser.clear();
        QTest::newRow("Prometheus with a bearer token") << bearer;

        Profile pgbouncer = withFields();
        pgbouncer.pgbouncerAdmin
            = QStringLiteral("host=10.0.0.5 port=6432 dbname=pgbouncer user=stats");
        QTest::newRow("with a PgBouncer admin console") << pgbouncer;

        Profile metrics = withFields();
        metrics.poolMetricsUrls
            = QStringLiteral("scheduling=http://sched:9102/metrics web=https://web/metrics");
        QTest::newRow("with pools' metrics URLs") << metrics;
    }
    void savedProfileLoadsBackUnchanged()
    {
        QFETCH(Profile, profile);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("opsdash.conf"));
        {
            ProfileStore store{ini};
            store.save(profile);
            store.setLastUsed(profile.name);
        }
        const ProfileStore fresh{ini};
        QCOMPARE(fresh.names(), QStringList{profile.name});
        const std::optional<Profile> loaded = fresh.load(profile.name);
        QVERIFY(loaded);
        QVERIFY(*loaded == profile);
        QCOMPARE(fresh.lastUsed(), profile.name);
    }

    void onlyDeclaredKeysAreWritten()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("opsdash.conf"));
        Profile profile = withFields();
        profile.adminUrl = QStringLiteral("https://app.example.com");
        profile.canaryUrl = QStringLiteral("https://app.example.com");
        profile.repoDir = QStringLiteral(OPSDASH_SOURCE_DIR);
        {
            ProfileStore store{ini};
            store.save(profile);
        }
        namespace K = SettingsKeys::ProfileKeys;
        const QStringList declared{K::Style.name, K::Host.name, K::Port.name, K::Database.name,
            K::User.name, K::SslMode.name, K::SslRootCert.name, K::Service.name, K::Conninfo.name,
            K::AdminUrl.name, K::SessionsTable.name, K::CanaryUrl.name, K::RepoDir.name,
            K::BaselineFile.name, K::Interval.name, K::AllowBackendSignals.name};
        QSettings settings{ini, QSettings::IniFormat};
        settings.beginGroup(SettingsKeys::ProfilesGroup + QStringLiteral("/production"));
        const QStringList written = settings.allKeys();
        QVERIFY(!written.isEmpty());
        for (const QString& key : written)
            QVERIFY2(declared.contains(key), qPrintable(key));
        for (const QString& key : written)
            QVERIFY2(!key.contains(QStringLiteral("password"), Qt::CaseInsensitive)
                    && !key.contains(QStringLiteral("token"), Qt::CaseInsensitive)
                    && !key.contains(QStringLiteral("cookie"), Qt::CaseInsensitive),
                qPrintable(key));
    }

    void switchingStyleDropsTheOldStylesKeys()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("opsdash.conf"));
        ProfileStore store{ini};
        Profile profile = withFields();
        store.save(profile);
        profile.style = Profile::ConnectionStyle::Service;
        profile.service = QStringLiteral("prod");
        store.save(profile);
        store.sync();
        const std::optional<Profile> loaded = store.load(QStringLiteral("production"));
        QVERIFY(loaded);
        QCOMPARE(loaded->host, QString{});
        QCOMPARE(loaded->service, QStringLiteral("prod"));
    }

    void renameMovesTheProfileAndTheLastUsedMark()
    {
        QTemporaryDir dir;
        ProfileStore store{dir.filePath(QStringLiteral("opsdash.conf"))};
        Profile profile = withFields();
        store.save(profile);
        store.setLastUsed(profile.name);
        const QString old = profile.name;
        profile.name = QStringLiteral("prod-eu");
        store.save(profile, old);
        QCOMPARE(store.names(), QStringList{QStringLiteral("prod-eu")});
        QCOMPARE(store.lastUsed(), QStringLiteral("prod-eu"));
        store.remove(QStringLiteral("prod-eu"));
        QVERIFY(store.names().isEmpty());
        QCOMPARE(store.lastUsed(), QString{});
    }

    void prometheusProfileWritesNoServerOrSessionKeys()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("opsdash.conf"));
        Profile profile = teamMode();
        profile.host = QStringLiteral("db.internal"); // left over from the other kind: dropped
        profile.adminUrl = QStringLiteral("https://app.example.com");
        {
            ProfileStore store{ini};
            store.save(profile);
        }
        namespace K = SettingsKeys::ProfileKeys;
        QSettings settings{ini, QSettings::IniFormat};
        settings.beginGroup(SettingsKeys::ProfilesGroup + QStringLiteral("/eu-production (team)"));
        QStringList written = settings.allKeys();
        written.sort();
        QStringList expected{K::Kind.name, K::PrometheusUrl.name, K::PrometheusTarget.name,
            K::PrometheusAuth.name, K::PrometheusUser.name, K::BaselineFile.name, K::RepoDir.name,
            K::Interval.name};
        expected.sort();
        QCOMPARE(written, expected);
        QCOMPARE(settings.value(K::Kind.name).toString(), QStringLiteral("prometheus"));
        QCOMPARE(settings.value(K::PrometheusAuth.name).toString(), QStringLiteral("basic"));
    }

    void prometheusProfileNamesNoDatabase()
    {
        Profile profile = teamMode();
        profile.host = QStringLiteral("db.internal");
        profile.adminUrl = QStringLiteral("https://app.example.com");
        const TargetOptions options = profile.toTargetOptions();
        QVERIFY(!options.hasDatabase);
        QVERIFY(options.connectionParameters.isEmpty());
        QVERIFY(options.sessionsUrl.isEmpty());
        QCOMPARE(options.prometheus.url, QStringLiteral("https://prometheus.internal:9090/eu"));
        QCOMPARE(options.prometheus.target, QStringLiteral("eu-production"));
        QCOMPARE(options.prometheus.auth, PrometheusAccess::Auth::Basic);
        QCOMPARE(options.prometheus.user, QStringLiteral("grafana"));
        QCOMPARE(options.interval, std::chrono::seconds{15});
        QVERIFY(!withFields().toTargetOptions().prometheus.isSet());
    }

    void problems_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QStringList>("others");
        QTest::addColumn<int>("field"); // -1: no problem
        QTest::addColumn<QString>("says");

        const Profile good = withFields();
        QTest::newRow("complete profile has no problem")
            << good << QStringList{} << -1 << QString{};
        Profile p = good;
        p.name = QStringLiteral("  ");
        QTest::newRow("blank name is required")
            << p << QStringList{} << int(Profile::Field::Name) << "name is required";
        QTest::newRow("name taken by another profile, any case")
            << good << QStringList{QStringLiteral("PRODUCTION")} << int(Profile::Field::Name)
            << "already called";
        p = good;
        p.port = 70000;
        QTest::newRow("port above 65535")
            << p << QStringList{} << int(Profile::Field::Port) << "1 to 65535";
        p.port = 0;
        QTest::newRow("port 0") << p << QStringList{} << int(Profile::Field::Port) << "1 to 65535";
        p = good;
        p.host.clear();
        QTest::newRow("host style without host")
            << p << QStringList{} << int(Profile::Field::Host) << "host";
        p = good;
        p.style = Profile::ConnectionStyle::Service;
        QTest::newRow("service style without service")
            << p << QStringList{} << int(Profile::Field::Service) << "service name";
        p.style = Profile::ConnectionStyle::Conninfo;
        QTest::newRow("conninfo style without conninfo")
            << p << QStringList{} << int(Profile::Field::Conninfo) << "URI";
        p = good;
        p.adminUrl = QStringLiteral("ftp://app.example.com");
        QTest::newRow("admin URL not http(s)")
            << p << QStringList{} << int(Profile::Field::AdminUrl) << "http";
        p.adminUrl = QStringLiteral("https://");
        QTest::newRow("admin URL without host")
            << p << QStringList{} << int(Profile::Field::AdminUrl) << "host";
        p.adminUrl = QStringLiteral("https://admin:hunter2@app.example.com");
        QTest::newRow("admin URL with a password in it")
            << p << QStringList{} << int(Profile::Field::AdminUrl) << "keychain";
        p = good;
        p.canaryUrl = QStringLiteral("app.example.com");
        QTest::newRow("canary URL without scheme")
            << p << QStringList{} << int(Profile::Field::CanaryUrl) << "http";
        p = good;
        p.repoDir = QStringLiteral("/nonexistent/monorepo");
        QTest::newRow("checkout that does not exist")
            << p << QStringList{} << int(Profile::Field::RepoDir) << "No such directory";
        p = good;
        p.baselineFile = QStringLiteral(OPSDASH_SOURCE_DIR);
        QTest::newRow("baseline that is a directory")
            << p << QStringList{} << int(Profile::Field::BaselineFile) << "No such file";
        p = good;
        p.sslRootCert = QStringLiteral("/nonexistent/root.crt");
        QTest::newRow("missing sslrootcert")
            << p << QStringList{} << int(Profile::Field::SslRootCert) << "No such file";
        p = good;
        p.intervalSeconds = 0;
        QTest::newRow("interval 0 s")
            << p << QStringList{} << int(Profile::Field::Interval) << "1 to 60";

        const Profile team = teamMode();
        QTest::newRow("Prometheus profile needs no server fields")
            << team << QStringList{} << -1 << QString{};
        p = team;
        p.prometheusUrl.clear();
        QTest::newRow("Prometheus without URL")
            << p << QStringList{} << int(Profile::Field::PrometheusUrl) << "Prometheus URL";
        p.prometheusUrl = QStringLiteral("prometheus:9090");
        QTest::newRow("Prometheus URL without scheme")
            << p << QStringList{} << int(Profile::Field::PrometheusUrl) << "http";
        p.prometheusUrl = QStringLiteral("http://admin:secret@prometheus:9090");
        QTest::newRow("Prometheus URL with a password in it")
            << p << QStringList{} << int(Profile::Field::PrometheusUrl) << "keychain";
        p = team;
        p.prometheusUser.clear();
        QTest::newRow("basic auth without user")
            << p << QStringList{} << int(Profile::Field::PrometheusUser) << "needs a user";
        p = team;
        p.prometheusTarget = QStringLiteral(" ");
        QTest::newRow("Prometheus without target label")
            << p << QStringList{} << int(Profile::Field::PrometheusTarget) << "target label";

        p = good;
        p.poolMetricsUrls = QStringLiteral("scheduling=http://sched:9102/metrics, web=http://w/m");
        QTest::newRow("pool metrics URLs apart by a comma")
            << p << QStringList{} << -1 << QString{};
        p.poolMetricsUrls = QStringLiteral("http://sched:9102/metrics");
        QTest::newRow("a pool metrics URL without its pool")
            << p << QStringList{} << int(Profile::Field::PoolMetricsUrls) << "pool=URL";
        p.poolMetricsUrls = QStringLiteral("scheduling=sched:9102/metrics");
        QTest::newRow("a pool metrics URL without scheme")
            << p << QStringList{} << int(Profile::Field::PoolMetricsUrls) << "scheduling";
        p.poolMetricsUrls = QStringLiteral("scheduling=http://u:pw@sched:9102/metrics");
        QTest::newRow("a pool metrics URL with a password in it")
            << p << QStringList{} << int(Profile::Field::PoolMetricsUrls) << "keychain";
    }

    void poolMetricsUrlsReachTheTargetOptions()
    {
        Profile profile = withFields();
        profile.poolMetricsUrls
            = QStringLiteral(" scheduling=http://sched:9102/metrics,web=https://web/m  bad ");
        const TargetOptions options = profile.toTargetOptions();
        QCOMPARE(options.poolMetricsUrls.size(), 2); // "bad" is a problem, not a pool
        QCOMPARE(options.poolMetricsUrls.value(QStringLiteral("scheduling")),
            QStringLiteral("http://sched:9102/metrics"));
        QCOMPARE(
            options.poolMetricsUrls.value(QStringLiteral("web")), QStringLiteral("https://web/m"));
        QVERIFY(withFields().toTargetOptions().poolMetricsUrls.isEmpty());
    }
    void problems()
    {
        QFETCH(Profile, profile);
        QFETCH(QStringList, others);
        QFETCH(int, field);
        QFETCH(QString, says);
        const QList<Profile::Problem> found = profile.problems(others);
        if (field < 0) {
            QVERIFY2(found.isEmpty(), qPrintable(found.value(0).message));
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(int(found.constFirst().field), field);
        QVERIFY2(found.constFirst().message.contains(says, Qt::CaseInsensitive),
            qPrintable(found.constFirst().message));
    }

    void connectionParametersFollowTheChosenStyleOnly()
    {
        Profile profile = withFields();
        profile.service = QStringLiteral("ignored");
        ConnectionParameters expected{{"host", "db.internal"}, {"port", "6432"}, {"dbname", "app"},
            {"user", "opsdash_monitor"}, {"sslmode", "verify-full"},
            {"sslrootcert", OPSDASH_SOURCE_DIR "/CMakeLists.txt"}};
        QCOMPARE(profile.connectionParameters(), expected);
        profile.style = Profile::ConnectionStyle::Service;
        QCOMPARE(profile.connectionParameters(), (ConnectionParameters{{"service", "ignored"}}));
        profile.style = Profile::ConnectionStyle::Conninfo;
        profile.conninfo = QStringLiteral("postgresql:///app");
        QVERIFY(profile.connectionParameters().isEmpty());
        const TargetOptions options = profile.toTargetOptions();
        QCOMPARE(options.conninfo, QStringLiteral("postgresql:///app"));
        QVERIFY(options.hasDatabase);
        QCOMPARE(options.profile, QStringLiteral("production"));
        QCOMPARE(options.interval, std::chrono::seconds{5});
        QVERIFY(!options.allowBackendSignals);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
