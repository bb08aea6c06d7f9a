import type { Adapter, AdapterSession, AdapterUser } from "next-auth/adapters";

import type { Database } from "@repo/database";

// NextAuth's adapter over the app's own postgres.js pool (@repo/database), on the tables
// the platform's migrations made in the Prisma adapter's shape: "User" and "Session",
// times as timestamp(3) holding UTC. Only what the Credentials provider with database
// sessions uses is here: users, sessions. No OAuth accounts, no verification tokens.
// "updatedAt" is when NextAuth last moved the session's expiry (the admin endpoint's
// lastSeenAt).

type UserRow = {
  id: string;
  name: string | null;
  email: string | null;
  emailVerified: Date | null;
  image: string | null;
};

function toUser(row: UserRow): AdapterUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email ?? "",
    emailVerified: row.emailVerified,
    image: row.image,
  };
}

export function PostgresJsAdapter(sql: Database): Adapter {
  const userColumns = sql`"id", "name", "email", "emailVerified" at time zone 'UTC' as "emailVerified", "image"`;

  return {
    async createUser(user: Omit<AdapterUser, "id">) {
      const id = `usr_${crypto.randomUUID()}`;
      const [row] = await sql<UserRow[]>`
        insert into "User" ("id", "name", "email", "emailVerified", "image")
        values (${id}, ${user.name ?? null}, ${user.email},
                ${user.emailVerified ?? null}::timestamptz at time zone 'UTC', ${user.image ?? null})
        returning ${userColumns}`;
      return toUser(row);
    },
    async getUser(id) {
      const [row] = await sql<UserRow[]>`select ${userColumns} from "User" where "id" = ${id}`;
      return row ? toUser(row) : null;
    },
    async getUserByEmail(email) {
      const [row] = await sql<UserRow[]>`select ${userColumns} from "User" where "email" = ${email}`;
      return row ? toUser(row) : null;
    },
    async getUserByAccount() {
      return null; // no OAuth accounts on this platform
    },
    async updateUser(user) {
      const [row] = await sql<UserRow[]>`
        update "User" set "name" = coalesce(${user.name ?? null}, "name"),
                          "image" = coalesce(${user.image ?? null}, "image")
        where "id" = ${user.id}
        returning ${userColumns}`;
      return toUser(row);
    },
    async linkAccount() {
      throw new Error("OAuth accounts are not supported on this platform");
    },
    async createSession(session) {
      const [row] = await sql<AdapterSession[]>`
        insert into "Session" ("id", "sessionToken", "userId", "expires")
        values (${`ses_${crypto.randomUUID()}`}, ${session.sessionToken}, ${session.userId},
                ${session.expires}::timestamptz at time zone 'UTC')
        returning "sessionToken", "userId", "expires" at time zone 'UTC' as "expires"`;
      return row;
    },
    async getSessionAndUser(sessionToken) {
      const [row] = await sql<(UserRow & { sessionToken: string; userId: string; expires: Date })[]>`
        select s."sessionToken", s."userId", s."expires" at time zone 'UTC' as "expires",
               u."id", u."name", u."email", u."emailVerified" at time zone 'UTC' as "emailVerified", u."image"
        from "Session" s join "User" u on u."id" = s."userId"
        where s."sessionToken" = ${sessionToken}`;
      if (!row) return null;
      return {
        session: { sessionToken: row.sessionToken, userId: row.userId, expires: row.expires },
        user: toUser(row),
      };
    },
    async updateSession(session) {
      if (!session.expires) return null;
      const [row] = await sql<AdapterSession[]>`
        update "Session" set "expires" = ${session.expires}::timestamptz at time zone 'UTC',
                             "updatedAt" = now() at time zone 'UTC'
        where "sessionToken" = ${session.sessionToken}
        returning "sessionToken", "userId", "expires" at time zone 'UTC' as "expires"`;
      return row ?? null;
    },
    async deleteSession(sessionToken) {
      await sql`delete from "Session" where "sessionToken" = ${sessionToken}`;
    },
  };
}
