import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { importDocument } from "@/lib/commands/import-document";
import { reopenPeriod } from "@/lib/commands/periods";
import { db } from "@/lib/db";
import { seisakukyokuR6 } from "@/prisma/seed-data/seisakukyoku-r6";
import { createUser } from "@/tests/factories/documents";
import { randomBytes } from "node:crypto";

const text = readFileSync(path.join(import.meta.dirname, "../fixtures/seisakukyoku-R6-11.txt"), "utf8");

let bureauId: string;
let manager: Awaited<ReturnType<typeof createUser>>;
beforeEach(async () => {
  const city = await db.city.findFirstOrThrow({ where: { code: "kitakyushu" } });
  const id = randomBytes(4).toString("hex");
  bureauId = (await db.bureau.create({ data: { cityId: city.id, code: `import-${id}`, name: `取込局${id}`, kind: "BUREAU" } })).id;
  manager = await createUser(db, { role: "MANAGER", bureauId });
});

const documents = () => db.policyDocument.count({ where: { bureauId } });

async function reopenForTest(asOfDate: string) {
  const admin = await createUser(db, { role: "ADMIN" });
  const period = await db.reportingPeriod.findFirstOrThrow({ where: { bureauId, asOfDate: new Date(`${asOfDate}T00:00:00Z`) } });
  expect(await reopenPeriod(admin.actor, { periodId: period.id, reason: "課題の追加のため" }, "ja")).toMatchObject({ ok: true });
}

const reportsIn = (asOfDate: string) => db.progressReport.count({ where: { period: { bureauId, asOfDate: new Date(`${asOfDate}T00:00:00Z`) } } });

describe("an import and the reporting periods (issue 19, finding 6)", () => {
  it("refuses a document whose reporting date is outside its fiscal year, with an audited, explained refusal", async () => {
    const result = await importDocument(manager.actor, { bureauId, fiscalYear: "2030", text, confirm: true }, "ja");
    expect(result).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { text: [expect.stringContaining("令和6年11月30日")] } });
    expect(await documents()).toBe(0);
    expect(await reportsIn("2024-11-30")).toBe(0);
    const refusal = await db.auditEntry.findFirstOrThrow({ where: { bureauId, action: "document.importRefused" } });
    expect(refusal.actorId).toBe(manager.id);
    // The preview says so before anyone saves.
    const preview = await importDocument(manager.actor, { bureauId, fiscalYear: "2030", text }, "ja");
    expect(preview.ok && preview.data.problems.some((p) => p.includes("令和12年度"))).toBe(true);
    // One rule with the periods (reportingFiscalYear): an April or May date reports on the year just
    // ended, so it is not a date of the new year's document.
    const april = await importDocument(manager.actor, { bureauId, fiscalYear: "2025", text, corrections: { reportingDate: "2025-04-30" } }, "ja");
    expect(april.ok && april.data.problems.some((p) => p.includes("令和7年4月30日") && p.includes("令和7年度"))).toBe(true);
  });

  it("never adds reports to a closed period: the closed 2024-11-30 period keeps its ten reports", async () => {
    await importDocument(manager.actor, { bureauId, fiscalYear: "2024", text, confirm: true }, "ja");
    expect(await reportsIn("2024-11-30")).toBe(10);
    const extra = `${text}\n課題Ｃ（２）\n① 課題名\n  新しい課題\n② 課題の内容\n  内容。\n③ 課題の背景\n  背景。\n④ 課題への対応\n  対応。\n⑤ 取組みの進捗状況、取組結果（令和６年 11月末時点）\n  進捗。\n`;
    const result = await importDocument(manager.actor, { bureauId, fiscalYear: "2024", text: extra, confirm: true }, "ja");
    expect(result).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { text: [expect.stringContaining("締め切られています")] } });
    expect(await reportsIn("2024-11-30")).toBe(10);
    expect(await db.issue.count({ where: { document: { bureauId } } })).toBe(10);
    expect(await db.auditEntry.count({ where: { bureauId, action: "document.importRefused" } })).toBe(1);
  });

  it("never writes a new document's approved reports into a period that exists", async () => {
    await db.reportingPeriod.create({ data: { bureauId, asOfDate: new Date("2024-11-30T00:00:00Z"), fiscalYear: 2024, status: "OPEN" } });
    const result = await importDocument(manager.actor, { bureauId, fiscalYear: "2024", text, confirm: true }, "ja");
    expect(result).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { text: [expect.stringContaining("すでにあります")] } });
    expect(await reportsIn("2024-11-30")).toBe(0);
    expect(await documents()).toBe(0);
  });
});

