import "server-only";
import { db } from "@/lib/db";
import { japanDateOf } from "@/lib/domain/dates";
import { formatDue, type MilestoneDue, milestoneState, timelineYear } from "@/lib/domain/milestone-rules";
import type { DashboardFilters } from "@/lib/validation/dashboard";
import { type IssueAsOf, loadIssuesAsOf } from "./as-of";
import type { DashboardScope } from "./dashboard-scope";
import { issueFilterWhere } from "./issue-filters";

interface TimelineIssue {
  id: string;
  code: string;
  name: string;
  sortOrder: number;
}

/** A milestone judged as of a reporting date, with its planned date in the document's words when it has them. */
function judge(m: IssueAsOf["milestones"][number], issue: TimelineIssue, reportingDate: string) {
  const due: MilestoneDue = { precision: m.plannedPrecision, plannedDate: m.plannedDate, plannedFiscalYear: m.plannedFiscalYear, plannedFrom: m.plannedFrom };
  return {
    id: m.id,
    title: m.title,
    issue,
    due,
    plannedText: m.plannedText,
    plannedLabel: { ja: formatDue(due, "ja"), en: formatDue(due, "en") },
    // Done as the approved reports up to the reporting date say (lib/data/as-of.ts).
    doneDate: m.doneDate,
    state: milestoneState(due, m.doneDate, reportingDate),
  };
}

export type JudgedMilestone = ReturnType<typeof judge>;

/** The issues' milestones in force at the reporting date, judged as of it, in the issues' order (`asOf`: the issues as of that date, in the same order). */
function judgeMilestones(issues: readonly TimelineIssue[], asOf: readonly IssueAsOf[], reportingDate: string): JudgedMilestone[] {
  return issues.flatMap((issue, index) => asOf[index]!.milestones.map((m) => judge(m, issue, reportingDate)));
}

const issueSelect = { id: true, code: true, name: true, sortOrder: true } as const;

/**
 * The filtered issues' milestones by fiscal year, each done, planned or late
 * as of the reporting date shown (not today); today in Japan only when the
 * bureau has no reporting date yet.
 */
export async function getMilestoneTimeline(scope: DashboardScope, filters: DashboardFilters, now = new Date()) {
  const { document, period } = scope;
  if (!document) return null;
  const reportingDate = period?.asOfDate ?? japanDateOf(now);
  const issues = await db.issue.findMany({ where: issueFilterWhere(document.id, period?.id ?? null, filters), orderBy: { sortOrder: "asc" }, select: issueSelect });
  // By planned date (undated last), then in the document's order.
  const asOf = await loadIssuesAsOf(issues.map((i) => i.id), reportingDate);
  const items = judgeMilestones(issues, asOf, reportingDate)
    .map((item, order) => ({ item, order }))
    .sort((a, b) => (a.item.due.plannedDate ?? "9999").localeCompare(b.item.due.plannedDate ?? "9999") || a.order - b.order)
    .map(({ item }) => item);
  const years = new Map<number | null, JudgedMilestone[]>();
  for (const item of items) {
    const year = timelineYear(item.due);
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  // Scheduled years in order; unscheduled milestones last.
  return [...years.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([fiscalYear, milestones]) => ({ fiscalYear, milestones }));
}

export type MilestoneTimeline = NonNullable<Awaited<ReturnType<typeof getMilestoneTimeline>>>;

/** The late milestones of issues already loaded as of a reporting date (`asOf` in the issues' order), for the 概況 tab. */
export function lateMilestonesOf(issues: readonly TimelineIssue[], asOf: readonly IssueAsOf[], reportingDate: string) {
  return judgeMilestones(issues, asOf, reportingDate).filter((m) => m.state === "LATE");
}
