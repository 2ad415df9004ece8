import type { IssueText } from "./issue-text";
import type { ParsedDocument, ParsedIssue } from "./parse-document";

/** What saving an import would do to the bureau's document for that year. */
export type ImportPlan =
  | { kind: "create"; issues: string[] }
  | { kind: "update"; missionChanged: boolean; changes: FieldChange[]; added: string[]; missing: string[] };

export const comparedFields = ["name", "matrixTitle", "summaryBullets", "content", "background", "measuresHeading", "measures"] as const;
export type ComparedField = (typeof comparedFields)[number];
export interface FieldChange {
  code: string;
  field: ComparedField;
  before: string;
  after: string;
}

export type ExistingIssue = IssueText & { code: string };

const show = (value: string | string[]) => (Array.isArray(value) ? value.join("\n") : value);

/** The parsed value of a field as it would be stored (a matrix title the figure lacked keeps ①'s name). */
export function importedValue(issue: ParsedIssue, field: ComparedField): string | string[] {
  if (field === "matrixTitle") return issue.matrixTitle ?? issue.name;
  return issue[field];
}

export function planImport(parsed: ParsedDocument, existing: { mission: string; issues: ExistingIssue[] } | null): ImportPlan {
  if (!existing) return { kind: "create", issues: parsed.issues.map((i) => i.code) };
  const byCode = new Map(existing.issues.map((i) => [i.code, i]));
  const changes: FieldChange[] = [];
  for (const issue of parsed.issues) {
    const stored = byCode.get(issue.code);
    if (!stored) continue;
    for (const field of comparedFields) {
      const before = show(stored[field]);
      const after = show(importedValue(issue, field));
      if (before !== after) changes.push({ code: issue.code, field, before, after });
    }
  }
  const parsedCodes = new Set(parsed.issues.map((i) => i.code));
  return {
    kind: "update",
    missionChanged: parsed.mission !== existing.mission,
    changes,
    added: parsed.issues.filter((i) => !byCode.has(i.code)).map((i) => i.code),
    missing: existing.issues.filter((i) => !parsedCodes.has(i.code)).map((i) => i.code),
  };
}
