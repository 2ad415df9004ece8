import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { closePeriod, openPeriod, reopenPeriod } from "@/lib/commands/periods";
import { reviewProgress, saveProgressDraft, submitProgress, withdrawProgress } from "@/lib/commands/progress";
import { markNotificationsRead, resendMail, saveNotificationPreferences } from "@/lib/commands/notifications";
import { issuePasswordLink } from "@/lib/commands/users";
import { db } from "@/lib/db";
import { providerOf } from "@/lib/db/provider";
import { readMailConfig } from "@/lib/notifications/mail-config";
import { createSmtpSender } from "@/lib/notifications/transport";
import { newMessageId } from "@/lib/notifications/enqueue";
import { runWorkerRound, type WorkerOptions } from "@/lib/notifications/worker";
import { createReportingBureau } from "@/tests/factories/reporting";
import { recipients, useSmtpSink } from "@/tests/support/smtp-sink";

// Notifications end to end: each event of the reporting cycle writes its
// notifications in the command's transaction, and the worker hands the mail to
// a real SMTP server on loopback, which the test reads back with mailparser.
const provider = providerOf(process.env.DATABASE_URL!);
const smtp = useSmtpSink(db);
const sink = smtp.sink;
let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let periodId: string;
let reportId: string;

const worker = (extra: Partial<WorkerOptions> = {}): WorkerOptions => ({ db, provider, sender: smtp.sender, backoffMs: 50, ...extra });
// The clock the reminders read: by default 19 days before the period's deadline, when none is due.
const deliver = (today = new Date("2025-06-01T00:00:00Z")) => runWorkerRound(worker(), today);
const arrivedTo = () => sink.received.flatMap(recipients).sort();
const emails = (...users: { email: string }[]) => users.map((u) => u.email).sort();

beforeEach(async () => {
  sink.received.length = 0;
  sink.refused.clear();
  // The other files' open periods would get reminders when the clock moves: only this bureau's count here.
  await db.reportingPeriod.updateMany({ where: { status: "OPEN" }, data: { deadline: null } });
  bureau = await createReportingBureau(db);
  const opened = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "2025-06-20" }, "ja");
  if (!opened.ok) throw new Error("could not open a period");
  periodId = opened.data.periodId;
  reportId = (await db.progressReport.findFirstOrThrow({ where: { periodId } })).id;
});

const authors = () => emails(bureau.users.owner, bureau.users.sharing);
const submit = async (version: number) => {
  await saveProgressDraft(bureau.users.owner.actor, { reportId, version, progressText: `第${version}版の進捗。`, status: "ON_TRACK" }, "ja");
  expect((await submitProgress(bureau.users.owner.actor, { reportId, version: version + 1, confirmUnchanged: true }, "ja")).ok).toBe(true);
};

