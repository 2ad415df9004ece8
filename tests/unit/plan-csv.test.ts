import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "@/lib/csv/header-csv";
import { csvRefusal as refusal } from "./support/csv-refusal";
import { type ImportTarget, PLAN_CSV_MAX_BYTES, PLAN_CSV_MAX_LINES, parsePlanCsv, planImport } from "@/lib/plans/plan-csv";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures", name));

const levels = ["重点戦略", "政策", "施策"];
const empty: ImportTarget = { levelNames: levels, nodes: [] };
/** The plan with Ⅰ at the top and 1 under it; a retired Ⅲ. */
const existing: ImportTarget = {
  levelNames: levels,
  nodes: [
    { id: "n1", parentId: null, level: 0, code: "Ⅰ", name: "稼ぐ", sortOrder: 1, retired: false },
    { id: "n2", parentId: "n1", level: 1, code: "1", name: "産業", sortOrder: 1, retired: false },
    { id: "n3", parentId: null, level: 0, code: "Ⅲ", name: "旧", sortOrder: 2, retired: true },
  ],
};
const header = "階層,番号,上位番号,項目名,並び順\n";
const run = (body: string, target = empty) => planImport(parsePlanCsv(header + body), target);
const problems = (body: string, target = empty) => run(body, target).errors.map((e) => [e.line, e.field, e.problem]);

