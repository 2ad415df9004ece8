import { readFileSync } from "node:fs";
import path from "node:path";
import { normalizeWrappedText } from "@/lib/domain/wrapped-text";
import { splitDocument } from "./document-sections";

/** The document's mission and ①–⑤ per issue code, normalised: what the database must hold. */
export function expectedDocumentText() {
  const raw = readFileSync(path.join(import.meta.dirname, "../fixtures/seisakukyoku-R6-11.txt"), "utf8");
  const { mission, issues } = splitDocument(raw);
  return {
    mission: normalizeWrappedText(mission),
    issues: issues.map((issue) => ({
      code: issue.code,
      name: normalizeWrappedText(issue.fields[0]),
      content: normalizeWrappedText(issue.fields[1]),
      background: normalizeWrappedText(issue.fields[2]),
      measures: normalizeWrappedText(issue.fields[3]),
      progress: normalizeWrappedText(issue.fields[4]),
      measuresHeading: issue.measuresHeading,
      progressHeading: issue.progressHeading,
    })),
  };
}
