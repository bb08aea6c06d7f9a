// `opsdash baseline init` end to end: the real executable writes a baseline from a
// checkout, and `opsdash verify` with that baseline passes; on a checkout with only a Go
// pool, on one it cannot understand, and the --out/--force rules.
#include "MonorepoCopy.h"
#include "SourceTree.h"
#include "support/RunOpsdash.h"
#include "support/SchemaCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = OpsdashRun;

QJsonObject parsed(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject poolNamed(const QJsonObject& baseline, const QString& client)
{
    for (const QJsonValue& pool : baseline.value(QStringLiteral("pools")).toArray()) {
        if (pool.toObject().value(QStringLiteral("client")).toString() == client)
            return pool.toObject();
    }
    return {};
}

const QString goOnly{QStringLiteral("package store\n\n"
                                    "import (\n\t\"database/sql\"\n\t\"time\"\n)\n\n"
                                    "const maxOpen = 25\n\n"
                                    "func Open(dsn string) (*sql.DB, error) {\n"
                                    "\tdb, err := sql.Open(\"postgres\", dsn)\n"
                                    "\tif err != nil {\n\t\treturn nil, err\n\t}\n"
                                    "\tdb.SetMaxOpenConns(maxOpen)\n"
                                    "\tdb.SetConnMaxLifetime(15 * time.Minute)\n"
                                    "\treturn db, nil\n}\n")};

} // namespace

