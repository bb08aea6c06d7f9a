// The sessions-table source against the shared PostgreSQL fixture, with each NextAuth
// adapter's table shape: only live rows, never the token (only its 12-digit hash), times on
// the database's clock whatever the session's TimeZone, and named errors for a wrong baseline.
#include "model/BaselineLoader.h"
#include "pg/ActivityMonitor.h"
#include "sessions/SessionsTableSource.h"
#include "support/DefaultBaseline.h"
#include "support/PgExec.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <libpq-fe.h>
#include <memory>

using namespace opsdash;
using namespace opsdash::test;
using Kind = SourceError::Kind;

Q_DECLARE_METATYPE(opsdash::SourceError::Kind)

namespace {

using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;

QByteArray fixtureConninfo()
{
    return qgetenv("OPSDASH_TEST_PG_CONNINFO");
}

SessionsTableSpec specFor(const QString& schema, const QString& table)
{
    SessionsTableSpec spec;
    spec.schema = schema;
    spec.table = table;
    return spec;
}

// The monitoring connection the source rides on, started (it connects in the background;
// a fetch waits for it).
struct Monitored
{
    explicit Monitored(const QByteArray& conninfo)
        : monitor{defaultBaseline()}
    {
        ActivityMonitor::Options options;
        options.conninfo = conninfo;
        options.interval = std::chrono::seconds{1};
        monitor.start(options);
    }
    ActivityMonitor monitor;
};

} // namespace

