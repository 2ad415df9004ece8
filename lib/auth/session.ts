import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { noteReadModelStamps } from "@/lib/data/read-model-cache";
import { readSessionFloor } from "@/lib/data/users";
import { sessionUserOf } from "./options";
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
 * The account's statement also brings what every signed-in page shows or checks (decision 105):
 * the unread count and the user's read-model counters, so the menu's cached review count needs
 * no statement of its own.
 */
const currentSession = cache(async (): Promise<{ user: SessionUser; unread: number } | null> => {
  const token = await readSessionCookie(await cookies());
  const floor = token && (await readSessionFloor(token.sub, token.signedInAt));
  if (!floor) return null;
  noteReadModelStamps(floor.stamps);
  return { user: sessionUserOf({ ...token, ...floor.account }), unread: floor.unread };
});

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => (await currentSession())?.user ?? null);

/** The signed-in user's unread notifications (the bell), read with their session. */
export async function currentUnreadCount(): Promise<number> {
  return (await currentSession())?.unread ?? 0;
}

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
