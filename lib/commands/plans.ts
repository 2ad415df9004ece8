import type { Tx } from "@/lib/db/transaction";
import { insertPlan } from "@/lib/plans/write-plan";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { descendantIds, subtreeHeight, wouldCreateCycle } from "@/lib/domain/plan-tree";
import { createTranslator, type Locale } from "@/lib/i18n/messages";
import { addPlanNodeSchema, createPlanSchema, indicatorPlanSchema, issueLinksSchema, movePlanNodeSchema, retirePlanNodeSchema, updatePlanNodeSchema } from "@/lib/validation/plans";
import { type CommandResult, fail, ok, parseInput } from "./result";

// City plans (北九州市・新ビジョン …) and their trees: admins edit them; an
// issue's links to plan nodes and SDGs are part of editing the issue. Nodes are
// retired, never deleted, so what an issue served in an earlier year stays.
const manages = (actor: Actor) => can(actor, "plan.manage");

const levelCount = (levelNames: unknown) => (Array.isArray(levelNames) ? levelNames.length : 0);

export async function createPlan(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ planId: string }>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(createPlanSchema, raw, locale);
  if (!input.ok) return input;
  return db.$transaction(async (tx) => {
    const city = await tx.city.findFirst({ orderBy: { code: "asc" } });
    if (!city) return fail({ kind: "rejected", reason: "plan.noCity" });
    if (await tx.plan.findFirst({ where: { cityId: city.id, name: input.data.name } })) return fail({ kind: "rejected", reason: "plan.nameTaken" });
    const plan = await insertPlan(tx, city.id, input.data);
    await recordAudit(tx, { actorId: actor.id, action: "plan.create", entityType: "Plan", entityId: plan.id, after: input.data });
    return ok({ planId: plan.id });
  });
}

/** Where a node may go: under an active node of the same plan, within the plan's levels. */
async function checkParent(tx: Tx, planId: string, parentId: string | null, levels: number, height: number): Promise<CommandResult<{ level: number }>> {
  if (parentId === null) return height < levels ? ok({ level: 0 }) : fail({ kind: "rejected", reason: "plan.tooDeep" });
  const parent = await tx.planNode.findUnique({ where: { id: parentId } });
  if (!parent || parent.planId !== planId) return fail({ kind: "rejected", reason: "plan.otherPlan" });
  if (parent.retiredAt) return fail({ kind: "rejected", reason: "plan.parentRetired" });
  return parent.level + 1 + height < levels ? ok({ level: parent.level + 1 }) : fail({ kind: "rejected", reason: "plan.tooDeep" });
}

export async function addPlanNode(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ nodeId: string }>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(addPlanNodeSchema, raw, locale);
  if (!input.ok) return input;
  const { planId, parentId, code, name } = input.data;
  return db.$transaction(async (tx) => {
    const plan = await tx.plan.findUnique({ where: { id: planId } });
    if (!plan) return fail({ kind: "not-found" });
    const place = await checkParent(tx, planId, parentId, levelCount(plan.levelNames), 0);
    if (!place.ok) return place;
    const last = await tx.planNode.aggregate({ where: { planId, parentId }, _max: { sortOrder: true } });
    const node = await tx.planNode.create({ data: { planId, parentId, level: place.data.level, code, name, sortOrder: (last._max.sortOrder ?? 0) + 1 } });
    await recordAudit(tx, { actorId: actor.id, action: "planNode.create", entityType: "PlanNode", entityId: node.id, after: { planId, parentId, code, name } });
    return ok({ nodeId: node.id });
  });
}

/** Renames a node or moves it under another parent (its subtree follows, levels recomputed). */
export async function updatePlanNode(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ nodeId: string }>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(updatePlanNodeSchema, raw, locale);
  if (!input.ok) return input;
  const { nodeId, parentId, code, name } = input.data;
  return db.$transaction(async (tx) => {
    const node = await tx.planNode.findUnique({ where: { id: nodeId }, include: { plan: { select: { levelNames: true } } } });
    if (!node) return fail({ kind: "not-found" });
    const tree = await tx.planNode.findMany({ where: { planId: node.planId }, select: { id: true, parentId: true, sortOrder: true, level: true } });
    if (wouldCreateCycle(tree, nodeId, parentId)) return fail({ kind: "rejected", reason: "plan.cycle" });
    const moved = parentId !== node.parentId;
    let sortOrder = node.sortOrder;
    if (moved) {
      const place = await checkParent(tx, node.planId, parentId, levelCount(node.plan.levelNames), subtreeHeight(tree, nodeId));
      if (!place.ok) return place;
      const shift = place.data.level - node.level;
      const last = await tx.planNode.aggregate({ where: { planId: node.planId, parentId }, _max: { sortOrder: true } });
      sortOrder = (last._max.sortOrder ?? 0) + 1;
      await tx.planNode.update({ where: { id: nodeId }, data: { level: place.data.level } });
      await shiftDescendants(tx, tree, nodeId, shift);
    }
    await tx.planNode.update({ where: { id: nodeId }, data: { parentId, code, name, sortOrder } });
    await recordAudit(tx, {
      actorId: actor.id, action: "planNode.update", entityType: "PlanNode", entityId: nodeId,
      before: { parentId: node.parentId, code: node.code, name: node.name }, after: { parentId, code, name },
    });
    return ok({ nodeId });
  });
}

