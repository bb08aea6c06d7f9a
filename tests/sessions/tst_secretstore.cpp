// SecretStore against the real Secret Service: gnome-keyring in a private D-Bus session
// (run through tests/sessions/with-keyring). "No entry" must be told apart from "no
// keychain backend" (the tst_secretstore_nobackend run, with no D-Bus session at all).
#include "secrets/SecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace opsdash;

Q_DECLARE_METATYPE(opsdash::SecretStore::Lookup)

namespace {

SecretStore::Lookup lookup(SecretStore& store, const QString& key, const QByteArray& variable = {})
{
    QSignalSpy spy{&store, &SecretStore::lookedUp};
    store.lookup(key, variable);
    if (!spy.wait(30000))
        return {};
    return spy.at(0).at(1).value<SecretStore::Lookup>();
}

SecretStore::Status storeSecret(SecretStore& store, const QString& key, const QByteArray& secret)
{
    QSignalSpy spy{&store, &SecretStore::stored};
    store.store(key, secret);
    if (!spy.wait(30000))
        return SecretStore::Status::Failed;
    return spy.at(0).at(1).value<SecretStore::Status>();
}

bool expectNoKeychain()
{
    return qEnvironmentVariableIsSet("OPSDASH_TEST_NO_KEYCHAIN");
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (expectNoKeychain()
            && QByteArray{QTest::currentTestFunction()} != "noBackendIsToldApartFromNoEntry")
            QSKIP("this run has no keychain on purpose");
    }

    void storedSecretIsReadBack()
    {
        SecretStore store;
        const QString key
            = SecretStore::sessionsTokenKey(QStringLiteral("https://app.example.com:443"));
        QCOMPARE(key, QStringLiteral("sessions-token/https://app.example.com:443"));
        QCOMPARE(storeSecret(store, key, "bearer-s3cret"), SecretStore::Status::Found);
        const SecretStore::Lookup found = lookup(store, key);
        QCOMPARE(found.status, SecretStore::Status::Found);
        QCOMPARE(found.secret, QByteArray{"bearer-s3cret"});
        QVERIFY(found.origin.contains(QStringLiteral("opsdash/sessions-token/")));
    }

    void secretIsVisibleToSecretToolUnderServiceOpsdash()
    {
        // What docs/sessions.md tells users to type to store a token without the GUI.
        SecretStore store;
        const QString key = SecretStore::canaryCookieKey(QStringLiteral("http://127.0.0.1:3000"));
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
            {QStringLiteral("store"), QStringLiteral("--label=opsdash canary"),
                QStringLiteral("server"), QStringLiteral("opsdash"), QStringLiteral("user"), key,
                QStringLiteral("type"), QStringLiteral("plaintext")});
        QVERIFY(tool.waitForStarted());
        tool.write("next-auth.session-token=abc");
        tool.closeWriteChannel();
        QVERIFY(tool.waitForFinished(30000));
        QCOMPARE(tool.exitCode(), 0);
        const SecretStore::Lookup found = lookup(store, key);
        QCOMPARE(found.status, SecretStore::Status::Found);
        QCOMPARE(found.secret, QByteArray{"next-auth.session-token=abc"});
    }

    void missingEntryIsNoEntry()
    {
        SecretStore store;
        const SecretStore::Lookup missing
            = lookup(store, QStringLiteral("sessions-token/https://nowhere.example:443"));
        QCOMPARE(missing.status, SecretStore::Status::NoEntry);
        QVERIFY(missing.secret.isEmpty());
    }

    void environmentVariableWinsOverTheKeychain()
    {
        SecretStore store;
        const QString key = SecretStore::sessionsTokenKey(QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(storeSecret(store, key, "from-keychain"), SecretStore::Status::Found);
        qputenv("OPSDASH_TEST_SECRET", "from-environment");
        const SecretStore::Lookup fromEnvironment = lookup(store, key, "OPSDASH_TEST_SECRET");
        QCOMPARE(fromEnvironment.secret, QByteArray{"from-environment"});
        QVERIFY(fromEnvironment.origin.contains(QStringLiteral("OPSDASH_TEST_SECRET")));
        qunsetenv("OPSDASH_TEST_SECRET");
        QCOMPARE(lookup(store, key, "OPSDASH_TEST_SECRET").secret, QByteArray{"from-keychain"});
    }

    void removedSecretIsGone()
    {
        SecretStore store;
        const QString key = QStringLiteral("sessions-token/remove-me");
        QCOMPARE(storeSecret(store, key, "x"), SecretStore::Status::Found);
        QSignalSpy removed{&store, &SecretStore::removed};
        store.remove(key);
        QVERIFY(removed.wait(30000));
        QCOMPARE(lookup(store, key).status, SecretStore::Status::NoEntry);
    }

    void noBackendIsToldApartFromNoEntry()
    {
        if (!expectNoKeychain())
            QSKIP("runs as tst_secretstore_nobackend, without a D-Bus session");
        SecretStore store;
        const SecretStore::Lookup result = lookup(store, QStringLiteral("sessions-token/x"));
        QVERIFY2(result.status == SecretStore::Status::NoBackend, qPrintable(result.message));
        QVERIFY(result.secret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
