import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { closePeriod, openPeriod } from "@/lib/commands/periods";
import { db } from "@/lib/db";
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
