import "server-only";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { type Actor, can } from "@/lib/auth/permissions";
import { issueDetailsSnapshot } from "@/lib/commands/issue-snapshot";
import { db } from "@/lib/db";
import { indicatorDefinitionSelect, issueTextSelect, milestoneDueSelect, revisionSelect, toMilestoneDue } from "./shared-selects";

/** Everything the issue page shows: ①–④, ⑤ for every reporting date (oldest first), indicators, milestones, partners, sections. */
export async function getIssueDetail(actor: Actor, issueId: string) {
  const issue = await db.issue.findUnique({
    where: { id: issueId },
    select: {
      id: true,
      code: true,
      ...issueTextSelect,
      isAffiliatedBody: true,
      version: true,
      revisions: { orderBy: { version: "desc" }, select: revisionSelect },
      area: { select: { code: true, name: true } },
      document: { select: { id: true, title: true, fiscalYear: true, bureau: { select: { id: true, name: true } } } },
      owningSection: { select: { id: true, name: true, namedInDocument: true } },
      relatedSections: { select: { canEdit: true, section: { select: { id: true, name: true, namedInDocument: true } } } },
      partners: { select: { role: true, partner: { select: { id: true, name: true, kind: true } } } },
      progressReports: {
        orderBy: { period: { asOfDate: "asc" } },
        select: {
          id: true,
          progressText: true,
          status: true,
          workflowState: true,
          carriedForward: true,
          period: { select: { id: true, asOfDate: true } },
        },
      },
      indicators: {
        orderBy: { sortOrder: "asc" },
        select: {
          ...indicatorDefinitionSelect,
          values: {
            orderBy: { period: { asOfDate: "asc" } },
            select: { actual: true, carriedForward: true, period: { select: { asOfDate: true } } },
          },
        },
      },
      milestones: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          title: true,
          ...milestoneDueSelect,
          completions: { orderBy: { period: { asOfDate: "desc" } }, select: { periodId: true, doneDate: true } },
        },
      },
    },
  });
  if (!issue) return null;
  if (!can(actor, "document.read", { bureauId: issue.document.bureau.id })) throw new AccessDeniedError();
  // Done as the latest approved report that mentions the milestone says (drafts are not yet the bureau's word).
  const approvedPeriods = new Set(issue.progressReports.filter((r) => r.workflowState === "APPROVED").map((r) => r.period.id));
  return {
    ...issue,
    summaryBullets: issue.summaryBullets as string[],
    revisions: issue.revisions.map((r) => ({ ...r, summaryBullets: r.summaryBullets as string[] })),
    milestones: issue.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      plannedText: m.plannedText,
      due: toMilestoneDue(m),
      doneDate: m.completions.find((c) => approvedPeriods.has(c.periodId))?.doneDate ?? null,
    })),
  };
}

export type IssueDetail = NonNullable<Awaited<ReturnType<typeof getIssueDetail>>>;

/** An issue's indicators, milestones and partners as the details form edits them. */
export async function getIssueDetailsForEdit(actor: Actor, issueId: string, bureauId: string) {
  if (!can(actor, "issue.edit", { bureauId })) throw new AccessDeniedError();
  return issueDetailsSnapshot(db, issueId);
}