describe("importing a 局区Ｘ方針", () => {
  it("previews without writing, then saves the document as the seed holds it, with an audit entry", async () => {
    const preview = await importDocument(manager.actor, { bureauId, fiscalYear: "2024", text }, "ja");
    expect(preview).toMatchObject({ ok: true, data: { saved: false, plan: { kind: "create" } } });
    expect(await documents()).toBe(0);

    const saved = await importDocument(manager.actor, { bureauId, fiscalYear: "2024", text, confirm: "true" }, "ja");
    expect(saved).toMatchObject({ ok: true, data: { saved: true } });
    const document = await db.policyDocument.findFirstOrThrow({
      where: { bureauId },
      include: { issues: { orderBy: { sortOrder: "asc" }, include: { progressReports: { include: { period: true } }, area: true } } },
    });
    expect(document.mission).toBe(seisakukyokuR6.mission);
    for (const seed of seisakukyokuR6.issues) {
      const issue = document.issues.find((i) => i.code === seed.code)!;
      expect([issue.name, issue.content, issue.background, issue.measures, issue.matrixTitle, issue.area.code]).toEqual([
        seed.name, seed.content, seed.background, seed.measures, seed.matrixTitle, seed.area,
      ]);
      expect(issue.summaryBullets).toEqual(seed.summaryBullets);
      expect(issue.progressReports[0]?.progressText).toBe(seed.progress.text);
      expect(issue.progressReports[0]?.period.asOfDate.toISOString()).toBe("2024-11-30T00:00:00.000Z");
      expect(issue.progressReports[0]?.updatedAt.toISOString()).toBe("2024-11-30T00:00:00.000Z");
    }
    expect(await db.auditEntry.count({ where: { entityId: document.id, action: "document.import", actorId: manager.id } })).toBe(1);
  });

  it("shows what changed on a second import and updates instead of duplicating", async () => {
    await importDocument(manager.actor, { bureauId, fiscalYear: "2024", text, confirm: true }, "ja");
    const changed = text.replace("連携自治体との勉強会や会議を開催する。", "連携自治体との勉強会や会議を年４回開催する。");
    const extra = `${changed}\n課題Ｃ（２）\n① 課題名\n  新しい課題\n② 課題の内容\n  内容。\n③ 課題の背景\n  背景。\n④ 課題への対応\n  対応。\n⑤ 取組みの進捗状況、取組結果（令和６年 11月末時点）\n  進捗。\n`;
    const preview = await importDocument(manager.actor, { bureauId, fiscalYear: "2024", text: extra }, "ja");
    expect(preview).toMatchObject({
      ok: true,
      data: { saved: false, plan: { kind: "update", missionChanged: false, added: ["C(2)"], missing: [], changes: [{ code: "B(3)", field: "measures" }] } },
    });
    // The 2024-11-30 period is closed: adding C(2)'s ⑤ to it waits until an admin reopens it.
    await reopenForTest("2024-11-30");
    expect((await importDocument(manager.actor, { bureauId, fiscalYear: "2024", text: extra, confirm: true }, "ja")).ok).toBe(true);
    expect(await documents()).toBe(1);
    const b3 = await db.issue.findFirstOrThrow({ where: { code: "B(3)", document: { bureauId } }, include: { revisions: true } });
    expect(b3.measures).toContain("年４回開催する。");
    expect(b3.revisions.map((r) => r.version).sort()).toEqual([1, 2]);
    const c2 = await db.issue.findFirstOrThrow({ where: { code: "C(2)", document: { bureauId } }, include: { progressReports: true } });
    expect(c2).toMatchObject({ name: "新しい課題", measuresHeading: "課題への対応" });
    expect(c2.progressReports[0]).toMatchObject({ progressText: "進捗。", workflowState: "DRAFT" });
    // A report added by the import is the document's, dated by its reporting date.
    expect(c2.progressReports[0]?.updatedAt.toISOString()).toBe("2024-11-30T00:00:00.000Z");
    expect(await db.auditEntry.count({ where: { bureauId, action: "document.reimport" } })).toBe(1);
  });

  it("refuses staff and managers of other bureaus, and explains malformed text; nothing is written", async () => {
    const staff = await createUser(db, { role: "STAFF", bureauId });
    const otherManager = await createUser(db, { role: "MANAGER", bureauId: (await db.bureau.findFirstOrThrow({ where: { code: "seisaku" } })).id });
    for (const actor of [staff.actor, otherManager.actor]) {
      expect(await importDocument(actor, { bureauId, fiscalYear: 2024, text, confirm: true }, "ja")).toMatchObject({ ok: false, kind: "forbidden" });
    }
    expect(await importDocument(manager.actor, { bureauId, fiscalYear: 2024, text: "議事録です。", confirm: true }, "ja")).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { text: ["課題（「課題Ａ（１）」のような見出し）が見つかりません。局区Ｘ方針のテキストか確認してください。"] },
    });
    const noProgress = text.slice(0, text.indexOf("⑤", text.indexOf("課題Ｃ（１）")));
    expect(await importDocument(manager.actor, { bureauId, fiscalYear: 2024, text: noProgress, confirm: true }, "en")).toMatchObject({
      ok: false,
      fieldErrors: { text: ["C(1): ⑤ progress is missing."] },
    });
    expect(await documents()).toBe(0);
  });
});

