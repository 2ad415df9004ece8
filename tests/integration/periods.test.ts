import { beforeEach, describe, expect, it } from "vitest";
import { changeDeadline, closePeriod, openPeriod, reopenPeriod } from "@/lib/commands/periods";
import { db } from "@/lib/db";
import { createReportingBureau } from "@/tests/factories/reporting";

let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
beforeEach(async () => {
  bureau = await createReportingBureau(db);
});

const auditCount = (entityType: string) => db.auditEntry.count({ where: { entityType, bureauId: bureau.bureauId } });

describe("opening a reporting period", () => {
  it("creates a draft per issue carrying the previous text, status and indicator actuals, with an audit entry", async () => {
    const result = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "2025-06-14" }, "ja");
    expect(result).toMatchObject({ ok: true, data: { drafts: 1 } });
    if (!result.ok) return;
    const period = await db.reportingPeriod.findUniqueOrThrow({ where: { id: result.data.periodId } });
    // The 5月末 report is the final report of the year just ended: it belongs to the 令和6年度 document.
    expect(period).toMatchObject({ fiscalYear: 2024, status: "OPEN" });
    const draft = await db.progressReport.findUniqueOrThrow({ where: { issueId_periodId: { issueId: bureau.issueId, periodId: period.id } } });
    expect(draft).toMatchObject({ progressText: "進捗", status: "ON_TRACK", workflowState: "DRAFT", version: 1, carriedForward: true });
    const value = await db.indicatorValue.findUniqueOrThrow({ where: { indicatorId_periodId: { indicatorId: bureau.indicatorId, periodId: period.id } } });
    expect(value).toMatchObject({ actual: 3, carriedForward: true });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: period.id } });
    expect(audit).toMatchObject({ action: "period.open", actorId: bureau.users.manager.id });
  });

  it("refuses a second period for the same date", async () => {
    const input = { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" };
    expect((await openPeriod(bureau.users.manager.actor, input, "ja")).ok).toBe(true);
    expect(await openPeriod(bureau.users.manager.actor, input, "ja")).toMatchObject({ ok: false, kind: "rejected", reason: "period.duplicate" });
    expect(await db.reportingPeriod.count({ where: { bureauId: bureau.bureauId } })).toBe(2);
  });

  it("refuses staff, auditors and other bureaus' managers, writing nothing", async () => {
    const other = await createReportingBureau(db);
    for (const actor of [bureau.users.owner.actor, bureau.users.auditor.actor, other.users.manager.actor]) {
      expect(await openPeriod(actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    }
    expect(await db.reportingPeriod.count({ where: { bureauId: bureau.bureauId } })).toBe(1);
    expect(await auditCount("ReportingPeriod")).toBe(0);
  });

  it("explains bad dates in the user's language and writes nothing", async () => {
    const ja = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-02-30", deadline: "" }, "ja");
    expect(ja).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { asOfDate: ["日付を YYYY-MM-DD の形で正しく入力してください。"] } });
    const en = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "2025-05-01" }, "en");
    expect(en).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { deadline: ["The deadline must not be before the reporting date."] } });
    expect(await db.reportingPeriod.count({ where: { bureauId: bureau.bureauId } })).toBe(1);
  });

  it("refuses a date before the bureau has any document", async () => {
    expect(await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2023-11-30", deadline: "" }, "ja")).toMatchObject({ ok: false, reason: "period.noDocument" });
  });
});

describe("closing and reopening", () => {
  it("closes an open period; only an admin reopens it, with a reason that is recorded", async () => {
    const opened = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
    if (!opened.ok) throw new Error("open failed");
    const periodId = opened.data.periodId;
    expect((await closePeriod(bureau.users.manager.actor, { periodId }, "ja")).ok).toBe(true);
    expect(await closePeriod(bureau.users.manager.actor, { periodId }, "ja")).toMatchObject({ ok: false, reason: "period.notOpen" });

    expect(await reopenPeriod(bureau.users.manager.actor, { periodId, reason: "数値の訂正のため" }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await reopenPeriod(bureau.users.admin.actor, { periodId, reason: "" }, "ja")).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { reason: ["再開の理由を5文字以上で入力してください。"] },
    });
    expect(await reopenPeriod(bureau.users.admin.actor, { periodId, reason: "数値の訂正のため" }, "ja")).toMatchObject({ ok: true });
    expect(await db.reportingPeriod.findUniqueOrThrow({ where: { id: periodId } })).toMatchObject({ status: "OPEN", reopenReason: "数値の訂正のため" });
    const reopen = await db.auditEntry.findFirstOrThrow({ where: { entityId: periodId, action: "period.reopen" } });
    expect(reopen.after).toMatchObject({ reason: "数値の訂正のため" });
    expect(reopen.actorId).toBe(bureau.users.admin.id);
  });
});

