// A small test-side splitter of the raw document text: it finds headings and
// returns the raw lines between them, untouched, so tests can compare stored
// text with normalizeWrappedText(raw block).

export interface RawIssueSections {
  code: string;
  /** ① … ⑤ raw blocks, in order. */
  fields: [string, string, string, string, string];
  /** ④'s and ⑤'s heading words (after the circled number). */
  measuresHeading: string;
  progressHeading: string;
}

const toHalfWidth = (text: string) =>
  text.replace(/[Ａ-Ｚ０-９（）]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const issueHeading = /^\s*課題([ＡＢＣABC])[（(]([０-９0-9]+)[）)]\s*$/;
const fieldHeading = /^\s*([①②③④⑤])\s*(.*?)\s*$/;

export function splitDocument(raw: string): { mission: string; issues: RawIssueSections[] } {
  const lines = raw.split(/\r\n|\r|\n/);
  const missionStart = lines.findIndex((l) => /１\s*組織の使命/.test(l));
  const missionEnd = lines.findIndex((l) => /２\s*課題と背景/.test(l));
  const issues: RawIssueSections[] = [];
  let current: { code: string; fields: string[][]; headings: string[] } | null = null;
  const finish = () => {
    if (!current) return;
    const fields = current.fields.map((f) => f.join("\n"));
    if (fields.length !== 5) throw new Error(`${current.code}: found ${fields.length} of ①–⑤`);
    issues.push({
      code: current.code,
      fields: fields as RawIssueSections["fields"],
      measuresHeading: current.headings[3] ?? "",
      progressHeading: current.headings[4] ?? "",
    });
  };
  for (const line of lines.slice(missionEnd + 1)) {
    const issue = issueHeading.exec(line);
    if (issue) {
      finish();
      current = { code: `${issue[1] && toHalfWidth(issue[1])}(${toHalfWidth(issue[2] ?? "")})`, fields: [], headings: [] };
      continue;
    }
    if (!current) continue;
    const field = fieldHeading.exec(line);
    if (field) {
      current.fields.push([]);
      current.headings.push(field[2] ?? "");
      continue;
    }
    current.fields.at(-1)?.push(line);
  }
  finish();
  return { mission: lines.slice(missionStart + 1, missionEnd).join("\n"), issues };
}
