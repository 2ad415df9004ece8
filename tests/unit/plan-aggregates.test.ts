import { expect, it } from "vitest";
import type { KpiEvaluation } from "@/lib/domain/kpi-evaluation";
import { planNodeFigures, splitByBureau } from "@/lib/domain/plan-aggregates";

const graded = (grade: "A" | "B" | "C" | "D"): KpiEvaluation => ({ rated: true, rate: 100, grade, target: 1 });
const unrated: KpiEvaluation = { rated: false, reason: "actualMissing" };

// Ⅰ ─ 1, Ⅱ. Issue x under 1 (two indicators), issue y under Ⅱ with one indicator linked to 1 on its own.
const nodes = [
  { id: "I", parentId: null, sortOrder: 1 },
  { id: "I-1", parentId: "I", sortOrder: 1 },
  { id: "II", parentId: null, sortOrder: 2 },
];
const issues = [
  { id: "x", nodeIds: ["I-1"], status: "ON_TRACK" as const, indicators: [{ id: "x1", name: "", nodeIds: [], evaluation: graded("A") }, { id: "x2", name: "", nodeIds: [], evaluation: unrated }] },
  { id: "y", nodeIds: ["II"], status: null, indicators: [{ id: "y1", name: "", nodeIds: ["I-1"], evaluation: graded("D") }, { id: "y2", name: "", nodeIds: [], evaluation: graded("C") }] },
];

it("rolls everything linked below a node up to it, and an indicator linked alone without its issue's others", () => {
  const figures = planNodeFigures(nodes, issues);
  const top = figures.get("I")!;
  expect(top.issues.map((i) => i.id)).toEqual(["x", "y"]);
  expect(top.indicators.map((i) => i.indicator.id)).toEqual(["x1", "x2", "y1"]);
  expect(top.grades).toEqual({ A: 1, B: 0, C: 0, D: 1, UNRATED: 1 });
  expect(top.statuses.ON_TRACK).toBe(1);
  expect(top.notReported).toBe(1);
  expect(top.completeness).toBe(0.5);

  const second = figures.get("II")!;
  expect(second.indicators.map((i) => i.indicator.id)).toEqual(["y1", "y2"]);
  expect(second.grades).toEqual({ A: 0, B: 0, C: 1, D: 1, UNRATED: 0 });
  expect(second.completeness).toBe(0);
});

it("gives an empty node zero counts", () => {
  expect(planNodeFigures([{ id: "z", parentId: null, sortOrder: 1 }], []).get("z")).toMatchObject({ issues: [], grades: { A: 0, B: 0, C: 0, D: 0, UNRATED: 0 }, completeness: 0 });
});

it("splits a node's figures by bureau, each row adding up to the node's own", () => {
  const inBureau = (code: string) => (issue: (typeof issues)[number]) => ({ ...issue, bureauCode: code, bureauName: `${code}局` });
  const spread = [inBureau("a")(issues[0]!), inBureau("b")(issues[1]!), inBureau("a")({ ...issues[0]!, id: "z", status: null, indicators: [{ id: "z1", name: "", nodeIds: [], evaluation: graded("B") }] })];
  const top = planNodeFigures(nodes, spread).get("I")!;
  const rows = splitByBureau(top);
  expect(rows).toEqual([
    { bureauCode: "a", bureauName: "a局", issues: 2, grades: { A: 1, B: 1, C: 0, D: 0, UNRATED: 1 }, notReported: 1, completeness: 0.5 },
    { bureauCode: "b", bureauName: "b局", issues: 1, grades: { A: 0, B: 0, C: 0, D: 1, UNRATED: 0 }, notReported: 1, completeness: 0 },
  ]);
  for (const column of ["A", "B", "C", "D", "UNRATED"] as const) expect(rows.reduce((sum, row) => sum + row.grades[column], 0)).toBe(top.grades[column]);
  expect(rows.reduce((sum, row) => sum + row.issues, 0)).toBe(top.issues.length);
});
