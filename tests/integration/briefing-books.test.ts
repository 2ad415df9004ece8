import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { generateBriefing } from "@/lib/commands/briefing-books";
import { markNotificationsRead } from "@/lib/commands/notifications";
import { openPeriod } from "@/lib/commands/periods";
import { reviewProgress, saveProgressDraft, submitProgress } from "@/lib/commands/progress";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { briefingBookFile, listBriefingBooks, listBureauBriefingBooks } from "@/lib/data/briefing-books";
import { listNotifications } from "@/lib/data/notifications";
import { db } from "@/lib/db";
import { providerOf } from "@/lib/db/provider";
import { runWorkerRound } from "@/lib/notifications/worker";
import { createUser } from "@/tests/factories/documents";
import { createReportingBureau } from "@/tests/factories/reporting";
import { recipients, useSmtpSink } from "@/tests/support/smtp-sink";
import { readTaggedPdf } from "@/tests/support/tagged-pdf";

// The briefing book (docs/decisions/072): written by the worker once the
// deadline day has ended in Japan, exactly once whatever the number of workers,
// or made on demand by a manager; every version kept; the bureau's managers
// are told in the portal and by mail (a real SMTP server on loopback).
const provider = providerOf(process.env.DATABASE_URL!);
const smtp = useSmtpSink(db);
const sink = smtp.sink;
let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let secondManager: Awaited<ReturnType<typeof createUser>>;
let periodId: string;
let reportId: string;

// The deadline is 2025-07-10: its day ends in Japan at 2025-07-10T14:59:59.999Z.
const beforeDeadlineEnds = new Date("2025-07-10T14:59:00Z");
const afterDeadline = new Date("2025-07-10T15:01:00Z");
const round = (now: Date) => runWorkerRound({ db, provider, sender: smtp.sender }, now);
const books = () => db.briefingBook.findMany({ where: { periodId }, orderBy: { createdAt: "asc" } });
const briefingMails = (email: string) => sink.to(email).filter((m) => m.subject?.startsWith("【ブリーフィング資料】"));
const progressText = async (pdf: Uint8Array) => (await readTaggedPdf(Buffer.from(pdf))).reading.join("\n");

beforeEach(async () => {
  sink.received.length = 0;
  // The earlier tests' periods are done with: only this test's period crosses the deadline.
  await db.reportingPeriod.updateMany({ where: { deadline: new Date("2025-07-10T00:00:00Z") }, data: { deadline: null } });
  bureau = await createReportingBureau(db);
  secondManager = await createUser(db, { role: "MANAGER", bureauId: bureau.bureauId });
  const opened = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "2025-07-10" }, "ja");
  if (!opened.ok) throw new Error("could not open a period");
  periodId = opened.data.periodId;
  reportId = (await db.progressReport.findFirstOrThrow({ where: { periodId } })).id;
});

