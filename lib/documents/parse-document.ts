import { readWarekiDate, type WarekiDateProblem } from "@/lib/domain/dates";
import { normalizeWrappedText, pageFooter } from "@/lib/domain/wrapped-text";
import type { AreaCode } from "@/prisma/seed-data/types";

/**
 * Reads a 局区Ｘ方針 as text taken from its PDF into structured fields. It
 * copes with full- and half-width letters and digits in headings, PDF line
 * wraps and page footers (normalizeWrappedText), stray spaces, the varying
 * wording of ④'s heading, and the scrambled area-matrix figure at the top.
 * Texts keep every character; only headings are read loosely.
 */
export interface ParsedIssue {
  code: string;
  area: AreaCode;
  number: number;
  name: string;
  content: string;
  background: string;
  measuresHeading: string;
  measures: string;
  progressText: string;
  /** The ⑤ heading's 時点 date, "YYYY-MM-DD", or null when it names none. */
  progressDate: string | null;
  matrixTitle: string | null;
  summaryBullets: string[];
}

export interface ParsedDocument {
  title: string | null;
  bureauName: string | null;
  mission: string;
  reportingDate: string | null;
  issues: ParsedIssue[];
  /** Problems a person should look at; the document may still be usable. */
  warnings: ParseWarning[];
}

export type ParseWarning =
  | { kind: "missingTitle" }
  | { kind: "missingMission" }
  | { kind: "noIssues" }
  | { kind: "missingField"; code: string; field: "name" | "content" | "background" | "measures" | "progress" }
  | { kind: "missingDate"; code: string }
  /** A wareki date no era had (令和0年…, 平成31年5月1日), named as written. */
  | { kind: "impossibleDate"; code: string; written: string; problem: WarekiDateProblem }
  | { kind: "dateMismatch"; code: string; date: string }
  | { kind: "duplicateIssue"; code: string }
  | { kind: "unmatchedMatrixBlock"; title: string };