describe("every event mails the right people and no one else", () => {
  it("period opened: the owning and co-editing sections' staff, naming the issue, the date in wareki, the deadline and the link", async () => {
    await deliver();
    expect(arrivedTo()).toEqual(authors());
    const [mail] = sink.to(bureau.users.owner.email);
    const issue = await db.issue.findFirstOrThrow({ where: { id: bureau.issueId } });
    expect(mail!.subject).toBe(`【報告開始】${issue.code} ${issue.name}（令和7年5月31日時点）`);
    expect(mail!.text).toContain("提出期限: 令和7年6月20日");
    expect(mail!.text).toContain(`http://localhost:3000/reports/${reportId}`);
    expect(mail!.html).toContain(`<a href="http://localhost:3000/reports/${reportId}">`);
    // The portal list has one each, for the same people.
    const listed = await db.notification.findMany({ where: { reportId, kind: "PERIOD_OPENED" }, select: { userId: true } });
    expect(listed.map((n) => n.userId).sort()).toEqual([bureau.users.owner.id, bureau.users.sharing.id].sort());
  });

  it("submitted: the bureau's managers; returned: the authors with the comment; approved: the authors", async () => {
    await deliver();
    sink.received.length = 0;
    await submit(1);
    await deliver();
    expect(arrivedTo()).toEqual(emails(bureau.users.manager));
    expect(sink.received[0]!.subject).toMatch(/^【審査依頼】/);

    sink.received.length = 0;
    expect((await reviewProgress(bureau.users.manager.actor, { reportId, version: 3, decision: "return", comment: "指標の実績を確認してください。" }, "ja")).ok).toBe(true);
    await deliver();
    expect(arrivedTo()).toEqual(authors());
    expect(sink.to(bureau.users.sharing.email)[0]!.text).toContain("コメント: 指標の実績を確認してください。");

    sink.received.length = 0;
    await submit(4);
    await reviewProgress(bureau.users.manager.actor, { reportId, version: 6, decision: "approve", comment: "" }, "ja");
    await deliver();
    expect(sink.received.map((m) => `${m.subject!.replace(/】.*/, "】")} ${recipients(m)}`).sort()).toEqual(
      [...emails(bureau.users.manager).map((e) => `【審査依頼】 ${e}`), ...authors().map((e) => `【承認】 ${e}`)].sort(),
    );
  });

  it("withdrawn: the bureau's managers hear that the submission they were asked to review is gone, the authors nothing", async () => {
    await submit(1);
    await deliver();
    sink.received.length = 0;
    expect((await withdrawProgress(bureau.users.owner.actor, { reportId, version: 3 }, "ja")).ok).toBe(true);
    await deliver();
    expect(arrivedTo()).toEqual(emails(bureau.users.manager));
    expect(sink.received[0]!.subject).toMatch(/^【提出取り下げ】/);
    expect(sink.received[0]!.text).toContain(`http://localhost:3000/reports/${reportId}`);
    const listed = await db.notification.findMany({ where: { reportId, kind: "REPORT_WITHDRAWN" }, select: { userId: true } });
    expect(listed.map((n) => n.userId)).toEqual([bureau.users.manager.id]);
  });

  it("a withdrawal refused (already approved) tells no one", async () => {
    await submit(1);
    expect((await reviewProgress(bureau.users.manager.actor, { reportId, version: 3, decision: "approve", comment: "" }, "ja")).ok).toBe(true);
    expect((await withdrawProgress(bureau.users.owner.actor, { reportId, version: 4 }, "ja")).ok).toBe(false);
    expect(await db.notification.count({ where: { reportId, kind: "REPORT_WITHDRAWN" } })).toBe(0);
  });

  it("reopened: the authors; a user who chose English gets English; mail off for a kind leaves only the portal entry", async () => {
    await db.user.update({ where: { id: bureau.users.sharing.id }, data: { locale: "en" } });
    await db.notificationMailPreference.create({ data: { userId: bureau.users.owner.id, kind: "PERIOD_REOPENED", mail: false } });
    await closePeriod(bureau.users.manager.actor, { periodId }, "ja");
    await deliver();
    sink.received.length = 0;
    expect((await reopenPeriod(bureau.users.admin.actor, { periodId, reason: "誤りの訂正" }, "ja")).ok).toBe(true);
    await deliver();
    expect(arrivedTo()).toEqual(emails(bureau.users.sharing));
    expect(sink.received[0]!.subject).toMatch(/^\[Period reopened\] .* \(as of 2025-05-31 \(Reiwa 7, May 31\)\)$/);
    expect(await db.notification.count({ where: { reportId, kind: "PERIOD_REOPENED" } })).toBe(2);
  });

  it("a password reset mails the link to the user alone, and the link is not kept once sent", async () => {
    await deliver();
    sink.received.length = 0;
    const issued = await issuePasswordLink(bureau.users.admin.actor, { userId: bureau.users.viewer.id }, "ja");
    if (!issued.ok) throw new Error("no link");
    await deliver();
    expect(arrivedTo()).toEqual(emails(bureau.users.viewer));
    expect(sink.received[0]!.text).toContain(issued.data.token);
    const stored = await db.outboxMail.findFirstOrThrow({ where: { notification: { userId: bureau.users.viewer.id, kind: "PASSWORD_RESET" } } });
    expect(stored).toMatchObject({ state: "SENT", text: "", html: "" });
  });
});

describe("never lost", () => {
  it("a rolled-back change writes no notification and sends nothing", async () => {
    await deliver();
    sink.received.length = 0;
    // A fault while the second author's mail is written: the whole submit must roll back.
    const trap = bureau.users.manager.email;
    if (provider === "sqlite") {
      await db.$executeRawUnsafe(`CREATE TRIGGER mail_fault BEFORE INSERT ON "OutboxMail" WHEN NEW."to" = '${trap}' BEGIN SELECT RAISE(ABORT, 'injected fault'); END`);
    } else {
      await db.$executeRawUnsafe(`CREATE FUNCTION mail_fault() RETURNS trigger AS $$ BEGIN IF NEW."to" = '${trap}' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
      await db.$executeRawUnsafe(`CREATE TRIGGER mail_fault BEFORE INSERT ON "OutboxMail" FOR EACH ROW EXECUTE FUNCTION mail_fault()`);
    }
    try {
      await saveProgressDraft(bureau.users.owner.actor, { reportId, version: 1, progressText: "新しい進捗。", status: "ON_TRACK" }, "ja");
      await expect(submitProgress(bureau.users.owner.actor, { reportId, version: 2, confirmUnchanged: true }, "ja")).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER mail_fault${provider === "sqlite" ? "" : ` ON "OutboxMail"`}`);
      if (provider === "postgresql") await db.$executeRawUnsafe(`DROP FUNCTION mail_fault()`);
    }
    expect(await db.progressReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ workflowState: "DRAFT", version: 2 });
    expect(await db.notification.count({ where: { reportId, kind: "REPORT_SUBMITTED" } })).toBe(0);
    await deliver();
    expect(sink.received).toEqual([]);
  });

  it("SMTP down for a while: retried with backoff, nothing lost, each delivered once after it is back", async () => {
    await sink.stop();
    await deliver();
    const waiting = await db.outboxMail.findMany({ where: { notification: { reportId } } });
    expect(waiting).toHaveLength(2);
    expect(waiting.every((m) => m.state === "PENDING" && m.attempts === 1 && m.lastError !== null)).toBe(true);
    await sink.start();
    await new Promise((resolve) => setTimeout(resolve, 120));
    await deliver();
    expect(arrivedTo()).toEqual(authors());
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(2);
  });

  it("a refused recipient is recorded as failed and does not hold up the others", async () => {
    sink.refused.add(bureau.users.owner.email);
    await deliver();
    expect(arrivedTo()).toEqual(emails(bureau.users.sharing));
    const failed = await db.outboxMail.findFirstOrThrow({ where: { to: bureau.users.owner.email } });
    expect(failed).toMatchObject({ state: "FAILED", attempts: 1 });
    expect(failed.lastError).toMatch(/550/);
  });
});

