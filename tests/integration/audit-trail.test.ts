import { createPublicKey, generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { entryMac, legacyEntryHash } from "@/lib/audit/audit-chain";
import type { AuditConfig } from "@/lib/audit/audit-config";
import { checkpointCurrentHead, writeCheckpoint } from "@/lib/audit/chain-head";
import { readCheckpointFile } from "@/lib/audit/checkpoint-file";
import { type HmacKey, type HmacKeyring } from "@/lib/audit/hmac-keys";
import { AuditLogNotSealedError, recordAudit } from "@/lib/audit/record-audit";
import { resealWithCheckpoint } from "@/lib/audit/reseal-command";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { createClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { providerOf } from "@/lib/db/provider";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

// Each attack runs on a database of its own (the run's shared one stays intact),
// done as someone with write access to the database would: straight SQL, with
// every column in reach but without the HMAC and signing keys.

const provider = providerOf(process.env.DATABASE_URL!);
const dir = mkdtempSync(path.join(os.tmpdir(), "portal-audit-trail-"));
const key1: HmacKey = { id: "k1", secret: randomBytes(32) };
const key2: HmacKey = { id: "k2", secret: randomBytes(32) };
const ring = (...keys: HmacKey[]): HmacKeyring => ({ current: keys.at(-1)!, byId: new Map(keys.map((k) => [k.id, k])) });
const { privateKey } = generateKeyPairSync("ed25519");
const publicKey = createPublicKey(privateKey);

const opened: { database: TestDatabase; db: Db }[] = [];
afterEach(async () => {
  for (const { database, db } of opened.splice(0)) {
    await db.$disconnect();
    await database.drop();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function configFor(keys: HmacKeyring): AuditConfig {
  return { hmac: keys, signingKey: privateKey, publicKey, checkpointFile: path.join(dir, `checkpoints-${++files}.jsonl`) };
}

async function freshLog(entries: number, config: AuditConfig) {
  const database = await createTestDatabase(provider);
  await applyMigrations(database.url);
  const db = createClient(database.url);
  opened.push({ database, db });
  await write(db, entries, config.hmac);
  return { database, db };
}

async function write(db: Db, entries: number, keys: HmacKeyring, from = 1) {
  for (let i = from; i < from + entries; i++) {
    await db.$transaction((tx) => recordAudit(tx, { actorId: null, action: "progress.save", entityType: "ProgressReport", entityId: `r${i}`, after: { text: `報告 ${i}` } }, keys));
  }
}

const ids = async (db: Db) => (await db.auditEntry.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((e) => e.id);

async function verify(db: Db, config: AuditConfig, keys = config.hmac) {
  const { checkpoints } = await readCheckpointFile(config.checkpointFile!);
  return verifyAuditChain(db, { keys: keys.byId, checkpoints, publicKey, batchSize: 4 });
}

/** Recomputes every MAC from entry `fromId` on with a key the attacker made up, re-linking each to the one before. */
async function resealWithoutKey(db: Db, fromId: number, renumber = false) {
  const guessed = randomBytes(32);
  const entries = await db.auditEntry.findMany({ orderBy: { id: "asc" } });
  let previous = "";
  let seq = 0;
  for (const entry of entries) {
    seq++;
    if (entry.id >= fromId) {
      const seal = { seq: renumber ? seq : entry.seq, keyId: entry.keyId, prevHash: previous };
      const hash = entryMac(entry, seal, guessed);
      await db.$executeRaw`UPDATE "AuditEntry" SET "hash" = ${hash}, "prevHash" = ${previous}, "seq" = ${seal.seq} WHERE "id" = ${entry.id}`;
      previous = hash;
    } else previous = entry.hash;
  }
}

describe(`the audit trail against someone who can write to the database (${provider})`, () => {
  it("finds an entry changed when every MAC after it was recomputed without the key", async () => {
    const config = configFor(ring(key1));
    const { db } = await freshLog(8, config);
    expect(await verify(db, config)).toMatchObject({ ok: true, checked: 8 });
    const [, , , fourth] = await ids(db);
    await db.$executeRaw`UPDATE "AuditEntry" SET "entityId" = ${"r-forged"} WHERE "id" = ${fourth}`;
    await resealWithoutKey(db, fourth!);
    expect(await verify(db, config)).toMatchObject({ ok: false, kind: "changed", why: "content", entryId: fourth });

    // The recomputation the old chain allowed (public SHA-256) fails the same way.
    const entry = await db.auditEntry.findUniqueOrThrow({ where: { id: fourth } });
    await db.$executeRaw`UPDATE "AuditEntry" SET "hash" = ${legacyEntryHash(entry, entry.prevHash)} WHERE "id" = ${fourth}`;
    expect(await verify(db, config)).toMatchObject({ ok: false, kind: "changed", entryId: fourth });
  });

  it("finds the newest entries deleted, against the last checkpoint", async () => {
    const config = configFor(ring(key1));
    const { db } = await freshLog(9, config);
    await checkpointCurrentHead(db, "export", config);
    const all = await ids(db);
    await db.auditEntry.deleteMany({ where: { id: { in: all.slice(-3) } } });
    expect(await verify(db, config)).toMatchObject({ ok: false, kind: "truncated", checkpoint: 1, anchored: 9, lastSeq: 6 });
    // Without a checkpoint the shorter chain is consistent in itself: why the anchors exist.
    expect(await verifyAuditChain(db, { keys: config.hmac.byId, checkpoints: [], publicKey })).toMatchObject({ ok: true, checked: 6 });
  });

  it("finds a restore from a backup older than the latest checkpoint, also when the portal wrote on since", async () => {
    const config = configFor(ring(key1));
    const { database } = await freshLog(5, config);
    let db = opened.at(-1)!.db;
    const backup = path.join(dir, `older-${provider}.backup`);
    await backupDatabase(database.url, backup);
    await write(db, 4, config.hmac, 6);
    await checkpointCurrentHead(db, "period.close", config);

    await db.$disconnect();
    await restoreDatabase(database.url, backup);
    db = createClient(database.url);
    opened.at(-1)!.db = db;
    expect(await verify(db, config)).toMatchObject({ ok: false, kind: "rolled-back", checkpoint: 1, anchored: 9, lastSeq: 5 });

    // The portal carries on with the restored database: new entries take the anchored places.
    await write(db, 5, config.hmac, 100);
    expect(await verify(db, config)).toMatchObject({ ok: false, kind: "rolled-back", checkpoint: 1, anchored: 9 });
  });

  it("refuses a log whose first MACs were blanked to hide changes to those entries", async () => {
    const config = configFor(ring(key1));
    const { db } = await freshLog(7, config);
    const [first, second, third, fourth] = await ids(db);
    await db.$executeRaw`UPDATE "AuditEntry" SET "entityId" = ${"r-forged"} WHERE "id" = ${second}`;
    await db.$executeRaw`UPDATE "AuditEntry" SET "hash" = '', "keyId" = '', "prevHash" = '' WHERE "id" IN (${first}, ${second}, ${third})`;
    await db.$executeRaw`UPDATE "AuditEntry" SET "prevHash" = '' WHERE "id" = ${fourth}`;
    expect(await verify(db, config)).toMatchObject({ ok: false, kind: "unsealed", entryId: first });
    // Nor will the one-time reseal seal them: the log is already on the keyed chain.
    expect(await resealWithCheckpoint(db, config)).toMatchObject({ ok: false, message: expect.stringMatching(/already on the keyed chain/) });
  });

  it("finds an entry deleted from the middle, with or without the chain re-linked", async () => {
    const config = configFor(ring(key1));
    const { db } = await freshLog(8, config);
    const all = await ids(db);
    await db.auditEntry.delete({ where: { id: all[4] } });
    expect(await verify(db, config)).toMatchObject({ ok: false, kind: "missing", entryId: all[5], missingFrom: 5, missingTo: 5 });
    // Re-linked: positions renumbered and MACs recomputed from the gap on, without the key.
    await resealWithoutKey(db, all[5]!, true);
    expect(await verify(db, config)).toMatchObject({ ok: false, kind: "changed", why: "content", entryId: all[5] });
  });

  it("verifies the old and the new segment after a key rotation; a missing old key is named", async () => {
    const before = configFor(ring(key1));
    const { db } = await freshLog(4, before);
    const rotated = { ...before, hmac: ring(key1, key2) };
    await write(db, 3, rotated.hmac, 5);
    await checkpointCurrentHead(db, "daily", rotated);
    expect(await verify(db, rotated)).toMatchObject({
      ok: true,
      checked: 7,
      checkpointsMatched: 1,
      segments: [{ keyId: "k1", fromSeq: 1, toSeq: 4 }, { keyId: "k2", fromSeq: 5, toSeq: 7 }],
    });
    const [first] = await ids(db);
    expect(await verify(db, rotated, ring(key2))).toMatchObject({ ok: false, kind: "unknown-key", keyId: "k1", entryId: first });
  });

  it("reseals a log from before the keyed chain once, checking the old SHA-256 chain first", async () => {
    const config = configFor(ring(key1));
    const { db } = await freshLog(0, config);
    // Entries as the portal wrote them before migration 0014: a plain SHA-256 chain, no key.
    let prevHash = "";
    for (let i = 1; i <= 5; i++) {
      const content = { at: new Date(Date.UTC(2024, 10, i)), actorId: null, action: "progress.save", entityType: "ProgressReport", entityId: `r${i}`, bureauId: null, before: null, after: { i } };
      const hash = legacyEntryHash(content, prevHash);
      await db.auditEntry.create({ data: { ...content, before: undefined, hash, prevHash } });
      prevHash = hash;
    }
    expect(await verify(db, config)).toMatchObject({ ok: false, kind: "unsealed" });
    await expect(db.$transaction((tx) => recordAudit(tx, { actorId: null, action: "progress.save", entityType: "ProgressReport", entityId: "r6" }, config.hmac))).rejects.toBeInstanceOf(AuditLogNotSealedError);

    expect(await resealWithCheckpoint(db, config)).toMatchObject({ ok: true });
    const reseal = await db.auditEntry.findFirstOrThrow({ where: { action: "audit.reseal" } });
    expect(reseal).toMatchObject({ seq: 6, keyId: "k1", after: { resealed: 5, legacyHead: prevHash, keyId: "k1" } });
    expect(await verify(db, config)).toMatchObject({ ok: true, checked: 6, checkpointsMatched: 1 });
    // One time only.
    expect(await resealWithCheckpoint(db, config)).toMatchObject({ ok: false, message: expect.stringMatching(/already on the keyed chain/) });
  });

  it("refuses to reseal an old chain that was already broken", async () => {
    const config = configFor(ring(key1));
    const { db } = await freshLog(0, config);
    let prevHash = "";
    for (let i = 1; i <= 3; i++) {
      const content = { at: new Date(Date.UTC(2024, 10, i)), actorId: null, action: "progress.save", entityType: "ProgressReport", entityId: `r${i}`, bureauId: null, before: null, after: null };
      const hash = legacyEntryHash(content, prevHash);
      await db.auditEntry.create({ data: { ...content, before: undefined, after: undefined, hash, prevHash } });
      prevHash = hash;
    }
    const [, second] = await ids(db);
    await db.$executeRaw`UPDATE "AuditEntry" SET "entityId" = ${"r-forged"} WHERE "id" = ${second}`;
    expect(await resealWithCheckpoint(db, config)).toMatchObject({ ok: false, message: expect.stringMatching(new RegExp(`broken at entry ${second}`)) });
    expect(await db.auditEntry.count({ where: { keyId: { not: "" } } })).toBe(0);
  });

  it("refuses a checkpoint file edited to match a shortened log", async () => {
    const config = configFor(ring(key1));
    const { db } = await freshLog(4, config);
    const head = await checkpointCurrentHead(db, "export", config);
    const all = await ids(db);
    await db.auditEntry.delete({ where: { id: all.at(-1) } });
    const shorter = await db.auditEntry.findUniqueOrThrow({ where: { id: all.at(-2) } });
    const { checkpoints } = await readCheckpointFile(config.checkpointFile!);
    const edited = [{ ...checkpoints[0]!, lastId: shorter.id, count: shorter.seq, mac: shorter.hash }];
    expect(head).not.toBeNull();
    expect(await verifyAuditChain(db, { keys: config.hmac.byId, checkpoints: edited, publicKey })).toMatchObject({ ok: false, kind: "bad-checkpoint", checkpoint: 1 });
    // Signed with the attacker's own key instead: not the portal's signer.
    const forged = await writeCheckpoint({ lastId: shorter.id, count: shorter.seq, mac: shorter.hash }, "export", { ...config, signingKey: generateKeyPairSync("ed25519").privateKey });
    expect(await verifyAuditChain(db, { keys: config.hmac.byId, checkpoints: [{ ...forged!, n: 1 }], publicKey })).toMatchObject({ ok: false, kind: "bad-checkpoint" });
  });
});
