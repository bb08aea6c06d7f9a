// The source checks on small trees written by the test, each with its own baseline: the
// forms real repositories use (shadowing, changes after declaration, syntax errors, bracket
// paths, JSX in .js, redirect forms, several pools in a file, checks the baseline leaves
// out), each with the exact status, value, evidence line and reason.
#include "SourceTree.h"
#include "drift/SourceChecks.h"
#include "model/BaselineLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;

namespace {

using Tree = SourceTree;

// A baseline with the required sections and the given members (JSON text without braces,
// e.g. `"files": {…}, "pools": […]`).
QByteArray baselineWith(const QString& members)
{
    const QString session = members.contains(QStringLiteral("\"session\""))
        ? QString{}
        : QStringLiteral(R"("session": { "maxAge": { "value": 86400, "unit": "s" },
  "updateAge": { "value": 240, "unit": "s" } },)");
    const QString name = members.contains(QStringLiteral("\"name\""))
        ? QString{}
        : QStringLiteral(R"("name": "case",)");
    return QStringLiteral(R"({
  "schemaVersion": 1,
  %3
  %1
  "server": { "maxConnections": 200 },
  "attribution": [],
  %2
})")
        .arg(session, members, name)
        .toUtf8();
}

const QString webPool{QStringLiteral(
    R"("pools": [{ "id": "web", "client": "postgres.js", "budget": 150, "settings": { "max": 150 } }])")};

QString onlyFiles(const QString& files)
{
    return QStringLiteral("\"files\": {%1}, %2").arg(files, webPool);
}

QString describe(const Finding& finding)
{
    return QStringLiteral("%1 %2 actual=[%3] evidence=[%4] reason=[%5]")
        .arg(finding.checkId, toString(finding.status), finding.actual, finding.evidence,
            finding.reason);
}

QString at(const QString& file, int line)
{
    return file + u':' + QString::number(line);
}

const QString db{QStringLiteral("src/db.ts")};
const QString dbKey{QStringLiteral(R"("webPoolClient": "src/db.ts")")};
const QString go{QStringLiteral("internal/db/db.go")};

QString goPool(const QString& settings, const QString& extra = {})
{
    return QStringLiteral(R"("files": { "webPoolClient": "internal/db/db.go" },
  "pools": [{ "id": "web", "client": "go-database-sql", "budget": 50, "settings": %1 %2 }])")
        .arg(settings, extra);
}

QString goFile(const QString& body)
{
    return QStringLiteral("package db\n\nimport (\n\t\"database/sql\"\n\t\"time\"\n)\n\n") + body;
}

const QString auth{QStringLiteral("src/auth.ts")};
const QString authKey{QStringLiteral(R"("auth": "src/auth.ts")")};

} // namespace

