import { SessionProvider, signIn } from "next-auth/react";
import { useSearchParams } from "next/navigation";

const callbackUrl = "/login?error=SessionExpired";

export default function App({ Component, pageProps: { session, ...pageProps } }) {
  return (
    <SessionProvider session={session} refetchInterval={0} refetchOnWindowFocus>
      <Component {...pageProps} />
    </SessionProvider>
  );
}

export function Login() {
  const params = useSearchParams();
  const error = params.get("error");
  return <form onSubmit={() => signIn(undefined, { callbackUrl })}>{error === "SessionExpired" && <p>Expired</p>}</form>;
}
