import "server-only";
import { db } from "@/lib/db";
import { toPlainDate } from "@/lib/domain/dates";
import { milestoneState, timelineYear } from "@/lib/domain/milestone-rules";
import type { DashboardFilters } from "@/lib/validation/dashboard";
import type { DashboardScope } from "./dashboard-scope";
import { issueFilterWhere } from "./issue-filters";

const plain = (date: Date | null) => (date === null ? null : toPlainDate(date));

/**
 * The filtered issues' milestones by fiscal year, each done, planned or late
 * as of `today` (a plain date).
 */
export async function getMilestoneTimeline(scope: DashboardScope, filters: DashboardFilters, today: string) {
  const { document, period } = scope;
  if (!document) return null;
  const milestones = await db.milestone.findMany({
    where: { issue: issueFilterWhere(document.id, period?.id ?? null, filters) },
    orderBy: [{ plannedDate: "asc" }, { sortOrder: "asc" }],
    select: {
      id: true,
      title: true,
      plannedDate: true,
      plannedFiscalYear: true,
      doneDate: true,
      issue: { select: { id: true, code: true, name: true, sortOrder: true } },
    },
  });
  const years = new Map<number | null, ReturnType<typeof describe>[]>();
  function describe(m: (typeof milestones)[number]) {
    const dates = { plannedDate: plain(m.plannedDate), plannedFiscalYear: m.plannedFiscalYear, doneDate: plain(m.doneDate) };
    return { id: m.id, title: m.title, issue: m.issue, ...dates, state: milestoneState(dates, today) };
  }
  for (const milestone of milestones) {
    const item = describe(milestone);
    const year = timelineYear(item);
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  // Scheduled years in order; unscheduled milestones last.
  return [...years.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([fiscalYear, items]) => ({ fiscalYear, milestones: items }));
}

export type MilestoneTimeline = NonNullable<Awaited<ReturnType<typeof getMilestoneTimeline>>>;
