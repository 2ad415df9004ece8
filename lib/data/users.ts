import "server-only";
import { db } from "@/lib/db";

/** An active account that has a password, by email; deactivated and password-less accounts cannot sign in with one. */
export async function findUserForSignIn(email: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, bureauId: true, sectionId: true, passwordHash: true, active: true },
  });
  return user?.active && user.passwordHash ? user : null;
}

/**
 * The session's user as they are now, or null when the session no longer
 * stands: the user is gone or deactivated, or their sessions were ended after
 * `signedInAt` (ms). Role, bureau and sections are read fresh, so a change an
 * admin makes applies at the user's next request.
 */
export async function currentSessionUser(userId: string | undefined, signedInAt: number | undefined) {
  if (!userId || signedInAt === undefined) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, role: true, bureauId: true, sectionId: true, active: true, sessionsRevokedAt: true, coEditSections: { select: { sectionId: true } } },
  });
  if (!user?.active) return null;
  if (user.sessionsRevokedAt !== null && signedInAt <= user.sessionsRevokedAt.getTime()) return null;
  return { name: user.name, email: user.email, role: user.role, bureauId: user.bureauId, sectionId: user.sectionId, coEditSectionIds: user.coEditSections.map((s) => s.sectionId) };
}

/** Ends every session the user has (sign-out). */
export async function revokeSessions(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionsRevokedAt: new Date() } });
}
