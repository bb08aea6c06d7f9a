import { sql } from "@repo/database";

import { demoAuthorized, notFound } from "@/server/demoToken";

export const dynamic = "force-dynamic";

// A CRUD-shaped read that holds its pool connection for `seconds` (0-10): the demo's load
// generator calls it at the concurrency of its phase, so the pool's connections are this
// process's own.
export async function GET(request: Request) {
  if (!demoAuthorized(request)) return notFound();
  const seconds = Math.min(Math.max(Number(new URL(request.url).searchParams.get("seconds")) || 0, 0), 10);
  const [row] = await sql<{ live: number }[]>`
    select count(*)::int as "live" from "Session", pg_sleep(${seconds}::float8)
    where "expires" > now() at time zone 'UTC'`;
  return Response.json({ live: row.live }, { headers: { "Cache-Control": "no-store" } });
}
