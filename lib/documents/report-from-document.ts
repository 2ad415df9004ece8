/**
 * The times of a ⑤ loaded from a document (seed or import). The document wrote
 * it for its reporting date and it stands approved as of then, so every time it
 * carries is that date, not the moment the database was set up: the matrix's
 * 「更新」 and "recently changed" then tell the document's reports from real edits.
 */
export function reportTimesFromDocument(asOfDate: Date) {
  return { createdAt: asOfDate, updatedAt: asOfDate, submittedAt: asOfDate, reviewedAt: asOfDate };
}
