#include "history/HistoryPaths.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using opsdash::HistoryPaths;

class TestHistoryPaths final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileNameIsSafe_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("readablePrefix");
        QTest::newRow("host, port and database keep their readable parts") << QStringLiteral(
            "127.0.0.1:5432/postgres") << QStringLiteral("127.0.0.1_5432_postgres-");
        QTest::newRow("a conninfo string loses spaces and equals signs")
            << QStringLiteral("host=db.example port=5432 dbname=app")
            << QStringLiteral("host_db.example_port_5432_dbname_app-");
        QTest::newRow("path traversal cannot leave the directory")
            << QStringLiteral("../../etc/passwd") << QStringLiteral("_.._etc_passwd-");
        QTest::newRow("leading dots never make a hidden file")
            << QStringLiteral(".hidden") << QStringLiteral("hidden-");
        QTest::newRow("an empty target still gets a name")
            << QString{} << QStringLiteral("target-");
        QTest::newRow("non-ASCII letters are replaced")
            << QStringLiteral("bäckerei/db") << QStringLiteral("b_ckerei_db-");
        QTest::newRow("a very long target is truncated")
            << QString{200, u'x'} << QString{64, u'x'} + u'-';
    }
    void fileNameIsSafe()
    {
        QFETCH(QString, target);
        QFETCH(QString, readablePrefix);
        const QString name = HistoryPaths::fileNameForTarget(target);
        static const QRegularExpression safe{
            QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]*-[0-9a-f]{10}\\.sqlite$")};
        QVERIFY2(safe.match(name).hasMatch(), qPrintable(name));
        QVERIFY2(name.startsWith(readablePrefix), qPrintable(name));
        QCOMPARE(HistoryPaths::fileNameForTarget(target), name);
    }

    void fileNameIsStableAcrossVersions()
    {
        // Changing the mapping would orphan every user's existing history.
        QCOMPARE(HistoryPaths::fileNameForTarget(QStringLiteral("127.0.0.1:5432/postgres")),
            QStringLiteral("127.0.0.1_5432_postgres-541f0af6e0.sqlite"));
    }

    void targetsThatSanitiseAlikeGetDistinctFiles()
    {
        const QStringList targets{QStringLiteral("db:5432/app"), QStringLiteral("db_5432_app"),
            QStringLiteral("db/5432/app"), QStringLiteral("db:5432:app"),
            QStringLiteral("DB:5432/app")};
        QSet<QString> names;
        for (const QString& target : targets)
            names.insert(HistoryPaths::fileNameForTarget(target));
        QCOMPARE(names.size(), targets.size());
    }

    void defaultPathIsUnderTheDataDirectory()
    {
        const QString path = HistoryPaths::defaultPathForTarget(QStringLiteral("db:5432/app"));
        QVERIFY(path.startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/'));
        QVERIFY(path.endsWith(QStringLiteral("/history/")
            + HistoryPaths::fileNameForTarget(QStringLiteral("db:5432/app"))));
    }
};

QTEST_GUILESS_MAIN(TestHistoryPaths)
#include "tst_historypaths.moc"