async function shiftDescendants(tx: Tx, tree: readonly { id: string; parentId: string | null; level: number }[], nodeId: string, shift: number) {
  if (shift === 0) return;
  let frontier = [nodeId];
  while (frontier.length > 0) {
    const children = tree.filter((node) => node.parentId !== null && frontier.includes(node.parentId));
    for (const child of children) await tx.planNode.update({ where: { id: child.id }, data: { level: child.level + shift } });
    frontier = children.map((child) => child.id);
  }
}

/** Swaps the node with its previous or next sibling. */
export async function movePlanNode(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ nodeId: string }>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(movePlanNodeSchema, raw, locale);
  if (!input.ok) return input;
  const { nodeId, direction } = input.data;
  return db.$transaction(async (tx) => {
    const node = await tx.planNode.findUnique({ where: { id: nodeId } });
    if (!node) return fail({ kind: "not-found" });
    const siblings = await tx.planNode.findMany({ where: { planId: node.planId, parentId: node.parentId }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
    const index = siblings.findIndex((sibling) => sibling.id === nodeId);
    const other = siblings[direction === "up" ? index - 1 : index + 1];
    if (!other) return fail({ kind: "rejected", reason: "plan.noSibling" });
    // Renumber the whole sibling list so equal sort orders (from imports) cannot make a swap a no-op.
    const order = siblings.map((sibling) => sibling.id);
    order.splice(index, 1);
    order.splice(direction === "up" ? index - 1 : index + 1, 0, nodeId);
    for (const [position, id] of order.entries()) await tx.planNode.update({ where: { id }, data: { sortOrder: position + 1 } });
    await recordAudit(tx, { actorId: actor.id, action: "planNode.move", entityType: "PlanNode", entityId: nodeId, before: { sortOrder: node.sortOrder }, after: { direction } });
    return ok({ nodeId });
  });
}

/** Retires the node and its active descendants; their links stay for history, new links are refused. */
export async function retirePlanNode(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ nodeId: string }>> {
  if (!manages(actor)) return fail({ kind: "forbidden" });
  const input = parseInput(retirePlanNodeSchema, raw, locale);
  if (!input.ok) return input;
  const { nodeId } = input.data;
  return db.$transaction(async (tx) => {
    const node = await tx.planNode.findUnique({ where: { id: nodeId } });
    if (!node) return fail({ kind: "not-found" });
    if (node.retiredAt) return fail({ kind: "rejected", reason: "plan.alreadyRetired" });
    const tree = await tx.planNode.findMany({ where: { planId: node.planId }, select: { id: true, parentId: true, sortOrder: true } });
    const retiredAt = new Date();
    const ids = [nodeId, ...descendantIds(tree, nodeId)];
    await tx.planNode.updateMany({ where: { id: { in: ids }, retiredAt: null }, data: { retiredAt } });
    await recordAudit(tx, { actorId: actor.id, action: "planNode.retire", entityType: "PlanNode", entityId: nodeId, after: { retiredAt: retiredAt.toISOString(), nodes: ids.length } });
    return ok({ nodeId });
  });
}

/**
 * The node links an issue or indicator will have: the ones asked for, which
 * must exist and be active unless already linked, plus its links to retired
 * nodes, which are history and stay whatever the form sent.
 */
async function nodeLinksToKeep(tx: Tx, nodeIds: readonly string[], links: readonly { nodeId: string; node: { retiredAt: Date | null } }[]): Promise<CommandResult<{ current: string[]; wanted: string[] }>> {
  const nodes = await tx.planNode.findMany({ where: { id: { in: [...nodeIds] } }, select: { id: true, retiredAt: true } });
  if (nodes.length !== nodeIds.length) return fail({ kind: "rejected", reason: "plan.unknownNode" });
  const current = new Set(links.map((link) => link.nodeId));
  if (nodes.some((node) => node.retiredAt && !current.has(node.id))) return fail({ kind: "rejected", reason: "plan.nodeRetired" });
  const keptRetired = links.filter((link) => link.node.retiredAt).map((link) => link.nodeId);
  return ok({ current: [...current].sort(), wanted: [...new Set([...nodeIds, ...keptRetired])].sort() });
}

/**
 * Sets which plan nodes and SDGs an issue serves. Links to retired nodes are
 * history: kept as they are, and never made anew.
 */
export async function setIssueLinks(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ issueId: string }>> {
  const input = parseInput(issueLinksSchema, raw, locale);
  if (!input.ok) return input;
  const { issueId } = input.data;
  const nodeIds = [...new Set(input.data.nodeIds)];
  const goalNumbers = [...new Set(input.data.goalNumbers)].sort((a, b) => a - b);
  return db.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({
      where: { id: issueId },
      select: { document: { select: { bureauId: true } }, planNodes: { select: { nodeId: true, node: { select: { retiredAt: true } } } }, sdgGoals: { select: { goalNumber: true } } },
    });
    if (!issue) return fail({ kind: "not-found" });
    if (!can(actor, "issue.edit", { bureauId: issue.document.bureauId })) return fail({ kind: "forbidden" });
    const links = await nodeLinksToKeep(tx, nodeIds, issue.planNodes);
    if (!links.ok) return links;
    const { current, wanted } = links.data;
    await tx.issuePlanNode.deleteMany({ where: { issueId } });
    await tx.issuePlanNode.createMany({ data: wanted.map((nodeId) => ({ issueId, nodeId })) });
    await tx.issueSdgGoal.deleteMany({ where: { issueId } });
    await tx.issueSdgGoal.createMany({ data: goalNumbers.map((goalNumber) => ({ issueId, goalNumber })) });
    await recordAudit(tx, {
      actorId: actor.id, action: "issue.links", entityType: "Issue", entityId: issueId, bureauId: issue.document.bureauId,
      before: { nodeIds: current, goalNumbers: issue.sdgGoals.map((goal) => goal.goalNumber).sort((a, b) => a - b) },
      after: { nodeIds: wanted, goalNumbers },
    });
    return ok({ issueId });
  });
}

