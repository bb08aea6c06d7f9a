import { timingSafeEqual } from "node:crypto";

import { sql } from "@repo/database";

export const dynamic = "force-dynamic";

// The admin sessions endpoint opsdash reads (its docs/sessions.md, "the admin-endpoint
// contract"): live sessions only, nearest expiry first; `id` is the row's id, never the
// token; lastSeenAt is when NextAuth last moved the expiry ("updatedAt"). Behind a bearer
// token (ADMIN_SESSIONS_TOKEN); 401 without it or with a wrong one.

function authorized(request: Request): boolean {
  const expected = process.env.ADMIN_SESSIONS_TOKEN ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  if (!match || expected.length === 0) return false;
  const given = Buffer.from(match[1]);
  const want = Buffer.from(expected);
  return given.length === want.length && timingSafeEqual(given, want);
}

const noStore = { "Cache-Control": "no-store" };

export async function GET(request: Request) {
  if (!authorized(request)) {
    return Response.json(
      { error: "unauthorized" },
      { status: 401, headers: { ...noStore, "WWW-Authenticate": 'Bearer realm="admin"' } },
    );
  }
  const [{ serverTime }] = await sql<{ serverTime: Date }[]>`select now() as "serverTime"`;
  const rows = await sql<{ id: string; user: string; created: Date; lastSeen: Date; expires: Date }[]>`
    select s."id", coalesce(u."email", u."name", s."userId") as "user",
           s."createdAt" at time zone 'UTC' as "created",
           s."updatedAt" at time zone 'UTC' as "lastSeen",
           s."expires" at time zone 'UTC' as "expires"
    from "Session" s join "User" u on u."id" = s."userId"
    where s."expires" > ${serverTime}::timestamptz at time zone 'UTC'
    order by s."expires"`;
  return Response.json(
    {
      serverTime: serverTime.toISOString(),
      sessions: rows.map((r) => ({
        id: r.id,
        user: r.user,
        createdAt: r.created.toISOString(),
        lastSeenAt: r.lastSeen.toISOString(),
        expiresAt: r.expires.toISOString(),
      })),
    },
    { headers: noStore },
  );
}
