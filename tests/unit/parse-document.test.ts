import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/documents/parse-document";
import { seisakukyokuR6 } from "@/prisma/seed-data/seisakukyoku-r6";

const fixture = readFileSync(path.join(import.meta.dirname, "../fixtures/seisakukyoku-R6-11.txt"), "utf8");

describe("parseDocument on the Policy Bureau's document", () => {
  const parsed = parseDocument(fixture);

  it("finds the title, bureau, mission and reporting date, with no warnings", () => {
    expect(parsed.warnings).toEqual([]);
    expect(parsed.title).toBe(seisakukyokuR6.title);
    expect(parsed.bureauName).toBe(seisakukyokuR6.bureau.name);
    expect(parsed.mission).toBe(seisakukyokuR6.mission);
    expect(parsed.reportingDate).toBe(seisakukyokuR6.reportingPeriod.asOfDate);
  });

  it("produces exactly the seed's issues, field by field", () => {
    expect(parsed.issues.map((i) => i.code)).toEqual(seisakukyokuR6.issues.map((i) => i.code));
    for (const seed of seisakukyokuR6.issues) {
      const issue = parsed.issues.find((i) => i.code === seed.code)!;
      expect({
        area: issue.area,
        number: issue.number,
        name: issue.name,
        matrixTitle: issue.matrixTitle,
        summaryBullets: issue.summaryBullets,
        content: issue.content,
        background: issue.background,
        measuresHeading: issue.measuresHeading,
        measures: issue.measures,
        progress: issue.progressText,
      }, seed.code).toEqual({
        area: seed.area,
        number: seed.number,
        name: seed.name,
        matrixTitle: seed.matrixTitle,
        summaryBullets: seed.summaryBullets,
        content: seed.content,
        background: seed.background,
        measuresHeading: seed.measuresHeading,
        measures: seed.measures,
        progress: seed.progress.text,
      });
    }
  });
});

describe("parseDocument on variations of the format", () => {
  it("reads CRLF line ends and half-width headings alike", () => {
    const variant = fixture
      .replace(/\n/g, "\r\n")
      .replace(/課題Ａ（１）/g, "課題A(1)")
      .replace(/１ 組織の使命/, "1 組織の使命");
    const parsed = parseDocument(variant);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.issues[0]?.code).toBe("A(1)");
    expect(parsed.issues[0]?.content).toBe(seisakukyokuR6.issues[0]?.content);
  });

  it("reads another bureau's name and reporting date", () => {
    const parsed = parseDocument(fixture.replace("局区Ｘ方針〈政策局〉", "局区Ｘ方針〈戸畑区〉").replaceAll("令和６年 11月末時点", "令和７年５月末時点"));
    expect(parsed.bureauName).toBe("戸畑区");
    expect(parsed.reportingDate).toBe("2025-05-31");
  });

  it("warns about a missing ⑤ and keeps the rest", () => {
    const start = fixture.indexOf("⑤", fixture.indexOf("課題Ｂ（６）"));
    const end = fixture.indexOf("課題Ｃ（１）");
    const parsed = parseDocument(fixture.slice(0, start) + fixture.slice(end));
    expect(parsed.warnings).toEqual([{ kind: "missingField", code: "B(6)", field: "progress" }]);
    expect(parsed.issues).toHaveLength(10);
  });

  it("finds an extra issue", () => {
    const extra = "\n課題Ｃ（２）\n① 課題名\n  新しい課題\n② 課題の内容\n  内容。\n③ 課題の背景\n  背景。\n④ 課題への対応\n  対応。\n⑤ 取組みの進捗状況、取組結果（令和６年 11月末時点）\n  進捗。\n";
    const parsed = parseDocument(fixture + extra);
    expect(parsed.issues.map((i) => i.code).at(-1)).toBe("C(2)");
    expect(parsed.issues.at(-1)).toMatchObject({ name: "新しい課題", measuresHeading: "課題への対応", progressText: "進捗。", progressDate: "2024-11-30" });
    expect(parsed.warnings).toEqual([]);
  });

  it("refuses dates no era had, naming them as written: 令和0年, 令和1年4月, 平成31年5月", () => {
    for (const [written, problem] of [["令和０年５月１日", "eraYearZero"], ["令和1年4月1日", "beforeEra"], ["平成31年5月1日", "afterEra"]] as const) {
      const typo = fixture.replace("（令和６年 11月末時点）", `（${written}時点）`);
      const reading = parseDocument(typo);
      expect(reading.issues[0]!.progressDate).toBeNull();
      expect(reading.warnings).toContainEqual({ kind: "impossibleDate", code: "A(1)", written, problem });
    }
  });

  it("lists what it could not find in malformed input", () => {
    const parsed = parseDocument("これは方針ではありません。");
    expect(parsed.warnings).toEqual([{ kind: "missingTitle" }, { kind: "missingMission" }, { kind: "noIssues" }]);
    expect(parsed.issues).toEqual([]);
  });
});
