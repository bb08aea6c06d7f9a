import { NextResponse, type NextRequest } from "next/server";
import { redirect as goTo } from "next/navigation";

export function middleware(req: NextRequest) {
  const url = req.nextUrl.clone();
  url.pathname = "/login";
  url.searchParams.set("error", "SessionExpired");
  if (!req.cookies.get("a")) return NextResponse.redirect(url);
  const params = new URLSearchParams({ error: "SessionExpired" });
  if (!req.cookies.get("b")) return NextResponse.redirect(new URL(`/login?${params}`, req.url));
  if (!req.cookies.get("c")) return Response.redirect(new URL("/login?error=SessionExpired", req.url), 302);
  goTo("/login?error=SessionExpired");
  return NextResponse.next();
}
