import type { NextAuthConfig } from "next-auth";
export { sessionConfig } from "./client.js";
export * as everything from "./auth";
export default {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 86400 },
} satisfies NextAuthConfig;
