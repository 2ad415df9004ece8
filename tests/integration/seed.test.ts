import { describe, expect, it } from "vitest";
import { resolveDashboardScope } from "@/lib/data/dashboard-scope";
import { getSectionMatrix } from "@/lib/data/section-matrix";
import { db } from "@/lib/db";
import { toPlainDate } from "@/lib/domain/dates";
import { parseDashboardFilters } from "@/lib/validation/dashboard";
import { createUser } from "@/tests/factories/documents";
import { expectedDocumentText } from "@/tests/support/seed-document-text";

const expected = expectedDocumentText();

async function seededDocument() {
  return db.policyDocument.findFirstOrThrow({
    where: { bureau: { code: "seisaku" }, fiscalYear: 2024 },
    include: {
      issues: {
        orderBy: { sortOrder: "asc" },
        include: {
          area: true,
          progressReports: { include: { period: true } },
          indicators: { include: { values: true } },
          milestones: { include: { completions: true } },
          partners: { include: { partner: true } },
        },
      },
    },
  });
}

describe("the database holds the Policy Bureau's document as the document words it", () => {
  it("mission and every issue's ①–⑤ equal the document's text", async () => {
    const document = await seededDocument();
    expect(document.mission).toBe(expected.mission);
    expect(document.issues.map((i) => i.code)).toEqual(expected.issues.map((i) => i.code));
    for (const want of expected.issues) {
      const issue = document.issues.find((i) => i.code === want.code)!;
      expect(issue.name, want.code).toBe(want.name);
      expect(issue.content, want.code).toBe(want.content);
      expect(issue.background, want.code).toBe(want.background);
      expect(issue.measures, want.code).toBe(want.measures);
      expect(issue.area.code).toBe(want.code[0]);
      expect(issue.progressReports).toHaveLength(1);
      expect(issue.progressReports[0]?.progressText, want.code).toBe(want.progress);
      expect(issue.progressReports[0]?.workflowState).toBe("APPROVED");
      expect(issue.progressReports[0]?.period.asOfDate.toISOString()).toBe("2024-11-30T00:00:00.000Z");
    }
  });

  it("holds the figures, dates and partners of the text as data", async () => {
    const byCode = new Map((await seededDocument()).issues.map((i) => [i.code, i]));
    const indicator = (code: string, name: string) => byCode.get(code)?.indicators.find((i) => i.name.includes(name));
    expect(indicator("A(1)", "寄附受付サイト数")?.values[0]?.actual).toBe(6);
    expect(indicator("A(1)", "専任職員数")?.baseline).toBe(2);
    expect(indicator("A(2)", "担当者会議")?.values[0]?.actual).toBe(3);
    expect(indicator("A(3)", "ワーキンググループ")?.values[0]?.actual).toBe(6);
    expect(indicator("B(2)", "市民認知度")?.baseline).toBe(90);
    // 「2030年までの目標達成」 is the SDGs' calendar 2030, not this indicator's target year.
    expect(indicator("B(2)", "行動する人の割合")).toMatchObject({ baseline: 40, targetFiscalYear: null, direction: "UP" });
    // A(1)'s 専任職員数 is a constraint, not a goal: no direction; its baseline is ②'s 「現在」, with no date added.
    expect(indicator("A(1)", "専任職員数")).toMatchObject({ direction: null, baselineLabel: "現在" });
    expect(indicator("B(3)", "関門連携")?.values[0]?.actual).toBe(4);

    const milestone = (code: string, title: string) => byCode.get(code)?.milestones.find((m) => m.title.includes(title));
    expect(milestone("A(1)", "新システム")?.completions[0]?.doneDate?.toISOString().slice(0, 7)).toBe("2024-08");
    expect(milestone("B(1)", "新規提案")?.completions[0]?.doneDate?.toISOString().slice(0, 10)).toBe("2024-10-16");
    expect(milestone("C(1)", "推進本部")?.completions[0]?.doneDate?.toISOString().slice(0, 7)).toBe("2024-04");
    expect(milestone("C(1)", "有識者会議")?.completions[0]?.doneDate?.toISOString().slice(0, 7)).toBe("2024-10");
    expect(milestone("C(1)", "ワークショップ")?.completions[0]?.doneDate?.toISOString().slice(0, 7)).toBe("2024-08");
    expect(milestone("B(2)", "審査会")).toMatchObject({ plannedPrecision: "MONTH", plannedText: "来年３月" });
    expect(milestone("B(2)", "審査会")?.completions).toMatchObject([{ doneDate: null }]);
    // Dates as precisely as the document gives them, in its words.
    expect(milestone("B(2)", "申請の受付期間")).toMatchObject({ plannedPrecision: "MID_MONTH", plannedText: "12月中旬頃まで" });
    expect(milestone("B(2)", "申請の受付期間")?.plannedDate?.toISOString().slice(0, 7)).toBe("2024-12");
    expect(milestone("B(5)", "役割の再定義")).toMatchObject({ plannedPrecision: "FISCAL_YEAR", plannedFiscalYear: 2025, plannedFrom: true, plannedText: "令和７年度以降" });
    for (const [code, year] of [["B(2)", 2024], ["B(4)", 2025], ["B(5)", 2024], ["B(6)", 2026]] as const) {
      expect(byCode.get(code)?.milestones.some((m) => m.title.includes("経営分析") && m.plannedFiscalYear === year), code).toBe(true);
    }

    const partners = (code: string) => byCode.get(code)?.partners.map((p) => `${p.partner.name}:${p.partner.kind}`);
    expect(partners("B(1)")).toContain("九州工業大学:UNIVERSITY");
    expect(partners("B(3)")).toEqual(expect.arrayContaining(["福岡市:MUNICIPALITY", "下関市:MUNICIPALITY"]));
    expect(partners("B(5)")).toEqual(["アジア成長研究所:AFFILIATED_BODY", "北九州国際交流協会:AFFILIATED_BODY"]);
  });

  it("recorded the import in the audit log", async () => {
    const document = await seededDocument();
    const entry = await db.auditEntry.findFirst({ where: { entityType: "PolicyDocument", entityId: document.id } });
    expect(entry?.action).toBe("document.import");
  });

  it("names 国際政策課 as the document does", async () => {
    const section = await db.section.findFirst({ where: { name: "国際政策課" }, include: { ownedIssues: true } });
    expect(section?.ownedIssues.map((i) => i.code).sort()).toEqual(expect.arrayContaining(["A(3)", "B(5)"]));
  });

  it("dates each of the document's reports by its reporting date, not by the day the database was set up", async () => {
    const document = await seededDocument();
    for (const issue of document.issues) {
      const report = issue.progressReports[0]!;
      const times = [report.createdAt, report.updatedAt, report.submittedAt, report.reviewedAt].map((time) => time && toPlainDate(time));
      expect(times, issue.code).toEqual(["2024-11-30", "2024-11-30", "2024-11-30", "2024-11-30"]);
    }
    // The section × issue matrix's 「更新」 is that date.
    const manager = await createUser(db, { role: "MANAGER", bureauId: document.bureauId });
    const matrix = (await getSectionMatrix(await resolveDashboardScope(manager.actor, parseDashboardFilters({})), parseDashboardFilters({})))!;
    expect(matrix.columns).toHaveLength(document.issues.length);
    for (const column of matrix.columns) expect(toPlainDate(column.latest!.updatedAt), column.code).toBe("2024-11-30");
  });
});
