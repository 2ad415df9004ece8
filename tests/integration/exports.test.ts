import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { updateIssueText } from "@/lib/commands/issues";
import { openPeriod } from "@/lib/commands/periods";
import { reviewProgress, saveProgressDraft, submitProgress } from "@/lib/commands/progress";
import { getExportData } from "@/lib/data/export-data";
import { db } from "@/lib/db";
import { extractPdfText } from "@/lib/documents/pdf-text";
import { readTaggedPdf } from "@/tests/support/tagged-pdf";
import { neutralizeFormula } from "@/lib/export/csv";
import { runExport } from "@/lib/export/run-export";
import { createTranslator } from "@/lib/i18n/messages";
import { seisakukyokuR6 } from "@/prisma/seed-data/seisakukyoku-r6";
import { createUser } from "@/tests/factories/documents";
import { createReportingBureau } from "@/tests/factories/reporting";

const t = createTranslator("ja");
const tricky = '会議を２回開催した。参加者は「市, 県, 国」の3者で、"合意" を得た。\n次回は=SUM(A1)ではなく、令和７年度に開催予定。';
const newContent = "令和７年度に改めた課題の内容。";

let bureau: Awaited<ReturnType<typeof createReportingBureau>>;
let originalContent: string;

// A bureau whose one issue has its approved 2024-11-30 report, then a later
// edit of ② and an approved 2025-05-31 report with a ⑤ full of CSV traps.
beforeAll(async () => {
  bureau = await createReportingBureau(db);
  const issue = await db.issue.findUniqueOrThrow({ where: { id: bureau.issueId } });
  originalContent = issue.content;
  const { manager, owner } = bureau.users;
  const edited = await updateIssueText(manager.actor, { ...issue, issueId: issue.id, summaryBullets: (issue.summaryBullets as string[]).join("\n"), content: newContent }, "ja");
  expect(edited.ok).toBe(true);
  const opened = await openPeriod(manager.actor, { bureauId: bureau.bureauId, asOfDate: "2026-11-30", deadline: "" }, "ja");
  if (!opened.ok) throw new Error("could not open a period");
  const report = await db.progressReport.findFirstOrThrow({ where: { periodId: opened.data.periodId } });
  const saved = await saveProgressDraft(owner.actor, { reportId: report.id, version: report.version, progressText: tricky, status: "ON_TRACK", indicators: [], milestones: [] }, "ja");
  if (!saved.ok) throw new Error("could not save");
  const submitted = await submitProgress(owner.actor, { reportId: report.id, version: saved.data.version }, "ja");
  if (!submitted.ok) throw new Error("could not submit");
  const approved = await reviewProgress(manager.actor, { reportId: report.id, version: submitted.data.version, decision: "approve", comment: "" }, "ja");
  if (!approved.ok) throw new Error(`could not approve: ${JSON.stringify(approved)}`);
});

const bureauCode = async () => (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).code;

