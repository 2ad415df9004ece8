import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { endOfDayInJapan, parsePlainDate, toPlainDate } from "@/lib/domain/dates";
import { evaluateReported, type GradeThresholds } from "@/lib/domain/kpi-evaluation";
import { type PlanIndicator, type PlanIssue, type PlanNodeFigures, planNodeFigures } from "@/lib/domain/plan-aggregates";
import { flattenPlanTree } from "@/lib/domain/plan-tree";
import { bureauNamesAt } from "./section-history";
import { indicatorDefinitionSelect } from "./shared-selects";

const nodeSelect = { id: true, parentId: true, level: true, code: true, name: true, sortOrder: true, retiredAt: true } as const;

/** A node's label as plans print it: "Ⅰ 「稼げるまち」の実現". */
export const planNodeLabel = (node: { code: string; name: string }) => (node.code ? `${node.code} ${node.name}` : node.name);

const levelNamesOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((name): name is string => typeof name === "string") : []);

async function readPlans() {
  const plans = await db.plan.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, startFiscalYear: true, endFiscalYear: true, levelNames: true, nodes: { select: nodeSelect } },
  });
  return plans.map(({ nodes, levelNames, ...plan }) => ({ ...plan, levelNames: levelNamesOf(levelNames), nodes: flattenPlanTree(nodes) }));
}

/** Every plan with its tree in reading order, retired nodes included: the plan editor (admins). */
export async function getPlansForEditor(actor: Actor) {
  if (!can(actor, "plan.manage")) throw new AccessDeniedError();
  return readPlans();
}

export type EditorPlan = Awaited<ReturnType<typeof getPlansForEditor>>[number];

/** The plans' trees, the 17 SDGs, what the issue links to now, and its indicators' plan settings: the issue editor's plan forms. */
export async function getIssueLinksForEdit(actor: Actor, issueId: string, bureauId: string) {
  if (!can(actor, "issue.edit", { bureauId })) throw new AccessDeniedError();
  const [plans, goals, issue] = await Promise.all([
    readPlans(),
    db.sdgGoal.findMany({ orderBy: { number: "asc" } }),
    db.issue.findUniqueOrThrow({
      where: { id: issueId },
      select: {
        planNodes: { select: { nodeId: true } },
        sdgGoals: { select: { goalNumber: true } },
        indicators: {
          orderBy: { sortOrder: "asc" },
          select: {
            id: true, name: true, unit: true, direction: true, baseline: true, target: true, measure: true,
            planNodes: { select: { nodeId: true } },
            yearTargets: { orderBy: { fiscalYear: "asc" }, select: { fiscalYear: true, target: true } },
          },
        },
      },
    }),
  ]);
  return {
    plans, goals,
    nodeIds: issue.planNodes.map((link) => link.nodeId),
    goalNumbers: issue.sdgGoals.map((goal) => goal.goalNumber),
    indicators: issue.indicators.map(({ planNodes, ...indicator }) => ({ ...indicator, nodeIds: planNodes.map((link) => link.nodeId) })),
  };
}

/** The plan nodes and SDGs an issue serves, for its page (the issue's own read check has run). */
export async function getIssueLinks(issueId: string) {
  const issue = await db.issue.findUniqueOrThrow({
    where: { id: issueId },
    select: {
      planNodes: { select: { node: { select: { ...nodeSelect, plan: { select: { name: true, levelNames: true } } } } } },
      sdgGoals: { orderBy: { goalNumber: "asc" }, select: { goal: true } },
    },
  });
  return {
    nodes: issue.planNodes
      .map(({ node }) => ({ ...node, planName: node.plan.name, levelName: levelNamesOf(node.plan.levelNames)[node.level] ?? "" }))
      .sort((a, b) => a.planName.localeCompare(b.planName) || a.level - b.level || a.sortOrder - b.sortOrder),
    goals: issue.sdgGoals.map(({ goal }) => goal),
  };
}

/**
 * The plan dashboard for one reporting date, city-wide (`bureauCode` null,
 * city-level readers) or one bureau: per node, the issues and indicators
 * linked to it or below it across bureaus, their grades for the date (approved
 * values only, as the exports have them), status and completeness; and the
 * SDGs by bureau.
 */
