import "server-only";
import type { IssueDetailsSnapshot } from "@/lib/commands/issue-snapshot";
import type { ProgressStatus } from "@/generated/prisma/sqlite/enums";
import { db } from "@/lib/db";
import { endOfDayInJapan, japanDateOf, parsePlainDate, toPlainDate } from "@/lib/domain/dates";
import type { IssueText } from "@/lib/documents/issue-text";
import { revisionSelect } from "./shared-selects";

// An "as of" view (exports, dashboards for a reporting date) reads history that
// later work cannot rewrite (docs/decisions/030): ①–④ and the definitions of
// indicators, milestones and partners from the issue's revision in force at the
// end of the date in Japan; ⑤, indicator actuals and milestones done only from
// reports approved for dates up to it. Drafts and submissions never reach it.

export interface ApprovedReport {
  reportingDate: string;
  text: string;
  status: ProgressStatus;
  /** Approved as carried forward from the previous report, unchanged (「前回値・未更新」). */
  carriedForward: boolean;
  approvedBy: string | null;
  approvedAt: string | null;
}

export interface IssueAsOf extends IssueText {
  id: string;
  /** The revision ①–④ and the definitions come from. */
  version: number;
  partners: IssueDetailsSnapshot["partners"];
  indicators: (IssueDetailsSnapshot["indicators"][number] & { values: { reportingDate: string; actual: number; carriedForward: boolean }[] })[];
  milestones: (IssueDetailsSnapshot["milestones"][number] & { doneDate: string | null })[];
  /** Approved reports for dates up to the date, oldest first. */
  reports: ApprovedReport[];
  /** ⑤ approved for the date itself, or null. */
  progress: ApprovedReport | null;
}

/** The newest revision made by `cutoff`; a document entered later (imported or seeded) stands as first entered. */
export function revisionInForce<R extends { createdAt: Date }>(revisionsOldestFirst: readonly R[], cutoff: Date): R {
  const revision = revisionsOldestFirst.filter((r) => r.createdAt <= cutoff).at(-1) ?? revisionsOldestFirst[0];
  if (!revision) throw new Error("An issue without a revision");
  return revision;
}

/**
 * Each of `issueIds` as of the end of `date` ("YYYY-MM-DD"), in the order given.
 * One query per kind of row, whatever the number of issues.
 */
