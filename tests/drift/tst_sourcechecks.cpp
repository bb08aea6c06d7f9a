// The source checks on the fixture monorepo (every check passes, with the line it read)
// and on variants of it: each way of writing a value, each drift, each missing or
// unusable file gives the exact status, actual value and evidence line.
#include "LargeCheckout.h"
#include "MonorepoCopy.h"
#include "drift/SourceChecks.h"
#include "model/BaselineLoader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace opsdash;

namespace {

const QString auth{QStringLiteral("apps/web/src/server/auth.ts")};
const QString dashboard{QStringLiteral("apps/web/src/app/(dashboard)/layout.tsx")};
const QString portal{QStringLiteral("apps/web/src/app/portal/layout.tsx")};
const QString guard{QStringLiteral("apps/web/src/components/auth/SessionGuard.tsx")};
const QString login{QStringLiteral("apps/web/src/app/login/LoginForm.tsx")};
const QString client{QStringLiteral("packages/database/src/client.ts")};
const QString go{QStringLiteral("apps/scheduling-service/internal/repository/connection.go")};
const QString claude{QStringLiteral("CLAUDE.md")};
const QString tasks{QStringLiteral("specs/001-platform/tasks.md")};

using Edit = MonorepoEdit;
using Edits = QList<MonorepoEdit>;

QString at(const QString& file, int line)
{
    return file + u':' + QString::number(line);
}

const Finding* findingFor(const QList<Finding>& findings, const QString& checkId)
{
    for (const Finding& finding : findings) {
        if (finding.checkId == checkId)
            return &finding;
    }
    return nullptr;
}

QString describe(const Finding& finding)
{
    return QStringLiteral("%1 %2 actual=[%3] evidence=[%4] reason=[%5]")
        .arg(finding.checkId, toString(finding.status), finding.actual, finding.evidence,
            finding.reason);
}

} // namespace

class TestSourceChecks final : public QObject
{
    Q_OBJECT

private:
    Baseline m_baseline;

    void checkUnreadableFile(const QString& root)
    {
        const QList<Finding> findings = SourceChecks::run(m_baseline, root);
        const Finding* finding = findingFor(findings, QStringLiteral("session.maxAge"));
        QVERIFY(finding);
        QVERIFY(finding->status == CheckStatus::Unknown);
        QCOMPARE(finding->evidence, auth);
        QVERIFY2(finding->reason.contains(QStringLiteral("ermission denied")),
            qPrintable(finding->reason));
        QVERIFY2(finding->reason.contains(auth), qPrintable(finding->reason));
    }

private slots:
    void initTestCase()
    {
        Result<Baseline> baseline = BaselineLoader::loadDefault();
        QVERIFY2(baseline.ok(), qPrintable(baseline ? QString{} : baseline.error().toString()));
        m_baseline = std::move(baseline).value();
    }

    void everyCheckIdIsReportedOnceInDesignOrder()
    {
        const QList<Finding> findings
            = SourceChecks::run(m_baseline, QStringLiteral(OPSDASH_MONOREPO_FIXTURE));
        QStringList ids;
        for (const Finding& finding : findings) {
            ids.append(finding.checkId);
            QVERIFY(finding.plane == Plane::Source);
            QVERIFY(finding.firstSeen.isValid());
            QVERIFY(!finding.expected.isEmpty());
        }
        const QStringList expected{QStringLiteral("session.maxAge"),
            QStringLiteral("session.updateAge"),
            QStringLiteral("provider.dashboard.refetchInterval"),
            QStringLiteral("provider.dashboard.refetchOnWindowFocus"),
            QStringLiteral("provider.portal.refetchInterval"),
            QStringLiteral("provider.portal.refetchOnWindowFocus"),
            QStringLiteral("guard.sessionExpiredRedirect"),
            QStringLiteral("login.sessionExpiredMessage"), QStringLiteral("pool.web.max"),
            QStringLiteral("pool.web.idle_timeout"), QStringLiteral("pool.web.connect_timeout"),
            QStringLiteral("pool.web.max_lifetime"), QStringLiteral("pool.scheduling.maxOpenConns"),
            QStringLiteral("pool.scheduling.maxIdleConns"),
            QStringLiteral("pool.scheduling.connMaxLifetime"),
            QStringLiteral("pool.scheduling.connMaxIdleTime"), QStringLiteral("budget.total"),
            QStringLiteral("docs.poolDocumentation"), QStringLiteral("tasks.T167"),
            QStringLiteral("tasks.T178"), QStringLiteral("tasks.progress")};
        QCOMPARE(ids, expected);
    }

    void fixturePasses_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("evidence");

