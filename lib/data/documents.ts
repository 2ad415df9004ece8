import "server-only";
import { Prisma } from "@/generated/prisma/sqlite/client";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { endOfDayInJapan, fiscalYearRange } from "@/lib/domain/dates";
import { cachedRead } from "./read-model-cache";
import { bureauNamesAt, owningSectionNamesAt } from "./section-history";

/** Bureaus (with the fiscal years of their documents) the user may read, in city order. */
export async function listReadableBureaus(actor: Actor) {
  // Every dashboard view reads this: cached under the city-wide counter, which every write of a
  // bureau or a document raises (bureau.*, document.*; decision 109). The permission check runs per request.
  const bureaus = await cachedRead(`bureaus|${actor.bureauId ?? ""}`, "organisation", () => loadBureaus(actor.bureauId));
  return bureaus.filter((b) => can(actor, "document.read", { bureauId: b.id }));
}

/** The bureaus (only `bureauId`'s when given) with their documents' fiscal years, in one statement (the ORM sent two). */
async function loadBureaus(bureauId: string | null) {
  const rows = await db.$queryRaw<{ id: string; code: string; name: string; active: boolean | number; fiscalYear: number | null }[]>`
    SELECT b."id", b."code", b."name", b."active", d."fiscalYear" FROM "Bureau" b LEFT JOIN "PolicyDocument" d ON d."bureauId" = b."id"
    ${bureauId === null ? Prisma.empty : Prisma.sql`WHERE b."id" = ${bureauId}`}
    ORDER BY b."sortOrder", b."name", b."id", d."fiscalYear" DESC`;
  const bureaus = new Map<string, { id: string; code: string; name: string; active: boolean; fiscalYears: number[] }>();
  for (const row of rows) {
    const bureau = bureaus.get(row.id) ?? bureaus.set(row.id, { id: row.id, code: row.code, name: row.name, active: Boolean(row.active), fiscalYears: [] }).get(row.id)!;
    if (row.fiscalYear !== null) bureau.fiscalYears.push(Number(row.fiscalYear));
  }
  return [...bureaus.values()];
}

export type ReadableBureau = Awaited<ReturnType<typeof listReadableBureaus>>[number];

/**
 * The home page's document: mission and the A/B/C matrix, each issue with its
 * latest progress report (any workflow state) and the date it is as of.
 */
export async function getDocumentOverview(actor: Actor, bureauId: string, fiscalYear: number) {
  if (!can(actor, "document.read", { bureauId })) throw new AccessDeniedError();
  const document = await db.policyDocument.findUnique({
    where: { bureauId_fiscalYear: { bureauId, fiscalYear } },
    select: {
      id: true,
      title: true,
      fiscalYear: true,
      mission: true,
      bureau: { select: { id: true, name: true } },
      areas: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          code: true,
          name: true,
          description: true,
          descriptionInDocument: true,
          issues: {
            orderBy: { sortOrder: "asc" },
            select: {
              id: true,
              code: true,
              name: true,
              matrixTitle: true,
              summaryBullets: true,
              isAffiliatedBody: true,
              owningSection: { select: { id: true, name: true } },
              progressReports: {
                orderBy: { period: { asOfDate: "desc" } },
                take: 1,
                select: { status: true, workflowState: true, period: { select: { asOfDate: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!document) return null;
  // A document of a past year shows its bureau and each issue's section as named at that year's end (decision 044).
  const yearEnd = endOfDayInJapan(fiscalYearRange(fiscalYear).end);
  const [owners, bureauNames] = await Promise.all([
    owningSectionNamesAt(db, document.areas.flatMap((area) => area.issues), yearEnd),
    bureauNamesAt(db, [document.bureau], yearEnd),
  ]);
  return {
    ...document,
    bureau: { id: document.bureau.id, name: bureauNames.get(document.bureau.id)! },
    areas: document.areas.map((area) => ({
      ...area,
      issues: area.issues.map(({ progressReports, summaryBullets, ...issue }) => ({
        ...issue,
        owningSection: { name: owners.get(issue.id)! },
        summaryBullets: summaryBullets as string[],
        latestReport: progressReports[0]
          ? { status: progressReports[0].status, workflowState: progressReports[0].workflowState, asOfDate: progressReports[0].period.asOfDate }
          : null,
      })),
    })),
  };
}

export type DocumentOverview = NonNullable<Awaited<ReturnType<typeof getDocumentOverview>>>;

/** The document a period of `fiscalYear` reports on: that year's, or the latest one before it. */
export function findDocumentForPeriod(bureauId: string, fiscalYear: number) {
  return db.policyDocument.findFirst({
    where: { bureauId, fiscalYear: { lte: fiscalYear } },
    orderBy: { fiscalYear: "desc" },
    select: { id: true, title: true, fiscalYear: true },
  });
}
