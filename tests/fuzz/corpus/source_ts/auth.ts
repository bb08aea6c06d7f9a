import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { type NextAuthOptions, getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { db } from "@repo/database";
import { verifyPassword } from "./password";

// Sessions are idle timeouts: every GET /api/auth/session pushes expiry out by maxAge.
// (An older draft had maxAge: 30 * 24 * 60 * 60 here; see T167.)
const SESSION_MAX_AGE = 24 * 60 * 60; // 24 hours
const SESSION_UPDATE_AGE = 4 * 60; // 4 minutes, matches the SessionProvider refetchInterval

export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(db),
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
        const user = await db.user.findUnique({ where: { email: credentials.email } });
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
  },
};

export const getServerAuthSession = () => getServerSession(authOptions);
