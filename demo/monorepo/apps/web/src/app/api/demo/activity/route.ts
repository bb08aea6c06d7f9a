import { randomBytes } from "node:crypto";

import { sql } from "@repo/database";

import { sessionMaxAge as maxAge, sessionUpdateAge as updateAge } from "@/server/auth";
import { demoAuthorized, notFound } from "@/server/demoToken";

export const dynamic = "force-dynamic";

// The simulated users of the demo (one step; the load generator calls it every 3-7 s):
// someone signs in, signs out, or comes back after an expiry (the stale row deleted); users
// active within the last hour have their sessions slid at most once per updateAge, as
// NextAuth's database strategy does; now and then a user idle for hours comes back. The
// seeded short sessions and the canary's are never touched.
export async function POST(request: Request) {
  if (!demoAuthorized(request)) return notFound();
  const roll = Math.random();
  if (roll < 0.3) {
    const [user] = await sql<{ id: string }[]>`
      select u."id" from "User" u
      where u."id" like 'usr\\_%' and u."id" <> 'usr_canary'
        and not exists (select 1 from "Session" s where s."userId" = u."id" and s."expires" > now() at time zone 'UTC')
      order by random() limit 1`;
    if (user) {
      await sql`
        insert into "Session" ("id", "sessionToken", "userId", "expires")
        values (${`ses_${crypto.randomUUID()}`}, ${randomBytes(32).toString("hex")}, ${user.id},
                now() at time zone 'UTC' + make_interval(secs => ${maxAge}))`;
    }
  } else if (roll < 0.35) {
    await sql`
      delete from "Session" where "id" = (
        select "id" from "Session" where "userId" <> 'usr_canary' and "expires" > now() at time zone 'UTC'
        order by random() limit 1)`;
  } else if (roll < 0.4) {
    await sql`delete from "Session" where "expires" < now() at time zone 'UTC' - interval '10 minutes' and "userId" <> 'usr_canary'`;
  }
  const comeback = Math.random() < 0.1;
  await sql`
    update "Session" set "expires" = now() at time zone 'UTC' + make_interval(secs => ${maxAge}),
                         "updatedAt" = now() at time zone 'UTC'
    where "id" in (
      select "id" from "Session"
      where "userId" <> 'usr_canary' and "expires" > now() at time zone 'UTC' + interval '1 hour'
        and "updatedAt" < now() at time zone 'UTC' - make_interval(secs => ${updateAge})
        and ("updatedAt" > now() at time zone 'UTC' - interval '1 hour') <> ${comeback}
      order by random() limit ${comeback ? 1 : 3})`;
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
