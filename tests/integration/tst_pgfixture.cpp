// Proves the throwaway-cluster fixture (tests/fixtures/pg-cluster) works: the cluster it
// started is reachable through libpq with the conninfo it put in the environment, and it
// is configured the way opsdash's integration tests rely on.
#include <QTest>

#include <libpq-fe.h>
#include <memory>

namespace {

using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;
using QueryResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

Connection connectTo(const QByteArray& conninfo)
{
    const char* keywords[] = {"dbname", "application_name", nullptr};
    const char* values[] = {conninfo.constData(), "opsdash-fixture-test", nullptr};
    return Connection{PQconnectdbParams(keywords, values, /*expand_dbname=*/1), &PQfinish};
}

QString show(PGconn* connection, const char* setting)
{
    const QByteArray sql = QByteArray{"SELECT current_setting('"} + setting + "')";
    const QueryResult result{PQexec(connection, sql.constData()), &PQclear};
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return QStringLiteral("error: ") + QString::fromUtf8(PQresultErrorMessage(result.get()));
    return QString::fromUtf8(PQgetvalue(result.get(), 0, 0));
}

} // namespace

class TestPgFixture final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("OPSDASH_TEST_PG_CONNINFO"),
            "OPSDASH_TEST_PG_CONNINFO is not set: run through ctest (fixture pg)");
    }

    void serverSettingsMatchTheFixture_data()
    {
        QTest::addColumn<QByteArray>("setting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("200 connection slots") << QByteArray{"max_connections"} << "200";
        QTest::newRow("pg_stat_statements preloaded")
            << QByteArray{"shared_preload_libraries"} << "pg_stat_statements";
        QTest::newRow("listens on loopback only") << QByteArray{"listen_addresses"} << "127.0.0.1";
    }
    void serverSettingsMatchTheFixture()
    {
        QFETCH(QByteArray, setting);
        QFETCH(QString, expected);
        const Connection connection = connectTo(qgetenv("OPSDASH_TEST_PG_CONNINFO"));
        QVERIFY2(PQstatus(connection.get()) == CONNECTION_OK, PQerrorMessage(connection.get()));
        QCOMPARE(show(connection.get(), setting.constData()), expected);
    }

    void socketDirIsPrivateToTheCluster()
    {
        const Connection connection = connectTo(qgetenv("OPSDASH_TEST_PG_CONNINFO"));
        QVERIFY2(PQstatus(connection.get()) == CONNECTION_OK, PQerrorMessage(connection.get()));
        QCOMPARE(show(connection.get(), "unix_socket_directories"),
            qEnvironmentVariable("OPSDASH_TEST_PG_SOCKET_DIR"));
    }

    void tcpNeedsThePasswordAndAcceptsIt()
    {
        const QByteArray tcp = qgetenv("OPSDASH_TEST_PG_TCP_CONNINFO");
        {
            const Connection wrong = connectTo(tcp + " password=wrong");
            QCOMPARE(PQstatus(wrong.get()), CONNECTION_BAD);
            QVERIFY2(
                QByteArray{PQerrorMessage(wrong.get())}.contains("password authentication failed"),
                PQerrorMessage(wrong.get()));
        }
        const Connection right
            = connectTo(tcp + " password=" + qgetenv("OPSDASH_TEST_PG_PASSWORD"));
        QVERIFY2(PQstatus(right.get()) == CONNECTION_OK, PQerrorMessage(right.get()));
        QCOMPARE(PQserverVersion(right.get()) / 10000 >= 13, true);
    }

    void libpqEnvironmentVariablesReachTheCluster()
    {
        // pg-cluster exec exports PGHOST/PGPORT/PGUSER/PGDATABASE, so a bare conninfo works.
        const Connection connection = connectTo(QByteArray{""});
        QVERIFY2(PQstatus(connection.get()) == CONNECTION_OK, PQerrorMessage(connection.get()));
        QCOMPARE(QByteArray{PQport(connection.get())}, qgetenv("OPSDASH_TEST_PG_PORT"));
    }
};

QTEST_GUILESS_MAIN(TestPgFixture)
#include "tst_pgfixture.moc"