describe("at the deadline, by the worker", () => {
  it("is written once the deadline day has ended in Japan, once however many rounds run, with its audit entry and the managers' mail", async () => {
    await round(beforeDeadlineEnds);
    expect(await books()).toEqual([]);

    await round(afterDeadline);
    await round(new Date("2025-07-11T03:00:00Z")); // a later round, or a restarted worker
    const [book, ...more] = await books();
    expect(more).toEqual([]);
    expect(book).toMatchObject({ trigger: "DEADLINE", state: "READY", requestedById: null, deadlineKey: `${periodId}:2025-07-10` });
    // The auditors' PDF as of the reporting date: the draft ⑤ is not in it.
    expect(Buffer.from(book!.pdf!).subarray(0, 5).toString()).toBe("%PDF-");
    expect(await progressText(book!.pdf!)).toContain("この報告基準日の承認済みの報告はありません");

    const audit = await db.auditEntry.findMany({ where: { action: "briefing.generate", entityId: periodId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBeNull();
    expect(audit[0]!.after).toMatchObject({ briefingBookId: book!.id, trigger: "DEADLINE", sha256: book!.sha256 });

    // Each of the bureau's managers, once, with the period page's link; no one else.
    const managers = [bureau.users.manager.email, secondManager.email].sort();
    expect(sink.received.filter((m) => m.subject?.startsWith("【ブリーフィング資料】")).flatMap(recipients).sort()).toEqual(managers);
    const [mail] = briefingMails(bureau.users.manager.email);
    const { name } = await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } });
    expect(mail!.subject).toBe(`【ブリーフィング資料】${name}（令和7年5月31日時点）`);
    expect(mail!.text).toContain(`局・区: ${name}`);
    expect(mail!.text).toContain("提出期限: 令和7年7月10日");
    expect(mail!.text).toContain(`http://localhost:3000/periods/${periodId}`);
    expect(await db.notification.count({ where: { periodId, kind: "BRIEFING_READY" } })).toBe(2);

    // In the portal list it names the bureau and the date; opening it leads to the period page.
    const [listed] = (await listNotifications(bureau.users.manager.id)).filter((n) => n.kind === "BRIEFING_READY");
    expect(listed).toMatchObject({ reportId: null, period: { bureau: { name } } });
    expect(await markNotificationsRead(bureau.users.manager.actor, { notificationId: listed!.id }, "ja")).toEqual({ ok: true, data: { reportId: null, periodId } });
  });

  it.runIf(provider === "postgresql")("two worker processes crossing the deadline together: one book, one audit entry, one mail per manager", async () => {
    const run = promisify(execFile);
    const env = { ...process.env, ...sink.env(), WORKER_NOW: afterDeadline.toISOString() };
    const args = ["tsx", "--conditions=react-server", "tests/support/briefing-worker.ts"];
    await Promise.all([0, 1].map(() => run("npx", args, { env, cwd: process.cwd() })));
    expect((await books()).map((b) => b.state)).toEqual(["READY"]);
    expect(await db.auditEntry.count({ where: { action: "briefing.generate", entityId: periodId } })).toBe(1);
    expect(await db.notification.count({ where: { periodId, kind: "BRIEFING_READY" } })).toBe(2);
    const mails = [...briefingMails(bureau.users.manager.email), ...briefingMails(secondManager.email)];
    expect(mails).toHaveLength(2);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(2);
  }, 120_000);

  it("a moved deadline gives a book at the new deadline; a deadline long past (an old database) gives none", async () => {
    await round(afterDeadline);
    await db.reportingPeriod.update({ where: { id: periodId }, data: { deadline: new Date("2025-07-15T00:00:00Z") } });
    await round(new Date("2025-07-16T00:00:00Z"));
    expect((await books()).map((b) => b.deadlineKey)).toEqual([`${periodId}:2025-07-10`, `${periodId}:2025-07-15`]);

    const old = await createReportingBureau(db);
    const opened = await openPeriod(old.users.manager.actor, { bureauId: old.bureauId, asOfDate: "2025-05-31", deadline: "2025-06-30" }, "ja");
    if (!opened.ok) throw new Error("could not open a period");
    await round(new Date("2025-07-16T00:00:00Z")); // 15 days after its deadline: beyond the look-back
    expect(await db.briefingBook.count({ where: { periodId: opened.data.periodId } })).toBe(0);
  });
});

