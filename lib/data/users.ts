import "server-only";
import type { Role } from "@/generated/prisma/sqlite/enums";
import { db } from "@/lib/db";
import { ANY_CHANGE, bureauReportsScope, bureauScope, CITY_CHANGE } from "@/lib/db/read-model-stamps";

/** An active account that has a password, by email; deactivated and password-less accounts cannot sign in with one. */
export async function findUserForSignIn(email: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, bureauId: true, sectionId: true, passwordHash: true, active: true },
  });
  return user?.active && user.passwordHash ? user : null;
}

/**
 * What every signed-in request reads, in one statement (decision 105): the session's user as
 * they are now, or null when the session no longer stands (the user is gone or deactivated, or
 * their sessions were ended after `signedInAt`, ms); their unread notifications (the bell); and
 * the read-model counters of their own scopes (decision 100), which the review count in the menu
 * and their own bureau's cached reads are checked against. Role, bureau and sections are read
 * fresh, so a change an admin makes applies at the user's next request (decision 041).
 * One row per co-editing section (a left join), so the account needs no second statement.
 */
export async function readSessionFloor(userId: string | undefined, signedInAt: number | undefined) {
  if (!userId || signedInAt === undefined) return null;
  const rows = await db.$queryRaw<
    { name: string; email: string; role: Role; bureauId: string | null; sectionId: string | null; active: boolean; sessionsRevokedAt: Date | null; coEditSectionId: string | null; unread: number | bigint; anyStamp: number | null; cityStamp: number | null; bureauStamp: number | null; reportsStamp: number | null }[]
  >`SELECT u."name", u."email", CAST(u."role" AS TEXT) AS "role", u."bureauId", u."sectionId", u."active", u."sessionsRevokedAt", c."sectionId" AS "coEditSectionId",
      (SELECT CAST(COUNT(*) AS INTEGER) FROM "Notification" n WHERE n."userId" = u."id" AND n."readAt" IS NULL) AS "unread",
      (SELECT s."version" FROM "ReadModelStamp" s WHERE s."scope" = ${ANY_CHANGE}) AS "anyStamp",
      (SELECT s."version" FROM "ReadModelStamp" s WHERE s."scope" = ${CITY_CHANGE}) AS "cityStamp",
      (SELECT s."version" FROM "ReadModelStamp" s WHERE s."scope" = ${bureauScope("")} || COALESCE(u."bureauId", '')) AS "bureauStamp",
      (SELECT s."version" FROM "ReadModelStamp" s WHERE s."scope" = ${bureauReportsScope("")} || COALESCE(u."bureauId", '')) AS "reportsStamp"
    FROM "User" u LEFT JOIN "UserCoEditSection" c ON c."userId" = u."id"
    WHERE u."id" = ${userId}
    ORDER BY c."sectionId"`;
  const user = rows[0];
  if (!user?.active) return null;
  if (user.sessionsRevokedAt !== null && signedInAt <= user.sessionsRevokedAt.getTime()) return null;
  return {
    account: {
      name: user.name,
      email: user.email,
      role: user.role,
      bureauId: user.bureauId,
      sectionId: user.sectionId,
      coEditSectionIds: rows.flatMap((row) => (row.coEditSectionId === null ? [] : [row.coEditSectionId])),
    },
    // SQLite's count comes back as a bigint, PostgreSQL's (cast to INTEGER) as a number.
    unread: Number(user.unread),
    // A counter without a row has not been raised yet: 0, as the cache reads it.
    stamps: {
      [ANY_CHANGE]: user.anyStamp ?? 0,
      [CITY_CHANGE]: user.cityStamp ?? 0,
      [bureauScope(user.bureauId ?? "")]: user.bureauStamp ?? 0,
      [bureauReportsScope(user.bureauId ?? "")]: user.reportsStamp ?? 0,
    },
  };
}

/** The session's user as they are now, or null when the session no longer stands (readSessionFloor). */
export async function currentSessionUser(userId: string | undefined, signedInAt: number | undefined) {
  return (await readSessionFloor(userId, signedInAt))?.account ?? null;
}

/** Ends every session the user has (sign-out). */
export async function revokeSessions(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionsRevokedAt: new Date() } });
}
