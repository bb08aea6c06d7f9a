// The TypeScript/TSX constant evaluator: every way of writing a value the source checks
// must follow, comments that must not count, and what stays unknown (with its default).
#include "drift/SyntaxTree.h"
#include "drift/TsEvaluator.h"

#include <QTest>

using namespace opsdash;

namespace {

// Evaluates the initializer of the last `const value = …` in the source.
EvaluatedValue evaluateValue(const QString& source, SourceLanguage language = SourceLanguage::Tsx)
{
    Result<SyntaxTree> tree = SyntaxTree::parse(source.toUtf8(), language);
    if (!tree)
        return EvaluatedValue::makeUnknown(QStringLiteral("parse failed: ") + tree.error().message);
    const TsEvaluator evaluator{*tree};
    TSNode found{};
    SyntaxTree::visit(tree->root(), [&](TSNode node) {
        if (SyntaxTree::is(node, "variable_declarator")
            && tree->text(SyntaxTree::field(node, "name")) == QLatin1String{"value"})
            found = SyntaxTree::field(node, "value");
        return true;
    });
    if (ts_node_is_null(found))
        return EvaluatedValue::makeUnknown(QStringLiteral("test source has no `const value`"));
    return evaluator.evaluate(found);
}

} // namespace

class TestTsEvaluator final : public QObject
{
    Q_OBJECT

private slots:
    void knownValues_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("display");

