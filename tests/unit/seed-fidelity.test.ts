import { describe, expect, it } from "vitest";
import { parseWarekiDate } from "@/lib/domain/dates";
import { seisakukyokuR6 } from "@/prisma/seed-data/seisakukyoku-r6";
import { expectedDocumentText } from "@/tests/support/seed-document-text";

const expected = expectedDocumentText();

describe("the seed holds the document's text, character for character", () => {
  it("has the ten issues in the document's order", () => {
    const codes = ["A(1)", "A(2)", "A(3)", "B(1)", "B(2)", "B(3)", "B(4)", "B(5)", "B(6)", "C(1)"];
    expect(expected.issues.map((i) => i.code)).toEqual(codes);
    expect(seisakukyokuR6.issues.map((i) => i.code)).toEqual(codes);
  });

  it("has the mission", () => {
    expect(seisakukyokuR6.mission).toBe(expected.mission);
    expect(seisakukyokuR6.mission.split("\n")).toHaveLength(3);
  });

  for (const want of expected.issues) {
    it(`${want.code}: ①–⑤ and ④'s heading`, () => {
      const issue = seisakukyokuR6.issues.find((i) => i.code === want.code);
      expect(issue?.name).toBe(want.name);
      expect(issue?.content).toBe(want.content);
      expect(issue?.background).toBe(want.background);
      expect(issue?.measuresHeading).toBe(want.measuresHeading);
      expect(issue?.measures).toBe(want.measures);
      expect(issue?.progress.text).toBe(want.progress);
      expect(parseWarekiDate(want.progressHeading)).toBe(seisakukyokuR6.reportingPeriod.asOfDate);
    });
  }

  it("marks only B(5) and B(6) as affiliated-body issues", () => {
    expect(seisakukyokuR6.issues.filter((i) => i.isAffiliatedBody).map((i) => i.code)).toEqual(["B(5)", "B(6)"]);
  });

  it("names only sections and partners it lists", () => {
    const sections = new Set(seisakukyokuR6.sections.map((s) => s.name));
    const partners = new Set(seisakukyokuR6.partners.map((p) => p.name));
    for (const issue of seisakukyokuR6.issues) {
      expect(sections.has(issue.owningSection), issue.code).toBe(true);
      for (const s of issue.relatedSections) expect(sections.has(s.name), issue.code).toBe(true);
      for (const p of issue.partners) expect(partners.has(p.name), issue.code).toBe(true);
    }
  });
});
