"use client";

import { useSession } from "next-auth/react";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";

import { Spinner } from "@/components/ui/Spinner";

export function SessionGuard({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const router = useRouter();
  const pathname = usePathname();

  useEffect(() => {
    if (status === "unauthenticated") {
      // The login page shows "Your session expired" for this error code.
      const callbackUrl = encodeURIComponent(pathname ?? "/");
      router.replace(`/login?error=SessionExpired&callbackUrl=${callbackUrl}`);
    }
  }, [status, router, pathname]);

  if (status === "loading") {
    return <Spinner label="Checking your session" />;
  }
  if (status === "unauthenticated") {
    return null;
  }
  return <>{children}</>;
}