export async function getPlanDashboard(actor: Actor, query: { planId?: string; bureauCode: string | null; date?: string }, thresholds: GradeThresholds) {
  const bureau = query.bureauCode === null ? null : await db.bureau.findFirst({ where: { code: query.bureauCode }, select: { id: true, code: true, name: true } });
  if (query.bureauCode !== null && !bureau) return null;
  if (bureau ? !can(actor, "document.read", { bureauId: bureau.id }) : !can(actor, "city.view")) throw new AccessDeniedError();
  const plans = await readPlans();
  const plan = plans.find((candidate) => candidate.id === query.planId) ?? plans[0] ?? null;
  const dateRows = await db.reportingPeriod.findMany({ where: bureau ? { bureauId: bureau.id } : {}, distinct: ["asOfDate"], orderBy: { asOfDate: "desc" }, select: { asOfDate: true } });
  const dates = dateRows.map((row) => toPlainDate(row.asOfDate));
  const date = dates.find((d) => d === query.date) ?? dates[0] ?? null;
  const empty = { plans, plan, bureau, dates, date, issues: [] as DashboardPlanIssue[], figures: new Map<string, PlanNodeFigures<DashboardPlanIssue>>(), sdgs: [] as SdgRow[], sdgBureaus: [] as { id: string; name: string }[] };
  if (plan === null || date === null) return empty;
  const periods = await db.reportingPeriod.findMany({
    where: { asOfDate: parsePlainDate(date), ...(bureau ? { bureauId: bureau.id } : {}) },
    select: { id: true, bureauId: true, fiscalYear: true, bureau: { select: { name: true, code: true, sortOrder: true } } },
  });
  if (periods.length === 0) return empty;
  const periodIds = periods.map((period) => period.id);
  const inScope = { OR: periods.map((period) => ({ document: { bureauId: period.bureauId, fiscalYear: period.fiscalYear } })) };
  const onPlan = { node: { planId: plan.id } };
  const rows = await db.issue.findMany({
    where: { AND: [inScope, { OR: [{ planNodes: { some: onPlan } }, { indicators: { some: { planNodes: { some: onPlan } } } }] }] },
    orderBy: [{ document: { bureau: { sortOrder: "asc" } } }, { sortOrder: "asc" }],
    select: {
      id: true, code: true, name: true,
      document: { select: { bureauId: true } },
      planNodes: { where: onPlan, select: { nodeId: true } },
      progressReports: { where: { periodId: { in: periodIds } }, select: { status: true, workflowState: true } },
      indicators: {
        orderBy: { sortOrder: "asc" },
        select: {
          ...indicatorDefinitionSelect, measure: true,
          yearTargets: { select: { fiscalYear: true, target: true } },
          planNodes: { where: onPlan, select: { nodeId: true } },
          values: { where: { periodId: { in: periodIds } }, select: { actual: true, carriedForward: true } },
        },
      },
    },
  });
  // Bureaus under their names of the date (decision 044).
  const namesAt = await bureauNamesAt(db, periods.map((period) => ({ id: period.bureauId, name: period.bureau.name })), endOfDayInJapan(date));
  const bureauOf = new Map(periods.map((period) => [period.bureauId, { ...period.bureau, name: namesAt.get(period.bureauId)! }]));
  const issues: DashboardPlanIssue[] = rows.map((row) => {
    const report = row.progressReports[0];
    const approved = report?.workflowState === "APPROVED";
    return {
      id: row.id, code: row.code, name: row.name,
      bureauCode: bureauOf.get(row.document.bureauId)?.code ?? "",
      bureauName: bureauOf.get(row.document.bureauId)?.name ?? "",
      nodeIds: row.planNodes.map((link) => link.nodeId),
      status: approved ? report.status : null,
      indicators: row.indicators.map(({ values, planNodes, yearTargets, ...indicator }) => ({
        id: indicator.id, name: indicator.name, unit: indicator.unit,
        actual: approved ? (values[0]?.actual ?? null) : null,
        nodeIds: planNodes.map((link) => link.nodeId),
        evaluation: evaluateReported(
          { ...indicator, yearlyTargets: new Map(yearTargets.map((year) => [year.fiscalYear, year.target])) },
          { reportingDate: date, actual: approved ? (values[0]?.actual ?? null) : null, carriedForward: values[0]?.carriedForward ?? false },
          thresholds,
        ),
      })),
    };
  });
  const sdgBureaus = periods.map((period) => ({ id: period.bureauId, ...bureauOf.get(period.bureauId)! })).sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  return { ...empty, bureau: bureau && { ...bureau, name: namesAt.get(bureau.id) ?? bureau.name }, issues, figures: planNodeFigures(plan.nodes, issues), sdgs: await sdgByBureau(inScope, sdgBureaus), sdgBureaus };
}

export interface DashboardPlanIssue extends PlanIssue {
  code: string;
  name: string;
  bureauCode: string;
  bureauName: string;
  indicators: (PlanIndicator & { unit: string; actual: number | null })[];
}

type SdgRow = { number: number; nameJa: string; nameEn: string; colour: string; counts: Map<string, number>; total: number };

/** Goal × bureau: how many of the scope's issues each bureau tagged with each goal (every goal listed). */
async function sdgByBureau(inScope: object, bureaus: { id: string; name: string; code: string; sortOrder: number }[]): Promise<SdgRow[]> {
  const [goals, tags] = await Promise.all([
    db.sdgGoal.findMany({ orderBy: { number: "asc" } }),
    db.issueSdgGoal.findMany({ where: { issue: inScope }, select: { goalNumber: true, issue: { select: { document: { select: { bureauId: true } } } } } }),
  ]);
  return goals.map((goal) => {
    const counts = new Map(bureaus.map((bureau) => [bureau.id, 0]));
    for (const tag of tags.filter((t) => t.goalNumber === goal.number)) {
      const bureauId = tag.issue.document.bureauId;
      counts.set(bureauId, (counts.get(bureauId) ?? 0) + 1);
    }
    return { ...goal, counts, total: [...counts.values()].reduce((sum, n) => sum + n, 0) };
  });
}
