import "server-only";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { endOfDayInJapan, toPlainDate } from "@/lib/domain/dates";
import type { DashboardFilters } from "@/lib/validation/dashboard";
import { findDocumentForPeriod, listReadableBureaus } from "./documents";
import { cachedRead } from "./read-model-cache";
import { bureauNamesAt } from "./section-history";

/**
 * Which bureau, fiscal year, reporting date and document a dashboard shows:
 * the ones the filters name when the user may read them, else the user's own
 * bureau and its latest reporting date. A bureau the user may not read is
 * refused (whether or not it exists).
 */
export async function resolveDashboardScope(actor: Actor, filters: DashboardFilters) {
  const bureaus = await listReadableBureaus(actor);
  const named = filters.bureau === undefined ? undefined : bureaus.find((b) => b.code === filters.bureau);
  if (filters.bureau !== undefined && !named) throw new AccessDeniedError();
  const bureau = named ?? bureaus.find((b) => b.id === actor.bureauId) ?? bureaus[0];
  if (!bureau) return { bureaus, bureau: null, fiscalYears: [], periods: [], period: null, document: null } as const;

  const rows = await cachedRead("periods", { bureauId: bureau.id, reports: false }, () =>
    db.reportingPeriod.findMany({
      where: { bureauId: bureau.id },
      orderBy: { asOfDate: "desc" },
      select: { id: true, asOfDate: true, fiscalYear: true, deadline: true, status: true },
    }),
  );
  const periods = rows.map((p) => ({ ...p, asOfDate: toPlainDate(p.asOfDate) }));
  const fiscalYears = [...new Set([...bureau.fiscalYears, ...periods.map((p) => p.fiscalYear)])].sort((a, b) => b - a);
  const inYear = filters.fy === undefined ? periods : periods.filter((p) => p.fiscalYear === filters.fy);
  const period = inYear.find((p) => p.asOfDate === filters.date) ?? inYear[0] ?? null;
  const fiscalYear = period?.fiscalYear ?? filters.fy ?? fiscalYears[0] ?? null;

  // A period reports on the bureau's document of its fiscal year, or the latest one before it;
  // a 年度 chosen in the filter shows that year's document only, never an earlier year's.
  const found = fiscalYear === null ? null : await cachedRead(`document|${fiscalYear}`, { bureauId: bureau.id, reports: false }, () => findDocumentForPeriod(bureau.id, fiscalYear));
  const document = filters.fy !== undefined && found?.fiscalYear !== filters.fy ? null : found;
  // The heading names the bureau as it was called on the reporting date (decision 044); the picker keeps today's names.
  const nameThen = period === null ? bureau.name : await cachedRead(`bureauName|${period.asOfDate}`, { bureauId: bureau.id, reports: false }, async () =>
    (await bureauNamesAt(db, [bureau], endOfDayInJapan(period.asOfDate))).get(bureau.id)!);
  return { bureaus, bureau: { ...bureau, name: nameThen }, fiscalYears, fiscalYear, periods, period, document } as const;
}

export type DashboardScope = Awaited<ReturnType<typeof resolveDashboardScope>>;
export type DashboardPeriod = DashboardScope["periods"][number];
