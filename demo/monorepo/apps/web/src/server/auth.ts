import { randomBytes } from "node:crypto";

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { sql } from "@repo/database";
import { PostgresJsAdapter } from "./adapter";
import { verifyPassword } from "./password";

// Sessions are idle timeouts: every GET /api/auth/session pushes expiry out by maxAge.
// (An older draft had maxAge: 30 * 24 * 60 * 60 here; see T167.)
const SESSION_MAX_AGE = 24 * 60 * 60; // 24 hours
const SESSION_UPDATE_AGE = 4 * 60; // 4 minutes, matches the SessionProvider refetchInterval

const adapter = PostgresJsAdapter(sql);

export const authOptions: NextAuthOptions = {
  adapter,
  session: {
    strategy: "database",
    maxAge: SESSION_MAX_AGE,
    updateAge: SESSION_UPDATE_AGE,
  },
  pages: {
    signIn: "/login",
    error: "/login",
  },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        const [user] = await sql<{ id: string; email: string; name: string | null; passwordHash: string | null }[]>`
          select "id", "email", "name", "passwordHash" from "User" where "email" = ${credentials.email}`;
        if (!user || !(await verifyPassword(credentials.password, user.passwordHash))) {
          return null;
        }
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id } };
    },
    // Credentials sign-in with database sessions (see ./authViews):
    // the session row is made here, through the adapter, as NextAuth makes it for other
    // providers; its token becomes the session cookie through jwt.encode.
    async jwt({ token, user, account }) {
      if (account?.type !== "credentials" || !user) return token;
      const session = await adapter.createSession!({
        sessionToken: randomBytes(32).toString("hex"),
        userId: user.id,
        expires: new Date(Date.now() + SESSION_MAX_AGE * 1000),
      });
      return { sessionToken: session.sessionToken };
    },
  },
  jwt: {
    // The "JWT" of a credentials sign-in is the database session's token, as the cookie
    // of a database session always is. Nothing else is ever encoded or decoded.
    async encode({ token }) {
      if (typeof token?.sessionToken !== "string") throw new Error("no database session to encode");
      return token.sessionToken;
    },
    async decode() {
      return null;
    },
  },
};

export const sessionMaxAge = SESSION_MAX_AGE;
export const sessionUpdateAge = SESSION_UPDATE_AGE;

// Requests reach NextAuth through the two views of ./authViews (Credentials with database
// sessions in next-auth v4); getServerAuthSession is there too.