export async function loadIssuesAsOf(issueIds: readonly string[], date: string): Promise<IssueAsOf[]> {
  if (issueIds.length === 0) return [];
  const asOfDate = parsePlainDate(date);
  const cutoff = endOfDayInJapan(date);
  const ids = [...issueIds];
  const [issues, approved] = await Promise.all([
    db.issue.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        revisions: { orderBy: { version: "asc" }, select: revisionSelect },
        // Only for revisions made before definitions were snapshotted (migration 0003).
        indicators: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, unit: true, direction: true, baseline: true, baselineLabel: true, target: true, targetFiscalYear: true } },
        milestones: { orderBy: { sortOrder: "asc" }, select: { id: true, title: true, plannedDate: true, plannedFiscalYear: true, plannedPrecision: true, plannedFrom: true, plannedText: true } },
        partners: { select: { role: true, partner: { select: { name: true, kind: true } } } },
      },
    }),
    db.progressReport.findMany({
      where: { issueId: { in: ids }, workflowState: "APPROVED", period: { asOfDate: { lte: asOfDate } } },
      orderBy: { period: { asOfDate: "asc" } },
      select: { issueId: true, periodId: true, progressText: true, status: true, carriedForward: true, reviewedAt: true, reviewedBy: { select: { name: true } }, period: { select: { asOfDate: true } } },
    }),
  ]);
  const periodIds = [...new Set(approved.map((r) => r.periodId))];
  const [values, completions] = await Promise.all([
    db.indicatorValue.findMany({
      where: { periodId: { in: periodIds }, actual: { not: null }, indicator: { issueId: { in: ids } } },
      select: { indicatorId: true, periodId: true, actual: true, carriedForward: true, indicator: { select: { issueId: true } } },
    }),
    db.milestoneCompletion.findMany({
      where: { periodId: { in: periodIds }, milestone: { issueId: { in: ids } } },
      select: { milestoneId: true, periodId: true, doneDate: true, milestone: { select: { issueId: true } } },
    }),
  ]);
  // A row counts only when its issue's report for that period is approved.
  const approvedDate = new Map(approved.map((r) => [`${r.issueId}|${r.periodId}`, toPlainDate(r.period.asOfDate)]));
  const valuesOf = new Map<string, { reportingDate: string; actual: number; carriedForward: boolean }[]>();
  for (const v of values) {
    const reportingDate = approvedDate.get(`${v.indicator.issueId}|${v.periodId}`);
    if (reportingDate === undefined || v.actual === null) continue;
    valuesOf.set(v.indicatorId, [...(valuesOf.get(v.indicatorId) ?? []), { reportingDate, actual: v.actual, carriedForward: v.carriedForward }]);
  }
  // A milestone's state is what the latest approved report that mentions it said.
  const doneOf = new Map<string, { reportingDate: string; doneDate: string | null }>();
  for (const c of completions) {
    const reportingDate = approvedDate.get(`${c.milestone.issueId}|${c.periodId}`);
    if (reportingDate === undefined) continue;
    const known = doneOf.get(c.milestoneId);
    if (known && known.reportingDate > reportingDate) continue;
    doneOf.set(c.milestoneId, { reportingDate, doneDate: c.doneDate && c.doneDate <= asOfDate ? toPlainDate(c.doneDate) : null });
  }

  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  return ids.map((id) => {
    const issue = byId.get(id);
    if (!issue) throw new Error(`No issue ${id}`);
    const { details, createdAt: _createdAt, summaryBullets, ...revision } = revisionInForce(issue.revisions, cutoff);
    const definitions = (details as IssueDetailsSnapshot | null) ?? {
      indicators: issue.indicators,
      milestones: issue.milestones.map((m) => ({ ...m, plannedDate: m.plannedDate && toPlainDate(m.plannedDate) })),
      partners: issue.partners.map((p) => ({ name: p.partner.name, kind: p.partner.kind, role: p.role })),
    };
    const reports = approved
      .filter((r) => r.issueId === id)
      .map((r) => ({
        reportingDate: toPlainDate(r.period.asOfDate),
        text: r.progressText,
        status: r.status,
        carriedForward: r.carriedForward,
        approvedBy: r.reviewedBy?.name ?? null,
        approvedAt: r.reviewedAt && japanDateOf(r.reviewedAt),
      }));
    return {
      id,
      ...revision,
      summaryBullets: summaryBullets as string[],
      partners: definitions.partners,
      indicators: definitions.indicators.map(({ id: indicatorId, name, unit, direction, baseline, baselineLabel, target, targetFiscalYear }) => ({
        id: indicatorId, name, unit, direction, baseline, baselineLabel, target, targetFiscalYear,
        values: (valuesOf.get(indicatorId) ?? []).sort((a, b) => a.reportingDate.localeCompare(b.reportingDate)),
      })),
      milestones: definitions.milestones.map(({ id: milestoneId, title, plannedDate, plannedFiscalYear, ...precision }) => {
        // Revisions made before precision was recorded (migration 0010) take it from the milestone as stored.
        const stored = issue.milestones.find((m) => m.id === milestoneId);
        return {
          id: milestoneId, title, plannedDate, plannedFiscalYear,
          plannedPrecision: precision.plannedPrecision ?? stored?.plannedPrecision ?? "DAY",
          plannedFrom: precision.plannedFrom ?? stored?.plannedFrom ?? false,
          plannedText: precision.plannedText ?? stored?.plannedText ?? "",
          doneDate: doneOf.get(milestoneId)?.doneDate ?? null,
        };
      }),
      reports,
      progress: reports.find((r) => r.reportingDate === date) ?? null,
    };
  });
}