        QTest::newRow("session.maxAge") << "session.maxAge"
                                        << "86400 s (SESSION_MAX_AGE)" << at(auth, 17);
        QTest::newRow("session.updateAge") << "session.updateAge"
                                           << "240 s (SESSION_UPDATE_AGE)" << at(auth, 18);
        QTest::newRow("dashboard refetchInterval") << "provider.dashboard.refetchInterval"
                                                   << "240 s" << at(dashboard, 12);
        QTest::newRow("dashboard refetchOnWindowFocus") << "provider.dashboard.refetchOnWindowFocus"
                                                        << "true" << at(dashboard, 12);
        QTest::newRow("portal refetchInterval") << "provider.portal.refetchInterval"
                                                << "240 s" << at(portal, 12);
        QTest::newRow("portal refetchOnWindowFocus") << "provider.portal.refetchOnWindowFocus"
                                                     << "true" << at(portal, 13);
        QTest::newRow("guard redirect")
            << "guard.sessionExpiredRedirect"
            << "router.replace('/login?error=SessionExpired&callbackUrl=…')" << at(guard, 18);
        QTest::newRow("login message")
            << "login.sessionExpiredMessage"
            << "reads 'error' (line 14); handles SessionExpired (line 8)" << at(login, 8);
        QTest::newRow("pool.web.max") << "pool.web.max"
                                      << "150" << at(client, 13);
        QTest::newRow("pool.web.idle_timeout") << "pool.web.idle_timeout"
                                               << "30 s" << at(client, 14);
        QTest::newRow("pool.web.connect_timeout") << "pool.web.connect_timeout"
                                                  << "10 s" << at(client, 15);
        QTest::newRow("pool.web.max_lifetime") << "pool.web.max_lifetime"
                                               << "1800 s (60 * 30)" << at(client, 16);
        QTest::newRow("scheduling maxOpenConns") << "pool.scheduling.maxOpenConns"
                                                 << "50" << at(go, 20);
        QTest::newRow("scheduling maxIdleConns") << "pool.scheduling.maxIdleConns"
                                                 << "10" << at(go, 21);
        QTest::newRow("scheduling connMaxLifetime") << "pool.scheduling.connMaxLifetime"
                                                    << "30 min (30 * time.Minute)" << at(go, 22);
        QTest::newRow("scheduling connMaxIdleTime") << "pool.scheduling.connMaxIdleTime"
                                                    << "5 min (5 * time.Minute)" << at(go, 23);
        QTest::newRow("budget.total") << "budget.total"
                                      << "150 + 50 = 200 (web + scheduling)" << at(client, 13);
        QTest::newRow("docs") << "docs.poolDocumentation"
                              << "web 150 (line 15); scheduling 50 (line 16)" << at(claude, 15);
        QTest::newRow("T167") << "tasks.T167"
                              << "[x] T167 Validate session management: maxAge 24 h, updateAge 4 m"
                              << at(tasks, 45);
        QTest::newRow("T178") << "tasks.T178"
                              << "[x] T178 Configure connection pooling: postgres.js max 150, Go S"
                              << at(tasks, 56);
        QTest::newRow("progress") << "tasks.progress"
                                  << "36/36 stated; checkboxes 36/36" << at(tasks, 3);
    }
    void fixturePasses()
    {
        QFETCH(QString, check);
        QFETCH(QString, actual);
        QFETCH(QString, evidence);
        const QList<Finding> findings
            = SourceChecks::run(m_baseline, QStringLiteral(OPSDASH_MONOREPO_FIXTURE));
        const Finding* finding = findingFor(findings, check);
        QVERIFY(finding);
        QVERIFY2(finding->status == CheckStatus::Pass, qPrintable(describe(*finding)));
        QCOMPARE(finding->actual, actual);
        QCOMPARE(finding->evidence, evidence);
    }

    void variants_data()
    {
        QTest::addColumn<Edits>("edits");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("actual"); // substring; empty: not checked
        QTest::addColumn<QString>("evidence"); // exact
        QTest::addColumn<QString>("reason"); // substring; empty: not checked

        // --- session.* ---------------------------------------------------------------
        QTest::newRow("maxAge of 30 days fails")
            << Edits{Edit::replace(auth, "const SESSION_MAX_AGE = 24 * 60 * 60;",
                   "const SESSION_MAX_AGE = 30 * 24 * 60 * 60;")}
            << "session.maxAge"
            << "fail"
            << "2592000 s (SESSION_MAX_AGE)" << at(auth, 17) << "";
        QTest::newRow("maxAge as a plain literal passes")
            << Edits{Edit::replace(auth, "maxAge: SESSION_MAX_AGE,", "maxAge: 86_400,")}
            << "session.maxAge"
            << "pass"
            << "86400 s (86_400)" << at(auth, 17) << "";
        QTest::newRow("updateAge from the environment is unknown with its default")
            << Edits{Edit::replace(auth, "const SESSION_UPDATE_AGE = 4 * 60;",
                   "const SESSION_UPDATE_AGE = Number(process.env.SESSION_UPDATE_AGE ?? 240);")}
            << "session.updateAge"
            << "unknown"
            << "SESSION_UPDATE_AGE" << at(auth, 18)
            << "process.env.SESSION_UPDATE_AGE); its literal default is 240 (the same as the "
               "baseline)";
        QTest::newRow("maxAge removed is missing")
            << Edits{Edit::replace(auth, "    maxAge: SESSION_MAX_AGE,\n", "")} << "session.maxAge"
            << "missing"
            << "" << at(auth, 15) << "default is 30 days";
        QTest::newRow("maxAge only in a comment is missing") << Edits{Edit::replace(
            auth, "    maxAge: SESSION_MAX_AGE,", "    // maxAge: SESSION_MAX_AGE,")}
                                                             << "session.maxAge"
                                                             << "missing"
                                                             << "" << at(auth, 15) << "";
        QTest::newRow("options inline in NextAuth({...})") << Edits{Edit::write(auth,
            "import NextAuth from \"next-auth\";\n\n"
            "export const { handlers, auth } = NextAuth({\n"
            "  session: { strategy: \"jwt\", maxAge: 24 * 60 * 60, updateAge: 4 * 60 },\n"
            "  providers: [],\n"
            "});\n")} << "session.maxAge"
                                                           << "pass"
                                                           << "86400 s (24 * 60 * 60)"
                                                           << at(auth, 4) << "";
        QTest::newRow("options typed with satisfies NextAuthOptions") << Edits{Edit::write(auth,
            "import type { NextAuthOptions } from \"next-auth\";\n\n"
            "const ONE_DAY = 24 * 60 * 60;\n\n"
            "export const options = {\n"
            "  session: {\n"
            "    maxAge: ONE_DAY,\n"
            "    updateAge: 240,\n"
            "  },\n"
            "} satisfies NextAuthOptions;\n")} << "session.updateAge"
                                                                      << "pass"
                                                                      << "240 s" << at(auth, 8)
                                                                      << "";
        QTest::newRow("options declared apart and passed to NextAuth by name")
            << Edits{Edit::write(auth,
                   "import NextAuth from \"next-auth\";\n\n"
                   "const config = {\n"
                   "  session: { maxAge: 86400, updateAge: 240 },\n"
                   "};\n\n"
                   "export default NextAuth(config);\n")}
            << "session.maxAge"
            << "pass"
            << "86400 s" << at(auth, 4) << "";
        QTest::newRow("session settings spread from a same-file object") << Edits{Edit::write(auth,
            "import type { NextAuthOptions } from \"next-auth\";\n\n"
            "const sessionDefaults = { maxAge: 24 * 60 * 60, updateAge: 4 * 60 };\n\n"
            "export const authOptions: NextAuthOptions = {\n"
            "  session: { ...sessionDefaults, strategy: \"jwt\" },\n"
            "};\n")} << "session.maxAge"
                                                                         << "pass"
                                                                         << "86400 s (24 * 60 * 60)"
                                                                         << at(auth, 3) << "";
        QTest::newRow("options imported from another file are unknown")
            << Edits{Edit::write(auth,
                   "import NextAuth from \"next-auth\";\n"
                   "import { authConfig } from \"./auth.config\";\n\n"
                   "export const { auth, handlers } = NextAuth(authConfig);\n")}
            << "session.maxAge"
            << "unknown"
            << "" << auth << "imported from './auth.config'";
        QTest::newRow("no NextAuth options at all is missing")
            << Edits{Edit::write(auth, "export const unrelated = { maxAge: 86400 };\n")}
            << "session.maxAge"
            << "missing"
            << "" << auth << "no NextAuth options found";

        // --- provider.* --------------------------------------------------------------
        QTest::newRow("refetchInterval of 5 minutes fails")
            << Edits{Edit::replace(dashboard, "refetchInterval={240}", "refetchInterval={5 * 60}")}
            << "provider.dashboard.refetchInterval"
            << "fail"
            << "300 s (5 * 60)" << at(dashboard, 12) << "";
        QTest::newRow("refetchInterval={4 * 60} passes")
            << Edits{Edit::replace(dashboard, "refetchInterval={240}", "refetchInterval={4 * 60}")}
            << "provider.dashboard.refetchInterval"
            << "pass"
            << "240 s (4 * 60)" << at(dashboard, 12) << "";
        QTest::newRow("refetchInterval from a same-file const passes")
            << Edits{Edit::replace(
                         dashboard, "refetchInterval={240}", "refetchInterval={REFETCH_SECONDS}"),
                   Edit::replace(dashboard, "import type { ReactNode } from \"react\";\n",
                       "import type { ReactNode } from \"react\";\n\nconst REFETCH_SECONDS = 4 * "
                       "60;\n")}
            << "provider.dashboard.refetchInterval"
            << "pass"
            << "240 s (REFETCH_SECONDS)" << at(dashboard, 14) << "";
        QTest::newRow("shorthand refetchOnWindowFocus passes")
            << Edits{Edit::replace(
                   dashboard, "refetchOnWindowFocus={true}", "refetchOnWindowFocus")}
            << "provider.dashboard.refetchOnWindowFocus"
            << "pass"
            << "true (shorthand)" << at(dashboard, 12) << "";
        QTest::newRow("refetchOnWindowFocus={false} fails")
            << Edits{Edit::replace(
                   portal, "refetchOnWindowFocus={true}", "refetchOnWindowFocus={false}")}
            << "provider.portal.refetchOnWindowFocus"
            << "fail"
            << "false" << at(portal, 13) << "";
        QTest::newRow("refetchOnWindowFocus absent is missing")
            << Edits{Edit::replace(portal, "      refetchOnWindowFocus={true}\n", "")}
            << "provider.portal.refetchOnWindowFocus"
            << "missing"
            << "" << at(portal, 11) << "defaults to true";
        QTest::newRow("refetchInterval in a comment only is missing")
            << Edits{Edit::replace(portal, "      refetchInterval={240}\n",
                   "      {/* refetchInterval={240} */}\n")}
            << "provider.portal.refetchInterval"
            << "missing"
            << "" << at(portal, 11) << "never polls";
        QTest::newRow("props spread after the attribute are unknown")
            << Edits{Edit::replace(dashboard, "refetchOnWindowFocus={true}>",
                   "refetchOnWindowFocus={true} {...sessionProps}>")}
            << "provider.dashboard.refetchOnWindowFocus"
            << "unknown"
            << "" << at(dashboard, 12) << "spread";
        QTest::newRow("refetchInterval from the environment is unknown")
            << Edits{Edit::replace(portal, "refetchInterval={240}",
                   "refetchInterval={Number(process.env.NEXT_PUBLIC_REFETCH ?? 300)}")}
            << "provider.portal.refetchInterval"
            << "unknown"
            << "" << at(portal, 12) << "its literal default is 300 (the baseline expects 240)";
        QTest::newRow("layout without SessionProvider is missing") << Edits{Edit::write(portal,
            "export default function PortalLayout({ children }) {\n  return "
            "<main>{children}</main>;\n}\n")} << "provider.portal.refetchInterval"
                                                                   << "missing"
                                                                   << "" << portal
                                                                   << "no <SessionProvider>";
        QTest::newRow("layout file deleted is missing")
            << Edits{Edit::remove(dashboard)} << "provider.dashboard.refetchOnWindowFocus"
            << "missing"
            << "" << dashboard << "no such file";

        // --- guard.sessionExpiredRedirect ---------------------------------------------------
        QTest::newRow("redirect without the error code fails")
            << Edits{Edit::replace(
                   guard, "/login?error=SessionExpired&callbackUrl=", "/login?callbackUrl=")}
            << "guard.sessionExpiredRedirect"
            << "fail"
            << "router.replace('/login?callbackUrl=…')" << at(guard, 18) << "";
        QTest::newRow("the code in a comment does not count") << Edits{Edit::replace(guard,
            "      router.replace(`/login?error=SessionExpired&callbackUrl=${callbackUrl}`);\n",
            "      // router.replace(\"/login?error=SessionExpired\");\n      "
            "router.replace(\"/login\");\n")} << "guard.sessionExpiredRedirect"
                                                              << "fail"
                                                              << "router.replace('/login') line 19"
                                                              << at(guard, 19) << "";
        QTest::newRow("URLSearchParams building the query passes")
            << Edits{Edit::replace(guard,
                   "      const callbackUrl = encodeURIComponent(pathname ?? \"/\");\n"
                   "      "
                   "router.replace(`/login?error=SessionExpired&callbackUrl=${callbackUrl}`);\n",
                   "      const params = new URLSearchParams({ error: \"SessionExpired\", "
                   "callbackUrl: pathname ?? \"/\" });\n"
                   "      router.replace(`/login?${params}`);\n")}
            << "guard.sessionExpiredRedirect"
            << "pass"
            << "router.replace('/login?error=SessionExpired&callbackUrl=…')" << at(guard, 18) << "";
        QTest::newRow("signOut callbackUrl passes")
            << Edits{Edit::replace(guard,
                   "router.replace(`/login?error=SessionExpired&callbackUrl=${callbackUrl}`);",
                   "void signOut({ callbackUrl: \"/login?error=SessionExpired\" });")}
            << "guard.sessionExpiredRedirect"
            << "pass"
            << "signOut callbackUrl('/login?error=SessionExpired')" << at(guard, 18) << "";
        QTest::newRow("redirect() in a server component passes") << Edits{Edit::write(guard,
            "import { redirect } from \"next/navigation\";\n"
            "import { getServerAuthSession } from \"@/server/auth\";\n\n"
            "const EXPIRED = \"/login?error=SessionExpired\";\n\n"
            "export async function SessionGuard({ children }: { children: React.ReactNode }) {\n"
            "  const session = await getServerAuthSession();\n"
            "  if (!session) redirect(EXPIRED);\n"
            "  return children;\n"
            "}\n")} << "guard.sessionExpiredRedirect"
                                                                 << "pass"
                                                                 << "redirect('/"
                                                                    "login?error=SessionExpired')"
                                                                 << at(guard, 8) << "";
        QTest::newRow("error code from an unknown variable is unknown")
            << Edits{Edit::replace(guard, "/login?error=SessionExpired&callbackUrl=${callbackUrl}",
                   "/login?error=${reason}")}
            << "guard.sessionExpiredRedirect"
            << "unknown"
            << "" << at(guard, 18) << "cannot be evaluated";
        QTest::newRow("another error code fails")
            << Edits{Edit::replace(guard, "error=SessionExpired", "error=Expired")}
            << "guard.sessionExpiredRedirect"
            << "fail"
            << "error=Expired" << at(guard, 18) << "";
        QTest::newRow("no navigation at all is missing") << Edits{Edit::replace(guard,
            "      router.replace(`/login?error=SessionExpired&callbackUrl=${callbackUrl}`);\n",
            "")} << "guard.sessionExpiredRedirect"
                                                         << "missing"
                                                         << "" << guard << "no navigation";

        // --- login.sessionExpiredMessage ----------------------------------------------------
        QTest::newRow("switch on the error parameter passes")
            << Edits{Edit::write(login,
                   "\"use client\";\n"
                   "import { useSearchParams } from \"next/navigation\";\n\n"
                   "function message(error: string | null) {\n"
                   "  switch (error) {\n"
                   "    case \"SessionExpired\":\n"
                   "      return \"Your session expired. Please sign in again.\";\n"
                   "    default:\n"
                   "      return null;\n"
                   "  }\n"
                   "}\n\n"
                   "export function LoginForm() {\n"
                   "  const params = useSearchParams();\n"
                   "  const text = message(params.get(\"error\"));\n"
                   "  return <form>{text && <p role=\"alert\">{text}</p>}</form>;\n"
                   "}\n")}
            << "login.sessionExpiredMessage"
            << "pass"
            << "reads 'error' (line 15); handles SessionExpired (line 6)" << at(login, 6) << "";
        QTest::newRow("comparison in JSX passes") << Edits{Edit::write(login,
            "\"use client\";\n"
            "import { useSearchParams } from \"next/navigation\";\n\n"
            "export function LoginForm() {\n"
            "  const searchParams = useSearchParams();\n"
            "  return (\n"
            "    <form>\n"
            "      {searchParams.get(\"error\") === \"SessionExpired\" && <p>Your session "
            "expired.</p>}\n"
            "    </form>\n"
            "  );\n"
            "}\n")} << "login.sessionExpiredMessage"
                                                  << "pass"
                                                  << "" << at(login, 8) << "";
        QTest::newRow("message removed from the map fails")
            << Edits{Edit::replace(login,
                   "  SessionExpired: \"Your session expired. Please sign in again.\",\n", "")}
            << "login.sessionExpiredMessage"
            << "fail"
            << "reads 'error' (line 13); no branch or message for SessionExpired" << at(login, 13)
            << "";
        QTest::newRow("message only in a comment fails")
            << Edits{Edit::replace(login,
                   "  SessionExpired: \"Your session expired. Please sign in again.\",",
                   "  // SessionExpired: \"Your session expired. Please sign in again.\",")}
            << "login.sessionExpiredMessage"
            << "fail"
            << "no branch or message for SessionExpired" << at(login, 14) << "";
        QTest::newRow("LoginForm deleted is missing with the glob")
            << Edits{Edit::remove(login)} << "login.sessionExpiredMessage"
            << "missing"
            << ""
            << "apps/web/src/**/LoginForm.tsx"
            << "no file matches";
        QTest::newRow("two LoginForms make the glob ambiguous")
            << Edits{Edit::write(QStringLiteral("apps/web/src/components/LoginForm.tsx"),
                   "export function LoginForm() { return null; }\n")}
            << "login.sessionExpiredMessage"
            << "unknown"
            << ""
            << "apps/web/src/**/LoginForm.tsx"
            << "2 files match";

        // --- pool.web.* ---------------------------------------------------------------------
        QTest::newRow("web max of 100 fails")
            << Edits{Edit::replace(client, "max: 150,", "max: 100,")} << "pool.web.max"
            << "fail"
            << "100" << at(client, 13) << "";
        QTest::newRow("options object declared apart passes")
            << Edits{Edit::replace(client,
                         "const client = postgres(connectionString, {\n"
                         "  max: 150, // 75% of 200 total for CRUD operations\n",
                         "const poolOptions = {\n"
                         "  max: 150, // 75% of 200 total for CRUD operations\n"),
                   Edit::replace(client, "});\n\nexport const db",
                       "} as const;\n\nconst client = postgres(connectionString, "
                       "poolOptions);\n\nexport const db")}
            << "pool.web.max_lifetime"
            << "pass"
            << "1800 s (60 * 30)" << at(client, 16) << "";
        QTest::newRow("spread of same-file defaults passes")
            << Edits{Edit::replace(client, "const client = postgres(connectionString, {\n",
                         "const defaults = { idle_timeout: 30, connect_timeout: 10 };\n"
                         "const client = postgres(connectionString, {\n  ...defaults,\n"),
                   Edit::replace(client,
                       "  idle_timeout: 30, // Close idle connections after 30 seconds\n", "")}
            << "pool.web.idle_timeout"
            << "pass"
            << "30 s" << at(client, 12) << "";
        QTest::newRow("max from the environment is unknown with its default")
            << Edits{Edit::replace(
                   client, "max: 150,", "max: Number(process.env.DB_POOL_MAX ?? 150),")}
            << "pool.web.max"
            << "unknown"
            << "Number(process.env.DB_POOL_MAX ?? 150)" << at(client, 13)
            << "its literal default is 150";
        QTest::newRow("idle_timeout removed is missing")
            << Edits{Edit::replace(
                   client, "  idle_timeout: 30, // Close idle connections after 30 seconds\n", "")}
            << "pool.web.idle_timeout"
            << "missing"
            << "" << at(client, 12) << "PGIDLE_TIMEOUT";
        QTest::newRow("max_lifetime in minutes by mistake fails")
            << Edits{Edit::replace(client, "max_lifetime: 60 * 30,", "max_lifetime: 30,")}
            << "pool.web.max_lifetime"
            << "fail"
            << "30 s" << at(client, 16) << "";
        QTest::newRow("two postgres() calls are unknown")
            << Edits{Edit::replace(client, "export const db",
                   "export const migrationClient = postgres(connectionString, { max: 1 });\nexport "
                   "const db")}
            << "pool.web.max"
            << "unknown"
            << "" << at(client, 12) << "2 postgres(…) calls";
        QTest::newRow("aliased default import passes")
            << Edits{Edit::replace(client, "import postgres from \"postgres\";",
                         "import pg from \"postgres\";"),
                   Edit::replace(client, "= postgres(", "= pg(")}
            << "pool.web.connect_timeout"
            << "pass"
            << "10 s" << at(client, 15) << "";
        QTest::newRow("client file deleted is missing")
            << Edits{Edit::remove(client)} << "pool.web.max"
            << "missing"
            << "" << client << "no such file";

        // --- pool.scheduling.* --------------------------------------------------------------
        QTest::newRow("maxOpenConns of 100 fails")
            << Edits{Edit::replace(go, "db.SetMaxOpenConns(50)", "db.SetMaxOpenConns(100)")}
            << "pool.scheduling.maxOpenConns"
            << "fail"
            << "100" << at(go, 20) << "";
        QTest::newRow("time.Minute * 30 passes")
            << Edits{Edit::replace(go, "30 * time.Minute", "time.Minute * 30")}
            << "pool.scheduling.connMaxLifetime"
            << "pass"
            << "30 min (time.Minute * 30)" << at(go, 22) << "";
        QTest::newRow("time.Duration(5) * time.Minute passes")
            << Edits{Edit::replace(go, "5 * time.Minute", "time.Duration(5) * time.Minute")}
            << "pool.scheduling.connMaxIdleTime"
            << "pass"
            << "5 min (time.Duration(5) * time.Minute)" << at(go, 23) << "";
        QTest::newRow("same-file const block passes")
            << Edits{Edit::replace(
                         go, "db.SetMaxOpenConns(50)", "db.SetMaxOpenConns(maxOpenConns)"),
                   Edit::replace(go, "db.SetConnMaxLifetime(30 * time.Minute)",
                       "db.SetConnMaxLifetime(connMaxLifetime)"),
                   Edit::replace(go, "\t_ \"github.com/lib/pq\"\n)\n",
                       "\t_ \"github.com/lib/pq\"\n)\n\nconst (\n\tmaxOpenConns    = "
                       "50\n\tconnMaxLifetime = 1800 * time.Second\n)\n")}
            << "pool.scheduling.connMaxLifetime"
            << "pass"
            << "30 min (connMaxLifetime)" << at(go, 27) << "";
        QTest::newRow("untyped number of nanoseconds fails")
            << Edits{Edit::replace(
                   go, "db.SetConnMaxLifetime(30 * time.Minute)", "db.SetConnMaxLifetime(1800)")}
            << "pool.scheduling.connMaxLifetime"
            << "fail"
            << "1800 ns" << at(go, 22) << "nanoseconds";
        QTest::newRow("SetMaxIdleConns removed is missing") << Edits{Edit::replace(
            go, "\tdb.SetMaxIdleConns(10)                  // Keep 10 idle for quick reuse\n", "")}
                                                            << "pool.scheduling.maxIdleConns"
                                                            << "missing"
                                                            << "" << go << "default is 2";
        QTest::newRow("commented-out setter is missing")
            << Edits{Edit::replace(go, "\tdb.SetConnMaxIdleTime(5 * time.Minute)",
                   "\t// db.SetConnMaxIdleTime(5 * time.Minute)")}
            << "pool.scheduling.connMaxIdleTime"
            << "missing"
            << "" << go << "never called";
        QTest::newRow("env helper is unknown with its default") << Edits{Edit::replace(
            go, "db.SetMaxOpenConns(50)", "db.SetMaxOpenConns(envInt(\"DB_MAX_OPEN_CONNS\", 50))")}
                                                                << "pool.scheduling.maxOpenConns"
                                                                << "unknown"
                                                                << "" << at(go, 20)
                                                                << "DB_MAX_OPEN_CONNS";
        QTest::newRow("Go variable from os.Getenv is unknown with its default")
            << Edits{Edit::replace(go, "\tdb.SetMaxOpenConns(50)",
                   "\tmaxOpen := 50\n"
                   "\tif v, err := strconv.Atoi(os.Getenv(\"DB_MAX_OPEN_CONNS\")); err == nil {\n"
                   "\t\tmaxOpen = v\n"
                   "\t}\n"
                   "\tdb.SetMaxOpenConns(maxOpen)")}
            << "pool.scheduling.maxOpenConns"
            << "unknown"
            << "maxOpen" << at(go, 24) << "its literal default is 50 (the same as the baseline)";
        QTest::newRow("two different calls are unknown") << Edits{Edit::replace(
            go, "\tif err := db.Ping()", "\tdb.SetMaxIdleConns(20)\n\tif err := db.Ping()")}
                                                         << "pool.scheduling.maxIdleConns"
                                                         << "unknown"
                                                         << "" << at(go, 21) << "different values";

        // --- budget.total -------------------------------------------------------------------
        QTest::newRow("budget follows the code")
            << Edits{Edit::replace(client, "max: 150,", "max: 100,")} << "budget.total"
            << "pass"
            << "100 + 50 = 150 (web + scheduling)" << at(client, 13) << "server.capacity";
        QTest::newRow("over-committed budget fails")
            << Edits{Edit::replace(go, "db.SetMaxOpenConns(50)", "db.SetMaxOpenConns(100)")}
            << "budget.total"
            << "fail"
            << "150 + 100 = 250 (web + scheduling)" << at(client, 13) << "";
        QTest::newRow("unlimited Go pool fails the budget")
            << Edits{Edit::replace(go, "db.SetMaxOpenConns(50)", "db.SetMaxOpenConns(0)")}
            << "budget.total"
            << "fail"
            << "scheduling: unlimited" << at(go, 20) << "unlimited";
        QTest::newRow("unknown pool size makes the budget unknown")
            << Edits{Edit::replace(
                   client, "max: 150,", "max: Number(process.env.DB_POOL_MAX ?? 150),")}
            << "budget.total"
            << "unknown"
            << "" << at(client, 13) << "size of pool web";

        // --- docs.poolDocumentation ----------------------------------------------------------
        QTest::newRow("documentation stating another size fails")
            << Edits{Edit::replace(claude, "`max: 150`", "`max: 100`")} << "docs.poolDocumentation"
            << "fail"
            << "not 150" << at(claude, 15) << "";
        QTest::newRow("documentation follows the code, not the baseline")
            << Edits{Edit::replace(claude, "`max: 150`", "`max: 100`"),
                   Edit::replace(client, "max: 150,", "max: 100,")}
            << "docs.poolDocumentation"
            << "pass"
            << "web 100 (line 15); scheduling 50 (line 16)" << at(claude, 15) << "";
        QTest::newRow("documentation without pools is missing")
            << Edits{Edit::write(claude, "# Notes\n\nNothing about connections here.\n")}
            << "docs.poolDocumentation"
            << "missing"
            << "" << claude << "not mentioned";
        QTest::newRow("documentation file deleted is missing")
            << Edits{Edit::remove(claude)} << "docs.poolDocumentation"
            << "missing"
            << "" << claude << "no such file";

        // --- tasks.* ------------------------------------------------------------------------
        QTest::newRow("T167 unchecked fails")
            << Edits{Edit::replace(tasks, "- [x] T167", "- [ ] T167")} << "tasks.T167"
            << "fail"
            << "[ ] T167" << at(tasks, 45) << "";
        QTest::newRow("unchecked box makes the progress line wrong")
            << Edits{Edit::replace(tasks, "- [x] T167", "- [ ] T167")} << "tasks.progress"
            << "fail"
            << "36/36 stated; checkboxes 35/36" << at(tasks, 3) << "does not match";
        QTest::newRow("honest progress still fails the sign-off")
            << Edits{Edit::replace(tasks, "- [x] T167", "- [ ] T167"),
                   Edit::replace(tasks, "**Progress**: 36/36", "**Progress**: 35/36")}
            << "tasks.progress"
            << "fail"
            << "35/36 stated; checkboxes 35/36" << at(tasks, 3) << "expects 36/36";
        QTest::newRow("capital X counts as checked")
            << Edits{Edit::replace(tasks, "- [x] T178", "- [X] T178")} << "tasks.T178"
            << "pass"
            << "[x] T178" << at(tasks, 56) << "";
        QTest::newRow("T178 line removed is missing") << Edits{Edit::replace(tasks,
            "- [x] T178 Configure connection pooling: postgres.js max 150, Go SetMaxOpenConns 50 "
            "(200 total); "
            "documented in CLAUDE.md\n",
            "")} << "tasks.T178"
                                                      << "missing"
                                                      << "" << tasks << "no checkbox item for T178";
        QTest::newRow("no progress line is missing")
            << Edits{Edit::replace(tasks, "**Progress**: 36/36 tasks complete\n", "")}
            << "tasks.progress"
            << "missing"
            << "checkboxes 36/36" << tasks << "";
        QTest::newRow("checkbox inside a code fence does not count")
            << Edits{Edit::replace(
                   tasks, "## Notes\n", "## Notes\n\n```markdown\n- [ ] T999 example\n```\n")}
            << "tasks.progress"
            << "pass"
            << "36/36 stated; checkboxes 36/36" << at(tasks, 3) << "";
        QTest::newRow("another tasks.md without the tasks is passed over")
            << Edits{Edit::write(
                   QStringLiteral("docs/tasks.md"), "# Other\n\n- [ ] T001 something else\n")}
            << "tasks.T167"
            << "pass"
            << "" << at(tasks, 45) << "";
        QTest::newRow("tasks.md deleted is missing")
            << Edits{Edit::remove(tasks)} << "tasks.progress"
            << "missing"
            << ""
            << "**/tasks.md"
            << "no file matches";

        // --- files that cannot be used ------------------------------------------------------
        QTest::newRow("a directory where auth.ts should be")
            << Edits{Edit::remove(auth), Edit::makeDirectory(auth)} << "session.maxAge"
            << "unknown"
            << "" << auth << "is a directory";
        QTest::newRow("binary junk in client.ts") << Edits{Edit::write(client,
            QByteArray{"\x7f"
                       "ELF\x02\x01\x01\x00\x00\x00garbage",
                17})} << "pool.web.max"
                                                  << "unknown"
                                                  << "" << client << "binary content";
        QTest::newRow("invalid UTF-8 in connection.go")
            << Edits{Edit::write(go, QByteArray{"package repository\n\xff\xfe\n"})}
            << "pool.scheduling.maxOpenConns"
            << "unknown"
            << "" << go << "not valid UTF-8";
        QTest::newRow("10 MB layout rejected")
            << Edits{Edit::write(dashboard, QByteArray(10 * 1000 * 1000, 'a'))}
            << "provider.dashboard.refetchInterval"
            << "unknown"
            << "" << dashboard << "limit";
    }
    void variants()
    {
        QFETCH(Edits, edits);
        QFETCH(QString, check);
        QFETCH(QString, status);
        QFETCH(QString, actual);
        QFETCH(QString, evidence);
        QFETCH(QString, reason);

        MonorepoCopy repo;
        QVERIFY(repo.isValid());
        for (const MonorepoEdit& edit : edits) {
            const QString problem = repo.apply(edit);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const QList<Finding> findings = SourceChecks::run(m_baseline, repo.root());
        const Finding* finding = findingFor(findings, check);
        QVERIFY(finding);
        QVERIFY2(toString(finding->status) == status, qPrintable(describe(*finding)));
        if (!actual.isEmpty())
            QVERIFY2(finding->actual.contains(actual), qPrintable(describe(*finding)));
        QVERIFY2(finding->evidence == evidence, qPrintable(describe(*finding)));
        if (!reason.isEmpty())
            QVERIFY2(finding->reason.contains(reason), qPrintable(describe(*finding)));
        if (status == QLatin1String{"unknown"} || status == QLatin1String{"missing"})
            QVERIFY2(!finding->reason.isEmpty(), qPrintable(describe(*finding)));
    }

    // Root reads a file whatever its mode, so as root the case runs again as the unprivileged
    // user nobody (as tests/fixtures/pg-cluster runs PostgreSQL as postgres): a copy of this
    // executable, through runuser, on this copy of the fixture opened to everyone but the
    // file under test (the build and source dirs need not be readable by nobody).
    void unreadableFileIsNamedWithTheSystemReason()
    {
        const QString given = qEnvironmentVariable("OPSDASH_TEST_UNREADABLE_REPO");
        if (!given.isEmpty()) { // the unprivileged run
            QVERIFY(::geteuid() != 0);
            checkUnreadableFile(given);
            return;
        }
        MonorepoCopy repo;
        QVERIFY(repo.isValid());
        QVERIFY(QFile::setPermissions(repo.path(auth), QFileDevice::Permissions{}));
        if (::geteuid() != 0) {
            checkUnreadableFile(repo.root());
            return;
        }
        const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const auto traversable
            = everyone | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(repo.root(), traversable));
        QDirIterator it{repo.root(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories};
        while (it.hasNext()) {
            const QString path = it.next();
            if (path == repo.path(auth))
                continue;
            QVERIFY(QFile::setPermissions(path, it.fileInfo().isDir() ? traversable : everyone));
        }
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        QVERIFY(QFile::setPermissions(bin.path(), traversable));
        const QString executable = bin.filePath(QStringLiteral("tst_sourcechecks"));
        QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), executable));
        QVERIFY(QFile::setPermissions(executable, traversable));

        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OPSDASH_TEST_UNREADABLE_REPO"), repo.root());
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral("runuser"),
            {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), executable,
                QStringLiteral("unreadableFileIsNamedWithTheSystemReason")});
        QVERIFY2(child.waitForFinished(60000), qPrintable(child.errorString()));
        const QString output = QString::fromLocal8Bit(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
            qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral(
                     "PASS   : TestSourceChecks::unreadableFileIsNamedWithTheSystemReason()")),
            qPrintable(output));
    }

    void sourceTreeSitterCannotParseInTimeIsUnknownWithTheReason()
    {
        // Fuzzing found a 907-byte input that keeps tree-sitter's error recovery busy for
        // minutes: the parse gives up after its time limit and the check says so.
        MonorepoCopy repo;
        QVERIFY(repo.isValid());
        QFile slow{QStringLiteral(
            OPSDASH_SOURCE_DIR "/tests/fuzz/regressions/source_ts/slow-parse-907-bytes")};
        QVERIFY(slow.open(QIODevice::ReadOnly));
        QFile target{repo.path(auth)};
        QVERIFY(target.open(QIODevice::WriteOnly | QIODevice::Truncate));
        target.write(slow.readAll());
        target.close();
        const QList<Finding> findings = SourceChecks::run(m_baseline, repo.root());
        const Finding* finding = findingFor(findings, QStringLiteral("session.maxAge"));
        QVERIFY(finding);
        QVERIFY2(finding->status == CheckStatus::Unknown, qPrintable(describe(*finding)));
        QVERIFY2(finding->reason.contains(QStringLiteral("gave up parsing")),
            qPrintable(finding->reason));
    }

    void onlyTheFilesTheBaselineNamesAreRead()
    {
        // A large unrelated tree under the glob roots: globs walk it but read and parse
        // only the files they name, exactly as on the bare fixture.
        SourceChecks::Statistics bare;
        const QList<Finding> fixture = SourceChecks::run(m_baseline,
            QStringLiteral(OPSDASH_MONOREPO_FIXTURE), QDateTime::currentDateTimeUtc(), &bare);
        QCOMPARE(exitStatusFor(fixture), 0);
        QCOMPARE(bare.filesRead, 9); // 7 sources + CLAUDE.md + tasks.md
        QCOMPARE(bare.filesParsed, 7);

        MonorepoCopy repo;
        QVERIFY(repo.isValid());
        QVERIFY(largecheckout::addUnrelatedFiles(repo.root(), 2000));
        QVERIFY(repo.apply(MonorepoEdit::write(
                               QStringLiteral("node_modules/pkg/tasks.md"), "- [ ] T167\n"))
                    .isEmpty());
        SourceChecks::Statistics large;
        const QList<Finding> findings
            = SourceChecks::run(m_baseline, repo.root(), QDateTime::currentDateTimeUtc(), &large);
        QCOMPARE(exitStatusFor(findings), 0);
        QCOMPARE(large.filesRead, bare.filesRead);
        QCOMPARE(large.bytesRead, bare.bytesRead);
        QCOMPARE(large.filesParsed, bare.filesParsed);
        // Each glob is walked once: the unrelated files outside node_modules are seen by
        // the whole-checkout walk of **/tasks.md and, under apps/web/src, by the login
        // form's walk too — not once per check that asks for the file.
        QVERIFY2(large.directoryEntries > 2000 && large.directoryEntries < 2 * 2000 + 500,
            qPrintable(QString::number(large.directoryEntries)));
    }

    void missingCheckoutMakesEveryCheckMissingWithItsPath()
    {
        const QString path{QStringLiteral("/nonexistent/opsdash/checkout")};
        const QList<Finding> fixture
            = SourceChecks::run(m_baseline, QStringLiteral(OPSDASH_MONOREPO_FIXTURE));
        const QList<Finding> findings = SourceChecks::run(m_baseline, path);
        QCOMPARE(findings.size(), fixture.size());
        for (qsizetype i = 0; i < findings.size(); ++i) {
            QCOMPARE(findings.at(i).checkId, fixture.at(i).checkId);
            QCOMPARE(findings.at(i).expected, fixture.at(i).expected);
            QVERIFY2(findings.at(i).status == CheckStatus::Missing,
                qPrintable(describe(findings.at(i))));
            QCOMPARE(findings.at(i).evidence, path);
            QVERIFY2(findings.at(i).reason.contains(path), qPrintable(findings.at(i).reason));
            QVERIFY(findings.at(i).actual.isEmpty());
        }
    }

    void unavailableGivesEveryCheckWithoutReadingAnything()
    {
        const QList<Finding> fixture
            = SourceChecks::run(m_baseline, QStringLiteral(OPSDASH_MONOREPO_FIXTURE));
        const QList<Finding> findings = SourceChecks::unavailable(
            m_baseline, CheckStatus::NotChecked, QString{}, QStringLiteral("no repository given"));
        QCOMPARE(findings.size(), fixture.size());
        for (qsizetype i = 0; i < findings.size(); ++i) {
            QCOMPARE(findings.at(i).checkId, fixture.at(i).checkId);
            QVERIFY(findings.at(i).plane == Plane::Source);
            QVERIFY(findings.at(i).status == CheckStatus::NotChecked);
            QCOMPARE(findings.at(i).reason, QStringLiteral("no repository given"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSourceChecks)
#include "tst_sourcechecks.moc"
