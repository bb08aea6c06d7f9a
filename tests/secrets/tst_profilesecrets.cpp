// A profile's password, bearer token and canary cookie against the real Secret Service
// (gnome-keyring in a private D-Bus session, tests/sessions/with-keyring): they come back
// in a fresh reader, and no file under the config, data, cache or home dirs holds them.
// The tst_profilesecrets_nobackend run has no D-Bus session: the user is told, and the
// secrets are held in this process for the run.
#include "secrets/ProfileSecrets.h"
#include "secrets/ProfileStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace opsdash;

Q_DECLARE_METATYPE(opsdash::ProfileSecrets::Secrets)

namespace {

const QByteArray Password{"pg-pa55-ZmQ3x"};
const QByteArray Token{"bearer-token-91ac0e77"};
const QByteArray Cookie{"next-auth.session-token=canary-c00kie-4f2d"};

bool expectNoKeychain()
{
    return qEnvironmentVariableIsSet("OPSDASH_TEST_NO_KEYCHAIN");
}

Profile sampleProfile()
{
    Profile profile;
    profile.name = QStringLiteral("keychain-test");
    profile.host = QStringLiteral("127.0.0.1");
    profile.database = QStringLiteral("app");
    profile.adminUrl = QStringLiteral("http://127.0.0.1:3000");
    profile.canaryUrl = QStringLiteral("https://canary.example.com");
    return profile;
}

struct Saved
{
    QStringList notices;
    bool finished{false};
};

Saved save(ProfileSecrets& secrets, const Profile& profile, const ProfileSecrets::Secrets& values)
{
    QSignalSpy spy{&secrets, &ProfileSecrets::saved};
    secrets.save(profile, values);
    if (!spy.wait(30000))
        return {};
    return {spy.at(0).at(1).toStringList(), true};
}

struct Loaded
{
    ProfileSecrets::Secrets secrets;
    QStringList notices;
    bool finished{false};
};

Loaded load(ProfileSecrets& secrets, const Profile& profile)
{
    QSignalSpy spy{&secrets, &ProfileSecrets::loaded};
    secrets.load(profile);
    if (!spy.wait(30000))
        return {};
    return {spy.at(0).at(1).value<ProfileSecrets::Secrets>(), spy.at(0).at(2).toStringList(), true};
}

// Every regular file below the given roots that contains one of the needles.
QStringList filesContaining(
    const QStringList& roots, const QList<QByteArray>& needles, int* scanned)
{
    QStringList hits;
    for (const QString& root : roots) {
        QDirIterator it{
            root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories};
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file{path};
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++*scanned;
            const QByteArray content = file.readAll();
            for (const QByteArray& needle : needles) {
                if (content.contains(needle) || content.contains(needle.toBase64()))
                    hits << path + QStringLiteral(" holds ") + QString::fromLatin1(needle);
            }
        }
    }
    return hits;
}

QStringList roots()
{
    QStringList dirs{QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
    // with-keyring's HOME is a scratch dir; never scan a real home.
    if (qEnvironmentVariable("HOME").contains(QStringLiteral("opsdash-keyring")))
        dirs << qEnvironmentVariable("HOME");
    dirs.removeDuplicates();
    return dirs;
}

} // namespace

