import { generateKeyPairSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, entryMac, legacyEntryHash, type StoredEntry } from "@/lib/audit/audit-chain";
import { ChainWalker, type NumberedCheckpoint } from "@/lib/audit/chain-walker";
import { formatCheckpoint, parsePrintedCheckpoint, signCheckpoint } from "@/lib/audit/checkpoint";
import { type HmacKey, parseHmacKeys } from "@/lib/audit/hmac-keys";

const k1: HmacKey = { id: "k1", secret: randomBytes(32) };
const k2: HmacKey = { id: "k2", secret: randomBytes(32) };
const keys = (...list: HmacKey[]) => new Map(list.map((k) => [k.id, k]));
const { privateKey, publicKey } = generateKeyPairSync("ed25519");

const content = (n: number) => ({
  at: new Date(Date.UTC(2025, 0, 1, 0, n)),
  actorId: "u1",
  action: `progress.save.${n}`,
  entityType: "ProgressReport",
  entityId: "r1",
  bureauId: "b1",
  before: { b: 1, a: [1, { y: 2, x: null }] },
  after: null,
});

/** A sealed chain of `n` entries; `keyFor(seq)` picks the key (rotation). */
function chain(n: number, keyFor: (seq: number) => HmacKey = () => k1): StoredEntry[] {
  let prevHash = "";
  return Array.from({ length: n }, (_, i) => {
    const key = keyFor(i + 1);
    const seal = { seq: i + 1, keyId: key.id, prevHash };
    const entry = { ...content(i + 1), ...seal, id: i + 1, hash: entryMac(content(i + 1), seal, key.secret) };
    prevHash = entry.hash;
    return entry;
  });
}

function walk(entries: StoredEntry[], ring = keys(k1), checkpoints: NumberedCheckpoint[] = [], highWater: number | null = null) {
  const walker = new ChainWalker(ring, checkpoints);
  for (const entry of entries) {
    const failure = walker.step(entry);
    if (failure) return walker.verdict(failure, true);
  }
  return walker.verdict(walker.finish(highWater), true);
}

const checkpointOf = (entry: StoredEntry, n: number, at = "2025-02-01T00:00:00.000Z"): NumberedCheckpoint => ({
  ...signCheckpoint({ lastId: entry.id, count: entry.seq, mac: entry.hash }, "export", privateKey, new Date(at)),
  n,
});

