// The Go constant evaluator: time.Duration arithmetic in every order, same-file consts,
// comments that must not count, and what stays unknown.
#include "drift/GoEvaluator.h"
#include "drift/SyntaxTree.h"
#include "model/Duration.h"

#include <QTest>

#include <cmath>

using namespace opsdash;

namespace {

// "duration 30 min", "number 50", or "unknown: reason".
QString describe(const EvaluatedValue& value)
{
    if (!value.isKnown())
        return QStringLiteral("unknown: ") + value.reason;
    if (value.isNumber() && value.duration) {
        const double ms = value.number / 1e6;
        if (std::fmod(value.number, 1e6) == 0)
            return QStringLiteral("duration ")
                + Duration::fromMilliseconds(static_cast<qint64>(ms)).toString();
        return QStringLiteral("duration %1 ns").arg(formatNumber(value.number));
    }
    return QStringLiteral("number ") + value.display();
}

// Evaluates the argument of the file's first db.SetX(...) call.
EvaluatedValue evaluateArgument(const QString& body)
{
    const QString source
        = QStringLiteral("package repository\n\nimport (\n\t\"os\"\n\t\"time\"\n)\n\n") + body;
    Result<SyntaxTree> tree = SyntaxTree::parse(source.toUtf8(), SourceLanguage::Go);
    if (!tree)
        return EvaluatedValue::makeUnknown(tree.error().message);
    const GoEvaluator evaluator{*tree};
    TSNode argument{};
    SyntaxTree::visit(tree->root(), [&](TSNode node) {
        if (ts_node_is_null(argument) && SyntaxTree::is(node, "call_expression")
            && tree->text(SyntaxTree::field(node, "function"))
                   .startsWith(QLatin1String{"db.Set"})) {
            argument = SyntaxTree::firstNamedChild(SyntaxTree::field(node, "arguments"));
        }
        return true;
    });
    if (ts_node_is_null(argument))
        return EvaluatedValue::makeUnknown(QStringLiteral("test source has no db.Set… call"));
    return evaluator.evaluate(argument);
}

QString inFunction(const QString& statement)
{
    return QStringLiteral("func configure(db *sql.DB) {\n\t%1\n}\n").arg(statement);
}

} // namespace

class TestGoEvaluator final : public QObject
{
    Q_OBJECT

private slots:
    void values_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");

