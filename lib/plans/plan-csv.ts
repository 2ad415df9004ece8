import { type CsvFormat, type CsvLine, parseHeaderCsv } from "@/lib/csv/header-csv";
import { controlCharacters } from "@/lib/validation/common";

// A plan's tree from a CSV (docs/decisions/081): one line per node, keyed by
// its number (番号) within the plan, placed under its parent's number (a known
// number under another parent is moved there, with its subtree). What
// the lines would do to the plan is worked out here, without a database, so the
// preview and the save cannot disagree.

export const PLAN_CSV_MAX_BYTES = 512 * 1024;
export const PLAN_CSV_MAX_LINES = 2_000;
export const PLAN_CODE_MAX = 20;
export const PLAN_NODE_NAME_MAX = 200;

export type PlanColumn = "level" | "code" | "parent" | "name" | "order";
const planColumns: readonly PlanColumn[] = ["level", "code", "parent", "name", "order"];

const planFormat: CsvFormat<PlanColumn> = {
  headers: new Map<string, PlanColumn>([
    ["階層", "level"], ["level", "level"],
    ["番号", "code"], ["コード", "code"], ["code", "code"],
    ["上位番号", "parent"], ["上位の番号", "parent"], ["親番号", "parent"], ["parent", "parent"], ["parent code", "parent"], ["parent_code", "parent"],
    ["項目名", "name"], ["名称", "name"], ["name", "name"],
    ["並び順", "order"], ["順番", "order"], ["order", "order"],
  ]),
  columns: planColumns,
  required: ["code", "parent", "name"],
  labels: new Map<PlanColumn, string>([["level", "階層 (level)"], ["code", "番号 (code)"], ["parent", "上位番号 (parent)"], ["name", "項目名 (name)"], ["order", "並び順 (order)"]]),
  maxBytes: PLAN_CSV_MAX_BYTES,
  maxLines: PLAN_CSV_MAX_LINES,
};

export type PlanLine = CsvLine<PlanColumn>;
export const parsePlanCsv = (text: string): PlanLine[] => parseHeaderCsv(text, planFormat);

/** The plan as it stands: its level names and every node, retired ones included. */
export interface ImportTarget {
  levelNames: readonly string[];
  nodes: readonly { id: string; parentId: string | null; level: number; code: string; name: string; sortOrder: number; retired: boolean }[];
}

export type PlanImportProblem =
  | "codeMissing" | "nameMissing" | "tooLong" | "controlCharacters" | "duplicateCode" | "ambiguousCode"
  | "unknownParent" | "parentRetired" | "moveCycle" | "moveLevel" | "cycle" | "tooDeep" | "levelMismatch" | "badOrder";

export interface PlanImportError {
  line: number;
  field: PlanColumn;
  problem: PlanImportProblem;
  /** What the message names: the value, the other line, the limit. */
  values: Record<string, string | number>;
}

/** A node's parent: one in the plan, one a line of the file creates, or none (the top level). */
export type PlannedParent = { nodeId: string } | { code: string } | null;

export type PlannedNode =
  | { kind: "create"; line: number; code: string; name: string; parent: PlannedParent; level: number; order: number | null }
  | { kind: "update"; line: number; nodeId: string; code: string; name: string; previousName: string; order: number | null }
  /** An existing node under another parent (`from`, `to`: the parents' numbers, "" for the top), renamed too when the name differs. */
  | { kind: "move"; line: number; nodeId: string; code: string; name: string; previousName: string; from: string; to: string; parent: PlannedParent; order: number | null }
  | { kind: "unchanged"; line: number; nodeId: string; code: string };

interface Row {
  line: number;
  level: string;
  code: string;
  parent: string;
  name: string;
  order: number | null;
}

/**
 * What each line would do: create a node, rename (or reorder) the active node
 * with its number, move it under another parent, or nothing; and every problem
 * by its line. A move keeps the node's level, so its subtree keeps theirs
 * (changing a level is the editor's), and never puts a node under its own
 * descendant. A number must name one node only, in the file and among the
 * plan's active nodes.
 */
