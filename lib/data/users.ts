import "server-only";
import type { Role } from "@/generated/prisma/sqlite/enums";
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
  // Every request (and a save twice: its action, then the page it answers with) reads this: one
  // statement, a row per co-edited section, where the ORM sends the account and its sections apart.
  const rows = await db.$queryRaw<{ name: string; email: string; role: Role; bureauId: string | null; sectionId: string | null; active: boolean; sessionsRevokedAt: Date | null; coEditSectionId: string | null }[]>`
    SELECT u."name", u."email", CAST(u."role" AS TEXT) AS "role", u."bureauId", u."sectionId", u."active", u."sessionsRevokedAt", c."sectionId" AS "coEditSectionId"
    FROM "User" u LEFT JOIN "UserCoEditSection" c ON c."userId" = u."id"
    WHERE u."id" = ${userId}
    ORDER BY c."sectionId"`;
  const user = rows[0];
  if (!user?.active) return null;
  if (user.sessionsRevokedAt !== null && signedInAt <= user.sessionsRevokedAt.getTime()) return null;
  const coEditSectionIds = rows.flatMap((row) => (row.coEditSectionId === null ? [] : [row.coEditSectionId]));
  return { name: user.name, email: user.email, role: user.role, bureauId: user.bureauId, sectionId: user.sectionId, coEditSectionIds };
}

/** Ends every session the user has (sign-out). */
export async function revokeSessions(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionsRevokedAt: new Date() } });
}
