import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { updateIssueText } from "@/lib/commands/issues";
import { openPeriod } from "@/lib/commands/periods";
import { saveProgressDraft } from "@/lib/commands/progress";
import { listAllAuditEntries } from "@/lib/data/audit-log";
import { labelAuditEntries } from "@/lib/data/audit-targets";
import { db } from "@/lib/db";
import { exportAuditLog } from "@/lib/export/audit-log-export";
import { runExport } from "@/lib/export/run-export";
import { createTranslator, type Locale } from "@/lib/i18n/messages";
import { parseAuditFilters } from "@/lib/validation/audit";
import { createReportingBureau } from "@/tests/factories/reporting";

// The log names each action and target as an auditor reads them, and its
// exports keep the recorded values beside those names.
let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let bureauName: string;
let issueName: string;
let filters: ReturnType<typeof parseAuditFilters>;

beforeAll(async () => {
  bureau = await createReportingBureau(db);
  const row = await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } });
  bureauName = row.name;
  filters = parseAuditFilters({ bureau: row.code });
  const issue = await db.issue.findUniqueOrThrow({ where: { id: bureau.issueId } });
  issueName = issue.name;
  const { manager, admin, owner, auditor } = bureau.users;
  await updateIssueText(manager.actor, { ...issue, issueId: issue.id, summaryBullets: "要旨", content: "改めた内容" }, "ja");
  const opened = await openPeriod(admin.actor, { bureauId: bureau.bureauId, asOfDate: "2025-05-31", deadline: "" }, "ja");
  if (!opened.ok) throw new Error("could not open a period");
  const report = await db.progressReport.findFirstOrThrow({ where: { periodId: opened.data.periodId } });
  const saved = await saveProgressDraft(owner.actor, { reportId: report.id, version: report.version, progressText: "進めた。", status: "ON_TRACK" }, "ja");
  if (!saved.ok) throw new Error("could not save a draft");
  await runExport(auditor, { bureau: row.code, date: "2024-11-30", format: "csv" }, createTranslator("ja"));
});

async function labelled(locale: Locale) {
  const entries = await listAllAuditEntries(bureau.users.auditor.actor, filters);
  return (await labelAuditEntries(entries, createTranslator(locale), locale)).map((e) => [e.action, e.actionLabel, e.entityLabel]);
}

describe("the audit log in people's words", () => {
  it("names every action and target in Japanese", async () => {
    expect(await labelled("ja")).toEqual([
      ["document.import", "方針の取り込み", `局区Ｘ方針〈${bureauName}〉令和6年度`],
      ["issue.update", "課題①〜④の編集", `A(1) ${issueName}（${bureauName} 令和6年度）`],
      ["period.open", "報告期間の開始", `報告期間 令和7年5月31日〈${bureauName}〉`],
      ["progress.save", "進捗報告⑤の保存", `A(1) ${issueName} の⑤（令和7年5月31日時点）`],
      ["export.csv", "方針のCSV出力", `${bureauName}の令和6年11月30日時点の方針`],
    ]);
  });

  it("and in English", async () => {
    expect(await labelled("en")).toEqual([
      ["document.import", "Document imported", `Bureau policy document ⟨${bureauName}⟩ FY2024`],
      ["issue.update", "Issue ①–④ edited", `A(1) ${issueName} (${bureauName}, FY2024)`],
      ["period.open", "Reporting period opened", `Reporting period 2025-05-31 ⟨${bureauName}⟩`],
      ["progress.save", "Progress report ⑤ saved", `A(1) ${issueName}: ⑤ as of 2025-05-31`],
      ["export.csv", "Document exported as CSV", `${bureauName}'s document as of 2024-11-30`],
    ]);
  });

  it("names a bureau by its name", async () => {
    const [entry] = await labelAuditEntries([{ action: "document.importRefused", entityType: "Bureau", entityId: bureau.bureauId }], createTranslator("ja"), "ja");
    expect([entry!.actionLabel, entry!.entityLabel]).toEqual(["方針の取り込み（拒否）", bureauName]);
  });

  it("names the city, a bureau's section and their changes in the reader's language", async () => {
    const city = await db.city.findFirstOrThrow();
    const section = await db.section.findFirstOrThrow({ where: { bureauId: bureau.bureauId, name: "企画課" } });
    const entries = [
      { action: "city.update", entityType: "City", entityId: city.id },
      { action: "section.update", entityType: "Section", entityId: section.id },
    ];
    const ja = await labelAuditEntries(entries, createTranslator("ja"), "ja");
    expect(ja.map((e) => e.entityLabel)).toEqual([city.name, `企画課〈${bureauName}〉`]);
    const en = await labelAuditEntries(entries, createTranslator("en"), "en");
    expect(en.map((e) => e.entityLabel)).toEqual([city.name, `企画課 (${bureauName})`]);
    // Once gone, the kind is still named.
    const [gone] = await labelAuditEntries([{ action: "section.create", entityType: "Section", entityId: "no-such-section" }], createTranslator("ja"), "ja");
    expect(gone!.entityLabel).toBe("課 no-such-section");
  });

  it("names a target that is gone, or an action it does not know, by what was recorded", async () => {
    const t = createTranslator("ja");
    const [gone, unknown] = await labelAuditEntries(
      [
        { action: "document.import", entityType: "PolicyDocument", entityId: "cm-gone" },
        { action: "legacy.thing", entityType: "Widget", entityId: "w1" },
      ],
      t,
      "ja",
    );
    expect([gone!.actionLabel, gone!.entityLabel]).toEqual(["方針の取り込み", "局区Ｘ方針 cm-gone"]);
    expect([unknown!.actionLabel, unknown!.entityLabel]).toEqual(["legacy.thing", "Widget w1"]);
  });

  it("exports the names beside the recorded values, in CSV and JSON", async () => {
    const auditor = bureau.users.auditor;
    const csv = parse((await exportAuditLog(auditor, filters, "csv", createTranslator("ja"), "ja")).body.toString("utf8"), { bom: true }) as string[][];
    expect(csv[0]!.slice(3, 8)).toEqual(["操作", "操作名", "対象の種類", "対象", "対象名"]);
    const document = await db.policyDocument.findFirstOrThrow({ where: { bureauId: bureau.bureauId } });
    expect(csv[1]!.slice(3, 8)).toEqual(["document.import", "方針の取り込み", "PolicyDocument", document.id, `局区Ｘ方針〈${bureauName}〉令和6年度`]);

    const json = JSON.parse((await exportAuditLog(auditor, filters, "json", createTranslator("en"), "en")).body.toString("utf8"));
    expect(json.entries[0]).toMatchObject({
      action: "document.import",
      actionLabel: "Document imported",
      entityType: "PolicyDocument",
      entityId: document.id,
      entityLabel: `Bureau policy document ⟨${bureauName}⟩ FY2024`,
    });
    // The CSV export just made is itself in the log, under its own name.
    const [last] = await labelAuditEntries(
      await db.auditEntry.findMany({ where: { action: "export.audit", actorId: auditor.id }, orderBy: { id: "asc" }, take: 1 }),
      createTranslator("ja"),
      "ja",
    );
    expect([last!.actionLabel, last!.entityLabel]).toEqual(["監査ログの出力", "監査ログ（CSV）"]);
  });
});