describe("never twice", () => {
  it.runIf(provider === "postgresql")("two worker processes racing over one queue: each mail arrives exactly once (by Message-ID)", async () => {
    await deliver();
    sink.received.length = 0;
    const count = 200;
    await db.outboxMail.createMany({
      data: Array.from({ length: count }, (_, i) => ({ to: `race-${i}@example.jp`, subject: `race ${i}`, text: "race", html: "<p>race</p>", messageId: newMessageId() })),
    });
    const run = promisify(execFile);
    const env = { ...process.env, ...sink.env() };
    const workers = await Promise.all([0, 1].map(() => run("npx", ["tsx", "--conditions=react-server", "tests/support/race-worker.ts"], { env, cwd: process.cwd() })));
    const sentBy = workers.map((w) => (JSON.parse(w.stdout.trim().split("\n").pop()!) as { sent: number }).sent);
    // Both took part, and between them sent each mail once.
    expect(sentBy.every((n) => n > 0)).toBe(true);
    expect(sentBy[0]! + sentBy[1]!).toBe(count);
    const ids = sink.received.map((m) => m.messageId);
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);
  }, 120_000);
});

describe("daily digest", () => {
  it("a manager who chose the digest gets one mail for the day's notifications, once", async () => {
    await deliver();
    sink.received.length = 0;
    await db.user.update({ where: { id: bureau.users.manager.id }, data: { mailDigest: true } });
    await submit(1);
    await deliver();
    expect(sink.received).toEqual([]);
    const day = (await db.notification.findFirstOrThrow({ where: { reportId, kind: "REPORT_SUBMITTED" } })).createdAt;
    const nextDay = new Date(day.getTime() + 24 * 60 * 60 * 1000);
    await deliver(nextDay);
    await deliver(nextDay);
    expect(arrivedTo()).toEqual(emails(bureau.users.manager));
    expect(sink.received[0]!.subject).toMatch(/^【政策管理ポータル】.*の通知（1件）$/);
    expect(sink.received[0]!.text).toContain("【審査依頼】");
  });
});