const toHalfWidth = (text: string) => text.replace(/[Ａ-Ｚａ-ｚ０-９（）]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

// Every pattern runs in linear time on any line (the text is untrusted and up to
// 500,000 characters): no two unbounded quantifiers can share characters, and
// trailing spaces are trimmed in code, not matched by `\s*$` after a lazy group.
const titlePattern = /局区[ \t\u3000]{0,10}[ＸX][ \t\u3000]{0,10}方針[ \t\u3000]{0,10}[〈<＜《]([^〈<＜《〉>＞》\r\n]{1,100})[〉>＞》]/;
const missionHeading = /^\s*[１1](?:\s*[.．、])?\s*組織の使命/;
const issuesHeading = /^\s*[２2](?:\s*[.．、])?\s*課題と背景/;
const issueHeading = /^\s*課題\s*([ＡＢＣABC])\s*[（(]\s*([０-９0-9]{1,3})\s*[）)]\s*$/;
const fieldHeading = /^\s*([①②③④⑤])(.*)$/;
const matrixBlockHeading = /^\s*[（(]\s*([０-９0-9]{1,3})\s*[）)](.*)$/;
const fieldNames = ["name", "content", "background", "measures", "progress"] as const;

function splitLines(raw: string): string[] {
  return raw.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}

interface RawIssue {
  code: string;
  area: AreaCode;
  number: number;
  blocks: Map<string, { heading: string; lines: string[] }>;
}

function readIssues(lines: string[], warnings: ParseWarning[]): RawIssue[] {
  const issues: RawIssue[] = [];
  let current: RawIssue | null = null;
  let field: string | null = null;
  for (const line of lines) {
    const issue = issueHeading.exec(line);
    if (issue) {
      const area = toHalfWidth(issue[1]!) as AreaCode;
      const number = Number(toHalfWidth(issue[2]!));
      const code = `${area}(${number})`;
      if (issues.some((i) => i.code === code)) warnings.push({ kind: "duplicateIssue", code });
      current = { code, area, number, blocks: new Map() };
      issues.push(current);
      field = null;
      continue;
    }
    if (!current) continue;
    const heading = fieldHeading.exec(line);
    if (heading) {
      field = heading[1]!;
      current.blocks.set(field, { heading: (heading[2] ?? "").trim(), lines: [] });
      continue;
    }
    if (field) current.blocks.get(field)!.lines.push(line);
  }
  return issues;
}

/** Character-bigram overlap (Dice), to match a matrix title with an issue's ① name. */
function similarity(a: string, b: string): number {
  const bigrams = (s: string) => Array.from({ length: Math.max(s.length - 1, 0) }, (_, i) => s.slice(i, i + 2));
  const x = bigrams(toHalfWidth(a));
  const y = bigrams(toHalfWidth(b));
  if (x.length === 0 || y.length === 0) return 0;
  const pool = [...y];
  let shared = 0;
  for (const gram of x) {
    const index = pool.indexOf(gram);
    if (index >= 0) {
      shared++;
      pool.splice(index, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

interface MatrixBlock {
  number: number;
  title: string;
  bullets: string[];
}

/** The figure's blocks: "（n）title" (wrapped), then "・" bullets (wrapped). Area labels are skipped. */
function readMatrix(lines: string[]): MatrixBlock[] {
  const blocks: MatrixBlock[] = [];
  let inBullets = false;
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === "" || pageFooter.test(line) || /^[ＡＢＣABC]\s*領域|領域$|^外郭$|^団体等$/.test(line)) continue;
    const heading = matrixBlockHeading.exec(line);
    if (heading) {
      blocks.push({ number: Number(toHalfWidth(heading[1]!)), title: (heading[2] ?? "").trim(), bullets: [] });
      inBullets = false;
      continue;
    }
    const block = blocks.at(-1);
    if (!block) continue;
    if (line.startsWith("・")) {
      block.bullets.push(line.slice(1).trim());
      inBullets = true;
    } else if (inBullets) {
      block.bullets[block.bullets.length - 1] += line;
    } else {
      block.title += line;
    }
  }
  return blocks;
}

export function parseDocument(raw: string): ParsedDocument {
  const lines = splitLines(raw);
  const warnings: ParseWarning[] = [];
  const titleIndex = lines.findIndex((l) => titlePattern.test(l));
  const titleMatch = titleIndex >= 0 ? titlePattern.exec(lines[titleIndex]!) : null;
  if (!titleMatch) warnings.push({ kind: "missingTitle" });

  const missionStart = lines.findIndex((l) => missionHeading.test(l));
  const firstIssue = lines.findIndex((l) => issueHeading.test(l));
  const issuesStart = lines.findIndex((l) => issuesHeading.test(l));
  const missionEnd = issuesStart >= 0 ? issuesStart : firstIssue >= 0 ? firstIssue : lines.length;
  const mission = missionStart >= 0 ? normalizeWrappedText(lines.slice(missionStart + 1, missionEnd).join("\n")) : "";
  if (!mission) warnings.push({ kind: "missingMission" });

  const rawIssues = readIssues(lines.slice(Math.max(missionEnd, 0)), warnings);
  if (rawIssues.length === 0) warnings.push({ kind: "noIssues" });
  const matrix = readMatrix(lines.slice(0, titleIndex >= 0 ? titleIndex : missionStart >= 0 ? missionStart : 0));

  const issues: ParsedIssue[] = rawIssues.map((issue) => {
    const text = (symbol: string) => normalizeWrappedText(issue.blocks.get(symbol)?.lines.join("\n") ?? "");
    const dateReading = readWarekiDate(issue.blocks.get("⑤")?.heading ?? "");
    const parsed = {
      code: issue.code,
      area: issue.area,
      number: issue.number,
      name: text("①"),
      content: text("②"),
      background: text("③"),
      measuresHeading: issue.blocks.get("④")?.heading ?? "",
      measures: text("④"),
      progressText: text("⑤"),
      progressDate: dateReading?.ok ? dateReading.date : null,
      matrixTitle: null as string | null,
      summaryBullets: [] as string[],
    };
    const values = [parsed.name, parsed.content, parsed.background, parsed.measures, parsed.progressText];
    fieldNames.forEach((field, index) => {
      if (!values[index]) warnings.push({ kind: "missingField", code: issue.code, field });
    });
    if (dateReading && !dateReading.ok) warnings.push({ kind: "impossibleDate", code: issue.code, written: dateReading.written, problem: dateReading.problem });
    else if (issue.blocks.has("⑤") && !parsed.progressDate) warnings.push({ kind: "missingDate", code: issue.code });
    return parsed;
  });

  for (const block of matrix) {
    const candidates = issues.filter((i) => i.number === block.number && i.matrixTitle === null);
    const best = candidates
      .map((issue) => ({ issue, score: similarity(block.title, issue.name) }))
      .sort((a, b) => b.score - a.score)[0];
    if (best && best.score >= 0.3) {
      best.issue.matrixTitle = block.title;
      best.issue.summaryBullets = block.bullets;
    } else {
      warnings.push({ kind: "unmatchedMatrixBlock", title: block.title });
    }
  }

  const dates = issues.map((i) => i.progressDate).filter((d): d is string => d !== null);
  const reportingDate = dates[0] ?? null;
  for (const issue of issues) {
    if (issue.progressDate && issue.progressDate !== reportingDate) warnings.push({ kind: "dateMismatch", code: issue.code, date: issue.progressDate });
  }
  return {
    title: titleMatch ? titleMatch[0].replace(/\s+/g, "") : null,
    bureauName: titleMatch?.[1]?.trim() ?? null,
    mission,
    reportingDate,
    issues,
    warnings,
  };
}