describe("on demand", () => {
  it("a manager makes a new version as of the reporting date; the earlier one is kept; the other managers are told", async () => {
    await round(afterDeadline);
    sink.received.length = 0;
    // After the deadline book, the report is submitted and approved: the next version shows it.
    const { owner, manager } = bureau.users;
    await saveProgressDraft(owner.actor, { reportId, version: 1, progressText: "期限後に承認された進捗。", status: "ON_TRACK" }, "ja");
    expect((await submitProgress(owner.actor, { reportId, version: 2, confirmUnchanged: true }, "ja")).ok).toBe(true);
    expect((await reviewProgress(manager.actor, { reportId, version: 3, decision: "approve", comment: "" }, "ja")).ok).toBe(true);

    const made = await generateBriefing(manager.actor, { periodId }, "ja");
    expect(made.ok).toBe(true);
    const [first, second] = await books();
    expect(second).toMatchObject({ trigger: "MANUAL", state: "READY", requestedById: manager.id, deadlineKey: null });
    expect(await progressText(second!.pdf!)).toContain("期限後に承認された進捗。");
    expect(await progressText(first!.pdf!)).not.toContain("期限後に承認された進捗。");
    expect((await listBriefingBooks(manager.actor, periodId))!.map((b) => [b.version, b.trigger])).toEqual([[1, "DEADLINE"], [2, "MANUAL"]]);
    expect(await db.auditEntry.count({ where: { action: "briefing.generate", entityId: periodId, actorId: manager.id } })).toBe(1);

    // The one who asked has it in hand: the other manager is told.
    await round(afterDeadline);
    expect(briefingMails(secondManager.email)).toHaveLength(1);
    expect(briefingMails(manager.email)).toHaveLength(0);
  });

  it("refuses staff and other bureaus' managers, and a period with no document for its date, writing nothing", async () => {
    const before = await db.briefingBook.count();
    expect(await generateBriefing(bureau.users.owner.actor, { periodId }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    const otherManager = await createUser(db, { role: "MANAGER", bureauId: (await db.bureau.findFirstOrThrow({ where: { code: "seisaku" } })).id });
    expect(await generateBriefing(otherManager.actor, { periodId }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await generateBriefing(bureau.users.manager.actor, { periodId: "no-such-period" }, "ja")).toMatchObject({ ok: false, kind: "not-found" });
    const early = await db.reportingPeriod.create({ data: { bureauId: bureau.bureauId, asOfDate: new Date("2001-03-31T00:00:00Z"), fiscalYear: 2000, status: "CLOSED" } });
    expect(await generateBriefing(bureau.users.manager.actor, { periodId: early.id }, "ja")).toMatchObject({ ok: false, kind: "rejected", reason: "briefing.noData" });
    expect(await db.briefingBook.count()).toBe(before);
  });
});

describe("download", () => {
  it("hands out the stored bytes to the bureau's managers and auditors (audited), and refuses staff", async () => {
    expect((await generateBriefing(bureau.users.manager.actor, { periodId }, "ja")).ok).toBe(true);
    const [book] = await books();
    const file = await briefingBookFile(bureau.users.auditor.actor, book!.id);
    expect(file!.body.equals(Buffer.from(book!.pdf!))).toBe(true);
    expect(file!.filename).toMatch(/^.+_2025-05-31_briefing_\d{8}T\d{6}\.pdf$/);
    expect(await db.auditEntry.count({ where: { action: "export.briefing", actorId: bureau.users.auditor.id, entityId: periodId } })).toBe(1);
    await expect(briefingBookFile(bureau.users.owner.actor, book!.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await briefingBookFile(bureau.users.manager.actor, "no-such-book")).toBeNull();
  });

  it("lists the bureau's ready books by reporting date for its auditors, numbered as on the period page, and refuses staff", async () => {
    await round(afterDeadline);
    expect((await generateBriefing(bureau.users.manager.actor, { periodId }, "ja")).ok).toBe(true);
    const failed = await db.briefingBook.create({ data: { periodId, trigger: "MANUAL", state: "FAILED", requestedById: bureau.users.manager.id, lastError: "test" } });
    const listed = await listBureauBriefingBooks(bureau.users.auditor.actor, bureau.bureauId);
    expect(listed.map((b) => [b.reportingDate, b.version, b.trigger])).toEqual([["2025-05-31", 2, "MANUAL"], ["2025-05-31", 1, "DEADLINE"]]);
    expect(listed.map((b) => b.id)).not.toContain(failed.id);
    await expect(listBureauBriefingBooks(bureau.users.owner.actor, bureau.bureauId)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
