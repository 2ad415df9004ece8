/**
 * The one line-wrap normalisation of the project: turns a block of lines as a
 * PDF's text layer gives them into the stored text.
 * 1. Split on \r\n, \r or \n; drop page-footer lines such as "政策局-3"
 *    (/^\s*\S+[局区]-\d+\s*$/).
 * 2. Trim each line of ASCII spaces, tabs and U+3000 at both ends; drop empty lines.
 * 3. A line that ends with "。" (optionally followed by 」』）) ends a paragraph:
 *    the next line follows after "\n". Any other line was wrapped by the PDF and
 *    the next line is joined to it with nothing in between.
 * 4. Every other character is kept as it is, including spaces inside a line
 *    ("令和６年 11月末時点") and full-width letters and digits.
 */
/** A page footer of the printed document, such as "政策局-3". */
export const pageFooter = /^\s*\S+[局区]-\d+\s*$/;
const isEdgeSpace = (c: string) => c === " " || c === "\t" || c === "\u3000";

/** Trims spaces, tabs and U+3000 at both ends, in linear time (a `[ ]+$` regex is quadratic on long runs). */
function trimEdgeSpace(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && isEdgeSpace(line[start]!)) start++;
  while (end > start && isEdgeSpace(line[end - 1]!)) end--;
  return line.slice(start, end);
}
const paragraphEnd = /。[」』）]?$/;

export function normalizeWrappedText(raw: string): string {
  const lines = raw
    .split(/\r\n|\r|\n/)
    .filter((line) => !pageFooter.test(line))
    .map(trimEdgeSpace)
    .filter((line) => line !== "");
  let text = "";
  let previous = "";
  for (const line of lines) {
    text += previous === "" ? line : paragraphEnd.test(previous) ? `\n${line}` : line;
    previous = line;
  }
  return text;
}
