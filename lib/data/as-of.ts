import "server-only";
import type { IssueDetailsSnapshot } from "@/lib/commands/issue-snapshot";
import { Prisma } from "@/generated/prisma/sqlite/client";
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

/** An issue's ①–④ and the definitions of its indicators, milestones and partners as of a date: what only a change to the issue alters. */
export interface IssueDefinitionsAsOf extends IssueText {
  id: string;
  /** The revision ①–④ and the definitions come from. */
  version: number;
  partners: IssueDetailsSnapshot["partners"];
  indicators: IssueDetailsSnapshot["indicators"];
  milestones: IssueDetailsSnapshot["milestones"];
}

export interface IssueAsOf extends Omit<IssueDefinitionsAsOf, "indicators" | "milestones"> {
  indicators: (IssueDetailsSnapshot["indicators"][number] & { values: { reportingDate: string; actual: number; carriedForward: boolean }[] })[];
  milestones: (IssueDetailsSnapshot["milestones"][number] & { doneDate: string | null })[];
  /** Approved reports for dates up to the date, oldest first. */
  reports: ApprovedReport[];
  /** ⑤ approved for the date itself, or null. */
  progress: ApprovedReport | null;
}

/** What the reports approved for dates up to a date said: ⑤, actuals and milestones done, each with its period. */
export interface ApprovedHistory {
  /** Oldest first. */
  reports: (ApprovedReport & { issueId: string; periodId: string })[];
  values: { indicatorId: string; periodId: string; actual: number | null; carriedForward: boolean }[];
  completions: { milestoneId: string; periodId: string; doneDate: Date | null }[];
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
  const [definitions, history] = await Promise.all([loadDefinitionsAsOf(issueIds, date), loadApprovedHistory({ issueIds }, date)]);
  return issuesAsOf(definitions, history, date);
}

/** ①–④ and the definitions of each of `issueIds` in force at the end of `date`, in the order given. */
export async function loadDefinitionsAsOf(issueIds: readonly string[], date: string): Promise<IssueDefinitionsAsOf[]> {
  if (issueIds.length === 0) return [];
  const cutoff = endOfDayInJapan(date);
  const ids = [...issueIds];
  const issues = await db.issue.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      revisions: { orderBy: { version: "asc" }, select: revisionSelect },
      // Only for revisions made before definitions were snapshotted (migration 0003).
      indicators: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, unit: true, direction: true, baseline: true, baselineLabel: true, target: true, targetFiscalYear: true } },
      milestones: { orderBy: { sortOrder: "asc" }, select: { id: true, title: true, plannedDate: true, plannedFiscalYear: true, plannedPrecision: true, plannedFrom: true, plannedText: true } },
      partners: { select: { role: true, partner: { select: { name: true, kind: true } } } },
    },
  });
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
    return {
      id,
      ...revision,
      summaryBullets: summaryBullets as string[],
      partners: definitions.partners,
      indicators: definitions.indicators.map(({ id: indicatorId, name, unit, direction, baseline, baselineLabel, target, targetFiscalYear }) => ({
        id: indicatorId, name, unit, direction, baseline, baselineLabel, target, targetFiscalYear,
      })),
      milestones: definitions.milestones.map(({ id: milestoneId, title, plannedDate, plannedFiscalYear, ...precision }) => {
        // Revisions made before precision was recorded (migration 0010) take it from the milestone as stored.
        const stored = issue.milestones.find((m) => m.id === milestoneId);
        return {
          id: milestoneId, title, plannedDate, plannedFiscalYear,
          plannedPrecision: precision.plannedPrecision ?? stored?.plannedPrecision ?? "DAY",
          plannedFrom: precision.plannedFrom ?? stored?.plannedFrom ?? false,
          plannedText: precision.plannedText ?? stored?.plannedText ?? "",
        };
      }),
    };
  });
}

/** Which issues an approved history covers: a whole document's, or those named. */
export type HistoryOf = { documentId: string } | { issueIds: readonly string[] };

interface HistoryRow {
  kind: "report" | "value" | "completion";
  /** The report's issue, the value's indicator or the completion's milestone. */
  ref: string;
  periodId: string;
  /** When the report was approved, or the milestone done. */
  at: Date | null;
  asOfDate: Date | null;
  carriedForward: boolean | null;
  status: ProgressStatus | null;
  text: string | null;
  approvedBy: string | null;
  actual: number | null;
}

/**
 * The reports approved for dates up to `date` of the issues `issues` selects, with the actuals
 * and done dates of every period up to it (only those of approved reports count: `issuesAsOf`
 * picks them). One raw statement, the same on SQLite and PostgreSQL, where the ORM sent five
 * (one per relation): the first view of a bureau's dashboard after a save reads it again.
 * The first branch names a real column wherever one is a date or a boolean: SQLite types a
 * compound SELECT's columns by its first branch.
 */
