import "server-only";
import { getPublishedDocument, listPublished } from "./public-documents";

export interface PublicSearchHit {
  bureau: { code: string; name: string };
  reportingDate: string;
  title: string;
  issueCode: string;
  issueName: string;
  snippet: string;
}

/** A search term a visitor typed: at most this many characters are used. */
export const maxSearchLength = 100;
const maxHits = 50;

const normalize = (text: string) => text.normalize("NFKC").toLowerCase();

function snippet(text: string, at: number, length: number): string {
  const start = Math.max(0, at - 40);
  return (start > 0 ? "…" : "") + text.slice(start, at + length + 40) + (at + length + 40 < text.length ? "…" : "");
}

/**
 * Published documents' issues whose ①–⑤ (or the mission) hold `query`,
 * compared after NFKC (full- and half-width alike) and case folding; plain
 * substring matching, so no pattern a visitor types is ever compiled.
 * Only the latest published date of each bureau is searched.
 */
export async function searchPublished(query: string): Promise<PublicSearchHit[]> {
  const term = normalize(query.trim().slice(0, maxSearchLength));
  if (term === "") return [];
  const latest = new Map<string, { code: string; date: string }>();
  for (const entry of await listPublished()) if (!latest.has(entry.bureau.code)) latest.set(entry.bureau.code, { code: entry.bureau.code, date: entry.reportingDate });
  const hits: PublicSearchHit[] = [];
  for (const { code, date } of latest.values()) {
    const doc = await getPublishedDocument(code, date);
    if (!doc) continue;
    for (const issue of doc.issues) {
      const fields = [issue.name, issue.matrixTitle, ...issue.summaryBullets, issue.content, issue.background, issue.measures, issue.progress?.text ?? "", doc.mission];
      for (const field of fields) {
        const at = normalize(field).indexOf(term);
        if (at < 0) continue;
        hits.push({ bureau: doc.bureau, reportingDate: doc.reportingDate, title: doc.title, issueCode: issue.code, issueName: issue.name, snippet: snippet(field, at, term.length) });
        break;
      }
      if (hits.length >= maxHits) return hits;
    }
  }
  return hits;
}
