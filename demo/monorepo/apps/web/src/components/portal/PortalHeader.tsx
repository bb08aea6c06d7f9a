"use client";

import { signOut, useSession } from "next-auth/react";

export function PortalHeader() {
  const { data } = useSession();
  return (
    <header>
      <strong>Portal</strong> · {data?.user?.name}{" "}
      <button type="button" onClick={() => signOut({ callbackUrl: "/login" })}>
        Sign out
      </button>
    </header>
  );
}
