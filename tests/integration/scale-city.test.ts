import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { createClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { providerOf } from "@/lib/db/provider";
import { generateCity } from "@/scripts/bench/city-generator";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

// The ten-year city's generator at a small size, and the streamed verifier over
// its multi-page chain, in a database of their own (the shared one's log stays
// as the other files expect it).
const city = { bureaus: 2, issuesPerBureau: 12, reportingDates: 2, fiscalYears: 2, firstFiscalYear: 2020, usersPerBureau: 3, auditEntries: 2_500, prefix: "scale" };
const pageSize = 1000;

let database: TestDatabase;
let db: Db;
let written: Awaited<ReturnType<typeof generateCity>>;

beforeAll(async () => {
  database = await createTestDatabase(providerOf(process.env.DATABASE_URL!));
  await applyMigrations(database.url);
  db = createClient(database.url);
  written = await generateCity(db, city);
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

/** The verifier's reads through a client that counts them and the rows each returned. */
function countingReads(client: Db) {
  const reads: number[] = [];
  const counting = new Proxy(client, {
    get(target, property, receiver) {
      if (property !== "$queryRaw") return Reflect.get(target, property, receiver);
      return async (...args: Parameters<Db["$queryRaw"]>) => {
        const rows = (await target.$queryRaw(...args)) as unknown[];
        reads.push(rows.length);
        return rows;
      };
    },
  });
  return { counting, reads };
}

describe("the generated ten-year city (small)", () => {
  it("has a document a year per bureau, two reporting dates a year and the audit entries asked for", async () => {
    expect(written).toMatchObject({ bureaus: 2, fiscalYears: 2, issues: 48, reportingDates: 4, reports: 96, auditEntries: 2_500 });
    expect(await db.policyDocument.count()).toBe(4);
    expect(await db.reportingPeriod.count()).toBe(8);
    expect(await db.progressReport.count()).toBe(96);
    expect(await db.reportingPeriod.count({ where: { status: "OPEN" } })).toBe(2);
    expect(await db.user.count()).toBe(6);
    // The history, after each document's own entry (written by the importer's writer).
    expect(await db.auditEntry.count()).toBe(4 + 2_500);
    // The history is in time order, as the app writes it, inside the 30 days before each date.
    const times = (await db.auditEntry.findMany({ where: { action: { not: "document.import" } }, orderBy: { id: "asc" }, select: { at: true } })).map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Date(times[0]!).toISOString() >= "2020-10-30").toBe(true);
    expect(new Date(times.at(-1)!).toISOString() < "2022-05-31").toBe(true);
    const actions = new Set((await db.auditEntry.findMany({ select: { action: true } })).map((e) => e.action));
    expect(actions).toEqual(new Set(["document.import", "auth.signIn", "progress.save", "progress.submit", "progress.approve"]));
  });

  it("forms one valid keyed chain, read a page at a time", async () => {
    const { counting, reads } = countingReads(db);
    const verdict = await verifyAuditChain(counting, { batchSize: pageSize, checkpoints: [] });
    expect(verdict).toMatchObject({ ok: true, checked: 2_504, head: { count: 2_504 } });
    // Never more than a page in memory, however long the chain: 1000 + 1000 + 504.
    expect(reads).toEqual([1000, 1000, 504]);
  });
});

describe("the streamed verifier over a multi-page chain", () => {
  it("names an entry changed in the middle of the second page, and the first entry after one deleted there", async () => {
    const middle = await db.auditEntry.findFirstOrThrow({ where: { seq: 1_500 } });
    await db.$executeRawUnsafe(`UPDATE "AuditEntry" SET "entityId" = 'tampered' WHERE "id" = ${middle.id}`);
    try {
      expect(await verifyAuditChain(db, { batchSize: pageSize, checkpoints: [] })).toMatchObject({ ok: false, kind: "changed", why: "content", entryId: middle.id, lastSeq: 1_499 });
    } finally {
      await db.$executeRawUnsafe(`UPDATE "AuditEntry" SET "entityId" = '${middle.entityId}' WHERE "id" = ${middle.id}`);
    }
    expect(await verifyAuditChain(db, { batchSize: pageSize, checkpoints: [] })).toMatchObject({ ok: true });

    // A deletion at the end of the first page: the entry after it names the gap.
    const next = await db.auditEntry.findFirstOrThrow({ where: { seq: 1_001 } });
    await db.auditEntry.deleteMany({ where: { seq: 1_000 } });
    expect(await verifyAuditChain(db, { batchSize: pageSize, checkpoints: [] })).toMatchObject({ ok: false, kind: "missing", entryId: next.id, missingFrom: 1_000, missingTo: 1_000, lastSeq: 999 });
  });
});
