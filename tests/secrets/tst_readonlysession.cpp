// The monitoring session is read-only: with exactly the settings ActivityMonitor sends first
// on every connection (ActivityMonitor::sessionSetup), every kind of write is refused by the
// server with SQLSTATE 25006 (read_only_sql_transaction) — even for a superuser, and even
// when the user's conninfo asks for read-write sessions.
#include "PgSession.h"
#include "pg/ActivityMonitor.h"
#include "support/PgExec.h"

#include <QTest>

#include <libpq-fe.h>

using namespace opsdash;
using namespace opsdash::test;

class TestReadOnlySession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("OPSDASH_TEST_PG_CONNINFO"));
        QVERIFY(pgExecOnFixture("CREATE TABLE IF NOT EXISTS opsdash_readonly_probe(x int); "
                                "CREATE SEQUENCE IF NOT EXISTS opsdash_readonly_seq"));
    }

    void cleanupTestCase()
    {
        pgExecOnFixture("DROP TABLE IF EXISTS opsdash_readonly_probe; "
                        "DROP TABLE IF EXISTS opsdash_readonly_new; "
                        "DROP SEQUENCE IF EXISTS opsdash_readonly_seq");
    }

    void writeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("conninfoSuffix");
        QTest::addColumn<QByteArray>("statement");
        const QByteArray asked{" options='-c default_transaction_read_only=off'"};
        for (const QByteArray& suffix : {QByteArray{}, asked}) {
            const QByteArray how = suffix.isEmpty()
                ? QByteArray{}
                : QByteArray{", though the conninfo asks for writes"};
            QTest::newRow(QByteArray{"create table is refused" + how}.constData())
                << suffix << QByteArray{"CREATE TABLE opsdash_readonly_new(x int)"};
            QTest::newRow(QByteArray{"insert is refused" + how}.constData())
                << suffix << QByteArray{"INSERT INTO opsdash_readonly_probe VALUES (1)"};
            QTest::newRow(QByteArray{"update is refused" + how}.constData())
                << suffix << QByteArray{"UPDATE opsdash_readonly_probe SET x = 2"};
            QTest::newRow(QByteArray{"delete is refused" + how}.constData())
                << suffix << QByteArray{"DELETE FROM opsdash_readonly_probe"};
            QTest::newRow(QByteArray{"nextval is refused" + how}.constData())
                << suffix << QByteArray{"SELECT nextval('opsdash_readonly_seq')"};
            QTest::newRow(QByteArray{"an explicit transaction is read-only too" + how}.constData())
                << suffix
                << QByteArray{"DO $$ BEGIN INSERT INTO opsdash_readonly_probe VALUES (3); END $$"};
        }
    }

    void writeIsRefused()
    {
        QFETCH(QByteArray, conninfoSuffix);
        QFETCH(QByteArray, statement);
        PgConnection connection;
        const std::optional<Error> connectError
            = connectAndWait(connection, qgetenv("OPSDASH_TEST_PG_CONNINFO") + conninfoSuffix);
        QVERIFY2(!connectError, qPrintable(connectError ? connectError->toString() : QString{}));

        // Without the setup, this superuser session could write (the control).
        if (conninfoSuffix.isEmpty()) {
            auto control = execAndWait(connection, "SHOW default_transaction_read_only");
            QVERIFY(std::holds_alternative<PgResult>(control));
            QCOMPARE(std::get<PgResult>(control).text(0, 0), QStringLiteral("off"));
        }

        const ActivityMonitor::SessionSetup setup
            = ActivityMonitor::sessionSetup(std::chrono::seconds{5});
        auto applied = execAndWait(connection, setup.sql, setup.parameters);
        if (const Error* error = std::get_if<Error>(&applied))
            QFAIL(qPrintable(error->toString()));

        auto written = execAndWait(connection, statement);
        QVERIFY2(std::holds_alternative<Error>(written), "the write was accepted");
        QCOMPARE(std::get<Error>(written).code, QStringLiteral("25006"));

        // The session is still usable for what opsdash does: reading.
        auto read = execAndWait(connection, "SELECT count(*) FROM pg_stat_activity");
        QVERIFY(std::holds_alternative<PgResult>(read));
    }
};

QTEST_GUILESS_MAIN(TestReadOnlySession)
#include "tst_readonlysession.moc"
