import { beforeEach, describe, expect, it } from "vitest";
import { openPeriod } from "@/lib/commands/periods";
import { publishDocument, unpublishDocument } from "@/lib/commands/publications";
import { db } from "@/lib/db";
import { createReportingBureau } from "@/tests/factories/reporting";

let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let approvedPeriodId: string;
beforeEach(async () => {
  bureau = await createReportingBureau(db);
  approvedPeriodId = (await db.reportingPeriod.findFirstOrThrow({ where: { bureauId: bureau.bureauId } })).id;
});

const audits = () => db.auditEntry.findMany({ where: { bureauId: bureau.bureauId, action: { startsWith: "publication." } }, orderBy: { id: "asc" } });

describe("publishing a document as of an approved reporting date", () => {
  it("publishes and unpublishes, each with an audit entry naming the manager", async () => {
    const manager = bureau.users.manager;
    expect(await publishDocument(manager.actor, { periodId: approvedPeriodId }, "ja")).toMatchObject({ ok: true });
    expect(await db.publication.count({ where: { periodId: approvedPeriodId } })).toBe(1);
    expect(await publishDocument(manager.actor, { periodId: approvedPeriodId }, "ja")).toMatchObject({ ok: false, reason: "publication.exists" });

    expect(await unpublishDocument(bureau.users.admin.actor, { periodId: approvedPeriodId }, "ja")).toMatchObject({ ok: true });
    expect(await db.publication.count({ where: { periodId: approvedPeriodId } })).toBe(0);
    expect(await unpublishDocument(manager.actor, { periodId: approvedPeriodId }, "ja")).toMatchObject({ ok: false, reason: "publication.notPublished" });

    const entries = await audits();
    expect(entries.map((e) => [e.action, e.actorId, e.entityId])).toEqual([
      ["publication.publish", manager.id, approvedPeriodId],
      ["publication.unpublish", bureau.users.admin.id, approvedPeriodId],
    ]);
    expect(entries[0]!.after).toMatchObject({ reportingDate: "2024-11-30" });
  });

  it("refuses a date with a report that is not approved, writing nothing", async () => {
    const opened = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
    if (!opened.ok) throw new Error("open failed");
    expect(await publishDocument(bureau.users.manager.actor, { periodId: opened.data.periodId }, "ja")).toMatchObject({ ok: false, kind: "rejected", reason: "publication.notApproved" });
    expect(await db.publication.count({ where: { bureauId: bureau.bureauId } })).toBe(0);
    expect(await audits()).toEqual([]);
  });

  it("refuses staff, auditors and another bureau's manager; an unknown or forged period is not found or invalid", async () => {
    const other = await createReportingBureau(db);
    for (const actor of [bureau.users.owner.actor, bureau.users.auditor.actor, other.users.manager.actor]) {
      expect(await publishDocument(actor, { periodId: approvedPeriodId }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    }
    expect(await publishDocument(bureau.users.admin.actor, { periodId: "nope" }, "ja")).toMatchObject({ ok: false, kind: "not-found" });
    expect(await publishDocument(bureau.users.admin.actor, { periodId: "'; DROP TABLE x" }, "en")).toMatchObject({ ok: false, kind: "invalid" });
    expect(await db.publication.count({ where: { bureauId: bureau.bureauId } })).toBe(0);
    expect(await audits()).toEqual([]);
  });
});
