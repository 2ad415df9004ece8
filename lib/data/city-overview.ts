import "server-only";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { endOfDayInJapan, parsePlainDate, toPlainDate } from "@/lib/domain/dates";
import { completenessByDate } from "@/lib/domain/completeness-trend";
import { isPastDeadline } from "@/lib/domain/progress-rules";
import { countPeriodsAndAreas, countSubmissions, noCounts } from "./period-counts";
import { cachedRead } from "./read-model-cache";
import { withBureauNamesAt } from "./section-history";

/** What the city-wide view reads from the database (cached: lib/data/read-model-cache.ts). */
async function loadCityRows(date: string | undefined) {
  const dateRows = await db.reportingPeriod.findMany({ distinct: ["asOfDate"], orderBy: { asOfDate: "desc" }, select: { asOfDate: true } });
  const dates = dateRows.map((row) => toPlainDate(row.asOfDate));
  const chosen = dates.find((d) => d === date) ?? dates[0] ?? null;
  const asOfDate = chosen === null ? null : parsePlainDate(chosen);
  // Every period up to the date: the date's own make the list and the areas (each report read), all of them the trend.
  const [bureaus, upToDate] = await Promise.all([
    // Each bureau under its name of the date (decision 044).
    db.bureau.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, name: true, kind: true } })
      .then((rows) => (chosen === null ? rows : withBureauNamesAt(db, rows, endOfDayInJapan(chosen)))),
    asOfDate === null
      ? []
      : db.reportingPeriod.findMany({ where: { asOfDate: { lte: asOfDate } }, select: { id: true, bureauId: true, fiscalYear: true, status: true, deadline: true, asOfDate: true } }),
  ]);
  const periods = upToDate.filter((period) => toPlainDate(period.asOfDate) === chosen);
  const [{ counts, areas }, submissions] = await Promise.all([countPeriodsAndAreas(periods, new Set(periods.map((period) => period.id))), countSubmissions(upToDate)]);
  const trend = completenessByDate(upToDate.map((period) => ({ asOfDate: toPlainDate(period.asOfDate), ...submissions.get(period.id)! })));
  return { dates, chosen, bureaus, periods, counts, areas, trend };
}

/**
 * Every bureau and ward side by side for one reporting date (the newest one
 * any bureau has, unless `date` names another): its period, reports in each
 * workflow state and status (a carried-forward copy nobody saved, or an issue
 * without a report, is 未報告; lib/data/period-counts.ts), and the share
 * approved; the same reports by area (Ａ/Ｂ/Ｃ領域) across bureaus, and how
 * complete every reporting date up to this one is. City-level users only.
 */
export async function getCityOverview(actor: Actor, date: string | undefined, now = new Date()) {
  if (!can(actor, "city.view")) throw new AccessDeniedError();
  const { dates, chosen, bureaus, periods, counts, areas, trend } = await cachedRead(`city|${date ?? ""}`, "city", () => loadCityRows(date));
  const rows = bureaus.map((bureau) => {
    const period = periods.find((p) => p.bureauId === bureau.id) ?? null;
    const reports = (period && counts.get(period.id)) ?? noCounts();
    const { byState, total } = reports;
    return {
      ...bureau,
      period: period && { status: period.status, deadline: period.deadline },
      ...reports,
      completeness: total === 0 ? 0 : byState.APPROVED / total,
      overdue: period && isPastDeadline(period, now) ? reports.notReported + byState.DRAFT + byState.RETURNED : 0,
    };
  });
  return { dates, date: chosen, rows, areas, trend };
}

export type CityOverview = Awaited<ReturnType<typeof getCityOverview>>;
