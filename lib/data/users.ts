import "server-only";
import { db } from "@/lib/db";

export function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, bureauId: true, sectionId: true, passwordHash: true },
  });
}

/** Whether a session started at `signedInAt` (ms) still stands: its user exists and has not signed out since. */
export async function isSessionCurrent(userId: string | undefined, signedInAt: number | undefined): Promise<boolean> {
  if (!userId || signedInAt === undefined) return false;
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionsRevokedAt: true } });
  return user !== null && (user.sessionsRevokedAt === null || signedInAt > user.sessionsRevokedAt.getTime());
}

/** Ends every session the user has (sign-out). */
export async function revokeSessions(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionsRevokedAt: new Date() } });
}
