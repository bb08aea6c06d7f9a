import { type NextAuthOptions, getServerSession } from "next-auth";

import { authOptions } from "./auth";

// next-auth v4 refuses a Credentials-only configuration with the database strategy
// (assertConfig: UnsupportedStrategy, on every request), and its credentials callback
// always goes through jwt.encode. So the route handler serves two views of authOptions:
// - sign-in (the providers list, /signin, the credentials callback): the credentials
//   callback runs with strategy "jwt", whose only effect there is to let it through;
//   callbacks.jwt creates the database session through the adapter and jwt.encode hands
//   its token over as the session cookie;
// - everything else (/session, /signout, /csrf) and getServerSession: the database
//   strategy as configured, without the providers, which those requests never use.
export const credentialsSignInOptions: NextAuthOptions = {
  ...authOptions,
  session: { ...authOptions.session, strategy: "jwt" },
};
export const databaseSessionOptions: NextAuthOptions = { ...authOptions, providers: [] };

export const getServerAuthSession = () => getServerSession(databaseSessionOptions);