export function planImport(lines: readonly PlanLine[], target: ImportTarget): { planned: PlannedNode[]; errors: PlanImportError[] } {
  const errors: PlanImportError[] = [];
  const refuse = (line: number, field: PlanColumn, problem: PlanImportProblem, values: Record<string, string | number> = {}) => errors.push({ line, field, problem, values });
  const active = new Map<string, ImportTarget["nodes"][number][]>();
  const retiredCodes = new Set<string>();
  for (const node of target.nodes) {
    if (node.retired) retiredCodes.add(node.code);
    else active.set(node.code, [...(active.get(node.code) ?? []), node]);
  }
  const byId = new Map(target.nodes.map((node) => [node.id, node]));

  // Each line's own fields.
  const rows: Row[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, fields } of lines) {
    const get = (column: PlanColumn) => fields.get(column) ?? "";
    let ok = true;
    for (const [column, max] of [["code", PLAN_CODE_MAX], ["parent", PLAN_CODE_MAX], ["name", PLAN_NODE_NAME_MAX], ["level", 40]] as const) {
      if (get(column).length > max) { refuse(line, column, "tooLong", { max }); ok = false; }
      if (controlCharacters.test(get(column))) { refuse(line, column, "controlCharacters"); ok = false; }
    }
    const code = get("code");
    if (code === "") { refuse(line, "code", "codeMissing"); ok = false; }
    if (get("name") === "") { refuse(line, "name", "nameMissing"); ok = false; }
    const orderText = get("order");
    const order = orderText === "" ? null : Number(orderText);
    if (order !== null && !(/^\d{1,4}$/.test(orderText) && order >= 1)) { refuse(line, "order", "badOrder", { value: orderText }); ok = false; }
    if (code !== "") {
      const first = firstLineOf.get(code);
      if (first !== undefined) { refuse(line, "code", "duplicateCode", { value: code, first }); ok = false; }
      else firstLineOf.set(code, line);
      if ((active.get(code)?.length ?? 0) > 1) { refuse(line, "code", "ambiguousCode", { value: code }); ok = false; }
    }
    if (ok) rows.push({ line, level: get("level"), code, parent: get("parent"), name: get("name"), order });
  }

  // Where each line goes: an existing node keeps its place; a new one's depth follows its parent's.
  const rowByCode = new Map(rows.map((row) => [row.code, row]));
  const existingOf = (code: string) => { const found = active.get(code); return found?.length === 1 ? found[0]! : null; };
  const depth = new Map<string, number | null>();
  const depthOf = (row: Row, path: Set<string>): number | null => {
    if (depth.has(row.code)) return depth.get(row.code)!;
    const existing = existingOf(row.code);
    let result: number | null;
    if (existing) result = existing.level;
    else if (row.parent === "") result = 0;
    else if (path.has(row.parent)) result = null;
    else {
      const parentRow = rowByCode.get(row.parent);
      const parentExisting = existingOf(row.parent);
      const parentDepth = parentExisting ? parentExisting.level : parentRow ? depthOf(parentRow, new Set([...path, row.code])) : null;
      result = parentDepth === null ? null : parentDepth + 1;
    }
    depth.set(row.code, result);
    return result;
  };

  const planned: PlannedNode[] = [];
  for (const row of rows) {
    const existing = existingOf(row.code);
    const parentExisting = row.parent === "" ? null : existingOf(row.parent);
    const parentRow = row.parent === "" ? undefined : rowByCode.get(row.parent);
    if (row.parent !== "" && !parentExisting && !parentRow) {
      // A parent whose own line has an error: that line says why.
      if (firstLineOf.has(row.parent)) continue;
      if (retiredCodes.has(row.parent) && !active.has(row.parent)) refuse(row.line, "parent", "parentRetired", { value: row.parent });
      else if (!active.has(row.parent)) refuse(row.line, "parent", "unknownParent", { value: row.parent });
      // An ambiguous parent number is reported on its own line when the file has it; otherwise here.
      else refuse(row.line, "parent", "ambiguousCode", { value: row.parent });
      continue;
    }
    const currentParent = existing?.parentId ? (byId.get(existing.parentId) ?? null) : null;
    const moved = existing !== null && (currentParent?.id ?? null) !== (row.parent === "" ? null : (parentExisting?.id ?? `new:${row.parent}`));
    if (existing && moved) {
      // Under itself or its own descendant (in the plan, or a new line placed below it): a loop.
      if (isBelow(row.parent, existing.id)) {
        refuse(row.line, "parent", "moveCycle", { value: row.code, parent: row.parent });
        continue;
      }
      const parentLevel = row.parent === "" ? -1 : parentExisting ? parentExisting.level : depthOf(parentRow!, new Set([row.code]));
      if (parentLevel === null) continue; // The parent's own line reports its loop.
      if (parentLevel + 1 !== existing.level) {
        refuse(row.line, "parent", "moveLevel", {
          value: row.code, parent: row.parent, level: existing.level + 1, name: target.levelNames[existing.level] ?? "", expected: parentLevel + 2, expectedName: target.levelNames[parentLevel + 1] ?? "",
        });
        continue;
      }
    }
    const level = depthOf(row, new Set());
    if (level === null) {
      // Only a line on a loop of new lines has no depth (its parents are all known: checked above).
      refuse(row.line, "parent", "cycle", { value: row.parent });
      continue;
    }
    if (level >= target.levelNames.length) {
      refuse(row.line, "parent", "tooDeep", { levels: target.levelNames.length });
      continue;
    }
    if (row.level !== "" && row.level !== String(level + 1) && row.level !== target.levelNames[level]) {
      refuse(row.line, "level", "levelMismatch", { value: row.level, expected: level + 1, name: target.levelNames[level] ?? "" });
      continue;
    }
    const parent: PlannedParent = row.parent === "" ? null : parentExisting ? { nodeId: parentExisting.id } : { code: row.parent };
    if (!existing) {
      planned.push({ kind: "create", line: row.line, code: row.code, name: row.name, parent, level, order: row.order });
    } else if (moved) {
      planned.push({
        kind: "move", line: row.line, nodeId: existing.id, code: row.code, name: row.name, previousName: existing.name, from: currentParent?.code ?? "", to: row.parent,
        parent, order: row.order,
      });
    } else if (existing.name !== row.name || (row.order !== null && row.order !== existing.sortOrder)) {
      planned.push({ kind: "update", line: row.line, nodeId: existing.id, code: row.code, name: row.name, previousName: existing.name, order: row.order });
    } else {
      planned.push({ kind: "unchanged", line: row.line, nodeId: existing.id, code: row.code });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { planned, errors };

  /** Whether the number `code` names `ancestorId` or a node below it, as the plan will stand with the file's parents. */
  function isBelow(code: string, ancestorId: string): boolean {
    type Key = { id: string } | { code: string };
    const resolve = (parent: string): Key | null => {
      if (parent === "") return null;
      const node = existingOf(parent);
      return node ? { id: node.id } : rowByCode.has(parent) ? { code: parent } : null;
    };
    const parentOf = (key: Key): Key | null => {
      if ("code" in key) return resolve(rowByCode.get(key.code)!.parent);
      const node = byId.get(key.id)!;
      const line = existingOf(node.code)?.id === node.id ? rowByCode.get(node.code) : undefined;
      return line ? resolve(line.parent) : node.parentId === null ? null : { id: node.parentId };
    };
    const seen = new Set<string>();
    for (let key = resolve(code); key !== null; key = parentOf(key)) {
      const name = "id" in key ? `id:${key.id}` : `new:${key.code}`;
      if ("id" in key && key.id === ancestorId) return true;
      if (seen.has(name)) return false;
      seen.add(name);
    }
    return false;
  }
}
