/** ①–④ with the matrix title and bullets: the text of an issue that versions keep. */
export interface IssueText {
  name: string;
  matrixTitle: string;
  summaryBullets: string[];
  content: string;
  background: string;
  measuresHeading: string;
  measures: string;
}

/** Picks an issue's text from a row (whose bullets the database returns as JSON). */
export function issueText(row: Omit<IssueText, "summaryBullets"> & { summaryBullets: unknown }): IssueText {
  const { name, matrixTitle, content, background, measuresHeading, measures } = row;
  return { name, matrixTitle, summaryBullets: row.summaryBullets as string[], content, background, measuresHeading, measures };
}
