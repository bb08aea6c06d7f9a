// The live monitor against real PostgreSQL servers: exact attribution and counting,
// hidden states, and recovery from restarts, a server that is down or full.
#include "TestCluster.h"
#include "model/BaselineLoader.h"
#include "pg/ActivityMonitor.h"
#include "pg/ActivityQuery.h"
#include "support/DefaultBaseline.h"
#include "support/PgExec.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <libpq-fe.h>
#include <memory>

using namespace opsdash;
using namespace opsdash::test;
using namespace std::chrono_literals;

namespace {

using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;

Connection open(const QByteArray& conninfo, const char* applicationName = nullptr)
{
    const char* keywords[] = {"dbname", applicationName ? "application_name" : nullptr, nullptr};
    const char* values[] = {conninfo.constData(), applicationName, nullptr};
    return Connection{PQconnectdbParams(keywords, values, 1), &PQfinish};
}

int countOpsdashBackends(const QByteArray& conninfo)
{
    const Connection admin = open(conninfo, "opsdash-test-admin");
    std::unique_ptr<PGresult, decltype(&PQclear)> result{
        PQexec(admin.get(),
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'opsdash'"),
        &PQclear};
    return PQresultStatus(result.get()) == PGRES_TUPLES_OK
        ? QByteArray{PQgetvalue(result.get(), 0, 0)}.toInt()
        : -1;
}

// The first value of a one-row answer ("" when there is none).
QByteArray pgValue(PGconn* connection, const QByteArray& sql)
{
    std::unique_ptr<PGresult, decltype(&PQclear)> result{
        PQexec(connection, sql.constData()), &PQclear};
    return PQntuples(result.get()) == 1 ? QByteArray{PQgetvalue(result.get(), 0, 0)} : QByteArray{};
}

// Open file descriptors of this process: a leaked socket shows here.
int openDescriptors()
{
    return static_cast<int>(
        QDir{QStringLiteral("/proc/self/fd")}.entryList(QDir::Files | QDir::System).size());
}

ActivityMonitor::Options quickOptions(const QByteArray& conninfo)
{
    ActivityMonitor::Options options;
    options.conninfo = conninfo;
    options.interval = 1s;
    options.firstRetry = 200ms;
    options.retryCap = 2s;
    options.connectTimeout = 5s;
    return options;
}

// Keeps a statement running on the server until destroyed.
struct Sleeper
{
    Connection connection;
    explicit Sleeper(Connection c)
        : connection{std::move(c)}
    {
        PQsendQuery(connection.get(), "SELECT pg_sleep(120)");
    }
    ~Sleeper()
    {
        if (PGcancel* cancel = PQgetCancel(connection.get())) {
            char error[256];
            PQcancel(cancel, error, sizeof error);
            PQfreeCancel(cancel);
        }
    }
};

} // namespace

class TestActivityMonitor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("OPSDASH_TEST_PG_CONNINFO"),
            "run through ctest (fixture pg)");
        const Connection admin = open(shared(), "opsdash-test-admin");
        QVERIFY2(PQstatus(admin.get()) == CONNECTION_OK, PQerrorMessage(admin.get()));
        // Idempotent: the fixture cluster is shared with other tests.
        for (const char* sql : {"DO $$BEGIN CREATE ROLE tam_web LOGIN; EXCEPTION WHEN "
                                "duplicate_object THEN NULL; END$$",
                 "DO $$BEGIN CREATE ROLE tam_sched LOGIN; EXCEPTION WHEN duplicate_object THEN "
                 "NULL; END$$",
                 "DO $$BEGIN CREATE ROLE tam_watcher LOGIN; EXCEPTION WHEN duplicate_object THEN "
                 "NULL; END$$"})
            QVERIFY(pgExec(admin.get(), sql));
    }

    void sessionsAreAttributedAndCountedExactly()
    {
        const QByteArray web = shared() + " user=tam_web";
        const QByteArray sched = shared() + " user=tam_sched";
        const Connection webIdle1 = open(web, "postgres.js");
        const Connection webIdle2 = open(web, "postgres.js");
        const Sleeper webActive{open(web, "postgres.js")};
        const Connection schedIdle = open(sched, "scheduling-service");
        const Connection schedInTransaction = open(sched, "scheduling-service-batch");
        QVERIFY(pgExec(schedInTransaction.get(), "BEGIN"));
        QVERIFY(pgExec(schedInTransaction.get(), "SELECT 1"));
        const Connection unnamed = open(sched); // Go's lib/pq sends no application_name

        ActivityMonitor monitor{defaultBaseline()};
        QSignalSpy samples{&monitor, &ActivityMonitor::sampled};
        monitor.start(quickOptions(shared()));
        // The sleeper's state may take a moment to show as active: wait for a settled sample.
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty()
                && samples.last().at(0).value<ActivitySample>().pool(u"web")->count(
                       BackendState::Active)
                    == 1,
            15000);
        const ActivitySample sample = samples.last().at(0).value<ActivitySample>();

        const PoolUsage* webPool = sample.pool(u"web");
        QCOMPARE(webPool->count(BackendState::Idle), 2);
        QCOMPARE(webPool->count(BackendState::Active), 1);
        QCOMPARE(webPool->total(), 3);
        const PoolUsage* schedulingPool = sample.pool(u"scheduling");
        QCOMPARE(schedulingPool->count(BackendState::Idle), 1);
        QCOMPARE(schedulingPool->count(BackendState::IdleInTransaction), 1);
        QCOMPARE(schedulingPool->total(), 2);
        QCOMPARE(sample.pool(u"monitor")->total(), 1);

        const int unnamedPid = PQbackendPID(unnamed.get());
        bool foundUnnamed = false;
        for (const BackendSession& session : sample.sessions()) {
            QVERIFY2(session.pid != monitor.backendPid(), "opsdash's own backend is listed");
            if (session.pid == unnamedPid) {
                foundUnnamed = true;
                QCOMPARE(session.pool, QStringLiteral("other"));
                QCOMPARE(session.usename, QStringLiteral("tam_sched"));
            }
        }
        QVERIFY(foundUnnamed);
        QVERIFY(sample.serverTime.isValid());
        QVERIFY(monitor.serverFacts().has_value());
        QCOMPARE(monitor.serverFacts()->maxConnections, 200);
        QCOMPARE(countOpsdashBackends(shared()), 1);
    }

    void serverSendsOnlyWhatChangedSinceTheCutoff()
    {
        const Connection session = open(shared(), "tam-carry");
        QVERIFY(pgExec(session.get(), "SELECT 'carry-marker-1'"));
        const Connection busy = open(shared(), "tam-carry-busy");
        QVERIFY(PQsendQuery(busy.get(), "SELECT 'carry-busy', pg_sleep(5)") == 1);
        const Connection admin = open(shared(), "opsdash-test-admin");
        // When each session entered its state (-1 while it is in another one).
        const auto stateChangeMs = [&](PGconn* connection, const QByteArray& state) {
            const QByteArray sql = "SELECT (date_part('epoch', state_change) * 1000)::int8 FROM "
                                   "pg_stat_activity WHERE state = '"
                + state + "' AND pid = " + QByteArray::number(PQbackendPID(connection));
            std::unique_ptr<PGresult, decltype(&PQclear)> changed{
                PQexec(admin.get(), sql.constData()), &PQclear};
            return PQntuples(changed.get()) == 1
                ? QByteArray{PQgetvalue(changed.get(), 0, 0)}.toLongLong()
                : qint64{-1};
        };
        QTRY_VERIFY(stateChangeMs(busy.get(), "active") > 0);
        const qint64 idleSince = stateChangeMs(session.get(), "idle");
        const qint64 activeSince = stateChangeMs(busy.get(), "active");
        QVERIFY(idleSince > 0);

        // The poll's own statement, run with a cutoff before and after each session's last
        // state changes: before, both come whole with their texts; after, the idle one
        // comes as its pid in the summary row and the active one whole, without its text.
        const auto howSent = [&](const QByteArray& cutoff, PGconn* connection) -> QByteArray {
            const QByteArray sql = ActivityQuery::activitySql(0);
            const char* values[] = {"1024", cutoff.isNull() ? nullptr : cutoff.constData()};
            std::unique_ptr<PGresult, decltype(&PQclear)> result{
                PQexecParams(admin.get(), sql.constData(), 2, nullptr, values, nullptr, nullptr, 0),
                &PQclear};
            const QByteArray pid = QByteArray::number(PQbackendPID(connection));
            for (int row = 0; row < PQntuples(result.get()); ++row) {
                if (PQgetisnull(result.get(), row, 1)) {
                    if (QByteArray{PQgetvalue(result.get(), row, 14)}.split(',').contains(pid))
                        return "by pid";
                } else if (QByteArray{PQgetvalue(result.get(), row, 1)} == pid) {
                    return PQgetisnull(result.get(), row, 13)
                        ? QByteArray{"whole, no text"}
                        : "whole: " + QByteArray{PQgetvalue(result.get(), row, 13)};
                }
            }
            return "not found";
        };
        QCOMPARE(howSent({}, session.get()), QByteArray{"whole: SELECT 'carry-marker-1'"});
        QCOMPARE(howSent(QByteArray::number(idleSince - 1), session.get()),
            QByteArray{"whole: SELECT 'carry-marker-1'"});
        QCOMPARE(howSent(QByteArray::number(idleSince + 1), session.get()), QByteArray{"by pid"});
        QCOMPARE(howSent({}, busy.get()), QByteArray{"whole: SELECT 'carry-busy', pg_sleep(5)"});
        QCOMPARE(howSent(QByteArray::number(activeSince - 1), busy.get()),
            QByteArray{"whole: SELECT 'carry-busy', pg_sleep(5)"});
        QCOMPARE(
            howSent(QByteArray::number(activeSince + 1), busy.get()), QByteArray{"whole, no text"});
        PGcancel* cancel = PQgetCancel(busy.get());
        char error[256];
        QVERIFY(PQcancel(cancel, error, sizeof error) == 1);
        PQfreeCancel(cancel);
    }

    void quietPollSendsByPidOnlyIdleSessionsWithNoStatementSinceTheCutoff()
    {
        const Connection admin = open(shared(), "opsdash-test-admin");
        const auto serverMs = [&]() {
            std::unique_ptr<PGresult, decltype(&PQclear)> now{
                PQexec(admin.get(), "SELECT (date_part('epoch', clock_timestamp()) * 1000)::int8"),
                &PQclear};
            return QByteArray{PQgetvalue(now.get(), 0, 0)}.toLongLong();
        };
        const qint64 before = serverMs();
        const Connection idle = open(shared(), "tam-quiet-idle");
        QVERIFY(pgExec(idle.get(), "SELECT 'quiet-marker-1'"));
        const Connection inTransaction = open(shared(), "tam-quiet-tx");
        QVERIFY(pgExec(inTransaction.get(), "BEGIN"));
        QVERIFY(pgExec(inTransaction.get(), "SELECT 'quiet-tx'"));
        const Connection fresh = open(shared(), "tam-quiet-fresh"); // never ran a statement
        const Connection busy = open(shared(), "tam-quiet-busy");
        QVERIFY(PQsendQuery(busy.get(), "SELECT 'quiet-busy', pg_sleep(5)") == 1);
        const auto pidOf = [](PGconn* connection) {
            return QByteArray::number(PQbackendPID(connection));
        };
        // The poll's quiet statement with a cutoff and the pids the previous poll saw idle.
        const auto howSent = [&](qint64 cutoff, const QByteArrayList& carryable,
                                 PGconn* connection) -> QByteArray {
            const QByteArray sql = ActivityQuery::quietActivitySql();
            const QByteArray cut = QByteArray::number(cutoff);
            const QByteArray pids = '{' + carryable.join(',') + '}';
            const char* values[] = {"1024", cut.constData(), pids.constData()};
            std::unique_ptr<PGresult, decltype(&PQclear)> result{
                PQexecParams(admin.get(), sql.constData(), 3, nullptr, values, nullptr, nullptr, 0),
                &PQclear};
            if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
                return "failed: " + QByteArray{PQresultErrorMessage(result.get())};
            const QByteArray pid = pidOf(connection);
            for (int row = 0; row < PQntuples(result.get()); ++row) {
                if (PQgetisnull(result.get(), row, 1)) {
                    if (QByteArray{PQgetvalue(result.get(), row, 14)}.split(',').contains(pid))
                        return "by pid";
                } else if (QByteArray{PQgetvalue(result.get(), row, 1)} == pid) {
                    return QByteArray{PQgetvalue(result.get(), row, 10)}
                    + (PQgetisnull(result.get(), row, 13)
                            ? QByteArray{", no text"}
                            : ": " + QByteArray{PQgetvalue(result.get(), row, 13)});
                }
            }
            return "not found";
        };
        QTRY_VERIFY(howSent(0, {}, busy.get()).startsWith("active"));
        // Every statement above ran between `before` and `after`.
        const qint64 after = serverMs() + 10;
        QTRY_VERIFY(serverMs() > after + 10);
        const QByteArrayList carryable{pidOf(idle.get()), pidOf(inTransaction.get())};

        // Idle since before the cutoff and carryable: by pid; otherwise whole.
        QCOMPARE(howSent(after, carryable, idle.get()), QByteArray{"by pid"});
        QCOMPARE(howSent(after, carryable, inTransaction.get()), QByteArray{"by pid"});
        QCOMPARE(howSent(after, {pidOf(fresh.get())}, fresh.get()), QByteArray{"by pid"});
        QCOMPARE(
            howSent(before, carryable, idle.get()), QByteArray{"idle: SELECT 'quiet-marker-1'"});
        QCOMPARE(howSent(after, {}, idle.get()), QByteArray{"idle, no text"});
        QCOMPARE(
            howSent(after, {}, inTransaction.get()), QByteArray{"idle in transaction, no text"});
        // An active session (never carryable) comes whole; its text while it is new.
        QCOMPARE(howSent(after, {}, busy.get()), QByteArray{"active, no text"});
        QCOMPARE(howSent(before, {}, busy.get()),
            QByteArray{"active: SELECT 'quiet-busy', pg_sleep(5)"});
        // A statement after the cutoff makes the session whole again, even if it was idle.
        QVERIFY(pgExec(idle.get(), "SELECT 'quiet-marker-2'"));
        QCOMPARE(
            howSent(after, carryable, idle.get()), QByteArray{"idle: SELECT 'quiet-marker-2'"});
        QVERIFY(pgExec(inTransaction.get(), "COMMIT"));
        QCOMPARE(howSent(after, carryable, inTransaction.get()), QByteArray{"idle: COMMIT"});
        PGcancel* cancel = PQgetCancel(busy.get());
        char error[256];
        QVERIFY(PQcancel(cancel, error, sizeof error) == 1);
        PQfreeCancel(cancel);
    }

    void fixedFieldsAreSentOnlyForABackendStartedAfterTheCutoff()
    {
        // Role, database, client address and backend start never change for a backend: the
        // poll sends them for a backend that started after the cutoff (so a new backend
        // under a reused pid always brings its own), and NULL for one that started before
        // (it was in the previous poll under that pid). Both statements do.
        const QByteArray tcp = qgetenv("OPSDASH_TEST_PG_TCP_CONNINFO")
            + " password=" + qgetenv("OPSDASH_TEST_PG_PASSWORD");
        const Connection admin = open(shared(), "opsdash-test-admin");
        const Connection session = open(tcp, "tam-fixed");
        QVERIFY2(PQstatus(session.get()) == CONNECTION_OK, PQerrorMessage(session.get()));
        const QByteArray pid = QByteArray::number(PQbackendPID(session.get()));
        const QByteArray startedSql = "SELECT (date_part('epoch', backend_start) * 1000)::int8 "
                                      "FROM pg_stat_activity WHERE pid = "
            + pid;
        std::unique_ptr<PGresult, decltype(&PQclear)> started{
            PQexec(admin.get(), startedSql.constData()), &PQclear};
        QCOMPARE(PQntuples(started.get()), 1);
        const qint64 backendStart = QByteArray{PQgetvalue(started.get(), 0, 0)}.toLongLong();
        // Columns 2 to 6 of the session's row: usename, datid, application_name,
        // client_addr, backend_start ("-" for NULL).
        const auto fixedSent = [&](const QByteArray& sql, const QByteArray& cutoff) -> QByteArray {
            const char* values[] = {"1024", cutoff.isNull() ? nullptr : cutoff.constData(), "{}"};
            std::unique_ptr<PGresult, decltype(&PQclear)> result{
                PQexecParams(admin.get(), sql.constData(), sql.contains("$3") ? 3 : 2, nullptr,
                    values, nullptr, nullptr, 0),
                &PQclear};
            if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
                return "failed: " + QByteArray{PQresultErrorMessage(result.get())};
            for (int row = 0; row < PQntuples(result.get()); ++row) {
                if (PQgetisnull(result.get(), row, 1)
                    || QByteArray{PQgetvalue(result.get(), row, 1)} != pid)
                    continue;
                QByteArrayList fields;
                for (int column = 2; column <= 6; ++column)
                    fields.append(PQgetisnull(result.get(), row, column)
                            ? QByteArray{"-"}
                            : QByteArray{PQgetvalue(result.get(), row, column)});
                return fields.join(' ');
            }
            return QByteArray{"not found"};
        };
        const QByteArray datid = [&] {
            std::unique_ptr<PGresult, decltype(&PQclear)> oid{
                PQexec(admin.get(), "SELECT oid FROM pg_database WHERE datname = 'postgres'"),
                &PQclear};
            return QByteArray{PQgetvalue(oid.get(), 0, 0)};
        }();
        const QByteArray whole
            = "postgres " + datid + " tam-fixed 127.0.0.1/32 " + QByteArray::number(backendStart);
        const QByteArray before = QByteArray::number(backendStart - 1);
        const QByteArray after = QByteArray::number(backendStart + 1);
        // A statement well after the backend start, so that no statement sends the session
        // by pid alone for having been idle since before the later cutoff.
        const QByteArray laterSql = "SELECT clock_timestamp() > to_timestamp("
            + QByteArray::number(backendStart + 20) + "::float8 / 1000)";
        QTRY_VERIFY(pgValue(admin.get(), laterSql) == "t");
        QVERIFY(pgExec(session.get(), "SELECT 'tam-fixed'"));
        for (const QByteArray& sql : {ActivityQuery::activitySql(0),
                 ActivityQuery::changingActivitySql(), ActivityQuery::quietActivitySql()}) {
            QCOMPARE(fixedSent(sql, before), whole);
            QCOMPARE(fixedSent(sql, after), QByteArray{"- - tam-fixed - -"});
        }
        QCOMPARE(fixedSent(ActivityQuery::activitySql(0), {}), whole);
        QCOMPARE(fixedSent(ActivityQuery::changingActivitySql(), {}), whole);
    }

    void carriedFixedFieldsStayAndARenamedRoleShowsWithTheNextFacts()
    {
        // A role's name is carried with the backend's other fixed fields; a rename shows
        // with the next read of the facts, which every session follows whole.
        const Connection admin = open(shared(), "opsdash-test-admin");
        QVERIFY(pgExec(admin.get(),
            "DROP ROLE IF EXISTS tam_renamed; DROP ROLE IF EXISTS tam_rename; "
            "CREATE ROLE tam_rename LOGIN PASSWORD 'tam-rename'"));
        const QByteArray tcp
            = qgetenv("OPSDASH_TEST_PG_TCP_CONNINFO") + " user=tam_rename password=tam-rename";
        auto session = std::make_unique<Connection>(open(tcp, "postgres.js"));
        QVERIFY2(PQstatus(session->get()) == CONNECTION_OK, PQerrorMessage(session->get()));
        const int pid = PQbackendPID(session->get());
        const auto sessionOf = [pid](const QList<QVariant>& signal) {
            for (const BackendSession& backend : signal.at(0).value<ActivitySample>().sessions()) {
                if (backend.pid == pid)
                    return backend;
            }
            return BackendSession{};
        };

        ActivityMonitor monitor{defaultBaseline()};
        QSignalSpy samples{&monitor, &ActivityMonitor::sampled};
        ActivityMonitor::Options options = quickOptions(shared());
        options.factsInterval = 3s;
        monitor.start(options);
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 3, 15000);
        const BackendSession first = sessionOf(samples.first());
        QCOMPARE(first.usename, QStringLiteral("tam_rename"));
        QCOMPARE(first.datname, QStringLiteral("postgres"));
        QCOMPARE(first.clientAddr, QStringLiteral("127.0.0.1/32"));
        QCOMPARE(first.pool, QStringLiteral("web"));
        QVERIFY(first.backendStart.isValid());
        for (const QList<QVariant>& sample : std::as_const(samples)) {
            const BackendSession later = sessionOf(sample);
            QCOMPARE(later.usename, first.usename);
            QCOMPARE(later.datname, first.datname);
            QCOMPARE(later.clientAddr, first.clientAddr);
            QCOMPARE(later.backendStart, first.backendStart);
            QCOMPARE(later.pool, first.pool);
        }

        QVERIFY(pgExec(admin.get(), "ALTER ROLE tam_rename RENAME TO tam_renamed"));
        QTRY_COMPARE_WITH_TIMEOUT(
            sessionOf(samples.last()).usename, QStringLiteral("tam_renamed"), 15000);
        QCOMPARE(sessionOf(samples.last()).clientAddr, QStringLiteral("127.0.0.1/32"));
        monitor.stop();
        session.reset();
        QTRY_VERIFY(pgExec(admin.get(), "DROP ROLE IF EXISTS tam_renamed"));
    }

    void carriedQueryTextsStayVisibleAndFollowANewQuery()
    {
        const Connection session = open(shared(), "tam-carry");
        QVERIFY(pgExec(session.get(), "SELECT 'carry-marker-2'"));
        const int pid = PQbackendPID(session.get());
        const auto textOf = [pid](const ActivitySample& sample) {
            for (const BackendSession& backend : sample.sessions()) {
                if (backend.pid == pid)
                    return backend.query;
            }
            return QStringLiteral("<session not found>");
        };

        ActivityMonitor monitor{defaultBaseline()};
        QSignalSpy samples{&monitor, &ActivityMonitor::sampled};
        monitor.start(quickOptions(shared()));
        // The first poll sends every text; the following ones carry this one over (its
        // state last changed more than the cutoff's second before).
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 4, 15000);
        for (const QList<QVariant>& sample : std::as_const(samples))
            QCOMPARE(textOf(sample.at(0).value<ActivitySample>()),
                QStringLiteral("SELECT 'carry-marker-2'"));

        QVERIFY(pgExec(session.get(), "SELECT 'carry-marker-3'"));
        QTRY_COMPARE_WITH_TIMEOUT(textOf(samples.last().at(0).value<ActivitySample>()),
            QStringLiteral("SELECT 'carry-marker-3'"), 10000);
        const int seen = static_cast<int>(samples.size());
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= seen + 2, 10000);
        QCOMPARE(textOf(samples.last().at(0).value<ActivitySample>()),
            QStringLiteral("SELECT 'carry-marker-3'"));
    }

    void blockedSessionShowsItsLockWaitUntilTheHolderEnds()
    {
        const Connection admin = open(shared(), "opsdash-test-admin");
        QVERIFY(pgExec(admin.get(),
            "SET client_min_messages = warning; CREATE TABLE IF NOT EXISTS tam_blocking (id int "
            "PRIMARY KEY, n int NOT NULL); "
            "INSERT INTO tam_blocking VALUES (1, 0) ON CONFLICT DO NOTHING"));
        const Connection holder = open(shared(), "tam-lock-holder");
        QVERIFY(pgExec(holder.get(), "BEGIN"));
        QVERIFY(pgExec(holder.get(), "UPDATE tam_blocking SET n = n + 1 WHERE id = 1"));
        const Connection waiter = open(shared(), "tam-lock-waiter");
        QVERIFY(PQsendQuery(waiter.get(), "UPDATE tam_blocking SET n = n + 1 WHERE id = 1") == 1);
        const int holderPid = PQbackendPID(holder.get());
        const int waiterPid = PQbackendPID(waiter.get());
        const auto sessionOf = [](const QList<QVariant>& signal, int pid) {
            for (const BackendSession& session : signal.at(0).value<ActivitySample>().sessions()) {
                if (session.pid == pid)
                    return session;
            }
            return BackendSession{};
        };

        ActivityMonitor monitor{defaultBaseline()};
        QSignalSpy samples{&monitor, &ActivityMonitor::sampled};
        monitor.start(quickOptions(shared()));
        // The waiter waits on the holder's transaction id; the holder is idle in its
        // transaction, waiting for its client. Polls after the first carry the holder over.
        QTRY_VERIFY_WITH_TIMEOUT(
            samples.size() >= 3 && sessionOf(samples.last(), waiterPid).waitEventType == u"Lock",
            15000);
        const BackendSession blocked = sessionOf(samples.last(), waiterPid);
        QCOMPARE(toString(blocked.state), toString(BackendState::Active));
        QCOMPARE(blocked.waitEvent, QStringLiteral("transactionid"));
        QCOMPARE(blocked.query, QStringLiteral("UPDATE tam_blocking SET n = n + 1 WHERE id = 1"));
        const BackendSession blocking = sessionOf(samples.last(), holderPid);
        QCOMPARE(toString(blocking.state), toString(BackendState::IdleInTransaction));
        QCOMPARE(blocking.waitEventType, QStringLiteral("Client"));
        QCOMPARE(blocking.waitEvent, QStringLiteral("ClientRead"));

        // The holder ends its transaction: the waiter's update goes through and it is idle,
        // with no lock wait left over from the samples before.
        QVERIFY(pgExec(holder.get(), "ROLLBACK"));
        QTRY_VERIFY_WITH_TIMEOUT(
            sessionOf(samples.last(), waiterPid).state == BackendState::Idle, 10000);
        QCOMPARE(sessionOf(samples.last(), waiterPid).waitEventType, QStringLiteral("Client"));
        QCOMPARE(
            toString(sessionOf(samples.last(), holderPid).state), toString(BackendState::Idle));
        while (PGresult* result = PQgetResult(waiter.get()))
            PQclear(result);
    }

    void queryTextsAreCutToTheLimitInCharacters()
    {
        // Multi-byte texts: the server cuts by characters, never inside one, and leaves
        // a text whole when it is no longer than the limit, however many bytes it has.
        const Connection session = open(shared(), "tam-text-limit");
        QVERIFY(pgExec(session.get(), "SELECT 'äöü-€€€-x'"));
        const Connection admin = open(shared(), "opsdash-test-admin");
        const auto textSent = [&](const char* limit) {
            const QByteArray sql = ActivityQuery::activitySql(0);
            const char* values[] = {limit, nullptr};
            std::unique_ptr<PGresult, decltype(&PQclear)> result{
                PQexecParams(admin.get(), sql.constData(), 2, nullptr, values, nullptr, nullptr, 0),
                &PQclear};
            const QByteArray pid = QByteArray::number(PQbackendPID(session.get()));
            for (int row = 0; row < PQntuples(result.get()); ++row) {
                if (!PQgetisnull(result.get(), row, 1)
                    && QByteArray{PQgetvalue(result.get(), row, 1)} == pid)
                    return QString::fromUtf8(PQgetvalue(result.get(), row, 13));
            }
            return QStringLiteral("<not found>");
        };
        // The statement is 18 characters, 27 bytes; cut at 26 bytes it would lose its quote.
        QCOMPARE(textSent("1024"), QStringLiteral("SELECT 'äöü-€€€-x'"));
        QCOMPARE(textSent("27"), QStringLiteral("SELECT 'äöü-€€€-x'"));
        QCOMPARE(textSent("26"), QStringLiteral("SELECT 'äöü-€€€-x'"));
        QCOMPARE(textSent("18"), QStringLiteral("SELECT 'äöü-€€€-x'"));
        QCOMPARE(textSent("17"), QStringLiteral("SELECT 'äöü-€€€-x"));
        QCOMPARE(textSent("11"), QStringLiteral("SELECT 'äöü"));
    }

    void queuedStatementsRideOnTheMonitoringBackend()
    {
        ActivityMonitor monitor{defaultBaseline()};
        QSignalSpy samples{&monitor, &ActivityMonitor::sampled};
        QSignalSpy answered{&monitor, &ActivityMonitor::queryAnswered};
        QSignalSpy refused{&monitor, &ActivityMonitor::queryRefused};

        const quint64 early = monitor.enqueueQuery(QByteArrayLiteral("SELECT 1"));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000); // not connected: refused, later
        QCOMPARE(refused.at(0).at(0).value<quint64>(), early);

        monitor.start(quickOptions(shared()));
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 15000);
        const quint64 pid = monitor.enqueueQuery(QByteArrayLiteral("SELECT pg_backend_pid()"));
        const quint64 write = monitor.enqueueQuery(QByteArrayLiteral("CREATE TABLE tam_x(i int)"));
        const quint64 param = monitor.enqueueQuery(QByteArrayLiteral("SELECT $1::int + 1"), {"41"});
        QTRY_COMPARE_WITH_TIMEOUT(answered.size() + refused.size(), 4, 10000);

        QCOMPARE(answered.size(), 2);
        QCOMPARE(answered.at(0).at(0).value<quint64>(), pid);
        QCOMPARE(answered.at(0).at(1).value<PgResult>().integer(0, 0), monitor.backendPid());
        QCOMPARE(answered.at(1).at(0).value<quint64>(), param);
        QCOMPARE(answered.at(1).at(1).value<PgResult>().integer(0, 0), 42);
        // The monitoring session is read-only: a write is refused by the server.
        QCOMPARE(refused.at(1).at(0).value<quint64>(), write);
        QCOMPARE(refused.at(1).at(1).value<Error>().code, QStringLiteral("25006"));

        // Polling carries on, still on the same one backend (other tests may hold opsdash
        // backends on the shared cluster meanwhile: the pid is what identifies ours).
        const int backend = monitor.backendPid();
        samples.clear();
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 2, 10000);
        QCOMPARE(monitor.backendPid(), backend);

        // Statements queued when monitoring stops are refused, none left hanging.
        refused.clear();
        monitor.enqueueQuery(QByteArrayLiteral("SELECT pg_sleep(0.5)"));
        monitor.enqueueQuery(QByteArrayLiteral("SELECT 2"));
        monitor.stop();
        QCOMPARE(refused.size(), 2);
    }

    // A sessions-table read is queued the moment the monitor connects, between the settings
    // query and the first poll: each answer goes to its own asker, and the first sample
    // carries the server's clock (an evidence window's start was blank without it).
    void statementQueuedOnConnectGetsItsOwnAnswer()
    {
        ActivityMonitor monitor{defaultBaseline()};
        QSignalSpy samples{&monitor, &ActivityMonitor::sampled};
        QSignalSpy answered{&monitor, &ActivityMonitor::queryAnswered};
        quint64 queued = 0;
        connect(&monitor, &ActivityMonitor::stateChanged, this, [&](ActivityMonitor::State state) {
            if (state == ActivityMonitor::State::Connected && queued == 0)
                queued = monitor.enqueueQuery(QByteArrayLiteral("SELECT 1, 2, 3"));
        });
        monitor.start(quickOptions(shared()));
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 2 && !answered.isEmpty(), 15000);
        monitor.stop();

        QVERIFY(queued != 0);
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.at(0).at(0).value<quint64>(), queued);
        QCOMPARE(answered.at(0).at(1).value<PgResult>().columns(), 3);
        for (const QList<QVariant>& signal : std::as_const(samples))
            QVERIFY(signal.at(0).value<ActivitySample>().serverTime.isValid());
    }

    void roleWithoutPgMonitorSeesHiddenStatesAsUnknown()
    {
        const QByteArray web = shared() + " user=tam_web";
        const Connection idle1 = open(web, "postgres.js");
        const Connection idle2 = open(web, "postgres.js");
        const QList<int> pids{PQbackendPID(idle1.get()), PQbackendPID(idle2.get())};

        ActivityMonitor monitor{defaultBaseline()};
        QSignalSpy samples{&monitor, &ActivityMonitor::sampled};
        monitor.start(quickOptions(shared() + " user=tam_watcher"));
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 15000);
        const ActivitySample sample = samples.last().at(0).value<ActivitySample>();

        int seen = 0;
        for (const BackendSession& session : sample.sessions()) {
            if (!pids.contains(session.pid))
                continue;
            ++seen;
            QCOMPARE(toString(session.state), QStringLiteral("unknown"));
            QCOMPARE(session.query, QStringLiteral("<insufficient privilege>"));
        }
        QCOMPARE(seen, 2); // hidden, but neither missing nor idle
        int idleTotal = 0;
        for (const PoolUsage& usage : sample.pools)
            idleTotal += usage.count(BackendState::Idle);
        for (const BackendSession& session : sample.sessions())
            idleTotal -= session.state == BackendState::Idle ? 1 : 0;
        QCOMPARE(idleTotal, 0);
    }

    void immediateRestartDisconnectsThenResumesWithOneBackend()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        ActivityMonitor monitor{defaultBaseline()};
        QSignalSpy samples{&monitor, &ActivityMonitor::sampled};
        QSignalSpy disconnections{&monitor, &ActivityMonitor::disconnected};
        QSignalSpy reconnections{&monitor, &ActivityMonitor::reconnected};
        const int descriptorsBefore = openDescriptors();
        monitor.start(quickOptions(cluster.conninfo()));
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 15000);
        const int descriptorsPolling = openDescriptors();

        for (int round = 0; round < 3; ++round) {
            disconnections.clear();
            reconnections.clear();
            QString restarted = cluster.pgCtl(
                {QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("restart")});
            QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
            QTRY_VERIFY_WITH_TIMEOUT(!disconnections.isEmpty(), 10000);
            const Error error = disconnections.first().at(0).value<Error>();
            QVERIFY2(!error.message.isEmpty(), "a disconnection names libpq's reason");
            QVERIFY(disconnections.first().at(1).toDateTime().isValid());

            samples.clear();
            QTRY_VERIFY_WITH_TIMEOUT(!reconnections.isEmpty() && !samples.isEmpty(), 15000);
            QCOMPARE(monitor.state(), ActivityMonitor::State::Connected);
            QCOMPARE(countOpsdashBackends(cluster.conninfo()), 1);
            // The broken connection's socket was closed, not left behind.
            QCOMPARE(openDescriptors(), descriptorsPolling);
        }
        monitor.stop();
        QCOMPARE(openDescriptors(), descriptorsBefore);
    }

    void serverDownAtStartIsRetriedUntilItComesUp()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        QString stopped
            = cluster.pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")});
        QVERIFY2(stopped.isEmpty(), qPrintable(stopped));

        ActivityMonitor monitor{defaultBaseline()};
        QSignalSpy samples{&monitor, &ActivityMonitor::sampled};
        QSignalSpy disconnections{&monitor, &ActivityMonitor::disconnected};
        monitor.start(quickOptions(cluster.tcpConninfo()
            + " password=" + cluster.value("OPSDASH_TEST_PG_PASSWORD").toUtf8()));
        QTRY_VERIFY_WITH_TIMEOUT(disconnections.size() >= 2, 10000); // retried, not given up
        QCOMPARE(monitor.state(), ActivityMonitor::State::Disconnected);
        QVERIFY2(monitor.lastError()->message.contains(QStringLiteral("refused")),
            qPrintable(monitor.lastError()->message));
        QVERIFY(monitor.nextRetry() > QDateTime::currentDateTimeUtc().addSecs(-1));

        // Failed attempts leave no socket behind.
        monitor.stop();
        const int descriptorsBefore = openDescriptors();
        monitor.start(quickOptions(cluster.tcpConninfo()
            + " password=" + cluster.value("OPSDASH_TEST_PG_PASSWORD").toUtf8()));
        const int attempts = disconnections.size();
        QTRY_VERIFY_WITH_TIMEOUT(disconnections.size() >= attempts + 3, 15000);
        QCOMPARE(openDescriptors(), descriptorsBefore);

        QString started = cluster.pgCtl({QStringLiteral("start")});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 15000);
        QCOMPARE(countOpsdashBackends(cluster.conninfo()), 1);
    }

    void fullServerIsReportedAndJoinedWhenASlotFrees()
    {
        TestCluster cluster{{QStringLiteral("max_connections=10")}};
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        {
            const Connection admin = open(cluster.conninfo());
            QVERIFY(pgExec(admin.get(), "CREATE ROLE app LOGIN"));
        }
        // 10 slots − 3 superuser-reserved: an ordinary role gets 7.
        std::vector<Connection> hogs;
        for (int i = 0; i < 7; ++i) {
            hogs.push_back(open(cluster.conninfo() + " user=app", "hog"));
            QVERIFY2(
                PQstatus(hogs.back().get()) == CONNECTION_OK, PQerrorMessage(hogs.back().get()));
        }

        ActivityMonitor monitor{defaultBaseline()};
        QSignalSpy samples{&monitor, &ActivityMonitor::sampled};
        QSignalSpy disconnections{&monitor, &ActivityMonitor::disconnected};
        monitor.start(quickOptions(cluster.conninfo() + " user=app"));
        QTRY_VERIFY_WITH_TIMEOUT(!disconnections.isEmpty(), 10000);
        QCOMPARE(monitor.state(), ActivityMonitor::State::Disconnected);
        QVERIFY2(monitor.lastError()->message.contains(QStringLiteral("reserved")),
            qPrintable(monitor.lastError()->message));

        hogs.pop_back();
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 15000);
        const ActivitySample sample = samples.last().at(0).value<ActivitySample>();
        QCOMPARE(sample.pool(u"other")->total(), 6);
        QCOMPARE(sample.pool(u"monitor")->total(), 1);
    }

private:
    static QByteArray shared() { return qgetenv("OPSDASH_TEST_PG_CONNINFO"); }
};

QTEST_GUILESS_MAIN(TestActivityMonitor)
#include "tst_activitymonitor.moc"
