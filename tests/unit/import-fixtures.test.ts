import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractPdfText } from "@/lib/documents/pdf-text";
import { type ParsedDocument, parseDocument } from "@/lib/documents/parse-document";
import { seisakukyokuR6 } from "@/prisma/seed-data/seisakukyoku-r6";

// Each file in tests/fixtures/import varies one thing about the document's
// format; each row says what parsing it must give.
const dir = path.join(import.meta.dirname, "../fixtures/import");
const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
const seedCodes = seisakukyokuR6.issues.map((i) => i.code);

/** Every seed issue's ①–⑤ and matrix fields, as parsed. */
function expectSeedIssues(parsed: ParsedDocument, except: string[] = []) {
  for (const seed of seisakukyokuR6.issues.filter((i) => !except.includes(i.code))) {
    const issue = parsed.issues.find((i) => i.code === seed.code);
    expect(issue, seed.code).toBeDefined();
    expect({ name: issue!.name, content: issue!.content, background: issue!.background, measures: issue!.measures, progress: issue!.progressText, matrixTitle: issue!.matrixTitle, bullets: issue!.summaryBullets }, seed.code).toEqual({
      name: seed.name, content: seed.content, background: seed.background, measures: seed.measures, progress: seed.progress.text, matrixTitle: seed.matrixTitle, bullets: seed.summaryBullets,
    });
  }
}

const cases: { file: string; check: (parsed: ParsedDocument) => void }[] = [
  {
    file: "half-width-headings.txt",
    check: (parsed) => {
      expect(parsed.warnings).toEqual([]);
      expect(parsed.issues.map((i) => i.code)).toEqual(seedCodes);
      expectSeedIssues(parsed);
    },
  },
  {
    file: "crlf-line-ends.txt",
    check: (parsed) => {
      expect(parsed.warnings).toEqual([]);
      expect(parsed.mission).toBe(seisakukyokuR6.mission);
      expectSeedIssues(parsed);
    },
  },
  {
    file: "missing-progress.txt",
    check: (parsed) => {
      expect(parsed.warnings).toEqual([{ kind: "missingField", code: "B(6)", field: "progress" }]);
      expect(parsed.issues.find((i) => i.code === "B(6)")?.progressText).toBe("");
      expectSeedIssues(parsed, ["B(6)"]);
    },
  },
  {
    file: "extra-issue.txt",
    check: (parsed) => {
      expect(parsed.warnings).toEqual([]);
      expect(parsed.issues.map((i) => i.code)).toEqual([...seedCodes, "C(2)"]);
      expect(parsed.issues.at(-1)).toMatchObject({ area: "C", number: 2, name: "新しい課題", measuresHeading: "課題への対応", progressText: "進捗。", progressDate: "2024-11-30" });
      expectSeedIssues(parsed);
    },
  },
  {
    file: "other-bureau-and-date.txt",
    check: (parsed) => {
      expect(parsed.bureauName).toBe("戸畑区");
      expect(parsed.title).toBe("局区Ｘ方針〈戸畑区〉");
      expect(parsed.reportingDate).toBe("2025-05-31");
      expect(parsed.issues.every((i) => i.progressDate === "2025-05-31")).toBe(true);
      expectSeedIssues(parsed);
    },
  },
  {
    file: "heading-variants.txt",
    check: (parsed) => {
      expect(parsed.warnings).toEqual([]);
      // One more ④ headed 課題に向けた取組み than the original has.
      const variant = (issues: { measuresHeading: string }[]) => issues.filter((i) => i.measuresHeading === "課題に向けた取組み").length;
      expect(variant(parsed.issues)).toBe(variant(seisakukyokuR6.issues) + 1);
      expect(parsed.issues.find((i) => i.code === "B(2)")?.name).toBe(seisakukyokuR6.issues.find((i) => i.code === "B(2)")?.name);
      expectSeedIssues(parsed);
    },
  },
  {
    file: "malformed.txt",
    check: (parsed) => {
      expect(parsed.warnings).toEqual([{ kind: "missingTitle" }, { kind: "missingMission" }, { kind: "noIssues" }]);
      expect(parsed.issues).toEqual([]);
    },
  },
];

describe("import fixtures: one format variation per file", () => {
  for (const { file, check } of cases) it(file, () => check(parseDocument(read(file))));

  it("covers every file in the folder", async () => {
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(dir).sort()).toEqual(cases.map((c) => c.file).sort());
  });
});

describe("a PDF made from the text (tests/fixtures/seisakukyoku-R6-11.pdf)", () => {
  it("gives, through pdf.js and the parser, exactly the seed's document", async () => {
    const pdf = readFileSync(path.join(import.meta.dirname, "../fixtures/seisakukyoku-R6-11.pdf"));
    const text = await extractPdfText(new Uint8Array(pdf));
    expect(text).toContain("政策局-1");
    const parsed = parseDocument(text);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.title).toBe(seisakukyokuR6.title);
    expect(parsed.mission).toBe(seisakukyokuR6.mission);
    expect(parsed.reportingDate).toBe("2024-11-30");
    expect(parsed.issues.map((i) => i.code)).toEqual(seedCodes);
    expectSeedIssues(parsed);
  });
});
