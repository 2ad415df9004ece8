import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/provider";

/** The worker's queues: rows with a state, a due time and a lease (OutboxMail, BriefingBook). */
export type ClaimTable = "OutboxMail" | "BriefingBook";

interface Due {
  state: "PENDING";
  nextAttemptAt: { lte: Date };
  OR: [{ claimedUntil: null }, { claimedUntil: { lte: Date } }];
}

/** What the SQLite path needs of a queue's Prisma delegate (both have these columns). */
interface ClaimDelegate {
  findMany(args: { where: Due; orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }]; take: number; select: { id: true } }): Promise<{ id: string }[]>;
  updateMany(args: { where: { id: { in: string[] } }; data: { claimedUntil: Date } }): Promise<unknown>;
}

/**
 * Ids of due rows of `table`, claimed by this worker until the lease ends; no
 * other worker gets them meanwhile (docs/decisions/070).
 */
export async function claimDue(db: Db, provider: DatabaseProvider, table: ClaimTable, now: Date, limit: number, leaseMs: number): Promise<string[]> {
  const until = new Date(now.getTime() + leaseMs);
  if (provider === "postgresql") {
    // One statement: rows another worker holds locked are skipped, not waited for.
    // `table` is one of two fixed names, never input.
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(
      `UPDATE "${table}" SET "claimedUntil" = $1::timestamp(3)
       WHERE "id" IN (
         SELECT "id" FROM "${table}"
         WHERE "state" = 'PENDING' AND "nextAttemptAt" <= $2::timestamp(3) AND ("claimedUntil" IS NULL OR "claimedUntil" <= $2::timestamp(3))
         ORDER BY "nextAttemptAt", "id" LIMIT $3
         FOR UPDATE SKIP LOCKED)
       RETURNING "id"`,
      until.toISOString(),
      now.toISOString(),
      limit,
    );
    return rows.map((r) => r.id);
  }
  // SQLite has a single writer: a transaction's read and update cannot interleave with another's.
  return db.$transaction(async (tx) => {
    const delegate: ClaimDelegate = table === "OutboxMail" ? tx.outboxMail : tx.briefingBook;
    const due = await delegate.findMany({
      where: { state: "PENDING", nextAttemptAt: { lte: now }, OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }] },
      orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true },
    });
    const ids = due.map((m) => m.id);
    await delegate.updateMany({ where: { id: { in: ids } }, data: { claimedUntil: until } });
    return ids;
  });
}
