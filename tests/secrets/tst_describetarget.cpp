// PgConnection::describeTarget: the "host:port/dbname" opsdash shows in the window title,
// logs, evidence, screenshots and history file names never carries a password, however
// the connection string is written (tests/fuzz conninfo found the mixed-syntax case).
#include "pg/PgConnection.h"

#include <QTest>

using namespace opsdash;

class TestDescribeTarget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("PGHOST", "localhost");
        qputenv("PGPORT", "5432");
        qunsetenv("PGDATABASE");
    }

    void showsNoPassword_data()
    {
        QTest::addColumn<QByteArray>("conninfo");
        QTest::addColumn<QString>("shown");
        QTest::newRow("keywords: host, port and database")
            << QByteArray{"host=db.internal port=5433 dbname=platform user=m password=pw-secret-1"}
            << QStringLiteral("db.internal:5433/platform");
        QTest::newRow("URI: user and password left out")
            << QByteArray{"postgresql://m:pw-secret-1@db.internal:5433/platform?sslmode=require"}
            << QStringLiteral("db.internal:5433/platform");
        QTest::newRow("service: named, environment fills the rest") << QByteArray{
            "service=platform-ro"} << QStringLiteral("localhost:5432 (service platform-ro)");
        QTest::newRow("several hosts and ports")
            << QByteArray{"host=a,b port=5432,5433 dbname=d"} << QStringLiteral("a,b:5432,5433/d");
        QTest::newRow("empty: all from the environment")
            << QByteArray{} << QStringLiteral("localhost:5432");
        QTest::newRow("URI then a keyword: the port swallows the password")
            << QByteArray{"postgresql://db.internal:5432 password=pw-secret-1"}
            << QStringLiteral("db.internal:?");
        QTest::newRow("fuzz finding: URI whose port holds the rest of the string") << QByteArray{
            "postgresql://opsdash_monitor:s3:cretpasswor dbname='my db' "
            "password='it\\'s long'"} << QStringLiteral("opsdash_monitor:?");
        QTest::newRow("a URI nested as the database name")
            << QByteArray{"dbname='postgresql://m:pw-secret-1@db/platform'"}
            << QStringLiteral("localhost:5432/?");
    }

    void showsNoPassword()
    {
        QFETCH(QByteArray, conninfo);
        QFETCH(QString, shown);
        const QString target = PgConnection::describeTarget(conninfo);
        QCOMPARE(target, shown);
        QVERIFY(!target.contains(QLatin1String{"secret"}));
        QVERIFY(!target.contains(QLatin1String{"password"}));
    }
};

QTEST_GUILESS_MAIN(TestDescribeTarget)
#include "tst_describetarget.moc"
