import "server-only";
import { Prisma } from "@/generated/prisma/sqlite/client";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can, isCityLevel } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { endOfDayInJapan, parsePlainDate } from "@/lib/domain/dates";
import type { AuditFilters } from "@/lib/validation/audit";

export const auditPageSize = 100;

/** The bureau whose entries an actor may read; null: all of them (city-wide). */
function scopeBureau(actor: Actor): string | null {
  if (!can(actor, "audit.read")) throw new AccessDeniedError();
  return isCityLevel(actor) || actor.role === "ADMIN" ? null : (actor.bureauId ?? "");
}

function scopeWhere(actor: Actor): Prisma.AuditEntryWhereInput {
  const bureauId = scopeBureau(actor);
  return bureauId === null ? {} : { bureauId };
}

async function filterWhere(actor: Actor, filters: AuditFilters): Promise<Prisma.AuditEntryWhereInput> {
  const and: Prisma.AuditEntryWhereInput[] = [scopeWhere(actor)];
  // Dates are Japan's calendar days, like every date in the portal.
  if (filters.from) and.push({ at: { gte: new Date(parsePlainDate(filters.from).getTime() - 9 * 60 * 60 * 1000) } });
  if (filters.to) and.push({ at: { lte: endOfDayInJapan(filters.to) } });
  if (filters.user) and.push({ actorId: filters.user });
  if (filters.action) and.push({ action: filters.action });
  if (filters.bureau) {
    const bureau = await db.bureau.findFirst({ where: { code: filters.bureau }, select: { id: true } });
    and.push({ bureauId: bureau?.id ?? "" });
  }
  if (filters.issue) {
    // An issue's trail: the issue itself and every progress report of it.
    const reports = await db.progressReport.findMany({ where: { issueId: filters.issue }, select: { id: true } });
    and.push({ entityId: { in: [filters.issue, ...reports.map((r) => r.id)] } });
  }
  return { AND: and };
}

const entrySelect = {
  id: true,
  at: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  hash: true,
  actor: { select: { name: true, email: true } },
  bureauId: true,
} as const;

/** One page of the filtered log, newest first, and whether older entries remain. */
export async function listAuditEntries(actor: Actor, filters: AuditFilters) {
  const where = await filterWhere(actor, filters);
  // The page's ids first, then its rows: the ids come from the filter's index alone,
  // so a date range over years of entries sorts ids, not whole rows (npm run bench:scale).
  const ids = await db.auditEntry.findMany({
    where: filters.before ? { AND: [where, { id: { lt: filters.before } }] } : where,
    orderBy: { id: "desc" },
    take: auditPageSize + 1,
    select: { id: true },
  });
  const rows = await db.auditEntry.findMany({ where: { id: { in: ids.slice(0, auditPageSize).map((row) => row.id) } }, orderBy: { id: "desc" }, select: entrySelect });
  return { entries: rows, hasMore: ids.length > auditPageSize };
}

/** Every entry the filters leave (for the log's export), oldest first. */
export async function listAllAuditEntries(actor: Actor, filters: AuditFilters) {
  return db.auditEntry.findMany({ where: await filterWhere(actor, filters), orderBy: { id: "asc" }, select: entrySelect });
}

export type AuditRow = Awaited<ReturnType<typeof listAllAuditEntries>>[number];

/** The choices of the log's filters: users, bureaus, the chosen bureau's issues, and actions seen. */
export async function listAuditFilterOptions(actor: Actor, bureauCode: string | undefined) {
  const scope = scopeWhere(actor);
  const [users, bureaus, actions] = await Promise.all([
    db.user.findMany({ where: { auditEntries: { some: scope } }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    db.bureau.findMany({ where: isCityLevel(actor) || actor.role === "ADMIN" ? {} : { id: actor.bureauId ?? "" }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, name: true } }),
    actionsSeen(scopeBureau(actor)),
  ]);
  const bureau = bureaus.find((b) => b.code === bureauCode);
  const issues = bureau
    ? await db.issue.findMany({ where: { document: { bureauId: bureau.id } }, orderBy: [{ document: { fiscalYear: "desc" } }, { sortOrder: "asc" }], select: { id: true, code: true, name: true, document: { select: { fiscalYear: true } } } })
    : [];
  return { users, bureaus, issues, actions };
}

/**
 * The distinct actions in the log (of one bureau, when given), one index seek
 * per action: with a million entries, a plain DISTINCT reads them all.
 */
async function actionsSeen(bureauId: string | null): Promise<string[]> {
  const inBureau = bureauId === null ? Prisma.empty : Prisma.sql`AND "bureauId" = ${bureauId}`;
  const rows = await db.$queryRaw<{ action: string | null }[]>`
    WITH RECURSIVE seen(action) AS (
      SELECT (SELECT MIN("action") FROM "AuditEntry" WHERE 1 = 1 ${inBureau})
      UNION ALL
      SELECT (SELECT MIN("action") FROM "AuditEntry" WHERE "action" > seen.action ${inBureau}) FROM seen WHERE seen.action IS NOT NULL
    )
    SELECT action FROM seen WHERE action IS NOT NULL`;
  return rows.map((row) => row.action!);
}
