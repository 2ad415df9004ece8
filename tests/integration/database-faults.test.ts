import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { openPeriod } from "@/lib/commands/periods";
import { saveProgressDraft } from "@/lib/commands/progress";
import { db } from "@/lib/db";
import { providerOf } from "@/lib/db/provider";
import { createReportingBureau } from "@/tests/factories/reporting";

// A save is its report change and its audit entry together, or nothing; after
// the database comes back, the same process carries on without a restart.
const url = process.env.DATABASE_URL!;
const provider = providerOf(url);

let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let reportId: string;

beforeEach(async () => {
  bureau = await createReportingBureau(db);
  const opened = await openPeriod(bureau.users.manager.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
  if (!opened.ok) throw new Error("could not open a period");
  reportId = (await db.progressReport.findFirstOrThrow({ where: { periodId: opened.data.periodId } })).id;
});

const save = (progressText: string, version = 1) =>
  saveProgressDraft(bureau.users.owner.actor, { reportId, version, progressText, status: "ON_TRACK" }, "ja");
const stored = async () => ({
  text: (await db.progressReport.findUniqueOrThrow({ where: { id: reportId } })).progressText,
  audits: await db.auditEntry.count({ where: { entityId: reportId, action: "progress.save" } }),
});

/** The local PostgreSQL server, stopped and started as its administrator would (CI runs on this machine's server). */
function postgres(action: "stop" | "start") {
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", "15", "main", action, ...(action === "stop" ? ["-m", "fast"] : [])], { stdio: "ignore" });
}

async function waitForDatabase() {
  for (let i = 0; i < 60; i++) {
    try {
      await db.$queryRawUnsafe("SELECT 1");
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error("the database did not come back");
}

// Each engine's fault is its own: the suite for the other engine is not defined at all.
if (provider === "postgresql") describe("PostgreSQL stops in the middle of a save", () => {
  it("keeps neither the report change nor its audit entry, and the next save works without a restart", async () => {
    const before = await stored();
    try {
      await expect(
        db.$transaction(async (tx) => {
          await tx.progressReport.update({ where: { id: reportId }, data: { progressText: "停止直前の保存", version: { increment: 1 } } });
          postgres("stop");
          await recordAudit(tx, { actorId: bureau.users.owner.id, action: "progress.save", entityType: "ProgressReport", entityId: reportId, bureauId: bureau.bureauId });
        }),
      ).rejects.toThrow();
      // While it is down, a save fails with an error (the action turns it into a message) and writes nothing.
      await expect(save("停止中の保存")).rejects.toThrow();
    } finally {
      postgres("start");
    }
    await waitForDatabase();
    expect(await stored()).toEqual(before);
    expect(await save("再開後の保存")).toMatchObject({ ok: true });
    expect(await stored()).toEqual({ text: "再開後の保存", audits: before.audits + 1 });
  }, 60_000);
});

if (provider === "sqlite") describe("the SQLite file is locked by another process", () => {
  it("fails the save after the busy timeout without a partial write, and saves once the lock is gone", async () => {
    const before = await stored();
    const other = new Database(url.replace(/^file:/, ""));
    other.exec("BEGIN EXCLUSIVE");
    try {
      await expect(save("ロック中の保存")).rejects.toThrow();
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect(await stored()).toEqual(before);
    expect(await save("ロック解除後の保存")).toMatchObject({ ok: true });
    expect(await stored()).toEqual({ text: "ロック解除後の保存", audits: before.audits + 1 });
  }, 30_000);
});