class TestSourceCases final : public QObject
{
    Q_OBJECT

private slots:
    void cases_data()
    {
        QTest::addColumn<Tree>("tree");
        QTest::addColumn<QString>("baseline"); // members, see baselineWith()
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("actual"); // exact
        QTest::addColumn<QString>("evidence"); // exact
        QTest::addColumn<QString>("reason"); // substring

        const auto pg = [](const char* body) {
            return Tree{db,
                QStringLiteral("import postgres from \"postgres\";\n") + QString::fromUtf8(body)};
        };
        const auto file = [](const QString& path, const char* content) {
            return Tree{path, QString::fromUtf8(content)};
        };
        const QString poolOnly = onlyFiles(dbKey);

        // --- 1. scope-aware names --------------------------------------------------------
        QTest::newRow("destructured parameter default shadows the const") << pg(
            "const max = 150;\n"
            "export const make = (url: string, { max = 5 } = {}) => postgres(url, { max });\n")
                                                                          << poolOnly
                                                                          << "pool.web.max"
                                                                          << "unknown"
                                                                          << "max" << at(db, 3)
                                                                          << "a function parameter";
        QTest::newRow("plain parameter shadows the const")
            << pg("const max = 150;\n"
                  "export function make(url: string, max: number) {\n"
                  "  return postgres(url, { max });\n}\n")
            << poolOnly << "pool.web.max"
            << "unknown"
            << "max" << at(db, 4) << "'max' is a function parameter (line 3)";
        QTest::newRow("let in the function shadows the const")
            << pg("const max = 150;\n"
                  "export function make(url: string) {\n"
                  "  let max = 5;\n"
                  "  return postgres(url, { max });\n}\n")
            << poolOnly << "pool.web.max"
            << "unknown"
            << "max" << at(db, 5) << "let/var (line 4)";
        QTest::newRow("block const shadows the outer const")
            << pg("const max = 150;\n"
                  "export function make(url: string) {\n"
                  "  const max = 10;\n"
                  "  return postgres(url, { max });\n}\n")
            << poolOnly << "pool.web.max"
            << "fail"
            << "10 (max)" << at(db, 5) << "";
        QTest::newRow("outer const read from a function passes") << pg(
            "const max = 150;\n"
            "export function make(url: string) {\n"
            "  return postgres(url, { max });\n}\n") << poolOnly << "pool.web.max"
                                                                 << "pass"
                                                                 << "150 (max)" << at(db, 4) << "";
        QTest::newRow("a const in another function is not in scope")
            << pg("function a() { const max = 150; return max; }\n"
                  "export const sql = postgres(process.env.URL!, { max });\n")
            << poolOnly << "pool.web.max"
            << "unknown"
            << "max" << at(db, 3) << "'max' is declared at line 2, which is not in scope here";

        // --- 2. changes after declaration ---------------------------------------------------
        QTest::newRow("options.max = 5 after the declaration fails with its line")
            << pg("const options = { max: 150 };\n"
                  "options.max = 5;\n"
                  "export const sql = postgres(process.env.URL!, options);\n")
            << poolOnly << "pool.web.max"
            << "fail"
            << "5" << at(db, 3) << "";
        QTest::newRow("a conditional change is unknown naming its line")
            << pg("const options = { max: 150 };\n"
                  "if (process.env.SMALL) options.max = 5;\n"
                  "export const sql = postgres(process.env.URL!, options);\n")
            << poolOnly << "pool.web.max"
            << "unknown"
            << "options.max = 5" << at(db, 3) << "changed at line 3 (options.max = 5), which may";
        QTest::newRow("a change after the call is unknown")
            << pg("const options = { max: 150 };\n"
                  "export const sql = postgres(process.env.URL!, options);\n"
                  "options.max = 5;\n")
            << poolOnly << "pool.web.max"
            << "unknown"
            << "options.max = 5" << at(db, 4) << "after the object is used";
        QTest::newRow("a change to another key leaves max as declared")
            << pg("const options = { max: 150, idle_timeout: 30 };\n"
                  "options.idle_timeout = 5;\n"
                  "export const sql = postgres(process.env.URL!, options);\n")
            << poolOnly << "pool.web.max"
            << "pass"
            << "150" << at(db, 2) << "";
        QTest::newRow("Object.assign with a known object fails")
            << pg("const options = { max: 150 };\n"
                  "Object.assign(options, { max: 20 });\n"
                  "export const sql = postgres(process.env.URL!, options);\n")
            << poolOnly << "pool.web.max"
            << "fail"
            << "20" << at(db, 3) << "";
        QTest::newRow("Object.assign with an unknown object is unknown")
            << pg("import { overrides } from \"./overrides\";\n"
                  "const options = { max: 150 };\n"
                  "Object.assign(options, overrides);\n"
                  "export const sql = postgres(process.env.URL!, options);\n")
            << poolOnly << "pool.web.max"
            << "unknown"
            << "" << at(db, 4) << "Object.assign at line 4 merges overrides, which cannot be";
        QTest::newRow("a spread into a new object that is passed")
            << pg("const options = { max: 150 };\n"
                  "export const sql = postgres(process.env.URL!, { ...options, max: 40 });\n")
            << poolOnly << "pool.web.max"
            << "fail"
            << "40" << at(db, 3) << "";
        QTest::newRow("authOptions.session!.maxAge = 900 fails with its line") << file(auth,
            "import type { NextAuthOptions } from \"next-auth\";\n"
            "export const authOptions: NextAuthOptions = {\n"
            "  session: { maxAge: 86400, updateAge: 240 },\n"
            "};\n"
            "authOptions.session!.maxAge = 900;\n") << onlyFiles(authKey) << "session.maxAge"
                                                                               << "fail"
                                                                               << "900 s"
                                                                               << at(auth, 5) << "";
        QTest::newRow("a spread of authOptions passed to NextAuth is what counts")
            << file(auth,
                   "import NextAuth, { type NextAuthOptions } from \"next-auth\";\n"
                   "export const authOptions: NextAuthOptions = {\n"
                   "  session: { maxAge: 86400, updateAge: 240 },\n"
                   "};\n"
                   "export default NextAuth({ ...authOptions, session: { maxAge: 3600 } });\n")
            << onlyFiles(authKey) << "session.maxAge"
            << "fail"
            << "3600 s" << at(auth, 5) << "";

        // --- 3. syntax errors ---------------------------------------------------------------
        QTest::newRow("a syntax error in the options is unknown, not missing")
            << pg("export const sql = postgres(process.env.URL!, {\n"
                  "  idle_timeout: 30,\n"
                  "  max: 150 +,\n"
                  "});\n")
            << poolOnly << "pool.web.max"
            << "unknown"
            << "" << at(db, 4) << "syntax error";
        QTest::newRow("a syntax error that hides the key is unknown at its line")
            << file(auth,
                   "import NextAuth from \"next-auth\";\n"
                   "export default NextAuth({\n"
                   "  session: { updateAge: 240 },\n"
                   "  pages: { signIn: '/login' ]\n"
                   "});\n")
            << onlyFiles(authKey) << "session.maxAge"
            << "unknown"
            << "" << at(auth, 4) << "syntax error at line 4";

        // --- 1. Go scopes -----------------------------------------------------------------
        const auto goTree = [](const char* body) {
            return Tree{go, goFile(QString::fromUtf8(body))};
        };
        const QString maxOpen50 = goPool(QStringLiteral(R"({ "maxOpenConns": 50 })"));
        QTest::newRow("Go parameter shadows the package const")
            << goTree("const maxOpen = 50\n\n"
                      "func Open(db *sql.DB, maxOpen int) {\n"
                      "\tdb.SetMaxOpenConns(maxOpen)\n}\n")
            << maxOpen50 << "pool.web.maxOpenConns"
            << "unknown"
            << "maxOpen" << at(go, 11) << "'maxOpen' is a function parameter (line 10)";
        QTest::newRow("Go := shadows the package const")
            << goTree("const maxOpen = 50\n\n"
                      "func Open(db *sql.DB) {\n"
                      "\tmaxOpen := 5\n"
                      "\tdb.SetMaxOpenConns(maxOpen)\n}\n")
            << maxOpen50 << "pool.web.maxOpenConns"
            << "unknown"
            << "maxOpen" << at(go, 12) << "'maxOpen' is a variable (line 11)";
        QTest::newRow("Go function-local var shadows the package const")
            << goTree("const maxOpen = 50\n\n"
                      "func Open(db *sql.DB) {\n"
                      "\tvar maxOpen = 5\n"
                      "\tdb.SetMaxOpenConns(maxOpen)\n}\n")
            << maxOpen50 << "pool.web.maxOpenConns"
            << "unknown"
            << "maxOpen" << at(go, 12) << "'maxOpen' is a variable (line 11)";
        QTest::newRow("Go function-local const shadows the package const")
            << goTree("const maxOpen = 50\n\n"
                      "func Open(db *sql.DB) {\n"
                      "\tconst maxOpen = 10\n"
                      "\tdb.SetMaxOpenConns(maxOpen)\n}\n")
            << maxOpen50 << "pool.web.maxOpenConns"
            << "fail"
            << "10 (maxOpen)" << at(go, 12) << "";
        QTest::newRow("Go package const read in a function passes")
            << goTree("const maxOpen = 50\n\n"
                      "func Open(db *sql.DB) {\n"
                      "\tdb.SetMaxOpenConns(maxOpen)\n}\n")
            << maxOpen50 << "pool.web.maxOpenConns"
            << "pass"
            << "50 (maxOpen)" << at(go, 11) << "";

        // --- 9. several pools in one file -------------------------------------------------
        const char* twoGoPools = "func Open(db *sql.DB, readDB *sql.DB) {\n"
                                 "\tdb.SetMaxOpenConns(50)\n"
                                 "\treadDB.SetMaxOpenConns(10)\n}\n";
        QTest::newRow("Go pools told apart by their binding")
            << goTree(twoGoPools)
            << goPool(QStringLiteral(R"({ "maxOpenConns": 10 })"),
                   QStringLiteral(R"(, "binding": "readDB")"))
            << "pool.web.maxOpenConns"
            << "pass"
            << "10" << at(go, 10) << "";
        QTest::newRow("Go pools without a binding are unknown")
            << goTree(twoGoPools) << maxOpen50 << "pool.web.maxOpenConns"
            << "unknown"
            << "50" << at(go, 9) << "called 2 times with different values (lines 9, 10)";
        const char* twoPools
            = "export const sql = postgres(process.env.URL!, { max: 150 });\n"
              "export const migrations = postgres(process.env.URL!, { max: 1 });\n";
        const auto webWith = [](const char* extra) {
            return QStringLiteral(
                R"("files": {"webPoolClient": "src/db.ts"}, "pools": [{ "id": "web",
  "client": "postgres.js", "budget": 150, "settings": { "max": 1 }, %1 }])")
                .arg(QString::fromUtf8(extra));
        };
        QTest::newRow("postgres() calls told apart by binding")
            << pg(twoPools) << webWith(R"("binding": "migrations")") << "pool.web.max"
            << "pass"
            << "1" << at(db, 3) << "";
        QTest::newRow("postgres() calls told apart by position")
            << pg(twoPools) << webWith(R"("call": 2)") << "pool.web.max"
            << "pass"
            << "1" << at(db, 3) << "";
        QTest::newRow("a binding no call has is missing, naming the calls")
            << pg(twoPools) << webWith(R"("binding": "pool")") << "pool.web.max"
            << "missing"
            << "" << db
            << "no postgres(…) call is bound to 'pool' (the calls: line 2 (sql), line 3 "
               "(migrations))";
        QTest::newRow("two postgres() calls without a binding are unknown")
            << pg(twoPools) << poolOnly << "pool.web.max"
            << "unknown"
            << "" << at(db, 2) << "name it in the baseline with \"binding\" or \"call\"";

        // --- 8. checks the baseline leaves out --------------------------------------------
        const Tree plainPool = pg("export const sql = postgres(process.env.URL!, { max: 150 });\n");
        for (const char* check : {"session.maxAge", "guard.sessionExpiredRedirect",
                 "login.sessionExpiredMessage", "docs.poolDocumentation", "tasks.progress"}) {
            QTest::addRow("%s not in the baseline is not-checked", check)
                << plainPool << poolOnly << QString::fromUtf8(check) << "not-checked"
                << ""
                << ""
                << "not in the baseline";
        }
        QTest::newRow("a pool whose file the baseline leaves out is not-checked")
            << plainPool << QString{QStringLiteral("\"files\": {}, ") + webPool} << "pool.web.max"
            << "not-checked"
            << ""
            << ""
            << "not in the baseline (it names no file 'webPoolClient' in files)";

        // --- 4. bracket paths ---------------------------------------------------------------
        const char* routeSource = "import NextAuth from \"next-auth\";\n"
                                  "const handler = NextAuth({ session: { maxAge: 86400, "
                                  "updateAge: 240 } });\n"
                                  "export { handler as GET, handler as POST };\n";
        const QString route{QStringLiteral("src/app/api/auth/[...nextauth]/route.ts")};
        QTest::newRow("a bracket path that exists is taken literally")
            << file(route, routeSource)
            << onlyFiles(QStringLiteral(R"("auth": "src/app/api/auth/[...nextauth]/route.ts")"))
            << "session.maxAge"
            << "pass"
            << "86400 s" << at(route, 2) << "";
        const QString pagesRoute{QStringLiteral("pages/api/auth/[...nextauth].js")};
        QTest::newRow("a Pages Router bracket path in .js")
            << file(pagesRoute, routeSource)
            << onlyFiles(QStringLiteral(R"("auth": "pages/api/auth/[...nextauth].js")"))
            << "session.updateAge"
            << "pass"
            << "240 s" << at(pagesRoute, 2) << "";
        const QString localeRoute{QStringLiteral("app/[locale]/(auth)/api/auth/route.ts")};
        QTest::newRow("escaped brackets in a glob are literal")
            << file(localeRoute, routeSource)
            << onlyFiles(QStringLiteral(R"("auth": "app/\\[locale\\]/**/route.ts")"))
            << "session.maxAge"
            << "pass"
            << "86400 s" << at(localeRoute, 2) << "";

        // --- 5. JSX in .js ------------------------------------------------------------------
        const QString app{QStringLiteral("pages/_app.js")};
        QTest::newRow("SessionProvider in _app.js")
            << file(app,
                   "import { SessionProvider } from \"next-auth/react\";\n\n"
                   "export default function App({ Component, pageProps: { session, ...pageProps "
                   "} }) {\n"
                   "  return (\n"
                   "    <SessionProvider session={session} refetchInterval={0}>\n"
                   "      <Component {...pageProps} />\n"
                   "    </SessionProvider>\n"
                   "  );\n}\n")
            << QString{QStringLiteral(
                           R"("files": {"app": "pages/_app.js"}, "providers": [{ "id": "app",
  "file": "app", "refetchInterval": { "value": 0, "unit": "s" }, "refetchOnWindowFocus": true }], )")
                   + webPool}
            << "provider.app.refetchInterval"
            << "pass"
            << "0 s" << at(app, 5) << "";
        const QString loginPage{QStringLiteral("pages/login.js")};
        QTest::newRow("login form in a .js file")
            << file(loginPage,
                   "import { useSearchParams } from \"next/navigation\";\n\n"
                   "export default function Login() {\n"
                   "  const params = useSearchParams();\n"
                   "  const error = params.get(\"error\");\n"
                   "  return (\n"
                   "    <form>\n"
                   "      {error === \"SessionExpired\" && <p>Your session expired.</p>}\n"
                   "    </form>\n"
                   "  );\n}\n")
            << onlyFiles(QStringLiteral(R"("loginForm": "pages/login.js")"))
            << "login.sessionExpiredMessage"
            << "pass"
            << "reads 'error' (line 5); handles SessionExpired (line 8)" << at(loginPage, 8) << "";

        // --- 6. redirect forms --------------------------------------------------------------
        const QString middleware{QStringLiteral("middleware.ts")};
        const QString guardOnly = onlyFiles(QStringLiteral(R"("sessionGuard": "middleware.ts")"));
        const auto guardCase = [&](const char* name, const char* body, const char* status,
                                   const char* actual, int line) {
            QTest::newRow(name) << file(middleware, body) << guardOnly
                                << "guard.sessionExpiredRedirect" << QString::fromUtf8(status)
                                << QString::fromUtf8(actual) << at(middleware, line) << "";
        };
        guardCase("NextResponse.redirect(new URL(…, req.url))",
            "import { NextResponse, type NextRequest } from \"next/server\";\n\n"
            "export function middleware(req: NextRequest) {\n"
            "  if (!req.cookies.get(\"session\")) {\n"
            "    return NextResponse.redirect(new URL(\"/login?error=SessionExpired\", req.url));\n"
            "  }\n"
            "  return NextResponse.next();\n}\n",
            "pass", "NextResponse.redirect('/login?error=SessionExpired')", 5);
        guardCase("Response.redirect",
            "export async function GET(request: Request) {\n"
            "  return Response.redirect(new URL(\"/login?error=SessionExpired\", request.url), "
            "302);\n}\n",
            "pass", "Response.redirect('/login?error=SessionExpired')", 2);
        guardCase("redirect() from next/navigation under another name",
            "import { redirect as goTo } from \"next/navigation\";\n\n"
            "export default async function Guard() {\n"
            "  goTo(\"/login?error=SessionExpired\");\n}\n",
            "pass", "goTo('/login?error=SessionExpired')", 4);
        guardCase("router.push",
            "\"use client\";\nimport { useRouter } from \"next/navigation\";\n\n"
            "export function Guard() {\n"
            "  const nav = useRouter();\n"
            "  nav.push(\"/login?error=SessionExpired\");\n}\n",
            "pass", "nav.push('/login?error=SessionExpired')", 6);
        guardCase("signIn(undefined, { callbackUrl })",
            "import { signIn } from \"next-auth/react\";\n\n"
            "const callbackUrl = \"/login?error=SessionExpired\";\n"
            "export function expire() {\n"
            "  return signIn(undefined, { callbackUrl });\n}\n",
            "pass", "signIn callbackUrl('/login?error=SessionExpired')", 5);
        guardCase("url.searchParams.set on a cloned nextUrl",
            "import { NextResponse, type NextRequest } from \"next/server\";\n\n"
            "export function middleware(req: NextRequest) {\n"
            "  const url = req.nextUrl.clone();\n"
            "  url.pathname = \"/login\";\n"
            "  url.searchParams.set(\"error\", \"SessionExpired\");\n"
            "  return NextResponse.redirect(url);\n}\n",
            "pass", "NextResponse.redirect('…?…&error=SessionExpired')", 7);
        guardCase("URLSearchParams in a template",
            "import { NextResponse, type NextRequest } from \"next/server\";\n\n"
            "export function middleware(req: NextRequest) {\n"
            "  const params = new URLSearchParams({ error: \"SessionExpired\" });\n"
            "  return NextResponse.redirect(new URL(`/login?${params}`, req.url));\n}\n",
            "pass", "NextResponse.redirect('/login?error=SessionExpired')", 5);
        QTest::newRow("a middleware redirect without the code fails")
            << file(middleware,
                   "import { NextResponse, type NextRequest } from \"next/server\";\n\n"
                   "export function middleware(req: NextRequest) {\n"
                   "  return NextResponse.redirect(new URL(\"/login\", req.url));\n}\n")
            << guardOnly << "guard.sessionExpiredRedirect"
            << "fail"
            << "NextResponse.redirect('/login') line 4" << at(middleware, 4)
            << "no redirect carries error=SessionExpired";

        // --- 7. Auth.js v5 ------------------------------------------------------------------
        QTest::newRow("v5 lazy initialisation returns the options") << file(auth,
            "import NextAuth from \"next-auth\";\n"
            "export const { auth, handlers } = NextAuth((req) => ({\n"
            "  session: { maxAge: 86400, updateAge: 240 },\n"
            "}));\n") << onlyFiles(authKey) << "session.maxAge"
                                                                    << "pass"
                                                                    << "86400 s" << at(auth, 3)
                                                                    << "";
        // --- 7. imported spreads: the import is followed within the checkout ----------------
        const QString authConfig{QStringLiteral("src/auth.config.ts")};
        const auto v5 = [&](const char* specifier, const char* import, const char* options) {
            return QStringLiteral("import NextAuth from \"next-auth\";\n"
                                  "import %1 from \"%2\";\n\n"
                                  "export const { auth, handlers } = NextAuth(%3);\n")
                .arg(QString::fromUtf8(import), QString::fromUtf8(specifier),
                    QString::fromUtf8(options));
        };
        const QString namedConfig
            = QStringLiteral("import type { NextAuthConfig } from \"next-auth\";\n\n"
                             "export const authConfig = {\n"
                             "  pages: { signIn: \"/login\" },\n"
                             "  session: { maxAge: 24 * 60 * 60, updateAge: 240 },\n"
                             "} satisfies NextAuthConfig;\n");
        QTest::newRow("a spread of a named import is read in its file")
            << Tree{auth, v5("./auth.config", "{ authConfig }", "{ ...authConfig, providers: [] }"),
                   authConfig, namedConfig}
            << onlyFiles(authKey) << "session.maxAge"
            << "pass"
            << "86400 s (24 * 60 * 60)" << at(authConfig, 5) << "";
        QTest::newRow("NextAuth(importedConfig) is read in its file")
            << Tree{auth, v5("./auth.config", "{ authConfig }", "authConfig"), authConfig,
                   namedConfig}
            << onlyFiles(authKey) << "session.updateAge"
            << "pass"
            << "240 s" << at(authConfig, 5) << "";
        QTest::newRow("a default export satisfying NextAuthConfig")
            << Tree{auth, v5("./auth.config", "authConfig", "{ ...authConfig }"), authConfig,
                   QStringLiteral("import type { NextAuthConfig } from \"next-auth\";\n"
                                  "export default {\n"
                                  "  session: { maxAge: 3600, updateAge: 240 },\n"
                                  "} satisfies NextAuthConfig;\n")}
            << onlyFiles(authKey) << "session.maxAge"
            << "fail"
            << "3600 s" << at(authConfig, 3) << "";
        QTest::newRow("the named file's own export default satisfying NextAuthConfig")
            << Tree{auth,
                   QStringLiteral("import type { NextAuthConfig } from \"next-auth\";\n"
                                  "export default {\n"
                                  "  session: { maxAge: 86400, updateAge: 240 },\n"
                                  "} satisfies NextAuthConfig;\n")}
            << onlyFiles(authKey) << "session.updateAge"
            << "pass"
            << "240 s" << at(auth, 3) << "";
        QTest::newRow("a re-export through an index file")
            << Tree{auth, v5("./config", "{ authConfig }", "{ ...authConfig }"),
                   QStringLiteral("src/config/index.ts"),
                   QStringLiteral("export { sessionConfig as authConfig } from \"./session\";\n"),
                   QStringLiteral("src/config/session.ts"),
                   QStringLiteral("const ONE_DAY = 86400;\n"
                                  "const sessionConfig = { session: { maxAge: ONE_DAY, "
                                  "updateAge: 240 } };\n"
                                  "export { sessionConfig };\n")}
            << onlyFiles(authKey) << "session.maxAge"
            << "pass"
            << "86400 s (ONE_DAY)" << at(QStringLiteral("src/config/session.ts"), 2) << "";
        QTest::newRow("export * from another file")
            << Tree{auth, v5("./config", "{ authConfig }", "{ ...authConfig }"),
                   QStringLiteral("src/config.ts"),
                   QStringLiteral("export * from \"./other\";\nexport * from \"./auth.config\";\n"),
                   QStringLiteral("src/other.ts"), QStringLiteral("export const unrelated = 1;\n"),
                   authConfig, namedConfig}
            << onlyFiles(authKey) << "session.maxAge"
            << "pass"
            << "86400 s (24 * 60 * 60)" << at(authConfig, 5) << "";
        QTest::newRow("a tsconfig paths alias and a .js extension")
            << Tree{QStringLiteral("apps/web/src/auth.ts"),
                   v5("@/auth.config.js", "{ authConfig }", "{ ...authConfig }"),
                   QStringLiteral("apps/web/src/auth.config.ts"), namedConfig,
                   QStringLiteral("apps/web/tsconfig.json"),
                   QStringLiteral("{\n  // the app's aliases\n  \"compilerOptions\": {\n"
                                  "    \"paths\": { \"@/*\": [\"./src/*\"], },\n  },\n}\n")}
            << onlyFiles(QStringLiteral(R"("auth": "apps/web/src/auth.ts")")) << "session.maxAge"
            << "pass"
            << "86400 s (24 * 60 * 60)" << at(QStringLiteral("apps/web/src/auth.config.ts"), 5)
            << "";
        QTest::newRow("a change to the imported object in the importing file") << Tree{auth,
            v5("./auth.config", "{ authConfig }", "{ ...authConfig }")
                .replace(QStringLiteral("\n\nexport"),
                    QStringLiteral("\n\nauthConfig.session.maxAge = 60;\nexport")),
            authConfig, namedConfig} << onlyFiles(authKey) << "session.maxAge"
                                                                               << "fail"
                                                                               << "60 s"
                                                                               << at(auth, 4) << "";
        QTest::newRow("a conditional change in the imported file is unknown")
            << Tree{auth, v5("./auth.config", "{ authConfig }", "{ ...authConfig }"), authConfig,
                   namedConfig
                       + QStringLiteral("if (process.env.SHORT) authConfig.session.maxAge "
                                        "= 60;\n")}
            << onlyFiles(authKey) << "session.maxAge"
            << "unknown"
            << "authConfig.session.maxAge = 60" << at(authConfig, 7) << "which may or may not run";
        QTest::newRow("an import from a package is unknown naming it")
            << Tree{auth, v5("@acme/auth-config", "{ authConfig }", "{ ...authConfig }")}
            << onlyFiles(authKey) << "session.maxAge"
            << "unknown"
            << "" << at(auth, 4)
            << "'authConfig' is imported from '@acme/auth-config', a package, outside the checkout";
        QTest::newRow("an import that leaves the checkout is unknown")
            << Tree{auth, v5("../../shared/auth", "{ authConfig }", "{ ...authConfig }")}
            << onlyFiles(authKey) << "session.maxAge"
            << "unknown"
            << "" << at(auth, 4)
            << "imported from '../../shared/auth', which is outside the checkout";
        QTest::newRow("imports that form a cycle are unknown")
            << Tree{auth, v5("./a", "{ authConfig }", "{ ...authConfig }"),
                   QStringLiteral("src/a.ts"),
                   QStringLiteral("import { authConfig as b } from \"./b\";\n"
                                  "export const authConfig = { ...b };\n"),
                   QStringLiteral("src/b.ts"),
                   QStringLiteral("import { authConfig as a } from \"./a\";\n"
                                  "export const authConfig = { ...a };\n")}
            << onlyFiles(authKey) << "session.maxAge"
            << "unknown"
            << "" << at(QStringLiteral("src/b.ts"), 2)
            << "the imports form a cycle (src/a.ts#authConfig → src/b.ts#authConfig → "
               "src/a.ts#authConfig)";
        QTest::newRow("postgres() options imported from another file")
            << Tree{db,
                   QStringLiteral("import postgres from \"postgres\";\n"
                                  "import { poolOptions } from \"./pool-options\";\n"
                                  "export const sql = postgres(process.env.URL!, poolOptions);\n"),
                   QStringLiteral("src/pool-options.ts"),
                   QStringLiteral("export const poolOptions = {\n  max: 20,\n};\n")}
            << poolOnly << "pool.web.max"
            << "fail"
            << "20" << at(QStringLiteral("src/pool-options.ts"), 2) << "";

        // --- 11. the docs proximity rule -----------------------------------------------------
        const auto docs = [&](const char* name, const char* path, const char* text,
                              const char* label, const char* status, const char* actual, int line,
                              const char* reason) {
            const QString members = QStringLiteral(R"("name": "Acme platform",
  "files": { "poolDocumentation": "%1", "webPoolClient": "src/db.ts" },
  "pools": [{ "id": "web", "label": "%2", "client": "postgres.js", "budget": 150,
    "settings": { "max": 150 } }])")
                                        .arg(QString::fromUtf8(path), QString::fromUtf8(label));
            const QString doc = QString::fromUtf8(path);
            QTest::newRow(name) << Tree{db,
                QStringLiteral("import postgres from \"postgres\";\nexport const sql = "
                               "postgres(process.env.URL!, { max: 150 });\n"),
                doc, QString::fromUtf8(text)}
                                << members << "docs.poolDocumentation" << QString::fromUtf8(status)
                                << QString::fromUtf8(actual) << (line > 0 ? at(doc, line) : doc)
                                << QString::fromUtf8(reason);
        };
        docs("a man page states the default on the line after the setting", "docs/acme.1",
            ".TH ACME 1\n.SH OPTIONS\n.TP\n.B DATABASE_POOL_MAX\nSize of the postgres.js "
            "pool.\nDefault is 150.\n",
            "web", "pass", "web 150 (line 6)", 6, "");
        docs("the size on the next line of the paragraph", "README.md",
            "# Pools\n\nThe web pool\nholds at most 150 connections.\n", "web", "pass",
            "web 150 (line 4)", 4, "");
        docs("a table row names the pool and its size", "README.md",
            "| pool | size |\n|---|---|\n| web | 150 |\n| other | 20 |\n", "web", "pass",
            "web 150 (line 3)", 3, "");
        docs("a blank line ends the paragraph", "README.md",
            "The web pool is sized below.\n\nIt holds 150.\n", "web", "fail",
            "lines naming the web pool (1) state no number, not 150", 1, "");
        docs("list items are apart", "README.md", "- the web pool\n- 150 workers\n", "web", "fail",
            "lines naming the web pool (1) state no number, not 150", 1, "");
        docs("generic words of the label name no pool", "README.md",
            "The main connection pool holds 150.\n", "Main connection pool", "missing", "", 0,
            "the web pool is not mentioned (looked for web, postgres.js, postgres()");
        docs("the product's name names no pool", "README.md", "Acme serves 150 users.\n", "Acme",
            "missing", "", 0,
            "the web pool is not mentioned (looked for web, postgres.js, postgres()");
        const auto withStrategy = [](const char* strategy) -> QString {
            return QStringLiteral(
                       R"("session": { "strategy": "%1", "maxAge": { "value": 1, "unit": "d" },
  "updateAge": { "value": 4, "unit": "min" } }, )")
                       .arg(QString::fromUtf8(strategy))
                + onlyFiles(QStringLiteral(R"("auth": "src/auth.ts")"));
        };
        const char* jwtAuth = "import NextAuth from \"next-auth\";\n"
                              "export default NextAuth({\n"
                              "  session: { strategy: \"jwt\", maxAge: 86400, updateAge: 240 },\n"
                              "});\n";
        QTest::newRow("session.strategy jwt as expected passes")
            << file(auth, jwtAuth) << withStrategy("jwt") << "session.strategy"
            << "pass"
            << "jwt" << at(auth, 3) << "";
        QTest::newRow("session.strategy jwt where database is expected fails")
            << file(auth, jwtAuth) << withStrategy("database") << "session.strategy"
            << "fail"
            << "jwt" << at(auth, 3) << "";
        QTest::newRow("no strategy with an adapter is NextAuth's database default")
            << file(auth,
                   "import NextAuth from \"next-auth\";\n"
                   "export default NextAuth({\n"
                   "  adapter: PrismaAdapter(db),\n"
                   "  session: { maxAge: 86400, updateAge: 240 },\n"
                   "});\n")
            << withStrategy("database") << "session.strategy"
            << "pass"
            << "database (NextAuth's default with an adapter)" << at(auth, 4)
            << "`session.strategy` is not set";
        QTest::newRow("updateAge with JWT sessions has no effect")
            << file(auth, jwtAuth) << withStrategy("jwt") << "session.updateAge"
            << "unknown"
            << "240" << at(auth, 3)
            << "has no effect: with `strategy: 'jwt'` (line 3) NextAuth ignores session.updateAge";
        QTest::newRow("v5 lazy initialisation with a block body") << file(auth,
            "import NextAuth from \"next-auth\";\n"
            "export const { auth, handlers } = NextAuth(async (req) => {\n"
            "  const session = { maxAge: 3600, updateAge: 240 };\n"
            "  return { session };\n"
            "});\n") << onlyFiles(authKey) << "session.maxAge"
                                                                  << "fail"
                                                                  << "3600 s" << at(auth, 3) << "";
    }
    void cases()
    {
        QFETCH(Tree, tree);
        QFETCH(QString, baseline);
        QFETCH(QString, check);
        QFETCH(QString, status);
        QFETCH(QString, actual);
        QFETCH(QString, evidence);
        QFETCH(QString, reason);

        QTemporaryDir repo;
        QVERIFY(repo.isValid());
        QVERIFY(writeTree(repo.path(), tree));
        const Result<Baseline> loaded
            = BaselineLoader::parse(baselineWith(baseline), QStringLiteral("case.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString{} : loaded.error().toString()));
        const QList<Finding> findings = SourceChecks::run(*loaded, repo.path());
        const Finding* finding = nullptr;
        for (const Finding& candidate : findings) {
            if (candidate.checkId == check)
                finding = &candidate;
        }
        QVERIFY2(finding, qPrintable(check));
        QVERIFY2(toString(finding->status) == status, qPrintable(describe(*finding)));
        QVERIFY2(finding->actual == actual, qPrintable(describe(*finding)));
        QVERIFY2(finding->evidence == evidence, qPrintable(describe(*finding)));
        QVERIFY2(finding->reason.contains(reason), qPrintable(describe(*finding)));
    }
};

QTEST_GUILESS_MAIN(TestSourceCases)
#include "tst_sourcecases.moc"
