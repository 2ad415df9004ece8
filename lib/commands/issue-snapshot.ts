import type { Tx } from "@/lib/db/transaction";
import { toPlainDate } from "@/lib/domain/dates";

/**
 * An issue's indicators, milestones and partners as plain JSON, for its revisions
 * (an "as of" view reads the definitions in force from them) and audit entries.
 */
export async function issueDetailsSnapshot(tx: Tx, issueId: string) {
  const issue = await tx.issue.findUniqueOrThrow({
    where: { id: issueId },
    select: {
      indicators: { orderBy: { sortOrder: "asc" } },
      milestones: { orderBy: { sortOrder: "asc" } },
      partners: { include: { partner: true } },
    },
  });
  const date = (value: Date | null) => (value === null ? null : toPlainDate(value));
  return {
    indicators: issue.indicators.map(({ id, name, unit, direction, baseline, baselineLabel, target, targetFiscalYear }) => ({
      id, name, unit, direction, baseline, baselineLabel, target, targetFiscalYear,
    })),
    // Whether a milestone was done is reported per period (MilestoneCompletion), not part of its definition.
    milestones: issue.milestones.map(({ id, title, plannedDate, plannedFiscalYear, plannedPrecision, plannedFrom, plannedText }) => ({
      id, title, plannedDate: date(plannedDate), plannedFiscalYear, plannedPrecision, plannedFrom, plannedText,
    })),
    partners: issue.partners.map(({ role, partner }) => ({ name: partner.name, kind: partner.kind, role })),
  };
}

export type IssueDetailsSnapshot = Awaited<ReturnType<typeof issueDetailsSnapshot>>;