        QTest::newRow("integer literal")
            << inFunction(QStringLiteral("db.SetMaxOpenConns(50)")) << "number 50";
        // Scope-aware: another function's const does not shadow the package const here.
        QTest::newRow("shadowed const")
            << QStringLiteral("const n = 10\n\nfunc other() {\n\tconst n = 20\n}\n\n")
                + inFunction(QStringLiteral("db.SetMaxOpenConns(n)"))
            << "number 10";
        QTest::newRow("a function-local const shadows the package const")
            << QStringLiteral("const n = 10\n\n")
                + inFunction(QStringLiteral("const n = 20\n\tdb.SetMaxOpenConns(n)"))
            << "number 20";
        QTest::newRow("integer with separator")
            << inFunction(QStringLiteral("db.SetMaxOpenConns(1_000)")) << "number 1000";
        QTest::newRow("30 * time.Minute")
            << inFunction(QStringLiteral("db.SetConnMaxLifetime(30 * time.Minute)"))
            << "duration 30 min";
        QTest::newRow("time.Minute * 30")
            << inFunction(QStringLiteral("db.SetConnMaxLifetime(time.Minute * 30)"))
            << "duration 30 min";
        QTest::newRow("1800 * time.Second")
            << inFunction(QStringLiteral("db.SetConnMaxLifetime(1800 * time.Second)"))
            << "duration 30 min";
        QTest::newRow("time.Duration(30) * time.Minute")
            << inFunction(QStringLiteral("db.SetConnMaxLifetime(time.Duration(30) * time.Minute)"))
            << "duration 30 min";
        QTest::newRow("parenthesised sum")
            << inFunction(QStringLiteral("db.SetConnMaxLifetime((25 + 5) * time.Minute)"))
            << "duration 30 min";
        QTest::newRow("half an hour")
            << inFunction(QStringLiteral("db.SetConnMaxLifetime(time.Hour / 2)"))
            << "duration 30 min";
        QTest::newRow("float times unit")
            << inFunction(QStringLiteral("db.SetConnMaxLifetime(0.5 * time.Hour)"))
            << "duration 30 min";
        QTest::newRow("same-file const")
            << QStringLiteral("const maxLifetime = 30 * time.Minute\n\n")
                + inFunction(QStringLiteral("db.SetConnMaxLifetime(maxLifetime)"))
            << "duration 30 min";
        QTest::newRow("grouped consts")
            << QStringLiteral("const (\n\tmaxOpen = 50\n\tmaxIdle = 10\n)\n\n")
                + inFunction(QStringLiteral("db.SetMaxIdleConns(maxIdle)"))
            << "number 10";
        QTest::newRow("typed duration const")
            << QStringLiteral("const idle time.Duration = 5 * time.Minute\n\n")
                + inFunction(QStringLiteral("db.SetConnMaxIdleTime(idle)"))
            << "duration 5 min";
        QTest::newRow("const of consts")
            << QStringLiteral("const (\n\tminutes = 5\n\tidle = minutes * time.Minute\n)\n\n")
                + inFunction(QStringLiteral("db.SetConnMaxIdleTime(idle)"))
            << "duration 5 min";
        QTest::newRow("function-local const")
            << inFunction(QStringLiteral("const n = 50\n\tdb.SetMaxOpenConns(n)")) << "number 50";
        QTest::newRow("int conversion")
            << inFunction(QStringLiteral("db.SetMaxOpenConns(int(50))")) << "number 50";
        QTest::newRow("untyped number is nanoseconds")
            << inFunction(QStringLiteral("db.SetConnMaxLifetime(1800)")) << "number 1800";
        QTest::newRow("comments never count") << inFunction(
            QStringLiteral("db.SetConnMaxLifetime(30 /* 60 */ * time.Minute) // 5 * time.Minute"))
                                              << "duration 30 min";
        QTest::newRow("commented-out call is not the call")
            << inFunction(QStringLiteral("// db.SetMaxOpenConns(100)\n\tdb.SetMaxOpenConns(50)"))
            << "number 50";
        QTest::newRow("aliased time import") << QStringLiteral("import t \"time\"\n\n")
                + inFunction(QStringLiteral("db.SetConnMaxIdleTime(t.Minute * 5)"))
                                             << "duration 5 min";
    }
    void values()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QCOMPARE(describe(evaluateArgument(body)), expected);
    }

    void unknowns_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("fallback");

        QTest::newRow("variable") << inFunction(QStringLiteral("n := 50\n\tdb.SetMaxOpenConns(n)"))
                                  << "is a variable"
                                  << ""
                                  << "";
        QTest::newRow("package var") << QStringLiteral("var limit = 50\n\n")
                + inFunction(QStringLiteral("db.SetMaxOpenConns(limit)"))
                                     << "is a variable"
                                     << ""
                                     << "";
        QTest::newRow("config field")
            << inFunction(QStringLiteral("db.SetMaxOpenConns(cfg.MaxOpenConns)"))
            << "not a constant"
            << ""
            << "";
        QTest::newRow("os.Getenv")
            << inFunction(QStringLiteral("db.SetMaxOpenConns(os.Getenv(\"DB_MAX_OPEN\"))"))
            << "environment"
            << "DB_MAX_OPEN"
            << "";
        QTest::newRow("env helper with default")
            << inFunction(QStringLiteral("db.SetMaxOpenConns(envInt(\"DB_MAX_OPEN_CONNS\", 50))"))
            << "environment"
            << "DB_MAX_OPEN_CONNS"
            << "50";
        QTest::newRow("variable defaulted then read from the environment")
            << inFunction(QStringLiteral(
                   "maxOpen := 50\n\tif v := os.Getenv(\"DB_MAX_OPEN_CONNS\"); v != \"\" {\n"
                   "\t\tif n, err := strconv.Atoi(v); err == nil {\n\t\t\tmaxOpen = n\n\t\t}\n\t}\n"
                   "\tdb.SetMaxOpenConns(maxOpen)"))
            << "reads the environment"
            << "DB_MAX_OPEN_CONNS"
            << "50";
        QTest::newRow("Atoi of Getenv with a default assigned on error") << inFunction(
            QStringLiteral("n, err := strconv.Atoi(os.Getenv(\"DB_MAX_IDLE\"))\n"
                           "\tif err != nil {\n\t\tn = 10\n\t}\n\tdb.SetMaxIdleConns(n)"))
                                                                         << "reads the environment"
                                                                         << "DB_MAX_IDLE"
                                                                         << "10";
        QTest::newRow("iota") << QStringLiteral("const (\n\ta = iota\n\tb\n)\n\n")
                + inFunction(QStringLiteral("db.SetMaxOpenConns(b)"))
                              << "iota"
                              << ""
                              << "";
        QTest::newRow("undeclared")
            << inFunction(QStringLiteral("db.SetMaxOpenConns(maxOpen)")) << "not declared"
            << ""
            << "";
        QTest::newRow("parameter shadows the package const") << QStringLiteral(
            "const n = 10\n\nfunc open(db *sql.DB, n int) {\n"
            "\tdb.SetMaxOpenConns(n)\n}\n") << "'n' is a function parameter (line 10)"
                                                             << ""
                                                             << "";
        QTest::newRow(":= shadows the package const") << QStringLiteral("const n = 10\n\n")
                + inFunction(QStringLiteral("n := 20\n\tdb.SetMaxOpenConns(n)"))
                                                      << "'n' is a variable (line 11)"
                                                      << ""
                                                      << "";
        QTest::newRow("a local declared after the call does not apply")
            << inFunction(QStringLiteral("db.SetMaxOpenConns(n)\n\tconst n = 20"))
            << "'n' is declared at line 10, which is not in scope here"
            << ""
            << "";
    }
    void unknowns()
    {
        QFETCH(QString, body);
        QFETCH(QString, reason);
        QFETCH(QString, environment);
        QFETCH(QString, fallback);
        const EvaluatedValue value = evaluateArgument(body);
        QVERIFY2(!value.isKnown(), qPrintable(describe(value)));
        QVERIFY2(value.reason.contains(reason), qPrintable(value.reason));
        QCOMPARE(value.environment, environment);
        QCOMPARE(value.fallback ? value.fallback->display() : QString{}, fallback);
    }
};

QTEST_GUILESS_MAIN(TestGoEvaluator)
#include "tst_goevaluator.moc"
