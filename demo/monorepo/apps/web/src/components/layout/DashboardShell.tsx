"use client";

import { signOut, useSession } from "next-auth/react";
import type { ReactNode } from "react";

export function DashboardShell({ children }: { children: ReactNode }) {
  const { data } = useSession();
  return (
    <div>
      <header>
        <strong>Platform</strong> · {data?.user?.email}{" "}
        <button type="button" onClick={() => signOut({ callbackUrl: "/login" })}>
          Sign out
        </button>
      </header>
      <main>{children}</main>
    </div>
  );
}