        // numbers
        QTest::newRow("number literal") << "const value = 86400;"
                                        << "86400";
        QTest::newRow("numeric separator 1_000") << "const value = 86_400;"
                                                 << "86400";
        QTest::newRow("hex literal") << "const value = 0xF0;"
                                     << "240";
        QTest::newRow("exponent literal") << "const value = 1.8e3;"
                                          << "1800";
        QTest::newRow("product 24 * 60 * 60") << "const value = 24 * 60 * 60;"
                                              << "86400";
        QTest::newRow("parentheses before product") << "const value = (2 + 2) * 60;"
                                                    << "240";
        QTest::newRow("division and subtraction") << "const value = 7200 / 2 - 1800;"
                                                  << "1800";
        QTest::newRow("unary minus twice") << "const value = -(-30);"
                                           << "30";
        QTest::newRow("fractional result stays fractional") << "const value = 3 / 2;"
                                                            << "1.5";
        // const bindings
        QTest::newRow("same-file const") << "const ONE_DAY = 24 * 60 * 60;\nconst value = ONE_DAY;"
                                         << "86400";
        QTest::newRow("chain of consts")
            << "const MIN = 60;\nconst HOUR = 60 * MIN;\nconst value = 24 * HOUR;"
            << "86400";
        QTest::newRow("const declared after use") << "const value = LATER * 2;\nconst LATER = 120;"
                                                  << "240";
        QTest::newRow("as const") << "const value = 240 as const;"
                                  << "240";
        QTest::newRow("type annotation") << "const value: number = 240;"
                                         << "240";
        QTest::newRow("satisfies") << "const value = 240 satisfies number;"
                                   << "240";
        QTest::newRow("exported const") << "export const MAX = 150;\nconst value = MAX;"
                                        << "150";
        QTest::newRow("non-null assertion") << "const MAX = 150;\nconst value = MAX!;"
                                            << "150";
        QTest::newRow("const in another const's object")
            << "const cfg = { pool: { max: 150 } } as const;\nconst value = cfg.pool.max;"
            << "150";
        QTest::newRow("subscript with string key")
            << "const cfg = { max: 150 };\nconst value = cfg[\"max\"];"
            << "150";
        QTest::newRow("quoted key")
            << "const cfg = { 'idle_timeout': 30 };\nconst value = cfg.idle_timeout;"
            << "30";
        // objects and spreads
        QTest::newRow("spread then override")
            << "const base = { max: 10 };\nconst opts = { ...base, max: 150 };\n"
               "const value = opts.max;"
            << "150";
        QTest::newRow("spread supplies the key")
            << "const base = { max: 150 };\nconst opts = { ...base, idle_timeout: 30 };\n"
               "const value = opts.max;"
            << "150";
        QTest::newRow("spread after key overrides it")
            << "const base = { max: 150 };\nconst opts = { max: 10, ...base };\n"
               "const value = opts.max;"
            << "150";
        QTest::newRow("shorthand property")
            << "const max = 150;\nconst opts = { max };\nconst value = opts.max;"
            << "150";
        QTest::newRow("later duplicate key wins")
            << "const opts = { max: 10, max: 150 };\nconst value = opts.max;"
            << "150";
        // strings and URLs
        QTest::newRow("template with const")
            << "const code = 'SessionExpired';\nconst value = `/login?error=${code}`;"
            << "'/login?error=SessionExpired'";
        QTest::newRow("string concatenation") << "const value = '/login?' + 'error=SessionExpired';"
                                              << "'/login?error=SessionExpired'";
        QTest::newRow("escape sequence in string") << "const value = 'a\\u0062c';"
                                                   << "'abc'";
        QTest::newRow("URLSearchParams from object")
            << "const params = new URLSearchParams({ error: 'SessionExpired' });\n"
               "const value = `/login?${params.toString()}`;"
            << "'/login?error=SessionExpired'";
        QTest::newRow("URLSearchParams set after construction")
            << "const params = new URLSearchParams();\nparams.set('error', 'SessionExpired');\n"
               "const value = '/login?' + params;"
            << "'/login?error=SessionExpired'";
        QTest::newRow("URL with searchParams.set")
            << "const url = new URL('/login', window.location.origin);\n"
               "url.searchParams.set('error', 'SessionExpired');\nconst value = url.toString();"
            << "'/login?error=SessionExpired'";
        QTest::newRow("encodeURIComponent") << "const value = encodeURIComponent('/a b');"
                                            << "'%2Fa%20b'";
        QTest::newRow("unknown part of a template is a hole")
            << "const value = `/login?error=SessionExpired&next=${pathname}`;"
            << "'/login?error=SessionExpired&next=…'";
        // conversions and defaults
        QTest::newRow("Number of a string") << "const value = Number('150');"
                                            << "150";
        QTest::newRow("parseInt with radix") << "const value = parseInt('150', 10);"
                                             << "150";
        QTest::newRow("nullish with known left") << "const value = null ?? 150;"
                                                 << "150";
        QTest::newRow("Math.min") << "const value = Math.min(150, 200);"
                                  << "150";
        QTest::newRow("boolean literal") << "const value = true;"
                                         << "true";
        QTest::newRow("negation") << "const value = !false;"
                                  << "true";
        // comments never count
        QTest::newRow("block comment inside the expression")
            << "const value = 24 * /* 30 * */ 60 * 60;"
            << "86400";
        QTest::newRow("line comment with a decoy value") << "const value = 240; // was 300"
                                                         << "240";
        QTest::newRow("commented-out declaration") << "// const value = 999;\nconst value = 240;"
                                                   << "240";
        QTest::newRow("commented-out const does not shadow")
            << "/* const MAX = 5; */\nconst MAX = 150;\nconst value = MAX;"
            << "150";
        QTest::newRow("comment between key and value")
            << "const opts = { max: /* 10 */ 150 };\nconst value = opts.max;"
            << "150";
        QTest::newRow("plain TypeScript grammar") << "const value: number = 4 * 60;"
                                                  << "240";
        // scopes
        QTest::newRow("block const shadows the outer const")
            << "const max = 150;\nfunction f() {\n  const max = 10;\n  const value = max;\n}"
            << "10";
        QTest::newRow("outer const is visible in a function")
            << "const max = 150;\nfunction f() {\n  const value = max;\n}"
            << "150";
        QTest::newRow("a block's const is not the outer one")
            << "const max = 150;\n{ const max = 10; }\nconst value = max;"
            << "150";
        // changes after declaration
        QTest::newRow("assignment to a key after the declaration")
            << "const o = { max: 150 };\no.max = 5;\nconst value = o.max;"
            << "5";
        QTest::newRow("Object.assign on a nested object")
            << "const o = { pool: { max: 1 } };\nObject.assign(o.pool, { max: 7 });\n"
               "const value = o.pool.max;"
            << "7";
        QTest::newRow("a change to a parameter of the same name is not the const's")
            << "const o = { max: 150 };\nfunction f(o) { o.max = 5; }\nconst value = o.max;"
            << "150";
        QTest::newRow("subscript assignment with a constant key")
            << "const o = { max: 150 };\no['max'] = 20;\nconst value = o.max;"
            << "20";
    }
    void knownValues()
    {
        QFETCH(QString, source);
        QFETCH(QString, display);
        const EvaluatedValue value = evaluateValue(source,
            QTest::currentDataTag() == QByteArray{"plain TypeScript grammar"}
                ? SourceLanguage::TypeScript
                : SourceLanguage::Tsx);
        QVERIFY2(value.isKnown(), qPrintable(value.reason));
        QCOMPARE(value.display(), display);
    }

    void unknownValues_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("fallback");

        QTest::newRow("process.env without default") << "const value = process.env.SESSION_MAX_AGE;"
                                                     << "environment"
                                                     << "process.env.SESSION_MAX_AGE"
                                                     << "";
        QTest::newRow("Number(process.env.X ?? 150)")
            << "const value = Number(process.env.DB_POOL_MAX ?? 150);"
            << "environment"
            << "process.env.DB_POOL_MAX"
            << "150";
        QTest::newRow("Number(process.env.X) || 150")
            << "const value = Number(process.env.DB_POOL_MAX) || 150;"
            << "environment"
            << "process.env.DB_POOL_MAX"
            << "150";
        QTest::newRow("parseInt of env with string default")
            << "const value = parseInt(process.env.DB_POOL_MAX ?? '150', 10);"
            << "environment"
            << "process.env.DB_POOL_MAX"
            << "150";
        QTest::newRow("env subscript") << "const value = process.env['IDLE'] ?? 30;"
                                       << "environment"
                                       << "process.env.IDLE"
                                       << "30";
        QTest::newRow("arithmetic keeps the default")
            << "const value = Number(process.env.LIFE_MIN ?? 30) * 60;"
            << "environment"
            << "process.env.LIFE_MIN"
            << "1800";
        QTest::newRow("env through a const")
            << "const MAX = Number(process.env.DB_POOL_MAX ?? 150);\nconst value = MAX;"
            << "environment"
            << "process.env.DB_POOL_MAX"
            << "150";
        QTest::newRow("env helper with name and default")
            << "const value = envInt('DB_POOL_MAX', 150);"
            << "environment"
            << "DB_POOL_MAX"
            << "150";
        QTest::newRow("optional chaining on env") << "const value = process.env?.MAX ?? 10;"
                                                  << "environment"
                                                  << "process.env.MAX"
                                                  << "10";
        QTest::newRow("imported name") << "import { MAX } from './config';\nconst value = MAX;"
                                       << "imported from './config'"
                                       << ""
                                       << "";
        QTest::newRow("let binding") << "let max = 150;\nconst value = max;"
                                     << "let/var"
                                     << ""
                                     << "";
        QTest::newRow("undeclared name") << "const value = MAX;"
                                         << "not declared"
                                         << ""
                                         << "";
        QTest::newRow("function call") << "const value = getMax();"
                                       << "not evaluated"
                                       << ""
                                       << "";
        QTest::newRow("conditional") << "const value = isProd ? 150 : 10;"
                                     << "condition"
                                     << ""
                                     << "";
        QTest::newRow("self reference") << "const value = value + 1;"
                                        << "refers to itself"
                                        << ""
                                        << "";
        QTest::newRow("shadowed const")
            << "function a() { const MAX = 1; }\nfunction b() { const MAX = 2; }\n"
               "const value = MAX;"
            << "declared 2 times"
            << ""
            << "";
        QTest::newRow("unknown spread after the key")
            << "import base from './base';\nconst opts = { max: 150, ...base };\nconst value = "
               "opts.max;"
            << "spread"
            << ""
            << "";
        QTest::newRow("computed key") << "const opts = { [key]: 10 };\nconst value = opts.max;"
                                      << "computed key"
                                      << ""
                                      << "";
        QTest::newRow("syntax error") << "const value = 24 * ;"
                                      << "syntax error"
                                      << ""
                                      << "";
        QTest::newRow("parameter shadows the const")
            << "const max = 150;\nfunction f(max) {\n  const value = max;\n}"
            << "'max' is a function parameter (line 2)"
            << ""
            << "";
        QTest::newRow("destructured parameter with a default shadows the const")
            << "const max = 150;\nconst f = ({ max = 5 } = {}) => {\n  const value = max;\n};"
            << "a function parameter"
            << ""
            << "";
        QTest::newRow("single arrow parameter shadows the const")
            << "const max = 150;\nconst f = max => {\n  const value = max;\n};"
            << "a function parameter"
            << ""
            << "";
        QTest::newRow("let in a block shadows the const")
            << "const max = 150;\n{\n  let max = 5;\n  const value = max;\n}"
            << "let/var (line 3)"
            << ""
            << "";
        QTest::newRow("var in a function shadows the const")
            << "const max = 150;\nfunction f() {\n  if (x) { var max = 5; }\n  const value = "
               "max;\n}"
            << "let/var (line 3)"
            << ""
            << "";
        QTest::newRow("destructured declaration shadows the const")
            << "const max = 150;\nfunction f(o) {\n  const { max } = o;\n  const value = max;\n}"
            << "destructuring (line 3)"
            << ""
            << "";
        QTest::newRow("a conditional change makes the key unknown")
            << "const o = { max: 150 };\nif (x) o.max = 5;\nconst value = o.max;"
            << "changed at line 2 (o.max = 5), which may or may not run"
            << ""
            << "";
        QTest::newRow("a change in a function makes the key unknown")
            << "const o = { max: 150 };\nexport function tune() { o.max = 5; }\nconst value = "
               "o.max;"
            << "which may or may not run"
            << ""
            << "";
        QTest::newRow("an increment makes the key unknown")
            << "const o = { max: 150 };\no.max += 5;\nconst value = o.max;"
            << "changed at line 2 (o.max += 5)"
            << ""
            << "";
        QTest::newRow("a change under a computed key makes the object unknown")
            << "const o = { max: 150 };\no[key] = 5;\nconst value = o.max;"
            << "changes a property whose name is not known"
            << ""
            << "";
        QTest::newRow("property of an unknown object") << "const value = config.pool.max;"
                                                       << "not declared"
                                                       << ""
                                                       << "";
        QTest::newRow("a commented-out default is no default")
            << "const value = Number(process.env.DB_POOL_MAX /* ?? 150 */);"
            << "environment"
            << "process.env.DB_POOL_MAX"
            << "";
    }
    void unknownValues()
    {
        QFETCH(QString, source);
        QFETCH(QString, reason);
        QFETCH(QString, environment);
        QFETCH(QString, fallback);
        const EvaluatedValue value = evaluateValue(source);
        QVERIFY2(!value.isKnown(), qPrintable(value.display()));
        QVERIFY2(value.reason.contains(reason), qPrintable(value.reason));
        QCOMPARE(value.environment, environment);
        QCOMPARE(value.fallback ? value.fallback->display() : QString{}, fallback);
        if (!fallback.isEmpty())
            QVERIFY2(value.explain().contains(fallback), qPrintable(value.explain()));
    }

    void lineIsTheExpressionsLine()
    {
        const EvaluatedValue value
            = evaluateValue(QStringLiteral("// header\n\nconst value =\n  24 * 60;"));
        QCOMPARE(value.line, 4);
        QCOMPARE(value.expression, QStringLiteral("24 * 60"));
    }
};

QTEST_GUILESS_MAIN(TestTsEvaluator)
#include "tst_tsevaluator.moc"