describe("the keyed audit chain", () => {
  it("serialises JSON with sorted keys at every depth", () => {
    expect(canonicalJson({ b: 1, a: [1, { y: 2, x: null }], u: undefined })).toBe('{"a":[1,{"x":null,"y":2}],"b":1}');
  });

  it("accepts an intact chain and reports its head", () => {
    const entries = chain(4);
    expect(walk(entries)).toMatchObject({ ok: true, checked: 4, head: { lastId: 4, count: 4, mac: entries[3]!.hash }, segments: [{ keyId: "k1", fromSeq: 1, toSeq: 4 }] });
  });

  it("finds a changed entry even when every MAC after it was recomputed without the key", () => {
    const entries = chain(5);
    const wrongKey = randomBytes(32);
    entries[1] = { ...entries[1]!, action: "progress.approve" };
    for (let i = 1; i < entries.length; i++) {
      const prevHash = entries[i - 1]!.hash;
      entries[i] = { ...entries[i]!, prevHash, hash: entryMac(entries[i]!, { ...entries[i]!, prevHash }, wrongKey) };
    }
    expect(walk(entries)).toMatchObject({ ok: false, kind: "changed", why: "content", entryId: 2 });
    // The old public SHA-256 recomputation fails the same way.
    const sha = chain(3);
    sha[1] = { ...sha[1]!, hash: legacyEntryHash(sha[1]!, sha[1]!.prevHash) };
    expect(walk(sha)).toMatchObject({ ok: false, kind: "changed", entryId: 2 });
  });

  it("names entries removed from the middle, and a re-linked gap as a change", () => {
    const entries = chain(5);
    expect(walk([entries[0]!, entries[1]!, entries[4]!])).toMatchObject({ ok: false, kind: "missing", entryId: 5, missingFrom: 3, missingTo: 4 });
    expect(walk(entries.slice(2))).toMatchObject({ ok: false, kind: "missing", entryId: 3, missingFrom: 1, missingTo: 2 });
    const relinked = { ...entries[4]!, seq: 3, prevHash: entries[1]!.hash };
    expect(walk([entries[0]!, entries[1]!, relinked])).toMatchObject({ ok: false, kind: "changed", why: "content", entryId: 5 });
    // A sealed entry copied in again keeps its MAC but not its place.
    expect(walk([entries[0]!, entries[1]!, entries[1]!])).toMatchObject({ ok: false, kind: "changed", why: "link", entryId: 2 });
  });

  it("refuses entries without a MAC, first ones included", () => {
    const entries = chain(3).map((e, i) => (i < 2 ? { ...e, hash: "", keyId: "" } : e));
    expect(walk(entries)).toMatchObject({ ok: false, kind: "unsealed", entryId: 1 });
  });

  it("verifies both segments after a key rotation, and names a key it does not hold", () => {
    const entries = chain(6, (seq) => (seq <= 3 ? k1 : k2));
    expect(walk(entries, keys(k1, k2))).toMatchObject({ ok: true, segments: [{ keyId: "k1", fromSeq: 1, toSeq: 3 }, { keyId: "k2", fromSeq: 4, toSeq: 6 }] });
    expect(walk(entries, keys(k2))).toMatchObject({ ok: false, kind: "unknown-key", keyId: "k1", entryId: 1 });
    expect(walk(entries, keys(k1))).toMatchObject({ ok: false, kind: "unknown-key", keyId: "k2", entryId: 4 });
  });

  it("holds the chain against checkpoints: truncation, a rollback, a rewrite with the key", () => {
    const entries = chain(6);
    const cp = checkpointOf(entries[5]!, 1);
    expect(walk(entries, keys(k1), [cp])).toMatchObject({ ok: true, checkpointsMatched: 1 });
    // The newest two deleted: the id counter still stands at 6.
    expect(walk(entries.slice(0, 4), keys(k1), [cp], 6)).toMatchObject({ ok: false, kind: "truncated", checkpoint: 1, anchored: 6, lastSeq: 4 });
    // An older copy of the database: its counter stands below the checkpoint's last id.
    expect(walk(entries.slice(0, 4), keys(k1), [cp], 4)).toMatchObject({ ok: false, kind: "rolled-back", checkpoint: 1 });
    // An older copy, written to since: another sealed entry where the checkpoint anchored one.
    const later = chain(6).map((e, i) => (i >= 4 ? { ...e } : e));
    const rewritten = { ...content(5), at: new Date("2025-03-01T00:00:00Z"), action: "after.restore" };
    const seal = { seq: 5, keyId: "k1", prevHash: later[3]!.hash };
    later[4] = { ...rewritten, ...seal, id: 5, hash: entryMac(rewritten, seal, k1.secret) };
    const seal6 = { seq: 6, keyId: "k1", prevHash: later[4]!.hash };
    later[5] = { ...content(6), at: new Date("2025-03-01T00:01:00Z"), ...seal6, id: 6, hash: entryMac({ ...content(6), at: new Date("2025-03-01T00:01:00Z") }, seal6, k1.secret) };
    expect(walk(later, keys(k1), [cp])).toMatchObject({ ok: false, kind: "rolled-back", entryId: 6, checkpoint: 1 });
    // A shorter chain anchored by a later checkpoint: the portal ran on a restored copy.
    const restoredAnchor = checkpointOf(entries[3]!, 2, "2025-04-01T00:00:00.000Z");
    expect(walk(entries.slice(0, 4), keys(k1), [cp, restoredAnchor], 6)).toMatchObject({ ok: false, kind: "rolled-back", checkpoint: 1 });
    // Someone holding the HMAC key re-sealed the history: the checkpoint still differs.
    const resealed = chain(6).map((e) => ({ ...e }));
    const forged = { ...content(6), action: "forged" };
    const seal6b = { seq: 6, keyId: "k1", prevHash: resealed[4]!.hash };
    resealed[5] = { ...forged, ...seal6b, id: 6, hash: entryMac(forged, seal6b, k1.secret) };
    expect(walk(resealed, keys(k1), [cp])).toMatchObject({ ok: false, kind: "changed", why: "checkpoint", entryId: 6, checkpoint: 1 });
  });

  it("refuses a checkpoint whose signature does not verify", () => {
    const entries = chain(3);
    const cp = checkpointOf(entries[2]!, 1);
    expect(ChainWalker.checkSignatures([cp], publicKey)).toBeNull();
    expect(ChainWalker.checkSignatures([{ ...cp, count: 2 }], publicKey)).toMatchObject({ kind: "bad-checkpoint", checkpoint: 1 });
    expect(ChainWalker.checkSignatures([cp], generateKeyPairSync("ed25519").publicKey)).toMatchObject({ kind: "bad-checkpoint" });
  });

  it("reads a printed checkpoint back from text where lines broke inside values", () => {
    const cp = checkpointOf(chain(2)[1]!, 1);
    const { n: _n, ...printed } = cp;
    const text = formatCheckpoint(printed);
    const broken = `監査ログのチェックポイント ${text.slice(0, 100)}\n${text.slice(100, 190)}\r\n ${text.slice(190)} 政策局-9`;
    expect(parsePrintedCheckpoint(broken)).toEqual(printed);
    expect(parsePrintedCheckpoint(text.replace("count=2", "count=x"))).toBeNull();
  });

  it("parses key lists: the last key seals, ids and lengths are checked", () => {
    const a = randomBytes(32).toString("base64");
    const b = randomBytes(32).toString("base64");
    const ring = parseHmacKeys(`# old, then new\nold-1:${a}\nnew-2:${b}\n`, "file");
    expect(ring.current.id).toBe("new-2");
    expect([...ring.byId.keys()]).toEqual(["old-1", "new-2"]);
    expect(() => parseHmacKeys(`k:${randomBytes(16).toString("base64")}`, "env")).toThrow(/at least 32/);
    expect(() => parseHmacKeys(`k:${a},k:${b}`, "env")).toThrow(/twice/);
    expect(() => parseHmacKeys("", "env")).toThrow(/no key/);
  });
});