describe("a change and its audit entry are one transaction", () => {
  it("rolls the change back when the audit entry cannot be written", async () => {
    const opened = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
    if (!opened.ok) throw new Error("open failed");
    // An actor id that no user has: the period update succeeds, the audit insert then breaks its foreign key.
    const ghost = { ...bureau.users.manager.actor, id: "no-such-user" };
    await expect(closePeriod(ghost, { periodId: opened.data.periodId }, "ja")).rejects.toThrow();
    expect(await db.reportingPeriod.findUniqueOrThrow({ where: { id: opened.data.periodId } })).toMatchObject({ status: "OPEN", closedAt: null });
    expect(await db.auditEntry.count({ where: { entityId: opened.data.periodId, action: "period.close" } })).toBe(0);
  });
});

describe("changing an open period's deadline", () => {
  it("moves it with an audit entry naming both days; refuses a day before the reporting date, staff, and closed periods", async () => {
    const { manager, owner } = bureau.users;
    const opened = await openPeriod(manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "2025-06-14" }, "ja");
    if (!opened.ok) throw new Error("could not open a period");
    const { periodId } = opened.data;
    expect(await changeDeadline(manager.actor, { periodId, deadline: "2025-06-21" }, "ja")).toEqual({ ok: true, data: { periodId } });
    expect((await db.reportingPeriod.findUniqueOrThrow({ where: { id: periodId } })).deadline?.toISOString()).toBe("2025-06-21T00:00:00.000Z");
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: periodId, action: "period.deadline" } });
    expect(entry).toMatchObject({ actorId: manager.id, before: { deadline: "2025-06-14" }, after: { deadline: "2025-06-21" } });

    // Reminder days can be changed while the period is open (normalised as when opening); left out, they stay.
    expect((await changeDeadline(manager.actor, { periodId, deadline: "2025-06-21", reminderDays: "3、10" }, "ja")).ok).toBe(true);
    expect(await db.reportingPeriod.findUniqueOrThrow({ where: { id: periodId } })).toMatchObject({ reminderDays: "10,3" });
    const reminders = await db.auditEntry.findFirstOrThrow({ where: { entityId: periodId, action: "period.deadline" }, orderBy: { id: "desc" } });
    expect(reminders).toMatchObject({ before: { reminderDays: "7,1" }, after: { deadline: "2025-06-21", reminderDays: "10,3" } });
    expect((await changeDeadline(manager.actor, { periodId, deadline: "2025-06-22" }, "ja")).ok).toBe(true);
    expect(await db.reportingPeriod.findUniqueOrThrow({ where: { id: periodId } })).toMatchObject({ reminderDays: "10,3" });
    expect(await changeDeadline(manager.actor, { periodId, deadline: "2025-06-22", reminderDays: "7,99" }, "ja")).toMatchObject({ ok: false, kind: "invalid" });

    expect(await changeDeadline(manager.actor, { periodId, deadline: "2025-05-30" }, "ja")).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { deadline: ["提出期限は報告基準日以降の日付にしてください。"] },
    });
    expect(await changeDeadline(owner.actor, { periodId, deadline: "2025-07-01" }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    expect((await closePeriod(manager.actor, { periodId }, "ja")).ok).toBe(true);
    expect(await changeDeadline(manager.actor, { periodId, deadline: "2025-07-01" }, "ja")).toMatchObject({ ok: false, reason: "period.notOpen" });
    expect(await db.auditEntry.count({ where: { entityId: periodId, action: "period.deadline" } })).toBe(3);
  });
});