class TestProfileSecrets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_profilesecrets"));
    }

    void init()
    {
        const QByteArray name{QTest::currentTestFunction()};
        if (expectNoKeychain() != (name == "noBackendTellsTheUserAndHoldsSecretsForTheRun"))
            QSKIP(expectNoKeychain() ? "this run has no keychain on purpose"
                                     : "runs as tst_profilesecrets_nobackend");
    }

    void secretsComeBackAndAreInNoFile()
    {
        const Profile profile = sampleProfile();
        // The non-secret part goes to QSettings, as the GUI does it: that file is scanned too.
        {
            ProfileStore store;
            store.save(profile);
            store.setLastUsed(profile.name);
            store.sync();
            QVERIFY(QFile::exists(store.fileName()));
        }

        ProfileSecrets writer;
        const Saved saved = save(writer, profile, {Password, Token, Cookie});
        QVERIFY(saved.finished);
        QVERIFY2(saved.notices.isEmpty(), qPrintable(saved.notices.join(u'\n')));

        ProfileSecrets reader;
        const Loaded loaded = load(reader, profile);
        QVERIFY(loaded.finished);
        QVERIFY2(loaded.notices.isEmpty(), qPrintable(loaded.notices.join(u'\n')));
        QCOMPARE(loaded.secrets.password, Password);
        QCOMPARE(loaded.secrets.sessionsToken, Token);
        QCOMPARE(loaded.secrets.canaryCookie, Cookie);

        // Token and cookie sit under the keys `opsdash sessions` looks up.
        QCOMPARE(ProfileSecrets::sessionsTokenKey(profile),
            QStringLiteral("sessions-token/http://127.0.0.1:3000"));
        QCOMPARE(ProfileSecrets::canaryCookieKey(profile),
            QStringLiteral("canary-cookie/https://canary.example.com:443"));

        // The password reaches libpq as a parameter, never inside a conninfo string.
        const TargetOptions options = ProfileSecrets::targetOptions(profile, loaded.secrets);
        QVERIFY(!options.conninfo.contains(QString::fromLatin1(Password)));
        QVERIFY(options.connectionParameters.contains(std::pair{QByteArray{"password"}, Password}));

        int scanned = 0;
        const QStringList hits = filesContaining(roots(), {Password, Token, Cookie}, &scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        // Not vacuous: the settings file and the keyring file were among those read.
        QVERIFY2(scanned >= 2, qPrintable(QString::number(scanned)));
    }

    void prometheusProfileKeepsItsTokenInTheKeychainOnly()
    {
        Profile profile = sampleProfile();
        profile.name = QStringLiteral("keychain-team");
        profile.kind = Profile::Kind::Prometheus;
        profile.prometheusUrl = QStringLiteral("http://127.0.0.1:9090");
        profile.prometheusTarget = QStringLiteral("eu");
        profile.prometheusAuth = PrometheusAccess::Auth::Bearer;
        const QByteArray prometheusToken{"prom-bearer-5b1c9e"};
        QCOMPARE(ProfileSecrets::prometheusSecretKey(profile),
            QStringLiteral("prometheus-secret/keychain-team"));
        // A team-mode profile has no database password and no session source secrets.
        QVERIFY(ProfileSecrets::passwordKey(profile).isEmpty());
        QVERIFY(ProfileSecrets::sessionsTokenKey(profile).isEmpty());
        ProfileSecrets secrets;
        ProfileSecrets::Secrets values;
        values.password = Password; // ignored: nothing to connect to
        values.prometheusSecret = prometheusToken;
        QVERIFY(save(secrets, profile, values).finished);
        const Loaded loaded = load(secrets, profile);
        QVERIFY(loaded.finished);
        QVERIFY2(loaded.notices.isEmpty(), qPrintable(loaded.notices.join(u'\n')));
        QCOMPARE(loaded.secrets.prometheusSecret, prometheusToken);
        QVERIFY(loaded.secrets.password.isEmpty());
        const TargetOptions options = ProfileSecrets::targetOptions(profile, loaded.secrets);
        QCOMPARE(options.prometheus.secret, prometheusToken);
        QVERIFY(!options.hasDatabase);
        QVERIFY(options.connectionParameters.isEmpty());
        int scanned = 0;
        const QStringList hits = filesContaining(roots(), {prometheusToken}, &scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        // Forgetting the profile removes its token.
        QSignalSpy removed{&secrets, &ProfileSecrets::removed};
        secrets.forget(profile);
        QVERIFY(removed.wait(30000));
        QVERIFY(load(secrets, profile).secrets.prometheusSecret.isEmpty());
    }

    void emptyFieldsLeaveStoredSecretsAlone()
    {
        const Profile profile = sampleProfile();
        ProfileSecrets secrets;
        QVERIFY(save(secrets, profile, {Password, Token, Cookie}).finished);
        QVERIFY(save(secrets, profile, {{}, QByteArray{"rotated-token"}, {}}).finished);
        const Loaded loaded = load(secrets, profile);
        QCOMPARE(loaded.secrets.password, Password);
        QCOMPARE(loaded.secrets.sessionsToken, QByteArray{"rotated-token"});
        QCOMPARE(loaded.secrets.canaryCookie, Cookie);
    }

    void forgottenPasswordIsNoEntryNotANotice()
    {
        Profile profile = sampleProfile();
        profile.name = QStringLiteral("forget-me");
        ProfileSecrets secrets;
        QVERIFY(save(secrets, profile, {Password, {}, {}}).finished);
        QSignalSpy removed{&secrets, &ProfileSecrets::removed};
        secrets.forget(profile);
        QVERIFY(removed.wait(30000));
        const Loaded loaded = load(secrets, profile);
        QVERIFY(loaded.finished);
        QVERIFY(loaded.secrets.password.isEmpty());
        QVERIFY2(loaded.notices.isEmpty(), qPrintable(loaded.notices.join(u'\n')));
    }

    void noBackendTellsTheUserAndHoldsSecretsForTheRun()
    {
        const Profile profile = sampleProfile();
        ProfileSecrets secrets;
        const Loaded before = load(secrets, profile);
        QVERIFY(before.finished);
        QCOMPARE(before.notices.size(), 1); // told once, not once per secret
        QVERIFY2(before.notices.constFirst().contains(QStringLiteral("No keychain")),
            qPrintable(before.notices.constFirst()));

        const Saved saved = save(secrets, profile, {Password, Token, Cookie});
        QVERIFY(saved.finished);
        QCOMPARE(saved.notices.size(), 1);
        QVERIFY2(saved.notices.constFirst().contains(QStringLiteral("this run only")),
            qPrintable(saved.notices.constFirst()));

        // Held in memory: a fresh reader in this process finds them, and no file has them.
        ProfileSecrets reader;
        const Loaded held = load(reader, profile);
        QCOMPARE(held.secrets.password, Password);
        QCOMPARE(held.secrets.sessionsToken, Token);
        QCOMPARE(held.secrets.canaryCookie, Cookie);
        int scanned = 0;
        const QStringList hits = filesContaining(roots(), {Password, Token, Cookie}, &scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestProfileSecrets)
#include "tst_profilesecrets.moc"
