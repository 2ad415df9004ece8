import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { PrismaClient as PostgresClient } from "@/generated/prisma/postgres/client";
import { revokeSessions } from "@/lib/data/users";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { providerOf } from "@/lib/db/provider";
import { createUser } from "@/tests/factories/documents";

/** A promise and the function that settles it: lets the test decide when each step happens. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

// Issue 19, finding 8: on SQLite the adapter has one connection, so a single
// statement issued while another request's interactive transaction was open
// ran inside it and was lost when that transaction rolled back.
describe("a write outside a transaction while another request's transaction is open", () => {
  it("waits for it and is not lost when it rolls back", async () => {
    const user = await createUser(db, { role: "STAFF" });
    const entered = gate();
    const finish = gate();
    // Request A: a save that fails after writing (e.g. a stale version) and rolls back.
    const saveThatFails = db
      .$transaction(async (tx) => {
        await tx.signInThrottle.create({ data: { key: `interleave:${user.id}`, failures: 1, windowStart: new Date() } });
        entered.open();
        await finish.opened;
        throw new Error("stale version");
      })
      .catch((error: Error) => error.message);
    await entered.opened;
    // Request B, meanwhile: a sign-out, one statement outside any transaction.
    const signOut = revokeSessions(user.id);
    // Give B every chance to run inside A before A rolls back.
    await new Promise((resolve) => setTimeout(resolve, 100));
    finish.open();
    expect(await saveThatFails).toBe("stale version");
    await signOut;
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionsRevokedAt: true } });
    expect(after.sessionsRevokedAt).not.toBeNull();
    expect(await db.signInThrottle.findUnique({ where: { key: `interleave:${user.id}` } })).toBeNull();
  });
});

// Issue 17: Prisma's query interpreter sends a read's relation queries at once, and inside a
// transaction they all go to one pg connection (prisma/orm#29979), which pg deprecates and
// pg 9 refuses. The app's client queues a transaction's statements (lib/db/serialized-transactions.ts).
describe.runIf(providerOf(process.env.DATABASE_URL!) === "postgresql")("a read with several relations inside a PostgreSQL transaction", () => {
  const readWithRelations = (client: Db) =>
    client.$transaction((tx) => tx.issue.findFirstOrThrow({ include: { indicators: true, milestones: true, partners: true, relatedSections: true } }));

  /** How many queries `work` hands a pg connection while that connection is still busy with another. */
  async function queriesSentToABusyConnection(work: () => Promise<unknown>): Promise<number> {
    const query = pg.Client.prototype.query;
    let busy = 0;
    const spy = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client & { _activeQuery: unknown; _queryQueue: unknown[] }, ...args: unknown[]) {
      if (this._activeQuery || this._queryQueue.length > 0) busy++;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query);
    try {
      await work();
    } finally {
      spy.mockRestore();
    }
    return busy;
  }

  it("sends one query at a time on the transaction's connection, where Prisma alone sends them together", async () => {
    const plain = new PostgresClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) }) as unknown as Db;
    try {
      expect(await queriesSentToABusyConnection(() => readWithRelations(plain))).toBeGreaterThan(0);
    } finally {
      await plain.$disconnect();
    }
    const issue = await readWithRelations(db);
    expect(issue.indicators.length + issue.milestones.length).toBeGreaterThan(0);
    expect(await queriesSentToABusyConnection(() => readWithRelations(db))).toBe(0);
  });
});
