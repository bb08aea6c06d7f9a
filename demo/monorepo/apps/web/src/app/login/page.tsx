import { Suspense } from "react";

import { LoginForm } from "./LoginForm";

export default function LoginPage() {
  return (
    <main>
      <h1>Sign in</h1>
      {/* LoginForm reads the query (error, callbackUrl) on the client. */}
      <Suspense fallback={null}>
        <LoginForm />
      </Suspense>
    </main>
  );
}