class TestBaselineInit final : public QObject
{
    Q_OBJECT

private slots:
    void fixtureBaselinePassesVerify()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("baseline.json"));
        const Run init = runOpsdash(
            {QStringLiteral("baseline"), QStringLiteral("init"), QStringLiteral("--repo"),
                QStringLiteral(OPSDASH_MONOREPO_FIXTURE), QStringLiteral("--out"), out});
        OPSDASH_COMPARE_EXIT(init, 0);
        QVERIFY2(init.out.isEmpty(), qPrintable(init.out));
        QFile file{out};
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        const QString violations = schemaViolations(QStringLiteral("baseline.schema.json"), json);
        QVERIFY2(violations.isEmpty(), qPrintable(violations));

        const QJsonObject baseline = QJsonDocument::fromJson(json).object();
        const QJsonObject files = baseline.value(QStringLiteral("files")).toObject();
        QCOMPARE(files.value(QStringLiteral("auth")).toString(),
            QStringLiteral("apps/web/src/server/auth.ts"));
        QCOMPARE(files.value(QStringLiteral("dashboardLayout")).toString(),
            QStringLiteral("apps/web/src/app/(dashboard)/layout.tsx"));
        QCOMPARE(files.value(QStringLiteral("sessionGuard")).toString(),
            QStringLiteral("apps/web/src/components/auth/SessionGuard.tsx"));
        QCOMPARE(files.value(QStringLiteral("loginForm")).toString(),
            QStringLiteral("apps/web/src/app/login/LoginForm.tsx"));
        QCOMPARE(files.value(QStringLiteral("tasks")).toString(),
            QStringLiteral("specs/001-platform/tasks.md"));
        QCOMPARE(files.value(QStringLiteral("poolDocumentation")).toString(),
            QStringLiteral("CLAUDE.md"));
        const QJsonObject session = baseline.value(QStringLiteral("session")).toObject();
        QCOMPARE(session.value(QStringLiteral("maxAge")).toObject(),
            (QJsonObject{
                {QStringLiteral("value"), 1}, {QStringLiteral("unit"), QStringLiteral("d")}}));
        QCOMPARE(session.value(QStringLiteral("comment")).toString(),
            QStringLiteral("session.maxAge at apps/web/src/server/auth.ts:17; session.updateAge "
                           "at apps/web/src/server/auth.ts:18"));
        const QJsonObject web = poolNamed(baseline, QStringLiteral("postgres.js"));
        QCOMPARE(web.value(QStringLiteral("budget")).toInt(), 150);
        QCOMPARE(
            web.value(QStringLiteral("settings")).toObject().value(QStringLiteral("max")).toInt(),
            150);
        QVERIFY2(web.value(QStringLiteral("comment"))
                     .toString()
                     .contains(QStringLiteral("max at packages/database/src/client.ts:13")),
            qPrintable(web.value(QStringLiteral("comment")).toString()));
        const QJsonObject go = poolNamed(baseline, QStringLiteral("go-database-sql"));
        QCOMPARE(go.value(QStringLiteral("settings"))
                     .toObject()
                     .value(QStringLiteral("maxOpenConns"))
                     .toInt(),
            50);
        QVERIFY2(init.err.contains(QStringLiteral("opsdash: found: pool documentation")),
            qPrintable(init.err));

        const Run verify = runOpsdash({QStringLiteral("verify"), QStringLiteral("--repo"),
            QStringLiteral(OPSDASH_MONOREPO_FIXTURE), QStringLiteral("--baseline"), out});
        OPSDASH_COMPARE_EXIT(verify, 0);
        QVERIFY2(
            verify.out.contains(QStringLiteral("20 checks: 20 pass, 0 fail, 0 unknown, 0 missing")),
            qPrintable(verify.out));
    }

    void onlyAGoPool()
    {
        QTemporaryDir repo;
        QVERIFY(repo.isValid());
        QVERIFY(writeTree(repo.path(),
            {QStringLiteral("internal/store/db.go"), goOnly,
                // What the walk skips: vendored and built copies, node_modules.
                QStringLiteral("vendor/other/db.go"),
                QString{goOnly}.replace(QStringLiteral("25"), QStringLiteral("99")),
                QStringLiteral("node_modules/x/index.js"),
                QStringLiteral("import postgres from 'postgres';\nexport const sql = postgres('', "
                               "{ max: 3 });\n"),
                QStringLiteral("dist/client.js"),
                QStringLiteral("import postgres from 'postgres';\nexport const sql = postgres('', "
                               "{ max: 4 });\n"),
                QStringLiteral("README.md"), QStringLiteral("# Store\n")}));
        const Run init = runOpsdash({QStringLiteral("baseline"), QStringLiteral("init"),
            QStringLiteral("--repo"), repo.path()});
        OPSDASH_COMPARE_EXIT(init, 0);
        const QString violations
            = schemaViolations(QStringLiteral("baseline.schema.json"), init.out.toUtf8());
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
        const QJsonObject baseline = parsed(init.out);
        const QJsonArray pools = baseline.value(QStringLiteral("pools")).toArray();
        QCOMPARE(pools.size(), 1);
        const QJsonObject pool = pools.first().toObject();
        QCOMPARE(pool.value(QStringLiteral("id")).toString(), QStringLiteral("db"));
        QCOMPARE(pool.value(QStringLiteral("budget")).toInt(), 25);
        QCOMPARE(pool.value(QStringLiteral("settings")).toObject(),
            (QJsonObject{{QStringLiteral("maxOpenConns"), 25},
                {QStringLiteral("connMaxLifetime"),
                    QJsonObject{{QStringLiteral("value"), 15},
                        {QStringLiteral("unit"), QStringLiteral("min")}}}}));
        QCOMPARE(baseline.value(QStringLiteral("files")).toObject(),
            (QJsonObject{
                {QStringLiteral("dbPoolClient"), QStringLiteral("internal/store/db.go")}}));
        QVERIFY(!baseline.contains(QStringLiteral("providers")));
        QVERIFY(!baseline.contains(QStringLiteral("tasks")));
        QVERIFY2(
            init.err.contains(QStringLiteral("not found: NextAuth options")), qPrintable(init.err));
        QVERIFY2(init.err.contains(QStringLiteral("not found: pool db: maxIdleConns missing")),
            qPrintable(init.err));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.json"));
        QFile file{path};
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(init.out.toUtf8());
        file.close();
        const Run verify = runOpsdash({QStringLiteral("verify"), QStringLiteral("--repo"),
            repo.path(), QStringLiteral("--baseline"), path});
        OPSDASH_COMPARE_EXIT(verify, 0);
        QVERIFY2(verify.out.contains(QStringLiteral("pass     pool.db.maxOpenConns")),
            qPrintable(verify.out));
    }

    void twoPostgresPoolsInOneFileAreToldApartByBinding()
    {
        QTemporaryDir repo;
        QVERIFY(repo.isValid());
        QVERIFY(writeTree(repo.path(),
            {QStringLiteral("src/db.ts"),
                QStringLiteral(
                    "import postgres from \"postgres\";\n"
                    "export const sql = postgres(process.env.DATABASE_URL!, { max: 20 });\n"
                    "export const analytics = postgres(process.env.ANALYTICS_URL!, {\n"
                    "  max: 5,\n  idle_timeout: 20,\n});\n")}));
        const Run init = runOpsdash({QStringLiteral("baseline"), QStringLiteral("init"),
            QStringLiteral("--repo"), repo.path()});
        OPSDASH_COMPARE_EXIT(init, 0);
        const QJsonArray pools = parsed(init.out).value(QStringLiteral("pools")).toArray();
        QCOMPARE(pools.size(), 2);
        QCOMPARE(pools.at(0).toObject().value(QStringLiteral("binding")).toString(),
            QStringLiteral("sql"));
        QCOMPARE(pools.at(0).toObject().value(QStringLiteral("budget")).toInt(), 20);
        QCOMPARE(pools.at(1).toObject().value(QStringLiteral("binding")).toString(),
            QStringLiteral("analytics"));
        QCOMPARE(pools.at(1).toObject().value(QStringLiteral("settings")).toObject(),
            (QJsonObject{{QStringLiteral("max"), 5},
                {QStringLiteral("idle_timeout"),
                    QJsonObject{{QStringLiteral("value"), 20},
                        {QStringLiteral("unit"), QStringLiteral("s")}}}}));
        QVERIFY2(pools.at(1)
                     .toObject()
                     .value(QStringLiteral("comment"))
                     .toString()
                     .startsWith(QStringLiteral(
                         "postgres(…) bound to analytics at src/db.ts:3; max at src/db.ts:4")),
            qPrintable(pools.at(1).toObject().value(QStringLiteral("comment")).toString()));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.json"));
        QVERIFY(writeTree(dir.path(), {QStringLiteral("b.json"), init.out}));
        const Run verify = runOpsdash({QStringLiteral("verify"), QStringLiteral("--repo"),
            repo.path(), QStringLiteral("--baseline"), path});
        OPSDASH_COMPARE_EXIT(verify, 0);
    }

    void aCheckoutItCannotUnderstand()
    {
        QTemporaryDir repo;
        QVERIFY(repo.isValid());
        QVERIFY(writeTree(repo.path(),
            {QStringLiteral("src/main.rs"), QStringLiteral("fn main() {}\n"),
                QStringLiteral("app.ts"), QStringLiteral("export const answer = 42;\n"),
                QStringLiteral("README.md"), QStringLiteral("# Nothing about pools here\n")}));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("baseline.json"));
        const Run init = runOpsdash({QStringLiteral("baseline"), QStringLiteral("init"),
            QStringLiteral("--repo"), repo.path(), QStringLiteral("--out"), out});
        OPSDASH_COMPARE_EXIT(init, 2);
        QVERIFY(init.out.isEmpty());
        QVERIFY(!QFileInfo::exists(out));
        for (const char* expected : {"not found: NextAuth options: no file mentions NextAuth",
                 "not found: <SessionProvider>: in no file",
                 "not found: connection pools: no postgres(…) call and no database/sql setter",
                 "not found: tasks: no tasks.md", "no baseline written"}) {
            QVERIFY2(init.err.contains(QString::fromUtf8(expected)),
                qPrintable(
                    QStringLiteral("[%1] in:\n%2").arg(QString::fromUtf8(expected), init.err)));
        }
    }

    void outIsNotOverwrittenWithoutForce()
    {
        QTemporaryDir repo;
        QVERIFY(repo.isValid());
        QVERIFY(writeTree(repo.path(), {QStringLiteral("db.go"), goOnly}));
        const QString out = repo.filePath(QStringLiteral("existing.json"));
        QVERIFY(writeTree(repo.path(), {QStringLiteral("existing.json"), QStringLiteral("{}")}));
        const QStringList arguments{QStringLiteral("baseline"), QStringLiteral("init"),
            QStringLiteral("--repo"), repo.path(), QStringLiteral("--out"), out};
        const Run refused = runOpsdash(arguments);
        OPSDASH_COMPARE_EXIT(refused, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("exists; give --force to overwrite it")),
            qPrintable(refused.err));
        QFile before{out};
        QVERIFY(before.open(QIODevice::ReadOnly));
        QCOMPARE(before.readAll(), QByteArray{"{}"});
        before.close();

        const Run forced = runOpsdash(arguments + QStringList{QStringLiteral("--force")});
        OPSDASH_COMPARE_EXIT(forced, 0);
        QFile after{out};
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(after.readAll())
                     .object()
                     .value(QStringLiteral("schemaVersion"))
                     .toInt(),
            1);
    }

    void usageErrors()
    {
        const Run noRepo = runOpsdash({QStringLiteral("baseline"), QStringLiteral("init")});
        OPSDASH_COMPARE_EXIT(noRepo, 2);
        QVERIFY2(
            noRepo.err.contains(QStringLiteral("--repo DIR is required")), qPrintable(noRepo.err));
        const Run notADirectory = runOpsdash({QStringLiteral("baseline"), QStringLiteral("init"),
            QStringLiteral("--repo"), QStringLiteral("/nonexistent/checkout")});
        OPSDASH_COMPARE_EXIT(notADirectory, 2);
        QVERIFY2(notADirectory.err.contains(QStringLiteral("is not a directory")),
            qPrintable(notADirectory.err));
    }
};

QTEST_GUILESS_MAIN(TestBaselineInit)
#include "tst_baselineinit.moc"