describe("reminders", () => {
  const at = (iso: string) => new Date(iso);
  it("crossing the deadline with the worker restarted between rounds: each reminder once, to the right people", async () => {
    await deliver();
    sink.received.length = 0;
    const fresh = () => createSmtpSender(readMailConfig({ ...process.env, ...sink.env() }))!;
    // Each round below is a new worker (a restart): all it knows is in the database.
    const round = async (now: Date) => {
      const restarted = fresh();
      try {
        await runWorkerRound({ ...worker(), sender: restarted }, now);
      } finally {
        restarted.close();
      }
    };
    const subjects = () => sink.received.map((m) => `${m.subject!.replace(/】.*/, "】")} ${recipients(m)}`).sort();
    await round(at("2025-06-12T00:00:00Z")); // 8 days before (Japan): nothing yet
    expect(sink.received).toEqual([]);
    await round(at("2025-06-13T00:00:00Z")); // 7 days before
    await round(at("2025-06-13T05:00:00Z"));
    await round(at("2025-06-16T00:00:00Z")); // still within the 7-day reminder
    expect(subjects()).toEqual(authors().map((e) => `【提出期限まで7日】 ${e}`));
    sink.received.length = 0;
    await round(at("2025-06-18T15:30:00Z")); // 2025-06-19 in Japan: 1 day before
    await round(at("2025-06-19T01:00:00Z"));
    expect(subjects()).toEqual(authors().map((e) => `【提出期限まで1日】 ${e}`));
    sink.received.length = 0;
    await round(at("2025-06-20T14:59:00Z")); // the deadline day, 23:59 in Japan: not passed
    expect(sink.received).toEqual([]);
    await round(at("2025-06-20T15:01:00Z")); // passed: authors and the bureau's managers, who also get the briefing book (decision 072)
    await round(at("2025-06-21T03:00:00Z"));
    expect(subjects()).toEqual([...[...authors(), ...emails(bureau.users.manager)].map((e) => `【提出期限超過】 ${e}`), ...emails(bureau.users.manager).map((e) => `【ブリーフィング資料】 ${e}`)].sort());
  });

  it("a period opened with its own reminder days reminds on those days only", async () => {
    const other = await createReportingBureau(db);
    const opened = await openPeriod(other.users.manager.actor, { bureauId: other.bureauId, asOfDate: "2025-05-31", deadline: "2025-06-20", reminderDays: "3、10, 3" }, "ja");
    if (!opened.ok) throw new Error("could not open a period");
    expect(await db.reportingPeriod.findUniqueOrThrow({ where: { id: opened.data.periodId } })).toMatchObject({ reminderDays: "10,3" });
    expect(await openPeriod(other.users.manager.actor, { bureauId: other.bureauId, asOfDate: "2025-06-30", deadline: "", reminderDays: "7,99" }, "ja")).toMatchObject({ ok: false, kind: "invalid" });
    const reminded = () => db.notification.count({ where: { userId: other.users.owner.id, kind: "DEADLINE_SOON" } });
    await deliver(at("2025-06-09T00:00:00Z")); // 11 days before: none due
    expect(await reminded()).toBe(0);
    await deliver(at("2025-06-13T00:00:00Z")); // the 10-day reminder, caught up by a worker that was not running on its day
    await deliver(at("2025-06-14T00:00:00Z"));
    expect(await reminded()).toBe(1);
    await deliver(at("2025-06-17T00:00:00Z")); // 3 days before
    expect(await reminded()).toBe(2);
  });

  it("a submitted report gets no reminder", async () => {
    await submit(1);
    await deliver(at("2025-06-19T01:00:00Z"));
    expect(sink.received.map((m) => m.subject).filter((s) => s?.includes("提出期限"))).toEqual([]);
  });
});

describe("the portal list and the admins' resend", () => {
  it("marks only one's own notification read and hands back its report; an admin puts a failed mail back in the queue", async () => {
    const mine = await db.notification.findFirstOrThrow({ where: { reportId, userId: bureau.users.owner.id } });
    expect(await markNotificationsRead(bureau.users.sharing.actor, { notificationId: mine.id }, "ja")).toMatchObject({ ok: false, kind: "not-found" });
    expect(await markNotificationsRead(bureau.users.owner.actor, { notificationId: mine.id }, "ja")).toEqual({ ok: true, data: { reportId, periodId } });
    expect(await db.notification.count({ where: { reportId, readAt: null } })).toBe(1);

    sink.refused.add(bureau.users.owner.email);
    await deliver();
    const failed = await db.outboxMail.findFirstOrThrow({ where: { to: bureau.users.owner.email, state: "FAILED" } });
    sink.refused.clear();
    sink.received.length = 0;
    expect(await resendMail(bureau.users.manager.actor, { mailId: failed.id }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    expect((await resendMail(bureau.users.admin.actor, { mailId: failed.id }, "ja")).ok).toBe(true);
    await deliver();
    expect(arrivedTo()).toEqual(emails(bureau.users.owner));
    expect(await db.auditEntry.count({ where: { entityId: failed.id, action: "mail.resend" } })).toBe(1);
  });
});

describe("preferences", () => {
  it("keeps the kinds left unticked as portal-only and the mail language; the digest is for managers only", async () => {
    const result = await saveNotificationPreferences(bureau.users.owner.actor, { mailKinds: ["REPORT_RETURNED", "REPORT_APPROVED"], digest: true, locale: "en" }, "ja");
    expect(result.ok).toBe(true);
    const owner = await db.user.findUniqueOrThrow({ where: { id: bureau.users.owner.id }, include: { mailPreferences: true } });
    expect(owner).toMatchObject({ locale: "en", mailDigest: false });
    expect(owner.mailPreferences.map((p) => p.kind).sort()).toEqual(["BRIEFING_READY", "DEADLINE_PASSED", "DEADLINE_SOON", "PERIOD_OPENED", "PERIOD_REOPENED", "REPORT_SUBMITTED", "REPORT_WITHDRAWN"]);
    await saveNotificationPreferences(bureau.users.manager.actor, { mailKinds: [], digest: true, locale: "ja" }, "ja");
    expect(await db.user.findUniqueOrThrow({ where: { id: bureau.users.manager.id } })).toMatchObject({ mailDigest: true });
  });
});
