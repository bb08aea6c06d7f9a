// Secrets never reach a file: a profile's database password, admin bearer token and canary
// cookie are saved through SecretStore into the real gnome-keyring (tests/sessions/with-keyring),
// then the real opsdash runs every subcommand that writes files (probe, sessions, verify,
// snapshot) with its own XDG config, data, cache and state dirs. Every byte of every file
// under them, and every line opsdash printed, is searched for the secrets.
#include "../sessions/TestHttpServer.h"
#include "secrets/SecretStore.h"
#include "sessions/AdminEndpointSource.h"
#include "support/PgExec.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

using namespace opsdash;
using namespace opsdash::test;

namespace {

QByteArray randomSecret(const char* prefix)
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 6);
    return QByteArray{prefix} + bytes.toHex();
}

struct Run
{
    int exitCode{-1};
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSecretLeaks final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QByteArray m_role{"opsdash_leak_" + QByteArray::number(QCoreApplication::applicationPid())};
    QByteArray m_password{randomSecret("pw-")};
    QByteArray m_token{randomSecret("bearer-")};
    QByteArray m_cookie{"next-auth.session-token=" + randomSecret("cookie-")};

    // opsdash's own environment: every XDG dir (and HOME) inside m_root, nothing else.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("OPSDASH_SESSIONS_TOKEN"));
        env.remove(QStringLiteral("OPSDASH_CANARY_COOKIE"));
        env.insert(QStringLiteral("HOME"), m_root.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_root.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_root.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_root.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The password the way libpq tools take it; opsdash must not copy it anywhere.
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(m_password));
        // Everything opsdash can log, so that a secret in a debug line shows too.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("opsdash.*=true"));
        return env;
    }

    Run run(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished{&process, &QProcess::finished};
        process.start(QStringLiteral(OPSDASH_BINARY), arguments);
        if (!finished.wait(120'000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        Run result{
            process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
        // What opsdash printed is kept like a log a user would save.
        QFile log{m_root.filePath(
            QStringLiteral("output/") + arguments.first() + QStringLiteral(".log"))};
        if (log.open(QIODevice::Append))
            log.write(result.out + result.err);
        return result;
    }

    QByteArray tcpConninfo() const
    {
        return "host=127.0.0.1 port=" + qgetenv("OPSDASH_TEST_PG_PORT") + " user=" + m_role
            + " dbname=postgres";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        for (const char* dir : {"home", "config", "data", "cache", "state", "output"})
            QVERIFY(QDir{m_root.path()}.mkpath(QLatin1String{dir}));
        QVERIFY(!qEnvironmentVariableIsEmpty("OPSDASH_TEST_PG_PORT"));
        QVERIFY(pgExecOnFixture("CREATE ROLE " + m_role + " LOGIN PASSWORD '" + m_password
            + "'; GRANT pg_monitor TO " + m_role));
    }

    void cleanupTestCase() { pgExecOnFixture("DROP ROLE IF EXISTS " + m_role); }

    void noSecretInAnyFileOpsdashWrites()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString iso = now.toString(Qt::ISODateWithMs);
        server.route("/api/admin/sessions",
            HttpReply::json("{\"serverTime\":\"" + iso.toLatin1()
                + "\",\"sessions\":[{\"id\":\"tok-1\",\"user\":\"ann@example.com\",\"createdAt\":\""
                + now.addSecs(-60).toString(Qt::ISODateWithMs).toLatin1() + "\",\"lastSeenAt\":\""
                + iso.toLatin1() + "\",\"expiresAt\":\""
                + now.addSecs(3 * 3600).toString(Qt::ISODateWithMs).toLatin1() + "\"}]}"));
        server.route("/api/auth/session",
            HttpReply::json("{\"user\":{\"email\":\"canary@example.com\"},\"expires\":\""
                + now.addSecs(86400).toString(Qt::ISODateWithMs).toLatin1() + "\"}"));
        const QString origin = AdminEndpointSource::origin(server.baseUrl());

        // The profile's secrets, saved the way the GUI saves them.
        SecretStore store;
        QSignalSpy stored{&store, &SecretStore::stored};
        const QList<std::pair<QString, QByteArray>> secrets{
            {SecretStore::sessionsTokenKey(origin), m_token},
            {SecretStore::canaryCookieKey(origin), m_cookie},
            {QStringLiteral("db-password/127.0.0.1"), m_password},
        };
        for (const auto& [key, secret] : secrets) {
            store.store(key, secret);
            QVERIFY(stored.wait(20'000));
            QCOMPARE(stored.last().at(1).value<SecretStore::Status>(), SecretStore::Status::Found);
        }

        const QString url = server.baseUrl().toString();
        const QString db = QString::fromUtf8(tcpConninfo());
        const Run sessions = run({QStringLiteral("sessions"), QStringLiteral("--url"), url,
            QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(sessions.exitCode == 0 || sessions.exitCode == 1, sessions.err.constData());
        const Run probe = run({QStringLiteral("probe"), QStringLiteral("--db"), db,
            QStringLiteral("--duration"), QStringLiteral("2"), QStringLiteral("--interval"),
            QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(probe.exitCode == 0 || probe.exitCode == 1, probe.err.constData());
        const Run verify = run({QStringLiteral("verify"), QStringLiteral("--repo"),
            QStringLiteral(OPSDASH_SOURCE_DIR "/tests/fixtures/monorepo"),
            QStringLiteral("--format"), QStringLiteral("markdown")});
        QVERIFY2(verify.exitCode == 0 || verify.exitCode == 1, verify.err.constData());
        const QString png = m_root.filePath(QStringLiteral("output/snapshot.png"));
        const Run snapshot = run({QStringLiteral("snapshot"), QStringLiteral("--out"), png,
            QStringLiteral("--db"), db, QStringLiteral("--wait"), QStringLiteral("3")});
        QVERIFY2(snapshot.exitCode == 0 || snapshot.exitCode == 1, snapshot.err.constData());
        QVERIFY(QFile::exists(png));

        // The secrets were really used: the server saw the token and the cookie; the probe
        // (exit 0 or 1, never 2) logged in as a role that has only that password.
        bool sawToken = false;
        bool sawCookie = false;
        for (const HttpRequest& request : std::as_const(server.requests)) {
            sawToken |= request.headers.value("authorization") == "Bearer " + m_token;
            sawCookie |= request.headers.value("cookie").contains(m_cookie);
        }
        QVERIFY(sawToken);
        QVERIFY(sawCookie);

        // Every file under opsdash's dirs and the outputs, in any encoding a leak takes.
        QList<QByteArray> needles;
        for (const QByteArray& secret : {m_password, m_token, m_cookie}) {
            needles << secret << secret.toBase64() << secret.toPercentEncoding()
                    << QString::fromLatin1(secret).toUtf8();
            QByteArray utf16;
            for (const char c : secret)
                utf16 += QByteArray{1, c} + '\0';
            needles << utf16; // QSettings and Qt's own binary formats store UTF-16
        }
        int files = 0;
        QDirIterator it{
            m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories};
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file{path};
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray contents = file.readAll();
            ++files;
            for (const QByteArray& needle : std::as_const(needles))
                QVERIFY2(
                    !contents.contains(needle), qPrintable(QStringLiteral("a secret in ") + path));
            qInfo("searched %s (%lld bytes)",
                qPrintable(QDir{m_root.path()}.relativeFilePath(path)),
                static_cast<long long>(contents.size()));
        }
        // The search covered what the runs wrote: the logs, the snapshot and opsdash's own files.
        QVERIFY2(files >= 5, qPrintable(QString::number(files)));
    }
};

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "tst_secretleaks.moc"
