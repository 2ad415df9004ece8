/**
 * The one line-wrap normalisation of the project: turns lines as a PDF's text
 * layer gives them into the stored text.
 * 1. Page footers such as "政策局-3" are dropped.
 * 2. Each line is trimmed (ASCII spaces, tabs, U+3000); empty lines are dropped.
 * 3. A line that ends a sentence (。, optionally followed by a closing bracket)
 *    ends a paragraph ("\n"); any other line was wrapped by the layout and is
 *    joined to the next with nothing in between.
 * Every other character, including spaces inside a line, is kept as it is.
 */
const footer = /^\S+[局区]-\d+$/;
const sentenceEnd = /。[」』）)]?$/;

export function normalizeWrappedText(raw: string): string {
  const lines = raw
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[ \t\u3000]+|[ \t\u3000]+$/g, ""))
    .filter((line) => line !== "" && !footer.test(line));
  let text = "";
  for (const line of lines) {
    text += text === "" || !sentenceEnd.test(text) ? line : `\n${line}`;
  }
  return text;
}
