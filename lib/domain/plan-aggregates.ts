import type { ProgressStatus } from "@/generated/prisma/sqlite/enums";
import { type GradeColumn, gradeDistribution, type KpiEvaluation } from "./kpi-evaluation";
import { descendantIds, type PlanTreeNode } from "./plan-tree";
import { countBy, progressStatuses } from "./progress-rules";

// The plan dashboard's figures per node: everything linked to the node or to a
// node below it, across bureaus. Pure, so tested on small fixtures.

export interface PlanIndicator {
  id: string;
  name: string;
  /** Nodes the indicator itself is linked to (besides its issue's). */
  nodeIds: readonly string[];
  evaluation: KpiEvaluation;
}

export interface PlanIssue {
  id: string;
  nodeIds: readonly string[];
  /** The approved status for the date; null when not (yet) approved. */
  status: ProgressStatus | null;
  indicators: readonly PlanIndicator[];
}

export interface PlanNodeFigures<I extends PlanIssue> {
  nodeId: string;
  issues: I[];
  indicators: { issue: I; indicator: I["indicators"][number] }[];
  grades: Record<GradeColumn, number>;
  statuses: Record<ProgressStatus, number>;
  /** Issues without an approved report for the date. */
  notReported: number;
  /** The approved share of the node's issues (0 when it has none). */
  completeness: number;
}

export function planNodeFigures<I extends PlanIssue>(nodes: readonly PlanTreeNode[], issues: readonly I[]): Map<string, PlanNodeFigures<I>> {
  const figures = new Map<string, PlanNodeFigures<I>>();
  for (const node of nodes) {
    const covered = new Set([node.id, ...descendantIds(nodes, node.id)]);
    const touches = (ids: readonly string[]) => ids.some((id) => covered.has(id));
    // An issue under the node brings all its indicators; an indicator linked on its own brings only itself.
    const nodeIssues = issues.filter((issue) => touches(issue.nodeIds) || issue.indicators.some((indicator) => touches(indicator.nodeIds)));
    const indicators = nodeIssues.flatMap((issue) =>
      issue.indicators.filter((indicator) => touches(issue.nodeIds) || touches(indicator.nodeIds)).map((indicator) => ({ issue, indicator })),
    );
    const approved = nodeIssues.flatMap((issue) => (issue.status === null ? [] : [issue.status]));
    figures.set(node.id, {
      nodeId: node.id,
      issues: nodeIssues,
      indicators,
      grades: gradeDistribution(indicators.map(({ indicator }) => indicator.evaluation)),
      statuses: countBy(progressStatuses, approved),
      notReported: nodeIssues.length - approved.length,
      completeness: nodeIssues.length === 0 ? 0 : approved.length / nodeIssues.length,
    });
  }
  return figures;
}

export interface BureauSplit {
  bureauCode: string;
  bureauName: string;
  issues: number;
  grades: Record<GradeColumn, number>;
  notReported: number;
  completeness: number;
}

/**
 * A node's figures bureau by bureau, in the order the issues come (bureau order):
 * the city-wide dashboard shows these rows instead of every issue, each
 * drilling down to that bureau's own dashboard.
 */
export function splitByBureau<I extends PlanIssue & { bureauCode: string; bureauName: string }>(figures: PlanNodeFigures<I>): BureauSplit[] {
  const groups = new Map<string, { name: string; issues: I[]; indicators: KpiEvaluation[] }>();
  for (const issue of figures.issues) {
    if (!groups.has(issue.bureauCode)) groups.set(issue.bureauCode, { name: issue.bureauName, issues: [], indicators: [] });
    groups.get(issue.bureauCode)!.issues.push(issue);
  }
  for (const { issue, indicator } of figures.indicators) groups.get(issue.bureauCode)?.indicators.push(indicator.evaluation);
  return [...groups].map(([bureauCode, group]) => {
    const approved = group.issues.filter((issue) => issue.status !== null).length;
    return {
      bureauCode,
      bureauName: group.name,
      issues: group.issues.length,
      grades: gradeDistribution(group.indicators),
      notReported: group.issues.length - approved,
      completeness: approved / group.issues.length,
    };
  });
}
