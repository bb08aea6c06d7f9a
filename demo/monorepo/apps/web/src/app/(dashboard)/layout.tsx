"use client";

import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";

import { SessionGuard } from "@/components/auth/SessionGuard";
import { DashboardShell } from "@/components/layout/DashboardShell";

export default function DashboardLayout({ children }: { children: ReactNode }) {
  return (
    // Poll every 4 minutes (seconds), in step with session.updateAge.
    <SessionProvider refetchInterval={240} refetchOnWindowFocus={true}>
      <SessionGuard>
        <DashboardShell>{children}</DashboardShell>
      </SessionGuard>
    </SessionProvider>
  );
}
