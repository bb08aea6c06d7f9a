import NextAuth from "next-auth";
import type { NextAuthConfig } from "next-auth";
import { authConfig as self } from "./auth";
import base, { poolOptions } from "../../../../packages/database/src/client";
import { shared } from "@/lib/shared";
export * from "./client";
export { authConfig as default } from "./auth";

export const authConfig = {
  ...self,
  ...base,
  session: { maxAge: 24 * 60 * 60, updateAge: 240 },
} satisfies NextAuthConfig;

authConfig.session.maxAge = shared.maxAge;
export const { auth, handlers } = NextAuth({ ...authConfig, providers: [] });
export const sql = postgres(process.env.DATABASE_URL!, { ...poolOptions, max: 150 });