describe("impossible wareki dates", () => {
  it("refuses a ⑤ dated 平成31年5月1日, naming the date as written, until the reporting date is corrected", async () => {
    // B(3)'s ⑤ heading mistyped with an era that had ended: the other issues still say 令和６年 11月末.
    const at = text.indexOf("（令和６年 11月末時点）", text.indexOf("課題Ｂ（３）"));
    const typo = `${text.slice(0, at)}（平成31年5月1日時点）${text.slice(at + "（令和６年 11月末時点）".length)}`;
    const refused = await importDocument(manager.actor, { bureauId, fiscalYear: 2024, text: typo, confirm: true }, "ja");
    expect(refused).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { text: ["B(3)の⑤の日付「平成31年5月1日」は存在しない日付です（その元号が終わった後の日付です。平成は平成31年4月30日まで）。正しい報告基準日を入力してください。"] },
    });
    expect(await documents()).toBe(0);
    const corrected = await importDocument(manager.actor, { bureauId, fiscalYear: 2024, text: typo, corrections: { reportingDate: "2024-11-30" }, confirm: true }, "ja");
    expect(corrected).toMatchObject({ ok: true, data: { saved: true } });
  });
});

describe("corrections made in the preview", () => {
  const missingB6 = text.slice(0, text.indexOf("⑤", text.indexOf("課題Ｂ（６）"))) + text.slice(text.indexOf("課題Ｃ（１）"));

  it("previews a document with a missing field, lists the problem, and saves once the preview fills it in", async () => {
    const preview = await importDocument(manager.actor, { bureauId, fiscalYear: 2024, text: missingB6 }, "ja");
    if (!preview.ok) throw new Error("the preview should show despite the missing ⑤");
    expect(preview.data.problems).toEqual(["B(6) の ⑤ 進捗状況 が見つかりません。"]);
    expect(preview.data.assignments["B(5)"]).toEqual({ owningSection: "未割当", isAffiliatedBody: true });
    expect(preview.data.assignments["A(1)"]?.isAffiliatedBody).toBe(false);
    expect(await importDocument(manager.actor, { bureauId, fiscalYear: 2024, text: missingB6, confirm: true }, "ja")).toMatchObject({ ok: false, kind: "invalid" });
    expect(await documents()).toBe(0);

    const corrections = {
      mission: "直した使命。",
      issues: {
        "B(6)": { progressText: "プレビューで補った⑤。", isAffiliatedBody: "0", owningSection: "大学政策課" },
        "A(1)": { content: "直した②。", owningSection: "ふるさと納税推進課" },
      },
    };
    const saved = await importDocument(manager.actor, { bureauId, fiscalYear: 2024, text: missingB6, corrections, confirm: true }, "ja");
    expect(saved).toMatchObject({ ok: true, data: { saved: true, problems: [] } });
    const issues = await db.issue.findMany({ where: { document: { bureauId } }, include: { owningSection: true, progressReports: true } });
    const byCode = Object.fromEntries(issues.map((i) => [i.code, i]));
    expect(byCode["A(1)"]).toMatchObject({ content: "直した②。", owningSection: { name: "ふるさと納税推進課" }, isAffiliatedBody: false });
    expect(byCode["B(6)"]).toMatchObject({ isAffiliatedBody: false, owningSection: { name: "大学政策課" } });
    expect(byCode["B(6)"]!.progressReports[0]?.progressText).toBe("プレビューで補った⑤。");
    expect(byCode["B(5)"]).toMatchObject({ isAffiliatedBody: true, owningSection: { name: "未割当" } });
    expect((await db.policyDocument.findFirstOrThrow({ where: { bureauId } })).mission).toBe("直した使命。");
    expect(await db.auditEntry.count({ where: { bureauId, action: "document.import" } })).toBe(1);
  });

  it("refuses an over-long correction with a message at that field, and writes nothing", async () => {
    const corrections = { issues: { "A(1)": { content: "あ".repeat(4001) } } };
    const result = await importDocument(manager.actor, { bureauId, fiscalYear: 2024, text, corrections, confirm: true }, "ja");
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    expect(Object.keys(result.ok ? {} : (result as { fieldErrors: object }).fieldErrors)).toEqual(["corrections.issues.A(1).content"]);
    expect(await documents()).toBe(0);
  });
});
