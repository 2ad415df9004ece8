import type { ImportCorrections } from "@/lib/validation/import";
import { looksLikeAffiliatedBody } from "./affiliated-body";
import type { ParsedDocument, ParseWarning } from "./parse-document";

export interface IssueAssignment {
  owningSection: string;
  isAffiliatedBody: boolean;
}

const fieldOf = { name: "name", content: "content", background: "background", measures: "measures", progress: "progressText" } as const;

/**
 * The parsed document with a person's corrections from the preview applied,
 * its warnings brought up to date (a field filled in is no longer missing),
 * and each issue's owning section and affiliated-body flag: as corrected, or
 * `defaultSection` and what the issue's words suggest.
 */
export function applyCorrections(parsed: ParsedDocument, corrections: ImportCorrections, defaultSection: string) {
  const issues = parsed.issues.map((issue) => {
    const fix = corrections.issues[issue.code] ?? {};
    const { owningSection: _section, isAffiliatedBody: _flag, ...text } = fix;
    const defined = Object.fromEntries(Object.entries(text).filter(([, value]) => value !== undefined));
    return { ...issue, ...defined };
  });
  const corrected: ParsedDocument = {
    ...parsed,
    title: corrections.title || parsed.title,
    mission: corrections.mission ?? parsed.mission,
    reportingDate: corrections.reportingDate ?? parsed.reportingDate,
    issues,
    warnings: parsed.warnings.filter((warning: ParseWarning) => {
      if (warning.kind === "missingMission") return !(corrections.mission ?? "");
      if (warning.kind === "missingTitle") return !corrections.title;
      if (warning.kind === "missingField") return !issues.find((i) => i.code === warning.code)?.[fieldOf[warning.field]];
      if (warning.kind === "missingDate" || warning.kind === "impossibleDate") return !corrections.reportingDate;
      return true;
    }),
  };
  const assignments: Record<string, IssueAssignment> = Object.fromEntries(
    issues.map((issue) => {
      const fix = corrections.issues[issue.code] ?? {};
      return [issue.code, { owningSection: fix.owningSection ?? defaultSection, isAffiliatedBody: fix.isAffiliatedBody ?? looksLikeAffiliatedBody(issue) }];
    }),
  );
  return { parsed: corrected, assignments };
}
