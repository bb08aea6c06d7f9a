import NextAuth from "next-auth";

import { credentialsSignInOptions, databaseSessionOptions } from "@/server/authViews";

export const dynamic = "force-dynamic";

type Context = { params: { nextauth: string[] } };

// Which view of authOptions a request gets: see src/server/authViews.ts.
const signInActions = new Set(["providers", "signin", "callback"]);

function handler(req: Request, context: Context) {
  const action = context.params.nextauth?.[0] ?? "";
  const options = signInActions.has(action) ? credentialsSignInOptions : databaseSessionOptions;
  return NextAuth(req as never, context as never, options);
}

export { handler as GET, handler as POST };
