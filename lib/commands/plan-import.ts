import { randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, can } from "@/lib/auth/permissions";
import { CsvRefused } from "@/lib/csv/header-csv";
import { db } from "@/lib/db";
import { insertRows } from "@/lib/db/bulk-insert";
import type { Tx } from "@/lib/db/transaction";
import { createTranslator, type Locale, type MessageKey } from "@/lib/i18n/messages";
import { type ImportTarget, PLAN_CSV_MAX_BYTES, PLAN_CSV_MAX_LINES, type PlanColumn, type PlanLine, type PlannedNode, type PlannedParent, parsePlanCsv, planImport } from "@/lib/plans/plan-csv";
import { idSchema } from "@/lib/validation/common";
import { type CommandResult, fail, ok, parseInput } from "./result";

const importSchema = z.object({
  planId: idSchema,
  text: z.string().max(PLAN_CSV_MAX_BYTES, "planImport.error.tooLarge"),
  confirm: z.boolean().default(false),
});

export interface PlanImportSummary {
  create: number;
  update: number;
  move: number;
  unchanged: number;
  /** What would change, in file order: a new node, a rename (previousName → name), or a move (parent number `from` → `to`, "" the top). */
  changes: { line: number; kind: "create" | "update" | "move"; code: string; name: string; previousName: string; from: string; to: string }[];
  errors: { line: number; field: PlanColumn; message: string }[];
  saved: boolean;
}

/**
 * A plan's tree from CSV (admins). Without `confirm` it previews what each
 * line would create, rename or move and every error by its line; with `confirm` it
 * saves, in one transaction with one audit entry, and only when no line has an
 * error: a half-imported tree is worse than none.
 */
export async function importPlanCsv(actor: Actor, raw: unknown, locale: Locale): Promise<CommandResult<PlanImportSummary>> {
  if (!can(actor, "plan.manage")) return fail({ kind: "forbidden" });
  const input = parseInput(importSchema, raw, locale);
  if (!input.ok) return input;
  const t = createTranslator(locale);
  let lines: PlanLine[];
  try {
    lines = parsePlanCsv(input.data.text);
  } catch (error) {
    if (error instanceof CsvRefused) return fail({ kind: "invalid", fieldErrors: { text: [t(refusalKeys.get(error.reason)!, { detail: error.detail, lines: PLAN_CSV_MAX_LINES })] } });
    throw error;
  }
  const { planId } = input.data;
  return db.$transaction(
    async (tx) => {
      const plan = await tx.plan.findUnique({ where: { id: planId }, select: { levelNames: true, nodes: { select: { id: true, parentId: true, level: true, code: true, name: true, sortOrder: true, retiredAt: true } } } });
      if (!plan) return fail({ kind: "not-found" });
      const target: ImportTarget = {
        levelNames: Array.isArray(plan.levelNames) ? plan.levelNames.filter((name): name is string => typeof name === "string") : [],
        nodes: plan.nodes.map(({ retiredAt, ...node }) => ({ ...node, retired: retiredAt !== null })),
      };
      const { planned, errors } = planImport(lines, target);
      const changes = planned.flatMap((node) => (node.kind === "unchanged" ? [] : [{
        line: node.line, kind: node.kind, code: node.code, name: node.name, previousName: node.kind === "create" ? "" : node.previousName,
        from: node.kind === "move" ? node.from : "", to: node.kind === "move" ? node.to : "",
      }]));
      const summary: PlanImportSummary = {
        create: changes.filter((change) => change.kind === "create").length,
        update: changes.filter((change) => change.kind === "update").length,
        move: changes.filter((change) => change.kind === "move").length,
        unchanged: planned.length - changes.length,
        changes,
        // A blank parent number is the top level, named as such.
        errors: errors.map((error) => ({ line: error.line, field: error.field, message: t(`planImport.error.${error.problem}`, error.values.parent === "" ? { ...error.values, parent: t("planImport.top") } : error.values) })),
        saved: false,
      };
      if (!input.data.confirm) return ok(summary);
      if (errors.length > 0) return fail({ kind: "rejected", reason: "planImport.fixFirst" });
      if (changes.length === 0) return ok(summary);
      await saveNodes(tx, planId, target, planned);
      await recordAudit(tx, {
        actorId: actor.id, action: "plan.import", entityType: "Plan", entityId: planId,
        after: {
          lines: lines.length,
          created: changes.filter((c) => c.kind === "create").map((c) => c.code),
          renamed: changes.filter((c) => c.kind === "update" || (c.kind === "move" && c.previousName !== c.name)).map((c) => ({ code: c.code, from: c.previousName, to: c.name })),
          moved: changes.filter((c) => c.kind === "move").map((c) => ({ code: c.code, from: c.from, to: c.to })),
        },
      });
      return ok({ ...summary, saved: true });
    },
    { timeout: 60_000 },
  );
}

const refusalKeys = new Map<CsvRefused["reason"], MessageKey>([
  ["tooLarge", "planImport.error.tooLarge"],
  ["tooManyLines", "planImport.error.tooManyLines"],
  ["noHeader", "planImport.error.noHeader"],
  ["missingColumns", "planImport.error.missingColumns"],
  ["malformed", "planImport.error.malformed"],
]);

/**
 * New nodes level by level (a parent before its children), each after its siblings unless the line gives an order;
 * then the renames and the moves (a moved node keeps its level, so its subtree needs no change).
 */
async function saveNodes(tx: Tx, planId: string, target: ImportTarget, planned: readonly PlannedNode[]) {
  const lastOrder = new Map<string | null, number>();
  for (const node of target.nodes) lastOrder.set(node.parentId, Math.max(lastOrder.get(node.parentId) ?? 0, node.sortOrder));
  const newIds = new Map<string, string>();
  /** The parent's id, and the line's order or the place after the siblings so far. */
  const placeUnder = (parent: PlannedParent, order: number | null) => {
    const parentId = parent === null ? null : "nodeId" in parent ? parent.nodeId : newIds.get(parent.code)!;
    const sortOrder = order ?? (lastOrder.get(parentId) ?? 0) + 1;
    lastOrder.set(parentId, Math.max(lastOrder.get(parentId) ?? 0, sortOrder));
    return { parentId, sortOrder };
  };
  const creates = planned.filter((node) => node.kind === "create").sort((a, b) => a.level - b.level);
  for (const level of [...new Set(creates.map((node) => node.level))]) {
    const rows = creates.filter((node) => node.level === level).map((node) => {
      const { parentId, sortOrder } = placeUnder(node.parent, node.order);
      const id = randomUUID();
      newIds.set(node.code, id);
      return [id, planId, parentId, level, node.code, node.name, sortOrder];
    });
    await insertRows(tx, "PlanNode", ["id", "planId", "parentId", "level", "code", "name", "sortOrder"], rows);
  }
  for (const node of planned) {
    if (node.kind === "update") await tx.planNode.update({ where: { id: node.nodeId }, data: { name: node.name, ...(node.order === null ? {} : { sortOrder: node.order }) } });
    if (node.kind === "move") await tx.planNode.update({ where: { id: node.nodeId }, data: { ...placeUnder(node.parent, node.order), name: node.name } });
  }
}

