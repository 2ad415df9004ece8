import { type NextRequest, NextResponse } from "next/server";
import { readSessionCookie } from "@/lib/auth/session-token";
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/security/headers";

const publicPaths = [/^\/login(\/|$)/, /^\/api\/auth(\/|$)/, /^\/password\/set$/];

/**
 * Every response gets the security headers and a per-request CSP nonce (passed
 * on in the request headers, where Next finds it for its scripts). Every other
 * page needs a session: without one, go to sign-in and come back after. The
 * pages check again (requireUser), so this is a convenience, not the only guard.
 */
export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  let response: NextResponse;
  if (publicPaths.some((path) => path.test(request.nextUrl.pathname)) || (await readSessionCookie(request.cookies))) {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
  } else {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    response = NextResponse.redirect(login);
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  return response;
}

// /public, the residents' site, does not pass through here at all: it never reads a session, and
// its fixed headers come from next.config.ts (a proxy run was a large part of a cached page's time).
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|public/|public$).*)"],
};
