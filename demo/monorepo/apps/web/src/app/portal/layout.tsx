"use client";

import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";

import { SessionGuard } from "@/components/auth/SessionGuard";
import { PortalHeader } from "@/components/portal/PortalHeader";

export default function PortalLayout({ children }: { children: ReactNode }) {
  return (
    <SessionProvider
      refetchInterval={240}
      refetchOnWindowFocus={true}
    >
      <SessionGuard>
        <PortalHeader />
        <main className="mx-auto max-w-5xl p-6">{children}</main>
      </SessionGuard>
    </SessionProvider>
  );
}
