import { describe, expect, it } from "vitest";
import { canonicalJson, checkChain, entryHash } from "@/lib/audit/audit-chain";

const content = (id: number, action: string) => ({
  id,
  at: new Date(`2025-01-0${id}T00:00:00Z`),
  actorId: "u1",
  action,
  entityType: "ProgressReport",
  entityId: "r1",
  bureauId: "b1",
  before: { b: 1, a: [1, { y: 2, x: null }] },
  after: null,
});

function chain(actions: string[]) {
  let prevHash = "";
  return actions.map((action, index) => {
    const entry = content(index + 1, action);
    const hash = entryHash(entry, prevHash);
    const linked = { ...entry, prevHash, hash };
    prevHash = hash;
    return linked;
  });
}

describe("the audit hash chain", () => {
  it("serialises JSON with sorted keys at every depth", () => {
    expect(canonicalJson({ b: 1, a: [1, { y: 2, x: null }], u: undefined })).toBe('{"a":[1,{"x":null,"y":2}],"b":1}');
  });

  it("accepts an intact chain, with entries from before the chain first", () => {
    const legacy = { ...content(0, "old"), id: 0, hash: "", prevHash: "" };
    expect(checkChain([legacy, ...chain(["progress.save", "progress.submit", "progress.approve"])])).toEqual({ ok: true, checked: 4, unhashed: 1 });
  });

  it("finds the first altered entry", () => {
    const entries = chain(["progress.save", "progress.submit", "progress.approve"]);
    entries[1] = { ...entries[1]!, action: "progress.approve" };
    expect(checkChain(entries)).toEqual({ ok: false, checked: 2, brokenAt: 2, reason: "content" });
  });

  it("finds a deleted entry by the broken link after it", () => {
    const entries = chain(["progress.save", "progress.submit", "progress.approve"]);
    expect(checkChain([entries[0]!, entries[2]!])).toEqual({ ok: false, checked: 2, brokenAt: 3, reason: "link" });
  });

  it("does not let an unhashed entry follow hashed ones", () => {
    const entries = chain(["progress.save"]);
    expect(checkChain([...entries, { ...content(2, "sneaked"), hash: "", prevHash: "" }])).toMatchObject({ ok: false, brokenAt: 2, reason: "link" });
  });
});
