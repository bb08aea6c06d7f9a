import type { NextAuthOptions } from "next-auth";

const ONE_DAY = 24 * 60 * 60;
const FOUR_MINUTES = 4 * 60;

export const authOptions = {
  // maxAge: 30 * 24 * 60 * 60 is NextAuth's default; we want one day
  session: { strategy: "jwt", maxAge: ONE_DAY, updateAge: FOUR_MINUTES },
  pages: { signIn: `/login?error=${encodeURIComponent("SessionExpired")}` },
} satisfies NextAuthOptions;
