"use client";

import { signIn } from "next-auth/react";
import { useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";

const ERROR_MESSAGES: Record<string, string> = {
  SessionExpired: "Your session expired. Please sign in again.",
  CredentialsSignin: "The email or password is not correct.",
};

export function LoginForm() {
  const searchParams = useSearchParams();
  const error = searchParams.get("error");
  const callbackUrl = searchParams.get("callbackUrl") ?? "/";
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const form = new FormData(event.currentTarget);
    await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      callbackUrl,
    });
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {error && (
        <p role="alert" className="rounded bg-amber-50 p-3 text-amber-900">
          {ERROR_MESSAGES[error] ?? "Sign-in failed. Please try again."}
        </p>
      )}
      <input name="email" type="email" autoComplete="email" required />
      <input name="password" type="password" autoComplete="current-password" required />
      <button type="submit" disabled={pending}>
        Sign in
      </button>
    </form>
  );
}
