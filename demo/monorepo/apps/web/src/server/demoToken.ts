import { timingSafeEqual } from "node:crypto";

// The demo's own routes (/api/demo/*: its load and its simulated users) answer only to
// the load generator, which holds DEMO_LOAD_TOKEN; without it set they do not exist.
export function demoAuthorized(request: Request): boolean {
  const expected = process.env.DEMO_LOAD_TOKEN ?? "";
  const given = request.headers.get("x-demo-token") ?? "";
  if (expected.length === 0 || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

export const notFound = () => Response.json({ error: "not found" }, { status: 404 });
