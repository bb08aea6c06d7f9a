// The one redaction gate of evidence bundles, fed what real reports carry: conninfo
// strings, URIs, HTTP headers, JSON, SQL and error messages with secrets in them.
#include "evidence/Redaction.h"

#include <QTest>

using namespace opsdash;

class TestRedaction final : public QObject
{
    Q_OBJECT

private slots:
    void removesTheSecret_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept"); // what must survive, for the reader

        QTest::newRow("conninfo password=")
            << QStringLiteral("host=db port=5432 user=ops password=hunter2 dbname=app")
            << QStringLiteral("hunter2") << QStringLiteral("dbname=app");
        QTest::newRow("conninfo quoted password with spaces and escaped quote")
            << QStringLiteral("host=db password='pa ss\\'w0rd' user=ops")
            << QStringLiteral("ss\\'w0rd") << QStringLiteral("user=ops");
        QTest::newRow("conninfo password = with spaces around =")
            << QStringLiteral("password = s3cr3t host=db") << QStringLiteral("s3cr3t")
            << QStringLiteral("host=db");
        QTest::newRow("sslpassword keyword")
            << QStringLiteral("sslmode=verify-full sslpassword=k3yp4ss")
            << QStringLiteral("k3yp4ss") << QStringLiteral("sslmode=verify-full");
        QTest::newRow("URI user:pass@host")
            << QStringLiteral("postgresql://app:Tr0ub4dor&3@db.internal:5432/app?sslmode=require")
            << QStringLiteral("Tr0ub4dor") << QStringLiteral("postgresql://app:");
        QTest::newRow("URI with percent-encoded password")
            << QStringLiteral("cannot connect to postgres://u:p%40ss%3Aword@h/db")
            << QStringLiteral("p%40ss") << QStringLiteral("@h/db");
        QTest::newRow("URI password in query string")
            << QStringLiteral("postgresql://db/app?user=ops&password=qwerty123&sslmode=disable")
            << QStringLiteral("qwerty123") << QStringLiteral("sslmode=disable");
        QTest::newRow("https URI user:pass@")
            << QStringLiteral("GET https://admin:letmein@web.example/api/admin/sessions")
            << QStringLiteral("letmein") << QStringLiteral("web.example/api/admin/sessions");
        QTest::newRow("Authorization: Bearer header")
            << QStringLiteral("Authorization: Bearer abc.def-ghi_jkl")
            << QStringLiteral("abc.def-ghi_jkl") << QStringLiteral("Authorization");
        QTest::newRow("bare Bearer token in a message")
            << QStringLiteral("HTTP 401 with Bearer 0123456789abcdefXYZ, check the token")
            << QStringLiteral("0123456789abcdefXYZ") << QStringLiteral("check the token");
        QTest::newRow("Basic credentials")
            << QStringLiteral("authorization: Basic dXNlcjpwYXNz") << QStringLiteral("dXNlcjpwYXNz")
            << QStringLiteral("authorization");
        QTest::newRow("Cookie header with several cookies")
            << QStringLiteral(
                   "Cookie: next-auth.session-token=eyJhbGciOiJIUzI1NiJ9.e30.sig; csrf=c5rf")
            << QStringLiteral("c5rf") << QStringLiteral("Cookie");
        QTest::newRow("Set-Cookie header")
            << QStringLiteral("Set-Cookie: __Secure-next-auth.session-token=tok3nv4lue; Path=/")
            << QStringLiteral("tok3nv4lue") << QStringLiteral("Set-Cookie");
        QTest::newRow("cookie as key=value without header")
            << QStringLiteral("sent next-auth.session-token=v4lu3 to the canary")
            << QStringLiteral("v4lu3") << QStringLiteral("to the canary");
        QTest::newRow("JSON password field")
            << QStringLiteral("{\"user\": \"ops\", \"password\": \"pw\\\"quoted\"}")
            << QStringLiteral("quoted") << QStringLiteral("\"user\": \"ops\"");
        QTest::newRow("JSON sessionToken field")
            << QStringLiteral("{\"sessionToken\":\"7f3a9c2e1b\"}") << QStringLiteral("7f3a9c2e1b")
            << QStringLiteral("sessionToken");
        QTest::newRow("environment assignment")
            << QStringLiteral("PGPASSWORD=hunter2 OPSDASH_SESSIONS_TOKEN=t0k3n opsdash probe")
            << QStringLiteral("t0k3n") << QStringLiteral("opsdash probe");
        QTest::newRow("SQL PASSWORD literal")
            << QStringLiteral("ALTER ROLE app WITH LOGIN PASSWORD 'it''s s3cret'")
            << QStringLiteral("s3cret") << QStringLiteral("ALTER ROLE app");
        QTest::newRow("JSON Web Token alone")
            << QStringLiteral("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJl seen")
            << QStringLiteral("eyJzdWIiOiIxMjM0NSJ9") << QStringLiteral("seen");
        QTest::newRow("long opaque token")
            << QStringLiteral("api answered for 9f8E7d6C5b4A3z2Y1x0W9v8U7t6S5r4Q")
            << QStringLiteral("9f8E7d6C5b4A3z2Y1x0W9v8U7t6S5r4Q")
            << QStringLiteral("api answered for");
        QTest::newRow("session hash longer than 12 hex digits is cut")
            << QStringLiteral("session 0123456789abcdef0123 expires")
            << QStringLiteral("0123456789abc") << QStringLiteral("session 0123456789ab");
    }

    void removesTheSecret()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString redacted = Redaction::redact(input);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY2(redacted.contains(kept), qPrintable(redacted));
        QCOMPARE(Redaction::redact(redacted), redacted); // idempotent
    }

    void leavesOrdinaryEvidenceAlone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("file:line in a path that names tokens")
            << QStringLiteral("apps/web/src/lib/token.ts:12");
        QTest::newRow("file:line in a secrets folder")
            << QStringLiteral("src/secrets/SecretStore.cpp:40");
        QTest::newRow("target and window")
            << QStringLiteral("pg_stat_activity on 127.0.0.1:5432/postgres, 2026-11-27T08:40:12Z – "
                              "2026-11-27T08:40:42Z, 16 samples every 2 s");
        QTest::newRow("libpq authentication error")
            << QStringLiteral("password authentication failed for user \"postgres\"");
        QTest::newRow("a 12-digit session hash") << QStringLiteral("session 0123456789ab expires");
        QTest::newRow("capacity explanation")
            << QStringLiteral("150 web + 50 scheduling + 1 monitor = 201 > 197 usable");
    }

    void leavesOrdinaryEvidenceAlone()
    {
        QFETCH(QString, input);
        QCOMPARE(Redaction::redact(input), input);
    }

    void fingerprintIgnoresLiteralsButNotShape()
    {
        const QString a = Redaction::queryFingerprint(
            QStringLiteral("SELECT * FROM users WHERE email = 'a@example.org' AND id = 42"));
        const QString b = Redaction::queryFingerprint(
            QStringLiteral("select *\n  from users where email = 'root@x' and id = 7"));
        const QString other
            = Redaction::queryFingerprint(QStringLiteral("SELECT * FROM orders WHERE id = 42"));
        QCOMPARE(a, b);
        QVERIFY(a != other);
        QVERIFY2(a.startsWith(QLatin1String{"q:"}) && a.size() == 14, qPrintable(a));
    }

    void queriesAreFingerprintedUnlessIncluded()
    {
        const QString query = QStringLiteral("ALTER ROLE app PASSWORD 'hunter2'");
        const QString hidden = Redaction::queryForReport(query, false);
        QVERIFY(!hidden.contains(QLatin1String{"ALTER"}));
        QCOMPARE(hidden, Redaction::queryFingerprint(query));
        const QString shown = Redaction::queryForReport(query, true);
        QVERIFY(shown.contains(QLatin1String{"ALTER ROLE app"}));
        QVERIFY2(!shown.contains(QLatin1String{"hunter2"}), qPrintable(shown));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
