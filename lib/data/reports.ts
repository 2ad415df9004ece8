import "server-only";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can, isCityLevel } from "@/lib/auth/permissions";
import type { ProgressStatus } from "@/generated/prisma/sqlite/enums";
import { isEditable, loadReport } from "@/lib/commands/report-access";
import { db } from "@/lib/db";
import { toPlainDate } from "@/lib/domain/dates";
import { cachedRead } from "./read-model-cache";

/** The rows of a LEFT JOIN by their parent's id, in the order each parent first appears. */
function byParent<R extends { id: string }>(rows: R[]): [R, R[]][] {
  const groups = new Map<string, [R, R[]]>();
  for (const row of rows) {
    const group = groups.get(row.id);
    if (group) group[1].push(row);
    else groups.set(row.id, [row, [row]]);
  }
  return [...groups.values()];
}

/** A progress report with its previous report, and what the user may do with it. */
export async function getReportPage(actor: Actor, reportId: string) {
  // The report, its people and its resource as the writes load them (1 statement, where the ORM took 10).
  const loaded = await loadReport(db, reportId);
  if (!loaded) return null;
  const { report, resource } = loaded;
  if (!can(actor, "document.read", resource)) throw new AccessDeniedError();
  // The previous report, the indicators and the milestones with their rows of every period, in one
  // statement (through the ORM, six): one branch each, told apart by `kind`. SQLite types a compound
  // SELECT's columns by its first branch, so that branch names the real date column (`doneDate`),
  // which also carries the previous report's date; PostgreSQL types a subquery's NULLs on their own.
  const rows = await db.$queryRaw<{ kind: "milestone" | "indicator" | "previous"; id: string; name: string; unit: string; baseline: number | null; baselineLabel: string; target: number | null; targetFiscalYear: number | bigint | null; periodId: string | null; actual: number | null; doneDate: Date | null }[]>`
    SELECT 'milestone' AS "kind", m."id", m."title" AS "name", '' AS "unit", NULL AS "baseline", '' AS "baselineLabel", NULL AS "target", NULL AS "targetFiscalYear", c."periodId", NULL AS "actual", c."doneDate", m."sortOrder"
      FROM "Milestone" m LEFT JOIN "MilestoneCompletion" c ON c."milestoneId" = m."id"
      WHERE m."issueId" = ${report.issueId}
    UNION ALL
    SELECT 'indicator', i."id", i."name", i."unit", i."baseline", i."baselineLabel", i."target", i."targetFiscalYear", v."periodId", v."actual", NULL, i."sortOrder"
      FROM "Indicator" i LEFT JOIN "IndicatorValue" v ON v."indicatorId" = i."id"
      WHERE i."issueId" = ${report.issueId}
    UNION ALL
    SELECT * FROM (
      SELECT 'previous', r."id", r."progressText", CAST(r."status" AS TEXT), CAST(NULL AS DOUBLE PRECISION), '', CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS INTEGER), r."periodId", CAST(NULL AS DOUBLE PRECISION), p."asOfDate", 0
      FROM "ProgressReport" r JOIN "ReportingPeriod" p ON p."id" = r."periodId"
      WHERE r."issueId" = ${report.issueId} AND p."asOfDate" < ${report.period.asOfDate}
      ORDER BY p."asOfDate" DESC LIMIT 1) AS "previous"
    ORDER BY "kind", "sortOrder", "id"`;
  const previousRow = rows.find((r) => r.kind === "previous");
  const previous = previousRow ? { progressText: previousRow.name, status: previousRow.unit as ProgressStatus, periodId: previousRow.periodId!, asOfDate: previousRow.doneDate! } : undefined;
  const indicators = rows.filter((r) => r.kind === "indicator");
  const milestones = rows.filter((r) => r.kind === "milestone");
  const valueIn = (rows: { periodId: string | null; actual: number | null }[], periodId: string | undefined) => rows.find((v) => v.periodId === periodId)?.actual ?? null;
  const doneIn = (rows: { periodId: string | null; doneDate: Date | null }[], periodId: string | undefined) => {
    const done = rows.find((c) => c.periodId === periodId)?.doneDate ?? null;
    return done && toPlainDate(done);
  };
  return {
    report,
    previous: previous ? { progressText: previous.progressText, status: previous.status, periodId: previous.periodId, period: { asOfDate: previous.asOfDate } } : null,
    // Beside each input its yardsticks: the document's baseline and target, and the previous report's value.
    indicators: byParent(indicators).map(([i, rows]) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      baseline: i.baseline,
      baselineLabel: i.baselineLabel,
      target: i.target,
      targetFiscalYear: i.targetFiscalYear === null ? null : Number(i.targetFiscalYear),
      actual: valueIn(rows, report.periodId),
      previousActual: previous ? valueIn(rows, previous.periodId) : null,
    })),
    // Milestones done as this report states them (carried forward when its period opened), and as the previous one did.
    milestones: byParent(milestones).map(([m, rows]) => ({
      id: m.id,
      title: m.name,
      doneDate: doneIn(rows, report.periodId),
      previousDoneDate: previous ? doneIn(rows, previous.periodId) : null,
    })),
    mayEdit: can(actor, "progress.edit", resource) && isEditable(report),
    mayWithdraw: can(actor, "progress.withdraw", resource) && report.workflowState === "SUBMITTED" && report.period.status === "OPEN",
    // Whether the user writes or reviews this issue's reports at all: their panels stay on the
    // page after an action changed the state, to show its outcome.
    isAuthor: can(actor, "progress.withdraw", resource),
    isReviewer: can(actor, "progress.review", resource),
    mayReview: can(actor, "progress.review", resource) && report.workflowState === "SUBMITTED" && report.period.status === "OPEN",
  };
}

