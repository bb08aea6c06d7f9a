// opsdash-demo-profile: the ready-made profile of scripts/demo, written the way the GUI's
// profile dialog writes one — the settings through ProfileStore (in the QSettings of the
// environment's XDG_CONFIG_HOME: scripts/demo gives it a private one), the secrets through
// ProfileSecrets into the real keychain. Fixture code for the demo, not part of opsdash.
//
//   opsdash-demo-profile save NAME    prints "keychain" when the secrets are in the
//                                     keychain, "no-keychain" when there is none (the
//                                     caller then hands them to opsdash for this run only)
//   opsdash-demo-profile forget NAME  removes the profile's keychain entries again
//
// The profile's fields come from the environment (DEMO_PROFILE_HOST, _PORT, _DATABASE,
// _USER, _SESSIONS_URL, _REPO, _BASELINE, _INTERVAL, _PGBOUNCER_ADMIN) and so do the secrets
// (DEMO_PROFILE_PASSWORD, DEMO_PROFILE_SESSIONS_TOKEN, DEMO_PROFILE_CANARY_COOKIE): never a
// command line. Exit status 0, or 2 with a reason on stderr.
#include "Version.h"
#include "secrets/ProfileSecrets.h"
#include "secrets/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace opsdash;

namespace {

QString env(const char* name)
{
    return qEnvironmentVariable(name);
}

int fail(const QString& message)
{
    QTextStream{stderr} << "opsdash-demo-profile: error: " << message << Qt::endl;
    return 2;
}

Profile profileFromEnvironment(const QString& name)
{
    Profile profile;
    profile.name = name;
    profile.style = Profile::ConnectionStyle::Fields;
    profile.host = env("DEMO_PROFILE_HOST");
    profile.port = env("DEMO_PROFILE_PORT").toInt();
    profile.database = env("DEMO_PROFILE_DATABASE");
    profile.user = env("DEMO_PROFILE_USER");
    // The demo's web service serves both the admin endpoint and the canary's session.
    profile.adminUrl = env("DEMO_PROFILE_SESSIONS_URL");
    profile.canaryUrl = env("DEMO_PROFILE_SESSIONS_URL");
    profile.repoDir = env("DEMO_PROFILE_REPO");
    profile.baselineFile = env("DEMO_PROFILE_BASELINE");
    profile.pgbouncerAdmin = env("DEMO_PROFILE_PGBOUNCER_ADMIN");
    profile.intervalSeconds = qEnvironmentVariableIntValue("DEMO_PROFILE_INTERVAL");
    return profile;
}

int save(QCoreApplication& app, const QString& name)
{
    const Profile profile = profileFromEnvironment(name);
    ProfileStore store;
    QStringList others = store.names();
    others.removeAll(name);
    if (const QList<Profile::Problem> problems = profile.problems(others); !problems.isEmpty())
        return fail(problems.constFirst().message);
    store.save(profile);
    store.setLastUsed(name);
    store.sync();

    ProfileSecrets secrets;
    bool inKeychain = false;
    QString problem;
    QObject::connect(
        &secrets, &ProfileSecrets::saved, &app, [&](const QString&, const QStringList& notices) {
            inKeychain = notices.isEmpty();
            problem = notices.join(u' ');
            app.quit();
        });
    secrets.save(profile,
        ProfileSecrets::Secrets{qgetenv("DEMO_PROFILE_PASSWORD"),
            qgetenv("DEMO_PROFILE_SESSIONS_TOKEN"), qgetenv("DEMO_PROFILE_CANARY_COOKIE")});
    app.exec();
    if (!inKeychain)
        QTextStream{stderr} << "opsdash-demo-profile: " << problem << Qt::endl;
    QTextStream{stdout} << (inKeychain ? "keychain" : "no-keychain") << Qt::endl;
    return 0;
}

int forget(QCoreApplication& app, const QString& name)
{
    const std::optional<Profile> profile = ProfileStore{}.load(name);
    if (!profile)
        return fail(QStringLiteral("no profile called '%1'").arg(name));
    // All three: the token's and the cookie's keys name the run's port, which no other
    // profile shares, so they would only pile up in the user's keychain.
    const QStringList keys{ProfileSecrets::passwordKey(*profile),
        ProfileSecrets::sessionsTokenKey(*profile), ProfileSecrets::canaryCookieKey(*profile)};
    SecretStore store;
    int left = 0;
    QObject::connect(&store, &SecretStore::removed, &app, [&] {
        if (--left == 0)
            app.quit();
    });
    for (const QString& key : keys) {
        if (!key.isEmpty()) {
            ++left;
            store.remove(key);
        }
    }
    if (left > 0)
        app.exec();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app{argc, argv};
    // The names opsdash's QSettings use, so ProfileStore opens the file opsdash reads.
    QCoreApplication::setApplicationName(QLatin1String{ApplicationName});
    QCoreApplication::setOrganizationName(QLatin1String{OrganizationName});
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || args.at(2).isEmpty())
        return fail(QStringLiteral("usage: opsdash-demo-profile save|forget NAME"));
    if (args.at(1) == QLatin1String{"save"})
        return save(app, args.at(2));
    if (args.at(1) == QLatin1String{"forget"})
        return forget(app, args.at(2));
    return fail(QStringLiteral("unknown command '%1'").arg(args.at(1)));
}
