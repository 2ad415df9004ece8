import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./options";
import { AccessDeniedError } from "./access-denied";
import { type Action, type Actor, can, type Resource } from "./permissions";

export interface SessionUser extends Actor {
  name: string;
  email: string;
}

/** Once per request: the layout and the page both ask, and each ask decodes the session token. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  return session?.user?.id ? session.user : null;
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
