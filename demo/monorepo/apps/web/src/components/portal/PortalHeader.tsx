"use client";

import { useSession } from "next-auth/react";

import { SignOutButton } from "@/components/auth/SignOutButton";

export function PortalHeader() {
  const { data } = useSession();
  return (
    <header>
      <strong>Portal</strong> · {data?.user?.name} <SignOutButton />
    </header>
  );
}
