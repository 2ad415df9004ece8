import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeWrappedText } from "@/lib/domain/wrapped-text";
import { seisakukyokuR6 as seed } from "@/prisma/seed-data/seisakukyoku-r6";
import { splitDocument } from "@/tests/support/document-sections";

// The seed must hold the document's text character for character: every stored
// text is normalizeWrappedText(the raw block the splitter finds in the fixture).
const raw = readFileSync(path.join(import.meta.dirname, "../fixtures/seisakukyoku-R6-11.txt"), "utf8");
const document = splitDocument(raw);
const codes = ["A(1)", "A(2)", "A(3)", "B(1)", "B(2)", "B(3)", "B(4)", "B(5)", "B(6)", "C(1)"];

/** "（令和６年 11月末時点）" → "2024-11-30": the last day of that month. */
function asOfDateOf(heading: string): string | null {
  const digits = heading.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const match = /（令和(\d+)年\s*(\d+)月末時点）/.exec(digits);
  if (!match) return null;
  const year = 2018 + Number(match[1]);
  const month = Number(match[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(lastDay).padStart(2, "0")}`;
}

describe("the seed holds the document's text, character for character", () => {
  it("has exactly the ten issues, in the document's order", () => {
    expect(document.issues.map((i) => i.code)).toEqual(codes);
    expect(seed.issues.map((i) => i.code)).toEqual(codes);
    expect(seed.issues.map((i) => `${i.area}(${i.number})`)).toEqual(codes);
  });

  it("has the mission as normalizeWrappedText gives it, in three paragraphs", () => {
    expect(seed.mission).toBe(normalizeWrappedText(document.mission));
    expect(seed.mission.split("\n")).toHaveLength(3);
  });

  for (const [index, code] of codes.entries()) {
    describe(code, () => {
      const rawIssue = document.issues[index]!;
      const issue = () => {
        const found = seed.issues.find((i) => i.code === code);
        if (!found) throw new Error(`${code} is not in the seed`);
        return found;
      };

      it("① 課題名", () => expect(issue().name).toBe(normalizeWrappedText(rawIssue.fields[0])));
      it("② 課題の内容", () => expect(issue().content).toBe(normalizeWrappedText(rawIssue.fields[1])));
      it("③ 課題の背景", () => expect(issue().background).toBe(normalizeWrappedText(rawIssue.fields[2])));
      it("④ and its heading's words", () => {
        expect(issue().measuresHeading).toBe(rawIssue.measuresHeading);
        expect(issue().measures).toBe(normalizeWrappedText(rawIssue.fields[3]));
      });
      it("⑤ 取組みの進捗状況、取組結果", () => expect(issue().progress.text).toBe(normalizeWrappedText(rawIssue.fields[4])));
      it("⑤'s date (令和６年 11月末時点) is the reporting date", () => {
        expect(rawIssue.progressHeading).toBe("取組みの進捗状況、取組結果（令和６年 11月末時点）");
        expect(asOfDateOf(rawIssue.progressHeading)).toBe(seed.reportingPeriod.asOfDate);
        expect(seed.reportingPeriod.asOfDate).toBe("2024-11-30");
      });
    });
  }

  it("takes every matrix title and bullet from the figure, joined across its wrapped lines", () => {
    const figure = document.figure
      .split("\n")
      .map((line) => line.replace(/^[ \t\u3000]+|[ \t\u3000]+$/g, ""))
      .join("");
    for (const issue of seed.issues) {
      expect(figure, issue.code).toContain(issue.matrixTitle);
      expect(issue.summaryBullets.length, issue.code).toBeGreaterThan(0);
      for (const bullet of issue.summaryBullets) expect(figure, issue.code).toContain(`・${bullet}`);
    }
  });

  it("marks only B(5) and B(6) as affiliated-body issues (外郭団体等 in the figure)", () => {
    expect(seed.issues.filter((i) => i.isAffiliatedBody).map((i) => i.code)).toEqual(["B(5)", "B(6)"]);
  });

  it("names only sections and partners it lists, and partners the document names", () => {
    const sections = new Set(seed.sections.map((s) => s.name));
    const partners = new Set(seed.partners.map((p) => p.name));
    for (const issue of seed.issues) {
      expect(sections.has(issue.owningSection), issue.code).toBe(true);
      for (const s of issue.relatedSections) expect(sections.has(s.name), issue.code).toBe(true);
      for (const p of issue.partners) expect(partners.has(p.name), issue.code).toBe(true);
    }
    const text = normalizeWrappedText(raw);
    for (const section of seed.sections.filter((s) => s.namedInDocument)) expect(text).toContain(section.name);
    // "北九州都市圏域の市町" is the one composed name: the text says 北九州都市圏域 and 各市町.
    const composed: Record<string, string[]> = { 北九州都市圏域の市町: ["北九州都市圏域", "各市町"] };
    for (const partner of seed.partners) {
      for (const part of composed[partner.name] ?? [partner.name]) expect(text, partner.name).toContain(part);
    }
  });
});
