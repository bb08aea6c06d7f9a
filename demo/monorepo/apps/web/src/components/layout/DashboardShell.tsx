"use client";

import { useSession } from "next-auth/react";
import type { ReactNode } from "react";

import { SignOutButton } from "@/components/auth/SignOutButton";

export function DashboardShell({ children }: { children: ReactNode }) {
  const { data } = useSession();
  return (
    <div>
      <header>
        <strong>Platform</strong> · {data?.user?.email} <SignOutButton />
      </header>
      <main>{children}</main>
    </div>
  );
}
