import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { refreshedSessionToken, sessionUserOf } from "./options";
import { readSessionCookie } from "./session-token";
import { AccessDeniedError } from "./access-denied";
import { type Action, type Actor, can, type Resource } from "./permissions";

export interface SessionUser extends Actor {
  name: string;
  email: string;
}

/**
 * Once per request: the layout and the page both ask. The same checks as next-auth's session read
 * (the token decrypts and has not expired, then the jwt callback's revocation and account read),
 * without its re-encoding of the token: a page cannot set a cookie, so that token was thrown away.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionCookie(await cookies());
  const current = token && (await refreshedSessionToken(token));
  return current?.sub ? sessionUserOf(current) : null;
});

/** The signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** The signed-in user if they may do `action` on `resource`; otherwise the 403 page. */
export async function requirePermission(action: Action, resource?: Resource): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, action, resource)) forbidden();
  return user;
}

/** Runs a data read; a refusal from the data layer becomes the 403 page. */
export async function readOrForbidden<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AccessDeniedError) forbidden();
    throw error;
  }
}
