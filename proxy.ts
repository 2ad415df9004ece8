import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";

// Every portal page needs a session; without one, go to sign-in and come back after.
// The pages check again (requireUser) so this is a convenience, not the only guard.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!login|api/auth|_next/static|_next/image|favicon.ico).*)"],
};