describe("the document as of a reporting date", () => {
  it("gives ①–④ as they stood then and only the ⑤ approved for that date", async () => {
    const code = await bureauCode();
    const then = (await getExportData(bureau.users.auditor, code, "2024-11-30"))!;
    const issueThen = then.bureaus[0]!.issues[0]!;
    expect(issueThen.content).toBe(originalContent);
    expect(issueThen.version).toBe(1);
    expect(issueThen.progress?.reportingDate).toBe("2024-11-30");
    expect(issueThen.reports.map((r) => r.reportingDate)).toEqual(["2024-11-30"]);

    const later = (await getExportData(bureau.users.auditor, code, "2026-11-30"))!;
    const issueLater = later.bureaus[0]!.issues[0]!;
    expect(issueLater.content).toBe(newContent);
    expect(issueLater.version).toBe(2);
    expect(issueLater.progress?.text).toBe(tricky);
    expect(issueLater.progress?.approvedBy).toBe(bureau.users.manager.name);
    expect(await getExportData(bureau.users.auditor, code, "2020-05-31")).toBeNull();
  });

  it("renders the seed document to a PDF whose text holds every issue's ①–⑤ and the page footers", async () => {
    const auditor = await createUser(db, { role: "AUDITOR" });
    const file = (await runExport(auditor, { bureau: "seisaku", date: "2024-11-30", format: "pdf" }, t))!;
    expect(file.body.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await extractPdfText(new Uint8Array(file.body));
    const footers = text.match(/政策局-\d+/g) ?? [];
    expect(footers.length).toBeGreaterThan(3);
    expect(footers.map((f) => Number(f.split("-")[1]))).toEqual(footers.map((_, i) => i + 1));
    // Line wraps and page footers fall anywhere inside a paragraph: compare without them.
    const flat = (s: string) => s.replace(/政策局-\d+/g, "").replace(/\s+/g, "");
    const body = flat(text);
    expect(body).toContain(flat(seisakukyokuR6.mission));
    expect(body).toContain("⑤取組みの進捗状況、取組結果（令和6年11月30日時点）");
    for (const issue of seisakukyokuR6.issues) {
      for (const field of [issue.name, issue.content, issue.background, issue.measures, issue.progress.text]) expect(body).toContain(flat(field));
      for (const bullet of issue.summaryBullets) expect(body).toContain(flat(bullet));
    }
    // Tagged: every issue's heading is an H2 of the structure tree, in the document's order, across
    // pages; footers and the checkpoint are artifacts outside it.
    const { markInfo, reading } = await readTaggedPdf(file.body);
    expect(markInfo?.Marked).toBe(true);
    const issueHeadings = reading.filter((r) => r.startsWith("H2:課題"));
    expect(issueHeadings).toHaveLength(seisakukyokuR6.issues.length);
    expect(reading.filter((r) => r.startsWith("H3:⑤"))).toHaveLength(seisakukyokuR6.issues.length);
    expect(reading.some((r) => /政策局-\d+$|チェックポイント/.test(r))).toBe(false);
  }, 60_000);
});

describe("xlsx, CSV and JSON read back", () => {
  it("writes an xlsx whose sheets match the database, with real dates and frozen headers", async () => {
    const code = await bureauCode();
    const file = (await runExport(bureau.users.auditor, { bureau: code, date: "2026-11-30", format: "xlsx" }, t))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["概要", "課題（①〜④）", "進捗報告（⑤）", "指標", "マイルストーン", "監査ログ", "監査チェックポイント"]);
    const issues = workbook.getWorksheet("課題（①〜④）")!;
    expect(issues.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(issues.getColumn(6).width).toBe(60);
    const issue = await db.issue.findUniqueOrThrow({ where: { id: bureau.issueId } });
    expect(issues.getRow(2).getCell(2).value).toBe(issue.code);
    expect(issues.getRow(2).getCell(6).value).toBe(issue.content);
    const reports = workbook.getWorksheet("進捗報告（⑤）")!;
    const rows = reports.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(2);
    const latest = rows.find((row) => row[4] === tricky)!;
    expect(latest[3]).toBeInstanceOf(Date);
    expect((latest[3] as Date).toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(latest[6]).toBe("承認済み");
    const indicatorRows = workbook.getWorksheet("指標")!.getSheetValues().slice(2) as unknown[][];
    const stored = await db.indicatorValue.findMany({ where: { indicatorId: bureau.indicatorId }, include: { period: true }, orderBy: { period: { asOfDate: "asc" } } });
    expect(indicatorRows.map((row) => row[5])).toEqual(stored.map((v) => v.actual));
    const audit = workbook.getWorksheet("監査ログ")!.getSheetValues().slice(2) as unknown[][];
    // The stored action name for machines, beside its label for people.
    const submitted = audit.find((row) => row[4] === "progress.submit")!;
    expect(submitted[5]).toBe(t("audit.action.progress.submit"));
    expect(submitted[5]).not.toBe("progress.submit");
    // Rows share their cells' style objects (decision 111): each column keeps its own format.
    const auditSheet = workbook.getWorksheet("監査ログ")!;
    expect(auditSheet.getRow(1).getCell(2).font).toMatchObject({ bold: true });
    expect(auditSheet.getRow(2).getCell(2).numFmt).toBe("yyyy-mm-dd hh:mm:ss");
    expect(auditSheet.getRow(3).getCell(4).alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(reports.getRow(2).getCell(3).numFmt).toBe("yyyy-mm-dd");
    expect(reports.getRow(2).getCell(4).numFmt).toBeUndefined();
    const indicatorSheet = workbook.getWorksheet("指標")!;
    expect(indicatorSheet.getRow(2).getCell(5).alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(indicatorSheet.getRow(3).getCell(4).numFmt).toBe("yyyy-mm-dd");
  });

  it("writes a CSV with a BOM that a CSV parser reads back unchanged, commas, quotes and line breaks included", async () => {
    const code = await bureauCode();
    const file = (await runExport(bureau.users.auditor, { bureau: code, date: "2026-11-30", format: "csv" }, t))!;
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(file.body.toString("utf8"), { bom: true, relaxColumnCount: false }) as string[][];
    expect(rows[0]![0]).toBe("局・区");
    // The issue's row, then the trailer line with the audit checkpoint (tests/integration/audit-checkpoints.test.ts).
    expect(rows).toHaveLength(3);
    expect(rows[2]![0]).toBe("監査ログのチェックポイント");
    const [row] = rows.slice(1);
    const issue = await db.issue.findUniqueOrThrow({ where: { id: bureau.issueId } });
    expect(row![2]).toBe(issue.code);
    expect(row![5]).toBe(issue.content);
    expect(row![8]).toBe(neutralizeFormula(tricky));
    expect(row![8]).toBe(tricky);
    expect(file.body.toString("utf8")).toContain("\r\n");
  });

  it("writes JSON of the documented shape", async () => {
    const code = await bureauCode();
    const file = (await runExport(bureau.users.auditor, { bureau: code, date: "2026-11-30", format: "json" }, t))!;
    const data = JSON.parse(file.body.toString("utf8"));
    expect(data).toMatchObject({ format: "policy-portal-export/1", reportingDate: "2026-11-30", generatedBy: { email: bureau.users.auditor.email } });
    expect(data.bureaus[0].issues[0].progress.text).toBe(tricky);
  });
});

describe("who may export, and the record of it", () => {
  it("records every export in the audit log with who exported what", async () => {
    const code = await bureauCode();
    const before = await db.auditEntry.count({ where: { action: "export.json", actorId: bureau.users.viewer.id } });
    await runExport(bureau.users.viewer, { bureau: code, date: "2024-11-30", format: "json" }, t);
    const entries = await db.auditEntry.findMany({ where: { action: "export.json", actorId: bureau.users.viewer.id } });
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({ entityType: "Export", entityId: `${code}@2024-11-30`, bureauId: bureau.bureauId });
  });

  it("refuses staff another bureau's export and the whole city, and allows auditors", async () => {
    const code = await bureauCode();
    const { otherBureauStaff, owner, manager, auditor } = bureau.users;
    await expect(runExport(otherBureauStaff, { bureau: code, date: "2024-11-30", format: "csv" }, t)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(runExport(owner, { bureau: "all", date: "2024-11-30", format: "csv" }, t)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(runExport(manager, { bureau: "all", date: "2024-11-30", format: "xlsx" }, t)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(runExport(manager, { bureau: "seisaku", date: "2024-11-30", format: "csv" }, t)).rejects.toBeInstanceOf(AccessDeniedError);
    const city = (await runExport(auditor, { bureau: "all", date: "2024-11-30", format: "json" }, t))!;
    const codes = JSON.parse(city.body.toString("utf8")).bureaus.map((b: { code: string }) => b.code);
    expect(codes).toEqual(expect.arrayContaining(["seisaku", code]));
  });

  it("lets auditors write nothing", async () => {
    const { auditor } = bureau.users;
    const issue = await db.issue.findUniqueOrThrow({ where: { id: bureau.issueId } });
    const report = await db.progressReport.findFirstOrThrow({ where: { issueId: issue.id }, orderBy: { createdAt: "desc" } });
    const before = await db.auditEntry.count();
    const attempts = await Promise.all([
      updateIssueText(auditor.actor, { ...issue, issueId: issue.id, summaryBullets: "x", content: "監査担当の変更" }, "ja"),
      openPeriod(auditor.actor, { bureauId: bureau.bureauId, asOfDate: "2027-05-31", deadline: "" }, "ja"),
      saveProgressDraft(auditor.actor, { reportId: report.id, version: report.version, progressText: "x", status: "ON_TRACK", indicators: [], milestones: [] }, "ja"),
      reviewProgress(auditor.actor, { reportId: report.id, version: report.version, decision: "approve", comment: "" }, "ja"),
    ]);
    for (const attempt of attempts) expect(attempt).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await db.auditEntry.count()).toBe(before);
  });
});
