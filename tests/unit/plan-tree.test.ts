import { describe, expect, it } from "vitest";
import { descendantIds, flattenPlanTree, subtreeHeight, wouldCreateCycle } from "@/lib/domain/plan-tree";

// Ⅰ ─ 1 ─ (1)
//   └ 2
// Ⅱ
const nodes = [
  { id: "II", parentId: null, sortOrder: 2 },
  { id: "I-2", parentId: "I", sortOrder: 2 },
  { id: "I", parentId: null, sortOrder: 1 },
  { id: "I-1-1", parentId: "I-1", sortOrder: 1 },
  { id: "I-1", parentId: "I", sortOrder: 1 },
];

describe("plan tree", () => {
  it("reads parents before children, siblings in order, with depths", () => {
    expect(flattenPlanTree(nodes).map((n) => `${n.id}@${n.depth}`)).toEqual(["I@0", "I-1@1", "I-1-1@2", "I-2@1", "II@0"]);
  });
  it("keeps a node whose parent is missing, as a root", () => {
    expect(flattenPlanTree([{ id: "x", parentId: "gone", sortOrder: 0 }]).map((n) => n.depth)).toEqual([0]);
  });
  it("finds descendants and the subtree's height", () => {
    expect([...descendantIds(nodes, "I")].sort()).toEqual(["I-1", "I-1-1", "I-2"]);
    expect(descendantIds(nodes, "II").size).toBe(0);
    expect(subtreeHeight(nodes, "I")).toBe(2);
    expect(subtreeHeight(nodes, "I-2")).toBe(0);
  });
  it("refuses moves that close a cycle", () => {
    expect(wouldCreateCycle(nodes, "I", "I-1-1")).toBe(true);
    expect(wouldCreateCycle(nodes, "I", "I")).toBe(true);
    expect(wouldCreateCycle(nodes, "I-1", "II")).toBe(false);
    expect(wouldCreateCycle(nodes, "I-1", null)).toBe(false);
  });
});