/**
 * Sets an indicator's links to plan nodes, its measure (point-in-time or
 * cumulative) and the targets the plan sets for single years: what the KPI
 * evaluation reads. A year's target that could never be graded (0 where the
 * rate is actual ÷ target, or the baseline itself) is refused at its row.
 */
export async function setIndicatorPlan(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<{ indicatorId: string }>> {
  const input = parseInput(indicatorPlanSchema, raw, locale);
  if (!input.ok) return input;
  const { indicatorId, measure, yearTargets } = input.data;
  const nodeIds = [...new Set(input.data.nodeIds)];
  return db.$transaction(async (tx) => {
    const indicator = await tx.indicator.findUnique({
      where: { id: indicatorId },
      select: {
        issueId: true, name: true, direction: true, baseline: true, measure: true,
        issue: { select: { document: { select: { bureauId: true } } } },
        planNodes: { select: { nodeId: true, node: { select: { retiredAt: true } } } },
        yearTargets: { orderBy: { fiscalYear: "asc" }, select: { fiscalYear: true, target: true } },
      },
    });
    if (!indicator) return fail({ kind: "not-found" });
    const bureauId = indicator.issue.document.bureauId;
    if (!can(actor, "issue.edit", { bureauId })) return fail({ kind: "forbidden" });
    const t = createTranslator(locale);
    const fieldErrors = new Map<string, string[]>();
    // A running total only grows: the evaluation could never grade a decrease on it.
    if (measure === "CUMULATIVE" && indicator.direction === "DOWN") fieldErrors.set("measure", [t("plan.cumulativeDecreasing")]);
    const baseline = indicator.baseline ?? (measure === "CUMULATIVE" ? 0 : null);
    for (const year of yearTargets) {
      if (baseline === null && year.target === 0) fieldErrors.set(`yearTargets.${year.row}.target`, [t("plan.zeroTargetOnRatio")]);
      else if (year.target === baseline) fieldErrors.set(`yearTargets.${year.row}.target`, [t("plan.targetEqualsBaseline", { baseline })]);
    }
    if (fieldErrors.size > 0) return fail({ kind: "invalid", fieldErrors: Object.fromEntries(fieldErrors) });
    const links = await nodeLinksToKeep(tx, nodeIds, indicator.planNodes);
    if (!links.ok) return links;
    const { current, wanted } = links.data;
    const targets = yearTargets.map(({ fiscalYear, target }) => ({ fiscalYear, target })).sort((a, b) => a.fiscalYear - b.fiscalYear);
    await tx.indicator.update({ where: { id: indicatorId }, data: { measure } });
    await tx.indicatorPlanNode.deleteMany({ where: { indicatorId } });
    await tx.indicatorPlanNode.createMany({ data: wanted.map((nodeId) => ({ indicatorId, nodeId })) });
    await tx.indicatorYearTarget.deleteMany({ where: { indicatorId } });
    await tx.indicatorYearTarget.createMany({ data: targets.map((year) => ({ indicatorId, ...year })) });
    // Logged on the issue, so the audit log names it; the indicator is named inside.
    await recordAudit(tx, {
      actorId: actor.id, action: "indicator.plan", entityType: "Issue", entityId: indicator.issueId, bureauId,
      before: { indicatorId, indicator: indicator.name, measure: indicator.measure, nodeIds: current, yearTargets: indicator.yearTargets },
      after: { indicatorId, indicator: indicator.name, measure, nodeIds: wanted, yearTargets: targets },
    });
    return ok({ indicatorId });
  });
}