class TestSessionsTableSource final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (fixtureConninfo().isEmpty())
            QSKIP("OPSDASH_TEST_PG_CONNINFO is not set: run through ctest (pg fixture)");
        m_admin.reset(PQconnectdb(fixtureConninfo().constData()));
        QCOMPARE(PQstatus(m_admin.get()), CONNECTION_OK);
        m_schema = QStringLiteral("opsdash_sessions_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(pgExec(m_admin.get(),
            QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1").arg(m_schema)));
    }

    void cleanupTestCase()
    {
        if (m_admin) {
            pgExec(m_admin.get(), QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema));
            pgExec(m_admin.get(),
                QStringLiteral("DROP OWNED BY %1_reader; DROP ROLE IF EXISTS %1_reader")
                    .arg(m_schema));
        }
    }

    void readsLiveSessionsOfEachAdapterShape_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("create");
        QTest::addColumn<bool>("withTimeZone");
        QTest::addColumn<QString>("timeZone");

        const QList<std::tuple<const char*, const char*, const char*, bool>> shapes{
            {"Prisma", "Session",
                R"(CREATE TABLE %1 (id text PRIMARY KEY, "sessionToken" text UNIQUE NOT NULL, "userId" text NOT NULL, expires timestamp(3) NOT NULL))",
                false},
            {"Drizzle", "session",
                R"(CREATE TABLE %1 ("sessionToken" text PRIMARY KEY, "userId" text NOT NULL, expires timestamp NOT NULL))",
                false},
            {"pg adapter", "sessions",
                R"(CREATE TABLE %1 (id serial PRIMARY KEY, "userId" integer NOT NULL, expires timestamptz NOT NULL, "sessionToken" varchar(255) NOT NULL))",
                true},
            {"a table name with a quote in it", "my\"sessions",
                R"(CREATE TABLE %1 (id serial PRIMARY KEY, "userId" integer NOT NULL, expires timestamptz NOT NULL, "sessionToken" text NOT NULL))",
                true},
        };
        for (const auto& [name, table, create, tz] : shapes) {
            for (const char* zone : {"UTC", "America/New_York", "Pacific/Auckland"}) {
                QTest::addRow("%s, session TimeZone %s", name, zone) << QString::fromUtf8(
                    table) << QString::fromUtf8(create) << tz << QString::fromLatin1(zone);
            }
        }
    }
    void readsLiveSessionsOfEachAdapterShape()
    {
        QFETCH(QString, table);
        QFETCH(QString, create);
        QFETCH(bool, withTimeZone);
        QFETCH(QString, timeZone);

        const SessionsTableSpec spec = specFor(m_schema, table);
        const QString qualified = quoted(m_schema) + u'.' + quoted(table);
        QVERIFY(pgExec(m_admin.get(), QStringLiteral("DROP TABLE IF EXISTS %1").arg(qualified)));
        QVERIFY(pgExec(m_admin.get(), create.arg(qualified)));
        // Prisma and Drizzle write UTC wall time into timestamp-without-time-zone columns.
        const QString now
            = withTimeZone ? QStringLiteral("now()") : QStringLiteral("(now() AT TIME ZONE 'UTC')");
        const bool numericUser = create.contains(QStringLiteral("\"userId\" integer"));
        const QList<std::tuple<QString, QString, QString>> rows{
            {QStringLiteral("tok-live-10m"), QStringLiteral("1"),
                QStringLiteral("interval '10 minutes'")},
            {QStringLiteral("tok-live-2h"), QStringLiteral("2"),
                QStringLiteral("interval '2 hours'")},
            {QStringLiteral("tok-expired-1h"), QStringLiteral("3"),
                QStringLiteral("-interval '1 hour'")},
            {QStringLiteral("tok-expired-1s"), QStringLiteral("4"),
                QStringLiteral("-interval '1 second'")},
        };
        for (const auto& [token, user, offset] : rows) {
            const QString userValue = numericUser ? user : QStringLiteral("'user-%1'").arg(user);
            const QString idColumn
                = create.contains(QStringLiteral("id text")) ? QStringLiteral("id, ") : QString{};
            const QString idValue
                = idColumn.isEmpty() ? QString{} : QStringLiteral("'id-%1', ").arg(user);
            QVERIFY(pgExec(m_admin.get(),
                QStringLiteral(
                    R"(INSERT INTO %1 (%2"sessionToken", "userId", expires) VALUES (%3'%4', %5, %6 + %7))")
                    .arg(qualified, idColumn, idValue, token, userValue, now, offset)));
        }

        Monitored monitored{fixtureConninfo() + " options='-c TimeZone=" + timeZone.toUtf8() + "'"};
        SessionsTableSource::Options options;
        options.table = spec;
        options.baselineName = QStringLiteral("test-baseline.json");
        SessionsTableSource source{monitored.monitor, options};
        QVERIFY(fetch(source));
        QVERIFY2(source.feed().isFresh(),
            qPrintable(source.feed().error().value_or(SourceError{}).toString()));

        const SessionSnapshot& snapshot = *source.feed().lastGood();
        QCOMPARE(toString(snapshot.clock), toString(ServerClock::DatabaseNow));
        QVERIFY(snapshot.serverTime.isValid());
        QCOMPARE(snapshot.sessions.size(), 2); // the expired rows are not read at all
        QVERIFY(!snapshot.truncated);
        QStringList hashes;
        for (const SessionRecord& record : snapshot.sessions) {
            QCOMPARE(record.hash.size(), 12);
            QVERIFY(!record.hash.contains(QStringLiteral("tok")));
            QVERIFY(!record.user.contains(QStringLiteral("tok")));
            hashes << record.hash;
        }
        QCOMPARE(hashes,
            (QStringList{SessionRecord::shortHash("tok-live-10m"),
                SessionRecord::shortHash("tok-live-2h")}));
        QCOMPARE(snapshot.sessions.at(0).user,
            numericUser ? QStringLiteral("1") : QStringLiteral("user-1"));
        // Time left on the database's clock: inserted 10 min ahead of its now(), read a moment
        // later.
        const qint64 left = snapshot.serverTime.msecsTo(snapshot.sessions.at(0).expiresAt);
        QVERIFY2(left > 9 * 60 * 1000 && left <= 10 * 60 * 1000, qPrintable(QString::number(left)));
    }

    // Identifiers are quoted by libpq (PQescapeIdentifier) on the live connection: names
    // that need quoting reach the server as exactly those names.
    void awkwardIdentifiersReachTheServerAsNamed_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("userColumn");
        QTest::addColumn<QString>("expiresColumn");
        QTest::addColumn<QString>("tokenColumn");
        QTest::newRow("double quotes in table and column names") << "the \"sessions\""
                                                                 << "user\"id"
                                                                 << "ex\"\"pires"
                                                                 << "\"token\"";
        QTest::newRow("spaces") << "login sessions"
                                << "user id"
                                << "expires at"
                                << "session token";
        QTest::newRow("mixed case") << "LoginSession"
                                    << "UserId"
                                    << "ExpiresAt"
                                    << "SessionToken";
        QTest::newRow("unicode") << QStringLiteral("Sitzungen_ÄÖÜ_会话")
                                 << QStringLiteral("benutzer_ß") << QStringLiteral("läuft_ab")
                                 << QStringLiteral("jeton_é");
        QTest::newRow("percent, backslash and dollar signs") << "s%1\\n$1"
                                                             << "u%2"
                                                             << "e$$x"
                                                             << "t'\\";
    }
    void awkwardIdentifiersReachTheServerAsNamed()
    {
        QFETCH(QString, table);
        QFETCH(QString, userColumn);
        QFETCH(QString, expiresColumn);
        QFETCH(QString, tokenColumn);
        const QString qualified = quoted(m_schema) + u'.' + quoted(table);
        QVERIFY(pgExec(m_admin.get(), QStringLiteral("DROP TABLE IF EXISTS %1").arg(qualified)));
        QVERIFY(pgExec(m_admin.get(),
            QStringLiteral("CREATE TABLE %1 (%2 text, %3 timestamptz, %4 text)")
                .arg(qualified, quoted(userColumn), quoted(expiresColumn), quoted(tokenColumn))));
        QVERIFY(pgExec(m_admin.get(),
            QStringLiteral("INSERT INTO %1 VALUES ('ü-user', now() + interval '1 hour', "
                           "'tok-awkward'), ('gone', now() - interval '1 hour', 'x')")
                .arg(qualified)));

        Monitored monitored{fixtureConninfo()};
        SessionsTableSource::Options options;
        options.table = specFor(m_schema, table);
        options.table.userIdColumn = userColumn;
        options.table.expiresColumn = expiresColumn;
        options.table.sessionTokenColumn = tokenColumn;
        SessionsTableSource source{monitored.monitor, options};
        QVERIFY(fetch(source));
        QVERIFY2(source.feed().isFresh(),
            qPrintable(source.feed().error().value_or(SourceError{}).toString()));
        const SessionSnapshot& snapshot = *source.feed().lastGood();
        QCOMPARE(snapshot.sessions.size(), 1);
        QCOMPARE(snapshot.sessions.at(0).user, QStringLiteral("ü-user"));
        QCOMPARE(snapshot.sessions.at(0).hash, SessionRecord::shortHash("tok-awkward"));
    }

    // An injection attempt in the baseline's table name stays one identifier: the lookup
    // names a table that does not exist, and the table the attempt tries to drop survives.
    void injectionInTheBaselinesTableNameStaysAnIdentifier_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("quote, semicolon and DROP") << "Session\"; DROP TABLE %1.victim; --";
        QTest::newRow("closing the lateral subquery") << "x\" s) ; DROP TABLE %1.victim; --";
        QTest::newRow("dollar quoting") << "$$; DROP TABLE %1.victim; $$";
    }
    void injectionInTheBaselinesTableNameStaysAnIdentifier()
    {
        QFETCH(QString, table);
        table = table.arg(m_schema);
        QVERIFY(pgExec(m_admin.get(),
            QStringLiteral("CREATE TABLE IF NOT EXISTS %1.victim (id int)").arg(m_schema)));

        // Through the baseline loader, as a user's baseline file would bring it.
        QFile file{QStringLiteral(":/baselines/default.json")};
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject spec = json.value(QStringLiteral("sessionsTable")).toObject();
        spec.insert(QStringLiteral("schema"), m_schema);
        spec.insert(QStringLiteral("table"), table);
        json.insert(QStringLiteral("sessionsTable"), spec);
        const Result<Baseline> baseline
            = BaselineLoader::parse(QJsonDocument{json}.toJson(), QStringLiteral("injection.json"));
        QVERIFY2(baseline.ok(), qPrintable(baseline ? QString{} : baseline.error().toString()));
        QCOMPARE(baseline->sessionsTable.table, table);

        Monitored monitored{fixtureConninfo()};
        SessionsTableSource::Options options;
        options.table = baseline->sessionsTable;
        options.baselineName = baseline->sourcePath;
        SessionsTableSource source{monitored.monitor, options};
        QVERIFY(fetch(source));
        QVERIFY(!source.feed().isFresh());
        QCOMPARE(source.feed().error()->kind, Kind::MissingTable);
        QCOMPARE(pgScalar(m_admin.get(),
                     QStringLiteral("SELECT to_regclass('%1.victim') IS NOT NULL").arg(m_schema)),
            QStringLiteral("t"));
    }

    void escapeIdentifierNeedsTheConnection()
    {
        ActivityMonitor monitor{defaultBaseline()};
        const Result<QByteArray> offline = monitor.escapeIdentifier(u"Session");
        QVERIFY(!offline.ok());
        QVERIFY(offline.error().message.contains(QStringLiteral("not connected")));

        ActivityMonitor::Options options;
        options.conninfo = fixtureConninfo();
        QSignalSpy state{&monitor, &ActivityMonitor::stateChanged};
        monitor.start(options);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.state() == ActivityMonitor::State::Connected, 20000);
        const Result<QByteArray> online = monitor.escapeIdentifier(u"my\"Session");
        QVERIFY(online.ok());
        QCOMPARE(*online, QByteArrayLiteral("\"my\"\"Session\""));
        monitor.stop();
        QVERIFY(!monitor.escapeIdentifier(u"Session").ok());
    }

    // Quoted again on a new connection: after a restart of the monitor the source still reads.
    void namesAreQuotedAgainAfterAReconnect()
    {
        QVERIFY(pgExec(m_admin.get(),
            QStringLiteral(
                R"(CREATE TABLE IF NOT EXISTS %1."Re Connect" ("sessionToken" text, "userId" text, expires timestamptz); INSERT INTO %1."Re Connect" VALUES ('tok-r', 'r', now() + interval '1 hour'))")
                .arg(m_schema)));
        Monitored monitored{fixtureConninfo()};
        SessionsTableSource source{
            monitored.monitor, {specFor(m_schema, QStringLiteral("Re Connect")), {}, 10}};
        QVERIFY(fetch(source));
        QVERIFY(source.feed().isFresh());
        monitored.monitor.stop();
        QVERIFY(fetch(source));
        QCOMPARE(source.feed().error()->kind, Kind::DatabaseUnavailable);
        ActivityMonitor::Options options;
        options.conninfo = fixtureConninfo() + " client_encoding=LATIN1";
        monitored.monitor.start(options);
        QVERIFY(fetch(source)); // waits for the connection, then quotes on it
        QVERIFY2(source.feed().isFresh(),
            qPrintable(source.feed().error().value_or(SourceError{}).toString()));
    }

    void wrongBaselineNamesTheKeyToFix_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("userColumn");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing table")
            << "NoSuchTable"
            << "userId" << Kind::MissingTable << "sessionsTable.schema and sessionsTable.table";
        QTest::newRow("missing column")
            << "Session"
            << "user_id" << Kind::MissingColumn << "sessionsTable.columns.userId";
        QTest::newRow("expires is text")
            << "textual"
            << "userId" << Kind::UnsupportedColumnType << "sessionsTable.columns.expires";
    }
    void wrongBaselineNamesTheKeyToFix()
    {
        QFETCH(QString, table);
        QFETCH(QString, userColumn);
        QFETCH(Kind, kind);
        QFETCH(QString, says);
        QVERIFY(pgExec(m_admin.get(),
            QStringLiteral(
                R"(CREATE TABLE IF NOT EXISTS %1."Session" (id text PRIMARY KEY, "sessionToken" text NOT NULL, "userId" text NOT NULL, expires timestamp(3) NOT NULL))")
                .arg(m_schema)));
        QVERIFY(pgExec(m_admin.get(),
            QStringLiteral(
                R"(CREATE TABLE IF NOT EXISTS %1.textual ("sessionToken" text, "userId" text, expires text))")
                .arg(m_schema)));
        Monitored monitored{fixtureConninfo()};
        SessionsTableSource::Options options;
        options.table = specFor(m_schema, table);
        options.table.userIdColumn = userColumn;
        options.baselineName = QStringLiteral("my-baseline.json");
        SessionsTableSource source{monitored.monitor, options};
        QVERIFY(fetch(source));
        QVERIFY(!source.feed().isFresh());
        const SourceError& error = *source.feed().error();
        QCOMPARE(error.kindName(), SourceError::kindName(kind));
        QVERIFY2(error.message.contains(says), qPrintable(error.toString()));
        QVERIFY2(error.message.contains(QStringLiteral("my-baseline.json")),
            qPrintable(error.toString()));
        if (kind == Kind::MissingColumn)
            QVERIFY2(error.message.contains(QStringLiteral("\"user_id\"")),
                qPrintable(error.toString()));
    }

    void droppedTableKeepsLastGoodDataStale()
    {
        QVERIFY(pgExec(m_admin.get(),
            QStringLiteral(
                R"(CREATE TABLE %1.dropme ("sessionToken" text, "userId" text, expires timestamptz); INSERT INTO %1.dropme VALUES ('tok-a', 'a', now() + interval '1 hour'))")
                .arg(m_schema)));
        Monitored monitored{fixtureConninfo()};
        SessionsTableSource::Options options;
        options.table = specFor(m_schema, QStringLiteral("dropme"));
        SessionsTableSource source{monitored.monitor, options};
        QVERIFY(fetch(source));
        QVERIFY(source.feed().isFresh());
        QVERIFY(pgExec(m_admin.get(), QStringLiteral("DROP TABLE %1.dropme").arg(m_schema)));
        QVERIFY(fetch(source));
        QVERIFY(source.feed().isStale());
        QCOMPARE(source.feed().error()->kind, Kind::MissingTable);
        QCOMPARE(source.feed().lastGood()->sessions.size(), 1);
    }

    void roleWithoutSelectIsPermissionDenied()
    {
        const QString role = m_schema + QStringLiteral("_reader");
        QVERIFY(pgExec(m_admin.get(),
            QStringLiteral(
                R"(CREATE TABLE %1.private_sessions ("sessionToken" text, "userId" text, expires timestamptz); CREATE ROLE %2 LOGIN; GRANT USAGE ON SCHEMA %1 TO %2)")
                .arg(m_schema, role)));
        Monitored monitored{fixtureConninfo() + " user=" + role.toUtf8()};
        SessionsTableSource::Options options;
        options.table = specFor(m_schema, QStringLiteral("private_sessions"));
        SessionsTableSource source{monitored.monitor, options};
        QVERIFY(fetch(source));
        QCOMPARE(source.feed().error()->kind, Kind::PermissionDenied);
        QCOMPARE(source.feed().error()->code, QStringLiteral("42501"));
        QVERIFY(source.feed().error()->message.contains(
            QStringLiteral("GRANT SELECT"), Qt::CaseInsensitive));
    }

    void unreachableServerIsDatabaseUnavailable()
    {
        Monitored monitored{"host=127.0.0.1 port=1 dbname=x connect_timeout=5"};
        SessionsTableSource::Options options;
        options.table = specFor(m_schema, QStringLiteral("Session"));
        SessionsTableSource source{monitored.monitor, options};
        QVERIFY(fetch(source));
        QCOMPARE(source.feed().error()->kind, Kind::DatabaseUnavailable);
        QVERIFY(source.feed().error()->toString().contains(QStringLiteral("127.0.0.1:1")));
    }

    void rowLimitMarksTheDataTruncated()
    {
        QVERIFY(pgExec(m_admin.get(),
            QStringLiteral(
                R"(CREATE TABLE %1.many ("sessionToken" text, "userId" text, expires timestamptz); INSERT INTO %1.many SELECT 'tok-' || i, 'u' || i, now() + i * interval '1 minute' FROM generate_series(1, 5) i)")
                .arg(m_schema)));
        Monitored monitored{fixtureConninfo()};
        SessionsTableSource::Options options;
        options.table = specFor(m_schema, QStringLiteral("many"));
        options.maxRows = 3;
        SessionsTableSource source{monitored.monitor, options};
        QVERIFY(fetch(source));
        QVERIFY(source.feed().isFresh());
        QCOMPARE(source.feed().lastGood()->sessions.size(), 3);
        QVERIFY(source.feed().lastGood()->truncated);
        QCOMPARE(
            source.feed().lastGood()->sessions.at(0).user, QStringLiteral("u1")); // nearest first
    }

    void monitorAndSourceShareOneBackend()
    {
        // opsdash holds exactly one backend per target: with the monitor polling and the
        // sessions-table source fetching, pg_stat_activity shows one opsdash backend, and it
        // is the one that ran the sessions query.
        QVERIFY(pgExec(m_admin.get(),
            QStringLiteral(
                R"(CREATE TABLE %1.shared ("sessionToken" text, "userId" text, expires timestamptz); INSERT INTO %1.shared VALUES ('tok-s', 's', now() + interval '1 hour'))")
                .arg(m_schema)));
        Monitored monitored{fixtureConninfo()};
        QSignalSpy sampled{&monitored.monitor, &ActivityMonitor::sampled};
        SessionsTableSource source{
            monitored.monitor, {specFor(m_schema, QStringLiteral("shared")), {}, 100}};
        source.start(std::chrono::milliseconds{300});
        QTRY_VERIFY_WITH_TIMEOUT(sampled.size() >= 3, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(source.feed().isFresh(), 20000);
        QVERIFY(monitored.monitor.state() == ActivityMonitor::State::Connected);

        const QString backends = pgScalar(m_admin.get(),
            QStringLiteral(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'opsdash' "
                "AND datname = current_database()"));
        QCOMPARE(backends, QStringLiteral("1"));
        // The sessions query is the last statement of a backend only between polls; wait for
        // a moment where it is, and check whose backend that is.
        const QString ranBy = QStringLiteral(
            "SELECT coalesce(string_agg(pid::text, ','), '') FROM pg_stat_activity WHERE "
            "application_name = 'opsdash' AND query LIKE '%sessionToken%' AND query LIKE "
            "'%shared%'");
        QTRY_VERIFY_WITH_TIMEOUT(!pgScalar(m_admin.get(), ranBy).isEmpty(), 20000);
        QCOMPARE(pgScalar(m_admin.get(), ranBy), QString::number(monitored.monitor.backendPid()));
        source.stop();
    }

    void fetchWhileTheMonitorIsStoppedIsDatabaseUnavailable()
    {
        ActivityMonitor monitor{defaultBaseline()};
        SessionsTableSource source{monitor, {specFor(m_schema, QStringLiteral("Session")), {}, 10}};
        QVERIFY(fetch(source));
        QCOMPARE(source.feed().error()->kind, Kind::DatabaseUnavailable);
    }

private:
    static QString quoted(QString name)
    {
        return u'"' + name.replace(u'"', QStringLiteral("\"\"")) + u'"';
    }

    static bool fetch(SessionsTableSource& source)
    {
        QSignalSpy finished{&source, &LoginSessionSource::finished};
        return source.fetchNow() && finished.wait(30000);
    }

    Connection m_admin{nullptr, &PQfinish};
    QString m_schema;
};

QTEST_GUILESS_MAIN(TestSessionsTableSource)
#include "tst_sessionstablesource.moc"