export type ReportPage = NonNullable<Awaited<ReturnType<typeof getReportPage>>>;

/** Submitted reports in open periods of the bureaus a reviewer reviews: every bureau for city-level reviewers, else their own. */
const reviewQueueWhere = (actor: Actor) => ({
  workflowState: "SUBMITTED" as const,
  period: { status: "OPEN" as const, ...(isCityLevel(actor) ? {} : { bureauId: actor.bureauId ?? "" }) },
});

/** Submitted reports the manager may review, oldest submission first. */
export async function listReviewQueue(actor: Actor) {
  if (!can(actor, "progress.review")) throw new AccessDeniedError();
  const reports = await db.progressReport.findMany({
    where: reviewQueueWhere(actor),
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      submittedAt: true,
      author: { select: { name: true } },
      period: { select: { asOfDate: true, bureau: { select: { id: true, name: true } } } },
      issue: { select: { code: true, name: true, owningSection: { select: { name: true } } } },
    },
  });
  return reports.filter((r) => can(actor, "progress.review", { bureauId: r.period.bureau.id }));
}

/** The report a reviewer goes to after deciding on `reportId`: the longest-waiting other one, if any. */
export async function nextReviewAfter(actor: Actor, reportId: string) {
  const next = (await listReviewQueue(actor)).find((r) => r.id !== reportId);
  return next ? { reportId: next.id, label: `${next.issue.code} ${next.issue.name}` } : null;
}

/** How many reports wait for this reviewer (the 審査 menu item shows it); null for users who do not review. */
export async function countReviewQueue(actor: Actor): Promise<number | null> {
  if (!can(actor, "progress.review")) return null;
  // Every signed-in page asks (the menu): cached like the dashboards (decision 100), keyed by
  // the whole actor, since which reports count depends on nothing else. A city-level reviewer's
  // count depends on every bureau's reports, so any write reaches it: one COUNT, not the list
  // (a reviewer may review every report the filter leaves, so the two agree).
  const scope = isCityLevel(actor) ? "city" : { bureauId: actor.bureauId ?? "" };
  return cachedRead(`review-queue|${JSON.stringify(actor)}`, scope, () => db.progressReport.count({ where: reviewQueueWhere(actor) }));
}
