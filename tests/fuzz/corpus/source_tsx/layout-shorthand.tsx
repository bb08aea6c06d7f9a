"use client";
import { SessionProvider } from "next-auth/react";

const REFETCH = 4 * 60;

export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <SessionProvider refetchInterval={REFETCH} refetchOnWindowFocus>
      {children}
    </SessionProvider>
  );
}
