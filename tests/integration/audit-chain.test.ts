import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { closePeriod, openPeriod } from "@/lib/commands/periods";
import { db } from "@/lib/db";
import { providerOf } from "@/lib/db/provider";
import { bureauReportsScope } from "@/lib/db/read-model-stamps";
import { createReportingBureau } from "@/tests/factories/reporting";

describe("the audit chain in the database", () => {
  it("is intact after real writes, and a direct change to an entry is found", async () => {
    const bureau = await createReportingBureau(db);
    const opened = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
    if (!opened.ok) throw new Error("open failed");
    await closePeriod(bureau.users.manager.actor, { periodId: opened.data.periodId }, "ja");
    const intact = await verifyAuditChain(db, { batchSize: 7 });
    expect(intact).toMatchObject({ ok: true });

    const target = await db.auditEntry.findFirstOrThrow({ where: { entityId: opened.data.periodId, action: "period.open" } });
    // Tampering as someone with database access would: straight SQL, around the app.
    await db.$executeRawUnsafe(`UPDATE "AuditEntry" SET "actorId" = NULL WHERE "id" = ${target.id}`);
    try {
      expect(await verifyAuditChain(db, { batchSize: 7 })).toMatchObject({ ok: false, entryId: target.id, kind: "changed", why: "content" });
    } finally {
      await db.$executeRawUnsafe(`UPDATE "AuditEntry" SET "actorId" = '${target.actorId}' WHERE "id" = ${target.id}`);
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});

describe("two writers of the audit chain at once", () => {
  const entry = (entityId: string) => ({ actorId: null, action: "progress.save" as const, entityType: "ProgressReport", entityId, bureauId: "chain-race" });
  const onPostgres = providerOf(process.env.DATABASE_URL!) === "postgresql";
  // The entries' read-model counter, raised by the same statement as each entry's INSERT.
  const stamp = async () => (await db.readModelStamp.findUnique({ where: { scope: bureauReportsScope("chain-race") } }))?.version ?? 0;

  it("the second links to the first's entry, which committed while it waited for the chain", async () => {
    const stampBefore = await stamp();
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // Writer A appends and keeps its transaction (and the chain's lock) open.
    const first = db.$transaction(async (tx) => {
      const head = await recordAudit(tx, entry("race-first"));
      holding();
      await released;
      return head;
    });
    await held;
    // Writer B starts meanwhile: its read of the head must come after A's commit, not before.
    const second = db.$transaction((tx) => recordAudit(tx, entry("race-second")));
    if (onPostgres) {
      // B is waiting for the chain's lock (not yet past it) when A commits.
      await expect.poll(async () => Number((await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS "n" FROM pg_locks WHERE "locktype" = 'advisory' AND NOT "granted"`)[0]!.n)).toBe(1);
    } else await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    const [a, b] = [await first, await second];
    expect(b.count).toBe(a.count + 1);
    const stored = await db.auditEntry.findUniqueOrThrow({ where: { id: b.lastId }, select: { prevHash: true, seq: true, entityId: true } });
    expect(stored).toEqual({ prevHash: a.mac, seq: a.count + 1, entityId: "race-second" });
    expect(await stamp()).toBe(stampBefore + 2);
  });

  it("twelve at once each get their own place in the chain, and it verifies", async () => {
    const stampBefore = await stamp();
    const heads = await Promise.all(Array.from({ length: 12 }, (_, i) => db.$transaction((tx) => recordAudit(tx, entry(`race-${i}`)))));
    const places = heads.map((head) => head.count).sort((x, y) => x - y);
    expect(new Set(places).size).toBe(12);
    expect(places.at(-1)! - places[0]!).toBe(11);
    expect(await stamp()).toBe(stampBefore + 12);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