describe("a plan's CSV", () => {
  it("reads the sample in UTF-8 and Shift_JIS alike, and plans each node under its parent", () => {
    const utf8 = decodeCsvBytes(fixture("plan-import.csv"), PLAN_CSV_MAX_BYTES);
    expect(decodeCsvBytes(fixture("plan-import-sjis.csv"), PLAN_CSV_MAX_BYTES)).toBe(utf8);
    const { planned, errors } = planImport(parsePlanCsv(utf8), empty);
    expect(errors).toEqual([]);
    expect(planned.map((node) => (node.kind === "create" ? [node.line, node.code, node.level, node.parent, node.order] : node.kind))).toEqual([
      [2, "Ⅰ", 0, null, 1],
      [3, "Ⅰ-1", 1, { code: "Ⅰ" }, 1],
      [4, "Ⅰ-2", 1, { code: "Ⅰ" }, 2],
      [5, "Ⅰ-1-1", 2, { code: "Ⅰ-1" }, null],
      [6, "Ⅱ", 0, null, 2],
    ]);
  });

  it("takes English headers, without the optional columns", () => {
    const { planned, errors } = planImport(parsePlanCsv("code,parent,name\nA,,Top\nB,A,Below\n"), empty);
    expect(errors).toEqual([]);
    expect(planned.map((node) => node.kind === "create" && node.level)).toEqual([0, 1]);
  });

  it("renames a node by its number, leaves an equal one alone, and adds under an existing parent", () => {
    const { planned, errors } = run(",Ⅰ,,「稼げるまち」の実現,\n,1,Ⅰ,産業,1\n,2,Ⅰ,人材,\n", existing);
    expect(errors).toEqual([]);
    expect(planned).toEqual([
      { kind: "update", line: 2, nodeId: "n1", code: "Ⅰ", name: "「稼げるまち」の実現", previousName: "稼ぐ", order: null },
      { kind: "unchanged", line: 3, nodeId: "n2", code: "1" },
      { kind: "create", line: 4, code: "2", name: "人材", parent: { nodeId: "n1" }, level: 1, order: null },
    ]);
  });

  it("moves a known number under another parent of the same level, renaming it too, and keeps its subtree's places", () => {
    const { planned, errors } = run(",Ⅱ,,彩る,\n,1,Ⅱ,産業と観光,\n,1-1,1,観光,\n", existing);
    expect(errors).toEqual([]);
    expect(planned).toEqual([
      { kind: "create", line: 2, code: "Ⅱ", name: "彩る", parent: null, level: 0, order: null },
      { kind: "move", line: 3, nodeId: "n2", code: "1", name: "産業と観光", previousName: "産業", from: "Ⅰ", to: "Ⅱ", parent: { code: "Ⅱ" }, order: null },
      { kind: "create", line: 4, code: "1-1", name: "観光", parent: { nodeId: "n2" }, level: 2, order: null },
    ]);
  });

  it("refuses a move under the node itself or its descendant (in the plan or through new lines), and one that changes the level", () => {
    expect(problems(",Ⅰ,1,稼ぐ\n", existing)).toEqual([[2, "parent", "moveCycle"]]);
    expect(problems(",Ⅰ,Ⅰ,稼ぐ\n", existing)).toEqual([[2, "parent", "moveCycle"]]);
    expect(problems(",X,1,x\n,Ⅰ,X,稼ぐ\n", existing)).toEqual([[3, "parent", "moveCycle"]]);
    expect(run(",Ⅰ,1,稼ぐ\n", existing).errors[0]!.values).toEqual({ value: "Ⅰ", parent: "1" });
    expect(problems(",1,,産業\n,Ⅱ,,彩る\n,Ⅰ,Ⅱ,稼ぐ\n", existing)).toEqual([[2, "parent", "moveLevel"], [4, "parent", "moveLevel"]]);
    expect(run(",1,,産業\n", existing).errors[0]!.values).toEqual({ value: "1", parent: "", level: 2, name: "政策", expected: 1, expectedName: "重点戦略" });
  });

  it("refuses a cycle, an unknown or retired parent, a duplicate number, too deep a line, a wrong level and a bad order, each at its line", () => {
    expect(problems(",A,B,a\n,B,A,b\n,C,C,c\n,D,A,d\n")).toEqual([[2, "parent", "cycle"], [3, "parent", "cycle"], [4, "parent", "cycle"], [5, "parent", "cycle"]]);
    expect(problems(",X,nowhere,x\n,Y,Ⅲ,y\n", existing)).toEqual([[2, "parent", "unknownParent"], [3, "parent", "parentRetired"]]);
    expect(problems(",A,,a\n,A,,again\n")).toEqual([[3, "code", "duplicateCode"]]);
    expect(run(",A,,a\n,A,,again\n").errors[0]!.values).toEqual({ value: "A", first: 2 });
    expect(problems(",A,,a\n,B,A,b\n,C,B,c\n,D,C,d\n")).toEqual([[5, "parent", "tooDeep"]]);
    expect(problems("政策,A,,a\n2,B,A,b\n施策,C,B,c\n")).toEqual([[2, "level", "levelMismatch"]]);
    expect(problems(",A,,a,0\n,B,,b,x\n,C,,c,10000\n")).toEqual([[2, "order", "badOrder"], [3, "order", "badOrder"], [4, "order", "badOrder"]]);
  });

  it("refuses missing and over-long fields and control characters; a child of a refused line is not blamed twice", () => {
    expect(problems(`,,,\n,${"x".repeat(21)},,a\n,B,,${"名".repeat(201)}\n,C,,a\u0007b\n,D,${"x".repeat(21)},d\n`)).toEqual([
      [2, "code", "codeMissing"], [2, "name", "nameMissing"], [3, "code", "tooLong"], [4, "name", "tooLong"], [5, "name", "controlCharacters"], [6, "parent", "tooLong"],
    ]);
    expect(problems(",A,,\n,B,A,b\n")).toEqual([[2, "name", "nameMissing"]]);
  });

  it("refuses a number the plan holds twice", () => {
    const twice: ImportTarget = { levelNames: levels, nodes: [...existing.nodes, { id: "n4", parentId: null, level: 0, code: "1", name: "別", sortOrder: 3, retired: false }] };
    expect(problems(",1,,x\n", twice)).toEqual([[2, "code", "ambiguousCode"]]);
    expect(problems(",Z,1,z\n", twice)).toEqual([[2, "parent", "ambiguousCode"]]);
  });

  it("is bounded before and while it is read", () => {
    expect(refusal(() => decodeCsvBytes(new Uint8Array(PLAN_CSV_MAX_BYTES + 1), PLAN_CSV_MAX_BYTES))).toBe("tooLarge");
    expect(refusal(() => parsePlanCsv("x".repeat(PLAN_CSV_MAX_BYTES + 1)))).toBe("tooLarge");
    expect(refusal(() => parsePlanCsv(header + ",A,,a\n".repeat(PLAN_CSV_MAX_LINES + 1)))).toBe("tooManyLines");
    expect(refusal(() => parsePlanCsv(header + ",A,,a\n".repeat(PLAN_CSV_MAX_LINES)))).toBeNull();
    expect(refusal(() => parsePlanCsv(""))).toBe("noHeader");
    expect(refusal(() => parsePlanCsv("番号,項目名\nA,a\n"))).toBe("missingColumns");
    expect(refusal(() => parsePlanCsv(`${header}"unclosed,A,,a\n`))).toBe("malformed");
  });
});