export async function loadApprovedHistory(issues: HistoryOf, date: string): Promise<ApprovedHistory> {
  const upTo = parsePlainDate(date);
  const ofIssues = "documentId" in issues ? Prisma.sql`i."documentId" = ${issues.documentId}` : Prisma.sql`i."id" IN (${Prisma.join(issues.issueIds)})`;
  const rows = await db.$queryRaw<HistoryRow[]>`
    SELECT 'report' AS "kind", r."issueId" AS "ref", r."periodId", r."reviewedAt" AS "at", p."asOfDate", r."carriedForward",
      CAST(r."status" AS TEXT) AS "status", r."progressText" AS "text", u."name" AS "approvedBy", NULL AS "actual"
    FROM "ProgressReport" r JOIN "Issue" i ON i."id" = r."issueId" JOIN "ReportingPeriod" p ON p."id" = r."periodId" LEFT JOIN "User" u ON u."id" = r."reviewedById"
    WHERE ${ofIssues} AND r."workflowState" = 'APPROVED' AND p."asOfDate" <= ${upTo}
    UNION ALL
    SELECT 'value', v."indicatorId", v."periodId", NULL, NULL, v."carriedForward", NULL, NULL, NULL, v."actual"
    FROM "IndicatorValue" v JOIN "Indicator" n ON n."id" = v."indicatorId" JOIN "Issue" i ON i."id" = n."issueId" JOIN "ReportingPeriod" p ON p."id" = v."periodId"
    WHERE ${ofIssues} AND v."actual" IS NOT NULL AND p."asOfDate" <= ${upTo}
    UNION ALL
    SELECT 'completion', c."milestoneId", c."periodId", c."doneDate", NULL, NULL, NULL, NULL, NULL, NULL
    FROM "MilestoneCompletion" c JOIN "Milestone" m ON m."id" = c."milestoneId" JOIN "Issue" i ON i."id" = m."issueId" JOIN "ReportingPeriod" p ON p."id" = c."periodId"
    WHERE ${ofIssues} AND p."asOfDate" <= ${upTo}`;
  const reports = rows
    .filter((r) => r.kind === "report")
    .map((r) => ({
      issueId: r.ref,
      periodId: r.periodId,
      reportingDate: toPlainDate(r.asOfDate!),
      text: r.text!,
      status: r.status!,
      carriedForward: Boolean(r.carriedForward),
      approvedBy: r.approvedBy,
      approvedAt: r.at && japanDateOf(r.at),
    }))
    .sort((a, b) => a.reportingDate.localeCompare(b.reportingDate));
  const values = rows.filter((r) => r.kind === "value").map((r) => ({ indicatorId: r.ref, periodId: r.periodId, actual: r.actual, carriedForward: Boolean(r.carriedForward) }));
  const completions = rows.filter((r) => r.kind === "completion").map((r) => ({ milestoneId: r.ref, periodId: r.periodId, doneDate: r.at }));
  return { reports, values, completions };
}

/** The issues as of `date` ("YYYY-MM-DD"): their definitions then, with what the approved history up to it says. */
export function issuesAsOf(definitions: readonly IssueDefinitionsAsOf[], history: ApprovedHistory, date: string): IssueAsOf[] {
  const asOfDate = parsePlainDate(date);
  // A row counts only when its issue's report for that period is approved. An indicator or
  // milestone belongs to the issue whose definitions name it, so that issue's report decides.
  const approvedDate = new Map(history.reports.map((r) => [`${r.issueId}|${r.periodId}`, r.reportingDate]));
  const valuesOf = groupedBy(history.values, (v) => v.indicatorId);
  const completionsOf = groupedBy(history.completions, (c) => c.milestoneId);
  return definitions.map(({ indicators, milestones, ...issue }) => {
    const approvedOn = (periodId: string) => approvedDate.get(`${issue.id}|${periodId}`);
    const reports = history.reports.filter((r) => r.issueId === issue.id).map(({ issueId: _issueId, periodId: _periodId, ...report }) => report);
    return {
      ...issue,
      indicators: indicators.map((indicator) => ({
        ...indicator,
        values: (valuesOf.get(indicator.id) ?? [])
          .flatMap((v) => {
            const reportingDate = approvedOn(v.periodId);
            return reportingDate === undefined || v.actual === null ? [] : [{ reportingDate, actual: v.actual, carriedForward: v.carriedForward }];
          })
          .sort((a, b) => a.reportingDate.localeCompare(b.reportingDate)),
      })),
      milestones: milestones.map((milestone) => {
        // A milestone's state is what the latest approved report that mentions it said.
        let latest: { reportingDate: string; doneDate: Date | null } | undefined;
        for (const c of completionsOf.get(milestone.id) ?? []) {
          const reportingDate = approvedOn(c.periodId);
          if (reportingDate !== undefined && !(latest && latest.reportingDate > reportingDate)) latest = { reportingDate, doneDate: c.doneDate };
        }
        const done = latest?.doneDate;
        return { ...milestone, doneDate: done && done <= asOfDate ? toPlainDate(done) : null };
      }),
      reports,
      progress: reports.find((r) => r.reportingDate === date) ?? null,
    };
  });
}

function groupedBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
