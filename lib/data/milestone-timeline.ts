import "server-only";
import { db } from "@/lib/db";
import { formatDue, milestoneState, timelineYear } from "@/lib/domain/milestone-rules";
import { japanDateOf, toPlainDate } from "@/lib/domain/dates";
import type { DashboardFilters } from "@/lib/validation/dashboard";
import type { DashboardScope } from "./dashboard-scope";
import { issueFilterWhere } from "./issue-filters";
import { milestoneDueSelect, toMilestoneDue } from "./shared-selects";

const milestoneSelect = {
  id: true,
  title: true,
  ...milestoneDueSelect,
  doneDate: true,
  issue: { select: { id: true, code: true, name: true, sortOrder: true } },
} as const;

type MilestoneRow = { id: string; title: string; plannedText: string; doneDate: Date | null; issue: { id: string; code: string; name: string; sortOrder: number } } & Parameters<typeof toMilestoneDue>[0];

/** A milestone judged as of a reporting date, with its planned date in the document's words when it has them. */
function judge(m: MilestoneRow, reportingDate: string) {
  const due = toMilestoneDue(m);
  const doneDate = m.doneDate === null ? null : toPlainDate(m.doneDate);
  return {
    id: m.id,
    title: m.title,
    issue: m.issue,
    due,
    plannedText: m.plannedText,
    plannedLabel: { ja: formatDue(due, "ja"), en: formatDue(due, "en") },
    // Done only as far as the reporting date knows it.
    doneDate: doneDate !== null && doneDate <= reportingDate ? doneDate : null,
    state: milestoneState(due, doneDate, reportingDate),
  };
}

export type JudgedMilestone = ReturnType<typeof judge>;

/**
 * The filtered issues' milestones by fiscal year, each done, planned or late
 * as of the reporting date shown (not today); today in Japan only when the
 * bureau has no reporting date yet.
 */
export async function getMilestoneTimeline(scope: DashboardScope, filters: DashboardFilters, now = new Date()) {
  const { document, period } = scope;
  if (!document) return null;
  const reportingDate = period?.asOfDate ?? japanDateOf(now);
  const milestones = await db.milestone.findMany({
    where: { issue: issueFilterWhere(document.id, period?.id ?? null, filters) },
    orderBy: [{ plannedDate: "asc" }, { sortOrder: "asc" }],
    select: milestoneSelect,
  });
  const years = new Map<number | null, JudgedMilestone[]>();
  for (const milestone of milestones) {
    const item = judge(milestone, reportingDate);
    const year = timelineYear(item.due);
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  // Scheduled years in order; unscheduled milestones last.
  return [...years.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([fiscalYear, items]) => ({ fiscalYear, milestones: items }));
}

export type MilestoneTimeline = NonNullable<Awaited<ReturnType<typeof getMilestoneTimeline>>>;

/** The late milestones of the given issues as of a reporting date, for the 概況 tab. */
export async function listLateMilestones(issueIds: string[], reportingDate: string) {
  const milestones = await db.milestone.findMany({
    where: { issueId: { in: issueIds } },
    orderBy: [{ issue: { sortOrder: "asc" } }, { sortOrder: "asc" }],
    select: milestoneSelect,
  });
  return milestones.map((m) => judge(m, reportingDate)).filter((m) => m.state === "LATE");
}
