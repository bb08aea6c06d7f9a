import postgres from "postgres";
import NextAuth, { type NextAuthOptions } from "next-auth";

const max = 150;
export const make = (url: string, { max = 5 } = {}) => postgres(url, { max });
function local(url: string, limit: number) {
  let max = limit;
  for (const [k, v] of Object.entries({ a: 1 })) { var idle = v; }
  try { throw 1; } catch ({ message }) { void message; }
  return postgres(url, { max, idle_timeout: idle });
}

const options = { max: 150, session: { maxAge: 1 } };
options.max = 5;
options["idle_timeout"] = 30;
options[key] = 1;
options.session!.maxAge = 900;
if (process.env.X) options.max += 1;
Object.assign(options, { connect_timeout: 10 }, overrides);
Object.assign(options.session, null);
delete options.max;
options.max++;
export const sql = postgres(process.env.URL!, { ...options, max: 40 });
export const migrations = globalThis.migrations ?? postgres(process.env.URL!, { max: 1 });

export const authOptions: NextAuthOptions = { session: { maxAge: 86400, updateAge: 240 } };
authOptions.session!.maxAge = 900;
export const { auth, handlers } = NextAuth((req) => ({ ...authOptions, session: { strategy: "jwt" } }));
export const lazy = NextAuth(async (req) => { const session = { maxAge: 1 }; return { session }; });
