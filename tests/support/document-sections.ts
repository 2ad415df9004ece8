// A small test-side splitter of the raw document text (局区Ｘ方針 as taken from
// the PDF). It only finds heading lines and returns the raw lines between them,
// untouched, so tests can compare what the app stores with
// normalizeWrappedText(raw block). It is deliberately independent of the app's
// own parser (lib/documents/parse-document.ts).

export interface RawIssueSections {
  /** "A(1)" … "C(1)", half-width. */
  code: string;
  /** The raw blocks under ① … ⑤, in order, heading lines excluded. */
  fields: [string, string, string, string, string];
  /** ④'s and ⑤'s heading words, after the circled number, trimmed. */
  measuresHeading: string;
  progressHeading: string;
}

export interface RawDocument {
  /** The area matrix figure: every line before the title line (scrambled by the PDF). */
  figure: string;
  /** The raw block under "１ 組織の使命…", up to "２ 課題と背景". */
  mission: string;
  issues: RawIssueSections[];
}

const toHalfWidth = (text: string) => text.replace(/[Ａ-Ｚ０-９（）]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const titleLine = /^\s*局区Ｘ方針/;
const missionHeading = /^\s*１\s*組織の使命/;
const issuesHeading = /^\s*２\s*課題と背景/;
const issueHeading = /^\s*課題([ＡＢＣ])（([０-９]+)）\s*$/;
const fieldHeading = /^\s*([①②③④⑤])\s*(.*?)\s*$/;
const circled = "①②③④⑤";

export function splitDocument(raw: string): RawDocument {
  const lines = raw.split(/\r\n|\r|\n/);
  const title = lines.findIndex((l) => titleLine.test(l));
  const missionStart = lines.findIndex((l) => missionHeading.test(l));
  const missionEnd = lines.findIndex((l) => issuesHeading.test(l));
  if (title < 0 || missionStart < 0 || missionEnd < missionStart) throw new Error("title, １ 組織の使命 or ２ 課題と背景 not found");

  const issues: RawIssueSections[] = [];
  let current: { code: string; fields: string[][]; headings: string[] } | null = null;
  const finish = () => {
    if (!current) return;
    if (current.fields.length !== 5) throw new Error(`${current.code}: found ${current.fields.length} of ①–⑤`);
    issues.push({
      code: current.code,
      fields: current.fields.map((f) => f.join("\n")) as RawIssueSections["fields"],
      measuresHeading: current.headings[3]!,
      progressHeading: current.headings[4]!,
    });
  };
  for (const line of lines.slice(missionEnd + 1)) {
    const issue = issueHeading.exec(line);
    if (issue) {
      finish();
      current = { code: `${toHalfWidth(issue[1]!)}(${Number(toHalfWidth(issue[2]!))})`, fields: [], headings: [] };
      continue;
    }
    if (!current) continue;
    const field = fieldHeading.exec(line);
    if (field) {
      const expected = circled[current.fields.length];
      if (field[1] !== expected) throw new Error(`${current.code}: ${field[1]} where ${expected ?? "no heading"} was expected`);
      current.fields.push([]);
      current.headings.push(field[2]!);
      continue;
    }
    current.fields.at(-1)?.push(line);
  }
  finish();
  return {
    figure: lines.slice(0, title).join("\n"),
    mission: lines.slice(missionStart + 1, missionEnd).join("\n"),
    issues,
  };
}
